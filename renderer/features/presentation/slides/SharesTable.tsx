import { formatEuroWhole } from '../../../charts/chartFormat';
import type { ProposalCalculation } from '../../../domain/costs/engine';
import { participantsOf, type WhatIfChange } from '../../../domain/costs/whatIf';
import type { Proposal } from '../../../domain/schemas';

/**
 * Each party's share of the joint costs and its savings over the period. In the what-if
 * (change given) every party of the proposal or the variant has a box to take it out or in.
 */
export function SharesTable({
  calc,
  stored,
  change,
  partyName,
  onToggle,
}: {
  calc: ProposalCalculation;
  stored: Pick<Proposal, 'leadPartyId' | 'participantIds'>;
  change: WhatIfChange | null;
  partyName(id: string): string;
  onToggle(partyId: string): void;
}) {
  const byId = new Map(calc.parties.map((p) => [p.partyId, p]));
  const rows = change ? [...new Set([...participantsOf(stored), ...change.partyIds])] : calc.parties.map((p) => p.partyId);
  const payingMore = calc.parties.some((p) => p.totalSavings < 0);
  return (
    <>
      <table data-testid="slide-shares" className="shares">
        <caption className="visually-hidden">Anteile je Kommune über den gesamten Zeitraum</caption>
        <thead>
          <tr>
            {change ? <th>Dabei</th> : null}
            <th>Kommune</th>
            <th className="num">Anteil gem. Kosten</th>
            <th className="num">Ersparnis</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((id) => {
            const p = byId.get(id);
            const inVariant = !change || change.partyIds.includes(id);
            return (
              <tr key={id} data-party={partyName(id)} className={!p ? 'left-out' : p.totalSavings < 0 ? 'pays-more' : undefined}>
                {change ? (
                  <td>
                    <input
                      type="checkbox"
                      checked={inVariant}
                      disabled={inVariant && change.partyIds.length === 1}
                      aria-label={`${partyName(id)} beteiligt`}
                      onChange={() => onToggle(id)}
                    />
                  </td>
                ) : null}
                <td>
                  {partyName(id)}
                  {p && p.totalSavings < 0 ? <span className="visually-hidden"> (zahlt mehr als heute)</span> : null}
                </td>
                <td className="num" data-testid="share-joint">
                  {p ? formatEuroWhole(p.jointShare) : 'nicht beteiligt'}
                </td>
                <td className="num" data-testid="share-savings">
                  {p ? formatEuroWhole(p.totalSavings) : '–'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div style={{ fontSize: 22, marginTop: 8 }}>Gesamter Zeitraum{payingMore ? '. Rot und fett: zahlt mit der Kooperation mehr als heute.' : '.'}</div>
    </>
  );
}
