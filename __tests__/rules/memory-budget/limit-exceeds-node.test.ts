import rule from '../../../src/rules/memory-budget/limit-exceeds-node.js';
import { analyze } from '../../../src/rules/memory-budget/_analysis.js';
import { findingsOf, reviewFiles, treeOf } from '../../helpers/review.js';
import { container, containers, eksctl, example, lineOf, nodePool, summary, workload } from './fixtures.js';

const outage = {
  'examples/outage-2019/cluster.yaml': example('outage-2019/cluster.yaml'),
  'examples/outage-2019/rails.yaml': example('outage-2019/rails.yaml'),
  'examples/outage-2019/agents.yaml': example('outage-2019/agents.yaml'),
};
const fixed = {
  'examples/outage-2019-fixed/cluster.yaml': example('outage-2019-fixed/cluster.yaml'),
  'examples/outage-2019-fixed/rails.yaml': example('outage-2019-fixed/rails.yaml'),
  'examples/outage-2019-fixed/agents.yaml': example('outage-2019-fixed/agents.yaml'),
};

const c5 = eksctl('- name: ng\n  instanceType: c5.large\n  maxSize: 3');
const app = (request: string, limit: string, extra = ''): string => workload('Deployment', 'app', `${extra}${containers(container('app', request, limit))}`);
const limitLine = (text: string): number => lineOf(text, 'limits: {memory');
const agent = (name: string, request: string, limit: string, extra = ''): string =>
  workload('DaemonSet', name, `${extra}${containers(container(name, request, limit))}`);

