/**
 * A full review frees the values of objects no rule reads past their identity (issue 17): the
 * findings, their positions and the suppressions must be exactly those of a review that keeps them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { collectFiles } from '../../src/collect/collect.js';
import type { Finding } from '../../src/findings.js';
import { loadTree, reviewTree, type LoadedTree } from '../../src/engine/review.js';
import type { LoadedDocument, LoadedFile, PathSegment } from '../../src/load/types.js';
import { loadRendered } from '../../src/load/helm-output.js';
import { loadFile, wholeValueOf } from '../../src/load/yaml.js';
import { documentObjects } from '../../src/model/build.js';
import { IDENTITY_ONLY_KINDS, releaseUnreadValues } from '../../src/model/release.js';
import { get } from '../../src/model/util.js';
import { describeWithCorpus } from '../helpers/corpus.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { treeOf } from '../helpers/review.js';

const now = new Date('2026-12-02T00:00:00Z');
const view = (f: Finding): string => JSON.stringify(f);

/** The findings of the same files reviewed twice: values kept, and values released before the rules. */
function bothWays(load: () => ReturnType<typeof loadTree>): { kept: string[]; released: string[]; count: number } {
  const kept = reviewTree(load(), { now }).findings.map(view);
  const tree = load();
  const count = releaseUnreadValues(tree.modelFiles ?? tree.files, tree.kustomize?.consumed);
  return { kept, released: reviewTree(tree, { now }).findings.map(view), count };
}

const docKey = (doc: LoadedDocument): string => `${doc.path}#${doc.index}`;

/**
 * Every path of a document's value the rules read, recorded by proxies put in place of the
 * values (documents' and model objects') once the model is built: what release must keep.
 * Paths are from the document's root (a List item's base included).
 */
function rulesReads(tree: LoadedTree): { reads: Map<string, Read[]>; findings: string[] } {
  const reads = new Map<string, Read[]>();
  const record = (key: string, read: Read): void => {
    const list = reads.get(key) ?? [];
    list.push(read);
    reads.set(key, list);
  };
  const proxies = new WeakMap<object, unknown>();
  const wrap = (value: unknown, key: string, at: PathSegment[]): unknown => {
    if (value === null || typeof value !== 'object') return value;
    const known = proxies.get(value);
    if (known !== undefined && at.length === 0) return known;
    const proxy = new Proxy(value, {
      get(target, property, receiver) {
        const field: unknown = Reflect.get(target, property, receiver);
        if (typeof property === 'symbol') return field;
        // An array's length and methods: what they tell is its items, which are recorded as read.
        if (Array.isArray(target) && !/^\d+$/.test(property)) {
          if (property === 'length') record(key, { path: at, keys: true });
          return field;
        }
        const path = [...at, Array.isArray(target) ? Number(property) : property];
        record(key, { path, keys: false });
        return wrap(field, key, path);
      },
      ownKeys(target) {
        record(key, { path: at, keys: true });
        return Reflect.ownKeys(target);
      },
    });
    if (at.length === 0) proxies.set(value, proxy);
    return proxy;
  };
  const documents = (tree.modelFiles ?? tree.files).flatMap((f) => f.documents);
  for (const doc of documents) Object.defineProperty(doc, 'value', { value: wrap(doc.value, docKey(doc), []), configurable: true });
  const { manifests, workloads, services, ingresses, autoscalers } = tree.model;
  for (const m of [...manifests, ...workloads, ...services, ...ingresses, ...autoscalers]) {
    Object.defineProperty(m, 'raw', { value: wrap(m.raw, docKey(m.ref.doc), [...m.ref.base]), configurable: true, writable: true });
  }
  return { reads, findings: reviewTree(tree, { now }).findings.map(view) };
}

/** A read of a value (`keys`: of which keys or items it has, as enumerating it or its length tells). */
interface Read {
  path: PathSegment[];
  keys: boolean;
}

/** What a read saw: a scalar's value, a collection's keys; nothing for a collection read into (its reads say). */
function seen(root: unknown, { path, keys }: Read): string | undefined {
  const value = get(root, ...path);
  if (keys) return typeof value === 'object' && value !== null ? JSON.stringify(Object.keys(value)) : JSON.stringify(value);
  return typeof value === 'object' && value !== null ? undefined : (JSON.stringify(value) ?? 'undefined');
}

