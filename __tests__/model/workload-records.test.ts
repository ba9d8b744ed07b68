/**
 * What the rules read of a workload's pod spec, the model reads into its records (issue 17: the
 * values go once the model is built, src/model/release.ts). Each fact must be what the rules read
 * from the value before: the reads below are theirs as they were, kept here as the reference.
 */
import { isDeepStrictEqual } from 'node:util';
import { collectFiles } from '../../src/collect/collect.js';
import { knownExtendedResources } from '../../src/data/instance-type-details.js';
import { loadTree } from '../../src/engine/review.js';
import { parseQuantity } from '../../src/model/quantity.js';
import { releaseUnreadValues } from '../../src/model/release.js';
import type { PathSegment } from '../../src/load/types.js';
import type { Workload } from '../../src/model/types.js';
import { asArray, asNumber, asString, get } from '../../src/model/util.js';
import { extendedRequests } from '../../src/rules/memory-budget/_nodes.js';
import { invalidMemoryQuantities, podLevelMemory } from '../../src/rules/memory-budget/_pod.js';
import { describeWithCorpus } from '../helpers/corpus.js';
import { CORPUS } from '../helpers/paths.js';
import { treeOf } from '../helpers/review.js';

const positive = (n: number | undefined): number | undefined => (n !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined);

/** The pod-level memory as `podLevelMemory` read it from the value. */
function podLevelFromValue(w: Workload): unknown {
  const resources = get(get(w.raw, ...w.pod.path), 'resources');
  if (resources === undefined) return undefined;
  return { request: positive(parseQuantity(get(resources, 'requests', 'memory'))), limit: positive(parseQuantity(get(resources, 'limits', 'memory'))) };
}

/** The invalid quantities as `invalidMemoryQuantities` read them from the value (containers named by path). */
function invalidFromValue(w: Workload): unknown[] {
  const out: unknown[] = [];
  const check = (base: readonly PathSegment[], parsed: { request: number | undefined; limit: number | undefined } | undefined): void => {
    const resources = get(w.raw, ...base, 'resources');
    if (resources === undefined) return;
    for (const [field, key] of [
      ['request', 'requests'],
      ['limit', 'limits'],
    ] as const) {
      if (parsed && parsed[field] !== undefined) continue;
      const raw = get(resources, key, 'memory');
      if (raw === undefined || raw === null || parseQuantity(raw) !== undefined) continue;
      out.push({
        container: parsed ? base.join('.') : undefined,
        field,
        text: typeof raw === 'string' ? raw : JSON.stringify(raw),
        at: [...base, 'resources', key, 'memory'],
      });
    }
  };
  for (const c of [...w.pod.containers, ...w.pod.initContainers]) check(c.path, { request: c.memoryRequest, limit: c.memoryLimit });
  check(w.pod.path, undefined);
  return out;
}

/** The extended resources as `extendedRequests` read them from the value. */
function extendedFromValue(w: Workload): [string, number][] {
  const spec = get(w.raw, ...w.pod.path);
  const one = (container: unknown): Map<string, number> => {
    const m = new Map<string, number>();
    for (const side of ['requests', 'limits']) {
      const amounts = get(container, 'resources', side);
      if (typeof amounts !== 'object' || amounts === null || Array.isArray(amounts)) continue;
      for (const [name, value] of Object.entries(amounts)) {
        if (!knownExtendedResources().has(name) && !name.startsWith('aws.amazon.com/neuron')) continue;
        const n = parseQuantity(value);
        if (n !== undefined && n > 0) m.set(name, Math.max(m.get(name) ?? 0, n));
      }
    }
    return m;
  };
  const out = new Map<string, number>();
  const add = (m: Map<string, number>, alone: boolean): void => {
    for (const [k, v] of m) out.set(k, alone ? Math.max(out.get(k) ?? 0, v) : (out.get(k) ?? 0) + v);
  };
  const inits = asArray(get(spec, 'initContainers'));
  for (const c of asArray(get(spec, 'containers'))) add(one(c), false);
  for (const i of inits) if (get(i, 'restartPolicy') === 'Always') add(one(i), false);
  for (const i of inits) if (get(i, 'restartPolicy') !== 'Always') add(one(i), true);
  return [...out];
}

const ADDON_IMAGE = /(?:^|\/)kube-proxy:v?\d+\.\d+|aws-load-balancer-controller|aws-alb-ingress-controller/;

/** Every fact the rules read of a workload's value, read from the value as they did. */
function fromValue(w: Workload): unknown {
  const jobSpec = w.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec'] : ['spec'];
  const isJob = w.kind === 'Job' || w.kind === 'CronJob';
  return {
    podLevel: podLevelFromValue(w),
    invalid: invalidFromValue(w),
    extended: extendedFromValue(w),
    runtimeClassName: asString(get(w.raw, ...w.pod.path, 'runtimeClassName')),
    nodeName: asString(get(w.raw, ...w.pod.path, 'nodeName')),
    completions: isJob ? asNumber(get(w.raw, ...jobSpec, 'completions')) : undefined,
    concurrencyPolicy: w.kind === 'CronJob' ? asString(get(w.raw, 'spec', 'concurrencyPolicy')) : undefined,
    images: w.pod.containers
      .map((c) => asString(get(w.raw, ...c.path, 'image')))
      .map((image) => (image !== undefined && ADDON_IMAGE.test(image) ? image : undefined)),
  };
}

