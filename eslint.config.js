import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/*
 * The pipeline's layers, lowest first. A module may import its own layer and the layers below
 * it, never one above: collect → load → model → rules → config → engine → report → github →
 * the entry points. The shared leaves (findings, choice, version, project name, the young generation's cap, data tables) import no layer.
 * `npm run lint` fails on an upward import (__tests__/lint/layers.test.ts proves it).
 */
const LEAVES = ['./src/findings.ts', './src/choice.ts', './src/version.ts', './src/project.ts', './src/young-generation.ts', './src/data'];
export const LAYERS = ['collect', 'load', 'model', 'rules', 'config', 'engine', 'report', 'github'];
const ENTRY_POINTS = ['./src/cli.ts', './src/main.ts', './src/index.ts'];
const above = (i) => [...LAYERS.slice(i + 1).map((l) => `./src/${l}`), ...ENTRY_POINTS];
const layerZones = [
  ...LEAVES.map((target) => ({ target, from: above(-1), message: 'shared leaf modules import no pipeline layer.' })),
  ...LAYERS.map((layer, i) => ({
    target: `./src/${layer}`,
    from: above(i),
    message: `src/${layer} may import only ${['shared leaves', ...LAYERS.slice(0, i + 1)].join(', ')} (layers run ${LAYERS.join(' → ')}); move the shared type down instead.`,
  })),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    // Sources import `./x.js` for `./x.ts` (NodeNext), so the resolver maps the extension.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensionAlias: { '.js': ['.ts', '.js'] } })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    // Rules are pure functions of the model: no I/O, no runner, no network.
    files: ['src/rules/**/*.ts', 'src/model/**/*.ts', 'src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['node:fs', 'fs', 'node:child_process', 'child_process', '@actions/core', '@actions/github'],
          patterns: ['@octokit/*'],
        },
      ],
    },
  },
  {
    files: ['__tests__/**/*.ts', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
