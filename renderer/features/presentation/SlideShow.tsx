/**
 * The running presentation: one slide at a time on the projector canvas, moved by keys
 * and clickers, full screen through the platform, in step with the presenter view.
 */
import { Loader } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { platform } from '../../platform';
import { de } from '../../i18n/de';
import { slideCounter, slideLabel } from './deck';
import { isInControl, slideKey } from './slideKeys';
import { SlideView, footerText } from './SlideView';
import { deckQuery, parseDeckSource } from './source';
import { Stage, useCanvas } from './Stage';
import { usePresentationData } from './usePresentationData';
import { usePresentationSync } from './usePresentationSync';
import './presentation.css';

export const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function SlideShow() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const source = useMemo(() => parseDeckSource(search), [search]);
  const deck = deckQuery(source);
  const data = usePresentationData(source);
  const canvas = useCanvas();
  const [index, setIndex] = useState(() => Math.max(0, Number(new URLSearchParams(search).get('folie') ?? 1) - 1) || 0);
  const [digits, setDigits] = useState('');
  const [startedAt] = useState(() => Date.now());
  const left = useRef(false);
  const count = data?.slides.length ?? 1;
  const publish = usePresentationSync((state) => {
    if (state.deck === deck && !state.ended) setIndex(Math.min(state.index, count - 1));
  });

  const leave = useCallback(() => {
    if (left.current) return;
    left.current = true;
    publish({ deck, index, count, startedAt, ended: true });
    void platform.presentationEnd();
    navigate(`/praesentation?${deck}`);
  }, [publish, deck, index, count, startedAt, navigate]);

  useEffect(() => {
    void platform.presentationStart({ presenterView: true });
    // Left another way than Esc (the browser's back button): full screen and the display blocker end too.
    return () => {
      if (!left.current) void platform.presentationEnd();
    };
  }, []);

  useEffect(() => {
    if (data) publish({ deck, index: Math.min(index, count - 1), count, startedAt, ended: false });
    // publish is a fresh closure each render; the state is what matters
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deck, index, count, startedAt, Boolean(data)]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F5') {
        e.preventDefault(); // no reload in the middle of a talk
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const outcome = slideKey({ index, count, digits }, e.key, { inControl: isInControl(e.target) });
      if (outcome.kind === 'ignored') return;
      e.preventDefault();
      if (outcome.kind === 'exit') return leave();
      setIndex(outcome.position.index);
      setDigits(outcome.position.digits);
    };
    // The browser's own Esc leaves full screen before the page sees the key.
    let wasFull = Boolean(document.fullscreenElement);
    const onFullscreen = () => {
      if (wasFull && !document.fullscreenElement) leave();
      wasFull = Boolean(document.fullscreenElement);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [index, count, digits, leave]);

  if (!data) return <Loader aria-label={de.common.loading} />;
  const at = Math.min(index, count - 1);
  const slide = data.slides[at]!;
  const title = (id: string) => data.proposals.find((p) => p.id === id)?.title ?? 'Vorschlag';
  const ctx = { index: at, count, footer: footerText(data), examples: data.hasExamples, width: canvas.width, height: canvas.height };
  return (
    <main aria-label="Präsentation" data-testid="slideshow" style={{ position: 'fixed', inset: 0 }}>
      <Stage canvas={canvas} label={`Präsentation, ${slideCounter(at, count)}`}>
        <SlideView slide={slide} ctx={ctx} data={data} today={todayIso()} />
      </Stage>
      <div className="visually-hidden" aria-live="polite">
        {`${slideCounter(at, count)}: ${slideLabel(slide, title)}`}
      </div>
      {digits ? (
        <div className="jump-hint" role="status">
          Gehe zu Folie {digits} … (Eingabetaste)
        </div>
      ) : null}
    </main>
  );
}
