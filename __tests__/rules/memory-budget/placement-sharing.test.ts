/**
 * Workloads that schedule alike share one placement per node group (issue 17): the findings must
 * be exactly those each workload gets when it is reviewed alone, and whatever tells two pods'
 * placements apart (GPU requests, nodeName, a RuntimeClass's scheduling) must keep them apart.
 */
import type { Finding } from '../../../src/findings.js';
import type { Workload } from '../../../src/model/types.js';
import { analyze } from '../../../src/rules/memory-budget/_analysis.js';
import { memoryBudgetRules as MEMORY_BUDGET } from '../../../src/rules/memory-budget/index.js';
import { reviewFiles, treeOf } from '../../helpers/review.js';
import { container, containers, eksctl, nodePool, workload } from './fixtures.js';

const cluster = eksctl(
  `- name: general
  instanceType: m5.large
  maxSize: 3
  labels: {role: general}
- name: batch
  instanceType: r5.xlarge
  maxSize: 2
  labels: {role: batch}
  taints: [{key: dedicated, value: batch, effect: NoSchedule}]`,
);
const pool = nodePool(
  'typed',
  `- {key: karpenter.k8s.aws/instance-family, operator: In, values: [c5, m5]}
- {key: karpenter.k8s.aws/instance-size, operator: In, values: [large, xlarge, 2xlarge]}`,
  '  limits: {cpu: 100}',
);
const runtimeClass = `apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata: {name: batch-only}
handler: runc
scheduling:
  nodeSelector: {role: batch}
  tolerations: [{key: dedicated, operator: Equal, value: batch, effect: NoSchedule}]
`;

const toBatch = `nodeSelector: {role: batch}
tolerations: [{key: dedicated, operator: Equal, value: batch, effect: NoSchedule}]
`;
const onC5 = 'nodeSelector: {node.kubernetes.io/instance-type: c5.large}\n';

/** 48 workloads in six scheduling shapes; sizes vary so that some fit and some do not. */
function workloads(): Record<string, string> {
  const shapes: { name: string; pod: (i: number) => string; spec?: string }[] = [
    { name: 'plain', pod: (i) => containers(container('app', `${(i % 8) + 1}Gi`, `${(i % 8) + 2}Gi`)) },
    { name: 'batch', pod: (i) => `${toBatch}${containers(container('app', `${(i % 8) * 4 + 1}Gi`, `${(i % 8) * 4 + 2}Gi`))}` },
    { name: 'typed', pod: (i) => `${onC5}${containers(container('app', `${(i % 4) + 1}Gi`, `${(i % 4) + 1}Gi`))}` },
    // Selects like `batch`, but asks for a GPU that no node group offers.
    { name: 'gpu', pod: () => `${toBatch}containers:\n  - name: app\n    resources: {requests: {memory: 1Gi}, limits: {memory: 1Gi, nvidia.com/gpu: 1}}\n` },
    // No selectors, like `plain`, but pinned to a node.
    { name: 'pinned', pod: (i) => `nodeName: ip-10-0-0-1\n${containers(container('app', `${(i % 8) + 1}Gi`, `${(i % 8) + 2}Gi`))}` },
    // No selectors of its own, but its RuntimeClass sends it to the batch group.
    { name: 'runtime', pod: (i) => `runtimeClassName: batch-only\n${containers(container('app', `${(i % 8) * 4 + 1}Gi`, `${(i % 8) * 4 + 2}Gi`))}` },
  ];
  const files: Record<string, string> = {};
  for (const shape of shapes) {
    for (let i = 0; i < 8; i++) files[`${shape.name}-${i}.yaml`] = workload('Deployment', `${shape.name}-${i}`, shape.pod(i), `replicas: ${1 + (i % 3)}`);
  }
  return files;
}

const context = { 'cluster.yaml': cluster, 'pool.yaml': pool, 'runtime.yaml': runtimeClass };
const perObject = ['memory-budget/pod-exceeds-node', 'memory-budget/limit-exceeds-node', 'memory-budget/no-eligible-node', 'memory-budget/capacity'];
const view = (f: Finding): string => `${f.rule} ${f.severity} ${f.path}:${f.startLine}:${f.startColumn} ${f.message}\n${f.details ?? ''}`;

