/**
 * Which pods land on which nodes (issue #15 "Placement"): one minimal manifest per behaviour.
 */
import capacity from '../../../src/rules/memory-budget/capacity.js';
import noEligibleNode from '../../../src/rules/memory-budget/no-eligible-node.js';
import limitExceedsNode from '../../../src/rules/memory-budget/limit-exceeds-node.js';
import podExceedsNode from '../../../src/rules/memory-budget/pod-exceeds-node.js';
import { findingsOf } from '../../helpers/review.js';
import { container, containers, eksctl, nodePool, workload } from './fixtures.js';

const app = (request: string, extra = '', spec = '', kind = 'Deployment'): string =>
  workload(kind, 'app', `${extra}${containers(container('app', request, request))}`, spec);

/** A managed node group of one type: EKS labels it eks.amazonaws.com/nodegroup, never compute-type. */
const managed = (type: string, more = ''): string =>
  eksctl('- name: self\n  instanceType: t3.nano\n  maxSize: 0', 'prod', `- name: mng\n  instanceType: ${type}${more}`);

describe('DaemonSets excluding Fargate, Auto Mode and hybrid nodes with compute-type NotIn', () => {
  // The affinity of the real ebs-csi-node DaemonSet (aws-ebs-csi-driver chart).
  const notIn = `affinity:
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
        - matchExpressions:
            - {key: eks.amazonaws.com/compute-type, operator: NotIn, values: [fargate, auto, hybrid]}
`;
  const daemonSet = workload('DaemonSet', 'csi-node', `${notIn}${containers(container('node', '1Gi', '1Gi'))}`);

  test.each([
    ['a managed node group', managed('m5.large')],
    ['a self-managed node group', eksctl('- name: ng\n  instanceType: m5.large')],
  ])('count on %s: its nodes carry no compute-type label, so NotIn matches', (_what, cluster) => {
    // m5.large: 6901Mi allocatable. 6Gi alone fits; 6Gi beside the 1Gi DaemonSet does not.
    expect(findingsOf(podExceedsNode, { 'c.yaml': cluster, 'a.yaml': app('6Gi') })).toEqual([]);
    const [f] = findingsOf(podExceedsNode, { 'c.yaml': cluster, 'a.yaml': app('6Gi'), 'd.yaml': daemonSet });
    expect(f?.message).toContain('app request 6Gi + DaemonSets 1Gi = 7Gi > m5.large allocatable');
  });
});

describe('Jobs and CronJobs: pods at once = min(parallelism, completions)', () => {
  const cluster = eksctl('- name: ng\n  instanceType: c5.large\n  maxSize: 2');

  test('parallelism 10, completions 2 needs 2 pods, not 10', () => {
    const job = (spec: string): string => app('2Gi', '', spec, 'Job');
    expect(findingsOf(capacity, { 'c.yaml': cluster, 'j.yaml': job('parallelism: 10\ncompletions: 2') })).toEqual([]);
    expect(findingsOf(capacity, { 'c.yaml': cluster, 'j.yaml': job('parallelism: 3\ncompletions: 5') })[0]?.message).toContain(
      'needs at least 3 pods (parallelism 3)',
    );
    // completions unset: a work queue of `parallelism` pods.
    expect(findingsOf(capacity, { 'c.yaml': cluster, 'j.yaml': job('parallelism: 3') })[0]?.message).toContain('lower the parallelism');
  });

  test('a CronJob counts one Job; under Allow it says overlapping runs would add more', () => {
    const cron = (policy: string, jobSpec: string): string => `apiVersion: batch/v1
kind: CronJob
metadata: {name: report, namespace: web}
spec:
  schedule: "*/5 * * * *"
${policy ? `  concurrencyPolicy: ${policy}\n` : ''}  jobTemplate:
    spec:
${jobSpec.replace(/^/gm, '      ')}
      template:
        spec:
          restartPolicy: Never
${containers(container('report', '2Gi', '2Gi')).replace(/^/gm, '          ')}
`;
    expect(findingsOf(capacity, { 'c.yaml': cluster, 'j.yaml': cron('Forbid', 'parallelism: 8\ncompletions: 2') })).toEqual([]);
    const [forbid] = findingsOf(capacity, { 'c.yaml': cluster, 'j.yaml': cron('Replace', 'parallelism: 4\ncompletions: 4') });
    expect(forbid?.message).toContain('needs at least 4 pods (parallelism 4) × 2Gi');
    expect(forbid?.message).not.toContain('overlapping');
    const [allow] = findingsOf(capacity, { 'c.yaml': cluster, 'j.yaml': cron('', 'parallelism: 4') });
    expect(allow?.message).toContain('needs at least 4 pods (parallelism 4; concurrencyPolicy Allow: overlapping runs would add more)');
  });
});

