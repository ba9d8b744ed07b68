import { derivedOf } from '../../src/model/build.js';
import type { LoadedTree } from '../../src/engine/review.js';
import { changeReviews } from '../helpers/change-review.js';
import type { Tree } from '../helpers/git-repo.js';

// A change's review releases the head's values as it reads them, as a full review does, unless a
// kustomization differs: then the base's builds may read files the head's builds do not name.
// Either way it finds what the review without shortcuts (which releases nothing) finds.

const NOW = new Date('2026-11-25T00:00:00Z');

const cluster =
  'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: east\n  region: us-east-1\n  version: "1.33"\n' +
  'managedNodeGroups:\n  - name: apps\n    instanceType: m5.large\n    minSize: 2\n    maxSize: 10\n    privateNetworking: true\n';
const deployment = (name: string, request: string, limit: string, replicas = 3): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels: {app: ${name}}\n` +
  `  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n        - name: app\n          image: example/${name}:1\n` +
  `          resources:\n            requests: {memory: ${request}}\n            limits: {memory: ${limit}}\n`;

const BASE: Tree = {
  'cluster.yaml': cluster,
  'app/kustomization.yaml': 'resources:\n  - api.yaml\n  - extra.yaml\n',
  'app/api.yaml': deployment('api', '512Mi', '3Gi'),
  // Larger than a node: findings of its own, in the base's build of app/ and, alone, in the head.
  'app/extra.yaml': deployment('extra', '9Gi', '12Gi'),
  'web.yaml': deployment('web', '256Mi', '2Gi'),
};

const review = changeReviews(BASE, NOW);

function released(tree: LoadedTree, path: string): boolean[] {
  return (tree.files.find((f) => f.path === path)?.documents ?? []).map((doc) => derivedOf(doc).released);
}

function expectSameAsExhaustive(results: ReturnType<typeof review>): void {
  for (const { filter, shortcut, exhaustive } of results) {
    const view = (r: typeof shortcut) => ({
      filter,
      findings: r.findings,
      suppressed: r.suppressed,
      unfiltered: r.unfiltered,
      base: r.base?.findings,
    });
    expect(view(shortcut)).toEqual(view(exhaustive));
  }
}

describe("a change's review releases the head's values as read", () => {
  it('when no kustomization differs: the same findings as the review that keeps every value', () => {
    const results = review({ 'web.yaml': deployment('web', '256Mi', '6Gi', 5) });
    expectSameAsExhaustive(results);
    for (const { shortcut, exhaustive } of results) {
      expect(released(shortcut.tree, 'web.yaml')).toEqual([true]);
      expect(released(exhaustive.tree, 'web.yaml')).toEqual([false]);
      // The base builds app/ from the head's files, whose values the head's build also needed.
      expect(released(shortcut.tree, 'app/extra.yaml')).toEqual([false]);
    }
    const base = results.find((r) => r.filter === 'all')?.shortcut.base?.findings ?? [];
    expect(base.some((f) => f.rule === 'memory-budget/pod-exceeds-node' && f.path === 'app/extra.yaml' && f.object?.name === 'extra')).toBe(true);
  });

  it('not when a kustomization differs: the base builds from a file the head reads alone', () => {
    const results = review({ 'app/kustomization.yaml': 'resources:\n  - api.yaml\n' });
    expectSameAsExhaustive(results);
    for (const { shortcut } of results) expect(released(shortcut.tree, 'app/extra.yaml')).toEqual([false]);
    // The base's build of app/ reads extra.yaml's values: released, its Deployment would have no pod to find too large.
    const base = results.find((r) => r.filter === 'all')?.shortcut.base?.findings ?? [];
    expect(base.some((f) => f.rule === 'memory-budget/pod-exceeds-node' && f.path === 'app/extra.yaml' && f.object?.name === 'extra')).toBe(true);
  });
});
