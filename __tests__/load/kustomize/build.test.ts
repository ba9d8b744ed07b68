/**
 * The native Kustomize build: Kustomize's semantics for the fields the rules read, and where
 * each field of a built object was written.
 */
import { buildDirectory, type BuildContext } from '../../../src/load/kustomize/build.js';
import { buildKustomizations, type KustomizeResult } from '../../../src/load/kustomize/index.js';
import type { LoadedDocument } from '../../../src/load/types.js';
import { loadFile } from '../../../src/load/yaml.js';

function build(files: Record<string, string>, roots?: string[]): KustomizeResult {
  return buildKustomizations(
    Object.entries(files).map(([path, text]) => loadFile({ path, text })),
    roots ? { roots } : {},
  );
}

function objectOf(result: KustomizeResult, kind: string, name: string, root?: string): LoadedDocument {
  const doc = result.documents.find((d) => {
    const v = d.value as { kind?: string; metadata?: { name?: string } };
    return v.kind === kind && v.metadata?.name === name && (root === undefined || d.builtBy === root);
  });
  if (!doc) throw new Error(`no ${kind} ${name} in ${result.documents.map((d) => JSON.stringify(d.value)).join('\n')}`);
  return doc;
}

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const where = (doc: LoadedDocument, path: (string | number)[]): string => {
  const r = doc.locate(path);
  return `${r.path ?? doc.path}:${r.start.line}`;
};
const POD = ['spec', 'template', 'spec'];

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      initContainers:
        - name: migrate
          image: example/migrate:1
        - name: warm
          image: example/warm:1
      containers:
        - name: app
          image: example/app:1.0
          args: [--a, --b, --c]
          env:
            - {name: A, value: "1"}
            - {name: B, value: "2"}
          ports:
            - {containerPort: 80, name: http}
          resources:
            requests: {memory: 512Mi, cpu: 100m}
            limits: {memory: 1Gi}
        - name: proxy
          image: example/proxy:2
      tolerations:
        - {key: a, operator: Exists}
`;
const SERVICE = `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80}]
`;
const HPA = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  minReplicas: 2
  maxReplicas: 10
`;
const BASE = {
  'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - service.yaml\n  - hpa.yaml\n',
  'base/deployment.yaml': DEPLOYMENT,
  'base/service.yaml': SERVICE,
  'base/hpa.yaml': HPA,
};

