/**
 * Fuzzing the exchange import (issue 10): wrong types, missing fields, huge strings,
 * `__proto__`/`constructor` keys, wrong versions, truncated JSON, random bytes, wrong
 * passwords and checksums that do not match, mostly re-sealed with a valid checksum so
 * they reach the record checks. For every input: reading never throws; a refusal has a
 * German message and writes nothing (the workspace revision, raised by every command,
 * stays); an accepted file is planned and applied, or refused by applyMerge with a
 * UserFacingError and nothing written.
 * `npm test` runs 200 inputs; `npm run fuzz` runs 10.000 and prints the figures.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IkzDatabase } from '../../renderer/data/db';
import { applyMerge, planMerge, readExchangeFile, resolveAll } from '../../renderer/data/exchange';
import { UserFacingError } from '../../renderer/data/records';
import { exchangeChecksum } from '../../renderer/domain/exchange/canonical';
import { bytesOf, sampleFile } from '../domain/exchangeFixture';
import { freshDb } from './helpers';

const RUNS = Number(process.env.IKZ_FUZZ_RUNS ?? 200);
const PASSWORD = 'richtig-2027';

type Json = Record<string, unknown>;
let plain: Json;
let encrypted: string;
let paths: (string | number)[][];

function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => allPaths((value as Json)[k as string], [...prefix, k]))];
}

function edit(obj: Json, path: (string | number)[], change: (parent: Json, key: string | number) => void): Json {
  const copy = structuredClone(obj);
  if (path.length === 0) return copy;
  let parent: Json = copy;
  for (const k of path.slice(0, -1)) parent = parent[k as string] as Json;
  change(parent, path[path.length - 1]!);
  return copy;
}

async function seal(obj: Json, reseal: boolean): Promise<string> {
  if (!reseal) return JSON.stringify(obj);
  const { checksum: _c, ...rest } = obj;
  return JSON.stringify({ ...rest, checksum: { algorithm: 'SHA-256', value: await exchangeChecksum(rest) } });
}

const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, -1, 0, 1.5, 1e308, -1e308, '', 'x'.repeat(300_000), [], {}, true, '2027', 'ä'.repeat(201), '\u202Eevil'),
);
const pathIndex = fc.nat();

type Input = { kind: string; bytes: Uint8Array; password?: string };
const input: fc.Arbitrary<Promise<Input>> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(pathIndex, oddValue).map(async ([i, v]) => ({
      kind: 'wrong type',
      bytes: bytesOf(
        await seal(
          edit(plain, paths[i % paths.length]!, (p, k) => void (p[k as string] = v)),
          true,
        ),
      ),
    })),
  },
  {
    weight: 3,
    arbitrary: pathIndex.map(async (i) => ({
      kind: 'missing field',
      bytes: bytesOf(
        await seal(
          edit(plain, paths[i % paths.length]!, (p, k) => (Array.isArray(p) ? p.splice(Number(k), 1) : delete p[k as string])),
          true,
        ),
      ),
    })),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(pathIndex, fc.constantFrom('__proto__', 'constructor', 'prototype'), oddValue).map(async ([i, key, v]) => {
      const objects = paths.filter((p) => p.length === 0 || typeof p[p.length - 1] === 'string');
      const target = objects[i % objects.length]!;
      const obj = structuredClone(plain);
      let node: Json = obj;
      for (const k of target) node = (node[k as string] ?? node) as Json;
      if (node && typeof node === 'object') Object.defineProperty(node, key, { value: v, enumerable: true, configurable: true, writable: true });
      return { kind: 'unsafe key', bytes: bytesOf(await seal(obj, true)) };
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null))
      .map(async (v) => ({ kind: 'version', bytes: bytesOf(await seal({ ...plain, formatVersion: v }, true)) })),
  },
  {
    weight: 2,
    arbitrary: fc.nat().map(async (n) => ({ kind: 'truncated', bytes: bytesOf(JSON.stringify(plain).slice(0, n % JSON.stringify(plain).length)) })),
  },
  {
    weight: 2,
    arbitrary: fc
      .stringMatching(/^[0-9a-f]{64}$/)
      .map(async (hex) => ({ kind: 'checksum', bytes: bytesOf(JSON.stringify({ ...plain, checksum: { algorithm: 'SHA-256', value: hex } })) })),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 3000 }).map(async (bytes) => ({ kind: 'bytes', bytes })) },
  { weight: 1, arbitrary: fc.jsonValue().map(async (v) => ({ kind: 'json', bytes: bytesOf(JSON.stringify(v) ?? '') })) },
  {
    weight: 1,
    arbitrary: fc
      .string({ maxLength: 40 })
      .filter((p) => p !== PASSWORD)
      .map(async (password) => ({ kind: 'password', bytes: bytesOf(encrypted), password })),
  },
  { weight: 1, arbitrary: fc.constant(null).map(async () => ({ kind: 'valid', bytes: bytesOf(JSON.stringify(plain)) })) },
);

const stats = { inputs: 0, refused: 0, accepted: 0, applied: 0, refusedAtApply: 0 };
const kinds = new Map<string, number>();
afterAll(() => {
  console.log(
    `Austausch-Fuzzing: ${stats.inputs} Eingaben (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}); ${stats.refused} beim Lesen mit Meldung abgelehnt, ${stats.accepted} angenommen (${stats.applied} übernommen, ${stats.refusedAtApply} beim Übernehmen abgelehnt), 0 unerwartete Fehler.`,
  );
});

async function revision(db: IkzDatabase) {
  const row = (await db.settings.get('workspace-revision')) as { revision: number } | undefined;
  return [row?.revision ?? 0, await db.changeLog.count(), await db.proposals.count(), await db.sharedVersions.count()];
}

describe('fuzzed exchange files', () => {
  let db: IkzDatabase;
  beforeAll(async () => {
    plain = JSON.parse((await sampleFile()).text) as Json;
    encrypted = (await sampleFile(PASSWORD)).text;
    paths = allPaths(plain);
    db = await freshDb();
  });

  it(`never throw; every refusal has a German message and writes nothing (${RUNS} inputs)`, async () => {
    await fc.assert(
      fc.asyncProperty(input, async (make) => {
        const { kind, bytes, password } = await make;
        stats.inputs++;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        const before = await revision(db);
        const result = await readExchangeFile(bytes, password);
        if (!result.ok) {
          stats.refused++;
          expect(result.error.message).toMatch(/^[A-ZÄÖÜ].{20,}[.)]$/s);
          expect(await revision(db)).toEqual(before);
          return;
        }
        stats.accepted++;
        try {
          const plan = await planMerge(db, result.value);
          await applyMerge(db, plan, resolveAll(plan, 'theirs'), { fileName: 'fuzz.ikz', acceptMasterData: true });
          stats.applied++;
        } catch (error) {
          expect(error).toBeInstanceOf(UserFacingError);
          expect(await revision(db)).toEqual(before);
          stats.refusedAtApply++;
        }
      }),
      { numRuns: RUNS },
    );
    expect(({} as Json).polluted).toBeUndefined();
  }, 3_600_000);
});
