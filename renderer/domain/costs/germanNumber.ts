/**
 * German number input as Excel writes and people type it: `1.234,56`, `1234,56`,
 * `-500`, `1 234,56 €`. Returns cents, or an error message in German.
 */
export type ParsedAmount = { ok: true; cents: number } | { ok: false; message: string };

const GERMAN = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/;

export function parseGermanAmount(raw: string): ParsedAmount {
  const text = raw
    .replace(/\u00a0|\u202f/g, ' ')
    .trim()
    .replace(/^€\s*|\s*€$/g, '')
    .replace(/^-\s*€\s*/, '-')
    .replace(/ (?=\d{3}\b)/g, '.')
    .trim();
  if (text === '') return { ok: true, cents: 0 };
  if (!GERMAN.test(text)) {
    if (/^-?\d+\.\d{1,2}$/.test(text))
      return { ok: false, message: `„${raw}“ sieht nach englischem Zahlenformat aus. Bitte mit Komma schreiben, z. B. ${text.replace('.', ',')}.` };
    if (/,\d{3,}$/.test(text)) return { ok: false, message: `„${raw}“ hat mehr als zwei Nachkommastellen. Bitte auf Cent runden.` };
    return { ok: false, message: `„${raw}“ ist keine Zahl. Bitte einen Betrag wie 1.234,56 eintragen.` };
  }
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').replace(/\./g, '').split(',');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents) || cents > 100_000_000_000_00) return { ok: false, message: `„${raw}“ ist unrealistisch groß.` };
  return { ok: true, cents: negative ? -cents : cents };
}

export { formatGermanAmount } from '../money';
