import rule from '../../../src/rules/memory-budget/no-eligible-node.js';
import { findingsOf } from '../../helpers/review.js';
import { container, containers, corpus, eksctl, lineOf, nodePool, summary, workload } from './fixtures.js';
import { testWithCorpus } from '../../helpers/corpus.js';

const groups = eksctl(
  '- name: web\n  instanceType: m5.large\n  labels: {role: web}\n- name: gpu\n  instanceType: g5.xlarge\n  labels: {role: gpu}\n  taints: [{key: nvidia.com/gpu, value: "true", effect: NoSchedule}]',
);
const app = (extra: string): string => workload('Deployment', 'app', `${extra}${containers(container('app', '1Gi', '1Gi'))}`);

describe('memory-budget/no-eligible-node', () => {
  test('a nodeSelector no node group carries, at the nodeSelector', () => {
    const text = app('nodeSelector: {role: db}\n');
    const findings = findingsOf(rule, { 'c.yaml': groups, 'a.yaml': text });
    expect(summary(findings)).toEqual([`warning a.yaml:${lineOf(text, 'nodeSelector')}`]);
    expect(findings[0]?.message).toBe(
      "app's nodeSelector matches none of the 2 node groups of its cluster (node group web: nodeSelector role=db (has web) | node group gpu: nodeSelector role=db (has gpu); " +
        'taint nvidia.com/gpu=true:NoSchedule not tolerated), so its pods stay Pending; change the selector or toleration, or add the label or toleration to a node group.',
    );
  });

  test('a taint it does not tolerate on the only group its selector matches', () => {
    const text = app('nodeSelector: {role: gpu}\n');
    const [f] = findingsOf(rule, { 'c.yaml': groups, 'a.yaml': text });
    expect(f?.message).toContain("app's nodeSelector and tolerations match none");
    const tolerating = app('nodeSelector: {role: gpu}\ntolerations: [{key: nvidia.com/gpu, operator: Exists}]\n');
    expect(findingsOf(rule, { 'c.yaml': groups, 'a.yaml': tolerating })).toEqual([]);
  });

  test('affinity operators: DoesNotExist and Gt', () => {
    const affinity = (expr: string): string =>
      `affinity:\n  nodeAffinity:\n    requiredDuringSchedulingIgnoredDuringExecution:\n      nodeSelectorTerms:\n        - matchExpressions: [${expr}]\n`;
    expect(findingsOf(rule, { 'c.yaml': groups, 'a.yaml': app(affinity('{key: role, operator: DoesNotExist}')) })[0]?.message).toContain(
      "app's required node affinity matches none",
    );
    expect(findingsOf(rule, { 'c.yaml': groups, 'a.yaml': app(affinity('{key: spot, operator: DoesNotExist}')) })).toEqual([]);
    const pool = nodePool('default', '- {key: karpenter.k8s.aws/instance-family, operator: In, values: [m5]}');
    expect(findingsOf(rule, { 'k.yaml': pool, 'a.yaml': app(affinity('{key: karpenter.k8s.aws/instance-cpu, operator: Gt, values: ["96"]}')) })).toHaveLength(
      1,
    );
    expect(findingsOf(rule, { 'k.yaml': pool, 'a.yaml': app(affinity('{key: karpenter.k8s.aws/instance-cpu, operator: Gt, values: ["32"]}')) })).toEqual([]);
  });

  test('labels nobody knows before the node exists (zone) leave it open', () => {
    expect(findingsOf(rule, { 'c.yaml': groups, 'a.yaml': app('nodeSelector: {topology.kubernetes.io/zone: us-east-1a}\n') })).toEqual([]);
  });

  test('no node groups: nothing to match against', () => {
    expect(findingsOf(rule, { 'a.yaml': app('nodeSelector: {role: db}\n') })).toEqual([]);
  });

  testWithCorpus('real files: the eksctl Windows IIS sample against the eksctl Windows example cluster and a Linux-only one', () => {
    const iis = corpus('eksctl-io__eksctl/integration/data/windows-server-iis.yaml');
    expect(findingsOf(rule, { 'cluster.yaml': corpus('eksctl-io__eksctl/examples/14-windows-nodes.yaml'), 'iis.yaml': iis })).toEqual([]);
    const [f] = findingsOf(rule, { 'cluster.yaml': corpus('eksctl-io__eksctl/examples/08-spot-instances.yaml'), 'iis.yaml': iis });
    expect(f?.message).toContain('nodeSelector kubernetes.io/os=windows (has linux)');
  });
});
