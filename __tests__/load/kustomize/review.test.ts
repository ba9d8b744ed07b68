/**
 * Kustomize trees through the whole review: the rules see the built objects, never a patch on
 * its own, and each finding points at the file and line that set what it is about.
 */
import { loadTree, runRules } from '../../../src/engine/review.js';
import type { Finding } from '../../../src/findings.js';
import { RULES } from '../../../src/rules/index.js';

const review = (files: Record<string, string>, roots?: string[]): Finding[] =>
  runRules(
    loadTree(
      Object.entries(files).map(([path, text]) => ({ path, text })),
      [],
      undefined,
      roots ? { config: { rules: {}, paths: {}, clusters: [], nodeGroups: [], kustomize: { roots } } } : {},
    ),
    { now: new Date('2026-06-01T00:00:00Z') },
  );

/** The 1-based line of the first line containing `needle` after the first containing `after`. */
const lineOf = (text: string, needle: string, after = ''): number => {
  const lines = text.split('\n');
  const from = after ? lines.findIndex((l) => l.includes(after)) : 0;
  return lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
};
const at = (findings: readonly Finding[], rule: string): string[] => findings.filter((f) => f.rule === rule).map((f) => `${f.path}:${f.startLine}`);

/** A cluster with a small node group (t3.small, 2 GiB) and a large one (m5.xlarge, 16 GiB), told apart by a label. */
const CLUSTER = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: prod, region: us-east-1, version: "1.31"}
nodeGroups:
  - name: small
    instanceType: t3.small
    desiredCapacity: 2
    labels: {pool: small}
  - name: big
    instanceType: m5.xlarge
    desiredCapacity: 2
    labels: {pool: big}
`;

const deployment = (resources: string, name = 'web'): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: 1
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
      initContainers:
        - name: migrate
          image: example/migrate:1
          resources: {requests: {memory: 64Mi}, limits: {memory: 64Mi}}
      containers:
        - name: app
          image: example/app:1
${resources}
`;
const SIZED = '          resources:\n            requests: {memory: 3Gi}\n            limits: {memory: 3Gi}';
const BASE = { 'cluster.yaml': CLUSTER, 'base/kustomization.yaml': 'resources: [deployment.yaml]\n', 'base/deployment.yaml': deployment(SIZED) };

