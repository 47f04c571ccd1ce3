import { Alert, Anchor, Badge, Button, Card, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useAreas, useMeetings, useNameLookup, useParties, useProposal, useProposals } from '../../state/useWorkspace';
import { meetingsOfProposal } from '../../domain/agenda';
import { dependenciesOf, dependentsOf, openDependencies } from '../../domain/dependencies';
import { formatDate } from '../../domain/format';
import { proposalDisplayNames } from '../../domain/proposalNames';
import { currentStatusReason } from '../../domain/status';
import type { Proposal } from '../../domain/schemas';
import { de } from '../../i18n/de';
import { PageHeader } from '../../ui/PageHeader';
import { SendProposalButton } from '../exchange';
import { StatusBadge } from '../../ui/StatusBadge';
import { ChangeLogTable } from '../../ui/ChangeLogTable';
import { ProposalCalculation } from './ProposalCalculation';
import { DeleteProposalDialog } from './DeleteProposalDialog';
import { StatusChangeDialog } from './StatusChangeDialog';
import { StatusHistory } from './StatusHistory';
import { ProposalMeetings } from './ProposalMeetings';
import { ProposalContracts } from '../contracts';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600} c="gray.7">
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

function ProposalLinks({ proposals, displayNames }: { proposals: Proposal[]; displayNames: ReadonlyMap<string, string> }) {
  if (proposals.length === 0) return <Text>{de.common.none}</Text>;
  return (
    <List>
      {proposals.map((p) => (
        <List.Item key={p.id}>
          <Anchor component={Link} to={`/vorschlaege/${p.id}`}>
            {displayNames.get(p.id) ?? p.title}
          </Anchor>{' '}
          <StatusBadge status={p.status} />
        </List.Item>
      ))}
    </List>
  );
}

function TextBlock({ label, text }: { label: string; text: string }) {
  return (
    <Field label={label}>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{text.trim() ? text : de.common.none}</Text>
    </Field>
  );
}