/** Reads of the rules (on a tree with every value) that see something else once values are released: must be none. */
function freedReads(load: () => LoadedTree): { freed: string[]; reads: number; findings: string[] } {
  const kept = load();
  const originals = new Map((kept.modelFiles ?? kept.files).flatMap((f) => f.documents).map((doc) => [docKey(doc), doc.value]));
  const { reads, findings } = rulesReads(kept);
  const tree = load();
  releaseUnreadValues(tree.modelFiles ?? tree.files, tree.kustomize?.consumed);
  const released = new Map((tree.modelFiles ?? tree.files).flatMap((f) => f.documents).map((doc) => [docKey(doc), doc.value]));
  const freed: string[] = [];
  let count = 0;
  for (const [key, list] of reads) {
    for (const read of list) {
      count++;
      if (seen(originals.get(key), read) !== seen(released.get(key), read)) freed.push(`${key} ${read.path.join('.')}${read.keys ? ' (keys)' : ''}`);
    }
  }
  return { freed: [...new Set(freed)], reads: count, findings };
}

describe('values released after the model is built', () => {
  const crd = `apiVersion: apiextensions.k8s.io/v1beta1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
  annotations:
    manifest-review.io/ignore: version-skew/deprecated-api -- kept until the operator upgrade
spec:
  group: example.com
  validation:
    openAPIV3Schema: {type: object, properties: {spec: {type: object}}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: dashboards}
data:
  big.json: '{"panels": []}'
---
apiVersion: extensions/v1beta1
kind: Ingress
metadata: {name: web}
spec:
  rules: [{host: example.com}]
`;

  test('drops all but apiVersion and kind of identity-only kinds and of kinds the model copies', () => {
    const tree = treeOf({ 'all.yaml': crd });
    expect(releaseUnreadValues(tree.files)).toBe(3);
    const [crdDoc, configMap, ingress] = tree.files[0]?.documents ?? [];
    expect(Object.keys(crdDoc?.value as object)).toEqual(['apiVersion', 'kind']);
    expect(Object.keys(configMap?.value as object)).toEqual(['apiVersion', 'kind']);
    // The model copied its class (ingressClassName); its rules never read the value again.
    expect(Object.keys(ingress?.value as object)).toEqual(['apiVersion', 'kind']);
    expect(tree.model.ingresses.map((i) => i.name)).toEqual(['web']);
    // The metadata is the records': names, namespaces, labels and the annotations suppressions read.
    const [crdObject] = tree.model.manifests;
    expect([crdObject?.name, Object.keys(crdObject?.annotations ?? {})]).toEqual(['widgets.example.com', ['manifest-review.io/ignore']]);
    // Positions come from the parser's events: a released field is still located and quoted exactly.
    expect(crdDoc?.locate(['spec', 'group']).start).toEqual({ line: 8, column: 3 });
    expect(crdDoc?.valueText(['spec', 'group'])).toBe('example.com');
  });

  test('findings, positions and suppressions do not change', () => {
    const { kept, released, count } = bothWays(() => treeOf({ 'all.yaml': crd }));
    expect(count).toBe(3);
    expect(released).toEqual(kept);
    // The CRD's removed API is still found and positioned; the Ingress's too.
    expect(released.filter((f) => f.includes('removed-api')).length).toBeGreaterThanOrEqual(2);
  });

  const deployment = `apiVersion: batch/v1
kind: CronJob
metadata: {name: report, namespace: jobs}
spec:
  schedule: '0 * * * *'
  concurrencyPolicy: Forbid
  jobTemplate:
    metadata: {annotations: {checksum: abc}}
    spec:
      completions: 3
      template:
        metadata: {labels: {app: report}}
        spec:
          runtimeClassName: gvisor
          nodeSelector: {role: batch}
          volumes: [{name: scratch, emptyDir: {}}]
          initContainers:
            - name: migrate
              image: migrate:1
              restartPolicy: Always
              env: [{name: A, value: b}]
              resources: {requests: {memory: 64Mi}}
          containers:
            - name: report
              image: report:2
              args: [--all]
              ports: [{containerPort: 8080}]
              resources: {requests: {memory: 1Gi, cpu: 500m}, limits: {memory: 2Gi, nvidia.com/gpu: 1}}
status: {active: []}
`;

  test('a workload keeps its identity: the model copied what the rules read of its pod spec', () => {
    const tree = treeOf({ 'job.yaml': deployment });
    const workload = tree.model.workloads[0];
    expect(releaseUnreadValues(tree.files)).toBe(1);
    expect(tree.files[0]?.documents[0]?.value).toEqual({ apiVersion: 'batch/v1', kind: 'CronJob' });
    expect([workload?.name, workload?.namespace]).toEqual(['report', 'jobs']);
    // The model's own copies stay: the workload is the same object, its pod spec read into it.
    expect(tree.model.workloads[0]).toBe(workload);
    expect(workload?.raw).toBe(tree.files[0]?.documents[0]?.value);
    expect(workload?.pod.nodeSelector).toEqual({ role: 'batch' });
    expect([workload?.completions, workload?.concurrencyPolicy, workload?.pod.rare]).toEqual([3, 'Forbid', { runtimeClassName: 'gvisor' }]);
    expect(workload?.pod.initContainers.map((c) => [c.name, c.type, c.memoryRequestText])).toEqual([['migrate', 'sidecar', '64Mi']]);
    expect(workload?.pod.containers.map((c) => [c.name, c.memoryRequestText, c.memoryLimitText, c.cpuRequestMillis, [...(c.extendedResources ?? [])]])).toEqual(
      [['report', '1Gi', '2Gi', 500, [['nvidia.com/gpu', 1]]]],
    );
  });

  test('the rules read no value of a kind the model copies, and what they read of others is recorded', () => {
    const tree = treeOf({
      'job.yaml': deployment,
      'limits.yaml': `apiVersion: v1
kind: LimitRange
metadata: {name: limits, namespace: jobs}
spec: {limits: [{type: Container, default: {memory: 512Mi}}]}
---
apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata: {name: gvisor}
handler: runsc
overhead: {podFixed: {memory: 120Mi}}
`,
    });
    const { reads } = rulesReads(tree);
    const paths = (key: string): string[] => [...new Set((reads.get(key) ?? []).map((r) => r.path.join('.')))];
    // The proxies see the rules read a LimitRange's and a RuntimeClass's values ...
    expect(paths('limits.yaml#0')).toContain('spec.limits');
    expect(paths('limits.yaml#1')).toContain('overhead.podFixed.memory');
    // ... and nothing of the CronJob's pod spec: its memory, runtime class and completions are the records'.
    expect(paths('job.yaml#0').filter((p) => p.startsWith('spec'))).toEqual([]);
  });

  test('the rules read nothing a release frees, and find the same (examples)', () => {
    const cwd = path.join(REPO_ROOT, 'examples');
    const collected = collectFiles({ cwd, paths: ['.'] });
    const load = (): LoadedTree => loadTree(collected.files, collected.findings, undefined, { renderIn: cwd });
    const { freed, findings } = freedReads(load);
    expect(freed).toEqual([]);
    // The proxies change nothing the rules see.
    expect(findings).toEqual(reviewTree(load(), { now }).findings.map(view));
    expect(bothWays(load).released).toEqual(findings);
  });

  test('a full review releases each file as it is read, unless a kustomization may build from it', () => {
    const sources = [
      { path: 'job.yaml', text: deployment },
      { path: 'all.yaml', text: crd },
    ];
    const asRead = loadTree(sources, [], undefined, { releaseAsRead: true });
    expect(Object.keys(asRead.files[0]?.documents[0]?.value as object)).toEqual(['apiVersion', 'kind']);
    expect(get(asRead.files[0]?.documents[0]?.value, 'spec', 'jobTemplate', 'spec', 'template', 'spec', 'volumes')).toBeUndefined();
    expect(Object.keys(asRead.files[1]?.documents[2]?.value as object)).toEqual(['apiVersion', 'kind']);
    // Released once: the release after the model finds nothing left to do.
    expect(releaseUnreadValues(asRead.files)).toBe(0);
    expect(reviewTree(asRead, { now }).findings.map(view)).toEqual(reviewTree(loadTree(sources), { now }).findings.map(view));
    const kustomized = loadTree([...sources, { path: 'kustomization.yaml', text: 'resources: [job.yaml]\n' }], [], undefined, { releaseAsRead: true });
    const job = kustomized.files.find((f) => f.path === 'job.yaml')?.documents[0]?.value;
    expect(get(job, 'spec', 'jobTemplate', 'spec', 'template', 'spec', 'volumes')).toBeDefined();
    // An identity-only document is loaded as its identity (src/load/yaml.ts), released as read
    // (no kustomization names it); a build that reads it gets its whole value.
    const unnamed = kustomized.files.find((f) => f.path === 'all.yaml')?.documents[0];
    expect(Object.keys(unnamed?.value as object)).toEqual(['apiVersion', 'kind']);
    expect(get(unnamed && wholeValueOf(unnamed), 'spec', 'group')).toBe('example.com');
  });

  test('files a kustomization consumed keep their values', () => {
    // Named by a kustomization, so loaded whole: the build reads all of it.
    const tree = treeOf({ 'all.yaml': crd, 'kustomization.yaml': 'resources: [all.yaml]\n' });
    const file = tree.files.find((f) => f.path === 'all.yaml');
    expect(releaseUnreadValues(file ? [file] : [], new Set(['all.yaml']))).toBe(0);
    expect(Object.keys(file?.documents[0]?.value as object)).toContain('spec');
  });

  test('a document is modelled and released once, whether it keeps its objects itself or the model keeps them for it', () => {
    const loaded = loadFile({ path: 'job.yaml', text: deployment });
    const [parsed] = loaded.documents;
    if (!parsed) throw new Error('no document');
    // A document of another class (as Terraform's or Kustomize's are), with the same value.
    const other: LoadedDocument = {
      path: 'copy.yaml',
      index: 0,
      value: structuredClone(parsed.value),
      locate: () => ({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }),
      valueText: () => undefined,
    };
    for (const doc of [parsed, other]) {
      expect(documentObjects(doc)).toBe(documentObjects(doc));
      expect(documentObjects(doc).manifests[0]?.workload?.name).toBe('report');
    }
    const files: LoadedFile[] = [{ ...loaded, documents: [parsed, other] }];
    expect(releaseUnreadValues(files)).toBe(2);
    expect(releaseUnreadValues(files)).toBe(0);
    expect(parsed.value).toEqual(other.value);
    expect(get(parsed.value, 'spec', 'jobTemplate', 'spec', 'template', 'spec', 'volumes')).toBeUndefined();
  });

  test("a rendered template's workload keeps its containers' names: its positions are found through them", () => {
    const template = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  template:
    spec:
      initContainers:
        - name: setup
          image: busybox
      containers:
        - name: proxy
          image: envoy
          resources: {{- toYaml .Values.proxy | nindent 12 }}
        - name: web
          image: nginx
          resources: {{- toYaml .Values.web | nindent 12 }}
`;
    const rendered = `---
# Source: shop/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: 2
  template:
    spec:
      initContainers:
        - name: setup
          image: busybox
      containers:
        - name: proxy
          image: envoy
          resources: {limits: {memory: 64Mi}}
        - image: nginx
          name: web
          resources: {limits: {memory: 1Gi}}
`;
    const files = loadRendered(rendered, { toPath: (source) => source ?? '-', templateText: () => template });
    const doc = files[0]?.documents[0];
    const at = ['spec', 'template', 'spec', 'containers', 1, 'resources', 'limits', 'memory'];
    const before = doc?.locate(at);
    // The `resources:` line of the second container, found after its `- name: web`.
    expect(before?.start.line).toBe(17);
    expect(releaseUnreadValues(files)).toBe(1);
    expect(doc?.value).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      spec: { template: { spec: { initContainers: [{ name: 'setup' }], containers: [{ name: 'proxy' }, { name: 'web' }] } } },
    });
    expect(doc?.locate(at)).toEqual(before);
    expect(doc?.locate(['spec', 'template', 'spec', 'initContainers', 0])).toEqual({ start: { line: 9, column: 11 }, end: { line: 9, column: 22 } });
  });

  test("a workload of a file whose text went keeps its containers' memory quantities: a fix quotes them from the value", () => {
    const app = (name: string, limit: string): string =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n        - name: ${name}\n          image: nginx\n          env: [{name: A, value: b}]\n          resources:\n            requests:\n              memory: 1Gi\n            limits:\n              memory: ${limit}\n`;
    const sources = [
      {
        path: 'cluster.yaml',
        text: 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: c\n  region: us-east-1\n  version: "1.33"\nmanagedNodeGroups:\n  - name: ng\n    instanceType: m5.large\n',
      },
      { path: 'web.yaml', text: app('web', '10Gi') },
      { path: 'api.yaml', text: app('api', '10Gi') },
    ];
    const kept = reviewTree(loadTree(sources.map((source) => ({ ...source }))), { now }).findings.map(view);
    const tree = loadTree(
      sources.map((source) => ({ ...source })),
      [],
      undefined,
      { releaseAsRead: true, releaseTextsFromChars: 0 },
    );
    expect(tree.files.map((f) => f.text)).toEqual([undefined, undefined, undefined]);
    const [web, api] = [tree.files[1]?.documents[0]?.value, tree.files[2]?.documents[0]?.value] as Record<string, unknown>[];
    expect(web).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      spec: { template: { spec: { containers: [{ resources: { requests: { memory: '1Gi' }, limits: { memory: '10Gi' } } }] } } },
    });
    // Alike, so one object for both.
    expect(web?.['spec']).toBe(api?.['spec']);
    const released = reviewTree(tree, { now }).findings;
    expect(released.map(view)).toEqual(kept);
    expect(released.filter((f) => f.fix).map((f) => [f.path, f.fix?.original, f.fix?.replacement])).toEqual([
      ['api.yaml', '10Gi', '6.7Gi'],
      ['web.yaml', '10Gi', '6.7Gi'],
    ]);
  });

  test('a released value keeps fast properties and reads as if its fields were deleted', () => {
    // V8's own test of an object's layout (%HasFastProperties), compiled while the flag is set.
    setFlagsFromString('--allow-natives-syntax');
    const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: unknown) => boolean;
    setFlagsFromString('--no-allow-natives-syntax');
    // `spec` is not the last key: deleting it made a dictionary on Node 20 too (on Node 24 any delete does).
    const text = `apiVersion: v1
kind: Service
metadata: {name: web}
spec: {type: ClusterIP, ports: [{port: 80}]}
status: {loadBalancer: {}}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web}
spec: {scaleTargetRef: {kind: Deployment, name: web}, minReplicas: 2, maxReplicas: 4}
status: {currentReplicas: 2}
---
${deployment}`;
    const tree = treeOf({ 'all.yaml': text });
    const values = (tree.files[0]?.documents ?? []).map((d) => d.value as Record<string, unknown>);
    expect(values.length).toBe(3);
    for (const value of values) expect(hasFastProperties(value)).toBe(true);
    expect(releaseUnreadValues(tree.files)).toBe(3);
    const [service, hpa, job] = values;
    for (const value of values) expect(hasFastProperties(value)).toBe(true);
    for (const value of [service, hpa]) {
      expect(Object.keys(value ?? {})).toEqual(['apiVersion', 'kind']);
      expect(value?.['metadata']).toBeUndefined();
      expect(value?.['spec']).toBeUndefined();
      expect(value?.['status']).toBeUndefined();
    }
    expect(JSON.stringify(service)).toBe('{"apiVersion":"v1","kind":"Service"}');
    expect({ ...hpa }).toStrictEqual({ apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler' });
    // A workload loses its metadata, spec and status the same way (its records keep what the rules read of them).
    expect(Object.keys(job ?? {})).toEqual(['apiVersion', 'kind']);
    expect(job?.['spec']).toBeUndefined();
    expect(job?.['status']).toBeUndefined();
    // The model read them before: its copies stay.
    expect(tree.model.services.map((s) => s.type)).toEqual(['ClusterIP']);
    expect(tree.model.autoscalers.map((h) => [h.target?.name, h.minReplicas, h.maxReplicas])).toEqual([['web', 2, 4]]);
  });

  // A rule that starts reading, say, ConfigMaps must take the kind off the list.
  test('no rule or model code compares a kind with an identity-only kind', () => {
    const sources = (dir: string): string[] =>
      readdirSync(path.join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.ts') && e.name !== 'release.ts')
        .map((e) => path.join(e.parentPath, e.name));
    for (const file of [...sources('src/rules'), ...sources('src/model')]) {
      const text = readFileSync(file, 'utf8');
      for (const kind of IDENTITY_ONLY_KINDS) expect([file, kind, new RegExp(`kind[^\\n]{0,40}['"]${kind}['"]`, 'i').test(text)]).toEqual([file, kind, false]);
    }
  });
});

describeWithCorpus('values released on real repositories', () => {
  // The corpus's repositories with the most CRDs, ConfigMaps and RBAC, Kustomize trees among them.
  // ... and those with the most memory-budget findings (workloads) and Karpenter pools.
  test.each([
    'aws__amazon-vpc-cni-k8s',
    'kubernetes__ingress-nginx',
    'prometheus-operator__kube-prometheus',
    'cds-snc__notification-manifests',
    'kubernetes__examples',
    'aws-samples__karpenter-blueprints',
  ])(
    '%s: the same findings, and no path the rules read is freed',
    (repo) => {
      const cwd = path.join(CORPUS, repo);
      const collected = collectFiles({ cwd, paths: ['.'] });
      const load = (): LoadedTree => loadTree(collected.files, collected.findings, undefined, { renderIn: cwd });
      const { kept, released, count } = bothWays(load);
      expect(count).toBeGreaterThan(0);
      expect(released).toEqual(kept);
      const { freed, findings } = freedReads(load);
      expect(freed).toEqual([]);
      expect(findings).toEqual(kept);
    },
    120_000,
  );
});
