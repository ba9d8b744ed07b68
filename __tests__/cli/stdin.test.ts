import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli.js';

// `helm template shop ./charts/shop` output, in helm's exact format.
const RENDERED = `---
# Source: shop/templates/serviceaccount.yaml
apiVersion: v1
kind: ServiceAccount
metadata:
  name: shop
---
# Source: shop/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: shop}
  template:
    metadata:
      labels: {app: shop}
    spec:
      containers:
        - name: web
          image: "nginx:1.27"
`;
const TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ .Release.Name }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels: {app: shop}
  template:
    metadata:
      labels: {app: shop}
    spec:
      containers:
        - name: web
          image: "{{ .Values.image }}"
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mr-cli-stdin-'));
  mkdirSync(path.join(dir, 'shop', 'templates'), { recursive: true });
  writeFileSync(path.join(dir, 'shop', 'Chart.yaml'), 'apiVersion: v2\nname: shop\nversion: 1.0.0\n');
  writeFileSync(path.join(dir, 'shop', 'templates', 'deployment.yaml'), TEMPLATE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI: manifests from standard input (-)', () => {
  test('`helm template ... | manifest-review -`: findings name the template and its line', () => {
    const run = runCli(['-'], dir, RENDERED);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    // The container line of the template (14: `- name: web`), found through its name.
    expect(lines).toContainEqual(expect.stringMatching(/^\s*shop\/templates\/deployment\.yaml:14:11\s+warning\s+memory-budget\/missing-memory/));
    expect(run.stdout).toContain('container web of shop sets no memory request or limit');
    expect(lines.at(-1)).toMatch(/in 2 files reviewed$/);
  });

  test('run inside the chart directory, Source paths resolve to its templates', () => {
    const run = runCli(['--format', 'json', '-'], path.join(dir, 'shop'), RENDERED);
    const report = JSON.parse(run.stdout) as { findings: { path: string; startLine: number }[] };
    expect(report.findings.map((f) => `${f.path}:${f.startLine}`)).toEqual(['templates/deployment.yaml:14']);
  });

  test('a template not found under the directory is still named as helm printed it, at line 1', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'mr-cli-stdin-other-'));
    try {
      const run = runCli(['--format', 'json', '-'], elsewhere, RENDERED);
      const report = JSON.parse(run.stdout) as { findings: { path: string; startLine: number }[] };
      expect(report.findings.map((f) => `${f.path}:${f.startLine}`)).toEqual(['shop/templates/deployment.yaml:1']);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  test('plain YAML on stdin is reviewed as <stdin>, together with paths given beside it', () => {
    writeFileSync(path.join(dir, 'broken.yaml'), 'metadata:\n  name: [x\n');
    try {
      const run = runCli(
        ['--format', 'json', '-', 'broken.yaml'],
        dir,
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: x}]\n',
      );
      expect(run.status).toBe(1);
      const report = JSON.parse(run.stdout) as { findings: { path: string; rule: string }[] };
      expect(report.findings.map((f) => `${f.path} ${f.rule}`).sort()).toEqual(['<stdin> memory-budget/missing-memory', 'broken.yaml input/parse-error']);
    } finally {
      rmSync(path.join(dir, 'broken.yaml'));
    }
  });

  test('a # Source: path out of the directory is not read', () => {
    const run = runCli(['--format', 'json', '-'], dir, RENDERED.replace('# Source: shop/templates/deployment.yaml', '# Source: ../../../../etc/passwd'));
    const report = JSON.parse(run.stdout) as { findings: { path: string; startLine: number }[] };
    expect(report.findings.map((f) => `${f.path}:${f.startLine}`)).toEqual(['../../../../etc/passwd:1']);
  });
});
