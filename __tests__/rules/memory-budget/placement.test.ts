/**
 * Which pods land on which nodes (issue #15 "Placement"): one minimal manifest per behaviour.
 */
import capacity from '../../../src/rules/memory-budget/capacity.js';
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