describe('strategic-merge patches', () => {
  const PATCH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      initContainers:
        - name: warm
          $patch: delete
      containers:
        - name: app
          env:
            - {name: B, value: "20"}
            - {name: C, value: "3"}
          ports:
            - {containerPort: 8080}
          resources:
            limits: {memory: 3Gi}
          $deleteFromPrimitiveList/args: [--b]
        - name: sidecar
          image: example/sidecar:1
      tolerations:
        - {key: b, operator: Exists}
      nodeSelector: {pool: small}
`;
  const result = build({ ...BASE, 'prod/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: patch.yaml\n', 'prod/patch.yaml': PATCH });
  const web = objectOf(result, 'Deployment', 'web');
  const pod = (web.value as { spec: { template: { spec: Record<string, unknown> } } }).spec.template.spec;

  test('merge containers, env and ports by their keys; delete with $patch; replace tolerations', () => {
    expect((pod['initContainers'] as { name: string }[]).map((c) => c.name)).toEqual(['migrate']);
    const containers = pod['containers'] as Record<string, unknown>[];
    expect(containers.map((c) => c['name'])).toEqual(['app', 'proxy', 'sidecar']);
    const app = containers[0] ?? {};
    expect(app['env']).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: '20' },
      { name: 'C', value: '3' },
    ]);
    expect(app['ports']).toEqual([{ containerPort: 80, name: 'http' }, { containerPort: 8080 }]);
    expect(app['args']).toEqual(['--a', '--c']);
    expect(app['resources']).toEqual({ requests: { memory: '512Mi', cpu: '100m' }, limits: { memory: '3Gi' } });
    expect(app['image']).toBe('example/app:1.0');
    expect(pod['tolerations']).toEqual([{ key: 'b', operator: 'Exists' }]);
    expect(pod['nodeSelector']).toEqual({ pool: 'small' });
  });

  test('each field points at the file and line that set it', () => {
    const patchText = PATCH;
    expect(where(web, [...POD, 'containers', 0, 'resources', 'limits', 'memory'])).toBe(`prod/patch.yaml:${lineOf(patchText, 'limits: {memory: 3Gi}')}`);
    expect(where(web, [...POD, 'containers', 0, 'resources', 'requests', 'memory'])).toBe(
      `base/deployment.yaml:${lineOf(DEPLOYMENT, 'requests: {memory: 512Mi')}`,
    );
    // The resources block: the overlay raised a value in it, so it is the overlay's.
    expect(where(web, [...POD, 'containers', 0, 'resources'])).toBe(`prod/patch.yaml:${lineOf(patchText, 'limits: {memory: 3Gi}')}`);
    // A container is where it was first written, whatever a patch changed inside it.
    expect(where(web, [...POD, 'containers', 0])).toBe(`base/deployment.yaml:${lineOf(DEPLOYMENT, '- name: app')}`);
    expect(where(web, [...POD, 'containers', 2])).toBe(`prod/patch.yaml:${lineOf(patchText, '- name: sidecar')}`);
    expect(where(web, [...POD, 'nodeSelector', 'pool'])).toBe(`prod/patch.yaml:${lineOf(patchText, 'nodeSelector')}`);
    expect(where(web, ['metadata', 'name'])).toBe(`base/deployment.yaml:${lineOf(DEPLOYMENT, 'name: web')}`);
    expect(web.valueText([...POD, 'containers', 0, 'resources', 'limits', 'memory'])).toBe('3Gi');
  });

  test('$patch: replace swaps a whole map; null deletes a key; a patch deleting the object removes it', () => {
    const r = build({
      ...BASE,
      'o/kustomization.yaml': 'resources: [../base]\npatchesStrategicMerge:\n  - replace.yaml\n  - drop-hpa.yaml\n',
      'o/replace.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  replicas: null\n  template:\n    spec:\n      containers:\n        - name: app\n          resources:\n            $patch: replace\n            requests: {memory: 2Gi}\n',
      'o/drop-hpa.yaml': 'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\n$patch: delete\n',
    });
    const d = objectOf(r, 'Deployment', 'web').value as { spec: Record<string, unknown> & { template: { spec: { containers: { resources: unknown }[] } } } };
    expect(d.spec.template.spec.containers[0]?.resources).toEqual({ requests: { memory: '2Gi' } });
    expect('replicas' in d.spec).toBe(false);
    expect(r.documents.some((doc) => (doc.value as { kind: string }).kind === 'HorizontalPodAutoscaler')).toBe(false);
  });
});

describe('targets, inline patches and JSON patches', () => {
  test('an inline patch with a label selector target applies to every match, positioned inside the kustomization', () => {
    const kustomization = `resources: [../base]
patches:
  - target:
      kind: Deployment
      labelSelector: app=web
    patch: |-
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: ignored
      spec:
        template:
          spec:
            containers:
              - name: app
                resources:
                  requests: {memory: 700Mi}
`;
    const r = build({ ...BASE, 'o/kustomization.yaml': kustomization });
    const web = objectOf(r, 'Deployment', 'web');
    const at = web.locate([...POD, 'containers', 0, 'resources', 'requests', 'memory']);
    expect(at.path).toBe('o/kustomization.yaml');
    expect(at.start.line).toBe(lineOf(kustomization, 'requests: {memory: 700Mi}'));
    expect(at.start.column).toBe((kustomization.split('\n')[at.start.line - 1] ?? '').indexOf('memory: 700Mi') + 1);
    expect(web.valueText([...POD, 'containers', 0, 'resources', 'requests', 'memory'])).toBe('700Mi');
  });

  test('the kind, group and version of a target are anchored regular expressions: `Deploy.*` patches, `Deploy` does not', () => {
    const replicas = (target: string, count: number) => `  - target: ${target}\n    patch: |-\n      - {op: replace, path: /spec/replicas, value: ${count}}\n`;
    const r = build({
      ...BASE,
      'o/kustomization.yaml': `resources: [../base]\npatches:\n${replicas('{kind: "Deploy.*|StatefulSet", group: "app.*", version: "v."}', 7)}${replicas('{kind: Deploy}', 99)}`,
      'g/kustomization.yaml': `resources: [../base]\npatches:\n${replicas('{kind: Deployment, group: "batch|extensions"}', 99)}`,
    });
    expect(r.roots.map((x) => x.how)).toEqual(['native', 'native']);
    expect(objectOf(r, 'Deployment', 'web', 'o').value).toMatchObject({ spec: { replicas: 7 } });
    expect(objectOf(r, 'Deployment', 'web', 'g').value).not.toMatchObject({ spec: { replicas: 99 } });
    const invalid = build({ ...BASE, 'o/kustomization.yaml': `resources: [../base]\npatches:\n${replicas('{kind: "Deploy("}', 7)}` });
    expect(invalid.roots[0]?.reason).toContain('target kind "Deploy(" is not a valid regular expression');
  });

  test('JSON 6902 patches, from a file and inline, replace and add with their own positions', () => {
    const ops =
      '- op: replace\n  path: /spec/template/spec/containers/0/resources/limits/memory\n  value: 4Gi\n- op: add\n  path: /spec/template/spec/nodeSelector\n  value: {pool: big}\n';
    const kustomization = `resources: [../base]
patchesJson6902:
  - target: {group: apps, version: v1, kind: Deployment, name: web}
    path: ops.yaml
patches:
  - target: {kind: Deployment, name: "w.*"}
    patch: |-
      - op: remove
        path: /spec/template/spec/tolerations
`;
    const r = build({ ...BASE, 'o/kustomization.yaml': kustomization, 'o/ops.yaml': ops });
    const web = objectOf(r, 'Deployment', 'web');
    const pod = (web.value as { spec: { template: { spec: Record<string, unknown> } } }).spec.template.spec;
    expect(pod['nodeSelector']).toEqual({ pool: 'big' });
    expect(pod['tolerations']).toBeUndefined();
    expect(where(web, [...POD, 'containers', 0, 'resources', 'limits', 'memory'])).toBe(`o/ops.yaml:${lineOf(ops, 'value: 4Gi')}`);
  });

  test('a JSON patch whose path is missing fails the build with the reason', () => {
    const r = build({
      ...BASE,
      'o/kustomization.yaml':
        'resources: [../base]\npatchesJson6902:\n  - target: {kind: Deployment, name: web}\n    patch: "[{op: replace, path: /spec/nope/x, value: 1}]"\n',
    });
    expect(r.roots).toEqual([expect.objectContaining({ dir: 'o', how: 'failed' })]);
    expect(r.findings).toEqual([expect.objectContaining({ rule: 'input/build-failed', path: 'o/kustomization.yaml', startLine: 3 })]);
    expect(r.findings[0]?.message).toContain('/spec/nope/x');
  });
});

describe('transformers', () => {
  const kustomization = `resources: [../base, configmap.yaml]
components: [../monitoring]
namespace: shop
namePrefix: prod-
nameSuffix: -v2
commonLabels: {team: checkout}
labels:
  - pairs: {tier: web}
commonAnnotations: {owner: alice}
images:
  - {name: example/app, newName: registry.example/app, newTag: "2.0"}
  - {name: example/proxy, digest: "sha256:abc"}
replicas:
  - {name: web, count: 5}
configMapGenerator:
  - name: settings
    literals: [A=1]
`;
  const component = `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
resources: [monitor.yaml]
commonAnnotations: {monitored: "true"}
`;
  const r = build({
    ...BASE,
    'prod/kustomization.yaml': kustomization,
    'prod/configmap.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: {name: placeholder}\n',
    'monitoring/kustomization.yaml': component,
    'monitoring/monitor.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: monitor}\n',
  });

  test('namespace, prefix and suffix; the autoscaler follows its target; a Namespace takes the namespace as its name', () => {
    const web = objectOf(r, 'Deployment', 'prod-web-v2');
    expect((web.value as { metadata: { namespace: string } }).metadata.namespace).toBe('shop');
    expect(where(web, ['metadata', 'namespace'])).toBe(`prod/kustomization.yaml:${lineOf(kustomization, 'namespace: shop')}`);
    const hpa = objectOf(r, 'HorizontalPodAutoscaler', 'prod-web-v2').value as { spec: { scaleTargetRef: { name: string } } };
    expect(hpa.spec.scaleTargetRef.name).toBe('prod-web-v2');
    expect(objectOf(r, 'Namespace', 'shop')).toBeDefined();
  });

  test('commonLabels reach selectors and pod templates; labels without includeSelectors do not', () => {
    const web = objectOf(r, 'Deployment', 'prod-web-v2').value as {
      metadata: { labels: Record<string, string>; annotations: Record<string, string> };
      spec: {
        selector: { matchLabels: Record<string, string> };
        template: { metadata: { labels: Record<string, string>; annotations: Record<string, string> } };
      };
    };
    expect(web.metadata.labels).toEqual({ app: 'web', team: 'checkout', tier: 'web' });
    expect(web.spec.selector.matchLabels).toEqual({ app: 'web', team: 'checkout' });
    expect(web.spec.template.metadata.labels).toEqual({ app: 'web', team: 'checkout' });
    expect(web.spec.template.metadata.annotations).toEqual({ owner: 'alice', monitored: 'true' });
    const svc = objectOf(r, 'Service', 'prod-web-v2').value as { spec: { selector: Record<string, string> } };
    expect(svc.spec.selector).toEqual({ app: 'web', team: 'checkout' });
  });

  test('images and replicas, at the kustomization lines that set them', () => {
    const web = objectOf(r, 'Deployment', 'prod-web-v2');
    const pod = (web.value as { spec: { replicas: number; template: { spec: { containers: { image: string }[] } } } }).spec;
    expect(pod.replicas).toBe(5);
    expect(pod.template.spec.containers.map((c) => c.image)).toEqual(['registry.example/app:2.0', 'example/proxy@sha256:abc']);
    expect(where(web, ['spec', 'replicas'])).toBe(`prod/kustomization.yaml:${lineOf(kustomization, 'count: 5')}`);
    expect(where(web, [...POD, 'containers', 0, 'image'])).toBe(`prod/kustomization.yaml:${lineOf(kustomization, 'newName: registry.example/app')}`);
  });

  test('components add their objects and transform everything; generators make named objects', () => {
    expect(objectOf(r, 'ConfigMap', 'prod-monitor-v2')).toBeDefined();
    expect(objectOf(r, 'ConfigMap', 'prod-settings-v2')).toBeDefined();
    expect(r.roots).toEqual([{ dir: 'prod', how: 'native' }]);
    expect([...r.consumed].sort()).toEqual([
      'base/deployment.yaml',
      'base/hpa.yaml',
      'base/kustomization.yaml',
      'base/service.yaml',
      'monitoring/kustomization.yaml',
      'monitoring/monitor.yaml',
      'prod/configmap.yaml',
      'prod/kustomization.yaml',
    ]);
  });
});

describe('roots, failures and notices', () => {
  test('only kustomizations no other one includes are roots; a base is built through each overlay', () => {
    const r = build({ ...BASE, 'a/kustomization.yaml': 'resources: [../base]\n', 'b/kustomization.yaml': 'resources: [../base]\nnamePrefix: b-\n' });
    expect(r.roots.map((x) => x.dir).sort()).toEqual(['a', 'b']);
    expect(objectOf(r, 'Deployment', 'web', 'a')).toBeDefined();
    expect(objectOf(r, 'Deployment', 'b-web', 'b')).toBeDefined();
  });

  test('a base is kept for the next overlay that includes it; a root, which nothing includes, is not kept', () => {
    const files = new Map(
      Object.entries({ ...BASE, 'a/kustomization.yaml': 'resources: [../base]\n' }).map(([path, text]) => [path, loadFile({ path, text })]),
    );
    const ctx: BuildContext = { files: { get: (p) => files.get(p), has: (p) => files.has(p) }, consumed: new Set(), notices: [], cache: new Map() };
    const built = buildDirectory(ctx, 'a');
    expect([...ctx.cache.keys()]).toEqual(['base']);
    expect(built.map((r) => r.ids[0]?.kind).sort()).toEqual(['Deployment', 'HorizontalPodAutoscaler', 'Service']);
  });

  test('roots named in the config are the only ones built; the others are not reviewed on their own either', () => {
    const r = build({ ...BASE, 'a/kustomization.yaml': 'resources: [../base]\n', 'b/kustomization.yaml': 'resources: [../base]\n' }, ['b']);
    expect(r.documents.every((d) => d.builtBy === 'b')).toBe(true);
    expect(r.roots).toContainEqual({ dir: 'a', how: 'not selected' });
    expect(r.consumed.has('base/deployment.yaml')).toBe(true);
  });

  test('a remote resource is a notice and the rest builds; a missing patch target fails only its root', () => {
    const r = build({
      ...BASE,
      'remote/kustomization.yaml': 'resources:\n  - ../base\n  - https://github.com/example/repo//deploy?ref=v1\n',
      'broken/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: p.yaml\n',
      'broken/p.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: webapp}\nspec: {replicas: 3}\n',
    });
    expect(r.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'input/skipped', severity: 'notice', path: 'remote/kustomization.yaml', startLine: 3 }),
        expect.objectContaining({ rule: 'input/build-failed', path: 'broken/kustomization.yaml', startLine: 3 }),
      ]),
    );
    expect(r.findings.find((f) => f.rule === 'input/build-failed')?.message).toContain('no object matches the patch of Deployment webapp');
    expect(objectOf(r, 'Deployment', 'web', 'remote')).toBeDefined();
    // The patch file of the broken root is still not an object to review.
    expect(r.consumed.has('broken/p.yaml')).toBe(true);
  });

  test('unsupported fields fail natively, with the field named; cycles are reported, not followed', () => {
    const r = build({
      'h/kustomization.yaml': 'helmCharts:\n  - {name: x, repo: https://example.com}\n',
      'c1/kustomization.yaml': 'resources: [../c2]\n',
      'c2/kustomization.yaml': 'resources: [../c1]\n',
      'top/kustomization.yaml': 'resources: [../c1]\n',
    });
    expect(r.roots.find((x) => x.dir === 'h')?.reason).toContain('`helmCharts` is not built natively');
    expect(r.roots.find((x) => x.dir === 'top')?.reason).toContain('cycle');
  });

  test('a patch allowed to rename or re-kind its target fails natively, at the option; one that forbids it builds', () => {
    const patch = (options: string) =>
      `resources: [../base]\npatches:\n  - target: {kind: Deployment, name: web}\n    options: {${options}}\n    patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata: {name: web2}\n      spec: {replicas: 9}\n`;
    const r = build({
      ...BASE,
      'rename/kustomization.yaml': patch('allowNameChange: true'),
      'rekind/kustomization.yaml': patch('allowKindChange: true'),
      'kept/kustomization.yaml': patch('allowNameChange: false'),
    });
    expect(r.roots.find((x) => x.dir === 'rename')?.reason).toBe('a patch with `allowNameChange` is not built natively');
    expect(r.roots.find((x) => x.dir === 'rekind')?.reason).toBe('a patch with `allowKindChange` is not built natively');
    expect(r.findings).toContainEqual(expect.objectContaining({ path: 'rename/kustomization.yaml', startLine: 4 }));
    expect(r.roots.find((x) => x.dir === 'kept')?.how).toBe('native');
    // Without the option kustomize keeps the target's name: so does the native build.
    expect(objectOf(r, 'Deployment', 'web', 'kept')).toBeDefined();
  });
});