/** The same facts, as the rules now read them from the records. */
function fromRecords(w: Workload): unknown {
  return {
    podLevel: podLevelMemory(w),
    invalid: invalidMemoryQuantities(w).map((q) => ({
      container: q.container ? q.container.path.join('.') : undefined,
      field: q.field,
      text: q.text,
      at: q.at,
    })),
    extended: [...extendedRequests(w)],
    runtimeClassName: w.pod.rare?.runtimeClassName,
    nodeName: w.pod.rare?.nodeName,
    completions: w.completions,
    concurrencyPolicy: w.concurrencyPolicy,
    images: w.pod.containers.map((c) => c.addonImage),
  };
}

const hostile = `apiVersion: batch/v1
kind: CronJob
metadata: {name: odd}
spec:
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      completions: '4'
      template:
        spec:
          runtimeClassName: 7
          nodeName: node-a
          resources: {requests: {memory: 1.5.3Gi}, limits: {memory: {a: 1}}}
          initContainers:
            - name: setup
              resources: {requests: {memory: 1e3Mi, nvidia.com/gpu: 2}}
            - name: proxy
              restartPolicy: Always
              image: registry.k8s.io/kube-proxy:v1.29.3
              resources: {limits: {aws.amazon.com/neuroncore: 1, memory: 64Mi}}
          containers:
            - name: app
              image: 12
              resources: {requests: {nvidia.com/gpu: 1, memory: [1]}, limits: {nvidia.com/gpu: 3, example.com/foo: 1, memory: null}}
            - name: lbc
              image: public.ecr.aws/eks/aws-load-balancer-controller:v2.7.1
              resources: null
            - just a string
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: plain}
spec:
  template:
    spec:
      resources: null
      containers: [{name: web, image: nginx, resources: {limits: {memory: 1Gi}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: job}
spec:
  completions: 1e400
  template: {spec: {containers: [{name: run, image: busybox}]}}
`;

describe('what the rules read of a pod spec is in the workload records', () => {
  test('records read what the rules read from the values, on hostile shapes', () => {
    const tree = treeOf({ 'all.yaml': hostile });
    const workloads = tree.model.workloads;
    expect(workloads.map((w) => w.name)).toEqual(['odd', 'plain', 'job']);
    expect(workloads.map(fromRecords)).toEqual(workloads.map(fromValue));
    const [odd, plain, job] = workloads;
    // The facts themselves, so that a reference that read nothing cannot pass.
    expect(fromRecords(odd as Workload)).toEqual({
      podLevel: { request: undefined, limit: undefined },
      invalid: [
        {
          container: 'spec.jobTemplate.spec.template.spec.containers.0',
          field: 'request',
          text: '[1]',
          at: ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'containers', 0, 'resources', 'requests', 'memory'],
        },
        {
          container: 'spec.jobTemplate.spec.template.spec.initContainers.0',
          field: 'request',
          text: '1e3Mi',
          at: ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'initContainers', 0, 'resources', 'requests', 'memory'],
        },
        { container: undefined, field: 'request', text: '1.5.3Gi', at: ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'resources', 'requests', 'memory'] },
        { container: undefined, field: 'limit', text: '{"a":1}', at: ['spec', 'jobTemplate', 'spec', 'template', 'spec', 'resources', 'limits', 'memory'] },
      ],
      // App gpu 3 (the larger of request and limit); the init container alone needs 2: 3 stays.
      extended: [
        ['nvidia.com/gpu', 3],
        ['aws.amazon.com/neuroncore', 1],
      ],
      runtimeClassName: '7',
      nodeName: 'node-a',
      completions: 4,
      concurrencyPolicy: 'Replace',
      images: [undefined, 'public.ecr.aws/eks/aws-load-balancer-controller:v2.7.1', undefined],
    });
    expect(plain?.pod.rare).toEqual({ resources: {} });
    expect(podLevelMemory(plain as Workload)).toEqual({ request: undefined, limit: undefined });
    expect(job?.completions).toBeUndefined();
    expect(job?.pod.rare).toBeUndefined();
  });

  test('the records keep the facts once the values are released', () => {
    const tree = treeOf({ 'all.yaml': hostile });
    const before = tree.model.workloads.map(fromRecords);
    expect(releaseUnreadValues(tree.files)).toBe(3);
    for (const w of tree.model.workloads) expect(Object.keys(w.raw)).toEqual(['apiVersion', 'kind']);
    expect(tree.model.workloads.map(fromRecords)).toEqual(before);
    // What the values tell now is nothing: the reads of old would have found none of it.
    expect(tree.model.workloads.map(fromValue)).not.toEqual(before);
  });
});

describeWithCorpus('workload records on real repositories', () => {
  test('every workload of the corpus: the records read what the rules read from the values', () => {
    const collected = collectFiles({ cwd: CORPUS, paths: ['.'] });
    const tree = loadTree(collected.files, collected.findings, undefined, { renderIn: CORPUS });
    const workloads = tree.model.workloads;
    expect(workloads.length).toBeGreaterThan(1000);
    const mismatched = workloads.filter((w) => !isDeepStrictEqual(fromRecords(w), fromValue(w))).map((w) => `${w.ref.doc.path} ${w.kind} ${w.name}`);
    expect(mismatched).toEqual([]);
    // Enough of each fact to compare (the corpus has them): none compared would prove nothing.
    const some = (fact: (w: Workload) => boolean): number => workloads.filter(fact).length;
    expect(
      some((w) => w.pod.rare?.runtimeClassName !== undefined || w.pod.rare?.nodeName !== undefined || w.pod.rare?.resources !== undefined),
    ).toBeGreaterThan(0);
    expect(some((w) => extendedRequests(w).size > 0)).toBeGreaterThan(0);
    expect(some((w) => w.completions !== undefined || w.concurrencyPolicy !== undefined)).toBeGreaterThan(0);
    expect(some((w) => w.pod.containers.some((c) => c.addonImage !== undefined))).toBeGreaterThan(0);
  }, 300_000);
});
