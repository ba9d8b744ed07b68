/**
 * The memory-budget analysis looks LimitRanges up by namespace, RuntimeClasses by name and
 * HorizontalPodAutoscalers by target name, once per workload (issue 17), and findings build their
 * details when a report reads them. Each lookup must still give every workload its own answer:
 * the LimitRange of its namespace and scope, its RuntimeClass, the autoscaler of its kind and
 * namespace; and lazy details must read exactly like the text they replace.
 */
import { copyDetails, lazyDetails, type Finding } from '../../../src/findings.js';
import type { Workload } from '../../../src/model/types.js';
import { analyze } from '../../../src/rules/memory-budget/_analysis.js';
import { familyTypes } from '../../../src/rules/memory-budget/_nodes.js';
import { memoryBudgetRules } from '../../../src/rules/memory-budget/index.js';
import { reviewFiles, treeOf } from '../../helpers/review.js';
import { container, containers, eksctl, nodePool } from './fixtures.js';

const GI = 1024 ** 3;
const MI = 1024 ** 2;

function deployment(name: string, namespace: string, pod: string, kind = 'Deployment'): string {
  return `apiVersion: apps/v1
kind: ${kind}
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  replicas: 2
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
${pod.replace(/^(?=.)/gm, '      ')}
`;
}

const bare = 'containers:\n  - name: app\n    image: example/app\n';
const sized = (request: string, limit: string): string =>
  `containers:\n  - name: app\n    image: example/app\n    resources: {requests: {memory: ${request}}, limits: {memory: ${limit}}}\n`;

function limitRange(namespace: string, limit: string, request: string): string {
  return `apiVersion: v1
kind: LimitRange
metadata: {name: defaults, namespace: ${namespace}}
spec:
  limits:
    - type: Container
      default: {memory: ${limit}}
      defaultRequest: {memory: ${request}}
`;
}

function runtimeClass(name: string, overhead: string): string {
  return `apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata: {name: ${name}}
handler: ${name}
overhead:
  podFixed: {memory: ${overhead}}
`;
}

const cluster = (name: string): string => eksctl('- name: general\n  instanceType: m5.large\n  maxSize: 3', name);

function analysisOf(files: Record<string, string>): { a: ReturnType<typeof analyze>; named: (name: string, namespace: string, kind?: string) => Workload } {
  const tree = treeOf(files);
  const a = analyze({ model: tree.model, options: {} });
  const named = (name: string, namespace: string, kind = 'Deployment'): Workload => {
    const w = tree.model.workloads.find((x) => x.name === name && x.namespace === namespace && x.kind === kind);
    if (!w) throw new Error(`no ${kind} ${namespace}/${name}`);
    return w;
  };
  return { a, named };
}