describe('overlays through the rules', () => {
  test('an overlay that pins a base Deployment to a node group it cannot fit: pod-exceeds-node at the base memory line, naming the overlay', () => {
    const pin = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      nodeSelector: {pool: small}\n';
    const files = {
      ...BASE,
      'overlays/small/kustomization.yaml': 'resources: [../../base]\npatches:\n  - path: pin.yaml\n',
      'overlays/small/pin.yaml': pin,
      'overlays/any/kustomization.yaml': 'resources: [../../base]\n',
    };
    const findings = review(files);
    const fits = findings.filter((f) => f.rule === 'memory-budget/pod-exceeds-node');
    expect(fits.map((f) => `${f.severity} ${f.path}:${f.startLine}`)).toEqual([
      `error base/deployment.yaml:${lineOf(files['base/deployment.yaml'], 'resources:', '- name: app')}`,
    ]);
    expect(fits[0]?.message).toContain('t3.small allocatable');
    expect(fits[0]?.message).toContain('(holds in the Kustomize build of overlays/small)');
    // Without the pin, the pod may use the big group: nothing to say, in either overlay.
    expect(
      review({ ...BASE, 'overlays/any/kustomization.yaml': 'resources: [../../base]\n' }).filter((f) => f.rule === 'memory-budget/pod-exceeds-node'),
    ).toEqual([]);
  });

  test('memory an overlay raised: the finding points at the patch line', () => {
    const raise =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          resources:\n            requests: {memory: 24Gi}\n';
    const findings = review({ ...BASE, 'prod/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: raise.yaml\n', 'prod/raise.yaml': raise });
    expect(at(findings, 'memory-budget/pod-exceeds-node')).toEqual([`prod/raise.yaml:${lineOf(raise, 'requests: {memory: 24Gi}')}`]);
    expect(findings.find((f) => f.rule === 'memory-budget/pod-exceeds-node')?.message).toContain('request 24Gi');
  });

  test('image-only and $patch: delete patches produce no finding, at the patch or anywhere', () => {
    const image =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: example/app:2\n';
    const drop =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      initContainers:\n        - name: migrate\n          $patch: delete\n';
    const files = {
      ...BASE,
      'prod/kustomization.yaml': 'resources: [../base]\npatchesStrategicMerge: [image.yaml, drop.yaml]\n',
      'prod/image.yaml': image,
      'prod/drop.yaml': drop,
    };
    // The cluster's own subnet and version findings are not about these files.
    const findings = review(files).filter((f) => f.path !== 'cluster.yaml');
    expect(findings).toEqual([]);
    // The same patches, reviewed as files on their own (no kustomization), were the false warnings of the issue.
    const alone = review({ 'cluster.yaml': CLUSTER, 'prod/image.yaml': image, 'prod/drop.yaml': drop });
    expect(at(alone, 'memory-budget/missing-memory').length).toBeGreaterThan(0);
  });

  test('a base with three overlays reports a base-level finding once, naming the three', () => {
    const bare = deployment('          resources: {requests: {cpu: 100m}}');
    const files: Record<string, string> = {
      'cluster.yaml': CLUSTER,
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'base/deployment.yaml': bare,
    };
    for (const env of ['dev', 'staging', 'prod'])
      files[`overlays/${env}/kustomization.yaml`] = `resources: [../../base]\nnamePrefix: ${env}-\nnamespace: ${env}\n`;
    const missing = review(files).filter((f) => f.rule === 'memory-budget/missing-memory');
    expect(missing.map((f) => `${f.path}:${f.startLine}`)).toEqual([`base/deployment.yaml:${lineOf(bare, '- name: app')}`]);
    expect(missing[0]?.message).toBe(
      "container app of web sets no memory request or limit: the scheduler reserves nothing for it and it can use all of the node's memory; set resources.requests.memory and resources.limits.memory. (holds in the Kustomize builds of overlays/dev, overlays/prod and overlays/staging)",
    );
    expect(missing[0]?.object).toMatchObject({ kind: 'Deployment', name: 'web' });
  });

  test('a base inside one root and used by others too: still one finding; many builds are named up to five', () => {
    const bare = deployment('          resources: {requests: {cpu: 100m}}');
    const files: Record<string, string> = {
      'cluster.yaml': CLUSTER,
      'app/kustomization.yaml': 'resources: [base]\n',
      'app/base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'app/base/deployment.yaml': bare,
    };
    for (let i = 1; i <= 7; i++) files[`app/tests/t${i}/kustomization.yaml`] = 'resources: [../../base]\n';
    const missing = review(files).filter((f) => f.rule === 'memory-budget/missing-memory');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toMatch(/\(holds in the Kustomize builds of app, app\/tests\/t1, app\/tests\/t2, app\/tests\/t3, app\/tests\/t4 and 3 more\)$/);
  });

  test('the namespace of the kustomization applies: LimitRange defaults of that namespace count', () => {
    const bare = deployment('          resources: {requests: {cpu: 100m}}');
    const limits =
      'apiVersion: v1\nkind: LimitRange\nmetadata: {name: defaults, namespace: shop}\nspec:\n  limits:\n    - type: Container\n      default: {memory: 512Mi}\n      defaultRequest: {memory: 256Mi}\n';
    const files = { 'cluster.yaml': CLUSTER, 'limits.yaml': limits, 'base/kustomization.yaml': 'resources: [deployment.yaml]\n', 'base/deployment.yaml': bare };
    expect(at(review({ ...files, 'shop/kustomization.yaml': 'resources: [../base]\nnamespace: shop\n' }), 'memory-budget/missing-memory')).toEqual([]);
    expect(at(review({ ...files, 'other/kustomization.yaml': 'resources: [../base]\nnamespace: other\n' }), 'memory-budget/missing-memory')).toHaveLength(1);
  });

  test('an autoscaler in the kustomization namespace follows its renamed target', () => {
    const hpa =
      'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\nspec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n  minReplicas: 2\n  maxReplicas: 8\n';
    const tree = loadTree(
      Object.entries({
        ...BASE,
        'base/kustomization.yaml': 'resources: [deployment.yaml, hpa.yaml]\n',
        'base/hpa.yaml': hpa,
        'prod/kustomization.yaml': 'resources: [../base]\nnamespace: shop\nnamePrefix: prod-\n',
      }).map(([path, text]) => ({ path, text })),
    );
    const [scaler] = tree.model.autoscalers;
    const [workload] = tree.model.workloads;
    expect(scaler).toMatchObject({ namespace: 'shop', target: { kind: 'Deployment', name: 'prod-web' }, maxReplicas: 8 });
    expect(workload).toMatchObject({ namespace: 'shop', name: 'prod-web' });
  });

  test('a kustomization that cannot build is one input/build-failed finding; the rest of the review goes on', () => {
    const files = {
      ...BASE,
      'broken/kustomization.yaml': 'resources: [../base, missing.yaml]\n',
      'apps/big.yaml': deployment('          resources: {requests: {memory: 64Gi}, limits: {memory: 64Gi}}', 'big'),
    };
    const findings = review(files);
    expect(at(findings, 'input/build-failed')).toEqual(['broken/kustomization.yaml:1']);
    expect(findings.find((f) => f.rule === 'input/build-failed')?.message).toContain('resource "missing.yaml" is not among the reviewed files');
    expect(at(findings, 'memory-budget/pod-exceeds-node')).toEqual([`apps/big.yaml:${lineOf(files['apps/big.yaml'], 'resources:', '- name: app')}`]);
    expect(RULES.some((r) => r.id === 'input/build-failed')).toBe(true);
  });

  test('config roots: a root left out is not reviewed, nor are its files on their own', () => {
    const huge =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          resources:\n            requests: {memory: 64Gi}\n';
    const files = {
      ...BASE,
      'a/kustomization.yaml': 'resources: [../base]\npatches: [{path: huge.yaml}]\n',
      'a/huge.yaml': huge,
      'b/kustomization.yaml': 'resources: [../base]\n',
    };
    expect(at(review(files), 'memory-budget/pod-exceeds-node')).toEqual([`a/huge.yaml:${lineOf(huge, 'requests: {memory: 64Gi}')}`]);
    expect(at(review(files, ['b']), 'memory-budget/pod-exceeds-node')).toEqual([]);
  });
});
