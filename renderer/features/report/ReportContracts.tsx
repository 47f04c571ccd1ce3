/**
 * „Vertragsentwürfe anhängen“: the drafts of the report's proposals after the glossary,
 * each as the contract print route shows it. An option of the builder carried in the
 * query (`vertraege=1`) beside the report's own selection, so the print window prints
 * exactly what the preview showed.
 */
import type { Contract } from '../../domain/contracts/model';
import type { Party } from '../../domain/schemas';
import { useContractsOfProposals } from '../../state/useContracts';
import { ContractDocument, contractParties } from '../contracts';
import type { ReportData } from './useReportData';

export const CONTRACTS_PARAM = 'vertraege';
export const CONTRACTS_TOC = { id: 'vertraege', title: 'Anhang: Vertragsentwürfe' };

/** The query of the print route: the selection's plus the option. */
export function withContractsQuery(query: string, on: boolean): string {
  return on ? `${query}&${CONTRACTS_PARAM}=1` : query;
}

/** The drafts to append (undefined while loading; empty when the option is off). */
export function useReportContracts(on: boolean, sections: ReportData['sections']): Contract[] | undefined {
  const ids = on ? (sections ?? []).map((s) => s.proposal.id) : [];
  const contracts = useContractsOfProposals(ids);
  if (!on) return [];
  return sections ? contracts : undefined;
}

export function ReportContracts({ contracts, sections, parties }: { contracts: Contract[]; sections: NonNullable<ReportData['sections']>; parties: Party[] }) {
  const proposals = new Map(sections.map((s) => [s.proposal.id, s.proposal]));
  return (
    <section className="report-chapter" aria-labelledby={CONTRACTS_TOC.id}>
      <h2 id={CONTRACTS_TOC.id}>{CONTRACTS_TOC.title}</h2>
      {contracts.length === 0 ? <p>Zu den Vorschlägen dieses Berichts gibt es noch keine Vertragsentwürfe.</p> : null}
      {contracts.map((c) => (
        <div key={c.id} className="report-contract">
          <ContractDocument contract={c} partyNames={contractParties(proposals.get(c.proposalId ?? '') ?? null, parties)} level={2} />
        </div>
      ))}
    </section>
  );
}