describe('LimitRanges, indexed by namespace', () => {
  test('each workload gets the defaults of its own namespace, the first LimitRange there, and none elsewhere', () => {
    const { a, named } = analysisOf({
      'cluster.yaml': cluster('prod'),
      'lr-web.yaml': limitRange('web', '1Gi', '512Mi'),
      'lr-api.yaml': limitRange('api', '3Gi', '2Gi'),
      // A second LimitRange in `api`: the first one in the model's order applies, as before.
      'lr-api-2.yaml': limitRange('api', '8Gi', '8Gi').replace('name: defaults', 'name: later'),
      'web.yaml': deployment('app', 'web', bare),
      'api.yaml': deployment('app', 'api', bare),
      'other.yaml': deployment('app', 'other', bare),
    });
    expect([a.memory(named('app', 'web')).limit.value, a.memory(named('app', 'web')).request.value]).toEqual([1 * GI, 512 * MI]);
    expect([a.memory(named('app', 'api')).limit.value, a.memory(named('app', 'api')).request.value]).toEqual([3 * GI, 2 * GI]);
    expect(a.memory(named('app', 'other')).limit.value).toBe(Infinity);
    expect(a.memory(named('app', 'other')).request.value).toBe(0);
  });

  test("a LimitRange of another cluster's directory does not apply, though the namespace is the same", () => {
    const { a, named } = analysisOf({
      'a/cluster.yaml': cluster('a'),
      'a/lr.yaml': limitRange('web', '1Gi', '512Mi'),
      'a/app.yaml': deployment('mine', 'web', bare),
      'b/cluster.yaml': cluster('b'),
      'b/app.yaml': deployment('theirs', 'web', bare),
    });
    expect(a.memory(named('mine', 'web')).limit.value).toBe(1 * GI);
    expect(a.memory(named('theirs', 'web')).limit.value).toBe(Infinity);
  });

  test('missing-memory tells the namespaces apart', () => {
    const findings = reviewFiles(
      {
        'cluster.yaml': cluster('prod'),
        'lr.yaml': limitRange('web', '1Gi', '512Mi'),
        'web.yaml': deployment('app', 'web', bare),
        'api.yaml': deployment('app', 'api', bare),
      },
      { rules: memoryBudgetRules },
    ).filter((f) => f.rule === 'memory-budget/missing-memory');
    expect(findings.map((f) => f.path)).toEqual(['api.yaml']);
  });
});

describe('RuntimeClasses, indexed by name', () => {
  test("each workload gets its own RuntimeClass's overhead; an unknown name or none gets none", () => {
    const { a, named } = analysisOf({
      'cluster.yaml': cluster('prod'),
      'rc.yaml': `${runtimeClass('gvisor', '256Mi')}---\n${runtimeClass('kata', '1Gi')}`,
      'g.yaml': deployment('g', 'web', `runtimeClassName: gvisor\n${sized('1Gi', '1Gi')}`),
      'k.yaml': deployment('k', 'web', `runtimeClassName: kata\n${sized('1Gi', '1Gi')}`),
      'm.yaml': deployment('m', 'web', `runtimeClassName: missing\n${sized('1Gi', '1Gi')}`),
      'n.yaml': deployment('n', 'web', sized('1Gi', '1Gi')),
    });
    expect(['g', 'k', 'm', 'n'].map((n) => a.memory(named(n, 'web')).overhead)).toEqual([256 * MI, 1 * GI, 0, 0]);
    expect(a.memory(named('k', 'web')).request.value).toBe(2 * GI);
  });
});

