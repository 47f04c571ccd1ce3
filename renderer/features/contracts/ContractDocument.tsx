import { partyTitle } from '../../domain/contracts/placeholders';
import { CONTRACT_FORM_LABELS, CONTRACT_STATUS_LABELS, isDraftStatus, sectionNumber, type Contract } from '../../domain/contracts/model';
import type { Party, Proposal } from '../../domain/schemas';
import { ContractBlocks } from './editor/ContractBlocks';
import './contractDocument.css';

/** The parties as a contract names them, the lead first. */
export function contractParties(proposal: Pick<Proposal, 'leadPartyId' | 'participantIds'> | null, parties: readonly Party[]): string[] {
  if (!proposal) return [];
  const byId = new Map(parties.map((p) => [p.id, p]));
  const ids = [proposal.leadPartyId, ...proposal.participantIds.filter((id) => id !== proposal.leadPartyId)];
  return ids.flatMap((id, i) => {
    const party = byId.get(id);
    return party ? [`${partyTitle(party)}${i === 0 ? ' (federführend)' : ''}`] : [];
  });
}

/**
 * A draft as a document: title, parties, the sections with their § numbers. The print
 * route prints it alone (level 1: the title is the page's h1), the report appends it
 * (level 2). Internal notes are never part of it. The text is drawn as elements from its parsed blocks.
 */
export function ContractDocument({ contract, partyNames, level = 1 }: { contract: Contract; partyNames: readonly string[]; level?: 1 | 2 }) {
  const Title = level === 1 ? 'h1' : 'h2';
  const Section = level === 1 ? 'h2' : 'h3';
  const draft = isDraftStatus(contract.status);
  return (
    <article className="contract-doc" lang="de" aria-label={`Vertrag: ${contract.title}`} data-testid="contract-document">
      <header className="contract-doc-head">
        {draft ? <p className="contract-doc-draft">ENTWURF</p> : null}
        <Title className="contract-doc-title">{contract.title}</Title>
        <p className="contract-doc-meta">
          {CONTRACT_FORM_LABELS[contract.form]} · Stand: {CONTRACT_STATUS_LABELS[contract.status]}
        </p>
        {partyNames.length ? (
          <div className="contract-doc-parties">
            <p>
              <strong>Beteiligte</strong>
            </p>
            <ul>
              {partyNames.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </header>
      {contract.sections.map((s, i) => (
        <section key={s.id} className="contract-doc-section" aria-labelledby={`par-${contract.id}-${i}`}>
          <Section id={`par-${contract.id}-${i}`} className="contract-doc-heading">
            {sectionNumber(i)} {s.heading}
          </Section>
          <ContractBlocks html={s.html} />
        </section>
      ))}
    </article>
  );
}
