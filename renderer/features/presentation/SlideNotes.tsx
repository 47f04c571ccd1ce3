/** The presenter's notes for the current slide: stored per meeting and slide, else generated hints. */
import { useState } from 'react';
import { formatEuroWhole } from '../../charts/chartFormat';
import { saveSlideNote } from '../../data/repositories/meetings';
import { useDb } from '../../state/DbContext';
import { notifyError } from '../../ui/notify';
import { slideKeyOf, type Slide } from './deck';
import type { PresentationData } from './usePresentationData';
import { kapitalwertBasisLong } from '../../domain/figures/labels';

/** What to say when no note was written: the figures and the decision asked for. */
export function defaultNote(data: PresentationData, slide: Slide): string {
  const f = data.figures;
  if (slide.kind === 'keyFigures' && f.hasData)
    return `${f.figures.counted} Vorschläge mit Kosten; Kapitalwert ${formatEuroWhole(f.figures.kapitalwert)} (${f.referenceYear !== null ? kapitalwertBasisLong(f.referenceYear) : ''}).`;
  if (slide.kind === 'cumulative') return f.cumulativeBreakEven ? `Break-even ${f.cumulativeBreakEven}.` : 'Kein Break-even im Betrachtungszeitraum.';
  if (slide.kind !== 'proposal') return '';
  const p = data.proposals.find((x) => x.id === slide.proposalId);
  const item = data.items.get(slide.proposalId);
  const agenda = data.meeting?.agenda.find((a) => a.proposalId === slide.proposalId);
  return [
    agenda?.decisionRequested ? `Beschlussvorschlag: ${agenda.decisionRequested}` : '',
    item ? `Kapitalwert ${formatEuroWhole(item.calc.kapitalwert)}, Break-even ${item.calc.breakEvenYear ?? 'keiner'}.` : '',
    p?.risks ? `Risiken: ${p.risks}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

export function SlideNotes({ data, slide }: { data: PresentationData; slide: Slide }) {
  const key = slideKeyOf(slide);
  const stored = data.meeting?.slideNotes?.[key] ?? '';
  // Keyed: another slide or a saved note starts the editor afresh.
  return <NoteEditor key={`${key}\u0000${stored}`} data={data} slide={slide} slideKey={key} stored={stored} />;
}

function NoteEditor({ data, slide, slideKey: key, stored }: { data: PresentationData; slide: Slide; slideKey: string; stored: string }) {
  const db = useDb();
  const [text, setText] = useState(stored);
  const meeting = data.meeting;
  return (
    <section aria-label="Notizen" style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0, flex: 1 }}>
      <h2 className="presenter-heading" style={{ fontSize: 24 }}>
        Notizen
      </h2>
      {meeting ? (
        <>
          <textarea
            aria-label="Notiz zu dieser Folie"
            value={text}
            placeholder={defaultNote(data, slide) || 'Noch keine Notiz.'}
            onChange={(e) => setText(e.target.value)}
            style={{ font: 'inherit', fontSize: 24, flex: 1, minHeight: 160, background: '#222', color: '#fff', border: '1px solid #888', padding: 8 }}
          />
          <div>
            <button type="button" disabled={text === stored} onClick={() => void saveSlideNote(db, meeting.id, key, text).catch(notifyError)}>
              Notiz speichern
            </button>
          </div>
        </>
      ) : (
        <div className="presenter-notes" data-testid="presenter-notes">
          {defaultNote(data, slide) || 'Keine Notizen. Notizen lassen sich speichern, wenn die Präsentation von einem Termin aus gestartet wird.'}
        </div>
      )}
    </section>
  );
}
