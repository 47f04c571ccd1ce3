import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundariesConfig } from './eslint.boundaries.js';

const noRawIpc = {
  selector: 'ImportSpecifier[imported.name=/^ipc(Renderer|Main)$/]',
  message: 'ipcRenderer/ipcMain only in electron/preload.ts and electron/ipc/handle.ts (use the typed wrappers).',
};

// One write path (renderer/data/commands.ts): Dexie writes anywhere else in the renderer
// would skip revisions, the change log and tombstones.
const WRITE = '/^(put|add|bulkPut|bulkAdd|delete|bulkDelete|update|bulkUpdate|modify|clear)$/';
const writeOutsideCommands = [
  {
    selector: `CallExpression[callee.property.name=${WRITE}][callee.object.type='MemberExpression'][callee.object.object.name='db']`,
    message: 'Writes go through runCommand (renderer/data/commands.ts): it keeps revisions, the change log and tombstones.',
  },
  {
    selector: "CallExpression[callee.property.name=/^(delete|modify)$/][callee.object.type='CallExpression']",
    message: 'Collection deletes/modifies go through runCommand (renderer/data/commands.ts), so every deleted record leaves a tombstone.',
  },
];

// Money is turned into text in one module only (renderer/domain/money.ts).
const moneyOutsideModule = [
  { selector: "Property[key.name='currency']", message: 'Money is formatted in renderer/domain/money.ts only, so a figure reads the same everywhere.' },
];

// Mantine's „dimmed“ grey is below WCAG's 4.5:1 on white: axe failed CI three times on it
// (a hint, a toast, a list note). Secondary text uses gray.7 (theme.ts).
const dimmedText = [
  {
    selector: "JSXAttribute[name.name=/^(c|color)$/][value.value='dimmed']",
    message: 'c="dimmed" fails the contrast check (axe, WCAG AA); use c="gray.7" for secondary text.',
  },
];

export default tseslint.config(
  { ignores: ['test/fixtures/boundaries/**', 'dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noRawIpc],
      // Small files with one job (DESIGN.md, "Habits"): past this, split by responsibility.
      'max-lines': ['error', { max: 250, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches Electron only through the preload bridge in renderer/platform.' }],
          patterns: [{ group: ['**/electron/**'], message: 'Only renderer/platform may know about Electron.' }],
        },
      ],
    },
  },
  boundariesConfig,
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/data/commands.ts', 'renderer/data/schemaVersions.ts', 'renderer/data/upgrade*.ts', 'renderer/domain/money.ts'],
    rules: { 'no-restricted-syntax': ['error', noRawIpc, ...writeOutsideCommands, ...moneyOutsideModule, ...dimmedText] },
  },
  {
    files: ['renderer/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The renderer reaches Electron only through the preload bridge.' }] }],
    },
  },
  {
    files: ['renderer/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'dexie', 'dexie-*', 'electron', '@mantine/*', '../data/*', '../features/*', '../platform/*'],
              message: 'domain/ is pure TypeScript.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/data/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches Electron only through renderer/platform.' }],
          patterns: [
            {
              group: ['react', 'react-*', 'dexie-react-hooks', '@mantine/*'],
              message: 'data/ runs without React (hooks and contexts live in renderer/state).',
            },
          ],
        },
      ],
    },
  },
  {
    // The two places allowed to touch raw IPC.
    files: ['electron/preload.ts', 'electron/ipc/handle.ts', 'electron/main.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
