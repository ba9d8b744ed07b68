/**
 * A pull request on a Kustomize tree: what an overlay change does to a base object is
 * reported, and the change review's shortcuts give exactly the exhaustive review's findings.
 */
import { rmSync } from 'node:fs';
import { reviewChange } from '../../../src/engine/change.js';
import { FILTER_MODES } from '../../../src/engine/filter.js';
import { makeRepo, type TempRepo } from '../../helpers/git-repo.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const CLUSTER = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: prod, region: us-east-1, version: "1.31"}
nodeGroups:
  - {name: small, instanceType: t3.small, desiredCapacity: 2, labels: {pool: small}, privateNetworking: true}
  - {name: big, instanceType: m5.xlarge, desiredCapacity: 2, labels: {pool: big}, privateNetworking: true}
`;
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: app
          image: example/app:1
          resources:
            requests: {memory: 3Gi}
            limits: {memory: 3Gi}
`;
const pin = (pool: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      nodeSelector: {pool: ${pool}}\n`;
const BASE_TREE = {
  'cluster.yaml': CLUSTER,
  'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
  'base/deployment.yaml': DEPLOYMENT,
  'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches:\n  - path: pin.yaml\n',
  'overlays/prod/pin.yaml': pin('big'),
  'overlays/dev/kustomization.yaml': 'resources: [../../base]\n',
  'apps/other.yaml': DEPLOYMENT.replace('name: web', 'name: other').replace(/3Gi/g, '512Mi'),
};

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) rmSync(r.dir, { recursive: true, force: true });
});

function change(head: Record<string, string | null>): TempRepo {
  const repo = makeRepo(BASE_TREE, head);
  repos.push(repo);
  return repo;
}

test('an overlay patch that pins the base Deployment to the small nodes: reported as new, at the base memory line, naming the overlay', () => {
  const repo = change({ 'overlays/prod/pin.yaml': pin('small') });
  const result = reviewChange({ cwd: repo.dir, baseRef: repo.baseSha, filter: 'new', now: NOW });
  expect(result.findings.map((f) => `${f.rule} ${f.path}`)).toEqual(['memory-budget/pod-exceeds-node base/deployment.yaml']);
  expect(result.findings[0]?.message).toContain('(holds in the Kustomize build of overlays/prod)');
});

test.each([
  ['a patch edit', { 'overlays/prod/pin.yaml': pin('small') }],
  ['a base edit', { 'base/deployment.yaml': DEPLOYMENT.replace(/3Gi/g, '24Gi') }],
  ['an unrelated file', { 'apps/other.yaml': DEPLOYMENT.replace('name: web', 'name: other').replace(/3Gi/g, '20Gi') }],
  ['a new overlay', { 'overlays/qa/kustomization.yaml': 'resources: [../../base]\npatches: [{path: pin.yaml}]\n', 'overlays/qa/pin.yaml': pin('small') }],
  ['a patch dropped from its kustomization (it stays a patch file)', { 'overlays/prod/kustomization.yaml': 'resources: [../../base]\n' }],
  // The head has no kustomization left, the base builds from files both revisions share (loaded once).
  ['every kustomization removed', { 'base/kustomization.yaml': null, 'overlays/prod/kustomization.yaml': null, 'overlays/dev/kustomization.yaml': null }],
] as const)('%s: the shortcuts give the exhaustive review’s findings under every filter', (_, head) => {
  const repo = change(head);
  for (const filter of FILTER_MODES) {
    const options = { cwd: repo.dir, baseRef: repo.baseSha, filter, now: NOW };
    const fast = reviewChange(options);
    const reference = reviewChange({ ...options, exhaustive: true });
    expect(fast.findings).toEqual(reference.findings);
    expect(fast.unfiltered).toEqual(reference.unfiltered);
  }
});

test('every kustomization removed: the base still builds from the values of the files both revisions share', () => {
  // The head reads pin.yaml on its own, and the base, which shares its loaded file, patches its
  // Deployment with it: a head that released what no rule reads of it (src/model/release.ts: a
  // pod's nodeSelector among them) would lose the pin in the base, and report the finding as new.
  const repo = makeRepo(
    {
      'cluster.yaml': CLUSTER,
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'base/deployment.yaml': DEPLOYMENT,
      'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches:\n  - path: pin.yaml\n',
      'overlays/prod/pin.yaml': pin('small'),
    },
    {
      'base/kustomization.yaml': null,
      'overlays/prod/kustomization.yaml': null,
      'base/deployment.yaml': DEPLOYMENT.replace('    spec:\n      containers:', '    spec:\n      nodeSelector: {pool: small}\n      containers:'),
    },
  );
  repos.push(repo);
  const options = { cwd: repo.dir, baseRef: repo.baseSha, filter: 'new' as const, now: NOW };
  const reference = reviewChange({ ...options, exhaustive: true });
  // Pinned to the small nodes in both revisions: found in the head, but not new.
  expect(reference.unfiltered.map((f) => `${f.rule} ${f.path}`)).toContain('memory-budget/pod-exceeds-node base/deployment.yaml');
  expect(reference.findings.map((f) => f.rule)).not.toContain('memory-budget/pod-exceeds-node');
  expect(reviewChange(options).findings).toEqual(reference.findings);
});
