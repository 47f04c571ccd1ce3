/** The placeholder values of a proposal (interim until domain/contracts/placeholders lands). */
import type { PlaceholderValues } from '../../domain/contracts/placeholderMarkup';

export interface DraftValues {
  ready: boolean;
  values: PlaceholderValues;
  supervisoryAuthority: string;
  termYears: number | null;
}

export function useDraftValues(_proposalId: string | undefined): DraftValues {
  return { ready: true, values: {}, supervisoryAuthority: '', termYears: null };
}
