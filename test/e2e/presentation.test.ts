import { describe, expect, it } from 'vitest';
import type { CostLine, CostPlan } from '../../renderer/domain/costs/model';
import { calculateProposal } from '../../renderer/domain/costs/engine';
import { DEFAULT_PAY_RATES } from '../../renderer/domain/costs/payRates';
import { DEFAULT_SCENARIOS } from '../../renderer/domain/costs/scenarios';
import { formatEuroWhole } from '../../renderer/domain/money';
import { type Meeting, type Party, type Proposal } from '../../renderer/domain/schemas';
import { DEFAULT_SETTINGS } from '../../renderer/domain/vocabulary';
import { axeViolations, openApp } from './support/app';
import { useAppFixture } from './support/fixture';
import { putRecord, readStores, writeFingerprint } from './support/idb';

const app = useAppFixture();
const PAYROLL = 'Einkaufsgemeinschaft Personalabrechnungs- und Zeiterfassungsplattform';
const IT = 'Zusammenlegung der Informationstechnologien';

async function workspace() {
  await openApp(app.page, app.url, '');
  await app.page.getByTestId('key-figures').waitFor();
  const s = await readStores(app.page, ['proposals', 'meetings', 'parties', 'costLines', 'costPlans', 'settings']);
  const proposals = s.proposals as unknown as Proposal[];
  const byTitle = (t: string) => proposals.find((p) => p.title === t)!;
  return {
    byTitle,
    meetings: (s.meetings as unknown as Meeting[]).sort((a, b) => a.date.localeCompare(b.date)),
    parties: s.parties as unknown as Party[],
    costLines: s.costLines as unknown as CostLine[],
    costPlans: s.costPlans as unknown as CostPlan[],
    settings: s.settings!,
  };
}

const counter = () => app.page.getByTestId('slide-counter').innerText();
const heading = () => app.page.getByRole('heading', { level: 1 }).innerText();

