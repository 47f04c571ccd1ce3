/**
 * The moment the tests run at. IKZ_TEST_NOW (`2027-03-05` or a full ISO date-time)
 * moves the whole suite to another day, so a test that depends on today's date shows
 * itself (npm run test:dates runs the suite on the days that matter: a normal day,
 * just after New Year, and after the March meeting date rule switches years).
 * Without it the suite runs at the real time.
 */
export function testNow(): Date {
  const raw = process.env.IKZ_TEST_NOW?.trim();
  if (!raw) return new Date();
  // A plain date means that day at 09:00 local time (a working morning, not midnight).
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T09:00:00` : raw);
  if (Number.isNaN(date.getTime())) throw new Error(`IKZ_TEST_NOW „${raw}“ ist kein Datum; bitte z. B. 2027-03-05 angeben.`);
  return date;
}

export const hasTestNow = () => Boolean(process.env.IKZ_TEST_NOW?.trim());
