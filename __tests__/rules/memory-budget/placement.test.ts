/**
 * Which pods land on which nodes (issue #15 "Placement"): one minimal manifest per behaviour.
 */
import capacity from '../../../src/rules/memory-budget/capacity.js';
import noEligibleNode from '../../../src/rules/memory-budget/no-eligible-node.js';
import podExceedsNode from '../../../src/rules/memory-budget/pod-exceeds-node.js';
import { findingsOf } from '../../helpers/review.js';
import { container, containers, eksctl, workload } from './fixtures.js';

const app = (request: string, extra = '', spec = '', kind = 'Deployment'): string =>
  workload(kind, 'app', `${extra}${containers(container('app', request, request))}`, spec);

/** A managed node group of one type: EKS labels it eks.amazonaws.com/nodegroup, never compute-type. */
const managed = (type: string, more = ''): string => eksctl('- name: self\n  instanceType: t3.nano\n  maxSize: 0', 'prod', `- name: mng\n  instanceType: ${type}${more}`);

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
    expect(findingsOf(capacity, { 'c.yaml': cluster, 'j.yaml': job('parallelism: 3\ncompletions: 5') })[0]?.message).toContain('needs at least 3 pods (parallelism 3)');
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
    const [f] = findingsOf(capacity, { 'c.yaml': eksctl('- name: ng\n  instanceType: t3.small\n  maxSize: 2'), 'a.yaml': app('10Mi', '', 'replicas: 30\nstrategy: {type: Recreate}') });
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
