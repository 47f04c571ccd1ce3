/**
 * What the report's print pass has to lay out (a tool, not a benchmark): the elements of
 * the 40-proposal report of report.bench.ts by tag and by recharts class, and per chart.
 * A print pass costs about the same per element, so this shows where to cut.
 * Run: `npm run build && npx tsx test/bench/report.census.ts`.
 */
import { openBenchApp } from './benchApp';
import { seedReportWorkspace } from './reportWorkspace';

const { server, page, close } = await openBenchApp();
try {
  const { query } = await seedReportWorkspace(page);
  await page.goto(`${server.url}#/bericht/druck?${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.reportReady === 'true', undefined, { timeout: 120_000 });
  const census = await page.evaluate(() => {
    const report = document.querySelector('.report')!;
    const all = [...report.querySelectorAll('*')];
    const count = (keys: (string | undefined)[]) => {
      const out = new Map<string, number>();
      for (const k of keys) if (k) out.set(k, (out.get(k) ?? 0) + 1);
      return [...out].sort((a, b) => b[1] - a[1]);
    };
    const byTag = count(all.map((e) => e.tagName));
    const byClass = count(all.map((e) => (e.getAttribute('class') ?? '').split(/\s+/).find((c) => c.startsWith('recharts'))));
    const charts = count(
      [...report.querySelectorAll('.report-chart')].map(
        (c) => `${c.closest('figure')?.querySelector('figcaption')?.textContent?.slice(0, 50)} (${c.querySelectorAll('*').length} Elemente)`,
      ),
    );
    return { total: all.length, byTag, byClass, charts };
  });
  console.log(`Elemente im Bericht: ${census.total}`);
  for (const [title, rows] of [
    ['je Tag', census.byTag],
    ['je recharts-Klasse', census.byClass],
    ['Diagramme (Anzahl)', census.charts],
  ] as const) {
    console.log(`  -- ${title}`);
    for (const [k, n] of rows.slice(0, 25)) console.log(`  ${String(n).padStart(6)}  ${k}`);
  }
} finally {
  await close();
}