describe('memory-budget/limit-exceeds-node', () => {
  test('size advice found once per node type and pod size still answers each pod by its own request and limit', () => {
    // c5.large allocatable 2988Mi, c5.xlarge 6.4Gi, c5.2xlarge 14.1Gi (no DaemonSets here).
    const named = (name: string, request: string, limit: string): string => workload('Deployment', name, containers(container('app', request, limit)));
    const findings = reviewFiles({
      'c.yaml': c5,
      'a.yaml': `${named('a', '1Gi', '4Gi')}---\n${named('b', '1Gi', '4Gi')}---\n${named('c', '1Gi', '10Gi')}---\n${named('d', '4Gi', '4Gi')}`,
    }).filter((f) => f.rule === rule.id);
    const advice = (name: string): string | undefined => findings.find((f) => f.object?.name === name)?.message.replace(/^.*; /, '');
    expect(advice('a')).toBe('lower the limit to ≤ 2.9Gi or use c5.xlarge (6.4Gi allocatable).');
    expect(advice('b')).toBe(advice('a'));
    // A larger limit needs a larger type; a request that does not fit either gets its own advice.
    expect(advice('c')).toBe('lower the limit to ≤ 2.9Gi or use c5.2xlarge (14.1Gi allocatable).');
    expect(findings.find((f) => f.object?.name === 'd')).toBeUndefined();
  });

  test('the node-type clause shared by findings on one type still follows each finding: error and warning side by side', () => {
    const named = (name: string, limit: string): string => workload('Deployment', name, containers(container('app', '1Gi', limit)));
    const findings = reviewFiles({
      'c.yaml': c5,
      'a.yaml': `${named('sure', '3100Mi')}---\n${named('maybe', '3030Mi')}---\n${named('again', '3100Mi')}`,
    }).filter((f) => f.rule === rule.id);
    const of = (name: string) => findings.find((f) => f.object?.name === name);
    expect(of('sure')?.severity).toBe('error');
    expect(of('sure')?.message).toContain('3100Mi > c5.large allocatable 2988Mi (nominal 4096Mi');
    expect(of('sure')?.message).not.toContain('an estimate');
    expect(of('maybe')?.severity).toBe('warning');
    expect(of('maybe')?.message).toContain('on node group ng (an estimate: nodes may get up to 3069Mi): one pod bursting');
    expect(of('again')?.message).toBe(of('sure')?.message.replace(/^sure /, 'again '));
  });

  test('the 2019 outage: rails 3.5Gi + agents 1.3Gi on c5.large, at the memory: 3.5Gi line', () => {
    const findings = findingsOf(rule, outage);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    const rails = outage['examples/outage-2019/rails.yaml'];
    expect(f).toMatchObject({ severity: 'error', path: 'examples/outage-2019/rails.yaml', startLine: lineOf(rails, 'memory: 3.5Gi') });
    expect(f?.message).toBe(
      'rails-app limit 3.5Gi + DaemonSets 1.3Gi = 4.8Gi > c5.large allocatable 2.9Gi (nominal 4Gi − 434Mi VM overhead − 574Mi kube-reserved − 100Mi eviction) ' +
        'on node group NodeGroup: one pod bursting to its limit can run the node out of memory; lower the request and limit to ≤ 1.5Gi or use c5.xlarge (6.4Gi allocatable).',
    );
    expect(f?.details).toContain('Total: 3584Mi + 1368Mi = 4952Mi > 2988Mi allocatable');
    expect(f?.details).toContain('DaemonSet monitoring/datadog-agent: 768Mi');
  });

  test('the fix on m5.large gets no memory-budget finding at all', () => {
    expect(reviewFiles(fixed).filter((f) => f.rule.startsWith('memory-budget/'))).toEqual([]);
    // With the old 2Gi request two pods share a node: fine by this rule, an overcommit warning.
    const twoPerNode = {
      ...fixed,
      'examples/outage-2019-fixed/rails.yaml': fixed['examples/outage-2019-fixed/rails.yaml'].replace('memory: 3Gi', 'memory: 2Gi'),
    };
    expect(
      reviewFiles(twoPerNode)
        .filter((f) => f.rule.startsWith('memory-budget/'))
        .map((f) => `${f.severity} ${f.rule}`),
    ).toEqual(['warning memory-budget/node-overcommit']);
  });

  test('between the conservative and the optimistic allocatable it is a warning', () => {
    // c5.large: conservative 2988Mi, upper bound 3069Mi (measured 405Mi overhead ± launch spread).
    const [f] = findingsOf(rule, { 'c.yaml': c5, 'a.yaml': app('1Gi', '3030Mi') });
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('3030Mi > c5.large allocatable 2988Mi');
    expect(f?.message).toContain('an estimate: nodes may get up to 3069Mi');
    expect(findingsOf(rule, { 'c.yaml': c5, 'a.yaml': app('1Gi', '2950Mi') })).toEqual([]);
    expect(findingsOf(rule, { 'c.yaml': c5, 'a.yaml': app('1Gi', '3100Mi') })[0]?.severity).toBe('error');
  });

  test('quantities read as the manifest wrote them: 3.75Gi is not called 3.8Gi, 3030Mi stays MiB', () => {
    const [gi] = findingsOf(rule, { 'c.yaml': c5, 'a.yaml': app('1Gi', '3.75Gi') });
    expect(gi?.message).toContain('app limit 3.75Gi + DaemonSets 0Mi = 3.75Gi > c5.large allocatable 2.92Gi');
    const [mi] = findingsOf(rule, { 'c.yaml': c5, 'a.yaml': app('1Gi', '3100Mi') });
    expect(mi?.message).toContain('app limit 3100Mi + DaemonSets 0Mi = 3100Mi > c5.large allocatable 2988Mi');
    expect(mi?.message).toContain('lower the limit to ≤ 2988Mi');
  });

  test('DaemonSets without a limit count with their request; those kept off the nodes do not count', () => {
    const files = {
      'c.yaml': c5,
      'a.yaml': app('1Gi', '2.5Gi'),
      'd1.yaml': agent('logs', '1Gi', ''),
      'd2.yaml': agent('gpu', '2Gi', '2Gi', 'nodeSelector: {accelerator: nvidia}\n'),
    };
    const [f] = findingsOf(rule, files);
    expect(f?.message).toContain('limit 2.5Gi + DaemonSets 1Gi = 3.5Gi');
    expect(f?.details).toContain('DaemonSet web/logs: 1024Mi (no limit: its request)');
    expect(f?.details).not.toContain('gpu');
  });

  test('a tainted node group counts only for pods that tolerate it', () => {
    const tainted = eksctl('- name: ng\n  instanceType: c5.large\n  taints: [{key: dedicated, value: batch, effect: NoSchedule}]');
    expect(findingsOf(rule, { 'c.yaml': tainted, 'a.yaml': app('1Gi', '4Gi') })).toEqual([]);
    const tolerating = app('1Gi', '4Gi', 'tolerations: [{key: dedicated, operator: Equal, value: batch, effect: NoSchedule}]\n');
    expect(summary(findingsOf(rule, { 'c.yaml': tainted, 'a.yaml': tolerating }))).toEqual([`error a.yaml:${limitLine(tolerating)}`]);
  });

  test('node affinity picks the node group: NotIn keeps the pod off the small one', () => {
    const groups = eksctl('- name: small\n  instanceType: c5.large\n  labels: {size: small}\n- name: big\n  instanceType: m5.xlarge\n  labels: {size: big}');
    const affinity = (op: string): string =>
      `affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n        - matchExpressions: [{key: size, operator: ${op}, values: [small]}]\n`;
    expect(findingsOf(rule, { 'c.yaml': groups, 'a.yaml': app('1Gi', '4Gi', affinity('NotIn')) })).toEqual([]);
    const [f] = findingsOf(rule, { 'c.yaml': groups, 'a.yaml': app('1Gi', '4Gi', affinity('In')) });
    expect(f?.message).toContain('c5.large allocatable 2.9Gi');
    // Without affinity it can land on either: the small one is the risk.
    expect(findingsOf(rule, { 'c.yaml': groups, 'a.yaml': app('1Gi', '4Gi') })[0]?.message).toContain('on node group small');
  });

  test('an init container and a native sidecar make up the limit', () => {
    const spec =
      'initContainers:\n' +
      '  - {name: mesh, restartPolicy: Always, resources: {requests: {memory: 128Mi}, limits: {memory: 1Gi}}}\n' +
      '  - {name: migrate, resources: {requests: {memory: 512Mi}, limits: {memory: 2.5Gi}}}\n' +
      containers(container('app', '256Mi', '1Gi'));
    const text = workload('Deployment', 'app', spec);
    const [f] = findingsOf(rule, { 'c.yaml': c5, 'a.yaml': text });
    // init phase: migrate 2.5Gi beside the mesh sidecar 1Gi = 3.5Gi > app phase 2Gi; it points at migrate's limit.
    expect(f?.startLine).toBe(lineOf(text, 'name: migrate'));
    expect(f?.message).toContain('limits 3.5Gi (migrate 2.5Gi + mesh 1Gi)');
    expect(f?.message).toContain("lower migrate's limit to ≤ 1.9Gi");
  });

  test('an instance-type nodeSelector without any node group is the node type', () => {
    const pinned = app('1Gi', '4Gi', 'nodeSelector: {node.kubernetes.io/instance-type: t3.medium}\n');
    const [f] = findingsOf(rule, { 'a.yaml': pinned });
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('> t3.medium allocatable 3.2Gi');
    expect(f?.message).toContain('use t3.large');
  });

  test('the system-pod set is an option', () => {
    const files = { 'c.yaml': c5, 'a.yaml': app('1Gi', '2.8Gi') };
    expect(findingsOf(rule, files)).toEqual([]);
    const [f] = findingsOf(rule, files, {
      options: () => ({ systemPods: { mode: 'replace', pods: [{ name: 'ebs-csi-node' }, { name: 'vendor-agent', memoryLimit: '64Mi' }] } }),
    });
    expect(f?.details).toContain('ebs-csi-node (system pod): 320Mi');
    expect(f?.details).toContain('vendor-agent (system pod): 64Mi');
  });

  test('Karpenter: an error only when every type the request fits would be exceeded', () => {
    const one = nodePool('default', '- {key: node.kubernetes.io/instance-type, operator: In, values: [c5.large]}');
    expect(summary(findingsOf(rule, { 'k.yaml': one, 'a.yaml': app('1Gi', '3.5Gi') }))).toEqual([`error a.yaml:${limitLine(app('1Gi', '3.5Gi'))}`]);
    const two = nodePool('default', '- {key: node.kubernetes.io/instance-type, operator: In, values: [c5.large, m5.large]}');
    const [f] = findingsOf(rule, { 'k.yaml': two, 'a.yaml': app('1Gi', '3.5Gi') });
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('karpenter.k8s.aws/instance-memory Gt 4096');
  });

  test('Karpenter requirements on memory (Gt) choose the candidate types', () => {
    const pool = nodePool(
      'default',
      '- {key: karpenter.k8s.aws/instance-family, operator: In, values: [m5]}\n- {key: karpenter.k8s.aws/instance-memory, operator: Gt, values: ["16384"]}',
    );
    expect(findingsOf(rule, { 'k.yaml': pool, 'a.yaml': app('1Gi', '20Gi') })).toEqual([]);
    expect(findingsOf(rule, { 'k.yaml': pool, 'a.yaml': app('1Gi', '30Gi') })[0]?.message).toContain('m5.2xlarge allocatable');
  });

  test('a workload that two clusters may run is flagged only when both would fail', () => {
    const a = eksctl('- name: ng\n  instanceType: c5.large', 'a');
    const bBig = eksctl('- name: ng\n  instanceType: m5.xlarge', 'b');
    const bSmall = eksctl('- name: ng\n  instanceType: t3.medium', 'b');
    expect(findingsOf(rule, { 'clusters/a/c.yaml': a, 'clusters/b/c.yaml': bBig, 'apps/a.yaml': app('1Gi', '4Gi') })).toEqual([]);
    expect(summary(findingsOf(rule, { 'clusters/a/c.yaml': a, 'clusters/b/c.yaml': bSmall, 'apps/a.yaml': app('1Gi', '4Gi') }))).toEqual([
      `error apps/a.yaml:${limitLine(app('1Gi', '4Gi'))}`,
    ]);
    // A workload beside one cluster belongs to it alone.
    expect(summary(findingsOf(rule, { 'clusters/a/c.yaml': a, 'clusters/b/c.yaml': bBig, 'clusters/a/app.yaml': app('1Gi', '4Gi') }))).toEqual([
      `error clusters/a/app.yaml:${limitLine(app('1Gi', '4Gi'))}`,
    ]);
  });

  test('a pod without a limit is missing-memory’s, not this rule’s', () => {
    expect(findingsOf(rule, { 'c.yaml': c5, 'a.yaml': app('1Gi', '') })).toEqual([]);
  });
});

