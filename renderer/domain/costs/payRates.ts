/**
 * Default personnel cost rates per pay group (annual cost of one full-time position,
 * including employer contributions and overheads). Approximate values in the order of
 * the KGSt report "Kosten eines Arbeitsplatzes" 2024/25; editable in the app.
 */
import type { PayRate } from './expand';

const euro = (v: number) => v * 100;

export const DEFAULT_PAY_RATES: readonly PayRate[] = [
  { payGroup: 'TVöD EG 5', annualCents: euro(62_000), year: 2025 },
  { payGroup: 'TVöD EG 6', annualCents: euro(65_000), year: 2025 },
  { payGroup: 'TVöD EG 8', annualCents: euro(70_000), year: 2025 },
  { payGroup: 'TVöD EG 9a', annualCents: euro(73_000), year: 2025 },
  { payGroup: 'TVöD EG 9b', annualCents: euro(78_000), year: 2025 },
  { payGroup: 'TVöD EG 9c', annualCents: euro(82_000), year: 2025 },
  { payGroup: 'TVöD EG 10', annualCents: euro(86_000), year: 2025 },
  { payGroup: 'TVöD EG 11', annualCents: euro(92_000), year: 2025 },
  { payGroup: 'TVöD EG 12', annualCents: euro(98_000), year: 2025 },
  { payGroup: 'TVöD EG 13', annualCents: euro(105_000), year: 2025 },
  { payGroup: 'Besoldung A 9', annualCents: euro(76_000), year: 2025 },
  { payGroup: 'Besoldung A 11', annualCents: euro(90_000), year: 2025 },
  { payGroup: 'Besoldung A 13', annualCents: euro(108_000), year: 2025 },
];
