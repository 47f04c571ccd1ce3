/**
 * Where the report's PDF spends its time (a tool, not a benchmark): the 40-proposal
 * report of report.bench.ts, traced with the Chrome DevTools protocol. Prints the main
 * thread's busiest trace events while the print route loads and draws, and during one
 * print pass, plus the JavaScript functions with the most self time (Profiler).
 * Run: `npm run build && npx tsx test/bench/report.profile.ts` (writes the raw files to
 * /tmp/ikz-report-profile/ for DevTools).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { openApp } from '../e2e/support/app';
import { openBenchApp } from './benchApp';
import { playwrightPdfOptions } from '../../renderer/domain/report/printOptions';
import { seedReportWorkspace } from './reportWorkspace';

const OUT = '/tmp/ikz-report-profile';
mkdirSync(OUT, { recursive: true });

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: { data?: { functionName?: string; url?: string } };
}

async function traced<T>(cdp: CDPSession, name: string, run: () => Promise<T>): Promise<T> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink,v8.execute,toplevel',
    transferMode: 'ReportEvents',
  } as never);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const t0 = performance.now();
  const result = await run();
  const ms = performance.now() - t0;
  const { profile } = await cdp.send('Profiler.stop');
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await done;
  writeFileSync(`${OUT}/${name}.cpuprofile`, JSON.stringify(profile));
  writeFileSync(`${OUT}/${name}.trace.json`, JSON.stringify({ traceEvents: events }));
  summarise(name, ms, events, profile as unknown as CpuProfile);
  return result;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

function summarise(name: string, ms: number, events: TraceEvent[], profile: CpuProfile) {
  // Complete events per name (all threads of the renderer), summed duration in ms.
  const byName = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`\n== ${name}: ${ms.toFixed(0)} ms wall`);
  for (const [n, d] of top) console.log(`  ${d.toFixed(0).padStart(7)} ms  ${n}`);
  // Self time per function from the sampling profiler.
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const fn = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anonym)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    fn.set(key, (fn.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  const byUrl = new Map<string, number>();
  for (const node of profile.nodes) {
    const u = node.callFrame.url.split('/').pop() || node.callFrame.functionName;
    byUrl.set(u, (byUrl.get(u) ?? 0) + (self.get(node.id) ?? 0));
  }
  console.log('  -- JS self time per script');
  for (const [n, d] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`  ${d.toFixed(0).padStart(7)} ms  ${n}`);
  console.log('  -- JS self time');
  for (const [n, d] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${d.toFixed(0).padStart(7)} ms  ${n}`);
  // Inclusive time of named functions (React components are capitalised in an unminified build).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<number, number>();
  const inclusive = (id: number): number => {
    const known = total.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const t = (self.get(id) ?? 0) + (node.children ?? []).reduce((a, c) => a + inclusive(c), 0);
    total.set(id, t);
    return t;
  };
  const incl = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    if (!/^[A-Z]/.test(f.functionName)) continue;
    const key = `${f.functionName} ${f.url.split('/').pop()}:${f.lineNumber}`;
    incl.set(key, (incl.get(key) ?? 0) + inclusive(node.id));
  }
  console.log('  -- inclusive time of capitalised functions (recursion counted more than once)');
  for (const [n, d] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${d.toFixed(0).padStart(7)} ms  ${n}`);
}

const ready = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.reportReady === 'true', undefined, { timeout: 120_000 });

const { server, page, close } = await openBenchApp();
try {
  const { query } = await seedReportWorkspace(page);
  await openApp(page, server.url, 'stammdaten');
  const cdp = await page.context().newCDPSession(page);
  // A new document, as the app's hidden print window opens one (electron/printToPdf.ts).
  await page.goto('about:blank');
  await traced(cdp, 'load', async () => {
    await page.goto(`${server.url}#/bericht/druck?${query}`);
    await ready(page);
  });

  // The table of contents measured on the page (paginate.ts): one layout as columns of A4.
  await traced(cdp, 'toc-measure', () => page.evaluate(() => window.__ikzReportToc?.()));
  writeFileSync(`${OUT}/bericht.pdf`, await traced(cdp, 'print', () => page.pdf(playwrightPdfOptions())));
} finally {
  await close();
}
