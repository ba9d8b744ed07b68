/**
 * The semantics the corpus does not exercise, checked against `kubectl kustomize` too: small
 * trees, each built both ways and compared on every field the rules read. Skips, saying so,
 * without kubectl.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildKustomizations } from '../../../src/load/kustomize/index.js';
import { loadFile } from '../../../src/load/yaml.js';
import { compareBuilds, kubectlBuild, kubectlOnPath } from '../../helpers/kustomize-compare.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      tolerations: [{key: a, operator: Exists}]
      initContainers:
        - {name: migrate, image: example/migrate:1}
        - {name: warm, image: example/warm:1, resources: {requests: {memory: 1Gi}}}
      containers:
        - name: app
          image: example/app:1.0
          ports: [{containerPort: 80, name: http}]
          resources: {requests: {memory: 512Mi, cpu: 100m}, limits: {memory: 1Gi}}
        - {name: proxy, image: "example/proxy:2@sha256:0000"}
`;
const BASE = {
  'base/kustomization.yaml': 'resources: [deployment.yaml, service.yaml, hpa.yaml]\n',
  'base/deployment.yaml': DEPLOYMENT,
  'base/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  type: LoadBalancer\n  selector: {app: web}\n  ports: [{port: 80}]\n',
  'base/hpa.yaml':
    'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 10\n',
};

const TREES: Record<string, Record<string, string>> = {
  'strategic merge: keys, $patch delete and replace, primitive lists, tolerations replaced': {
    'o/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: p.yaml\n',
    'o/p.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      tolerations: [{key: b, operator: Exists}]\n      nodeSelector: {pool: small}\n      initContainers:\n        - {name: warm, $patch: delete}\n      containers:\n        - name: app\n          ports: [{containerPort: 8080}]\n          resources:\n            $patch: replace\n            requests: {memory: 2Gi}\n        - {name: sidecar, image: example/sidecar:1, resources: {limits: {memory: 64Mi}}}\n',
  },
  'JSON patches and targeted inline strategic merge': {
    'o/kustomization.yaml':
      'resources: [../base]\npatchesJson6902:\n  - target: {group: apps, version: v1, kind: Deployment, name: web}\n    patch: |-\n      - {op: replace, path: /spec/template/spec/containers/0/resources/limits/memory, value: 4Gi}\n      - {op: add, path: /spec/template/spec/affinity, value: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: pool, operator: In, values: [big]}]}]}}}}\n      - {op: remove, path: /spec/template/spec/initContainers/0}\npatches:\n  - target: {kind: Service, labelSelector: "app notin (x)"}\n    patch: |-\n      apiVersion: v1\n      kind: Service\n      metadata: {name: any, annotations: {service.beta.kubernetes.io/aws-load-balancer-scheme: internal}}\n',
  },
  'namespace, prefix and suffix, labels, annotations, images, replicas, generators, components': {
    'o/kustomization.yaml':
      'resources: [../base, ns.yaml]\ncomponents: [../comp]\nnamespace: shop\nnamePrefix: p-\nnameSuffix: -s\ncommonLabels: {team: a}\nlabels:\n  - pairs: {tier: web}\n    includeTemplates: true\n  - pairs: {env: prod}\n    includeSelectors: true\ncommonAnnotations: {owner: alice}\nimages:\n  - {name: example/app, newName: registry.example/app, newTag: "2.0"}\n  - {name: example/proxy, newTag: "3"}\n  - {name: example/migrate, digest: "sha256:1111"}\nreplicas:\n  - {name: web, count: 5}\nconfigMapGenerator:\n  - {name: settings, literals: [A=1]}\n',
    'o/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: placeholder}\n',
    'comp/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [extra.yaml]\npatches:\n  - path: mem.yaml\n',
    'comp/extra.yaml': 'apiVersion: v1\nkind: LimitRange\nmetadata: {name: defaults}\nspec:\n  limits: [{type: Container, default: {memory: 256Mi}}]\n',
    'comp/mem.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - {name: proxy, resources: {limits: {memory: 128Mi}}}\n',
  },
  'patch targets: group, version and kind are anchored regular expressions, as names are': {
    'o/kustomization.yaml':
      'resources: [../base]\npatches:\n  - target: {group: "app.*", version: "v.", kind: "Deploy.*"}\n    patch: |-\n      - {op: replace, path: /spec/replicas, value: 7}\n  - target: {kind: "Service|Ingress", name: "w.*"}\n    patch: |-\n      apiVersion: v1\n      kind: Service\n      metadata: {name: any, annotations: {service.beta.kubernetes.io/aws-load-balancer-scheme: internal}}\n  - target: {kind: Deploy}\n    patch: |-\n      - {op: replace, path: /spec/replicas, value: 99}\n',
  },
  'a base with its own namespace and prefix, patched by an overlay': {
    'mid/kustomization.yaml': 'resources: [../base]\nnamespace: team\nnamePrefix: mid-\n',
    'o/kustomization.yaml':
      'resources: [../mid]\nnamePrefix: top-\npatchesStrategicMerge:\n  - |-\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata: {name: mid-web, namespace: team}\n    spec:\n      replicas: 7\n',
  },
};

const haveKubectl = kubectlOnPath();
if (!haveKubectl) console.log('kustomize fixture differential SKIPPED: kubectl is not on PATH');

(haveKubectl ? describe : describe.skip)('native build = kubectl kustomize on small trees', () => {
  const dir = haveKubectl ? mkdtempSync(path.join(os.tmpdir(), 'kustomize-fixtures-')) : '';
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test.each(Object.keys(TREES))('%s', (name) => {
    const files = { ...BASE, ...TREES[name] };
    const root = path.join(dir, name.replace(/\W+/g, '-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    const result = buildKustomizations(Object.entries(files).map(([p, text]) => loadFile({ path: p, text })));
    expect(result.roots).toEqual([{ dir: 'o', how: 'native' }]);
    const real = kubectlBuild(path.join(root, 'o'), path.join(dir, 'cache'));
    if ('error' in real) throw new Error(real.error);
    const objects = result.documents.map((d) => d.value);
    const generated = new Set(
      objects.flatMap((o) => ((o as { kind?: string }).kind === 'ConfigMap' ? [`ConfigMap/${(o as { metadata: { name: string } }).metadata.name}`] : [])),
    );
    expect(compareBuilds(objects, real.objects, generated)).toEqual([]);
    expect(objects.length).toBe(real.objects.length);
  });
});

test('the comparison sees what the rules read: a memory, a toleration, a missing object', () => {
  const built = buildKustomizations(Object.entries(BASE).map(([p, text]) => loadFile({ path: p, text }))).documents.map((d) => d.value);
  const changed = JSON.parse(JSON.stringify(built)) as {
    kind: string;
    spec: { template: { spec: { containers: { resources: { limits: { memory: string } } }[]; tolerations: unknown[] } } };
  }[];
  const deployment = changed.find((o) => o.kind === 'Deployment');
  if (!deployment) throw new Error('no Deployment');
  const app = deployment.spec.template.spec.containers[0];
  if (app) app.resources.limits.memory = '2Gi';
  deployment.spec.template.spec.tolerations = [];
  const diffs = compareBuilds(
    built,
    changed.filter((o) => o.kind !== 'Service'),
    new Set(),
  );
  expect(diffs).toEqual(['extra Service /web', expect.stringContaining('Deployment /web pod: native')]);
  expect(compareBuilds(built, JSON.parse(JSON.stringify(built)) as unknown[], new Set())).toEqual([]);
});
