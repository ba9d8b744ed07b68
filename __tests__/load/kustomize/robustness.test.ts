/**
 * Hostile or broken kustomizations never end the review: each becomes a finding (or nothing),
 * and the other roots still build.
 */
import fc from 'fast-check';
import { buildKustomizations } from '../../../src/load/kustomize/index.js';
import { loadFile } from '../../../src/load/yaml.js';

const DEPLOYMENT = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: a}]\n';
const build = (files: Record<string, string>) => buildKustomizations(Object.entries(files).map(([path, text]) => loadFile({ path, text })));
const GOOD = { 'good/kustomization.yaml': 'resources: [d.yaml]\n', 'good/d.yaml': DEPLOYMENT };

test.each([
  ['a kustomization that is a list', '- a\n- b\n'],
  ['resources as a map', 'resources: {a: b}\n'],
  ['its own directory as a resource', 'resources: [.]\n'],
  ['a resource outside the tree', 'resources: [../../../../etc/passwd]\n'],
  ['patches of every wrong shape', 'resources: [d.yaml]\npatches: [1, {path: 3}, {patch: "- op: add"}, {target: {name: "("}, patch: "a: b"}]\n'],
  [
    'a JSON patch at the root and an unknown op',
    'resources: [d.yaml]\npatchesJson6902:\n  - {target: {kind: Deployment}, patch: "[{op: replace, path: \\"\\", value: 1}]"}\n  - {target: {kind: Deployment}, patch: "[{op: frob, path: /spec}]"}\n',
  ],
  ['a strategic patch that is a scalar', 'resources: [d.yaml]\npatchesStrategicMerge: ["just text"]\n'],
  ['images and replicas of the wrong types', 'resources: [d.yaml]\nimages: [1, {name: 2}]\nreplicas: [{name: web}]\n'],
  ['a namespace that is a map, labels that are a list', 'resources: [d.yaml]\nnamespace: {a: b}\ncommonLabels: [a]\nlabels: [{pairs: 3}]\n'],
])('%s: a finding or nothing, never a throw, and the good root still builds', (_, text) => {
  const result = build({ ...GOOD, 'bad/kustomization.yaml': text, 'bad/d.yaml': DEPLOYMENT });
  expect(result.roots.find((r) => r.dir === 'good')?.how).toBe('native');
  for (const f of result.findings) expect(f.startLine).toBeGreaterThanOrEqual(1);
});

test('random kustomization-shaped input never throws', () => {
  const scalarish = fc.oneof(
    fc.constantFrom('d.yaml', '../bad', '../missing', '.', 'x', '', 'https://example.com/x', 'Deployment', 'web', '/spec'),
    fc.integer(),
    fc.boolean(),
  );
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      scalarish,
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('name', 'kind', 'path', 'patch', 'target', 'op', 'value', 'spec', '$patch'), tie('node'), { maxKeys: 3 }),
    ),
  })).node;
  const field = fc.constantFrom(
    'resources',
    'components',
    'patches',
    'patchesStrategicMerge',
    'patchesJson6902',
    'namespace',
    'namePrefix',
    'commonLabels',
    'labels',
    'images',
    'replicas',
    'configMapGenerator',
  );
  fc.assert(
    fc.property(fc.dictionary(field, value, { maxKeys: 5 }), (kustomization) => {
      const result = build({ ...GOOD, 'bad/kustomization.yaml': JSON.stringify(kustomization), 'bad/d.yaml': DEPLOYMENT });
      expect(result.roots.find((r) => r.dir === 'good')?.how).toBe('native');
    }),
    { numRuns: 300 },
  );
});