test('memory-budget/limit-exceeds-node: Karpenter requirements it cannot evaluate silence the warning, not the error', () => {
  const app = workload('Deployment', 'app', containers(container('app', '1Gi', '3.5Gi')));
  // Clock speed is not in the instance tables: the pool may launch fewer types than we price.
  const gpu = '- {key: karpenter.k8s.aws/instance-cpu-sustained-clock-speed-mhz, operator: Gt, values: ["3000"]}\n';
  const mixed = nodePool('default', `${gpu}- {key: node.kubernetes.io/instance-type, operator: In, values: [c5.large, m5.large]}`);
  expect(findingsOf(rule, { 'k.yaml': mixed, 'a.yaml': app })).toEqual([]);
  const small = nodePool('default', `${gpu}- {key: node.kubernetes.io/instance-type, operator: In, values: [c5.large]}`);
  expect(findingsOf(rule, { 'k.yaml': small, 'a.yaml': app }).map((f) => f.severity)).toEqual(['error']);
});

test('memory-budget/limit-exceeds-node: a node group scaled to zero, or a pod pinned by nodeName, gives no error', () => {
  const pod = (extra: string): string => workload('Deployment', 'app', `${extra}${containers(container('app', '1Gi', '3.5Gi'))}`);
  const zero = eksctl('- name: off\n  instanceType: c5.large\n  minSize: 0\n  maxSize: 0\n- name: on\n  instanceType: m5.large');
  expect(findingsOf(rule, { 'c.yaml': zero, 'a.yaml': pod('') })).toEqual([]);
  const one = eksctl('- name: ng\n  instanceType: c5.large');
  expect(findingsOf(rule, { 'c.yaml': one, 'a.yaml': pod('nodeName: ip-10-0-0-1.ec2.internal\n') }).map((f) => f.severity)).toEqual(['warning']);
});

