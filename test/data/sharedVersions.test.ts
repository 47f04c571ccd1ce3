/**
 * The shared versions behind the three-way merge (renderer/data/exchange/sharedVersions.ts):
 * an export remembers references, not copies; the command layer copies a shared record in
 * before it changes or is deleted; an import keeps a copy only of a version this laptop
 * does not store as it is.
 */
import { describe, expect, it } from 'vitest';
import { WORKSPACE_REVISION_ID, type IkzDatabase, type WorkspaceRevision } from '../../renderer/data/db';
import { bucketOf, loadShared, sharedRecordsOf, withVersion } from '../../renderer/data/exchange/sharedVersions';
import { applyCostLineChanges } from '../../renderer/data/repositories/costs';
import { deleteProposal } from '../../renderer/data/repositories/proposals';
import { bauhofProposal, freshDb } from './helpers';
import { editProposal, exportFile, importFile } from './exchangeHelpers';

async function versionsOf(db: IkzDatabase, table: string, id: string) {
  return (await loadShared(db, table, [id])).versions(id);
}

async function sharedProposal() {
  const { db, p, line } = await bauhofProposal();
  await applyCostLineChanges(db, p.id, { upserts: [line()], deletions: [] });
  const file = await exportFile(db, { kind: 'proposals', proposalIds: [p.id] });
  return { db, p, file, scope: { kind: 'proposals' as const, proposalIds: [p.id] } };
}

describe('shared versions', () => {
  it('spreads record ids over 256 buckets and stores a table in at most 256 rows', async () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `${i.toString(16)}-${crypto.randomUUID()}`);
    const buckets = new Set(ids.map(bucketOf));
    expect(buckets.size).toBe(256);
    expect([...buckets].every((b) => /^[0-9a-f]{2}$/.test(b))).toBe(true);
    expect(bucketOf('party-unna')).toBe(bucketOf('party-unna'));
  });

  it('an export remembers the exported records by reference, in bucket rows, and leaves the workspace revision alone', async () => {
    const { db: fresh, p: first } = await bauhofProposal();
    const revision = (await fresh.settings.get(WORKSPACE_REVISION_ID)) as WorkspaceRevision;
    await exportFile(fresh, { kind: 'proposals', proposalIds: [first.id] });
    // Bookkeeping only (device id, shared versions): no saved calculation goes out of date.
    expect(await fresh.settings.get(WORKSPACE_REVISION_ID)).toEqual(revision);

    const { db, p } = await sharedProposal();
    const stored = (await db.proposals.get(p.id))!;
    expect(await versionsOf(db, 'proposals', p.id)).toEqual([{ revision: stored.revision, updatedAt: stored.updatedAt }]);
    const rows = await db.sharedVersions.toArray();
    expect(rows.length).toBeLessThanOrEqual(256 * 4);
    expect(rows.every((r) => r.id === `${r.table}:${bucketOf(sharedRecordsOf(r)[0]!.recordId)}`)).toBe(true);
    // Exporting the unchanged proposal again writes nothing new.
    const before = await db.sharedVersions.toArray();
    await exportFile(db, { kind: 'proposals', proposalIds: [p.id] });
    expect(await db.sharedVersions.toArray()).toEqual(before);
  });

  it('copies the shared version in before the record is changed, and before it is deleted', async () => {
    const { db, p } = await sharedProposal();
    const exported = (await db.proposals.get(p.id))!;
    await editProposal(db, p.id, { title: 'Bauhof neu' });
    expect(await versionsOf(db, 'proposals', p.id)).toEqual([{ revision: exported.revision, updatedAt: exported.updatedAt, record: exported }]);
    // A second edit keeps the copy of the shared version; the edit itself was never shared.
    await editProposal(db, p.id, { title: 'Bauhof noch neuer' });
    expect((await versionsOf(db, 'proposals', p.id)).map((v) => v.record?.title)).toEqual([exported.title]);

    const lines = await db.costLines.ofProposal(p.id);
    expect(lines.length).toBeGreaterThan(0);
    await deleteProposal(db, p.id);
    for (const line of lines) expect((await versionsOf(db, 'costLines', line.id))[0]?.record).toEqual(line);
  });

  it('an import keeps a reference when it stores the file’s version, a copy when the result differs', async () => {
    const { db: a, p, file, scope } = await sharedProposal();
    const b = await freshDb();
    await importFile(b, file.bytes);
    const inB = (await b.proposals.get(p.id))!;
    expect(await versionsOf(b, 'proposals', p.id)).toEqual([{ revision: inB.revision, updatedAt: inB.updatedAt }]);

    // A and B change different fields: B merges A's title into its own description.
    await editProposal(a, p.id, { title: 'Bauhof Kamen-Bergkamen' });
    await editProposal(b, p.id, { description: 'Gemeinsam.' });
    const fromA = await exportFile(a, scope);
    const sentByA = (await a.proposals.get(p.id))!;
    await importFile(b, fromA.bytes);
    const merged = (await b.proposals.get(p.id))!;
    expect(merged).toMatchObject({ title: 'Bauhof Kamen-Bergkamen', description: 'Gemeinsam.' });
    const newest = (await versionsOf(b, 'proposals', p.id)).at(-1)!;
    // A's version (with B's own ids for the parties), kept as a copy: B stores the merge.
    expect(newest.record).toMatchObject({ id: p.id, revision: sentByA.revision, updatedAt: sentByA.updatedAt, title: sentByA.title, description: '' });
    expect(merged.revision).not.toBe(sentByA.revision);
  });

  it('keeps at most six versions per record, newest last', () => {
    let versions: { revision: number; updatedAt: string }[] = [];
    for (let r = 1; r <= 9; r++) versions = withVersion(versions, { revision: r, updatedAt: `2027-01-0${r}T00:00:00.000Z` }) ?? versions;
    expect(versions.map((v) => v.revision)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(withVersion(versions, { revision: 9, updatedAt: '2027-01-09T00:00:00.000Z' })).toBeNull();
  });
});