describe('placements shared by workloads that schedule alike', () => {
  const files = workloads();
  const together = reviewFiles({ ...context, ...files }, { rules: MEMORY_BUDGET });

  test("each workload's findings are those it gets reviewed alone", () => {
    let compared = 0;
    for (const [path, text] of Object.entries(files)) {
      const alone = reviewFiles({ ...context, [path]: text }, { rules: MEMORY_BUDGET }).filter((f) => perObject.includes(f.rule) && f.path === path);
      const mine = together.filter((f) => perObject.includes(f.rule) && f.path === path);
      expect(mine.map(view)).toEqual(alone.map(view));
      compared += mine.length;
    }
    // The fixture exercises every per-workload rule it compares, not an empty review.
    expect(compared).toBeGreaterThan(20);
    expect(new Set(together.map((f) => f.rule))).toEqual(new Set([...perObject, 'memory-budget/node-overcommit']));
  });

  test('what tells placements apart keeps them apart: GPU requests, nodeName, RuntimeClass scheduling', () => {
    const byName = (prefix: string): string[] => together.filter((f) => f.message.startsWith(`${prefix}-`)).map((f) => f.rule);
    // Same selectors as `batch`, but no type offers a GPU: no eligible node, for every one of them.
    expect(byName('gpu').filter((r) => r === 'memory-budget/no-eligible-node')).toHaveLength(8);
    expect(byName('batch')).not.toContain('memory-budget/no-eligible-node');
    // The RuntimeClass's scheduling puts `runtime` where `batch` goes: the same verdicts for the same sizes.
    const verdicts = (prefix: string): string[] =>
      together.filter((f) => f.message.startsWith(`${prefix}-`)).map((f) => `${f.rule} ${f.severity} ${f.message.replace(/^\S+/, '')}`);
    expect(verdicts('runtime')).toEqual(verdicts('batch'));
  });

  test('alike workloads get the very same placement object; different ones do not', () => {
    const tree = treeOf({ ...context, ...files });
    const a = analyze({ model: tree.model, options: {} });
    const named = (name: string): Workload => tree.model.workloads.find((w) => w.name === name) as Workload;
    const [general] = a.targets.filter((t) => t.label.includes('general'));
    expect(general).toBeDefined();
    if (!general) return;
    expect(a.placement(named('plain-0'), general)).toBe(a.placement(named('plain-7'), general));
    expect(a.placement(named('plain-0'), general)).not.toBe(a.placement(named('pinned-0'), general));
    expect(a.placement(named('batch-0'), general)).not.toBe(a.placement(named('gpu-0'), general));
  });

  test('an entry keeps only its key: asked about every target, in any order, it gets what its workload gets', () => {
    const tree = treeOf({ ...context, ...files });
    const a = analyze({ model: tree.model, options: {} });
    // Every entry on every target, first target last for some: each miss reads the entry's facts again.
    const answers = a.workloads.map((e) =>
      (e.workload.name.endsWith('-3') ? [...a.targets].reverse() : a.targets).map((t) => [t, a.placementOf(e, t)] as const),
    );
    const fresh = analyze({ model: treeOf({ ...context, ...files }).model, options: {} });
    for (const [i, e] of a.workloads.entries()) {
      for (const [t, placement] of answers[i] ?? []) {
        expect(placement).toBe(a.placement(e.workload, t));
        expect(placement).toBe(a.placementOf(e, t));
        // The same answer as an analysis that asked by workload only.
        const other = fresh.workloads[i];
        const target = fresh.targets[a.targets.indexOf(t)];
        if (!other || !target) throw new Error('analyses differ');
        expect([placement.result, placement.types.map((r) => `${r.budget.type.name} ${r.result}`), placement.match.reasons]).toEqual([
          fresh.placement(other.workload, target).result,
          fresh.placement(other.workload, target).types.map((r) => `${r.budget.type.name} ${r.result}`),
          fresh.placement(other.workload, target).match.reasons,
        ]);
      }
    }
    expect(a.targets.length).toBeGreaterThan(1);
  });
});
