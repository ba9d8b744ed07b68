/** `kustomize.roots` in the config: read, validated at its line, and applied to the review. */
import { parseConfig } from '../../../src/config/load.js';
import { loadTree, runRules } from '../../../src/engine/review.js';
import { rootSelected } from '../../../src/load/kustomize/index.js';

const PATH = '.github/manifest-review.yaml';

test('roots are read as written; a wrong type is an invalid-config finding at its line and the rest of the config holds', () => {
  expect(parseConfig({ path: PATH, text: "kustomize:\n  roots: ['deploy/overlays/prod', 'apps/*/overlays/*']\n" }).config.kustomize).toEqual({
    roots: ['deploy/overlays/prod', 'apps/*/overlays/*'],
  });
  const bad = parseConfig({ path: PATH, text: 'paths:\n  exclude: [legacy/**]\nkustomize:\n  roots: deploy/prod\n' });
  expect(bad.findings.map((f) => `${f.rule}:${f.startLine}`)).toEqual(['input/invalid-config:4']);
  expect(bad.config.kustomize).toBeUndefined();
  expect(bad.config.paths.exclude).toEqual(['legacy/**']);
  expect(parseConfig({ path: PATH, text: 'kustomize:\n  root: [a]\n' }).findings.map((f) => f.rule)).toEqual(['input/invalid-config']);
});

test('a root is selected by its directory or a glob of directories', () => {
  expect(rootSelected('deploy/overlays/prod', ['deploy/overlays/prod/'])).toBe(true);
  expect(rootSelected('apps/web/overlays/prod', ['apps/*/overlays/*'])).toBe(true);
  expect(rootSelected('apps/web/overlays/prod', ['apps/**'])).toBe(true);
  expect(rootSelected('apps/web/overlays/prod', ['apps/*/overlays/dev'])).toBe(false);
  expect(rootSelected('anything', undefined)).toBe(true);
});

test('the config of the review decides which roots are built', () => {
  const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: a}]\n';
  const sources = [
    { path: 'base/kustomization.yaml', text: 'resources: [d.yaml]\n' },
    { path: 'base/d.yaml', text: deployment },
    { path: 'dev/kustomization.yaml', text: 'resources: [../base]\nnamePrefix: dev-\n' },
    { path: 'prod/kustomization.yaml', text: 'resources: [../base]\nnamePrefix: prod-\n' },
  ];
  const { config } = parseConfig({ path: PATH, text: 'kustomize:\n  roots: [prod]\n' });
  const tree = loadTree(sources, [], undefined, { config });
  expect(tree.model.workloads.map((w) => w.name)).toEqual(['prod-web']);
  expect(
    runRules(tree)
      .filter((f) => f.rule === 'memory-budget/missing-memory')
      .map((f) => f.message),
  ).toEqual([expect.stringContaining('(holds in the Kustomize build of prod)')]);
});
