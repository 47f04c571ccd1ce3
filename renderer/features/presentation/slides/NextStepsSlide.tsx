import { formatDate } from '../../../domain/format';
import { MEETING_KIND_LABELS } from '../../../domain/schemas';
import { STATUS_LABELS } from '../../../domain/status';
import { NEXT_STEP } from '../deck';
import type { PresentationData } from '../usePresentationData';
import { SlideFrame, type SlideContext } from './SlideFrame';

const MAX_MEETINGS = 4;
const MAX_PROPOSALS = 7;

/** Upcoming meetings after this one, and for each proposal its next step and date. */
export function NextStepsSlide({ ctx, data, today }: { ctx: SlideContext; data: PresentationData; today: string }) {
  const from = data.meeting?.date ?? today;
  const upcoming = data.meetings.filter((m) => m.date > from || (!data.meeting && m.date === from)).slice(0, MAX_MEETINGS);
  const meetingOf = (id: string | null) => data.meetings.find((m) => m.id === id);
  const shown = data.proposals.slice(0, MAX_PROPOSALS);
  const more = data.proposals.length - shown.length;
  return (
    <SlideFrame ctx={ctx} title="Nächste Schritte und Termine">
      <div className="slide-columns" style={{ gridTemplateColumns: '3fr 2fr' }}>
        <section aria-label="Nächste Schritte der Vorschläge">
          <table>
            <thead>
              <tr>
                <th style={{ width: '55%' }}>Vorschlag</th>
                <th>Nächster Schritt</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => {
                const next = meetingOf(p.nextMeetingId);
                return (
                  <tr key={p.id}>
                    <td style={{ overflowWrap: 'break-word', hyphens: 'auto' }}>
                      {p.title.length > 60 ? `${p.title.slice(0, 57)} …` : p.title}
                      <div style={{ fontSize: 24 }}>{STATUS_LABELS[p.status]}</div>
                    </td>
                    <td>
                      {NEXT_STEP[p.status]}
                      {next && next.date > from ? <div style={{ fontSize: 24 }}>{`${formatDate(next.date)}: ${next.title}`}</div> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {more > 0 ? <p>… und {more} weitere Vorschläge</p> : null}
        </section>
        <section aria-label="Nächste Termine">
          <h2 style={{ fontSize: 36, margin: '0 0 16px' }}>Nächste Termine</h2>
          {upcoming.length === 0 ? <p>Keine weiteren Termine geplant.</p> : null}
          {upcoming.map((m) => (
            <div key={m.id} style={{ marginBottom: 24 }}>
              <div style={{ fontWeight: 700 }}>{formatDate(m.date)}</div>
              <div>{m.title}</div>
              <div style={{ fontSize: 24 }}>
                {MEETING_KIND_LABELS[m.kind]}
                {m.location ? ` · ${m.location}` : ''}
              </div>
            </div>
          ))}
        </section>
      </div>
    </SlideFrame>
  );
}
