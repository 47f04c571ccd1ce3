// @vitest-environment jsdom
import './setup-dom';
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PartyResult } from '../../renderer/domain/costs/engine';
import { formatEuroCents } from '../../renderer/domain/format';
import { PartySharesTable } from '../../renderer/ui/calculation/PartySharesTable';
import { YearTable } from '../../renderer/ui/calculation/YearTable';

const calc = {
  rows: [
    { year: 2027, n: 1, ist: 100_000, koop: 150_000, savings: -50_000, cumulative: -50_000, discountFactor: 0.991080278, presentValue: -49_554.01 },
    { year: 2028, n: 2, ist: 100_000, koop: 40_000, savings: 60_000, cumulative: 10_000, discountFactor: 0.982239125, presentValue: 58_934.35 },
  ],
  totals: { ist: 200_000, koop: 190_000, savings: 10_000 },
  kapitalwert: 9_380.34,
} as unknown as Parameters<typeof YearTable>[0]['c'];

const parties = [
  { partyId: 'a', jointShare: 12_345, ist: [100, 200], koop: [50, 50], totalSavings: 200, kapitalwert: 19_834.6 },
  { partyId: 'b', jointShare: 0, ist: [100, 100], koop: [300, 300], totalSavings: -400, kapitalwert: -39_600 },
] as unknown as PartyResult[];

/** The text of every cell, row by row. */
const cells = (table: HTMLTableElement) => [...table.rows].map((r) => [...r.cells].map((c) => c.textContent));

describe('the calculation tables: the report’s plain markup shows exactly the cells of the screen’s Mantine table', () => {
  it('year table', () => {
    const screen = render(
      <MantineProvider env="test">
        <YearTable c={calc} />
      </MantineProvider>,
    );
    const onScreen = cells(screen.getByTestId('year-table') as HTMLTableElement);
    screen.unmount();
    const plain = render(<YearTable c={calc} plain label="Berechnung je Jahr: X" />);
    const table = plain.getByTestId('year-table') as HTMLTableElement;
    expect(cells(table)).toEqual(onScreen);
    expect(onScreen[1]).toEqual(['2027', '1', ...[100_000, 150_000, -50_000, -50_000].map(formatEuroCents), '0,991080', formatEuroCents(-49_554)]);
    expect(onScreen.at(-1)![0]).toBe('Summe');
    expect(table.getAttribute('aria-label')).toBe('Berechnung je Jahr: X');
    expect(table.querySelector('tfoot')).not.toBeNull();
    expect(table.className).toBe('calc-table');
    expect(table.querySelectorAll('td.calc-num')).toHaveLength(14);
  });

  it('shares per party, with the town that pays more marked', () => {
    const props = { parties, paysMore: new Set(['b']), partyName: (id: string) => (id === 'a' ? 'Unna' : 'Kamen') };
    const screen = render(
      <MantineProvider env="test">
        <PartySharesTable {...props} />
      </MantineProvider>,
    );
    const onScreen = cells(screen.getByTestId('party-shares') as HTMLTableElement);
    screen.unmount();
    const plain = render(<PartySharesTable {...props} plain headingId="h" />);
    const table = plain.getByTestId('party-shares') as HTMLTableElement;
    expect(cells(table)).toEqual(onScreen);
    expect(onScreen[2]![0]).toBe('Kamenzahlt mehr als heute');
    expect(plain.getByRole('heading', { level: 3, name: 'Anteile je Kommune (gesamter Zeitraum)' }).id).toBe('h');
    expect(table.querySelector('tr[data-pays-more]')?.textContent).toContain('Kamen');
    expect(table.querySelector('td.calc-negative')?.textContent).toBe(formatEuroCents(-400));
    // One money format in the row (QA: the Kapitalwert was in whole euros beside cents), as on the proposal page's key figure.
    expect(onScreen[1]).toEqual(['Unna', ...[12_345, 300, 100, 200, 19_835].map(formatEuroCents)]);
  });
});
