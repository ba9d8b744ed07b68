import { changeReviews } from '../helpers/change-review.js';
import type { Tree } from '../helpers/git-repo.js';

// Two clusters, each with a node group its workloads overcommit (requests far below limits).
// A change that reaches one cluster reruns memory-budget/node-overcommit (reach `scope`) on that
// cluster only, and reports exactly what the review without shortcuts reports.

const NOW = new Date('2026-11-25T00:00:00Z');

const cluster = (name: string): string =>
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: ${name}\n  region: us-east-1\n  version: "1.33"\n` +
  `managedNodeGroups:\n  - name: ${name}-apps\n    instanceType: m5.large\n    minSize: 2\n    maxSize: 10\n    privateNetworking: true\n`;
const deployment = (name: string, request: string, limit: string, replicas = 3): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  namespace: apps\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels: {app: ${name}}\n` +
  `  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n        - name: app\n          image: example/${name}:1\n` +
  `          resources:\n            requests: {memory: ${request}}\n            limits: {memory: ${limit}}\n`;
const hpa = (name: string, max: number): string =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${name}\n  namespace: apps\n` +
  `spec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: ${name}}\n  minReplicas: 2\n  maxReplicas: ${max}\n`;

const BASE: Tree = {
  'east/cluster.yaml': cluster('east'),
  'east/apps/api.yaml': deployment('api', '512Mi', '3Gi'),
  'east/apps/worker.yaml': deployment('worker', '256Mi', '2Gi'),
  'east/apps/fits.yaml': deployment('fits', '128Mi', '128Mi'),
  'west/cluster.yaml': cluster('west'),
  'west/apps/web.yaml': deployment('web', '256Mi', '256Mi'),
  'west/apps/batch.yaml': deployment('batch', '256Mi', '256Mi'),
  // An autoscaler in the west folder for an east Deployment: linked across scopes.
  'west/apps/api-hpa.yaml': hpa('api', 4),
};

const review = changeReviews(BASE, NOW);

const overcommits = (findings: readonly { rule: string; path: string }[]): string[] =>
  findings.filter((f) => f.rule === 'memory-budget/node-overcommit').map((f) => f.path);

describe('a change reaching one of two clusters', () => {
  it('the base overcommits east only', () => {
    const all = review({ 'east/apps/api.yaml': deployment('api', '512Mi', '3Gi', 4) }).find((r) => r.filter === 'all');
    expect(overcommits(all?.shortcut.unfiltered ?? [])).toEqual(['east/cluster.yaml']);
  });

  it('that makes west overcommit reports it, rechecking west alone', () => {
    for (const { filter, shortcut, exhaustive } of review({ 'west/apps/web.yaml': deployment('web', '256Mi', '4Gi', 6) })) {
      expect({ filter, findings: shortcut.findings, suppressed: shortcut.suppressed }).toEqual({
        filter,
        findings: exhaustive.findings,
        suppressed: exhaustive.suppressed,
      });
      if (filter === 'all') continue;
      expect(overcommits(shortcut.findings)).toEqual(['west/cluster.yaml']);
      expect(shortcut.shortcuts).toMatchObject({ scopes: 2, scopesRechecked: 1 });
    }
  });

  it('that changes an east workload packed on its nodes reports the same as the long way, rechecking east alone', () => {
    for (const { filter, shortcut, exhaustive } of review({ 'east/apps/worker.yaml': deployment('worker', '256Mi', '3Gi', 5) })) {
      expect({ filter, findings: shortcut.findings }).toEqual({ filter, findings: exhaustive.findings });
      if (filter !== 'all') expect(shortcut.shortcuts).toMatchObject({ scopes: 2, scopesRechecked: 1 });
    }
  });

  it('that edits an autoscaler filed under west for an east Deployment rechecks both clusters (links are followed across them)', () => {
    for (const { filter, shortcut, exhaustive } of review({ 'west/apps/api-hpa.yaml': hpa('api', 12) })) {
      expect({ filter, findings: shortcut.findings }).toEqual({ filter, findings: exhaustive.findings });
      if (filter !== 'all') expect(shortcut.shortcuts).toMatchObject({ scopes: 2, scopesRechecked: 2 });
    }
  });

  it('that touches both clusters rechecks both', () => {
    const head = { 'west/apps/batch.yaml': deployment('batch', '256Mi', '4Gi', 6), 'east/apps/fits.yaml': deployment('fits', '128Mi', '1Gi') };
    for (const { filter, shortcut, exhaustive } of review(head)) {
      expect({ filter, findings: shortcut.findings }).toEqual({ filter, findings: exhaustive.findings });
      if (filter !== 'all') expect(shortcut.shortcuts).toMatchObject({ scopes: 2, scopesRechecked: 2 });
    }
  });
});

/** Every filter both ways: reported, suppressed, the whole head's and the whole base's findings. */
function expectSameAsExhaustive(head: Tree): ReturnType<typeof review> {
  const results = review(head);
  for (const { filter, shortcut, exhaustive } of results) {
    expect({ filter, findings: shortcut.findings, suppressed: shortcut.suppressed }).toEqual({
      filter,
      findings: exhaustive.findings,
      suppressed: exhaustive.suppressed,
    });
    expect({ filter, unfiltered: shortcut.unfiltered, base: shortcut.base?.findings }).toEqual({
      filter,
      unfiltered: exhaustive.unfiltered,
      base: exhaustive.base?.findings,
    });
    expect(shortcut.unfiltered).toEqual(expect.arrayContaining(shortcut.computed.findings));
    expect(shortcut.computed.findings).toEqual(expect.arrayContaining(shortcut.findings));
  }
  return results;
}

const daemonSet = (name: string, memory: string): string =>
  `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ${name}\n  namespace: kube-system\nspec:\n  selector:\n    matchLabels: {app: ${name}}\n` +
  `  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n      containers:\n        - name: agent\n          image: example/${name}:1\n` +
  `          resources:\n            requests: {memory: ${memory}}\n            limits: {memory: ${memory}}\n`;
const limitRange = (namespace: string, limit: string): string =>
  `apiVersion: v1\nkind: LimitRange\nmetadata: {name: defaults, namespace: ${namespace}}\nspec:\n  limits:\n    - type: Container\n      default: {memory: ${limit}}\n      defaultRequest: {memory: 128Mi}\n`;

describe('the revisions share memory-budget facts only where they are the same', () => {
  // The base and the head model the same unchanged workloads (documentObjects); the change's
  // review lets their memory-budget analyses share per-workload facts (shareAnalysisFacts).
  it('an autoscaler added counts its unchanged Deployment with each revision’s own autoscaler', () => {
    // The autoscaler under west does not count for api (another scope): one of east's own does.
    const [changed] = expectSameAsExhaustive({ 'east/apps/api-hpa.yaml': hpa('api', 12).replace('minReplicas: 2', 'minReplicas: 5') });
    // The east node packs api by the autoscaler's count: the two revisions must differ there,
    // or a count taken from the other revision would go unnoticed.
    const east = (findings: readonly { rule: string; path: string; message: string }[] = []): string[] =>
      findings.filter((f) => f.rule === 'memory-budget/node-overcommit' && f.path === 'east/cluster.yaml').map((f) => f.message);
    expect(east(changed?.shortcut.unfiltered)).toHaveLength(1);
    expect(east(changed?.shortcut.unfiltered)).not.toEqual(east(changed?.shortcut.base?.findings));
  });

  it('a workload file renamed', () => {
    expectSameAsExhaustive({ 'east/apps/worker.yaml': null, 'east/apps/worker-renamed.yaml': deployment('worker', '256Mi', '2Gi') });
  });

  it('a workload file deleted', () => {
    expectSameAsExhaustive({ 'east/apps/api.yaml': null });
  });

  it('requests raised toward their limits move workloads along the packing order, past where the packing stops or into it', () => {
    // node-overcommit packs a node only as far as it fills: in one revision the changed workloads
    // lie beyond that point, in the other within it. Each revision's finding must be its own.
    const east = (findings: readonly { rule: string; path: string; message: string }[] = []): string[] =>
      findings.filter((f) => f.rule === 'memory-budget/node-overcommit' && f.path === 'east/cluster.yaml').map((f) => f.message);
    const [lower] = expectSameAsExhaustive({
      'east/apps/worker.yaml': deployment('worker', '1900Mi', '2Gi'),
      'east/apps/fits.yaml': deployment('fits', '128Mi', '1Gi', 30),
    });
    // The head's node is full of fits' pods before api and worker come; the base packs worker first.
    expect(east(lower?.shortcut.unfiltered)).toEqual([expect.stringContaining('the scheduler can fit 27× fits (request 128Mi, limit 1Gi) by their requests')]);
    expect(east(lower?.shortcut.base?.findings)).toEqual([expect.stringContaining('the scheduler can fit 3× worker (request 256Mi, limit 2Gi) + 3× api')]);
  });

  it('a DaemonSet added (context: the long way)', () => {
    const [result] = expectSameAsExhaustive({ 'east/daemonset.yaml': daemonSet('agent', '1Gi') });
    expect(result?.shortcut.computed.complete).toBe(true);
  });

  it('a node group changed (context: the long way)', () => {
    expectSameAsExhaustive({ 'west/cluster.yaml': cluster('west').replace('m5.large', 't3.medium') });
  });

  it('a LimitRange added (context: the long way)', () => {
    expectSameAsExhaustive({ 'east/limits.yaml': limitRange('apps', '4Gi') });
  });
});