describe('HorizontalPodAutoscalers, indexed by target name', () => {
  test('an autoscaler counts only for the workload of its kind and namespace', () => {
    const hpa = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: app, namespace: web}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: app}
  minReplicas: 3
  maxReplicas: 10
`;
    const { a, named } = analysisOf({
      'cluster.yaml': cluster('prod'),
      'hpa.yaml': hpa,
      'web.yaml': deployment('app', 'web', sized('1Gi', '1Gi')),
      'sts.yaml': deployment('app', 'web', sized('1Gi', '1Gi'), 'StatefulSet'),
      'api.yaml': deployment('app', 'api', sized('1Gi', '1Gi')),
    });
    const scaled = a.podCount(named('app', 'web'));
    expect(scaled?.subject.kind).toBe('HorizontalPodAutoscaler');
    expect(scaled?.min).toBe(3);
    for (const w of [named('app', 'web', 'StatefulSet'), named('app', 'api')]) {
      expect(a.podCount(w)?.subject).toBe(w);
      expect(a.podCount(w)?.min).toBe(2);
    }
  });

  test('autoscalers whose targets share a name each count for their own workload; a name of one autoscaler for its own only', () => {
    const hpa = (name: string, namespace: string, kind: string, target: string, min: number): string => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: ${name}, namespace: ${namespace}}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: ${kind}, name: ${target}}
  minReplicas: ${min}
  maxReplicas: 10
`;
    const { a, named } = analysisOf({
      'cluster.yaml': cluster('prod'),
      // Three autoscalers for workloads named `app` (a list under one name), one for `solo`.
      'hpa.yaml': [
        hpa('a', 'web', 'Deployment', 'app', 3),
        hpa('b', 'web', 'StatefulSet', 'app', 4),
        hpa('c', 'api', 'Deployment', 'app', 5),
        hpa('d', 'web', 'Deployment', 'solo', 6),
      ].join('---\n'),
      'web.yaml': deployment('app', 'web', sized('1Gi', '1Gi')),
      'sts.yaml': deployment('app', 'web', sized('1Gi', '1Gi'), 'StatefulSet'),
      'api.yaml': deployment('app', 'api', sized('1Gi', '1Gi')),
      'ops.yaml': deployment('app', 'ops', sized('1Gi', '1Gi')),
      'solo.yaml': deployment('solo', 'web', sized('1Gi', '1Gi')),
      'solo-api.yaml': deployment('solo', 'api', sized('1Gi', '1Gi')),
      'solo-sts.yaml': deployment('solo', 'web', sized('1Gi', '1Gi'), 'StatefulSet'),
    });
    const mins = [
      named('app', 'web'),
      named('app', 'web', 'StatefulSet'),
      named('app', 'api'),
      named('app', 'ops'),
      named('solo', 'web'),
      named('solo', 'api'),
      named('solo', 'web', 'StatefulSet'),
    ].map((w) => [a.podCount(w)?.subject.kind, a.podCount(w)?.min]);
    expect(mins).toEqual([
      ['HorizontalPodAutoscaler', 3],
      ['HorizontalPodAutoscaler', 4],
      ['HorizontalPodAutoscaler', 5],
      ['Deployment', 2],
      ['HorizontalPodAutoscaler', 6],
      ['Deployment', 2],
      ['StatefulSet', 2],
    ]);
  });
});

