import { targetsOf, targetsOfEach } from '../../../src/rules/version-skew/_versions.js';
import type { Model, Scope } from '../../../src/model/types.js';
import { treeOf } from '../../helpers/review.js';
import { eksctlCluster } from './_clusters.js';

const ingress = (name: string): string =>
  `apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: ${name}\nspec:\n  backend:\n    serviceName: web\n    servicePort: 80\n`;

// Two clusters in sibling directories, a manifest beside each, one at the root (near both), and a
// directory whose cluster has no version.
const tree = treeOf({
  'a/cluster.yaml': eksctlCluster('1.21'),
  'a/ingress.yaml': ingress('in-a'),
  'b/cluster.yaml': eksctlCluster('1.25'),
  'b/ingress.yaml': ingress('in-b'),
  'c/cluster.yaml': 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: unversioned\n  region: eu-west-1\n',
  'c/ingress.yaml': ingress('in-c'),
  'ingress.yaml': ingress('at-root'),
});

describe('targetsOfEach', () => {
  it("answers for every manifest what targetsOf answers for it alone, in the scopes' order", () => {
    const manifests = tree.model.manifests;
    const each = targetsOfEach(tree.model, manifests, 'manifests');
    for (const manifest of manifests) expect(each.get(manifest)).toEqual(targetsOf(tree.model, manifest, 'manifests'));
    // The tree holds what the answers differ by: a manifest of several clusters, one of none with a version.
    const totals = manifests.map((m) => each.get(m)?.total ?? 0);
    expect(Math.max(...totals)).toBeGreaterThan(1);
    expect(manifests.some((m) => each.get(m)?.total === 1 && each.get(m)?.known.length === 0)).toBe(true);
  });

  it('counts a scope once for an object it lists twice, as a set of its members did', () => {
    const scopes = tree.model.scopes.map((scope): Scope => ({ ...scope, manifests: [...scope.manifests, ...scope.manifests] }));
    const doubled = { ...tree.model, scopes } as Model;
    for (const manifest of tree.model.manifests) {
      expect(targetsOfEach(doubled, [manifest], 'manifests').get(manifest)).toEqual(targetsOf(tree.model, manifest, 'manifests'));
    }
  });

  it('answers an object no scope holds with no clusters', () => {
    const stranger = { ...tree.model.manifests[0] } as (typeof tree.model.manifests)[number];
    expect(targetsOfEach(tree.model, [stranger], 'manifests').get(stranger)).toEqual({ known: [], total: 0 });
  });
});

describe('targetsOfEach over workloads', () => {
  const daemonSet = (name: string): string =>
    `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n        - name: c\n          image: i\n`;
  // Enough workloads for both ways of looking: each searched for in every scope's list (a few), and
  // one walk over the lists (many).
  const files: Record<string, string> = {
    'a/cluster.yaml': eksctlCluster('1.21'),
    'b/cluster.yaml': eksctlCluster('1.25'),
    'c/cluster.yaml': 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: unversioned\n  region: eu-west-1\n',
  };
  for (let i = 0; i < 6; i++) {
    files[`a/ds-${i}.yaml`] = daemonSet(`in-a-${i}`);
    files[`c/ds-${i}.yaml`] = daemonSet(`in-c-${i}`);
    files[`ds-${i}.yaml`] = daemonSet(`at-root-${i}`);
  }
  const workloadTree = treeOf(files);
  const workloads = workloadTree.model.workloads;

  it('answers a few workloads and many alike, as targetsOf does for each alone', () => {
    expect(workloads.length).toBe(18);
    const each = targetsOfEach(workloadTree.model, workloads, 'workloads');
    for (const few of [workloads.slice(0, 1), workloads.slice(0, 3), workloads.filter((w) => w.name.startsWith('at-root'))]) {
      const answers = targetsOfEach(workloadTree.model, few, 'workloads');
      for (const w of few) expect([w.name, answers.get(w)]).toEqual([w.name, targetsOf(workloadTree.model, w, 'workloads')]);
    }
    for (const w of workloads) expect([w.name, each.get(w)]).toEqual([w.name, targetsOf(workloadTree.model, w, 'workloads')]);
    // What the answers differ by: a workload of several clusters, one of a cluster without a version.
    expect(Math.max(...workloads.map((w) => each.get(w)?.total ?? 0))).toBe(3);
    expect(workloads.some((w) => each.get(w)?.total === 1 && each.get(w)?.known.length === 0)).toBe(true);
  });

  it('counts a scope once for a workload it lists twice, a few asked about or many', () => {
    const scopes = workloadTree.model.scopes.map((scope): Scope => ({ ...scope, workloads: [...scope.workloads, ...scope.workloads] }));
    const doubled = { ...workloadTree.model, scopes } as Model;
    const many = targetsOfEach(doubled, workloads, 'workloads');
    for (const w of workloads) {
      const alone = targetsOf(workloadTree.model, w, 'workloads');
      expect(targetsOfEach(doubled, [w], 'workloads').get(w)).toEqual(alone);
      expect(many.get(w)).toEqual(alone);
    }
  });
});
