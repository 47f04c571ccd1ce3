import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { missingPlaceholders } from '../../domain/contracts/placeholderMarkup';
import type { Proposal } from '../../domain/schemas';
import { formatDateTime } from '../../domain/format';
import { useContractsOfProposal, useStoredContractTemplates } from '../../state/useContracts';
import { ContractStatusBadge } from './ContractStatusBadge';
import { NewDraftDialog } from './NewDraftDialog';
import { templateLabel } from './templates';

/** On the proposal page: its contract drafts with status and a link, and „Vertragsentwurf anlegen“ for this proposal. */
export function ProposalContracts({ proposal, proposals, displayNames }: { proposal: Proposal; proposals: Proposal[]; displayNames: ReadonlyMap<string, string> }) {
  const contracts = useContractsOfProposal(proposal.id);
  const stored = useStoredContractTemplates();
  const [creating, setCreating] = useState(false);
  if (!contracts || !stored) return null;
  return (
    <Stack gap="sm" align="flex-start" data-testid="proposal-contracts">
      {contracts.length === 0 ? (
        <Text>Zu diesem Vorschlag gibt es noch keinen Vertragsentwurf.</Text>
      ) : (
        <Table withTableBorder aria-label="Vertragsentwürfe dieses Vorschlags">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Entwurf</Table.Th>
              <Table.Th>Vorlage</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Letzte Änderung</Table.Th>
              <Table.Th>Offene Platzhalter</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contracts.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/vertraege/${c.id}`}>
                    {c.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{templateLabel(c, stored)}</Table.Td>
                <Table.Td>
                  <ContractStatusBadge status={c.status} />
                </Table.Td>
                <Table.Td>{formatDateTime(c.updatedAt)}</Table.Td>
                <Table.Td>{missingPlaceholders(c.sections).length || 'keine'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Button variant="light" onClick={() => setCreating(true)}>
        Vertragsentwurf anlegen
      </Button>
      {creating ? (
        <NewDraftDialog proposals={proposals} displayNames={displayNames} stored={stored} proposalId={proposal.id} onClose={() => setCreating(false)} />
      ) : null}
    </Stack>
  );
}
