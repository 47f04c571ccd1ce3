import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noRawIpc = {
  selector: "ImportSpecifier[imported.name=/^ipc(Renderer|Main)$/]",
  message: 'ipcRenderer/ipcMain only in electron/preload.ts and electron/ipc/handle.ts (use the typed wrappers).',
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', noRawIpc],
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
        { patterns: [{ group: ['react', 'react-*', 'dexie', 'dexie-*', 'electron', '@mantine/*', '../data/*', '../features/*', '../platform/*'], message: 'domain/ is pure TypeScript.' }] },
      ],
    },
  },
  {
    // The two places allowed to touch raw IPC.
    files: ['electron/preload.ts', 'electron/ipc/handle.ts', 'electron/main.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
