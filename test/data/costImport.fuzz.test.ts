/**
 * Fuzzing the cost import (issue 7): generated files with wrong encodings, huge cells,
 * formulas, NaN/Infinity/1e400, very wide headers, duplicate years, BOM variants,
 * `__proto__`/`constructor` headers and empty files. For every file: parsing never throws
 * anything but an ImportError (a German message); a refused file writes nothing; an
 * accepted file stores exactly the lines the preview showed.
 * `npm test` runs a few hundred files; `npm run fuzz` runs 10.000 and prints the figures.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError, parseCsv, type ImportPreview } from '../../renderer/data/import/costImport';
import { applyCostLineChanges } from '../../renderer/data/repositories/costs';
import { bauhofProposal } from './helpers';

const RUNS = Number(process.env.IKZ_FUZZ_RUNS ?? 300);
const FIXED = ['Kommune', 'Variante', 'Kategorie', 'Art', 'Haushaltswirksam', 'Bezeichnung'];

const amount = fc.oneof(
  fc.constantFrom(
    '1.234,56',
    '100',
    '0',
    '',
    '12,5',
    '-5',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e400',
    '12.5',
    '€ 12.000',
    '12.000 €',
    '1 234,56',
    '9'.repeat(400),
    '=SUMME(A1)',
    ' ',
  ),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString('de-DE')),
);
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('=HYPERLINK("http://x";"y")', '+1', '@SUM(1)', '\u202Eevil', '\u200B\u200B\u200B', 'Sachbearbeitung', 'x'.repeat(5000), '"', ';', '\r\n'),
);
const header = fc.oneof(
  { weight: 6, arbitrary: fc.constant([...FIXED, '2027', '2028', '2029']) },
  fc.constant([...FIXED, '2027', '2028', '2028']),
  fc.constant([...FIXED, '__proto__', 'constructor', '2027']),
  fc.constant(['__proto__', ...FIXED, 'prototype', '2027', 'toString']),
  fc.constant([...FIXED, ...Array.from({ length: 10_000 }, (_, i) => String(1000 + i))]),
  fc.shuffledSubarray([...FIXED, '2027', '2028', '2029', 'Bemerkung'], { minLength: 1 }),
);
/** Mostly valid values, sometimes not: so that many files are accepted and stored too. */
const mostly = <T>(valid: T[], invalid: T[]) => fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...valid) }, fc.constantFrom(...invalid));
const validAmount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => (n / 100).toLocaleString('de-DE'));
const row = fc.tuple(
  mostly(['Kamen', 'Bergkamen', 'gemeinsam'], ['Unna', '', '=Kamen']),
  mostly(['Ist', 'Kooperation'], ['ist ', 'Koop', '']),
  mostly(['Personal', 'Sachkosten', 'Lizenzen/IT-Betrieb', 'Investition/Einführung', 'Erlöse/Restwert', 'Sonstiges'], ['Kaffee']),
  mostly(['laufend', 'einmalig'], ['manchmal']),
  mostly(['ja', 'nein'], ['vielleicht']),
  fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) }, text),
  fc.array(fc.oneof({ weight: 4, arbitrary: validAmount }, amount), { minLength: 0, maxLength: 4 }),
);
const csvText = fc
  .tuple(header, fc.array(row, { maxLength: 6 }), fc.constantFrom('\r\n', '\n'))
  .map(([h, rows, nl]) => [h.join(';'), ...rows.map(([k, v, c, a, hw, b, amounts]) => [k, v, c, a, hw, b, ...amounts].join(';'))].join(nl));

const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f)));
const file = fc.oneof(
  { weight: 4, arbitrary: csvText.map((s) => new TextEncoder().encode(s)) },
  csvText.map((s) => Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)])),
  csvText.map((s) => Uint8Array.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)])),
  csvText.map(cp1252),
  csvText.map((s) => Uint8Array.from([0xff, 0xfe, ...[...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])),
  fc.uint8Array({ maxLength: 2000 }),
  fc.constant(new Uint8Array(0)),
);

const stats = { files: 0, accepted: 0, refused: 0, linesStored: 0 };
afterAll(() => {
  console.log(
    `Import-Fuzzing: ${stats.files} Dateien, ${stats.accepted} angenommen (${stats.linesStored} Zeilen gespeichert und verglichen), ${stats.refused} mit Meldung abgelehnt, 0 unerwartete Fehler.`,
  );
});

describe('fuzzed cost files', () => {
  it(`never throw anything but a German ImportError; refused files write nothing; accepted files store what the preview showed (${RUNS} files)`, async () => {
    const { db, p } = await bauhofProposal();
    const kamen = (await db.parties.toArray()).filter((x) => ['Kamen', 'Bergkamen'].includes(x.name));
    const ctx = { proposalId: p.id, parties: kamen.map((x) => ({ id: x.id, name: x.name, inhabitants: x.inhabitants })), years: [2027, 2028, 2029] };
    await fc.assert(
      fc.asyncProperty(file, async (bytes) => {
        stats.files++;
        const before = await db.costLines.count();
        let preview: ImportPreview;
        try {
          preview = parseCsv(bytes, ctx);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
          expect((error as Error).message.length).toBeGreaterThan(10);
          expect(await db.costLines.count()).toBe(before);
          stats.refused++;
          return;
        }
        stats.accepted++;
        for (const e of preview.errors) expect(e.row).toBeGreaterThanOrEqual(2);
        if (preview.lines.length === 0) return;
        const upserts = preview.lines.map(({ sourceRow: _row, ...line }) => line);
        const saved = await applyCostLineChanges(db, p.id, { upserts, deletions: [] });
        const stored = await db.costLines.bulkGet(saved.map((l) => l.id));
        expect(stored.map((l) => l && { ...l, id: undefined, createdAt: undefined, updatedAt: undefined, revision: undefined, order: undefined })).toEqual(
          upserts.map((l) => ({ ...l, id: undefined, createdAt: undefined, updatedAt: undefined, revision: undefined, order: undefined })),
        );
        stats.linesStored += saved.length;
        await applyCostLineChanges(db, p.id, { upserts: [], deletions: saved.map((l) => l.id) });
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
