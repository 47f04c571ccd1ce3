import { Alert, Anchor, Grid, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { proposalDisplayNames } from '../../domain/proposalNames';
import { de } from '../../i18n/de';
import { useContract, useStoredContractTemplates } from '../../state/useContracts';
import { useAreas, useNameLookup, useParties, useProposals } from '../../state/useWorkspace';
import { ChangeLogTable } from '../../ui/ChangeLogTable';
import { PageHeader } from '../../ui/PageHeader';
import { ContractActions } from './ContractActions';
import { FlushRegistryProvider } from './editor/flushRegistry';
import { PlaceholderPanel } from './PlaceholderPanel';
import { ProcedurePanel } from './ProcedurePanel';
import { SectionList } from './SectionList';
import { StatusFlow } from './StatusFlow';
import { templateLabel } from './templates';
import { useDraftValues } from './useDraftValues';
import { SaveVersionButton, VersionsPanel } from './VersionsPanel';

/** One draft: status, sections in the editor, placeholders, versions, the § 24 GkG procedure, exports, change log. */
export function ContractPage() {
  const { id } = useParams();
  const data = useContract(id);
  const stored = useStoredContractTemplates();
  const proposals = useProposals();
  const parties = useParties();
  const areas = useAreas();
  const names = useNameLookup(parties, areas);
  const displayNames = useMemo(() => proposalDisplayNames(proposals ?? [], names.partyName), [proposals, names]);
  const contract = data?.contract;
  const draft = useDraftValues(
    contract?.proposalId ?? undefined,
    contract ? { termYears: contract.termYears, supervisoryAuthority: contract.supervisoryAuthority } : undefined,
  );
  const [tab, setTab] = useState<string | null>('text');

  if (data === undefined || !stored || !proposals) return <Loader aria-label={de.common.loading} />;
  if (data === null || !contract)
    return (
      <Alert color="orange" title="Diesen Vertragsentwurf gibt es nicht (mehr).">
        <Anchor component={Link} to="/vertraege">
          Zu den Verträgen
        </Anchor>
      </Alert>
    );
  const proposal = proposals.find((p) => p.id === contract.proposalId);
  const { versions } = data;

  return (
    <FlushRegistryProvider>
      <Anchor component={Link} to="/vertraege" size="sm">
        ← {de.nav.contracts}
      </Anchor>
      <PageHeader
        title={contract.title}
        subtitle={
          <>
            {templateLabel(contract, stored)}
            {' · '}
            {proposal ? (
              <Anchor component={Link} to={`/vorschlaege/${proposal.id}`} underline="always">
                {displayNames.get(proposal.id) ?? proposal.title}
              </Anchor>
            ) : (
              'ohne Vorschlag'
            )}
            {versions.length ? ` · ${versions.length === 1 ? '1 Version' : `${versions.length} Versionen`}` : ' · noch keine Version gespeichert'}
          </>
        }
        actions={
          <>
            <SaveVersionButton contract={contract} latest={versions.at(-1)} />
            <ContractActions contract={contract} versions={versions} />
          </>
        }
      />
      <Stack gap="lg">
        <StatusFlow contract={contract} />
        {/* Only the text stays mounted in the background (its editors hold typing); the other tabs render when shown. */}
        <Tabs value={tab} onChange={setTab} keepMounted>
          <Tabs.List>
            <Tabs.Tab value="text">Text</Tabs.Tab>
            <Tabs.Tab value="versionen">Versionen ({versions.length})</Tabs.Tab>
            <Tabs.Tab value="verfahren">Verfahren nach § 24 GkG NRW</Tabs.Tab>
            <Tabs.Tab value="protokoll">Änderungsprotokoll</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="text" pt="md">
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, lg: 8 }}>
                <Title order={2} size="h4" mb="sm">
                  Abschnitte
                </Title>
                <SectionList contract={contract} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 4 }}>
                <div style={{ position: 'sticky', top: 72 }}>
                  <PlaceholderPanel contract={contract} values={draft.values} linked={proposal !== undefined && draft.ready} />
                </div>
              </Grid.Col>
            </Grid>
          </Tabs.Panel>
          <Tabs.Panel value="versionen" pt="md">
            {tab === 'versionen' ? <VersionsPanel contract={contract} versions={versions} /> : null}
          </Tabs.Panel>
          <Tabs.Panel value="verfahren" pt="md">
            {tab === 'verfahren' ? <ProcedurePanel contract={contract} parties={parties ?? []} proposal={proposal ?? null} /> : null}
          </Tabs.Panel>
          <Tabs.Panel value="protokoll" pt="md">
            {tab === 'protokoll' ? <ChangeLogTable table="contracts" recordId={contract.id} /> : null}
          </Tabs.Panel>
        </Tabs>
        {contract.proposalId && !proposal ? (
          <Text size="sm" c="gray.7">
            Der Vorschlag dieses Entwurfs wurde gelöscht; der Text bleibt erhalten.
          </Text>
        ) : null}
      </Stack>
    </FlushRegistryProvider>
  );
}
