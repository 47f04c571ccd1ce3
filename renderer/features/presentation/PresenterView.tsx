/**
 * The presenter view (second screen, or a second browser window): the current and the
 * next slide, the notes of the current slide, elapsed time; moves the slides too.
 */
import { Loader } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { de } from '../../i18n/de';
import { slideCounter, slideLabel } from './deck';
import { isInControl, slideKey } from './slideKeys';
import { SlideNotes } from './SlideNotes';
import { SlideView, footerText } from './SlideView';
import { todayIso } from './SlideShow';
import { deckQuery, emptyDeckNotice, parseDeckSource } from './source';
import { canvasFor } from './Stage';
import { usePresentationData, type PresentationData } from './usePresentationData';
import { usePresentationSync } from './usePresentationSync';
import './presentation.css';

function Preview({ data, index, width, label }: { data: PresentationData; index: number; width: number; label: string }) {
  const canvas = canvasFor(1920, 1080);
  const scale = width / canvas.width;
  const slide = data.slides[index];
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ marginBottom: 6 }}>{label}</figcaption>
      <div className="presenter-preview" style={{ width, height: Math.round(canvas.height * scale) }} aria-hidden="true" inert>
        {slide ? (
          <div className="projector-canvas" style={{ width: canvas.width, height: canvas.height, transform: `scale(${scale})`, position: 'absolute' }}>
            <SlideView
              slide={slide}
              data={data}
              today={todayIso()}
              ctx={{ index, count: data.slides.length, footer: footerText(data), examples: data.hasExamples, width: canvas.width, height: canvas.height }}
            />
          </div>
        ) : (
          <p style={{ color: '#000', padding: 16 }}>Ende der Präsentation</p>
        )}
      </div>
    </figure>
  );
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
};

export function PresenterView() {
  const { search } = useLocation();
  const [deck, setDeck] = useState(() => deckQuery(parseDeckSource(search)));
  const source = useMemo(() => parseDeckSource(deck), [deck]);
  const data = usePresentationData(source);
  const [index, setIndex] = useState(0);
  const [digits, setDigits] = useState('');
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [ended, setEnded] = useState(false);
  const [now, setNow] = useState(() => Date.now());
  const [width, setWidth] = useState(() => window.innerWidth);
  const publish = usePresentationSync((state) => {
    // In Electron the window opens without a deck: the slides' state says which one.
    setDeck(state.deck);
    setIndex(state.index);
    setStartedAt(state.startedAt);
    setEnded(state.ended);
  });
  const count = data?.slides.length ?? 1;

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    const resize = () => setWidth(window.innerWidth);
    window.addEventListener('resize', resize);
    return () => {
      clearInterval(tick);
      window.removeEventListener('resize', resize);
    };
  }, []);

  const go = (i: number) => {
    const at = Math.max(0, Math.min(count - 1, i));
    setIndex(at);
    publish({ deck, index: at, count, startedAt, ended: false });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.key === 'Escape') return;
      const outcome = slideKey({ index, count, digits }, e.key, { inControl: isInControl(e.target) });
      if (outcome.kind !== 'move') return;
      e.preventDefault();
      setDigits(outcome.position.digits);
      if (outcome.position.index !== index) go(outcome.position.index);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const notice = emptyDeckNotice(source, data ? data.meeting !== null : undefined);
  if (notice) {
    return (
      <main className="presenter-view presenter-empty" aria-label="Referentenansicht" data-testid="presenter-empty">
        <h1 className="presenter-heading" style={{ fontSize: 28 }}>
          Referentenansicht
        </h1>
        <p role="status">{notice}</p>
        <p>
          <Link to="/praesentation">Zur Präsentation</Link>
        </p>
      </main>
    );
  }
  if (!data) return <Loader aria-label={de.common.loading} />;
  const at = Math.min(index, count - 1);
  const title = (id: string) => data.proposals.find((p) => p.id === id)?.title ?? 'Vorschlag';
  const big = Math.round(width * 0.55);
  return (
    <main className="presenter-view" aria-label="Referentenansicht" data-testid="presenter-view">
      <header style={{ gridColumn: '1 / -1', display: 'flex', gap: 32, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <h1 className="presenter-heading" style={{ fontSize: 28 }}>
          Referentenansicht
        </h1>
        <span data-testid="presenter-counter" style={{ fontWeight: 700 }}>
          {ended ? 'Präsentation beendet' : slideCounter(at, count)}
        </span>
        <span data-testid="elapsed">Verstrichene Zeit: {startedAt ? clock(now - startedAt) : '00:00:00'}</span>
        <span>
          <button type="button" onClick={() => go(at - 1)} disabled={at === 0}>
            Vorherige Folie
          </button>{' '}
          <button type="button" onClick={() => go(at + 1)} disabled={at >= count - 1}>
            Nächste Folie
          </button>
        </span>
        {digits ? <span role="status">Gehe zu Folie {digits} …</span> : null}
      </header>
      <section aria-label="Aktuelle Folie">
        <Preview data={data} index={at} width={big} label={`Jetzt: ${slideLabel(data.slides[at]!, title)}`} />
      </section>
      <section aria-label="Nächste Folie und Notizen" style={{ display: 'flex', flexDirection: 'column', gap: 16, minWidth: 0 }}>
        <Preview
          data={data}
          index={at + 1}
          width={Math.round(width * 0.3)}
          label={at + 1 < count ? `Als Nächstes: ${slideLabel(data.slides[at + 1]!, title)}` : 'Als Nächstes: Ende'}
        />
        <SlideNotes data={data} slide={data.slides[at]!} />
      </section>
    </main>
  );
}