describe('lazy details', () => {
  test('a builder that throws costs its details, not the report that reads them', () => {
    const finding = lazyDetails({ rule: 'r', message: 'm' }, () => {
      throw new Error('placement not computed');
    });
    expect(() => JSON.stringify(finding)).not.toThrow();
    expect(finding.details).toBe('The details of this finding could not be written: placement not computed');
  });

  test('the builder is no property a report, a spread or JSON sees', () => {
    const report = lazyDetails({ message: 'm' }, () => 'built');
    expect(Object.keys(report)).toEqual(['message', 'details']);
    // A spread copies every own enumerable key, symbols too: only the two data values arrive.
    const copy = { ...report };
    expect(Reflect.ownKeys(copy)).toEqual(['message', 'details']);
    expect(Object.getOwnPropertyDescriptor(copy, 'details')?.value).toBe('built');
    expect(JSON.stringify(report)).toBe('{"message":"m","details":"built"}');
  });

  test('built only when read, every time the same text; copies stay lazy; assignment replaces', () => {
    let built = 0;
    const report = lazyDetails({ message: 'm' }, () => `details ${++built > 0 ? 'x' : ''}`);
    const finding: Finding = { rule: 'r', severity: 'error', path: 'p', startLine: 1, endLine: 1, message: 'm' };
    copyDetails(report, finding);
    finding.fix = { line: 1, endColumn: 2, original: 'a', replacement: 'b' };
    expect(built).toBe(0);
    // The key order of an eager finding: details before fix.
    expect(JSON.stringify(finding)).toBe(
      '{"rule":"r","severity":"error","path":"p","startLine":1,"endLine":1,"message":"m","details":"details x","fix":{"line":1,"endColumn":2,"original":"a","replacement":"b"}}',
    );
    expect(built).toBe(1);
    expect({ ...finding }.details).toBe('details x');
    finding.details = 'fixed';
    expect(finding.details).toBe('fixed');
    expect(built).toBe(2);
    // Eager details are copied as they are; none stay none.
    const eager: Finding = { rule: 'r', severity: 'error', path: 'p', startLine: 1, endLine: 1, message: 'm' };
    copyDetails({ details: 'plain' }, eager);
    expect(eager.details).toBe('plain');
    const none: Finding = { rule: 'r', severity: 'error', path: 'p', startLine: 1, endLine: 1, message: 'm' };
    copyDetails({}, none);
    expect('details' in none).toBe(false);
  });

  test('a DetailsWriter builds like a function: when read, each time, lazy through copies, and a throw costs only its details', () => {
    let built = 0;
    const writer = { writeDetails: (): string => `written ${++built > 0 ? 'x' : ''}` };
    const report = lazyDetails({ message: 'm' }, writer);
    const finding: Finding = { rule: 'r', severity: 'error', path: 'p', startLine: 1, endLine: 1, message: 'm' };
    copyDetails(report, finding);
    expect(built).toBe(0);
    expect(Object.keys(finding)).toEqual(['rule', 'severity', 'path', 'startLine', 'endLine', 'message', 'details']);
    expect(JSON.stringify(finding)).toBe('{"rule":"r","severity":"error","path":"p","startLine":1,"endLine":1,"message":"m","details":"written x"}');
    expect(finding.details).toBe('written x');
    expect(report.details).toBe('written x');
    expect(built).toBe(3);
    const failing = lazyDetails(
      { message: 'm' },
      {
        writeDetails: (): string => {
          throw new Error('gone');
        },
      },
    );
    expect(failing.details).toBe('The details of this finding could not be written: gone');
  });

  /** A kube-system DaemonSet whose one container asks for `request` and is limited to `limit`. */
  const daemonSet = (name: string, request: string, limit: string): string =>
    `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: ${name}, namespace: kube-system}
spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
${sized(request, limit).replace(/^(?=.)/gm, '      ')}`;

  test("limit-exceeds-node: findings in a row share their node type's part of the details, each with its own pod and overhead", () => {
    const findings = reviewFiles(
      {
        'cluster.yaml': cluster('prod'),
        'ds.yaml': `${daemonSet('huge-agent', '100Mi', '7Gi')}---\n${daemonSet('small-agent', '100Mi', '100Mi')}`,
        'app.yaml': `${deployment('big', 'web', sized('1Gi', '6Gi'))}---\n${deployment('other', 'web', sized('1Gi', '5Gi'))}`,
      },
      { rules: memoryBudgetRules },
    ).filter((f) => f.rule === 'memory-budget/limit-exceeds-node');
    const of = (name: string): Finding | undefined => findings.find((f) => f.message.startsWith(`${name} `));
    const total = (name: string): number[] => {
      const m = /\nTotal: (\d+)Mi \+ (\d+)Mi = (\d+)Mi > \d+Mi allocatable/.exec(of(name)?.details ?? '');
      return m ? m.slice(1).map(Number) : [];
    };
    const listed = (name: string): string => `\n  DaemonSet kube-system/${name}: `;
    const [bigLimit, bigOverhead, bigTotal] = total('big');
    expect([bigLimit, bigTotal]).toEqual([6144, 6144 + (bigOverhead ?? NaN)]);
    expect(total('other')).toEqual([5120, bigOverhead, 5120 + (bigOverhead ?? NaN)]);
    // The DaemonSet asks about itself without its own load; the Deployments count it.
    expect(total('huge-agent')).toEqual([7168, (bigOverhead ?? NaN) - 7168, bigOverhead]);
    expect(of('huge-agent')?.details).not.toContain(listed('huge-agent'));
    expect(of('big')?.details).toContain(listed('huge-agent'));
    expect(of('big')?.details).toMatch(/^Pod of Deployment web\/big: effective memory request 1024Mi, limit 6144Mi /);
    expect(of('other')?.details).toMatch(/^Pod of Deployment web\/other: effective memory request 1024Mi, limit 5120Mi /);
    // The same node-type lines in both Deployments' details, and the same text on every read.
    const nodeLines = (f: Finding | undefined): string | undefined => f?.details?.split('\n').slice(1, -1).join('\n');
    expect(nodeLines(of('other'))).toBe(nodeLines(of('big')));
    expect(nodeLines(of('huge-agent'))).not.toBe(nodeLines(of('big')));
    expect(of('big')?.details).toBe(of('big')?.details);
  });

  test("a DaemonSet's own finding leaves it out of the per-node pods, a Deployment's lists it: shared lines do not mix them up", () => {
    const findings = reviewFiles(
      {
        'cluster.yaml': cluster('prod'),
        'ds.yaml': `${daemonSet('huge-agent', '7Gi', '7Gi')}---\n${daemonSet('small-agent', '100Mi', '100Mi')}`,
        'app.yaml': deployment('big', 'web', sized('6Gi', '6Gi')),
      },
      { rules: memoryBudgetRules },
    ).filter((f) => f.rule === 'memory-budget/pod-exceeds-node');
    const of = (name: string): Finding | undefined => findings.find((f) => f.message.startsWith(`${name} `));
    // Per-node pod lines: indented, after the pod's own line.
    const listed = (name: string): string => `\n  DaemonSet kube-system/${name}: `;
    expect(of('huge-agent')?.details).toContain(listed('small-agent'));
    expect(of('huge-agent')?.details).not.toContain(listed('huge-agent'));
    expect(of('big')?.details).toContain(listed('huge-agent'));
    expect(of('big')?.details).toContain(listed('small-agent'));
    // Read twice, the same text.
    expect(of('big')?.details).toBe(of('big')?.details);
  });
});

