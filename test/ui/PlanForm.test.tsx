// @vitest-environment jsdom
import './setup-dom';
import { MantineProvider } from '@mantine/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DbProvider } from '../../renderer/state/DbContext';
import { applyCostLineChanges, savePlan } from '../../renderer/data/repositories/costs';
import { loadPlan } from '../../renderer/data/repositories/costPlans';
import { createProposal } from '../../renderer/data/repositories/proposals';
import { PlanForm } from '../../renderer/features/costs/PlanForm';
import { freshDb, idsOf } from '../data/helpers';
import { EMPTY_PROPOSAL } from '../../renderer/domain/vocabulary';

async function workspace() {
  const db = await freshDb();
  const { party, area } = await idsOf(db);
  const p = await createProposal(db, {
    ...EMPTY_PROPOSAL,
    title: 'Bauhof',
    areaId: area('building-yards'),
    leadPartyId: party('kamen'),
  });
  await savePlan(db, p.id, { period: { startYear: 2027, years: 5 } });
  const [line] = await applyCostLineChanges(db, p.id, {
    upserts: [
      {
        proposalId: p.id,
        variant: 'ist',
        partyId: party('kamen'),
        category: 'personal',
        recurrence: 'laufend',
        budgetRelevant: true,
        label: 'Bauhofpersonal',
        entry: { mode: 'years', byYear: { '2027': 100, '2028': 200, '2031': 500 } },
        isExample: false,
      },
    ],
    deletions: [],
  });
  const parties = (await db.parties.toArray()).filter((x) => x.id === party('kamen'));
  render(
    <MantineProvider env="test">
      <DbProvider db={db}>
        <PlanForm plan={await loadPlan(db, p.id)} parties={parties} />
      </DbProvider>
    </MantineProvider>,
  );
  return { db, p, line: line! };
}

async function changePeriod(startYear: string, years: string) {
  const user = userEvent.setup();
  const start = screen.getByRole('textbox', { name: 'Startjahr' });
  await user.clear(start);
  await user.type(start, startYear);
  const length = screen.getByRole('textbox', { name: 'Betrachtungszeitraum (Jahre)' });
  await user.clear(length);
  await user.type(length, years);
  await user.click(screen.getByRole('button', { name: 'Berechnungsgrundlagen speichern' }));
  return user;
}

// Seeding a workspace and typing take seconds on a busy 2-core machine.
describe('PlanForm: a period change with amounts outside it', { timeout: 30_000 }, () => {
  it('asks, names amounts, line and years; cancel changes nothing, delete removes only those amounts', async () => {
    const { db, p, line } = await workspace();
    const user = await changePeriod('2029', '2');
    const dialog = await screen.findByRole('dialog', { name: 'Beträge außerhalb des neuen Zeitraums' });
    expect(dialog).toHaveTextContent('3 Beträge in einer Zeile liegen außerhalb des neuen Zeitraums 2029–2030: Jahre 2027, 2028 und 2031.');
    expect(dialog).toHaveTextContent('„Bauhofpersonal“');

    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await loadPlan(db, p.id)).period).toEqual({ startYear: 2027, years: 5 });
    expect((await db.costLines.get(line.id))!.entry).toEqual({ mode: 'years', byYear: { '2027': 100, '2028': 200, '2031': 500 } });

    await user.click(screen.getByRole('button', { name: 'Berechnungsgrundlagen speichern' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Löschen' }));
    await waitFor(async () => expect((await loadPlan(db, p.id)).period).toEqual({ startYear: 2029, years: 2 }));
    expect((await db.costLines.get(line.id))!.entry).toEqual({ mode: 'years', byYear: {} });
  });

  it('keep: saves the period and leaves every amount stored', async () => {
    const { db, p, line } = await workspace();
    const user = await changePeriod('2028', '3');
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('2 Beträge in einer Zeile liegen außerhalb des neuen Zeitraums 2028–2030: Jahre 2027 und 2031.');
    await user.click(within(dialog).getByRole('button', { name: 'Behalten (werden nicht berechnet)' }));
    await waitFor(async () => expect((await loadPlan(db, p.id)).period).toEqual({ startYear: 2028, years: 3 }));
    expect((await db.costLines.get(line.id))!.entry).toEqual({ mode: 'years', byYear: { '2027': 100, '2028': 200, '2031': 500 } });
  });
});
