import { Alert, Anchor, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useAreas, useMeetings, useParties, useProposals, useSettings } from '../../data/useWorkspace';
import { DEFAULT_SETTINGS } from '../../domain/schemas';
import { openDependencies } from '../../domain/dependencies';
import { formatDate, formatInteger } from '../../domain/format';
import { countByStatus } from '../../domain/proposalQuery';
import { PROPOSAL_STATUSES, STATUS_LABELS } from '../../domain/status';
import { de } from '../../i18n/de';
import { PageHeader } from '../../ui/PageHeader';

function KeyFigure({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

export function OverviewPage() {
  const proposals = useProposals();
  const parties = useParties();
  const areas = useAreas();
  const meetings = useMeetings();
  const settings = useSettings();
  if (!proposals || !parties || !areas || !meetings || !settings) return <Loader aria-label={de.common.loading} />;

  const counts = countByStatus(proposals);
  const nextMeeting = meetings.find((m) => m.date >= new Date().toISOString().slice(0, 10));
  const waiting = proposals.filter((p) => p.status !== 'verworfen' && openDependencies(p, proposals).length > 0);
  const inhabitants = parties.reduce((sum, p) => sum + (p.inhabitants ?? 0), 0);

  return (
    <>
      <PageHeader title={de.nav.overview} subtitle={de.appSubtitle} />
      <Stack gap="lg">
        {settings.userName === DEFAULT_SETTINGS.userName ? (
          <Alert color="yellow" title="Bitte stellen Sie sich vor">
            Tragen Sie unter{' '}
            <Anchor component={Link} to="/einstellungen">
              Einstellungen
            </Anchor>{' '}
            Ihren Namen und Ihre Kommune ein. Der Name erscheint im Änderungsprotokoll, damit alle sehen, wer was geändert hat.
          </Alert>
        ) : null}
        <SimpleGrid cols={4}>
          <KeyFigure label="Vorschläge" value={formatInteger(proposals.length)} />
          <KeyFigure label="Beschlussreif" value={formatInteger(counts.beschlussreif)} />
          <KeyFigure label="Beteiligte" value={`${parties.length} (${formatInteger(inhabitants)} Einw.)`} />
          <KeyFigure label="Nächster Termin" value={nextMeeting ? formatDate(nextMeeting.date) : '–'} />
        </SimpleGrid>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Vorschläge nach Status
          </Title>
          <Group gap="lg">
            {PROPOSAL_STATUSES.map((s) => (
              <Anchor key={s} component={Link} to={`/vorschlaege?status=${s}`}>
                {STATUS_LABELS[s]}: {counts[s]}
              </Anchor>
            ))}
          </Group>
        </Card>
        {waiting.length > 0 ? (
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              Vorschläge, die auf andere warten
            </Title>
            <Stack gap={4}>
              {waiting.map((p) => (
                <Anchor key={p.id} component={Link} to={`/vorschlaege/${p.id}`}>
                  {p.title}
                </Anchor>
              ))}
            </Stack>
          </Card>
        ) : null}
        <Alert color="blue" variant="light" title="Einsparungen">
          {de.placeholders.overview}
        </Alert>
      </Stack>
    </>
  );
}