describe('Karpenter candidate types, matched once per list of requirements', () => {
  test('pools with the same requirements get the same types, a pool with others its own, and each owns its list', () => {
    const c5 =
      '- {key: karpenter.k8s.aws/instance-family, operator: In, values: [c5]}\n- {key: karpenter.k8s.aws/instance-size, operator: In, values: [large, xlarge]}';
    const r5 =
      '- {key: karpenter.k8s.aws/instance-family, operator: In, values: [r5]}\n- {key: karpenter.k8s.aws/instance-size, operator: In, values: [large, xlarge]}';
    const typesOf = (files: Record<string, string>): Record<string, string[]> => {
      const a = analyze({ model: treeOf(files).model, options: {} });
      return Object.fromEntries(a.targets.map((t) => [t.label, t.budgets.map((b) => b.type.name)]));
    };
    const together = typesOf({ 'a.yaml': nodePool('a', c5), 'b.yaml': nodePool('b', c5), 'c.yaml': nodePool('c', r5) });
    expect(together['NodePool a']).toEqual(['c5.large', 'c5.xlarge']);
    expect(together['NodePool b']).toEqual(['c5.large', 'c5.xlarge']);
    expect(together['NodePool c']).toEqual(['r5.large', 'r5.xlarge']);
    expect(typesOf({ 'c.yaml': nodePool('c', r5) })['NodePool c']).toEqual(together['NodePool c']);
  });
});

