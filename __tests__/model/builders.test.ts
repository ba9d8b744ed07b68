/**
 * The model's builders for one manifest (src/model/kubernetes.ts, build.ts, quantity.ts) read
 * fields step by step and add optional fields by assignment: the objects they give must have the
 * same fields in the same order as ever (reports and rules see them), and the quantity cache must
 * answer as the parse does.
 */
import { loadFile } from '../../src/load/yaml.js';
import { documentObjects } from '../../src/model/build.js';
import { parseCpuMillis, parseQuantity } from '../../src/model/quantity.js';

const objectsOf = (text: string) => (loadFile({ path: 'm.yaml', text }).documents ?? []).flatMap((doc) => documentObjects(doc).manifests);

describe('model builders', () => {
  test('a workload: its fields, optional ones in place, in order', () => {
    const [objects] = objectsOf(`apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop, labels: {app: web, n: 1}, annotations: {a: b, c: [1]}}
spec:
  replicas: 3
  strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 25%, maxUnavailable: 0}}
  template:
    metadata: {labels: {app: web}}
    spec:
      overhead: {memory: 64Mi}
      nodeSelector: {role: apps}
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms: [{matchExpressions: [{key: zone, operator: In, values: [a]}]}]
      tolerations: [{key: k, operator: Exists, effect: NoSchedule}]
      initContainers: [{name: side, restartPolicy: Always, resources: {requests: {memory: 32Mi}}}]
      containers:
        - name: app
          resources: {requests: {memory: 1Gi, cpu: 250m}, limits: {memory: 2Gi}}
        - resources: {limits: {memory: 1e3}}
`);
    const workload = objects?.workload;
    // The workload is the document's manifest: one object with the manifest's fields first.
    expect(objects?.manifest).toBe(workload);
    expect(Object.keys(objects?.manifest ?? {}).slice(0, 8)).toEqual(['kind', 'apiVersion', 'name', 'namespace', 'ref', 'raw', 'annotations', 'labels']);
    expect(objects?.manifest.labels).toEqual({ app: 'web', n: '1' });
    expect(objects?.manifest.annotations).toEqual({ a: 'b' });
    expect(Object.keys(workload ?? {})).toEqual([
      'kind',
      'apiVersion',
      'name',
      'namespace',
      'ref',
      'raw',
      'annotations',
      'labels',
      'pod',
      'replicas',
      'strategy',
    ]);
    expect(workload?.strategy).toEqual({ type: 'RollingUpdate', maxSurge: '25%', maxUnavailable: 0 });
    const pod = workload?.pod;
    expect(Object.keys(pod ?? {})).toEqual([
      'path',
      'containers',
      'initContainers',
      'overheadMemory',
      'nodeSelector',
      'requiredNodeAffinity',
      'tolerations',
      'hostNetwork',
      'labels',
    ]);
    expect(pod?.overheadMemory).toBe(64 * 2 ** 20);
    expect(pod?.requiredNodeAffinity).toEqual([[{ key: 'zone', operator: 'In', values: ['a'] }]]);
    expect(pod?.containers).toEqual([
      {
        name: 'app',
        path: ['spec', 'template', 'spec', 'containers', 0],
        type: 'container',
        memoryRequest: 2 ** 30,
        memoryRequestText: '1Gi',
        memoryLimit: 2 ** 31,
        memoryLimitText: '2Gi',
        cpuRequestMillis: 250,
      },
      { name: '#1', path: ['spec', 'template', 'spec', 'containers', 1], type: 'container', memoryLimit: 1000, memoryLimitText: '1000' },
    ]);
    expect(Object.keys(pod?.containers[0] ?? {})).toEqual([
      'name',
      'path',
      'type',
      'memoryRequest',
      'memoryRequestText',
      'memoryLimit',
      'memoryLimitText',
      'cpuRequestMillis',
    ]);
    expect(pod?.initContainers.map((c) => c.type)).toEqual(['sidecar']);
  });

  test('a CronJob reads its parallelism under jobTemplate; no strategy, no optional fields', () => {
    const [objects] = objectsOf(`apiVersion: batch/v1
kind: CronJob
metadata: {name: report}
spec: {jobTemplate: {spec: {parallelism: 4, template: {spec: {containers: [{name: r}]}}}}}
`);
    expect(Object.keys(objects?.workload ?? {})).toEqual(['kind', 'apiVersion', 'name', 'ref', 'raw', 'annotations', 'labels', 'pod', 'parallelism']);
    expect(objects?.workload?.parallelism).toBe(4);
    expect(Object.keys(objects?.workload?.pod.containers[0] ?? {})).toEqual(['name', 'path', 'type']);
  });

  test('a Service, an autoscaler, an eksctl config and another object: one model object each at most', () => {
    const all = objectsOf(`apiVersion: v1
kind: Service
metadata: {name: web}
spec: {type: LoadBalancer, loadBalancerClass: service.k8s.aws/nlb}
---
apiVersion: v1
kind: Service
metadata: {name: plain}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web}
spec: {scaleTargetRef: {kind: Deployment, name: web}, minReplicas: 2, maxReplicas: 5}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: bare}
spec: {scaleTargetRef: {kind: Deployment}}
---
apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: prod, region: eu-west-1}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c}
`);
    const what = ['workload', 'service', 'ingress', 'autoscaler', 'eksctl'] as const;
    expect(all.map((o) => what.filter((k) => o[k] !== undefined))).toEqual([['service'], ['service'], ['autoscaler'], ['autoscaler'], ['eksctl'], []]);
    // A Service or autoscaler is its document's manifest; an eksctl config and a ConfigMap stay manifests.
    expect(all.map((o) => o.manifest === (o.service ?? o.autoscaler))).toEqual([true, true, true, true, false, false]);
    expect(all.map((o) => Object.keys(o.manifest).length)).toEqual([9, 8, 10, 7, 7, 7]);
    const [web, plain, hpa, bare] = all;
    expect(web?.service?.type).toBe('LoadBalancer');
    expect(Object.keys(web?.service ?? {}).slice(-2)).toEqual(['type', 'loadBalancerClass']);
    expect(Object.keys(plain?.service ?? {}).slice(-1)).toEqual(['type']);
    expect(plain?.service?.type).toBe('ClusterIP');
    expect(Object.keys(hpa?.autoscaler ?? {}).slice(-3)).toEqual(['target', 'minReplicas', 'maxReplicas']);
    expect(hpa?.autoscaler?.target).toEqual({ kind: 'Deployment', name: 'web' });
    expect(Object.keys(bare?.autoscaler ?? {}).slice(-1)).toEqual(['labels']);
  });

  test("a List's items are their records too, and a document's objects list itself", () => {
    const [doc] = loadFile({
      path: 'm.yaml',
      text: `apiVersion: v1
kind: List
items:
  - {apiVersion: apps/v1, kind: Deployment, metadata: {name: a}, spec: {template: {spec: {containers: [{name: c}]}}}}
  - {apiVersion: v1, kind: Service, metadata: {name: a}}
  - {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}
`,
    }).documents;
    const items = doc ? documentObjects(doc).manifests : [];
    expect(items.map((o) => o.manifest.kind)).toEqual(['Deployment', 'Service', 'ConfigMap']);
    expect(items[0]?.manifest).toBe(items[0]?.workload);
    expect(items[1]?.manifest).toBe(items[1]?.service);
    expect(items[2]?.workload ?? items[2]?.service).toBeUndefined();
    // A document of one manifest is its own ManifestObjects (no object beside it): its list, made
    // on each read, holds the document's objects themselves.
    const [serviceDoc] = loadFile({ path: 's.yaml', text: 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n' }).documents;
    const objects = serviceDoc ? documentObjects(serviceDoc) : undefined;
    expect(objects?.manifests).toHaveLength(1);
    expect(objects?.manifests[0]).toBe(objects);
    expect(objects?.manifests[0]?.service).toBe(objects?.manifests[0]?.manifest);
  });

  test('a quantity parsed again (from the cache) is what the first parse gave, beyond the cache size too', () => {
    const texts = ['64Mi', ' 64Mi ', '1.5Gi', '100m', '1e3', '+2k', '.5', '12Qi', '', 'Mi', '1234567890123456789Ki'];
    const first = texts.map((t) => [parseQuantity(t), parseCpuMillis(t)]);
    expect(first.slice(0, 8)).toEqual([
      [64 * 2 ** 20, 64 * 2 ** 20 * 1000],
      [64 * 2 ** 20, 64 * 2 ** 20 * 1000],
      [1.5 * 2 ** 30, 1.5 * 2 ** 30 * 1000],
      [0.1, 100],
      [1000, 1000000],
      [2000, 2000000],
      [0.5, 500],
      [undefined, undefined],
    ]);
    expect(texts.map((t) => [parseQuantity(t), parseCpuMillis(t)])).toEqual(first);
    for (let i = 0; i < 10_000; i++) expect(parseQuantity(`${i}Mi`)).toBe(i * 2 ** 20);
    expect(texts.map((t) => [parseQuantity(t), parseCpuMillis(t)])).toEqual(first);
    expect(parseQuantity(1024)).toBe(1024);
    expect(parseQuantity(Infinity)).toBeUndefined();
  });
});
