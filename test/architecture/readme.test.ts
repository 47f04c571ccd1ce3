/** The README's folder table is what a newcomer reads first: it must match the tree. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const table = readme.slice(readme.indexOf('## Folders'));
const rows = table.split('\n').filter((l) => l.startsWith('| `'));
const named = rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));

describe('README folder table', () => {
  it('names only folders and files that exist', () => {
    expect(named.length).toBeGreaterThan(10);
    for (const path of named) expect(existsSync(path.replace(/\/$/, '')), path).toBe(true);
  });

  it('names every folder of renderer/ and every test folder', () => {
    const rendererFolders = readdirSync('renderer').filter((f) => statSync(`renderer/${f}`).isDirectory());
    for (const folder of rendererFolders) expect(named, `renderer/${folder}/`).toContain(`renderer/${folder}/`);
    const testRow = rows.find((r) => r.startsWith('| `test/`'))!;
    const testFolders = readdirSync('test').filter((f) => statSync(`test/${f}`).isDirectory());
    for (const folder of testFolders) expect(testRow, folder).toContain(`\`${folder}\``);
  });
});
