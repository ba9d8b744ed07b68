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
