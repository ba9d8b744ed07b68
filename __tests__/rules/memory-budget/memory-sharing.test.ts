/**
 * Models of one context (a change's head and base) share each workload's pod memory
 * (shareAnalysisFacts): the base's analysis must read every workload exactly as an analysis of
 * its own would, LimitRange defaults, RuntimeClass overhead and pod-level resources included, and
 * node-overcommit, which packs every workload of a cluster in both revisions, must find the same.
 */
import { buildModel } from '../../../src/model/build.js';
import type { Model } from '../../../src/model/types.js';
import { analyze, shareAnalysisFacts } from '../../../src/rules/memory-budget/_analysis.js';
import nodeOvercommit from '../../../src/rules/memory-budget/node-overcommit.js';
import { runRules } from '../../../src/engine/review.js';
import { treeOf } from '../../helpers/review.js';
import { container, containers, eksctl, workload } from './fixtures.js';

const files: Record<string, string> = {
  'cluster.yaml': eksctl('- name: ng\n  instanceType: m5.large\n  maxSize: 3'),
  'limits.yaml': `apiVersion: v1
kind: LimitRange
metadata: {name: defaults, namespace: web}
spec:
  limits:
    - type: Container
      default: {memory: 1536Mi}
      defaultRequest: {memory: 256Mi}
`,
  'runtime.yaml': `apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata: {name: kata}
handler: kata
overhead:
  podFixed: {memory: 160Mi}
`,
  'sized.yaml': workload('Deployment', 'sized', containers(container('app', '512Mi', '2Gi')), 'replicas: 3'),
  'defaulted.yaml': workload('Deployment', 'defaulted', containers(container('app', '', '')), 'replicas: 4'),
  'kata.yaml': workload('Deployment', 'kata', `runtimeClassName: kata\n${containers(container('app', '384Mi', '1Gi'))}`, 'replicas: 2'),
  'pod-level.yaml': workload(
    'Deployment',
    'pod-level',
    `resources: {requests: {memory: 768Mi}, limits: {memory: 1280Mi}}\n${containers(container('app', '', ''))}`,
    'replicas: 2',
  ),
};

/** Another model of the same loaded files: the same workload objects, as a change's base has for unchanged files. */
const again = (model: Model, tree: ReturnType<typeof treeOf>): Model => {
  const other = buildModel(tree.files, tree.config);
  expect(other).not.toBe(model);
  expect(other.workloads).toEqual(model.workloads);
  return other;
};

const memories = (model: Model): string[] =>
  analyze({ model, options: {} }).workloads.map(
    (e) => `${e.workload.name} ${e.request} ${e.limit} ${JSON.stringify(analyze({ model, options: {} }).memoryOf(e))}`,
  );

describe('pod memory shared across models of one context', () => {
  test("the second model's entries are the first's memory, and what an unshared analysis reads", () => {
    const tree = treeOf(files);
    const [head, base, alone] = [tree.model, again(tree.model, tree), again(tree.model, tree)];
    shareAnalysisFacts([head, base]);
    const fromHead = analyze({ model: head, options: {} });
    const fromBase = analyze({ model: base, options: {} });
    // Shared: the base reuses the head's reading (the pod-level resources are the very same object).
    // (`podLevel` is the analysis's own field of an entry, not part of `WorkloadEntry`.)
    const podLevel = (a: typeof fromHead): unknown =>
      (a.workloads.find((e) => e.workload.name === 'pod-level') as { podLevel?: unknown } | undefined)?.podLevel;
    expect(podLevel(fromHead)).toBeDefined();
    expect(podLevel(fromBase)).toBe(podLevel(fromHead));
    expect(podLevel(analyze({ model: alone, options: {} }))).not.toBe(podLevel(fromHead));
    // And the same values as a model that shares nothing: defaults, overhead and pod-level resources applied.
    expect(memories(base)).toEqual(memories(alone));
    const read = Object.fromEntries(fromBase.workloads.map((e) => [e.workload.name, [e.request, e.limit]]));
    const MI = 1024 ** 2;
    expect(read).toMatchObject({
      sized: [512 * MI, 2048 * MI],
      defaulted: [256 * MI, 1536 * MI],
      kata: [544 * MI, 1184 * MI],
      'pod-level': [768 * MI, 1280 * MI],
    });
  });

  test('node-overcommit finds the same on a model that shares facts as on one that does not', () => {
    const tree = treeOf(files);
    const [head, base, alone] = [tree.model, again(tree.model, tree), again(tree.model, tree)];
    shareAnalysisFacts([head, base]);
    const run = (model: Model): string[] =>
      runRules({ ...tree, model }, { rules: [nodeOvercommit] }).map((f) => `${f.rule} ${f.path}:${f.startLine} ${f.message}\n${f.details ?? ''}`);
    const first = run(head);
    // The fixture overcommits its node group: the comparison is of a finding, not of two empty lists.
    expect(first).toHaveLength(1);
    expect(run(base)).toEqual(first);
    expect(run(alone)).toEqual(first);
  });
});
