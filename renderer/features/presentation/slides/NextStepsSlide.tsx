import { formatDate } from '../../../domain/format';
import { MEETING_KIND_LABELS } from '../../../domain/vocabulary';
import { nextStepRow, rowsThatFit } from '../nextSteps';
import type { PresentationData } from '../usePresentationData';
import { bodySize, SlideFrame, type SlideContext } from './SlideFrame';

const MAX_MEETINGS = 4;

/**
 * Upcoming meetings after this one, and for each proposal the outcome recorded in this
 * meeting and its next step. Titles are shown whole (wrapped); rows that do not fit are
 * counted („… und N weitere“).
 */
export function NextStepsSlide({ ctx, data, today }: { ctx: SlideContext; data: PresentationData; today: string }) {
  const from = data.meeting?.date ?? today;
  const upcoming = data.meetings.filter((m) => m.date > from || (!data.meeting && m.date === from)).slice(0, MAX_MEETINGS);
  const meetingOf = (id: string | null) => data.meetings.find((m) => m.id === id);
  const outcomeOf = (id: string) => data.meeting?.agenda.find((i) => i.proposalId === id)?.outcome ?? null;
  const rows = data.proposals.map((p) => {
    const next = meetingOf(p.nextMeetingId);
    return {
      id: p.id,
      ...nextStepRow(p.title, p.status, outcomeOf(p.id)),
      date: next && next.date > from ? `${formatDate(next.date)}: ${next.title}` : undefined,
    };
  });
  const body = bodySize(ctx);
  const fit = rowsThatFit(rows, ((body.width - 40) * 3) / 5, body.height);
  const shown = rows.slice(0, fit);
  const more = rows.length - shown.length;
  return (
    <SlideFrame ctx={ctx} title="Nächste Schritte und Termine">
      <div className="slide-columns" style={{ gridTemplateColumns: '3fr 2fr' }}>
        <section aria-label="Nächste Schritte der Vorschläge">
          <table data-testid="next-steps">
            <thead>
              <tr>
                <th style={{ width: '50%' }}>Vorschlag</th>
                <th>Nächster Schritt</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.id}>
                  <td style={{ overflowWrap: 'break-word', hyphens: 'auto' }}>
                    {r.title}
                    <div style={{ fontSize: 24 }}>{r.state}</div>
                  </td>
                  <td style={{ overflowWrap: 'break-word', hyphens: 'auto' }}>
                    {r.step}
                    {r.date ? <div style={{ fontSize: 24 }}>{r.date}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {more > 0 ? <p>… und {more === 1 ? '1 weiterer Vorschlag' : `${more} weitere Vorschläge`}</p> : null}
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
