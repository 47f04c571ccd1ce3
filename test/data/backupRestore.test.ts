/**
 * Backups and restore through the data layer, on fake-indexeddb with the browser fallback
 * of the platform (backups in the IndexedDB `ikz-planer-sicherungen`).
 */
import { describe, expect, it, vi } from 'vitest';
import { backupText } from '../../electron/ipc/backupHeader';
import { backupAtStartIfDue, backupBeforeImport, createBackup, prepareRestore, previewRestore, restorePrepared } from '../../renderer/data/backups';
import { backupHeaderOf, readAllTables, workspaceBackup } from '../../renderer/data/backups/document';
import { backupTablesAt } from '../../renderer/data/backups/parse';
import { databaseAtVersion, writeTables } from '../../renderer/data/backups/upgrade';
import { WORKSPACE_REVISION_ID, type IkzDatabase } from '../../renderer/data/db';
import { createProposal, deleteProposal } from '../../renderer/data/repositories/proposals';
import { salvageDatabase } from '../../renderer/data/salvage';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/data/schemaVersions';
import { UserFacingError } from '../../renderer/domain/errors';
import { platform } from '../../renderer/platform';
import { bauhofProposal } from './helpers';
import { amountSum, comparable, fixtureTables } from './schemaFixtures';

async function workspaceWithCosts() {
  const { db, p, line } = await bauhofProposal();
  const { applyCostLineChanges } = await import('../../renderer/data/repositories/costs');
  await applyCostLineChanges(db, p.id, {
    upserts: [line(), line({ label: 'Fahrzeuge „Ü“', entry: { mode: 'years', byYear: { '2028': 7_500_00 } } })],
    deletions: [],
  });
  return { db, p };
}

const revisionOf = async (db: IkzDatabase) => ((await db.settings.get(WORKSPACE_REVISION_ID)) as { revision: number }).revision;

/** The tables without the two things a restore adds on purpose: the raised revision and its log entry. */
function withoutRestoreBookkeeping(tables: Record<string, Record<string, unknown>[]>, restoreLogIds: Set<unknown> = new Set()) {
  return {
    ...tables,
    settings: tables.settings!.filter((r) => r.id !== WORKSPACE_REVISION_ID),
    changeLog: tables.changeLog!.filter((r) => !restoreLogIds.has(r.id)),
  };
}

async function newTitle(db: IkzDatabase, title: string) {
  const any = (await db.proposals.toArray())[0]!;
  return createProposal(db, { ...any, title, participantIds: [], dependsOn: [], nextMeetingId: null } as never);
}

describe('backup → restore round trip', () => {
  it('after changes, a restore brings back exactly the backed-up state and raises the revision above both', async () => {
    const { db, p } = await workspaceWithCosts();
    const before = await readAllTables(db);
    const backup = await workspaceBackup(db, 'manuell');
    const backupRevision = await revisionOf(db);

    await newTitle(db, 'Nach der Sicherung angelegt');
    await deleteProposal(db, p.id);
    const changedRevision = await revisionOf(db);
    expect(changedRevision).toBeGreaterThan(backupRevision);

    const prepared = await prepareRestore('sicherung.json', backup.content);
    const preview = await previewRestore(db, prepared);
    expect(preview.appearing).toEqual(['Bauhof']);
    expect(preview.disappearing).toEqual(['Nach der Sicherung angelegt']);
    expect(preview.counts.find((c) => c.table === 'costLines')).toMatchObject({
      label: 'Kostenzeilen',
      now: 0 + (before.costLines!.length - 2),
      backup: before.costLines!.length,
    });

    const listed = (await platform.listBackups()).length;
    const { safetyBackup } = await restorePrepared(db, prepared);
    const after = await readAllTables(db);
    const restoreLog = after.changeLog!.filter((e) => !before.changeLog!.some((b) => b.id === e.id));
    expect(restoreLog.map((e) => e.summary)).toEqual([expect.stringContaining('Sicherung „sicherung.json“ wiederhergestellt')]);
    expect(withoutRestoreBookkeeping(after, new Set(restoreLog.map((e) => e.id)))).toEqual(withoutRestoreBookkeeping(before));
    expect(await revisionOf(db)).toBe(changedRevision + 1);

    // The state before the restore was backed up first and can itself be restored.
    const list = await platform.listBackups();
    expect(list.length).toBe(listed + 1);
    expect(list[0]).toMatchObject({ name: safetyBackup, header: { reason: 'vor-wiederherstellung' } });
    const undo = await prepareRestore(safetyBackup, (await platform.readBackup(safetyBackup)).content);
    expect(undo.tables.proposals!.map((r) => r.title)).toContain('Nach der Sicherung angelegt');
  });

  it('a backup records date, app version, schema version and the count of every table (also tables added later)', async () => {
    const { db } = await workspaceWithCosts();
    const at = new Date('2027-03-31T10:15:00Z');
    const backup = await workspaceBackup(db, 'manuell', at);
    expect(backup.fileName).toBe('ikz-sicherung-2027-03-31T10-15-00-000Z-manuell.json');
    expect(backup.header).toMatchObject({ createdAt: at.toISOString(), appVersion: 'dev', schemaVersion: CURRENT_SCHEMA_VERSION });
    // Cost lines are counted one by one, not as the sheets that store them.
    expect(Object.keys(backup.header.counts).sort()).toEqual([...backupTablesAt(CURRENT_SCHEMA_VERSION).keys()].sort());
    expect(backup.header.counts.costLines).toBe(await db.costLines.count());
  });

  it('restores the JSON export that Einstellungen wrote until now', async () => {
    const { db } = await workspaceWithCosts();
    const before = await readAllTables(db);
    const exported = JSON.stringify(await salvageDatabase(db.name), null, 2);
    await newTitle(db, 'Später');
    const prepared = await prepareRestore('ikz-planer-sicherung-2026-11-26.json', exported);
    expect(prepared.backup.kind).toBe('export');
    await restorePrepared(db, prepared);
    const after = await readAllTables(db);
    expect(after.proposals).toEqual(before.proposals);
    expect(after.costLines).toEqual(before.costLines);
  });
});

