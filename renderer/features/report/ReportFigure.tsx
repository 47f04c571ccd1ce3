import type { ReactNode } from 'react';

/** Width of a chart on the page: the A4 text width (176 mm ≈ 665 px) less a little air. */
export const REPORT_CHART_WIDTH = 640;

/**
 * A chart block of the report: caption and chart with a fixed size (print does not
 * re-measure responsive charts), kept on one page (report.css: break-inside: avoid).
 */
export function ReportFigure({ caption, children, note }: { caption: string; children: ReactNode; note?: string }) {
  return (
    <figure className="report-figure">
      <figcaption className="report-figure-caption">{caption}</figcaption>
      {note ? <p className="report-note">{note}</p> : null}
      <div className="report-chart" role="img" aria-label={`Diagramm: ${caption}`}>
        {children}
      </div>
    </figure>
  );
}

/** A note where data are missing: the page says so instead of staying blank. */
export function MissingData({ children }: { children: ReactNode }) {
  return (
    <p className="report-missing" data-testid="report-missing">
      {children}
    </p>
  );
}
