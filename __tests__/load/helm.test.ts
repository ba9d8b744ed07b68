/**
 * The plumbing of Helm rendering, against a fake `helm` executable that prints output in
 * helm's exact `helm template` format and records how it was called. The real binary is
 * exercised by helm.integration.test.ts when it is available.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reviewChange } from '../../src/engine/change.js';
import { reviewPaths } from '../../src/engine/review.js';
import type { Finding } from '../../src/findings.js';
import { findCharts, prepareCharts, templatePath, type HelmSettings } from '../../src/load/helm.js';
import { makeRepo } from '../helpers/git-repo.js';

let root: string;
let bin: string;
let log: string;

const CHART_YAML = 'apiVersion: v2\nname: web\nversion: 0.1.0\n';
const VALUES_YAML = 'replicaCount: 2\nimage: nginx:1.27\nresources:\n  limits:\n    memory: 30Gi\n  requests:\n    memory: 30Gi\n';
const DEPLOYMENT_TEMPLATE = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "web.fullname" . }}
  labels:
    app.kubernetes.io/managed-by: {{ .Release.Service }}
spec:
  replicas: {{ .Values.replicaCount }}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      nodeSelector:
        eks.amazonaws.com/nodegroup: small
      containers:
        - name: web
          image: {{ .Values.image }}
          resources:
            {{- toYaml .Values.resources | nindent 12 }}
`;
const NODE_GROUP = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: prod, region: us-east-1}
managedNodeGroups:
  - name: small
    instanceType: c5.large
    desiredCapacity: 2
`;

/**
 * A fake helm: logs its arguments and environment, then prints what `helm template` prints
 * for the chart above: the memory and the replica count come from the last values file that sets them (so
 * the marker render of values-key tracing works as with the real helm).
 */
function fakeHelm(name: string, behaviour: 'render' | 'fail' | 'hang' | 'render-pdb-when-scaled'): string {
  const file = path.join(bin, name, 'helm');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `#!${process.execPath}
const fs = require('fs');
const args = process.argv.slice(2);
// The review asks once which flags \`helm template\` knows: this helm is recent.
if (args.includes('--help')) {
  process.stdout.write('      --skip-schema-validation   if set, disables JSON schema validation\\n');
  process.exit(0);
}
// The values files too: the marker file is gone once helm returns.
const valuesTexts = args.flatMap((a, i) => (a === '--values' ? [fs.readFileSync(args[i + 1], 'utf8')] : []));
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ args, env: Object.keys(process.env).sort(), values: valuesTexts }) + '\\n');
const behaviour = ${JSON.stringify(behaviour)};
if (behaviour === 'hang') setTimeout(() => {}, 1e9);
else if (behaviour === 'fail') {
  process.stderr.write('Error: execution error at (web/templates/deployment.yaml:8:14): replicaCount is required\\n');
  process.exit(1);
} else {
  const files = [require('path').join(args[2], 'values.yaml')];
  args.forEach((a, i) => { if (a === '--values') files.push(args[i + 1]); });
  let limit, request, replicas;
  for (const f of files) {
    const text = fs.readFileSync(f, 'utf8');
    limit = (/limits:\\s*\\n\\s*memory: (\\S+)/.exec(text) || [])[1] || limit;
    request = (/requests:\\s*\\n\\s*memory: (\\S+)/.exec(text) || [])[1] || request;
    replicas = (/^replicaCount: (\\S+)$/m.exec(text) || [])[1] || replicas;
  }
  // Like a chart with \`{{ if gt .Values.replicaCount 100 }}\` around a PodDisruptionBudget.
  const pdb = behaviour === 'render-pdb-when-scaled' && Number(replicas) > 100
    ? ['---', '# Source: web/templates/pdb.yaml', 'apiVersion: policy/v1', 'kind: PodDisruptionBudget', 'metadata:', '  name: ' + args[1], 'spec:', '  minAvailable: 1', '']
    : [];
  process.stdout.write(['---', '# Source: web/templates/serviceaccount.yaml', 'apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: ' + args[1], '---',
    '# Source: web/templates/deployment.yaml', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: ' + args[1], '  labels:',
    '    app.kubernetes.io/managed-by: Helm', 'spec:', '  replicas: ' + replicas, '  selector:', '    matchLabels: {app: web}', '  template:', '    metadata:',
    '      labels: {app: web}', '    spec:', '      nodeSelector:', '        eks.amazonaws.com/nodegroup: small', '      containers:', '        - name: web',
    '          image: nginx:1.27', '          resources:', '            limits:', '              memory: ' + limit, '            requests:',
    '              memory: ' + request, '', ...pdb].join('\\n'));
}
`,
  );
  chmodSync(file, 0o755);
  return file;
}