describe('restore of a backup of the previous schema version', () => {
  it(`brings a v${CURRENT_SCHEMA_VERSION - 1} backup to v${CURRENT_SCHEMA_VERSION} with the app's upgrade steps, losing nothing`, async () => {
    const version = CURRENT_SCHEMA_VERSION - 1;
    const fixture = fixtureTables(version);
    const text = backupText(backupHeaderOf('manuell', version, fixture, new Date('2027-01-02T08:00:00Z')), { tables: fixture });
    const { db } = await workspaceWithCosts();
    const prepared = await prepareRestore('alt.json', text);
    expect(prepared.backup.schemaVersion).toBe(version);
    await restorePrepared(db, prepared);
    for (const [table, rows] of Object.entries(fixture)) {
      // A table a later schema dropped (exchangeBase, v9) is empty in the backup.
      if (!backupTablesAt(CURRENT_SCHEMA_VERSION).has(table)) {
        expect(rows, table).toEqual([]);
        continue;
      }
      const store = db.recordStore(table);
      expect((await store.toArray()).length, table).toBe(table === 'changeLog' ? rows.length + 1 : rows.length);
      for (const row of rows) {
        const now = (await store.get(String(row.id))) as Record<string, unknown> & { entry: never };
        if (row.id === WORKSPACE_REVISION_ID) continue;
        if (table === 'costLines' && version < 3) expect(amountSum(now.entry)).toBe(amountSum(row.entry));
        else expect(comparable(table, now), `${table} ${row.id}`).toMatchObject(row);
      }
    }
    // The temporary database of the upgrade is gone.
    expect((await indexedDB.databases()).some((d) => d.name?.startsWith('ikz-planer-wiederherstellung-'))).toBe(false);
  });
});

describe('a restore that fails part-way', () => {
  it('fails at record N (injected) and leaves the database exactly as before', async () => {
    const { db, p } = await workspaceWithCosts();
    const backup = await workspaceBackup(db, 'manuell');
    // After the backup: the proposal with its cost lines goes, another comes. The restore
    // must delete one proposal, put two back (tables before costLines) and then the lines.
    await deleteProposal(db, p.id);
    await newTitle(db, 'Muss bleiben');
    const before = await readAllTables(db);
    const prepared = await prepareRestore('x.json', backup.content);
    expect(prepared.tables.costLines!.length - before.costLines!.length).toBeGreaterThan(1);

    const table = db.table('costSheets');
    const original = table.bulkPut.bind(table);
    const N = 1;
    // Writes the first N cost sheets, then the disk "fails".
    const spy = vi.spyOn(table, 'bulkPut').mockImplementation((async (rows: object[]) => {
      await original(rows.slice(0, N));
      throw new Error(`Schreibfehler bei Datensatz ${N + 1}`);
    }) as never);
    await expect(restorePrepared(db, prepared)).rejects.toThrow(`Schreibfehler bei Datensatz ${N + 1}`);
    expect(spy).toHaveBeenCalledOnce();
    vi.restoreAllMocks();
    expect(await readAllTables(db)).toEqual(before);
  });

  it('a record that cannot be stored (duplicate unique key) aborts the whole restore', async () => {
    const { db } = await workspaceWithCosts();
    const backup = JSON.parse((await workspaceBackup(db, 'manuell')).content);
    const parties = backup.tables.parties;
    // Same seedKey (a unique index) under another id: the parser cannot see it, IndexedDB refuses it.
    parties.push({ ...parties[0], id: 'zweite-unna' });
    backup.counts.parties = parties.length;
    const text = backupText(backup, { tables: backup.tables });
    const before = await readAllTables(db);
    await expect(restorePrepared(db, await prepareRestore('x.json', text))).rejects.toThrow();
    expect(await readAllTables(db)).toEqual(before);
  });
});

