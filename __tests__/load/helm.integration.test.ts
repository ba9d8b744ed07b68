/**
 * Helm rendering with the real helm binary: on PATH, or unpacked by scripts/install-helm.mjs.
 * Without one, the suite says it skipped and how to run it.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reviewPaths } from '../../src/engine/review.js';
import { loadStream } from '../../src/load/helm-output.js';
import { testWithCorpus } from '../helpers/corpus.js';
import { realHelm } from '../helpers/helm.js';
import { CORPUS } from '../helpers/paths.js';

const helm = realHelm();
if (!helm) process.stdout.write('SKIPPED: Helm integration tests: no helm on PATH and none unpacked; run `node scripts/install-helm.mjs` to get one\n');

const CHART = {
  'Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 1.0.0\n',
  'values.yaml': 'replicaCount: 2\nimage:\n  repository: nginx\n  tag: "1.27"\nresources:\n  limits:\n    memory: 24Gi\n  requests:\n    memory: 1Gi\n',
  'templates/_helpers.tpl':
    '{{- define "shop.fullname" -}}{{ .Release.Name }}-web{{- end }}\n{{- define "shop.labels" -}}\napp.kubernetes.io/name: {{ .Chart.Name }}\napp.kubernetes.io/managed-by: {{ .Release.Service }}\n{{- end }}\n',
  'templates/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "shop.fullname" . }}
  labels:
    {{- include "shop.labels" . | nindent 4 }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
{{- if .Values.extraService }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "shop.fullname" . }}
{{- end }}
`,
};
const CLUSTER =
  'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: prod, region: us-east-1}\nmanagedNodeGroups:\n  - name: ng\n    instanceType: c5.large\n    privateNetworking: true\n';

(helm ? describe : describe.skip)(`Helm rendering with the real helm (${helm ?? 'none'})`, () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'mr-helm-real-'));
    for (const [file, text] of Object.entries(CHART)) {
      mkdirSync(path.dirname(path.join(root, 'charts/shop', file)), { recursive: true });
      writeFileSync(path.join(root, 'charts/shop', file), text);
    }
    writeFileSync(path.join(root, 'cluster.yaml'), CLUSTER);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('a chart is rendered and reviewed: the limit from values.yaml is reported at its line there', () => {
    const { findings, tree } = reviewPaths({ cwd: root, paths: ['.'], helm: { render: true, binary: helm ?? 'helm' } });
    expect(findings.filter((f) => f.rule.startsWith('input/'))).toEqual([]);
    expect(tree.model.workloads.map((w) => [w.kind, w.name, w.ref.doc.path])).toEqual([['Deployment', 'shop-web', 'charts/shop/templates/deployment.yaml']]);
    const limit = findings.find((f) => f.rule === 'memory-budget/limit-exceeds-node');
    expect(limit).toMatchObject({ path: 'charts/shop/values.yaml', startLine: 7, startColumn: 5, object: { kind: 'Deployment', name: 'shop-web' } });
  });

  test('config values files are applied; a block-level {{- if }} document renders only when enabled', () => {
    writeFileSync(path.join(root, 'prod.yaml'), 'extraService: true\nresources:\n  limits:\n    memory: 2Gi\n');
    writeFileSync(path.join(root, 'review.yaml'), 'helm:\n  charts:\n    - path: charts/shop\n      values: [prod.yaml]\n      releaseName: prod\n');
    try {
      const { findings, tree } = reviewPaths({ cwd: root, paths: ['.'], config: 'review.yaml', helm: { render: true, binary: helm ?? 'helm' } });
      expect(findings.filter((f) => f.rule.startsWith('memory-budget/limit'))).toEqual([]);
      const rendered = tree.files.filter((f) => f.path.includes('/templates/'));
      // Names from the model's records: once modelled, a released document's value keeps only apiVersion and kind.
      const objects = rendered.flatMap((f) =>
        f.documents.flatMap((d) => tree.model.manifests.filter((m) => m.ref.doc === d).map((m) => `${m.kind} ${m.name} @ ${d.path}`)),
      );
      // helm prints in install order (Services before Deployments), whatever the template's order.
      expect(objects).toEqual(['Service prod-web @ charts/shop/templates/deployment.yaml', 'Deployment prod-web @ charts/shop/templates/deployment.yaml']);
    } finally {
      rmSync(path.join(root, 'review.yaml'));
      rmSync(path.join(root, 'prod.yaml'));
    }
  });

  test('a replica count from a values file is reported at its key there (markers below the 1e+06 helm prints floats as)', () => {
    const scaled = 'replicaCount: 40\nresources:\n  limits:\n    memory: 1Gi\n  requests:\n    memory: 1Gi\n';
    writeFileSync(path.join(root, 'scaled.yaml'), scaled);
    writeFileSync(path.join(root, 'review.yaml'), 'helm:\n  charts:\n    - path: charts/shop\n      values: [scaled.yaml]\n');
    writeFileSync(path.join(root, 'cluster.yaml'), `${CLUSTER}    maxSize: 2\n`);
    try {
      const { findings } = reviewPaths({ cwd: root, paths: ['.'], config: 'review.yaml', helm: { render: true, binary: helm ?? 'helm' } });
      const capacity = findings.find((f) => f.rule === 'memory-budget/capacity');
      expect(capacity?.message).toMatch(/needs at least 40 pods × 1Gi request/);
      expect(capacity).toMatchObject({ path: 'scaled.yaml', startLine: 1, startColumn: 1 });
    } finally {
      writeFileSync(path.join(root, 'cluster.yaml'), CLUSTER);
      rmSync(path.join(root, 'review.yaml'));
      rmSync(path.join(root, 'scaled.yaml'));
    }
  });

  test('`helm template | manifest-review -`: documents map to their templates under the chart', () => {
    const output = execFileSync(helm ?? 'helm', ['template', 'shop', path.join(root, 'charts/shop')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: root },
    });
    const files = loadStream(output, (p) => (p === 'templates/deployment.yaml' ? CHART['templates/deployment.yaml'] : undefined), true);
    expect(files.map((f) => [f.path, f.documents.length])).toEqual([['templates/deployment.yaml', 1]]);
    const memory = ['spec', 'template', 'spec', 'containers', 0, 'resources', 'limits', 'memory'];
    expect(files[0]?.documents[0]?.locate(memory).start.line).toBe(20);
    expect(files[0]?.documents[0]?.valueText(memory)).toBe('24Gi');
  });

  test('a dependency that is not vendored: helm refuses the chart, it is rendered again without it, and its plain manifest is reviewed', () => {
    const wrapper = mkdtempSync(path.join(tmpdir(), 'mr-helm-real-deps-'));
    try {
      const files: Record<string, string> = {
        'Chart.yaml':
          'apiVersion: v2\nname: api\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 18.x\n    repository: https://charts.bitnami.com/bitnami\n',
        'templates/api.yaml':
          'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels: {app: api}\n  template:\n    metadata:\n      labels: {app: api}\n    spec:\n      containers:\n        - name: api\n          image: api:1.0\n          resources:\n            limits:\n              memory: 30Gi\n',
        // A lock that lists the dependency too (its digest stale once the copy drops it: helm template does not check it).
        'Chart.lock':
          'dependencies:\n- name: redis\n  repository: https://charts.bitnami.com/bitnami\n  version: 18.1.0\ndigest: sha256:0000000000000000000000000000000000000000000000000000000000000000\ngenerated: "2026-01-01T00:00:00Z"\n',
        'cluster.yaml': CLUSTER,
      };
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(wrapper, file)), { recursive: true });
        writeFileSync(path.join(wrapper, file), text);
      }
      // What the real helm says, so the retry is exercised for the failure it is meant for.
      const refused = spawnSync(helm ?? 'helm', ['template', 'api', wrapper], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: wrapper } });
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toMatch(/missing in charts\/ directory: redis/);
      const { findings } = reviewPaths({ cwd: wrapper, paths: ['.'], helm: { render: true, binary: helm ?? 'helm' } });
      // The limit alone sets the request too: the pod cannot be scheduled, at the container's resources.
      expect(findings.find((f) => f.rule === 'memory-budget/pod-exceeds-node')).toMatchObject({ path: 'templates/api.yaml', startLine: 15, severity: 'error' });
      const inputs = findings.filter((f) => f.rule.startsWith('input/'));
      expect(inputs).toEqual([expect.objectContaining({ rule: 'input/skipped', severity: 'notice', path: 'Chart.yaml' })]);
      expect(inputs[0]?.message).toMatch(/rendered without its dependency `redis`: .*their objects are not reviewed/);
    } finally {
      rmSync(wrapper, { recursive: true, force: true });
    }
  });

  test('a values schema whose $ref names a URL: helm renders without validating, and nothing is requested', async () => {
    const wrapper = mkdtempSync(path.join(tmpdir(), 'mr-helm-real-schema-'));
    const log = path.join(wrapper, 'requests.log');
    // A server of its own process: the review blocks this one while helm runs.
    const server = spawn(
      process.execPath,
      [
        '-e',
        `const s = require('http').createServer((q, r) => { require('fs').appendFileSync(${JSON.stringify(log)}, q.url + '\\n'); r.setHeader('content-type', 'application/json'); r.end('{"type": "string"}'); });
         s.listen(0, '127.0.0.1', () => console.log(s.address().port));`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const port = await new Promise<string>((resolve) => server.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
      const files: Record<string, string> = {
        ...CHART,
        'values.schema.json': JSON.stringify({ type: 'object', properties: { replicaCount: { $ref: `http://127.0.0.1:${port}/latest/meta-data/` } } }),
      };
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(wrapper, 'charts/shop', file)), { recursive: true });
        writeFileSync(path.join(wrapper, 'charts/shop', file), text);
      }
      writeFileSync(path.join(wrapper, 'cluster.yaml'), CLUSTER);
      const { findings } = reviewPaths({ cwd: wrapper, paths: ['.'], helm: { render: true, binary: helm ?? 'helm' } });
      expect(findings.filter((f) => f.rule.startsWith('input/'))).toEqual([]);
      expect(findings.find((f) => f.rule === 'memory-budget/limit-exceeds-node')).toMatchObject({ path: 'charts/shop/values.yaml', startLine: 7 });
      expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
    } finally {
      server.kill();
      rmSync(wrapper, { recursive: true, force: true });
    }
  });

  test("a schema that constrains the values: the marker render still passes, and the limit is traced to values.yaml's line", () => {
    const wrapper = mkdtempSync(path.join(tmpdir(), 'mr-helm-real-strict-'));
    try {
      // What well-kept charts publish: a pattern for quantities, a bound on replicas. The marker
      // values the tracing renders with (770000001Gi, 900001 replicas) break both.
      const schema = {
        type: 'object',
        properties: {
          replicaCount: { type: 'integer', maximum: 10 },
          resources: { type: 'object', properties: { limits: { type: 'object', properties: { memory: { type: 'string', pattern: '^[0-9]{1,3}(Mi|Gi)$' } } } } },
        },
      };
      for (const [file, text] of Object.entries({ ...CHART, 'values.schema.json': JSON.stringify(schema) })) {
        mkdirSync(path.dirname(path.join(wrapper, 'charts/shop', file)), { recursive: true });
        writeFileSync(path.join(wrapper, 'charts/shop', file), text);
      }
      writeFileSync(path.join(wrapper, 'cluster.yaml'), CLUSTER);
      const { findings } = reviewPaths({ cwd: wrapper, paths: ['.'], helm: { render: true, binary: helm ?? 'helm' } });
      expect(findings.find((f) => f.rule === 'memory-budget/limit-exceeds-node')).toMatchObject({
        path: 'charts/shop/values.yaml',
        startLine: 7,
        startColumn: 5,
      });
    } finally {
      rmSync(wrapper, { recursive: true, force: true });
    }
  });

  testWithCorpus(
    'the corpus: every chart rendered or skipped with a notice, no parse error on any chart file',
    () => {
      const { findings, tree } = reviewPaths({ cwd: CORPUS, paths: ['.'], helm: { render: true, binary: helm ?? 'helm' } });
      const chartDirs = [...new Set(tree.files.filter((f) => f.path.endsWith('/Chart.yaml')).map((f) => f.path.slice(0, -'/Chart.yaml'.length)))];
      expect(chartDirs.length).toBeGreaterThan(25);
      const inChart = (p: string): boolean => chartDirs.some((d) => p.startsWith(`${d}/`));
      expect(findings.filter((f) => f.rule === 'input/parse-error' && inChart(f.path)).map((f) => f.path)).toEqual([]);
      // Rendered objects of real charts are reviewed at their templates: aws-vpc-cni's aws-node DaemonSet.
      const awsNode = tree.model.workloads.find(
        (w) => w.kind === 'DaemonSet' && w.name === 'aws-node' && w.ref.doc.path === 'aws__eks-charts/stable/aws-vpc-cni/templates/daemonset.yaml',
      );
      expect(awsNode).toBeDefined();
      // Charts that cannot render say why, once each, at their Chart.yaml: a failed render is a warning.
      const notices = findings.filter((f) => (f.rule === 'input/skipped' || f.rule === 'input/build-failed') && f.path.endsWith('/Chart.yaml'));
      expect(findings.find((f) => f.path === 'aws__eks-charts/stable/aws-load-balancer-controller/Chart.yaml')?.rule).toBe('input/build-failed');
      expect(notices.find((f) => f.path === 'aws__eks-charts/stable/aws-load-balancer-controller/Chart.yaml')?.message).toMatch(/clusterName/);
      expect(new Set(notices.map((f) => f.path)).size).toBe(notices.length);
    },
    240_000,
  );
});
