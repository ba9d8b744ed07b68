import rule from '../../../src/rules/memory-budget/node-overcommit.js';
import { findingsOf } from '../../helpers/review.js';
import { container, containers, corpus, eksctl, lineOf, summary, workload } from './fixtures.js';
import { testWithCorpus } from '../../helpers/corpus.js';

const app = (name: string, request: string, limit: string, replicas: number): string =>
  workload('Deployment', name, containers(container(name, request, limit)), `replicas: ${replicas}`);

describe('memory-budget/node-overcommit', () => {
  test('two pods that fit by request but not by limit, at the node group', () => {
    const cluster = eksctl('- name: ng\n  instanceType: m5.large');
    const findings = findingsOf(rule, { 'c.yaml': cluster, 'a.yaml': app('api', '2Gi', '3.5Gi', 3) });
    expect(summary(findings)).toEqual([`warning c.yaml:${lineOf(cluster, 'instanceType: m5.large')}`]);
    expect(findings[0]?.message).toBe(
      'On m5.large (node group ng) the scheduler can fit 3× api (request 2Gi, limit 3.5Gi) by their requests (6Gi), but their limits 10.5Gi + DaemonSets 0Mi = 10.5Gi > allocatable 6.7Gi: ' +
        'if they burst together the node runs out of memory; raise the requests toward the limits (or lower the limits) so that what fits by request also fits by limit.',
    );
  });

  test('packs the pods with the most burst first, across workloads, up to their replicas', () => {
    const cluster = eksctl('- name: ng\n  instanceType: c5.large');
    const files = { 'c.yaml': cluster, 'a.yaml': app('steady', '1Gi', '1Gi', 5), 'b.yaml': app('bursty', '512Mi', '1.5Gi', 2) };
    const [f] = findingsOf(rule, files);
    expect(f?.message).toContain('2× bursty (request 512Mi, limit 1.5Gi) + 1× steady (request 1Gi, limit 1Gi)');
    expect(f?.message).toContain('limits 4Gi + DaemonSets 0Mi = 4Gi > allocatable 2.9Gi');
  });

  test('equal burst packs the larger limit first, then the model order', () => {
    const cluster = eksctl('- name: ng\n  instanceType: c5.large');
    const files = { 'c.yaml': cluster, 'a.yaml': app('t1', '512Mi', '1Gi', 2), 'b.yaml': app('t2', '512Mi', '1Gi', 2), 'd.yaml': app('big', '1Gi', '2Gi', 1) };
    const [f] = findingsOf(rule, files);
    expect(f?.message).toContain('1× big (request 1Gi, limit 2Gi) + 2× t1 (request 512Mi, limit 1Gi) + 1× t2 (request 512Mi, limit 1Gi) by their requests');
  });

  test('a pod too large for the room left is passed over, and smaller ones later in the order still fill it', () => {
    // Packing reads the scope's workloads only as far as the node fills (by pods or by room): the
    // room left after a's pods is below b's request but not c's, so the packing must go on past b.
    const cluster = eksctl('- name: ng\n  instanceType: m5.large');
    const files = { 'c.yaml': cluster, 'a.yaml': app('a', '3Gi', '6Gi', 2), 'b.yaml': app('b', '1Gi', '1.5Gi', 3), 'd.yaml': app('c', '256Mi', '256Mi', 5) };
    const [f, ...rest] = findingsOf(rule, files);
    expect(rest).toEqual([]);
    expect(f?.message).toContain('the scheduler can fit 2× a (request 3Gi, limit 6Gi) + 2× c (request 256Mi, limit 256Mi) by their requests (6.5Gi)');
  });

  test('a workload first in packing order that lands on another node group is left out of this one’s packing', () => {
    const cluster = eksctl('- name: ng-a\n  instanceType: m5.large\n  labels: {role: a}\n- name: ng-b\n  instanceType: m5.large\n  labels: {role: b}');
    const pinned = workload('Deployment', 'x', `nodeSelector: {role: b}\n${containers(container('x', '1Gi', '6Gi'))}`, 'replicas: 2');
    const files = { 'c.yaml': cluster, 'a.yaml': pinned, 'b.yaml': app('y', '2Gi', '4Gi', 3) };
    const findings = findingsOf(rule, files);
    const on = (group: string): string | undefined => findings.find((f) => f.message.includes(`(node group ${group})`))?.message;
    expect(on('ng-a')).toContain('the scheduler can fit 3× y (request 2Gi, limit 4Gi) by their requests');
    expect(on('ng-b')).toContain('the scheduler can fit 2× x (request 1Gi, limit 6Gi) + 2× y (request 2Gi, limit 4Gi) by their requests');
  });

  test('each workload reads as its manifest wrote it (3.75Gi is not called 3.8Gi)', () => {
    const cluster = eksctl('- name: ng\n  instanceType: m5.2xlarge');
    const [f] = findingsOf(rule, { 'c.yaml': cluster, 'a.yaml': app('api', '2.25Gi', '3.75Gi', 12) });
    expect(f?.message).toContain('× api (request 2.25Gi, limit 3.75Gi)');
  });

  test('requests equal to limits never overcommit; a single pod is limit-exceeds-node’s', () => {
    const cluster = eksctl('- name: ng\n  instanceType: c5.large');
    expect(findingsOf(rule, { 'c.yaml': cluster, 'a.yaml': app('a', '1Gi', '1Gi', 5) })).toEqual([]);
    expect(findingsOf(rule, { 'c.yaml': cluster, 'a.yaml': app('a', '2Gi', '2.5Gi', 5) })).toEqual([]);
  });

  testWithCorpus('real files: microservices-demo on the eksctl spot example overcommits a t3.small', () => {
    const files = {
      'cluster.yaml': corpus('eksctl-io__eksctl/examples/08-spot-instances.yaml'),
      'apps/release.yaml': corpus('GoogleCloudPlatform__microservices-demo/release/kubernetes-manifests.yaml'),
    };
    const [f, ...rest] = findingsOf(rule, files);
    expect(rest).toEqual([]);
    expect(f?.message).toMatch(/^On t3\.small \(node group ng-1\) the scheduler can fit 1× recommendationservice \(request 220Mi, limit 450Mi\)/);
    // 9 pods: the 11-pod limit of a t3.small minus aws-node and kube-proxy.
    const pods = [...(f?.details ?? '').matchAll(/^ {2}(\d+)× /gm)].reduce((n, m) => n + Number(m[1]), 0);
    expect(pods).toBe(9);
    expect(f?.details).toContain('Limits: 1474Mi + 0Mi = 1474Mi > 1426Mi allocatable');
  });
});