describe('bad files are refused with a German message and nothing is written', () => {
  it('refuses foreign, damaged, truncated and newer files', async () => {
    const { db } = await workspaceWithCosts();
    const good = await workspaceBackup(db, 'manuell');
    const parsed = JSON.parse(good.content);
    const variant = (change: (d: Record<string, unknown>) => void) => {
      const d = structuredClone(parsed);
      change(d);
      return JSON.stringify(d);
    };
    const cases: [string, string, RegExp][] = [
      ['leer', '', /keine vollständige JSON-Datei/],
      ['abgeschnitten', good.content.slice(0, good.content.length / 2), /keine vollständige JSON-Datei/],
      ['fremd', JSON.stringify({ name: 'Einkaufsliste', items: [1, 2] }), /keine Sicherung des IKZ-Planers/],
      ['liste', '[1,2,3]', /keine Sicherung/],
      ['dexie', JSON.stringify({ formatName: 'dexie', formatVersion: 1, data: {} }), /keine Sicherung/],
      ['neuere Datenbank', variant((d) => (d.schemaVersion = CURRENT_SCHEMA_VERSION + 1)), /neueren Version.*neueste Version/],
      ['neueres Format', variant((d) => (d.formatVersion = 2)), /neueren Version/],
      ['Zählung falsch', variant((d) => ((d.counts as Record<string, number>).proposals! += 1)), /unvollständig oder beschädigt/],
      ['unbekannte Tabelle', variant((d) => ((d.tables as Record<string, unknown>).__proto__x = [])), /unbekannte Tabelle/],
      ['__proto__', good.content.replace('"tables":{', '"tables":{"__proto__":[],'), /unbekannte Tabelle „__proto__“/],
      ['constructor', good.content.replace('"tables":{', '"tables":{"constructor":[{"id":"x"}],'), /unbekannte Tabelle „constructor“/],
      ['Tabelle kein Array', variant((d) => ((d.tables as Record<string, unknown>).proposals = { a: 1 })), /beschädigt/],
      ['ohne Kennung', variant((d) => ((d.tables as Record<string, unknown[]>).proposals![0] = { title: 'x' })), /ohne Kennung/],
      [
        'doppelte Kennung',
        variant((d) => (d.tables as Record<string, unknown[]>).parties!.push((d.tables as Record<string, unknown[]>).parties![0])),
        /zweimal/,
      ],
      ['Kopf kaputt', variant((d) => (d.createdAt = 'gestern')), /Kopfzeile/],
      ['Export neuer', JSON.stringify({ database: 'ikz-planer', version: (CURRENT_SCHEMA_VERSION + 1) * 10, tables: {} }), /neueren Version/],
      ['Export unvollständig', JSON.stringify({ database: 'ikz-planer', version: 50, tables: {}, unreadable: ['costLines'] }), /unvollständig/],
    ];
    const before = await readAllTables(db);
    const backups = (await platform.listBackups()).length;
    for (const [label, text, message] of cases) {
      const error = await prepareRestore('datei.json', text).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, label).toBeInstanceOf(UserFacingError);
      expect((error as Error).message, label).toMatch(message);
      expect((error as Error).message, label).toMatch(/Es wurde nichts verändert\.$/);
    }
    expect(await readAllTables(db)).toEqual(before);
    expect((await platform.listBackups()).length).toBe(backups);
  });
});

describe('automatic backups', () => {
  it('before an import: a backup with reason vor-import and the current counts', async () => {
    const { db } = await workspaceWithCosts();
    const { name } = await backupBeforeImport(db);
    const entry = (await platform.listBackups()).find((b) => b.name === name)!;
    expect(entry.header).toMatchObject({ reason: 'vor-import', counts: { proposals: await db.proposals.count(), costLines: await db.costLines.count() } });
  });

  it('at start at most once a day', async () => {
    const { db } = await workspaceWithCosts();
    const day = new Date('2031-05-05T08:00:00');
    expect(await backupAtStartIfDue(db, day)).toBe(true);
    expect(await backupAtStartIfDue(db, new Date('2031-05-05T17:00:00'))).toBe(false);
    expect(await backupAtStartIfDue(db, new Date('2031-05-06T08:00:00'))).toBe(true);
  });

  it('a failed backup is a German UserFacingError, and a restore does not start without it', async () => {
    const { db } = await workspaceWithCosts();
    const prepared = await prepareRestore('x.json', (await workspaceBackup(db, 'manuell')).content);
    await newTitle(db, 'Bleibt');
    const before = await readAllTables(db);
    vi.spyOn(platform, 'writeBackup').mockRejectedValue(new Error("Error invoking remote method 'backup:write': Error: Die Sicherung ist größer als 100 MB"));
    await expect(createBackup(db, 'manuell')).rejects.toThrow(/größer als 100 MB.*nichts verändert/);
    await expect(restorePrepared(db, prepared)).rejects.toBeInstanceOf(UserFacingError);
    expect(await readAllTables(db)).toEqual(before);
  });
});

describe('fixtures for the upgrade path', () => {
  it('databaseAtVersion writes a database at that version', async () => {
    const old = databaseAtVersion(`v1-${Math.random()}`, 1);
    await old.open();
    await writeTables(old, fixtureTables(1));
    expect(old.verno).toBe(1);
    expect(await old.table('proposals').count()).toBe(2);
    old.close();
  });
});