test('memory-budget/limit-exceeds-node: pods sharing one placement are judged each by its own limit, to the byte, around the least room of its node types', () => {
  // The rule rules out a pod whose limit is below the least room (allocatable − per-node limits)
  // of its placement's types, found once per placement: the pods around that bound, in any order,
  // and a DaemonSet that is one of the per-node loads itself, must get what the full test gives.
  const pool = nodePool(
    'typed',
    `- {key: karpenter.k8s.aws/instance-family, operator: In, values: [c5, m5]}
- {key: karpenter.k8s.aws/instance-size, operator: In, values: [large, xlarge]}`,
    '  limits: {cpu: 100}',
  );
  const context = { 'pool.yaml': pool, 'agent.yaml': agent('agent', '200Mi', '300Mi') };
  const a = analyze({ model: treeOf({ ...context, 'probe.yaml': app('1Gi', '1Gi') }).model, options: {} });
  const target = a.targets.find((t) => t.karpenter);
  if (!target) throw new Error('no pool target');
  const room = Math.min(...target.budgets.map((b) => b.conservative - a.overhead(target, b).limit));
  expect(Number.isInteger(room)).toBe(true);
  const named = (name: string, limit: number): string => workload('Deployment', name, containers(container('app', '1Gi', String(limit))));
  const findings = findingsOf(rule, {
    ...context,
    'a.yaml': `${named('under', room)}---\n${named('over', room + 1)}---\n${named('under-again', room)}---\n${named('far-over', room + 1024 ** 3)}`,
  });
  expect(findings.map((f) => f.object?.name).sort()).toEqual(['far-over', 'over']);
  // The agent's own limit counts once: asking about itself, it leaves more room than any other pod has.
  const big = agent('agent', '200Mi', String(room - 300 * 1024 ** 2 + 1));
  expect(findingsOf(rule, { 'pool.yaml': pool, 'agent.yaml': big }).map((f) => f.object?.name)).toEqual([]);
});