describe('capacity messages about the pod-count limit say so', () => {
  test('t3.small holds 9 small pods by its pod limit, not by memory', () => {
    const [f] = findingsOf(capacity, {
      'c.yaml': eksctl('- name: ng\n  instanceType: t3.small\n  maxSize: 2'),
      'a.yaml': app('10Mi', '', 'replicas: 30\nstrategy: {type: Recreate}'),
    });
    expect(f?.message).toContain('node group ng: 2 nodes × 9 pods (t3.small: pod limit 11 − 2 per-node pods; memory would hold more)');
    expect(f?.message).toContain('lower the replicas (the pod limit, not memory, is what runs out)');
  });
});

describe('extended resources restrict a pod to the node types that offer them', () => {
  const gpuPod = (memory: string, resource = 'nvidia.com/gpu'): string =>
    workload('Deployment', 'train', `containers:\n  - name: train\n    image: example/train\n    resources: {limits: {memory: ${memory}, ${resource}: 1}}`);
  const groups = eksctl('- name: cpu\n  instanceType: m5.large\n- name: gpu\n  instanceType: g4dn.xlarge');

  test('a GPU pod is never judged against the CPU-only group', () => {
    // 7Gi does not fit m5.large (6.7Gi) but fits g4dn.xlarge: before, the m5.large verdict could decide.
    expect(findingsOf(podExceedsNode, { 'c.yaml': groups, 'a.yaml': gpuPod('7Gi') })).toEqual([]);
    const [f] = findingsOf(podExceedsNode, { 'c.yaml': groups, 'a.yaml': gpuPod('15Gi') });
    expect(f?.message).toContain('> g4dn.xlarge allocatable');
    expect(f?.message).toContain('the only node type it can land on (node group gpu)');
  });

  test('Neuron and EFA count like GPUs; a type with too few is out', () => {
    const inf = eksctl('- name: inf\n  instanceType: inf2.xlarge');
    expect(findingsOf(noEligibleNode, { 'c.yaml': inf, 'a.yaml': gpuPod('1Gi', 'aws.amazon.com/neuron') })).toEqual([]);
    const [f] = findingsOf(noEligibleNode, { 'c.yaml': inf, 'a.yaml': gpuPod('1Gi', 'vpc.amazonaws.com/efa') });
    expect(f?.message).toContain('vpc.amazonaws.com/efa 1 (inf2.xlarge has 0)');
  });

  test('a GPU DaemonSet (a device-plugin-like agent asking for a GPU) does not weigh on CPU nodes', () => {
    const agent = workload('DaemonSet', 'gpu-agent', 'containers:\n  - name: a\n    image: a\n    resources: {limits: {memory: 1Gi, nvidia.com/gpu: 1}}');
    const cpu = eksctl('- name: cpu\n  instanceType: m5.large');
    expect(findingsOf(podExceedsNode, { 'c.yaml': cpu, 'a.yaml': app('6Gi'), 'd.yaml': agent })).toEqual([]);
  });
});

describe('runtimeClassName adds the RuntimeClass scheduling', () => {
  const runtimeClass = `apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata: {name: gvisor}
handler: runsc
scheduling:
  nodeSelector: {sandbox: gvisor}
  tolerations: [{key: sandbox, operator: Equal, value: gvisor, effect: NoSchedule}]
`;
  const groups = eksctl(`- name: small
  instanceType: m5.large
- name: sandbox
  instanceType: m5.2xlarge
  labels: {sandbox: gvisor}
  taints: [{key: sandbox, value: gvisor, effect: NoSchedule}]`);

  test('its nodeSelector and tolerations take the pod to the sandbox group', () => {
    // 7Gi fits only the m5.2xlarge; without the RuntimeClass the pod could only use the m5.large.
    const pod = app('7Gi', 'runtimeClassName: gvisor\n');
    expect(findingsOf(podExceedsNode, { 'c.yaml': groups, 'a.yaml': pod, 'rc.yaml': runtimeClass })).toEqual([]);
    const [without] = findingsOf(podExceedsNode, { 'c.yaml': groups, 'a.yaml': app('7Gi') });
    expect(without?.message).toContain('> m5.large allocatable');
    const [tooBig] = findingsOf(podExceedsNode, { 'c.yaml': groups, 'a.yaml': app('40Gi', 'runtimeClassName: gvisor\n'), 'rc.yaml': runtimeClass });
    expect(tooBig?.message).toContain('> m5.2xlarge allocatable');
    expect(tooBig?.message).toContain('(node group sandbox)');
  });
});

