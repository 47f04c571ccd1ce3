import { Anchor, Button, Loader, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { missingPlaceholders } from '../../domain/contracts/placeholderMarkup';
import { formatDateTime } from '../../domain/format';
import { proposalDisplayNames } from '../../domain/proposalNames';
import { de } from '../../i18n/de';
import { useContracts, useStoredContractTemplates } from '../../state/useContracts';
import { useAreas, useNameLookup, useParties, useProposals } from '../../state/useWorkspace';
import { PageHeader } from '../../ui/PageHeader';
import { ContractStatusBadge } from './ContractStatusBadge';
import { NewDraftDialog } from './NewDraftDialog';
import { OwnTemplates } from './OwnTemplates';
import { templateLabel } from './templates';

/** Verträge: every draft with its proposal, template, status, last change and open placeholders. */
export function ContractsPage() {
  const contracts = useContracts();
  const proposals = useProposals();
  const stored = useStoredContractTemplates();
  const parties = useParties();
  const areas = useAreas();
  const names = useNameLookup(parties, areas);
  const displayNames = useMemo(() => proposalDisplayNames(proposals ?? [], names.partyName), [proposals, names]);
  const [creating, setCreating] = useState(false);
  if (!contracts || !proposals || !stored) return <Loader aria-label={de.common.loading} />;

  return (
    <>
      <PageHeader
        title={de.nav.contracts}
        subtitle="Vertragsentwürfe zu den Vorschlägen: aus Mustertexten, mit den Daten des Vorschlags gefüllt, abschnittsweise bearbeitet, mit Versionen, Vergleich und Export nach Word und PDF."
        actions={<Button onClick={() => setCreating(true)}>Neuer Entwurf</Button>}
      />
      {contracts.length === 0 ? (
        <Text>Noch keine Vertragsentwürfe. Mit „Neuer Entwurf“ legen Sie den ersten zu einem Vorschlag an.</Text>
      ) : (
        <Table withTableBorder striped aria-label="Vertragsentwürfe" data-testid="contract-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Titel</Table.Th>
              <Table.Th>Vorschlag</Table.Th>
              <Table.Th>Vorlage</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Letzte Änderung</Table.Th>
              <Table.Th>Offene Platzhalter</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contracts.map((c) => {
              const open = missingPlaceholders(c.sections).length;
              return (
                <Table.Tr key={c.id} data-testid="contract-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/vertraege/${c.id}`} fw={600}>
                      {c.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {c.proposalId && displayNames.has(c.proposalId) ? (
                      <Anchor component={Link} to={`/vorschlaege/${c.proposalId}`}>
                        {displayNames.get(c.proposalId)}
                      </Anchor>
                    ) : (
                      <Text span c="gray.7">
                        {c.proposalId ? 'Vorschlag gelöscht' : 'ohne Vorschlag'}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{templateLabel(c, stored)}</Table.Td>
                  <Table.Td>
                    <ContractStatusBadge status={c.status} />
                  </Table.Td>
                  <Table.Td>{formatDateTime(c.updatedAt)}</Table.Td>
                  <Table.Td>
                    {open === 0 ? (
                      'keine'
                    ) : (
                      <Text span fw={700} c="orange.9">
                        {open}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      <OwnTemplates templates={stored} contracts={contracts} />
      {creating ? <NewDraftDialog proposals={proposals} displayNames={displayNames} stored={stored} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
