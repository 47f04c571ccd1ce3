/**
 * Schema 2 → 3: yearly amounts move from offsets (index 0 = the plan's start year) to
 * calendar years, and every proposal gets a stored plan with a fixed start year.
 *
 * Lossless: offset i becomes year startYear + i, where startYear is that of the
 * proposal's stored plan, or, for a proposal without one, the start year the app showed
 * until now (the year after the upgrade's, which v2 took from the clock). That plan is
 * written, so the figures a user saw before the upgrade are the figures after it, and
 * from now on no calculation input comes from the clock. Amounts beyond the period
 * (v2 kept but ignored them) stay, as years after the period's end.
 * Lines keep their revision and `updatedAt`: the representation changed, not the data.
 */
import type { Transaction } from 'dexie';
import { DEFAULT_ALLOCATION, yearAmounts, type CostPlan, type Period } from '../domain/costs/model';
import { allocationSchema, discountingSchema, periodSchema } from '../domain/costs/modelSchemas';
import { DEFAULT_SETTINGS, SETTINGS_ID } from '../domain/vocabulary';
import { changeEntry } from './changeLog';
import { withNewMeta, withNextRevision } from './records';

interface V2Line {
  id: string;
  proposalId: string;
  entry: { mode: string; amounts?: unknown; byYear?: unknown };
}

export async function upgradeToCalendarYears(tx: Transaction, now: Date = new Date()): Promise<void> {
  const settings = (await tx.table('settings').get(SETTINGS_ID)) as Partial<typeof DEFAULT_SETTINGS> | undefined;
  const by = typeof settings?.userName === 'string' ? settings.userName : 'Unbekannt';
  const fallback = {
    period: {
      startYear: now.getFullYear() + 1,
      years: periodSchema.shape.years.safeParse(settings?.observationYears).success ? settings!.observationYears! : DEFAULT_SETTINGS.observationYears,
    },
    discounting: {
      mode: 'flat' as const,
      ratePercent: typeof settings?.discountRatePercent === 'number' ? settings.discountRatePercent : DEFAULT_SETTINGS.discountRatePercent,
    },
    allocation: DEFAULT_ALLOCATION,
  };

  const plans = (await tx.table('costPlans').toArray()) as Partial<CostPlan>[];
  const periodOf = new Map<string, Period>();
  const writes: CostPlan[] = [];
  const log = [];
  for (const plan of plans) {
    if (!plan.proposalId || !plan.id) continue;
    // A v1 allocation row carried over in v2 may lack parts of a plan; complete it.
    const period = periodSchema.safeParse(plan.period).success ? plan.period! : fallback.period;
    const discounting = discountingSchema.safeParse(plan.discounting).success ? plan.discounting! : fallback.discounting;
    const allocation = allocationSchema.safeParse(plan.allocation).success ? plan.allocation! : fallback.allocation;
    periodOf.set(plan.proposalId, period);
    if (period !== plan.period || discounting !== plan.discounting || allocation !== plan.allocation) {
      writes.push(
        withNextRevision({ createdAt: plan.updatedAt ?? '', updatedAt: '', revision: 0, ...plan, id: plan.id } as CostPlan, {
          period,
          discounting,
          allocation,
        }),
      );
    }
  }
  const proposals = (await tx.table('proposals').toArray()) as { id: string; title?: string }[];
  for (const p of proposals) {
    if (periodOf.has(p.id)) continue;
    // As in v2, its rate keeps following the default rate until the plan is saved.
    const plan: CostPlan = withNewMeta({ proposalId: p.id, ...fallback, followsSettings: true });
    periodOf.set(p.id, plan.period);
    writes.push(plan);
    log.push(
      changeEntry(by, {
        table: 'costPlans',
        recordId: plan.id,
        action: 'create',
        summary: `Startjahr ${plan.period.startYear} festgeschrieben (bisher aus dem aktuellen Datum abgeleitet)${p.title ? ` für „${p.title}“` : ''}`,
        before: null,
        after: plan,
      }),
    );
  }
  await tx.table('costPlans').bulkPut(writes);
  await tx.table('changeLog').bulkAdd(log);

  const lines = (await tx.table('costLines').toArray()) as V2Line[];
  const converted = lines
    .filter((l) => l.entry?.mode === 'years' && Array.isArray(l.entry.amounts))
    .map((l) => {
      const start = (periodOf.get(l.proposalId) ?? fallback.period).startYear;
      const values = (l.entry.amounts as unknown[]).map((v) => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v) : 0));
      return { ...l, entry: { mode: 'years', byYear: yearAmounts(start, values) } };
    });
  await tx.table('costLines').bulkPut(converted);
}