describe('presentation', () => {
  it('starts from a meeting’s agenda in its order; keys and clicker keys move, a number and Enter jump, Esc leaves', async () => {
    const w = await workspace();
    // The agenda editor is another screen; the test writes the agenda as a fixture.
    const meeting = w.meetings[0]!;
    const agenda = [IT, PAYROLL].map((t, i) => ({
      id: `item-${i}`,
      proposalId: w.byTitle(t).id,
      decisionRequested: i === 0 ? 'Prüfauftrag erteilen' : '',
      outcome: null,
    }));
    await putRecord(app.page, 'meetings', { ...meeting, agenda });
    await app.page.reload();
    await openApp(app.page, app.url, 'praesentation');
    await expect.poll(() => app.page.getByTestId('deck-list').innerText()).toBe(`${IT}\n${PAYROLL}`);
    expect(await axeViolations(app.page)).toEqual([]);

    await app.page.keyboard.press('F5');
    await expect.poll(counter).toBe('Folie 1 von 7');
    expect(await heading()).toBe(meeting.title);
    const steps: [string, string][] = [
      ['PageDown', 'Folie 2 von 7'],
      ['ArrowRight', 'Folie 3 von 7'],
      [' ', 'Folie 4 von 7'],
      ['PageUp', 'Folie 3 von 7'],
      ['ArrowLeft', 'Folie 2 von 7'],
      ['End', 'Folie 7 von 7'],
      ['PageDown', 'Folie 7 von 7'],
      ['Home', 'Folie 1 von 7'],
    ];
    for (const [key, expected] of steps) {
      await app.page.keyboard.press(key);
      await expect.poll(counter, { message: key }).toBe(expected);
    }
    expect(await axeViolations(app.page)).toEqual([]);
    await app.page.keyboard.type('5');
    await app.page.getByText('Gehe zu Folie 5').waitFor();
    await app.page.keyboard.press('Enter');
    await expect.poll(counter).toBe('Folie 5 von 7');
    expect(await heading()).toBe(IT);
    await expect.poll(() => app.page.getByTestId('proposal-summary').innerText()).toBe('Beschlussvorschlag: Prüfauftrag erteilen');
    await app.page.keyboard.press('6');
    await app.page.keyboard.press('Enter');
    await expect.poll(heading).toBe(PAYROLL);
    expect(await app.page.getByTestId('example-mark').count()).toBe(1);
    expect(await axeViolations(app.page)).toEqual([]);

    await app.page.keyboard.press('Escape');
    await app.page.getByRole('button', { name: 'Präsentation starten (F5)' }).waitFor();
    expect(app.page.url()).toContain(`termin=${meeting.id}`);
    expect(app.errors).toEqual([]);
  });

  it('taking a party out changes the shares exactly as the engine computes them, and writes nothing', async () => {
    const w = await workspace();
    const payroll = w.byTitle(PAYROLL);
    const parties = w.parties;
    const selm = parties.find((p) => p.name === 'Selm')!;
    expect(payroll.participantIds).toContain(selm.id);
    await app.page.goto(`${app.url}#/praesentation/vortrag?vorschlaege=${payroll.id}&szenario=basis`);
    await app.page.getByTestId('slide-counter').waitFor();
    await app.page.keyboard.press('5');
    await app.page.keyboard.press('Enter');
    await expect.poll(heading).toBe(PAYROLL);
    const before = await writeFingerprint(app.page);
    const shares = async () =>
      Object.fromEntries(
        await app.page
          .getByTestId('slide-shares')
          .locator('tbody tr')
          .evaluateAll((rows) =>
            rows.map((r) => [
              r.getAttribute('data-party'),
              [r.querySelector('[data-testid=share-joint]')!.textContent, r.querySelector('[data-testid=share-savings]')!.textContent],
            ]),
          ),
      ) as Record<string, [string, string]>;
    const stored = await shares();

    await app.page.getByRole('button', { name: 'Was wäre, wenn …' }).click();
    await app.page.getByRole('checkbox', { name: 'Selm beteiligt' }).uncheck();
    await app.page.getByTestId('variant-mark').waitFor();
    expect(await app.page.getByTestId('variant-mark').innerText()).toBe('Variante, nicht gespeichert: ohne Selm');

    // The same inputs the app reads, handed to the engine here without the app's what-if code.
    const plan = w.costPlans.find((p) => p.proposalId === payroll.id)!;
    const settings = w.settings as unknown as { id: string; discountRatePercent?: number; payRates?: never; scenarios?: typeof DEFAULT_SCENARIOS }[];
    // No settings row before the user saves Einstellungen: the app then uses the defaults.
    const general = settings.find((s) => s.id === 'settings') ?? DEFAULT_SETTINGS;
    const calcSettings = settings.find((s) => s.id === 'calculation');
    const discounting = plan.followsSettings ? { mode: 'flat' as const, ratePercent: general.discountRatePercent! } : plan.discounting;
    const expected = calculateProposal({
      proposal: { id: payroll.id, leadPartyId: payroll.leadPartyId, participantIds: payroll.participantIds.filter((id) => id !== selm.id) },
      plan: { ...plan, discounting },
      lines: w.costLines.filter((l) => l.proposalId === payroll.id && l.partyId !== selm.id),
      parties,
      payRates: calcSettings?.payRates ?? DEFAULT_PAY_RATES,
      multipliers: (calcSettings?.scenarios ?? DEFAULT_SCENARIOS).basis,
    });
    const name = (id: string) => parties.find((p) => p.id === id)!.name;
    const variant = await shares();
    for (const p of expected.parties)
      expect(variant[name(p.partyId)], name(p.partyId)).toEqual([formatEuroWhole(p.jointShare), formatEuroWhole(p.totalSavings)]);
    expect(variant.Selm).toEqual(['nicht beteiligt', '–']);
    expect(variant.Unna).not.toEqual(stored.Unna);
    expect(await app.page.getByTestId('proposal-kapitalwert').innerText()).toBe(formatEuroWhole(expected.kapitalwert));
    expect(await writeFingerprint(app.page)).toEqual(before);

    // Back in: the stored figures again.
    await app.page.getByRole('checkbox', { name: 'Selm beteiligt' }).check();
    await expect.poll(() => app.page.getByTestId('variant-mark').count()).toBe(0);
    expect(await shares()).toEqual(stored);
    expect(await writeFingerprint(app.page)).toEqual(before);
    expect(app.errors).toEqual([]);
  });

  it('keeps a variant as a new proposal after confirmation; the original stays as it was', async () => {
    const w = await workspace();
    const it = w.byTitle(IT);
    await app.page.goto(`${app.url}#/praesentation/vortrag?vorschlaege=${it.id}&szenario=basis`);
    await app.page.getByTestId('slide-counter').waitFor();
    await app.page.keyboard.press('End');
    await app.page.keyboard.press('PageUp');
    await expect.poll(heading).toBe(IT);
    await app.page.getByRole('button', { name: 'Was wäre, wenn …' }).click();
    await app.page.getByRole('textbox', { name: 'Zinssatz in %' }).fill('3,5');
    await app.page.getByTestId('variant-mark').getByText('Zinssatz 3,50 %').waitFor();
    await app.page.getByRole('button', { name: 'Als Variante speichern' }).click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Variante speichern' }).click();
    await app.page.getByText(/Variante gespeichert/).waitFor();
    const after = await readStores(app.page, ['proposals', 'costPlans', 'costLines']);
    const proposals = after.proposals as unknown as Proposal[];
    const copy = proposals.find((p) => p.title === `${IT} – Variante`)!;
    expect(copy).toMatchObject({ status: 'idee', isExample: false, leadPartyId: it.leadPartyId, participantIds: it.participantIds });
    expect((after.costPlans as unknown as CostPlan[]).find((p) => p.proposalId === copy.id)!.discounting).toEqual({ mode: 'flat', ratePercent: 3.5 });
    const lines = (id: string) => (after.costLines as unknown as CostLine[]).filter((l) => l.proposalId === id).length;
    expect(lines(copy.id)).toBe(lines(it.id));
    expect(proposals.find((p) => p.id === it.id)).toEqual(it);
    expect(app.errors).toEqual([]);
  });

  it('the presenter view follows the slides and moves them, in a second window', async () => {
    const w = await workspace();
    const ids = [w.byTitle(IT).id, w.byTitle(PAYROLL).id].join(',');
    await app.page.goto(`${app.url}#/praesentation/vortrag?vorschlaege=${ids}&szenario=basis`);
    await app.page.getByTestId('slide-counter').waitFor();
    await expect.poll(counter).toBe('Folie 1 von 7');
    const presenter = await app.page.context().newPage();
    await presenter.goto(`${app.url}#/praesentation/referent?vorschlaege=${ids}&szenario=basis`);
    await presenter.getByTestId('presenter-view').waitFor();
    await app.page.keyboard.press('PageDown');
    await expect.poll(() => presenter.getByTestId('presenter-counter').innerText()).toBe('Folie 2 von 7');
    await presenter.keyboard.press('PageDown');
    await expect.poll(counter).toBe('Folie 3 von 7');
    await presenter.getByRole('button', { name: 'Nächste Folie' }).click();
    await expect.poll(counter).toBe('Folie 4 von 7');
    await expect.poll(() => presenter.getByText(/^Als Nächstes: TOP 1/).count()).toBe(1);
    expect(await axeViolations(presenter)).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  it('keeps the presenter’s note for a slide of a meeting’s presentation', async () => {
    const w = await workspace();
    const meeting = w.meetings[0]!;
    await app.page.goto(`${app.url}#/praesentation/referent?termin=${meeting.id}&szenario=basis`);
    await app.page.getByTestId('presenter-view').waitFor();
    const note = app.page.getByRole('textbox', { name: 'Notiz zu dieser Folie' });
    await note.fill('Begrüßung der Kämmerer');
    await app.page.getByRole('button', { name: 'Notiz speichern' }).click();
    await expect
      .poll(async () => ((await readStores(app.page, ['meetings'])).meetings!.find((m) => m.id === meeting.id) as Meeting).slideNotes)
      .toEqual({
        title: 'Begrüßung der Kämmerer',
      });
    await app.page.getByRole('button', { name: 'Nächste Folie' }).click();
    await expect.poll(() => note.inputValue()).toBe('');
    await app.page.getByRole('button', { name: 'Vorherige Folie' }).click();
    await expect.poll(() => note.inputValue()).toBe('Begrüßung der Kämmerer');
    expect(await axeViolations(app.page)).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
