import { describe, expect, it } from 'vitest';
import { openApp } from './support/app';
import { useAppFixture } from './support/fixture';
import { readSavedBasis, savedCalculationInfo, writeSavedBasis } from './support/savedCalculation';

const app = useAppFixture();

/** Every text the key figures show from the first frame on (recorded in the page). */
const RECORD_KEY_FIGURES = `
  globalThis.__keyFigures = [];
  const look = () => {
    const el = document.querySelector('[data-testid="key-figures"]');
    const text = el ? el.innerText : null;
    const seen = globalThis.__keyFigures;
    if (text !== null && seen[seen.length - 1] !== text) seen.push(text);
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
`;

const seenKeyFigures = () => app.page.evaluate(() => (globalThis as unknown as { __keyFigures: string[] }).__keyFigures);

/** Waits until the worker has saved a calculation of the data stored now, other than the one saved at `previous`. */
async function waitForSavedCalculation(previous: string | null = null) {
  await expect
    .poll(
      async () => {
        const info = await app.page.evaluate(savedCalculationInfo);
        return info.matches && info.savedAt !== previous;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** Reloads and waits until the worker has calculated again (it saves what it calculated). */
async function reloadAndSettle(): Promise<string[]> {
  // The worker saves what it calculated; a new save means it has calculated since the reload.
  const previous = (await app.page.evaluate(savedCalculationInfo)).savedAt;
  await app.page.reload();
  await app.page.getByTestId('key-figures').waitFor();
  await waitForSavedCalculation(previous);
  // One more frame, so the worker's result is on screen.
  await app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return seenKeyFigures();
}

describe('start with a saved calculation', () => {
  it('shows at once only figures of the data stored now, also right after a change', async () => {
    await app.page.addInitScript({ content: RECORD_KEY_FIGURES });
    await openApp(app.page, app.url, '');
    await app.page.getByTestId('key-figures').waitFor();
    await waitForSavedCalculation();
    const before = await app.page.getByTestId('key-figures').innerText();

    // Nothing changed: the saved calculation is shown and is what the worker calculates.
    expect(await reloadAndSettle()).toEqual([before]);

    // A new default rate changes the examples' Kapitalwert. The calculation saved before
    // the change is put back (as if the app had been closed before the worker saved
    // again): after the reload its old figures must never appear.
    const savedBefore = await app.page.evaluate(readSavedBasis);
    await openApp(app.page, app.url, 'einstellungen');
    await app.page.getByRole('textbox', { name: /Standard-Diskontierungszinssatz/ }).fill('5');
    await app.page.getByRole('form', { name: 'Einstellungen' }).getByRole('button', { name: 'Speichern' }).click();
    await app.page.getByText('Gespeichert').first().waitFor();
    await openApp(app.page, app.url, '');
    await waitForSavedCalculation();
    await app.page.evaluate(writeSavedBasis, savedBefore);
    expect((await app.page.evaluate(savedCalculationInfo)).matches).toBe(false);
    const seen = await reloadAndSettle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toBe(before);
    expect(app.errors).toEqual([]);
  });
});
