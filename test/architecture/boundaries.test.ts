/**
 * The layering is enforced by ESLint (eslint.boundaries.js and the import restrictions in
 * eslint.config.js). Each fixture under test/fixtures/boundaries names the renderer path
 * it pretends to live at; it is linted there with the project's own configuration.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const FIXTURES = path.resolve('test/fixtures/boundaries');
const eslint = new ESLint({ cwd: path.resolve('.') });

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.fixture.ts'))
  .map((file) => {
    const code = readFileSync(path.join(FIXTURES, file), 'utf8');
    const lintAs = /^\/\/ lint-as: (\S+)/m.exec(code)?.[1];
    if (!lintAs) throw new Error(`${file}: first line must be "// lint-as: renderer/…"`);
    return { file, code, lintAs, allowed: file.startsWith('allowed-') };
  });

async function importErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.resolve(filePath) });
  return result!.messages
    .filter((m) => m.ruleId === 'boundaries/dependencies' || m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

// Loading ESLint and its TypeScript parser takes seconds on a busy machine.
describe('layer boundaries', { timeout: 60_000 }, () => {
  it('has fixtures of both kinds', () => {
    expect(fixtures.filter((f) => f.allowed).length).toBeGreaterThan(0);
    expect(fixtures.filter((f) => !f.allowed).length).toBeGreaterThanOrEqual(6);
  });

  for (const fixture of fixtures) {
    it(`${fixture.allowed ? 'allows' : 'refuses'} ${fixture.file.replace('.fixture.ts', '')} (${fixture.lintAs})`, async () => {
      const errors = await importErrors(fixture.code, fixture.lintAs);
      if (fixture.allowed) expect(errors).toEqual([]);
      else expect(errors.length, 'expected the import to be refused').toBeGreaterThan(0);
    });
  }
});