function writeChart(dir: string): void {
  mkdirSync(path.join(root, dir, 'templates'), { recursive: true });
  writeFileSync(path.join(root, dir, 'Chart.yaml'), CHART_YAML);
  writeFileSync(path.join(root, dir, 'values.yaml'), VALUES_YAML);
  writeFileSync(path.join(root, dir, 'templates', 'deployment.yaml'), DEPLOYMENT_TEMPLATE);
  writeFileSync(path.join(root, dir, 'templates', 'serviceaccount.yaml'), 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ .Release.Name }}\n');
  writeFileSync(path.join(root, dir, 'templates', '_helpers.tpl'), '{{- define "web.fullname" -}}{{ .Release.Name }}{{- end }}\n');
}

const calls = (): { args: string[]; env: string[]; values: string[] }[] =>
  readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .filter((l) => l)
    .map((l) => JSON.parse(l) as { args: string[]; env: string[]; values: string[] });

const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;
const review = (helm: HelmSettings, config?: string): Finding[] => {
  if (config !== undefined) writeFileSync(path.join(root, 'review.yaml'), config);
  return reviewPaths({ cwd: root, paths: ['.'], helm, ...(config !== undefined ? { config: 'review.yaml' } : {}) }).findings;
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'mr-helm-'));
  bin = mkdtempSync(path.join(tmpdir(), 'mr-helm-bin-'));
  log = path.join(bin, 'calls.log');
  writeFileSync(log, '');
  writeChart('charts/web');
  writeFileSync(path.join(root, 'cluster.yaml'), NODE_GROUP);
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(bin, { recursive: true, force: true });
});

