import rule from '../../../src/rules/memory-budget/capacity.js';
import { findingsOf } from '../../helpers/review.js';
import { container, containers, eksctl, example, lineOf, nodePool, summary, workload } from './fixtures.js';

const group = (type: string, maxSize?: number): string =>
  eksctl(`- name: ng\n  instanceType: ${type}${maxSize !== undefined ? `\n  maxSize: ${maxSize}` : ''}`);
const app = (request: string, spec: string): string => workload('Deployment', 'app', containers(container('app', request, request)), spec);
const hpa = (min: number, max: number): string =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: app, namespace: web}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: app}\n  minReplicas: ${min}\n  maxReplicas: ${max}\n`;

describe('memory-budget/capacity', () => {
  test('even the minimum replicas cannot fit the max size: an error at replicas', () => {
    // c5.large holds one 2Gi pod (2988Mi conservative, 3069Mi upper bound); 3 nodes hold 3 < 6.
    const text = app('2Gi', 'replicas: 6');
    const findings = findingsOf(rule, { 'c.yaml': group('c5.large', 3), 'a.yaml': text });
    expect(summary(findings)).toEqual([`error a.yaml:${lineOf(text, 'replicas: 6')}`]);
    expect(findings[0]?.message).toBe(
      'app needs at least 6 pods × 2Gi request, but the node groups it can use hold at most 3 even on the largest nodes they may get: ' +
        'node group ng: 3 nodes × 1 pod (c5.large: 2.9Gi allocatable − DaemonSets 0Mi); raise maxSize to 8 or lower the replicas or the request.',
    );
  });

  test('HPA maxReplicas plus the rolling-update surge: a warning at the HPA', () => {
    // m5.large: 6903Mi → 6 pods of 1Gi a node; HPA max 10 + 25% surge (3) = 13 > 2 × 6.
    const h = hpa(2, 10);
    const files = { 'c.yaml': group('m5.large', 2), 'a.yaml': app('1Gi', 'replicas: 2'), 'h.yaml': h };
    const findings = findingsOf(rule, files);
    expect(summary(findings)).toEqual([`warning h.yaml:${lineOf(h, 'maxReplicas')}`]);
    expect(findings[0]?.message).toContain(
      'app needs up to 13 pods (HPA app maxReplicas 10 + rolling-update surge 3) × 1Gi request, but the node groups it can use hold at most 12',
    );
    expect(findingsOf(rule, { ...files, 'c.yaml': group('m5.large', 3) })).toEqual([]);
  });

  test('surge: 25% by default, none with Recreate or maxSurge 0', () => {
    const c = group('c5.large', 3);
    expect(findingsOf(rule, { 'c.yaml': c, 'a.yaml': app('2Gi', 'replicas: 3') })[0]?.message).toContain(
      'needs up to 4 pods (replicas 3 + rolling-update surge 1)',
    );
    expect(findingsOf(rule, { 'c.yaml': c, 'a.yaml': app('2Gi', 'replicas: 3\nstrategy: {type: Recreate}') })).toEqual([]);
    expect(findingsOf(rule, { 'c.yaml': c, 'a.yaml': app('2Gi', 'replicas: 3\nstrategy: {rollingUpdate: {maxSurge: 0, maxUnavailable: 1}}') })).toEqual([]);
  });

  test('surge percentages read once per text still give each workload its own (and the same text the same)', () => {
    const c = group('c5.large', 3);
    const surge = (written: string): string | undefined =>
      findingsOf(rule, { 'c.yaml': c, 'a.yaml': app('2Gi', `replicas: 3\nstrategy: {rollingUpdate: {maxSurge: "${written}"}}`) })[0]?.message;
    expect(surge('50%')).toContain('needs up to 5 pods (replicas 3 + rolling-update surge 2)');
    expect(surge('100%')).toContain('needs up to 6 pods (replicas 3 + rolling-update surge 3)');
    // Asked again after other texts: the same answer.
    expect(surge('50%')).toContain('needs up to 5 pods (replicas 3 + rolling-update surge 2)');
    // Not a percentage: a count.
    expect(surge('2')).toContain('needs up to 5 pods (replicas 3 + rolling-update surge 2)');
  });

  test('the pod limit of a node caps small pods (t3.small: 11 pods, 2 of them aws-node and kube-proxy)', () => {
    const [f] = findingsOf(rule, { 'c.yaml': group('t3.small', 5), 'a.yaml': app('10Mi', 'replicas: 50\nstrategy: {type: Recreate}') });
    expect(f?.message).toContain('node group ng: 5 nodes × 9 pods (t3.small');
  });

  test('the request reads as the manifest wrote it (1536Mi, not 1.5Gi)', () => {
    const [f] = findingsOf(rule, { 'c.yaml': group('c5.large', 2), 'a.yaml': app('1536Mi', 'replicas: 6\nstrategy: {type: Recreate}') });
    expect(f?.message).toContain('× 1536Mi request');
  });

  test('no max size, or a Karpenter pool without a node limit: nothing to compare', () => {
    expect(findingsOf(rule, { 'c.yaml': group('c5.large'), 'a.yaml': app('2Gi', 'replicas: 50') })).toEqual([]);
    const pool = nodePool('default', '- {key: node.kubernetes.io/instance-type, operator: In, values: [c5.large]}');
    expect(findingsOf(rule, { 'k.yaml': pool, 'a.yaml': app('2Gi', 'replicas: 50') })).toEqual([]);
    const limited = nodePool('default', '- {key: node.kubernetes.io/instance-type, operator: In, values: [c5.large]}', '  limits: {nodes: 10}');
    expect(findingsOf(rule, { 'k.yaml': limited, 'a.yaml': app('2Gi', 'replicas: 50') })[0]?.message).toContain('raise limits.nodes to 63');
  });

  test('the outage cluster holds rails-app with its surge (4 nodes × 1 pod)', () => {
    const files = {
      'examples/outage-2019/cluster.yaml': example('outage-2019/cluster.yaml'),
      'examples/outage-2019/rails.yaml': example('outage-2019/rails.yaml'),
      'examples/outage-2019/agents.yaml': example('outage-2019/agents.yaml'),
    };
    expect(findingsOf(rule, files)).toEqual([]);
    const five = { ...files, 'examples/outage-2019/rails.yaml': files['examples/outage-2019/rails.yaml'].replace('replicas: 3', 'replicas: 4') };
    expect(findingsOf(rule, five)[0]?.message).toContain(
      'needs up to 5 pods (replicas 4 + rolling-update surge 1) × 2Gi request, but the node groups it can use hold at most 4',
    );
  });
});
