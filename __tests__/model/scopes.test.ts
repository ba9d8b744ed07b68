import { treeOf } from '../helpers/review.js';
import { scopeManifestsOfKinds, scopeManifestsWhere, scopesManifestsAmong } from '../../src/model/scopes.js';
import type { Manifest } from '../../src/model/types.js';
import { loadTree } from '../../src/engine/review.js';
import { configOf } from '../helpers/config.js';

const cluster = (name: string, version: string): string =>
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: ${name}\n  region: us-east-1\n  version: "${version}"\nnodeGroups:\n  - name: ng-${name}\n    instanceType: m5.large\n`;
const deployment = (name: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers: [{name: c}]\n`;

describe('scopes: which cluster an object belongs to', () => {
  test('with one cluster, everything in the repo belongs to it', () => {
    const { model } = treeOf({ 'infra/cluster.yaml': cluster('prod', '1.29'), 'apps/web/deploy.yaml': deployment('web') });
    expect(model.scopes).toHaveLength(1);
    expect(model.scopes[0]?.cluster?.name).toBe('prod');
    expect(model.scopes[0]?.workloads.map((w) => w.name)).toEqual(['web']);
  });

  test('with several clusters, objects join the nearest cluster by directory', () => {
    const { model } = treeOf({
      'clusters/prod/cluster.yaml': cluster('prod', '1.29'),
      'clusters/prod/apps/web.yaml': deployment('web'),
      'clusters/staging/cluster.yaml': cluster('staging', '1.30'),
      'clusters/staging/apps/api.yaml': deployment('api'),
    });
    const byCluster = Object.fromEntries(model.scopes.map((s) => [s.cluster?.name, s.workloads.map((w) => w.name)]));
    expect(byCluster).toEqual({ prod: ['web'], staging: ['api'] });
  });

  test('an object equally near to two clusters is checked against both', () => {
    const { model } = treeOf({
      'a/cluster.yaml': cluster('a', '1.29'),
      'b/cluster.yaml': cluster('b', '1.30'),
      'shared.yaml': deployment('shared'),
    });
    expect(model.scopes.map((s) => s.workloads.map((w) => w.name))).toEqual([['shared'], ['shared']]);
  });

  test("a glob claims one file of a directory and its sibling goes by proximity; a directory's files share one choice", () => {
    const files = {
      'a/cluster.yaml': cluster('a', '1.29'),
      'b/cluster.yaml': cluster('b', '1.30'),
      'b/apps/one.yaml': deployment('one'),
      'b/apps/two.yaml': deployment('two'),
      'b/apps/claimed.yaml': deployment('claimed'),
      'b/apps/three.yaml': deployment('three'),
    };
    const config = configOf("clusters:\n  - name: c\n    version: '1.31'\n    paths: ['b/apps/claimed.yaml']\n");
    expect(config.findings).toEqual([]);
    const { model } = loadTree(
      Object.entries(files).map(([path, text]) => ({ path, text })),
      config.findings,
      undefined,
      { config: config.config },
    );
    expect(model.scopes.map((s) => [s.cluster?.name, s.workloads.map((w) => w.name)])).toEqual([
      ['a', []],
      ['b', ['one', 'two', 'three']],
      ['c', ['claimed']],
    ]);
    // Nearness is worked out once per directory, after the globs: the claimed file between its siblings stays c's alone.
    const manifests = (name: string): Manifest[] => model.manifests.filter((m) => m.name === name);
    const split = scopesManifestsAmong(model.scopes, new Set(['one', 'two', 'three', 'claimed'].flatMap(manifests)));
    expect(split.map((list) => list.map((m) => m.name))).toEqual([[], ['one', 'two', 'three'], ['claimed']]);
  });

  test('node groups that name their cluster join it wherever their file is', () => {
    const cfnNodeGroup = `Resources:\n  NG:\n    Type: AWS::EKS::Nodegroup\n    Properties:\n      ClusterName: staging\n      InstanceTypes: [m5.large]\n      NodeRole: arn:aws:iam::1:role/r\n      Subnets: [subnet-0abc]\n`;
    const { model } = treeOf({
      'prod/cluster.yaml': cluster('prod', '1.29'),
      'staging/cluster.yaml': cluster('staging', '1.30'),
      'prod/nodegroups.yaml': cfnNodeGroup,
    });
    const staging = model.scopes.find((s) => s.cluster?.name === 'staging');
    expect(staging?.nodeGroups.map((g) => g.name)).toContain('NG');
    expect(model.scopes.find((s) => s.cluster?.name === 'prod')?.nodeGroups.map((g) => g.name)).not.toContain('NG');
  });
});

test('node groups naming a cluster that two folders define join the nearer one', () => {
  const nodeGroup = (cluster: string): string =>
    `Resources:\n  NG:\n    Type: AWS::EKS::Nodegroup\n    Properties:\n      ClusterName: ${cluster}\n      InstanceTypes: [m5.large]\n      NodeRole: arn:aws:iam::1:role/r\n      Subnets: [subnet-0abc]\n`;
  const { model } = treeOf({
    'old/cluster.yaml': cluster('prod', '1.29'),
    'old/nodes.yaml': nodeGroup('prod'),
    'new/cluster.yaml': cluster('prod', '1.30'),
    'new/nodes.yaml': nodeGroup('prod'),
  });
  const files = model.scopes.map((s) => s.nodeGroups.filter((g) => g.name === 'NG').map((g) => g.ref.doc.path));
  expect(files).toEqual([['old/nodes.yaml'], ['new/nodes.yaml']]);
});

