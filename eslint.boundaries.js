/**
 * The renderer's layers as ESLint sees them (DESIGN.md, "One picture"): arrows only
 * point down. features → charts/ui → state → data → domain; platform is the only door
 * to Electron; a feature reaches another feature only through its index.ts.
 * test/architecture/boundaries.test.ts lints violating fixtures against this.
 */
import boundaries from 'eslint-plugin-boundaries';

const elements = [
  { type: 'domain', pattern: 'renderer/domain' },
  { type: 'data', pattern: 'renderer/data' },
  { type: 'state', pattern: 'renderer/state' },
  { type: 'platform', pattern: 'renderer/platform' },
  { type: 'i18n', pattern: 'renderer/i18n' },
  { type: 'ui', pattern: 'renderer/ui' },
  { type: 'charts', pattern: 'renderer/charts' },
  { type: 'feature', pattern: 'renderer/features/*', capture: ['name'] },
  // The composition root (main.tsx, App.tsx, Bootstrap.tsx, theme.ts) wires everything.
  { type: 'app', pattern: 'renderer/*.{ts,tsx}', mode: 'file' },
];

/** Which layers each layer may import (besides itself). */
const MAY_IMPORT = {
  domain: [],
  data: ['domain', 'platform'],
  state: ['data', 'domain', 'platform'],
  platform: ['domain'],
  i18n: ['domain'],
  ui: ['state', 'domain', 'platform', 'i18n'],
  charts: ['ui', 'domain', 'i18n'],
  feature: ['charts', 'ui', 'state', 'data', 'domain', 'platform', 'i18n'],
  app: ['feature', 'charts', 'ui', 'state', 'data', 'domain', 'platform', 'i18n'],
};

const anyOf = (types) => ({ to: { element: { types: { anyOf: types } } } });

const policies = [
  ...Object.entries(MAY_IMPORT)
    .filter(([type]) => type !== 'feature')
    .map(([type, targets]) => ({ from: { element: { type } }, allow: anyOf([type, ...targets]) })),
  { from: { element: { type: 'feature' } }, allow: anyOf(MAY_IMPORT.feature) },
  // Inside one feature anything goes; another feature only through its public index.
  { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'feature', captured: { name: '{{from.element.captured.name}}' } } } } },
  { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'feature', fileInternalPath: 'index.{ts,tsx}' } } } },
];

export const boundariesConfig = {
  files: ['renderer/**/*.{ts,tsx}'],
  plugins: { boundaries },
  settings: {
    'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    'boundaries/elements': elements,
    'boundaries/legacy-warnings': false,
  },
  rules: {
    'boundaries/dependencies': ['error', { default: 'disallow', policies }],
  },
};
