/**
 * Slides on a 4:3 projector (1024×768): the slide canvas is scaled down there, which is
 * where layout measured by the browser goes wrong. Checked on the boxes the browser drew.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Meeting, Proposal } from '../../renderer/domain/schemas';
import { openApp } from './support/app';
import { useAppFixture } from './support/fixture';
import { putRecord, readStores } from './support/idb';

const app = useAppFixture();
const PAYROLL = 'Einkaufsgemeinschaft Personalabrechnungs- und Zeiterfassungsplattform';

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The legend's box and the boxes of the year ticks under the chart. */
async function legendAndYears(chart: Locator) {
  const legend = (await chart.locator('[data-testid=chart-legend], .recharts-legend-wrapper').first().boundingBox())!;
  const years = await chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  return { legend, years };
}

async function startAt(page: Page, slide: number) {
  await openApp(page, app.url, '');
  await page.getByTestId('key-figures').waitFor();
  const proposals = (await readStores(page, ['proposals'])).proposals as unknown as Proposal[];
  const id = proposals.find((p) => p.title === PAYROLL)!.id;
  await page.goto(`${app.url}#/praesentation/vortrag?vorschlaege=${id}&szenario=basis`);
  await page.getByTestId('slide-counter').waitFor();
  await page.keyboard.type(String(slide));
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByTestId('slide-counter').innerText()).toBe(`Folie ${slide} von 6`);
}

describe('slides at 1024×768', () => {
  it('keep the chart legends clear of the year ticks (cumulative slide and proposal slide)', async () => {
    const page = app.page;
    await page.setViewportSize({ width: 1024, height: 768 });
    await startAt(page, 4);
    const cumulative = page.locator('.projector-canvas');
    await cumulative.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').first().waitFor();
    const a = await legendAndYears(cumulative);
    expect(a.years.length).toBeGreaterThan(3);
    expect(a.years.filter((y) => overlaps(a.legend, y))).toEqual([]);

    await page.keyboard.press('PageDown');
    const chart = page.getByTestId('proposal-chart');
    await chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').first().waitFor();
    // The chart takes its box's height once the box has measured itself (ResizeObserver):
    // on a loaded machine the first frames can still show the previous height, so wait for
    // the layout to settle. Then the legend stays inside the chart's box (not cut off below
    // it) and clear of the years.
    const settled = async () => {
      const b = await legendAndYears(chart);
      const box = (await chart.boundingBox())!;
      return { overlapping: b.years.filter((y) => overlaps(b.legend, y)).length, inside: b.legend.y + b.legend.height <= box.y + box.height + 1 };
    };
    await expect.poll(settled).toEqual({ overlapping: 0, inside: true });
    expect(app.errors).toEqual([]);
  });

  it('shows the whole „Variante, nicht gespeichert“ line: which town, scenario and rate', async () => {
    const page = app.page;
    await page.setViewportSize({ width: 1024, height: 768 });
    await startAt(page, 5);
    await page.getByRole('button', { name: 'Was wäre, wenn …' }).click();
    await page.getByRole('checkbox', { name: 'Kamen beteiligt', exact: true }).uncheck();
    await page.getByLabel('Szenario').selectOption({ label: 'Pessimistisch' });
    await page.getByRole('textbox', { name: 'Zinssatz in %' }).fill('2,5');
    const mark = page.getByTestId('variant-mark');
    await expect.poll(() => mark.innerText()).toBe('Variante, nicht gespeichert: ohne Kamen · Szenario Pessimistisch · Zinssatz 2,50 %');
    // Nothing of it is clipped: the text fits the box the room sees.
    const clipped = await mark.evaluate((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
    expect(clipped).toBe(false);
    // The break-even label (2034, late in the period) stays inside the narrow chart.
    const chart = page.getByTestId('proposal-chart');
    const label = (await chart.locator('.recharts-label', { hasText: 'Break-even 2034' }).boundingBox())!;
    const chartBox = (await chart.locator('svg.recharts-surface').boundingBox())!;
    expect(label.x + label.width).toBeLessThanOrEqual(chartBox.x + chartBox.width);
    const markBox = (await mark.boundingBox())!;
    const body = (await page.locator('.slide-body').boundingBox())!;
    expect(markBox.y + markBox.height).toBeLessThanOrEqual(body.y + body.height);
    expect(app.errors).toEqual([]);
  });

  it('shows a TOP’s whole Beschlussvorschlag (the decision the room is asked for), not its first two lines', async () => {
    const page = app.page;
    await page.setViewportSize({ width: 1024, height: 768 });
    await openApp(page, app.url, '');
    await page.getByTestId('key-figures').waitFor();
    const s = await readStores(page, ['proposals', 'meetings']);
    const id = (s.proposals as unknown as Proposal[]).find((p) => p.title === PAYROLL)!.id;
    const meeting = (s.meetings as unknown as Meeting[]).sort((a, b) => a.date.localeCompare(b.date))[0]!;
    const decision = 'Der Arbeitskreis empfiehlt der Bürgermeisterkonferenz, die Einkaufsgemeinschaft zu gründen; Lünen führt das Vergabeverfahren.';
    await putRecord(page, 'meetings', { ...meeting, agenda: [{ id: 'item-1', proposalId: id, decisionRequested: decision, outcome: null }] });
    await page.goto(`${app.url}#/praesentation/vortrag?termin=${meeting.id}&szenario=basis`);
    await page.getByTestId('slide-counter').waitFor();
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    const summary = page.getByTestId('proposal-summary');
    await expect.poll(() => summary.innerText()).toBe(`Beschlussvorschlag: ${decision}`);
    expect(await summary.evaluate((el) => el.scrollHeight > el.clientHeight + 1)).toBe(false);
    // The chart keeps a readable height beside it.
    expect((await page.getByTestId('proposal-chart').boundingBox())!.height).toBeGreaterThan(150);
    expect(app.errors).toEqual([]);
  });

  it('„Nächste Schritte“: whole titles, the outcomes recorded in the meeting, nothing below the slide (QA: titles were cut, outcomes ignored)', async () => {
    const page = app.page;
    const meetings = (
      await (async () => {
        await openApp(page, app.url, '');
        await page.getByTestId('key-figures').waitFor();
        return (await readStores(page, ['meetings'])).meetings as unknown as Meeting[];
      })()
    ).sort((a, b) => a.date.localeCompare(b.date));
    // The example meeting's agenda (payroll, IT) with an outcome for each.
    const meeting = meetings[0]!;
    expect(meeting.agenda).toHaveLength(2);
    const outcomes = ['beschlossen', 'vertagt'] as const;
    await putRecord(page, 'meetings', { ...meeting, agenda: meeting.agenda.map((item, i) => ({ ...item, outcome: outcomes[i] })) });
    for (const size of [
      { width: 1024, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`${app.url}#/praesentation/vortrag?termin=${meeting.id}&szenario=basis`);
      await page.getByTestId('slide-counter').waitFor();
      await page.keyboard.press('End');
      const table = page.getByTestId('next-steps');
      await table.waitFor();
      const text = (await table.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain(PAYROLL);
      expect(text).toContain('Ergebnis: beschlossen');
      expect(text).toContain('Ergebnis: vertagt');
      expect(text).toContain('Erneut beraten');
      const box = (await table.boundingBox())!;
      const body = (await page.locator('.slide-body').boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(body.y + body.height);
      if (process.env.IKZ_SHOTS) await page.screenshot({ path: `${process.env.IKZ_SHOTS}/next-steps-${size.width}.png` });
    }
    expect(app.errors).toEqual([]);
  });
});
