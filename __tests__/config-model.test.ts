import { defineRule } from '../src/rules/types.js';
import type { Scope } from '../src/model/types.js';
import { reviewWithConfig } from './helpers/config.js';
import { corpusText, describeWithCorpus } from './helpers/corpus.js';

const corpus = corpusText;
const CARTSERVICE = corpus('GoogleCloudPlatform__microservices-demo/kubernetes-manifests/cartservice.yaml');
// eksctl examples: cluster-1 (no version stated) and cluster-3 with two node groups.
const EKSCTL_SIMPLE = corpus('eksctl-io__eksctl/examples/01-simple-cluster.yaml');
const EKSCTL_TWO = corpus('eksctl-io__eksctl/examples/03-two-nodegroups.yaml');

function lineOf(yaml: string, needle: string): number {
  return yaml.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

const names = (items: readonly { name: string; ref: { doc: { path: string } } }[]): string[] => items.map((i) => `${i.ref.doc.path}:${i.name}`).sort();

function scopeOf(scopes: readonly Scope[], cluster: string): Scope {
  const scope = scopes.find((s) => s.cluster?.name === cluster);
  if (!scope) throw new Error(`no scope for ${cluster}`);
  return scope;
}

const NODE_GROUP_CONFIG = `clusters:
  - name: prod
    version: 1.30
nodeGroups:
  - name: general
    cluster: prod
    instanceTypes: [c5.large]
    minSize: 1
    maxSize: 3
    labels: { role: web }
    taints: [{ key: dedicated, value: web, effect: NoSchedule }]
    kubelet:
      maxPods: 29
      kubeReserved: { memory: 574Mi }
      systemReserved: { memory: 100Mi }
      evictionHard: { memory.available: 100Mi }
    subnetIds: [subnet-0abc]
`;

describeWithCorpus('clusters and node groups from the config reach the model', () => {
  test('a config node group is a NodeGroup with source config, kubelet in bytes', () => {
    const { tree, config } = reviewWithConfig({ 'apps/cartservice.yaml': CARTSERVICE }, NODE_GROUP_CONFIG);
    expect(config.findings).toEqual([]);
    expect(tree.model.nodeGroups).toHaveLength(1);
    const [group] = tree.model.nodeGroups;
    expect(group).toMatchObject({
      kind: 'NodeGroup',
      name: 'general',
      source: 'config',
      clusterName: 'prod',
      instanceTypes: ['c5.large'],
      minSize: 1,
      maxSize: 3,
      labels: { role: 'web' },
      taints: [{ key: 'dedicated', value: 'web', effect: 'NoSchedule' }],
      kubelet: { maxPods: 29, kubeReservedMemory: 574 * 2 ** 20, systemReservedMemory: 100 * 2 ** 20, evictionHardMemory: '100Mi' },
      managed: false,
      subnets: [{ kind: 'id', id: 'subnet-0abc' }],
    });
    // One cluster: everything shares its scope, the config node group included.
    expect(tree.model.scopes).toHaveLength(1);
    expect(tree.model.scopes[0]?.nodeGroups).toEqual([group]);
    expect(names(tree.model.scopes[0]?.workloads ?? [])).toEqual(['apps/cartservice.yaml:cartservice', 'apps/cartservice.yaml:redis-cart']);
  });

  test('findings about a config node group point at the config file lines', () => {
    const capacity = defineRule({
      id: 'memory-budget/probe-capacity',
      family: 'memory-budget',
      defaultSeverity: 'warning',
      description: 'reports each node group at its maxSize and default position',
      check: ({ model }) =>
        model.nodeGroups.flatMap((g) => [
          { subject: g, at: g.maxSizePath ?? g.path, message: `${g.name} holds at most ${g.maxSize ?? '?'} nodes` },
          { subject: g, message: `${g.name} default position` },
        ]),
    });
    const { findings } = reviewWithConfig({ 'apps/cartservice.yaml': CARTSERVICE }, NODE_GROUP_CONFIG, { rules: [capacity] });
    expect(findings.map((f) => [f.path, f.startLine, f.message])).toEqual([
      ['.github/manifest-review.yaml', lineOf(NODE_GROUP_CONFIG, '- name: general'), 'general default position'],
      ['.github/manifest-review.yaml', lineOf(NODE_GROUP_CONFIG, 'maxSize: 3'), 'general holds at most 3 nodes'],
    ]);
    expect(findings[0]?.object).toEqual({ kind: 'NodeGroup', name: 'general' });
    // A comment in the config file suppresses a finding on its line, like in any YAML file.
    const commented = NODE_GROUP_CONFIG.replace(
      '    maxSize: 3\n',
      '    # manifest-review-ignore memory-budget/probe-capacity -- the autoscaler caps it\n    maxSize: 3\n',
    );
    const quiet = reviewWithConfig({ 'apps/cartservice.yaml': CARTSERVICE }, commented, { rules: [capacity] });
    expect(quiet.findings.map((f) => f.message)).toEqual(['general default position']);
    expect(quiet.suppressed.map((f) => [f.path, f.suppressedBy.reason])).toEqual([['.github/manifest-review.yaml', 'the autoscaler caps it']]);
  });

  test('a config cluster carries its version to the rules that read the scope', () => {
    const skew = defineRule({
      id: 'version-skew/probe-version',
      family: 'version-skew',
      defaultSeverity: 'notice',
      description: 'reports the control-plane version each workload is checked against',
      check: ({ model }) =>
        model.scopes.flatMap((scope) => {
          const cluster = scope.cluster;
          if (!cluster?.version) return [];
          return [
            { subject: cluster, at: cluster.version.path, message: `cluster ${cluster.name} runs ${cluster.version.value}` },
            ...scope.workloads.map((w) => ({ subject: w, message: `${w.name} runs on ${cluster.version?.value ?? '?'}` })),
          ];
        }),
    });
    const { tree, findings } = reviewWithConfig({ 'apps/cartservice.yaml': CARTSERVICE }, NODE_GROUP_CONFIG, { rules: [skew] });
    expect(tree.model.clusters).toEqual([
      expect.objectContaining({ kind: 'Cluster', name: 'prod', source: 'config', version: { value: '1.30', path: ['version'] } }),
    ]);
    expect(findings.map((f) => [f.path, f.startLine, f.message])).toEqual([
      ['.github/manifest-review.yaml', 3, 'cluster prod runs 1.30'],
      ['apps/cartservice.yaml', lineOf(CARTSERVICE, 'name: cartservice'), 'cartservice runs on 1.30'],
      ['apps/cartservice.yaml', lineOf(CARTSERVICE, 'name: redis-cart'), 'redis-cart runs on 1.30'],
    ]);
  });
});

describeWithCorpus('scopes: config paths take precedence over directory proximity', () => {
  const files = {
    'clusters/dev/cluster.yaml': EKSCTL_SIMPLE,
    'clusters/qa/cluster.yaml': EKSCTL_TWO,
    'clusters/dev/apps/cart.yaml': CARTSERVICE,
    'clusters/qa/apps/cart.yaml': CARTSERVICE,
    'shared/cart.yaml': CARTSERVICE,
  };

  test('globs claim objects for a config cluster; other objects go by proximity', () => {
    const yaml = `clusters:
  - name: prod
    version: "1.29"
    paths: ['clusters/dev/apps/**']
nodeGroups:
  - { name: spot, cluster: prod, instanceTypes: [m5.large] }
  - { name: everywhere, instanceTypes: [m5.large] }
`;
    const { tree, config } = reviewWithConfig(files, yaml);
    expect(config.findings).toEqual([]);
    const scopes = tree.model.scopes;
    expect(scopes.map((s) => [s.cluster?.name, s.cluster?.source])).toEqual([
      ['cluster-1', 'eksctl'],
      ['cluster-3', 'eksctl'],
      ['prod', 'config'],
    ]);
    // Matched by the glob: prod only, although clusters/dev/cluster.yaml is its nearest cluster.
    expect(names(scopeOf(scopes, 'prod').workloads)).toEqual(['clusters/dev/apps/cart.yaml:cartservice', 'clusters/dev/apps/cart.yaml:redis-cart']);
    expect(names(scopeOf(scopes, 'cluster-1').workloads)).toEqual(['shared/cart.yaml:cartservice', 'shared/cart.yaml:redis-cart']);
    expect(names(scopeOf(scopes, 'cluster-3').workloads)).toEqual([
      'clusters/qa/apps/cart.yaml:cartservice',
      'clusters/qa/apps/cart.yaml:redis-cart',
      'shared/cart.yaml:cartservice',
      'shared/cart.yaml:redis-cart',
    ]);
    // Node groups join by cluster name; a config node group naming none is checked with every cluster.
    expect(scopeOf(scopes, 'prod').nodeGroups.map((g) => g.name)).toEqual(['spot', 'everywhere']);
    expect(scopeOf(scopes, 'cluster-3').nodeGroups.map((g) => g.name)).toEqual(['ng1-public', 'ng2-private', 'everywhere']);
    expect(scopeOf(scopes, 'cluster-1').nodeGroups.map((g) => g.name)).toEqual(['ng-1', 'everywhere']);
  });

  test('a config entry for a cluster a file defines gives it paths; a conflicting version is a warning', () => {
    const yaml = `clusters:
  - name: cluster-1
    version: "1.31"
    paths: ['shared/**']
`;
    const { tree, findings } = reviewWithConfig(files, yaml, { rules: [] });
    expect(tree.model.clusters.map((c) => [c.name, c.source, c.version?.value])).toEqual([
      ['cluster-1', 'eksctl', undefined],
      ['cluster-3', 'eksctl', undefined],
    ]);
    expect(names(scopeOf(tree.model.scopes, 'cluster-1').workloads)).toEqual(['shared/cart.yaml:cartservice', 'shared/cart.yaml:redis-cart']);
    expect(names(scopeOf(tree.model.scopes, 'cluster-3').workloads)).toEqual([
      'clusters/dev/apps/cart.yaml:cartservice',
      'clusters/dev/apps/cart.yaml:redis-cart',
      'clusters/qa/apps/cart.yaml:cartservice',
      'clusters/qa/apps/cart.yaml:redis-cart',
    ]);
    expect(tree.inputFindings).toEqual([
      expect.objectContaining({
        rule: 'input/invalid-config',
        severity: 'warning',
        startLine: 3,
        message: expect.stringContaining('cluster `cluster-1` is defined in clusters/dev/cluster.yaml, which states no fixed version'),
      }),
    ]);
    expect(findings).toEqual([]);
  });

  test('a config node group that names an unknown cluster is a warning', () => {
    const yaml = 'nodeGroups:\n  - name: x\n    cluster: clutser-1\n    instanceTypes: [m5.large]\n';
    const { tree } = reviewWithConfig(files, yaml);
    expect(tree.inputFindings).toEqual([
      expect.objectContaining({ severity: 'warning', startLine: 3, message: expect.stringContaining('joins cluster `clutser-1`, which no reviewed file') }),
    ]);
  });
});