export function ProposalDetailPage() {
  const { id } = useParams();
  const proposal = useProposal(id);
  const all = useProposals();
  const parties = useParties();
  const areas = useAreas();
  const meetings = useMeetings();
  const names = useNameLookup(parties, areas);
  const displayNames = useMemo(() => proposalDisplayNames(all ?? [], names.partyName), [all, names]);
  const [dialog, setDialog] = useState<'status' | 'delete' | null>(null);

  if (proposal === undefined || !all || !meetings) return <Loader aria-label={de.common.loading} />;
  if (proposal === null)
    return (
      <Alert color="orange" title={de.proposals.notFound}>
        <Anchor component={Link} to="/vorschlaege">
          Zur Liste der Vorschläge
        </Anchor>
      </Alert>
    );

  const t = de.proposals;
  const waiting = openDependencies(proposal, all);
  const rejected = dependenciesOf(proposal, all).filter((p) => p.status === 'verworfen');
  const dependents = dependentsOf(proposal.id, all);
  const meeting = meetings.find((m) => m.id === proposal.nextMeetingId);
  const reason = currentStatusReason(proposal);
  const onAgendas = meetingsOfProposal(meetings, proposal.id);

  return (
    <>
      <Anchor component={Link} to="/vorschlaege" size="sm" data-print-hide>
        ← {t.title}
      </Anchor>
      <PageHeader
        title={proposal.title}
        subtitle={
          <Group gap="xs" component="span">
            <StatusBadge status={proposal.status} />
            <span>{names.areaName(proposal.areaId)}</span>
            {proposal.isExample ? (
              <Badge variant="outline" color="gray.7" size="sm">
                {t.exampleBadge}
              </Badge>
            ) : null}
          </Group>
        }
        actions={
          <>
            <Button onClick={() => setDialog('status')}>{t.changeStatus}</Button>
            <Button variant="default" component={Link} to={`/vorschlaege/${proposal.id}/bearbeiten`}>
              {de.common.edit}
            </Button>
            <SendProposalButton proposalId={proposal.id} />
            <Button variant="outline" color="red" onClick={() => setDialog('delete')}>
              {de.common.delete}
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        {reason ? (
          <Alert color={proposal.status === 'verworfen' ? 'red' : 'orange'} title={reason.title} data-testid="status-reason">
            {reason.text}
          </Alert>
        ) : null}
        {waiting.length > 0 ? (
          <Alert color="yellow" title={t.waitingFor} data-testid="waiting-alert">
            {waiting.map((p) => displayNames.get(p.id) ?? p.title).join(', ')}
          </Alert>
        ) : null}
        {rejected.length > 0 ? (
          <Alert color="red" title={t.rejectedDependency}>
            {rejected.map((p) => displayNames.get(p.id) ?? p.title).join(', ')}
          </Alert>
        ) : null}
        <Card withBorder>
          <SimpleGrid cols={3}>
            <Field label={t.fields.lead}>{names.partyName(proposal.leadPartyId)}</Field>
            <Field label={t.fields.participants}>{proposal.participantIds.map(names.partyName).join(', ') || de.common.none}</Field>
            <Field label={t.fields.responsible}>{proposal.responsible || de.common.none}</Field>
            <Field label={t.fields.nextMeeting}>
              {meeting ? (
                <Anchor component={Link} to={`/termine/${meeting.id}`}>
                  {`${formatDate(meeting.date)} – ${meeting.title}`}
                </Anchor>
              ) : (
                de.common.none
              )}
            </Field>
            <Field label="Angelegt">{formatDate(proposal.createdAt)}</Field>
            <Field label="Zuletzt geändert">{`${formatDate(proposal.updatedAt)} (Version ${proposal.revision})`}</Field>
          </SimpleGrid>
        </Card>
        <TextBlock label={t.fields.description} text={proposal.description} />
        <SimpleGrid cols={3}>
          <TextBlock label={t.fields.goals} text={proposal.goals} />
          <TextBlock label={t.fields.benefits} text={proposal.benefits} />
          <TextBlock label={t.fields.risks} text={proposal.risks} />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Field label={t.fields.dependsOn}>
            <ProposalLinks proposals={dependenciesOf(proposal, all)} displayNames={displayNames} />
          </Field>
          <Field label={t.dependents}>
            <ProposalLinks proposals={dependents} displayNames={displayNames} />
          </Field>
        </SimpleGrid>
        <section aria-labelledby="calculation">
          <Title order={2} size="h4" id="calculation" mb="sm">
            Berechnung
          </Title>
          <ProposalCalculation proposalId={proposal.id} />
        </section>
        <section aria-labelledby="proposal-meetings">
          <Title order={2} size="h4" id="proposal-meetings" mb="sm">
            Termine und Ergebnisse
          </Title>
          <ProposalMeetings entries={onAgendas} />
        </section>
        <section aria-labelledby="proposal-contracts">
          <Title order={2} size="h4" id="proposal-contracts" mb="sm">
            Vertragsentwürfe
          </Title>
          <ProposalContracts proposal={proposal} proposals={all} displayNames={displayNames} />
        </section>
        <section aria-labelledby="status-history">
          <Title order={2} size="h4" id="status-history" mb="sm">
            {t.statusHistory}
          </Title>
          <StatusHistory history={proposal.statusHistory} />
        </section>
        <section aria-labelledby="change-log">
          <Title order={2} size="h4" id="change-log" mb="sm">
            {t.changeLog}
          </Title>
          <ChangeLogTable table="proposals" recordId={proposal.id} />
        </section>
      </Stack>
      {dialog === 'status' ? <StatusChangeDialog proposal={proposal} opened onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' ? (
        <DeleteProposalDialog proposal={proposal} dependents={dependents} agendas={onAgendas} opened onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}