describe('per-node overhead, one per target unless it can differ between its types', () => {
  const c5 =
    '- {key: karpenter.k8s.aws/instance-family, operator: In, values: [c5]}\n- {key: karpenter.k8s.aws/instance-size, operator: In, values: [large, xlarge]}';
  const agent = (name: string, pod: string): string => deployment(name, 'kube-system', pod, 'DaemonSet');
  const loadNames = (o: { loads: readonly { name: string }[] }): string[] => o.loads.map((l) => l.name).filter((n) => n.startsWith('DaemonSet'));
  const onlyTarget = (a: ReturnType<typeof analyze>): ReturnType<typeof analyze>['targets'][number] => {
    expect(a.targets).toHaveLength(1);
    return a.targets[0] as ReturnType<typeof analyze>['targets'][number];
  };

  test('DaemonSets that read no type label: one overhead serves every type of the target', () => {
    const { a } = analysisOf({ 'pool.yaml': nodePool('a', c5), 'agent.yaml': agent('agent', sized('100Mi', '200Mi')) });
    const t = onlyTarget(a);
    const [small, large] = t.budgets;
    if (!small || !large) throw new Error('two types expected');
    expect(a.overhead(t, large)).toBe(a.overhead(t, small));
    expect(loadNames(a.overhead(t, small))).toEqual(['DaemonSet kube-system/agent']);
    expect(a.overhead(t, small).limit).toBe(a.overhead(t, small).loads.reduce((n, l) => n + l.limit, 0));
  });

  test('a DaemonSet that selects a type counts on that type only; headroom gives each type its own', () => {
    const picky = agent('big-agent', `nodeSelector: {karpenter.k8s.aws/instance-size: xlarge}\n${sized('1Gi', '1Gi')}`);
    const { a } = analysisOf({ 'pool.yaml': nodePool('a', c5), 'agent.yaml': agent('agent', sized('100Mi', '200Mi')), 'big.yaml': picky });
    const t = onlyTarget(a);
    const [small, large] = t.budgets;
    if (!small || !large) throw new Error('two types expected');
    expect(small.type.name).toBe('c5.large');
    expect(loadNames(a.overhead(t, small))).toEqual(['DaemonSet kube-system/agent']);
    expect(loadNames(a.overhead(t, large))).toEqual(['DaemonSet kube-system/agent', 'DaemonSet kube-system/big-agent']);
    expect(a.overhead(t, large).limit - a.overhead(t, small).limit).toBe(1 * GI);

    const headroom = analyze({ model: treeOf({ 'pool.yaml': nodePool('a', c5) }).model, options: { headroomPercent: 10 } });
    const h = onlyTarget(headroom);
    const [hs, hl] = h.budgets;
    if (!hs || !hl) throw new Error('two types expected');
    expect(headroom.overhead(h, hs)).not.toBe(headroom.overhead(h, hl));
    expect(headroom.overhead(h, hs).request).toBeLessThan(headroom.overhead(h, hl).request);
  });
});

describe('Fargate profiles, read once per model and handed to their scopes', () => {
  const withFargate = (name: string, namespace: string): string =>
    `${cluster(name)}fargateProfiles:\n  - name: fp\n    selectors:\n      - namespace: ${namespace}\n`;
  const profile = (cluster: string, namespace: string): string => `Resources:
  Profile:
    Type: AWS::EKS::FargateProfile
    Properties:
      ClusterName: ${cluster}
      PodExecutionRoleArn: arn:aws:iam::111122223333:role/fargate
      Selectors:
        - Namespace: ${namespace}
`;

  test('two clusters, a workload in both: each scope answers from its own profiles only', () => {
    const { a, named } = analysisOf({
      // Cluster a runs namespace batch on Fargate (eksctl), cluster b runs namespace jobs (CloudFormation).
      'a/cluster.yaml': withFargate('a', 'batch'),
      'b/cluster.yaml': cluster('b'),
      'b/fargate.yaml': profile('b', 'jobs'),
      // At the root: as near to one cluster as to the other, so in both scopes.
      'batch.yaml': deployment('worker', 'batch', bare),
      'jobs.yaml': deployment('worker', 'jobs', bare),
      'web.yaml': deployment('app', 'web', bare),
    });
    const [sa, sb] = a.model.scopes.map((s) => s.cluster?.name);
    expect([sa, sb]).toEqual(['a', 'b']);
    const batch = named('worker', 'batch');
    const jobs = named('worker', 'jobs');
    const web = named('app', 'web');
    for (const w of [batch, jobs, web]) expect(a.scopesOf(w)).toEqual([0, 1]);
    // Objects of the same scopes hold one frozen list, not a list each.
    expect(a.scopesOf(jobs)).toBe(a.scopesOf(batch));
    expect(a.scopesOf(web)).toBe(a.scopesOf(batch));
    expect(Object.isFrozen(a.scopesOf(batch))).toBe(true);
    expect([a.onFargate(batch, 0), a.onFargate(batch, 1)]).toEqual([true, false]);
    expect([a.onFargate(jobs, 0), a.onFargate(jobs, 1)]).toEqual([false, true]);
    expect([a.onFargate(web, 0), a.onFargate(web, 1)]).toEqual([false, false]);
  });

  test('a ClusterConfig in both scopes gives its profiles to both', () => {
    const { a, named } = analysisOf({
      'a/cluster.yaml': cluster('a'),
      'b/cluster.yaml': cluster('b'),
      'shared.yaml': withFargate('shared', 'batch'),
      'batch.yaml': deployment('worker', 'batch', bare),
    });
    const batch = named('worker', 'batch');
    const scopes = a.scopesOf(batch);
    expect(scopes.length).toBeGreaterThan(0);
    for (const s of scopes) expect(a.onFargate(batch, s)).toBe(true);
  });
});

