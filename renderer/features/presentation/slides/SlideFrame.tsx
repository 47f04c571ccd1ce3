import type { ReactNode } from 'react';
import { slideCounter } from '../deck';

export interface SlideContext {
  index: number;
  count: number;
  /** Footer text: who presents what (meeting title, Kreis Unna). */
  footer: string;
  /** The figures contain shipped example proposals. */
  examples: boolean;
  /** Canvas size in units (Stage.tsx), for charts with fixed sizes. */
  width: number;
  height: number;
}

/** Canvas units left for a slide's body: canvas minus padding, header and footer. */
export function bodySize(ctx: SlideContext, headerHeight = 170) {
  return { width: ctx.width - 128, height: ctx.height - 48 - headerHeight - 28 - 72 - 16 };
}

export function SlideFrame({
  ctx,
  kicker,
  title,
  children,
  label,
}: {
  ctx: SlideContext;
  kicker?: string;
  title: string;
  children: ReactNode;
  /** What a screen reader hears for the slide (defaults to the title). */
  label?: string;
}) {
  return (
    <section className="slide" aria-roledescription="Folie" aria-label={`${slideCounter(ctx.index, ctx.count)}: ${label ?? title}`} data-testid="slide">
      <header className="slide-header">
        {kicker ? <div className="slide-kicker">{kicker}</div> : null}
        <h1 className={title.length > 70 ? 'slide-title-long' : undefined}>{title}</h1>
      </header>
      <div className="slide-body">{children}</div>
      <footer className="slide-footer">
        <span>{ctx.footer}</span>
        {ctx.examples ? (
          <span className="example-mark" data-testid="example-mark">
            Beispieldaten
          </span>
        ) : null}
        <span className="slide-counter" data-testid="slide-counter">
          {slideCounter(ctx.index, ctx.count)}
        </span>
      </footer>
    </section>
  );
}

export function FigureTile({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  return (
    <div className="figure-tile">
      <div className="label">{label}</div>
      <div className="value" data-testid={testId}>
        {value}
      </div>
      {hint ? <div className="hint">{hint}</div> : null}
    </div>
  );
}
