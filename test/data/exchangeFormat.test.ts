/** Files the app writes are valid against the published JSON Schema (docs/ikz-austausch.schema.json), plain and encrypted. */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { applyCostLineChanges } from '../../renderer/data/repositories/costs';
import { createMeeting } from '../../renderer/data/repositories/meetings';
import { sampleFile } from '../domain/exchangeFixture';
import { bauhofProposal } from './helpers';
import { exportFile } from './exchangeHelpers';

const schema = JSON.parse(readFileSync('docs/ikz-austausch.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);

function expectValid(text: string) {
  const ok = validate(JSON.parse(text));
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
}

describe('exchange file format', () => {
  it('a whole workspace (proposals, costs, meetings with agenda, a deletion) matches the JSON Schema', async () => {
    const { db, p, line } = await bauhofProposal();
    const [keep, gone] = await applyCostLineChanges(db, p.id, {
      upserts: [line(), line({ label: 'Fahrzeuge', category: 'sachkosten', entry: { mode: 'growth', startCents: 5_000_00, increasePercent: 2 } })],
      deletions: [],
    });
    await applyCostLineChanges(db, p.id, { upserts: [], deletions: [gone!.id] });
    await createMeeting(db, {
      title: 'Arbeitskreis März',
      date: '2027-03-10',
      location: 'Unna',
      kind: 'arbeitskreis',
      participantIds: [],
      agenda: [{ id: 'a1', proposalId: p.id, decisionRequested: 'Zustimmung', outcome: null }],
    });
    const file = await exportFile(db);
    expectValid(file.text);
    const parsed = JSON.parse(file.text);
    expect(parsed.content.tables.costLines.tombstones.map((t: { recordId: string }) => t.recordId)).toContain(gone!.id);
    expect(parsed.content.tables.costLines.records.map((r: { id: string }) => r.id)).toContain(keep!.id);
    expect(file.fileName).toMatch(/^IKZ-Austausch_.+_\d{4}-\d{2}-\d{2}\.ikz$/);
  });

  it('an encrypted file and a hand-built one match the JSON Schema too', async () => {
    expectValid((await sampleFile()).text);
    expectValid((await sampleFile('passwort')).text);
  });

  it('the schema rejects what the reader rejects: other format, newer version, missing checksum', () => {
    const base = JSON.parse(readFileSync('docs/ikz-austausch.schema.json', 'utf8'));
    expect(validate({ format: 'x' })).toBe(false);
    expect(base.properties.formatVersion.const).toBe(1);
  });
});