describe("a family's instance types, sorted once per family", () => {
  test('smallest first, no metal, the same list for every finding that asks', () => {
    const m5 = familyTypes('m5');
    expect(m5.map((t) => t.name).slice(0, 3)).toEqual(['m5.large', 'm5.xlarge', 'm5.2xlarge']);
    expect(m5.some((t) => t.size.startsWith('metal'))).toBe(false);
    expect(m5.every((t, i) => i === 0 || (m5[i - 1]?.memoryMiB ?? 0) <= t.memoryMiB)).toBe(true);
    expect(familyTypes('m5')).toBe(m5);
    expect(familyTypes('c5').every((t) => t.family === 'c5')).toBe(true);
    expect(familyTypes('no-such-family')).toEqual([]);
  });
});

describe('budget lists, shared by node groups with the same types and kubelet settings', () => {
  const group = (name: string, extra = ''): string => `- name: ${name}\n  instanceTypes: [m5.large, r5.large]\n  maxSize: 3${extra}`;
  const { a } = analysisOf({
    'cluster.yaml': eksctl(
      [
        group('plain'),
        group('twin'),
        group('pods', '\n  maxPodsPerNode: 20'),
        group('reserved', '\n  kubeletExtraConfig: {kubeReserved: {memory: 1Gi}}'),
        group('evicting', '\n  kubeletExtraConfig: {evictionHard: {memory.available: 500Mi}}'),
        group('evicting-more', '\n  kubeletExtraConfig: {evictionHard: {memory.available: 10%}}'),
      ].join('\n'),
    ),
  });
  const budgets = (name: string): readonly { type: { name: string }; maxPods: number; conservative: number }[] => {
    const t = a.targets.find((x) => x.group?.name === name);
    if (!t) throw new Error(`no node group ${name}`);
    return t.budgets;
  };

  test('groups that differ in nothing the budget reads share one list', () => {
    expect(budgets('twin')).toBe(budgets('plain'));
    expect(budgets('plain').map((b) => b.type.name)).toEqual(['m5.large', 'r5.large']);
  });

  test('each kubelet setting the budget reads keeps a group apart', () => {
    const plain = budgets('plain')[0];
    expect(budgets('pods')[0]?.maxPods).toBe(20);
    expect(plain?.maxPods).not.toBe(20);
    expect(budgets('reserved')[0]?.conservative).not.toBe(plain?.conservative);
    expect(budgets('evicting')[0]?.conservative).not.toBe(plain?.conservative);
    expect(budgets('evicting-more')[0]?.conservative).not.toBe(budgets('evicting')[0]?.conservative);
  });
});

