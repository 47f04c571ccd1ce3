import { Alert, Button, Group, Loader, Select, Stack, Tabs, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useNameLookup, useParties, useAreas, useProposals } from '../../state/useWorkspace';
import { proposalDisplayNames } from '../../domain/proposalNames';
import type { RowContext } from '../../domain/costs/costRows';
import { JOINT_PARTY_LABEL } from '../../domain/costs/costRows';
import { nextOrder } from '../../domain/costs/lineOrder';
import { periodYears } from '../../domain/costs/model';
import { de } from '../../i18n/de';
import { PageHeader } from '../../ui/PageHeader';
import { ComputedLineDialog } from './ComputedLineDialog';
import { CostFileActions } from './CostFileActions';
import { PlanForm } from './PlanForm';
import { useCostEditorData } from './useCostEditorData';
import { useCostDrafts } from './useCostDrafts';
import { useUnsavedGuard } from '../../ui/useUnsavedGuard';
import { VariantEditor } from './VariantEditor';

export function CostsPage() {
  const [params, setParams] = useSearchParams();
  const proposalId = params.get('vorschlag');
  const proposals = useProposals();
  const names = useNameLookup(useParties(), useAreas());
  const data = useCostEditorData(proposalId);
  const [computedOpen, setComputedOpen] = useState(false);
  const partyName = useCallback((id: string | null) => (id === null ? JOINT_PARTY_LABEL : names.partyName(id)), [names]);
  const ctx = useMemo<RowContext | null>(
    () =>
      data ? { proposalId: data.proposal.id, parties: data.involved.map((p) => ({ id: p.id, name: p.name })), years: periodYears(data.plan.period) } : null,
    [data],
  );
  const source = useMemo(
    () => (data && ctx ? { lines: data.lines, period: data.plan.period, payRates: data.calc.payRates, ctx, partyName: names.partyName } : null),
    [data, ctx, names],
  );
  const drafts = useCostDrafts(source);
  const guard = useUnsavedGuard({ dirty: drafts.dirty, save: () => drafts.save(), discard: () => drafts.discard() });

  if (!proposals) return <Loader aria-label={de.common.loading} />;
  const sorted = [...proposals].sort((a, b) => a.title.localeCompare(b.title, 'de'));
  // Twins (same title) are told apart by their lead party.
  const displayName = proposalDisplayNames(proposals, names.partyName);

  return (
    <>
      <PageHeader title={de.nav.costs} subtitle="Kosten des Ist-Zustands und der Kooperation je Vorschlag, Verteilung gemeinsamer Kosten, Import und Export." />
      {guard.dialog}
      <Stack gap="lg">
        <Select
          label="Vorschlag"
          placeholder="Bitte einen Vorschlag wählen"
          data={sorted.map((p) => ({ value: p.id, label: displayName.get(p.id) ?? p.title }))}
          value={proposalId}
          onChange={(v) => setParams(v ? { vorschlag: v } : {}, { replace: true })}
          searchable
          maw={640}
          data-testid="cost-proposal-select"
        />
        {!proposalId ? <Text>Wählen Sie oben einen Vorschlag, um seine Kosten zu erfassen.</Text> : null}
        {proposalId && data === undefined ? <Loader aria-label={de.common.loading} /> : null}
        {proposalId && data === null ? <Alert color="orange">{de.proposals.notFound}</Alert> : null}
        {data && ctx ? (
          <>
            <PlanForm key={`${data.plan.id}-${data.plan.revision}`} plan={data.plan} parties={data.involved} />
            <Group justify="space-between" align="flex-start">
              <CostFileActions
                confirmUnsaved={guard.confirm}
                ctx={ctx}
                title={data.proposal.title}
                lines={data.lines}
                period={data.plan.period}
                payRates={data.calc.payRates}
                partyName={partyName}
              />
              <Button variant="light" onClick={async () => (await guard.confirm()) && setComputedOpen(true)}>
                Zeile mit Personal oder Fortschreibung …
              </Button>
            </Group>
            {computedOpen ? (
              <ComputedLineDialog
                proposalId={data.proposal.id}
                parties={ctx.parties.map((p) => ({ ...p }))}
                payRates={data.calc.payRates}
                nextOrder={(variant) => nextOrder(data.lines, variant)}
                onClose={() => setComputedOpen(false)}
              />
            ) : null}
            <Tabs defaultValue="ist" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="ist">
                  Ist-Zustand ({data.lines.filter((l) => l.variant === 'ist').length}){drafts.dirtyVariants.includes('ist') ? ' *' : ''}
                </Tabs.Tab>
                <Tabs.Tab value="kooperation">
                  Kooperation ({data.lines.filter((l) => l.variant === 'kooperation').length}){drafts.dirtyVariants.includes('kooperation') ? ' *' : ''}
                </Tabs.Tab>
              </Tabs.List>
              {(['ist', 'kooperation'] as const).map((variant) => (
                <Tabs.Panel value={variant} pt="md" key={variant}>
                  <VariantEditor
                    variant={variant}
                    ctx={ctx}
                    draft={drafts.view(variant)}
                    saving={drafts.saving}
                    onChange={(rows) => drafts.change(variant, rows)}
                    onUndo={() => drafts.undo(variant)}
                    onRedo={() => drafts.redo(variant)}
                    onSave={() => void drafts.save([variant])}
                    onDiscard={() => drafts.discard(variant)}
                  />
                </Tabs.Panel>
              ))}
            </Tabs>
          </>
        ) : null}
      </Stack>
    </>
  );
}