describe('Helm charts in the reviewed tree (fake helm)', () => {
  test('rendered objects are reviewed; a quantity from values.yaml is reported at its key there', () => {
    const findings = review({ render: true, binary: fakeHelm('ok', 'render') });
    expect(findings.filter((f) => f.rule.startsWith('input/'))).toEqual([]);
    // pod-exceeds-node points at the container's `resources`: all of it came from values `resources`.
    const pod = findings.find((f) => f.rule === 'memory-budget/pod-exceeds-node');
    expect(pod).toMatchObject({ path: 'charts/web/values.yaml', startLine: lineOf(VALUES_YAML, 'resources:'), object: { kind: 'Deployment', name: 'web' } });
    expect(pod?.message).toMatch(/^web request 30Gi .* > c5\.large allocatable/);
    // Both renders: the second with the marker values file last.
    const [first, second] = calls();
    expect(first?.args).toEqual(['template', 'web', path.join(root, 'charts/web'), '--namespace', 'default', '--skip-tests', '--skip-schema-validation']);
    expect(second?.args.slice(0, 7)).toEqual(first?.args);
    expect(second?.args[7]).toBe('--values');
  });

  test("a limit from values.yaml is reported at the limit's own line", () => {
    const values = VALUES_YAML.replace('requests:\n    memory: 30Gi', 'requests:\n    memory: 1Gi');
    writeFileSync(path.join(root, 'charts/web/values.yaml'), values);
    const findings = review({ render: true, binary: fakeHelm('ok', 'render') });
    expect(findings.find((f) => f.rule === 'memory-budget/limit-exceeds-node')).toMatchObject({
      path: 'charts/web/values.yaml',
      startLine: lineOf(values, 'memory: 30Gi'),
      startColumn: 5,
    });
  });

  describe('a replica count from values.yaml', () => {
    // 40 pods of 1Gi on at most two c5.large nodes: the node group cannot hold them.
    const scaled = VALUES_YAML.replace('replicaCount: 2', 'replicaCount: 40').replace(/30Gi/g, '1Gi');
    const capacityAt = (binary: string, values = scaled) => {
      writeFileSync(path.join(root, 'charts/web/values.yaml'), values);
      writeFileSync(path.join(root, 'cluster.yaml'), `${NODE_GROUP}    maxSize: 2\n`);
      const findings = review({ render: true, binary });
      const capacity = findings.find((f) => f.rule === 'memory-budget/capacity');
      expect(capacity?.message).toMatch(/^web needs at least 40 pods × 1Gi request/);
      return { capacity, findings };
    };

    test('is reported at its key there, in the same marker render as the quantities', () => {
      const { capacity, findings } = capacityAt(fakeHelm('ok', 'render'));
      expect(capacity).toMatchObject({ path: 'charts/web/values.yaml', startLine: lineOf(scaled, 'replicaCount:'), startColumn: 1 });
      expect(findings.find((f) => f.rule === 'memory-budget/node-overcommit')).toBeUndefined();
      expect(calls()).toHaveLength(2);
      expect(calls()[1]?.values.at(-1)).toMatch(/^replicaCount: 900001$/m);
    });

    test('when a marker count changes what the chart renders, the count points at the template and the quantities are still traced', () => {
      const values = scaled.replace('limits:\n    memory: 1Gi', 'limits:\n    memory: 30Gi');
      const { capacity, findings } = capacityAt(fakeHelm('pdb', 'render-pdb-when-scaled'), values);
      expect(capacity).toMatchObject({ path: 'charts/web/templates/deployment.yaml', startLine: lineOf(DEPLOYMENT_TEMPLATE, 'replicas:') });
      // The third render carries the quantity markers alone.
      expect(calls()).toHaveLength(3);
      expect(calls()[1]?.values.at(-1)).toContain('replicaCount');
      expect(calls()[2]?.values.at(-1)).not.toContain('replicaCount');
      expect(findings.find((f) => f.rule === 'memory-budget/limit-exceeds-node')).toMatchObject({
        path: 'charts/web/values.yaml',
        startLine: lineOf(values, 'memory: 30Gi'),
      });
    });
  });

  test('a finding about a field the template writes points at the template line', () => {
    const values = VALUES_YAML.replace(/30Gi/g, '1Gi');
    writeFileSync(path.join(root, 'charts/web/values.yaml'), values);
    writeFileSync(path.join(root, 'cluster.yaml'), NODE_GROUP.replace('small', 'other'));
    const findings = review({ render: true, binary: fakeHelm('ok', 'render') });
    // No node group is labelled `small`: the nodeSelector the template spells pins it nowhere.
    const pinned = findings.find((f) => f.rule === 'memory-budget/no-eligible-node');
    expect(pinned).toMatchObject({ path: 'charts/web/templates/deployment.yaml', startLine: lineOf(DEPLOYMENT_TEMPLATE, 'nodeSelector:') });
  });

  test("helm runs with a clean environment: none of the caller's variables, no user config", () => {
    process.env.MR_TEST_SECRET = 'hunter2';
    try {
      review({ render: true, binary: fakeHelm('ok', 'render') });
    } finally {
      delete process.env.MR_TEST_SECRET;
    }
    for (const call of calls()) {
      expect(call.env).not.toContain('MR_TEST_SECRET');
      expect(call.env).toEqual(expect.arrayContaining(['HELM_CACHE_HOME', 'HELM_CONFIG_HOME', 'HELM_DATA_HOME', 'HELM_PLUGINS', 'HOME', 'KUBECONFIG']));
      expect(call.args).not.toContain('--dependency-update');
    }
  });

  test('values files from the config are passed in order, with the release name and namespace', () => {
    writeFileSync(path.join(root, 'charts/web/values-prod.yaml'), 'resources:\n  limits:\n    memory: 2Gi\n  requests:\n    memory: 2Gi\n');
    const findings = review(
      { render: true, binary: fakeHelm('ok', 'render') },
      'helm:\n  charts:\n    - path: charts/web/\n      values: [charts/web/values-prod.yaml]\n      releaseName: web-prod\n      namespace: shop\n',
    );
    expect(calls()[0]?.args).toEqual([
      'template',
      'web-prod',
      path.join(root, 'charts/web'),
      '--namespace',
      'shop',
      '--skip-tests',
      '--skip-schema-validation',
      '--values',
      path.join(root, 'charts/web/values-prod.yaml'),
    ]);
    expect(findings.filter((f) => f.rule === 'memory-budget/limit-exceeds-node' || f.rule === 'memory-budget/pod-exceeds-node')).toEqual([]);
  });

  test("charts render for the cluster's Kubernetes version: the config's clusters, or the chart entry's own", () => {
    review({ render: true, binary: fakeHelm('ok', 'render') }, 'clusters:\n  - name: prod\n    provider: eks\n    version: "1.27"\n');
    expect(calls()[0]?.args.slice(-2)).toEqual(['--kube-version', '1.27']);
    writeFileSync(log, '');
    review(
      { render: true, binary: fakeHelm('ok', 'render') },
      'clusters:\n  - {name: prod, provider: eks, version: "1.27"}\nhelm:\n  charts:\n    - {path: charts/web, kubeVersion: "1.31"}\n',
    );
    expect(calls()[0]?.args.slice(-2)).toEqual(['--kube-version', '1.31']);
    writeFileSync(log, '');
    // Two clusters on different versions: helm's own default, not a guess.
    review(
      { render: true, binary: fakeHelm('ok', 'render') },
      'clusters:\n  - {name: a, provider: eks, version: "1.27"}\n  - {name: b, provider: eks, version: "1.30"}\n',
    );
    expect(calls()[0]?.args).not.toContain('--kube-version');
  });

  test('the prod values file that sets the limit gets the finding, not values.yaml', () => {
    writeFileSync(path.join(root, 'charts/web/values.yaml'), VALUES_YAML.replace(/30Gi/g, '1Gi'));
    writeFileSync(path.join(root, 'charts/web/values-prod.yaml'), '# prod\nresources:\n  limits:\n    memory: 40Gi\n');
    const findings = review(
      { render: true, binary: fakeHelm('ok', 'render') },
      'helm:\n  charts:\n    - path: charts/web\n      values: [charts/web/values-prod.yaml]\n',
    );
    expect(findings.find((f) => f.rule === 'memory-budget/limit-exceeds-node')).toMatchObject({ path: 'charts/web/values-prod.yaml', startLine: 4 });
  });

  test("a chart that fails to render: one input/build-failed warning at its Chart.yaml with helm's error, no parse error", () => {
    const findings = review({ render: true, binary: fakeHelm('fail', 'fail') });
    const inputs = findings.filter((f) => f.rule.startsWith('input/'));
    expect(inputs).toEqual([expect.objectContaining({ rule: 'input/build-failed', severity: 'warning', path: 'charts/web/Chart.yaml', startLine: 1 })]);
    expect(inputs[0]?.message).toContain('`helm template` failed: Error: execution error at (web/templates/deployment.yaml:8:14): replicaCount is required');
    expect(findings.filter((f) => f.path.includes('/templates/'))).toEqual([]);
  });

  test('a helm that hangs is killed at the timeout: the chart was not reviewed, an input/incomplete error', () => {
    const started = Date.now();
    const findings = review({ render: true, binary: fakeHelm('hang', 'hang'), timeoutMs: 1000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(findings.filter((f) => f.rule.startsWith('input/'))).toEqual([
      expect.objectContaining({ path: 'charts/web/Chart.yaml', rule: 'input/incomplete', severity: 'error' }),
    ]);
    expect(findings[0]?.message).toMatch(/helm did not finish within 1 s/);
  });

  test("many slow charts cannot outlast the review's time budget, and running out fails the gate", () => {
    for (const name of ['a', 'b', 'c']) writeChart(`charts/${name}`);
    const started = Date.now();
    const findings = reviewPaths({ cwd: root, paths: ['.'], timeBudgetMs: 1500, helm: { render: true, binary: fakeHelm('hang', 'hang') } }).findings;
    expect(Date.now() - started).toBeLessThan(10_000);
    const charts = findings.filter((f) => f.message.includes('of Helm chart'));
    expect(charts.map((f) => [f.path, f.rule, f.severity])).toEqual(
      ['charts/a/Chart.yaml', 'charts/b/Chart.yaml', 'charts/c/Chart.yaml', 'charts/web/Chart.yaml'].map((p) => [p, 'input/incomplete', 'error']),
    );
    expect(charts.filter((f) => /time budget ran out/.test(f.message)).length).toBeGreaterThanOrEqual(2);
  });

  test('without helm, and with rendering off: one notice per chart saying how to review it, templates never parse errors', () => {
    const savedPath = process.env.PATH;
    process.env.PATH = bin; // a directory without helm
    let withoutHelm: Finding[];
    try {
      withoutHelm = review({ render: true });
    } finally {
      process.env.PATH = savedPath;
    }
    expect(withoutHelm.filter((f) => f.rule.startsWith('input/'))).toEqual([expect.objectContaining({ rule: 'input/skipped', path: 'charts/web/Chart.yaml' })]);
    expect(withoutHelm[0]?.message).toMatch(
      /the 3 template files of Helm chart `web` \(`templates\/_helpers.tpl`, `templates\/deployment.yaml`, `templates\/serviceaccount.yaml`\): helm is not on PATH; .*helm template <release> <chart> \| manifest-review -`$/,
    );
    const off = review({ render: false, binary: fakeHelm('ok', 'render') });
    expect(off.filter((f) => f.rule.startsWith('input/'))).toHaveLength(1);
    expect(off[0]?.message).toMatch(/rendering is turned off \(the action's `helm-render: false` or the CLI's `--helm-render false`\)/);
    expect(calls()).toEqual([]);
  });

  test('config helm.charts: only the listed charts are rendered', () => {
    writeChart('charts/other');
    writeFileSync(path.join(root, 'charts/other/Chart.yaml'), CHART_YAML.replace('web', 'other'));
    const findings = review({ render: true, binary: fakeHelm('ok', 'render') }, 'helm:\n  charts:\n    - path: charts/web\n');
    expect(calls().map((c) => c.args[2])).toEqual([path.join(root, 'charts/web'), path.join(root, 'charts/web')]);
    const notices = findings.filter((f) => f.rule === 'input/skipped');
    expect(notices).toEqual([expect.objectContaining({ path: 'charts/other/Chart.yaml' })]);
    expect(notices[0]?.message).toContain("not listed in the config's `helm.charts`");
  });

  test('a helm.charts path without a Chart.yaml is a config warning at that path', () => {
    const config = 'helm:\n  charts:\n    - path: charts/web\n    - path: charts/wbe\n';
    const findings = review({ render: false }, config);
    expect(findings.filter((f) => f.rule === 'input/invalid-config')).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'review.yaml', startLine: 4, message: expect.stringMatching(/^`charts\/wbe` has no Chart.yaml/) }),
    ]);
  });

  test('a chart with a symbolic link out of the tree is not handed to helm', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'mr-helm-outside-'));
    try {
      writeFileSync(path.join(outside, 'secret.yaml'), 'token: s3cr3t\n');
      symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'charts/web/templates/leak.yaml'));
      const findings = review({ render: true, binary: fakeHelm('ok', 'render') });
      expect(calls()).toEqual([]);
      expect(findings.find((f) => f.path === 'charts/web/Chart.yaml')?.message).toMatch(/`templates\/leak.yaml` is a symbolic link out of the reviewed tree/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('Helm charts in a change (base revision read from git, fake helm)', () => {
  const chartTree = (values: string): Record<string, string> => ({
    'charts/web/Chart.yaml': CHART_YAML,
    'charts/web/values.yaml': values,
    'charts/web/templates/deployment.yaml': DEPLOYMENT_TEMPLATE,
    'charts/web/templates/_helpers.tpl': '{{- define "web.fullname" -}}{{ .Release.Name }}{{- end }}\n',
    'cluster.yaml': NODE_GROUP,
  });
  const small = VALUES_YAML.replace(/30Gi/g, '1Gi');

  test('a values.yaml change that breaks an unchanged template is new in the change (the base chart is rendered from the base commit)', () => {
    const repo = makeRepo(chartTree(small), { 'charts/web/values.yaml': VALUES_YAML });
    try {
      const binary = fakeHelm('ok', 'render');
      const result = reviewChange({ cwd: repo.dir, paths: ['.'], baseRef: repo.baseSha, filter: 'new', helm: { render: true, binary } });
      expect(result.findings.filter((f) => f.rule === 'memory-budget/pod-exceeds-node')).toEqual([
        expect.objectContaining({ path: 'charts/web/values.yaml', startLine: lineOf(VALUES_YAML, 'resources:') }),
      ]);
      // Head: two renders (tracing); base: two renders from an extracted copy of the base commit.
      const chartDirs = calls().map((c) => c.args[2] ?? '');
      expect(chartDirs.filter((d) => d === path.join(repo.dir, 'charts/web'))).toHaveLength(2);
      expect(chartDirs.filter((d) => d !== path.join(repo.dir, 'charts/web') && d.endsWith('/charts/web'))).toHaveLength(2);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  test('an unchanged chart is not rendered again for the base, and its findings are not new', () => {
    const repo = makeRepo(chartTree(VALUES_YAML), { 'notes.yaml': 'a: 1\n' });
    try {
      const binary = fakeHelm('ok', 'render');
      const result = reviewChange({ cwd: repo.dir, paths: ['.'], baseRef: repo.baseSha, filter: 'new', helm: { render: true, binary } });
      expect(result.findings.filter((f) => f.rule.startsWith('memory-budget/'))).toEqual([]);
      expect(result.unfiltered.filter((f) => f.rule === 'memory-budget/pod-exceeds-node')).toHaveLength(1);
      expect(calls()).toHaveLength(2);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});

describe('finding charts', () => {
  test('Chart.yaml marks a chart; subcharts under charts/ render with their parent; nested independent charts are their own', () => {
    const files = [
      { path: 'a/Chart.yaml', text: 'name: alpha\n' },
      { path: 'a/charts/sub/Chart.yaml', text: 'name: sub\n' },
      { path: 'a/apps/Chart.yaml', text: 'name: apps\n' },
      { path: 'b/Chart.yaml', text: 'not: [valid\n' },
    ];
    expect(findCharts(files)).toEqual([
      { dir: 'a', name: 'alpha' },
      { dir: 'a/apps', name: 'apps' },
      { dir: 'b', name: 'b' },
    ]);
  });

  test('# Source: paths map into the chart; one that would leave it is not trusted', () => {
    const chart = { dir: 'deploy/web', name: 'web' };
    expect(templatePath(chart, 'web/templates/deployment.yaml')).toBe('deploy/web/templates/deployment.yaml');
    expect(templatePath(chart, 'web/charts/redis/templates/sts.yaml')).toBe('deploy/web/charts/redis/templates/sts.yaml');
    expect(templatePath(chart, 'web/../../../etc/passwd')).toBe('deploy/web/templates');
    expect(templatePath(chart, '/etc/passwd')).toBe('deploy/web/templates');
    expect(templatePath(chart, undefined)).toBe('deploy/web/templates');
  });

  test("a file is its nearest chart's when under that chart's templates/ or charts/, whatever order the files come in", () => {
    const template = '{{ .Values.x }}\n';
    const owners: Record<string, string | undefined> = {
      'a/templates/x.yaml': 'a',
      'a/charts/sub/templates/z.yaml': 'a',
      'a/apps/templates/y.yaml': 'a/apps',
      'a/apps/templates/deep/q.yaml': 'a/apps',
      // The same directory again: its owner is already known, and must be the same.
      'a/apps/templates/y2.yaml': 'a/apps',
      // Within a/ and a/apps/, but in neither's templates/ or charts/.
      'a/apps/values.yaml': undefined,
      'a/templatesx/v.yaml': undefined,
      'a/apps/x/templates/r.yaml': undefined,
      // Beside a/, not inside it: a name that merely starts the same.
      'ab/templates/w.yaml': undefined,
      'templates/t.yaml': undefined,
    };
    const sources = Object.keys(owners).map((p) => ({ path: p, text: template }));
    const charts = ['a', 'a/apps'].map((dir) => ({ path: `${dir}/Chart.yaml`, text: `name: ${dir.replace('/', '-')}\n` }));
    for (const files of [[...charts, ...sources], [...sources].reverse().concat(charts)]) {
      const prepared = prepareCharts(files, { root, settings: { render: false } });
      expect(prepared.charts.map((c) => c.dir)).toEqual(['a', 'a/apps']);
      // A chart's own files come back loaded (the templates named as not reviewed); the rest pass through as given.
      const passed = new Set(prepared.sources.filter((f) => !('documents' in f)).map((f) => f.path));
      for (const [file, owner] of Object.entries(owners)) expect([file, passed.has(file) ? undefined : 'owned']).toEqual([file, owner && 'owned']);
      // Each chart's notice names its own templates only.
      const notices = prepared.findings.map((f) => `${f.path}: ${f.message}`);
      expect(notices.find((n) => n.startsWith('a/Chart.yaml'))).toMatch(/templates\/x\.yaml/);
      expect(notices.find((n) => n.startsWith('a/Chart.yaml'))).not.toMatch(/templates\/y\.yaml/);
      expect(notices.find((n) => n.startsWith('a/apps/Chart.yaml'))).toMatch(/templates\/deep\/q\.yaml/);
    }
  });

  test('a chart above the reviewed paths is found on disk (paths: charts/web/templates)', () => {
    const prepared = prepareCharts([{ path: 'charts/web/templates/deployment.yaml', text: DEPLOYMENT_TEMPLATE }], { root, settings: { render: false } });
    expect(prepared.charts).toEqual([{ dir: 'charts/web', name: 'web' }]);
    expect(prepared.sources).toEqual([expect.objectContaining({ path: 'charts/web/templates/deployment.yaml', documents: [], findings: [] })]);
  });
});