describe('scopeManifestsOfKinds: a scope manifests of some kinds, split once per model', () => {
  const configMap = (name: string): string => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata: {}\n`;
  const names = (list: readonly { kind: string; name: string }[]): string[] => list.map((m) => `${m.kind}/${m.name}`);

  /** Two clusters, a Deployment and a ConfigMap near a, a Deployment near b, and one of each at the root (equally near both, so in both scopes). */
  const twoClusters = (): Record<string, string> => ({
    'a/cluster.yaml': cluster('a', '1.29'),
    'a/only-a.yaml': `${deployment('only-a')}---\n${configMap('cm-a')}`,
    'b/cluster.yaml': cluster('b', '1.30'),
    'b/only-b.yaml': deployment('only-b'),
    'both.yaml': `${configMap('cm-both')}---\n${deployment('both')}`,
  });

  test('two clusters, objects in both and in one: each scope gets exactly its own manifests of those kinds, in order', () => {
    const { model } = treeOf(twoClusters());
    expect(model.scopes.map((s) => s.cluster?.name)).toEqual(['a', 'b']);
    for (const scope of model.scopes) {
      for (const kinds of [['Deployment'], ['ConfigMap', 'Deployment'], ['Service']]) {
        expect(names(scopeManifestsOfKinds(scope, kinds))).toEqual(names(scope.manifests.filter((m) => kinds.includes(m.kind))));
      }
    }
    const [a, b] = model.scopes;
    expect(names(scopeManifestsOfKinds(a!, ['Deployment', 'ConfigMap']))).toEqual([
      'Deployment/only-a',
      'ConfigMap/cm-a',
      'ConfigMap/cm-both',
      'Deployment/both',
    ]);
    expect(names(scopeManifestsOfKinds(b!, ['Deployment']))).toEqual(['Deployment/only-b', 'Deployment/both']);
  });

  test('one cluster, and a scope it did not build (a copy): the same answer as filtering', () => {
    const { model } = treeOf({ 'cluster.yaml': cluster('prod', '1.29'), 'web.yaml': deployment('web'), 'cm.yaml': configMap('cm') });
    const [scope] = model.scopes;
    expect(names(scopeManifestsOfKinds(scope!, ['Deployment']))).toEqual(['Deployment/web']);
    expect(names(scopeManifestsOfKinds({ ...scope! }, ['ConfigMap']))).toEqual(['ConfigMap/cm']);
  });

  test('scopeManifestsWhere: the same answer as filtering each scope, each manifest tested once', () => {
    const { model } = treeOf({
      'a/cluster.yaml': cluster('a', '1.29'),
      'a/only-a.yaml': `${deployment('only-a')}---\n${configMap('cm-a')}`,
      'b/cluster.yaml': cluster('b', '1.30'),
      'both.yaml': `${configMap('cm-both')}---\n${deployment('both')}`,
    });
    const tested: string[] = [];
    const named = (m: Manifest): boolean => (tested.push(`${m.kind}/${m.name}`), m.name.includes('only') || m.name.includes('both'));
    for (const scope of model.scopes)
      expect(names(scopeManifestsWhere(scope, named))).toEqual(names(scope.manifests.filter((m) => m.name.includes('only') || m.name.includes('both'))));
    expect(tested).toEqual(model.manifests.map((m) => `${m.kind}/${m.name}`));
    expect(model.scopes.map((s) => names(scopeManifestsWhere(s, named)))).toEqual([
      ['Deployment/only-a', 'ConfigMap/cm-both', 'Deployment/both'],
      ['ConfigMap/cm-both', 'Deployment/both'],
    ]);
  });

  test("scopesManifestsAmong: each scope its manifests among those asked about, whether the scopes are the model's or copies", () => {
    const { model } = treeOf(twoClusters());
    const wanted = new Set(model.manifests.filter((m) => m.name !== 'only-b' && m.name !== 'cm-a'));
    const expected = [
      ['ClusterConfig/a', 'Deployment/only-a', 'ConfigMap/cm-both', 'Deployment/both'],
      ['ClusterConfig/b', 'ConfigMap/cm-both', 'Deployment/both'],
    ];
    expect(scopesManifestsAmong(model.scopes, wanted).map(names)).toEqual(expected);
    expect(model.scopes.map((s) => names(s.manifests.filter((m) => wanted.has(m))))).toEqual(expected);
    // Copies, a part or another order: walked as they are.
    expect(
      scopesManifestsAmong(
        model.scopes.map((s) => ({ ...s })),
        wanted,
      ).map(names),
    ).toEqual(expected);
    expect(scopesManifestsAmong([...model.scopes].reverse(), wanted).map(names)).toEqual([...expected].reverse());
    expect(scopesManifestsAmong(model.scopes.slice(1), wanted).map(names)).toEqual(expected.slice(1));
    // The whole lists, when read, are the same list every time.
    expect(model.scopes[0]?.manifests).toBe(model.scopes[0]?.manifests);
  });
});