describe('workload entries, read once for every rule', () => {
  test('in the model order, each with its own memory, scopes and Fargate answer; pod workloads without DaemonSets', () => {
    const withFargate = (name: string, namespace: string): string =>
      `${cluster(name)}fargateProfiles:\n  - name: fp\n    selectors:\n      - namespace: ${namespace}\n`;
    const { a, named } = analysisOf({
      'a/cluster.yaml': withFargate('a', 'batch'),
      'b/cluster.yaml': cluster('b'),
      'a/batch.yaml': deployment('worker', 'batch', containers(container('app', '1Gi', '2Gi'))),
      'b/batch.yaml': deployment('worker-b', 'batch', containers(container('app', '1Gi', '1Gi'))),
      'b/agent.yaml': deployment('agent', 'batch', bare, 'DaemonSet'),
      'b/pod-level.yaml': deployment('pod-level', 'batch', `resources: {requests: {memory: 1Gi}, limits: {memory: 3Gi}}\n${bare}`),
    });
    expect(a.workloads.map((e) => e.workload)).toEqual(a.model.workloads);
    for (const e of a.workloads) {
      const memory = a.memory(e.workload);
      expect([e.request, e.limit]).toEqual([memory.request.value, memory.limit.value]);
      // Made again from the entry, without the manifest: the same memory, not the same object.
      expect(a.memoryOf(e)).toEqual(memory);
      expect(a.memoryOf(e)).not.toBe(memory);
      expect(e.scopes).toEqual(a.scopesOf(e.workload));
      expect(e.onFargate).toBe(e.scopes.some((s) => a.onFargate(e.workload, s)));
    }
    const entry = (w: Workload): (typeof a.workloads)[number] | undefined => a.workloads.find((e) => e.workload === w);
    expect(entry(named('worker', 'batch'))?.onFargate).toBe(true);
    expect(entry(named('worker-b', 'batch'))?.onFargate).toBe(false);
    expect(entry(named('worker', 'batch'))?.limit).toBe(2 * GI);
    expect(entry(named('worker-b', 'batch'))?.request).toBe(1 * GI);
    expect(entry(named('agent', 'batch', 'DaemonSet'))?.limit).toBe(Infinity);
    expect([entry(named('pod-level', 'batch'))?.request, entry(named('pod-level', 'batch'))?.limit]).toEqual([1 * GI, 3 * GI]);
    expect(a.podWorkloads.map((e) => e.workload.kind)).not.toContain('DaemonSet');
    expect(a.podWorkloads).toHaveLength(a.workloads.length - 1);
    for (const e of a.podWorkloads) expect(a.countOf(e)).toEqual(a.podCount(e.workload));
  });
});

describe('scope lists of the analysis', () => {
  test('objects of one scope share its frozen list; one of several scopes gets its own, and the shared lists stay as they were', () => {
    const { a, named } = analysisOf({
      'a/cluster.yaml': cluster('a'),
      'b/cluster.yaml': cluster('b'),
      // At the root: as near to one cluster as to the other, so in both scopes (entered after a's own).
      'a/one.yaml': deployment('in-a', 'web', bare),
      'a/two.yaml': deployment('also-in-a', 'web', bare),
      'both.yaml': deployment('in-both', 'web', bare),
      'b/one.yaml': deployment('in-b', 'web', bare),
    });
    const [inA, alsoInA, inBoth, inB] = ['in-a', 'also-in-a', 'in-both', 'in-b'].map((name) => a.scopesOf(named(name, 'web')));
    const [sa, sb] = a.model.scopes.map((s) => s.cluster?.name);
    const a0 = sa === 'a' ? 0 : 1;
    const b0 = sb === 'b' ? 1 : 0;
    expect(inA).toEqual([a0]);
    expect(inA).toBe(alsoInA);
    expect(Object.isFrozen(inA)).toBe(true);
    expect([...(inBoth ?? [])].sort()).toEqual([0, 1]);
    expect(inBoth).not.toBe(inA);
    expect(inB).toEqual([b0]);
    for (const e of a.workloads) expect(e.scopes).toBe(a.scopesOf(e.workload));
  });
});
