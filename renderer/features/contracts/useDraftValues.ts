/**
 * The current placeholder values of a proposal: its data, its plan and its calculation
 * in the base scenario (the same engine results as the report), through
 * domain/contracts/placeholders. Used to fill a new draft and to tell which filled values
 * of an existing one are out of date.
 */
import { useMemo } from 'react';
import { placeholderValues } from '../../domain/contracts/placeholders';
import type { PlaceholderValues } from '../../domain/contracts/placeholderMarkup';
import { useCalculations } from '../../state/useCalculations';
import { useProposalPlan } from '../../state/useContracts';
import { useAreas, useParties, useProposal } from '../../state/useWorkspace';

export interface DraftValues {
  /** False while data or the calculation are still loading. */
  ready: boolean;
  values: PlaceholderValues;
  supervisoryAuthority: string;
  termYears: number | null;
}

/** `own`: the draft's own term and supervisory authority, which win over the defaults. */
export function useDraftValues(proposalId: string | undefined, own?: { termYears: number | null; supervisoryAuthority: string }): DraftValues {
  const proposal = useProposal(proposalId);
  const parties = useParties();
  const areas = useAreas();
  const plan = useProposalPlan(proposalId);
  const calculations = useCalculations('basis');
  const hasOwn = own !== undefined;
  const termYears = own?.termYears;
  const authority = own?.supervisoryAuthority;
  return useMemo(() => {
    if (!proposalId || !proposal || !parties || !areas || plan === undefined || !calculations) {
      return { ready: !proposalId || proposal === null, values: {}, supervisoryAuthority: '', termYears: null };
    }
    const calculation = calculations.find((c) => c.id === proposalId)?.calc ?? null;
    const values = placeholderValues({
      proposal,
      parties,
      areas,
      plan,
      calculation,
      termYears: hasOwn ? termYears : undefined,
      supervisoryAuthority: authority || undefined,
    });
    return { ready: true, values, supervisoryAuthority: values.aufsichtsbehoerde ?? '', termYears: plan?.period.years ?? null };
  }, [proposalId, proposal, parties, areas, plan, calculations, hasOwn, termYears, authority]);
}