describe('EKS Auto Mode NodePools', () => {
  const autoPool = (requirements: string): string => `apiVersion: karpenter.sh/v1
kind: NodePool
metadata: {name: apps}
spec:
  template:
    spec:
      nodeClassRef: {group: eks.amazonaws.com, kind: NodeClass, name: default}
      requirements:
${requirements.replace(/^/gm, '        ')}
`;
  const cmrLarge = autoPool(
    '- {key: eks.amazonaws.com/instance-category, operator: In, values: [c, m, r]}\n- {key: eks.amazonaws.com/instance-size, operator: NotIn, values: [nano, micro, small, medium]}',
  );
  const bursty = workload('Deployment', 'app', containers(container('app', '1Gi', '2.5Gi')));

  test('eks.amazonaws.com/instance-* requirements select types like the karpenter.k8s.aws/ keys', () => {
    // Restricted to c/m/r of size large and up, the smallest node is a c5.large class (≈2.9Gi): a 2.5Gi limit fits.
    expect(findingsOf(limitExceedsNode, { 'k.yaml': cmrLarge, 'a.yaml': bursty })).toEqual([]);
    // Without the restriction the pool could launch a t4g.micro, too small for the limit.
    const open = autoPool('- {key: karpenter.sh/capacity-type, operator: In, values: [on-demand]}');
    expect(findingsOf(limitExceedsNode, { 'k.yaml': open, 'a.yaml': bursty }).map((f) => f.severity)).toEqual(['warning']);
  });

  test('Auto Mode nodes carry a compute-type label: a DaemonSet excluding auto does not count there', () => {
    const ds = workload(
      'DaemonSet',
      'agent',
      `affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: eks.amazonaws.com/compute-type, operator: NotIn, values: [fargate, auto, hybrid]}]}]}}}\n${containers(container('a', '2Gi', '2Gi'))}`,
    );
    const pinned = autoPool('- {key: node.kubernetes.io/instance-type, operator: In, values: [m5.large]}');
    expect(findingsOf(podExceedsNode, { 'k.yaml': pinned, 'a.yaml': app('6Gi'), 'd.yaml': ds })).toEqual([]);
    // A pod that asks for Auto Mode nodes by that label can land there (and not on an EC2 group).
    const autoOnly = app('1Gi', 'nodeSelector: {eks.amazonaws.com/compute-type: auto}\n');
    expect(findingsOf(noEligibleNode, { 'k.yaml': pinned, 'a.yaml': autoOnly })).toEqual([]);
    // On a cluster without Auto Mode pools those nodes are defined elsewhere: a notice.
    const [elsewhere] = findingsOf(noEligibleNode, { 'c.yaml': eksctl('- name: ng\n  instanceType: m5.large'), 'a.yaml': autoOnly });
    expect(elsewhere?.severity).toBe('notice');
    expect(elsewhere?.message).toContain('app selects eks.amazonaws.com/compute-type=auto, which no node group in the repository carries');
  });

  test('the built-in general-purpose and system pools of an eksctl autoModeConfig cluster', () => {
    const cluster = (pools: string): string => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: auto, region: us-east-1}
autoModeConfig:
  enabled: true
${pools}`;
    // Nothing on general-purpose (C/M/R, generation > 4, amd64) holds 4Ti.
    const [f] = findingsOf(podExceedsNode, { 'c.yaml': cluster(''), 'a.yaml': app('4Ti') });
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('(built-in Auto Mode NodePool general-purpose)');
    expect(f?.message).toMatch(/> (c|m|r)\d\S*\.\S+ allocatable/);
    expect(f?.details).toContain('EKS Auto Mode reserves');
    // nodePools: [] turns them off: no node group, nothing to judge against.
    expect(findingsOf(podExceedsNode, { 'c.yaml': cluster('  nodePools: []'), 'a.yaml': app('4Ti') })).toEqual([]);
    // A CriticalAddonsOnly toleration also lets the pod use the system pool (arm64 too).
    const tolerating = app('4Ti', 'tolerations: [{key: CriticalAddonsOnly, operator: Exists}]\n');
    expect(findingsOf(podExceedsNode, { 'c.yaml': cluster(''), 'a.yaml': tolerating })[0]?.message).toContain('the largest of the');
  });

  test('CloudFormation ComputeConfig.NodePools enables them', () => {
    const stack = `Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      Name: auto
      RoleArn: arn:aws:iam::1:role/r
      ResourcesVpcConfig: {SubnetIds: [subnet-1]}
      ComputeConfig: {Enabled: true, NodePools: [general-purpose], NodeRoleArn: arn:aws:iam::1:role/n}
`;
    const [f] = findingsOf(podExceedsNode, { 'stack.yaml': stack, 'a.yaml': app('4Ti') });
    expect(f?.message).toContain('(built-in Auto Mode NodePool general-purpose)');
  });
});

describe('sizing advice for a NodePool never leaves it without an instance type', () => {
  test('Gt the largest type that does not fit, only when larger types remain', () => {
    const pool = nodePool('default', '- {key: node.kubernetes.io/instance-type, operator: In, values: [c5.large, c5.xlarge, c5.2xlarge]}');
    const [f] = findingsOf(limitExceedsNode, { 'k.yaml': pool, 'a.yaml': workload('Deployment', 'app', containers(container('app', '1Gi', '5Gi'))) });
    // A 5Gi limit exceeds c5.large (2.9Gi) only; c5.xlarge (6.4Gi) and c5.2xlarge hold it.
    expect(f?.message).toContain('a requirement karpenter.k8s.aws/instance-memory Gt 4096 leaves 2 types, from c5.xlarge');
    const tiny = nodePool('default', '- {key: node.kubernetes.io/instance-type, operator: In, values: [c5.large]}');
    const [g] = findingsOf(podExceedsNode, { 'k.yaml': tiny, 'a.yaml': app('6Gi') });
    expect(g?.message).toContain('allow larger types in the requirements of NodePool default (none it may launch holds it)');
    expect(g?.message).not.toContain('Gt');
  });
});

describe('node groups the repository does not define: a notice, not "stays Pending"', () => {
  const selfManaged = eksctl('- name: web\n  instanceType: m5.large');

  test.each([
    ['eks.amazonaws.com/nodegroup', 'nodeSelector: {eks.amazonaws.com/nodegroup: batch}\n', 'eks.amazonaws.com/nodegroup=batch'],
    ['eks.amazonaws.com/capacityType', 'nodeSelector: {eks.amazonaws.com/capacityType: SPOT}\n', 'eks.amazonaws.com/capacityType=SPOT'],
    [
      'karpenter.sh/nodepool',
      'affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: karpenter.sh/nodepool, operator: In, values: [gpu]}]}]}}}\n',
      'karpenter.sh/nodepool In [gpu]',
    ],
  ])('%s naming no group in scope', (_key, selector, text) => {
    const [f, ...rest] = findingsOf(noEligibleNode, { 'c.yaml': selfManaged, 'a.yaml': app('1Gi', selector) });
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('notice');
    expect(f?.message).toContain(`app selects ${text}, which no node group in the repository carries`);
    expect(f?.message).toContain('docs/configuration.md#nodegroups');
  });

  test('a managed node group of that name in the repository is matched as usual', () => {
    const cluster = eksctl('- name: web\n  instanceType: m5.large', 'prod', '- name: batch\n  instanceType: m5.large');
    expect(findingsOf(noEligibleNode, { 'c.yaml': cluster, 'a.yaml': app('1Gi', 'nodeSelector: {eks.amazonaws.com/nodegroup: batch}\n') })).toEqual([]);
    // A label the repository could define but does not is still the usual warning.
    expect(findingsOf(noEligibleNode, { 'c.yaml': cluster, 'a.yaml': app('1Gi', 'nodeSelector: {role: db}\n') })[0]?.severity).toBe('warning');
  });

  test("the Karpenter controller's own karpenter.sh/nodepool DoesNotExist affinity is expected", () => {
    const pool = nodePool('default', '- {key: karpenter.k8s.aws/instance-category, operator: In, values: [c, m, r]}');
    const controller = app(
      '100Mi',
      'affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: karpenter.sh/nodepool, operator: DoesNotExist}]}]}}}\n',
    );
    expect(findingsOf(noEligibleNode, { 'k.yaml': pool, 'a.yaml': controller })).toEqual([]);
  });
});
