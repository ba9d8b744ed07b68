/**
 * A chart that is not rendered (no helm, rendering off, a render that fails) must not get a plain
 * manifest past the gate: a PR that puts a Chart.yaml next to an ordinary Deployment is still
 * reviewed for it. Dependencies that are not vendored are rendered around, not given up on.
 * A fake helm stands in for the real one here (helm.integration.test.ts runs the real binary).
 */
import { jest } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { reviewChange } from '../../src/engine/change.js';
import { reviewPaths } from '../../src/engine/review.js';
import type { Finding } from '../../src/findings.js';
import { missingDependencies, plainManifestText, type HelmSettings } from '../../src/load/helm.js';
import { makeRepo } from '../helpers/git-repo.js';

let root: string;
let bin: string;
let log: string;

const NODE_GROUP = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: prod, region: us-east-1}
managedNodeGroups:
  - name: small
    instanceType: c5.large
    desiredCapacity: 2
`;
/** The reproduced bypass: no template action at all, 30Gi on 4 GiB nodes. */
const PLAIN_API = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: api:1.0
          resources:
            requests:
              memory: 30Gi
            limits:
              memory: 30Gi
`;
const CHART_WITH_MISSING_DEPENDENCY = `apiVersion: v2
name: api
version: 0.1.0
dependencies:
  - name: redis
    version: 18.x
    repository: https://charts.bitnami.com/bitnami
  - name: common
    version: 2.x
    repository: https://charts.bitnami.com/bitnami
`;

/**
 * A fake helm that behaves as the real one does on plain charts: it refuses a chart whose
 * Chart.yaml lists a dependency charts/ lacks (helm's own message), and otherwise prints every
 * emitted template file verbatim under its `# Source:` line. It logs the Chart.yaml it saw.
 */
function fakeHelm(behaviour: 'verbatim' | 'fail'): string {
  const file = path.join(bin, behaviour, 'helm');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(
    file,
    `#!${process.execPath}
const fs = require('fs');
const path = require('path');
const args = process.argv.slice(2);
const chart = args[2];
const chartYaml = fs.readFileSync(path.join(chart, 'Chart.yaml'), 'utf8');
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ args, chartYaml }) + '\\n');
if (${JSON.stringify(behaviour)} === 'fail') {
  process.stderr.write('Error: parse error at (api/templates/api.yaml:3): function "oops" not defined\\n');
  process.exit(1);
}
const deps = [...(chartYaml.split('dependencies:')[1] || '').matchAll(/- name: (\\S+)/g)].map((m) => m[1]);
let vendored = [];
try { vendored = fs.readdirSync(path.join(chart, 'charts')); } catch {}
const missing = deps.filter((d) => !vendored.some((v) => v === d || v.startsWith(d + '-')));
if (missing.length) {
  process.stderr.write('Error: found in Chart.yaml, but missing in charts/ directory: ' + missing.join(', ') + '\\n');
  process.exit(1);
}
const name = /^name: (\\S+)/m.exec(chartYaml)[1];
const out = [];
for (const f of fs.readdirSync(path.join(chart, 'templates')).sort()) {
  if (f.startsWith('_') || f === 'NOTES.txt') continue;
  out.push('---', '# Source: ' + name + '/templates/' + f, fs.readFileSync(path.join(chart, 'templates', f), 'utf8'));
}
process.stdout.write(out.join('\\n'));
`,
  );
  chmodSync(file, 0o755);
  return file;
}

const calls = (): { args: string[]; chartYaml: string }[] =>
  readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l)
    .map((l) => JSON.parse(l) as { args: string[]; chartYaml: string });

const write = (files: Record<string, string>): void => {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
};
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;
const review = (helm: HelmSettings): Finding[] => reviewPaths({ cwd: root, paths: ['.'], helm }).findings;

/** The CLI as a user runs it, with `dirs` as the whole PATH (so helm is found there or not at all). */
function cli(args: string[], dirs: string[]): { code: number; out: string } {
  let out = '';
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const savedPath = process.env.PATH;
  process.env.PATH = dirs.join(path.delimiter);
  try {
    return { code: main(args, root), out };
  } finally {
    process.env.PATH = savedPath;
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'mr-helm-plain-'));
  bin = mkdtempSync(path.join(tmpdir(), 'mr-helm-plain-bin-'));
  log = path.join(bin, 'calls.log');
  writeFileSync(log, '');
  write({ 'cluster.yaml': NODE_GROUP });
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(bin, { recursive: true, force: true });
});

describe('the chart-wrapper bypass: Chart.yaml beside a plain manifest, a dependency not vendored', () => {
  beforeEach(() => write({ 'Chart.yaml': CHART_WITH_MISSING_DEPENDENCY, 'templates/api.yaml': PLAIN_API }));

  test('helm on PATH fails on the missing dependency: the chart is rendered again without it and the 30Gi is reported at its line', () => {
    const binary = fakeHelm('verbatim');
    const findings = review({ render: true, binary });
    const pod = findings.find((f) => f.rule === 'memory-budget/pod-exceeds-node');
    expect(pod).toMatchObject({ path: 'templates/api.yaml', startLine: lineOf(PLAIN_API, 'resources:'), severity: 'error' });
    const inputs = findings.filter((f) => f.rule.startsWith('input/'));
    expect(inputs).toEqual([expect.objectContaining({ rule: 'input/skipped', severity: 'notice', path: 'Chart.yaml' })]);
    expect(inputs[0]?.message).toMatch(/rendered without its dependencies `redis`, `common`: .*their objects are not reviewed/);
    // The first render from the tree; the second from a copy whose Chart.yaml lists no missing dependency, deleted after.
    const [first, second] = calls();
    expect(first?.args[2]).toBe(root);
    expect(second?.args[2]).not.toBe(root);
    expect(second?.chartYaml).not.toMatch(/redis|common/);
    expect(second?.chartYaml).toMatch(/name: api/);
    expect(existsSync(second?.args[2] ?? '/')).toBe(false);
    expect(readFileSync(path.join(root, 'Chart.yaml'), 'utf8')).toBe(CHART_WITH_MISSING_DEPENDENCY);
  });

  test("the copy is made in the job's temp directory (RUNNER_TEMP), without the chart's symbolic links", () => {
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'mr-runner-temp-'));
    symlinkSync('api.yaml', path.join(root, 'templates/again.yaml'));
    const saved = process.env.RUNNER_TEMP;
    process.env.RUNNER_TEMP = runnerTemp;
    try {
      const findings = review({ render: true, binary: fakeHelm('verbatim') });
      expect(calls()[1]?.args[2]?.startsWith(`${runnerTemp}${path.sep}manifest-review-chart-`)).toBe(true);
      expect(readdirSync(runnerTemp)).toEqual([]);
      // The link was not copied, so helm did not print it a second time.
      expect(findings.filter((f) => f.rule === 'memory-budget/pod-exceeds-node').map((f) => f.path)).toEqual(['templates/api.yaml']);
    } finally {
      if (saved === undefined) delete process.env.RUNNER_TEMP;
      else process.env.RUNNER_TEMP = saved;
      rmSync(runnerTemp, { recursive: true, force: true });
    }
  });

  test('a vendored dependency stays in the copy; only the missing one is left out', () => {
    write({ 'charts/common/Chart.yaml': 'apiVersion: v2\nname: common\nversion: 2.0.0\ntype: library\n' });
    const findings = review({ render: true, binary: fakeHelm('verbatim') });
    expect(findings.find((f) => f.rule === 'input/skipped')?.message).toMatch(/without its dependency `redis`:/);
    expect(calls()[1]?.chartYaml).toMatch(/name: common/);
    expect(calls()[1]?.chartYaml).not.toMatch(/redis/);
  });

  test('the CLI fails at the default fail-on, with helm (fake) on PATH and without helm', () => {
    fakeHelm('verbatim');
    const withHelm = cli(['--format', 'json', '.'], [path.join(bin, 'verbatim')]);
    expect(calls()).toHaveLength(2);
    const withoutHelm = cli(['--format', 'json', '.'], [bin]);
    expect(calls()).toHaveLength(2);
    for (const run of [withHelm, withoutHelm]) {
      expect(run.code).toBe(1);
      expect(run.out).toContain('"memory-budget/pod-exceeds-node"');
      const findings = (JSON.parse(run.out) as { findings: Finding[] }).findings;
      expect(findings.find((f) => f.rule === 'memory-budget/pod-exceeds-node')).toMatchObject({
        path: 'templates/api.yaml',
        startLine: lineOf(PLAIN_API, 'resources:'),
      });
    }
  });

  test('a render that still fails is an input/build-failed warning with helm’s error, and the plain file is still reviewed', () => {
    const findings = review({ render: true, binary: fakeHelm('fail') });
    expect(findings.find((f) => f.rule === 'memory-budget/pod-exceeds-node')).toMatchObject({ path: 'templates/api.yaml' });
    const failed = findings.filter((f) => f.rule === 'input/build-failed');
    expect(failed).toEqual([expect.objectContaining({ severity: 'warning', path: 'Chart.yaml', startLine: 1 })]);
    expect(failed[0]?.message).toContain('`helm template` failed: Error: parse error at (api/templates/api.yaml:3): function "oops" not defined');
    expect(failed[0]?.message).toMatch(/its 1 file under templates\/ with no template action is reviewed as helm would emit it/);
    // Rendered twice: as it is, then without the dependencies it does not vendor.
    expect(calls()).toHaveLength(2);
  });

  test("in a pull request's review (filter: new), the wrapped manifest is a new finding, with helm and without", () => {
    const repo = makeRepo({ 'cluster.yaml': NODE_GROUP }, { 'Chart.yaml': CHART_WITH_MISSING_DEPENDENCY, 'templates/api.yaml': PLAIN_API });
    try {
      for (const helm of [{ render: true, binary: fakeHelm('verbatim') }, { render: false }]) {
        const result = reviewChange({ cwd: repo.dir, paths: ['.'], baseRef: repo.baseSha, filter: 'new', helm });
        expect(result.findings.filter((f) => f.rule === 'memory-budget/pod-exceeds-node')).toEqual([
          expect.objectContaining({ path: 'templates/api.yaml', severity: 'error' }),
        ]);
      }
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  test('a manifest named .txt (which helm emits too) in a chart with no other template file: reviewed with helm and without', () => {
    rmSync(path.join(root, 'templates/api.yaml'));
    write({ 'templates/api.txt': PLAIN_API });
    for (const helm of [{ render: true, binary: fakeHelm('verbatim') }, { render: false }]) {
      expect(review(helm).filter((f) => f.rule === 'memory-budget/pod-exceeds-node')).toEqual([
        expect.objectContaining({ path: 'templates/api.txt', startLine: lineOf(PLAIN_API, 'resources:') }),
      ]);
    }
  });

  test('with rendering turned off, the plain file is reviewed too', () => {
    const findings = review({ render: false, binary: fakeHelm('verbatim') });
    expect(calls()).toEqual([]);
    expect(findings.find((f) => f.rule === 'memory-budget/pod-exceeds-node')).toMatchObject({ path: 'templates/api.yaml' });
    expect(findings.find((f) => f.rule === 'input/skipped')?.message).toMatch(/rendering is turned off/);
  });
});

describe('a chart that is not rendered: what is reviewed and what is named', () => {
  const TEMPLATED = 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {{ .Release.Name }}\n';
  const COMMENTED = `{{/* The worker: no values, it is the same in every release. */}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
spec:
  selector: {matchLabels: {app: worker}}
  template:
    metadata: {labels: {app: worker}}
    spec:
      containers:
        - name: worker
          image: worker:1.0
          {{- /* sized for the batch */ -}}
          resources: {requests: {memory: 31Gi}}
`;
  beforeEach(() =>
    write({
      'deploy/Chart.yaml': 'apiVersion: v2\nname: shop\nversion: 0.1.0\n',
      'deploy/values.yaml': 'replicas: 1\n',
      'deploy/templates/api.yaml': PLAIN_API,
      'deploy/templates/worker.yaml': COMMENTED,
      'deploy/templates/serviceaccount.yaml': TEMPLATED,
      'deploy/templates/_helpers.tpl': '{{- define "shop.name" -}}shop{{- end }}\n',
      'deploy/templates/_partial.yaml': PLAIN_API.replace('name: api', 'name: partial'),
      'deploy/templates/NOTES.txt': 'Installed {{ .Release.Name }}.\n',
      // helm emits any file under templates/ but partials and NOTES.txt, whatever its extension.
      'deploy/templates/batch.txt': PLAIN_API.replace(/name: api/g, 'name: batch').replace(/30Gi/g, '34Gi'),
      'deploy/templates/config.json': '{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "config"}}\n',
      'deploy/charts/cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 1.0.0\n',
      'deploy/charts/cache/values.yaml': 'memory: 1Gi\n',
      'deploy/charts/cache/templates/cache.yaml': PLAIN_API.replace(/name: api/g, 'name: cache').replace(/30Gi/g, '32Gi'),
    }),
  );

  test('without helm: plain files (comment-only ones too, and a vendored subchart’s) are reviewed at their lines; the rest are named', () => {
    const savedPath = process.env.PATH;
    process.env.PATH = bin;
    let findings: Finding[];
    try {
      findings = review({ render: true });
    } finally {
      process.env.PATH = savedPath;
    }
    const pods = findings.filter((f) => f.rule === 'memory-budget/pod-exceeds-node').map((f) => [f.path, f.startLine, f.object?.name]);
    expect(pods).toEqual([
      ['deploy/charts/cache/templates/cache.yaml', lineOf(PLAIN_API, 'resources:'), 'cache'],
      ['deploy/templates/api.yaml', lineOf(PLAIN_API, 'resources:'), 'api'],
      ['deploy/templates/batch.txt', lineOf(PLAIN_API, 'resources:'), 'batch'],
      ['deploy/templates/worker.yaml', lineOf(COMMENTED, 'resources:'), 'worker'],
    ]);
    const inputs = findings.filter((f) => f.rule.startsWith('input/'));
    expect(inputs).toEqual([expect.objectContaining({ rule: 'input/skipped', severity: 'notice', path: 'deploy/Chart.yaml' })]);
    expect(inputs[0]?.message).toBe(
      'not reviewed: the 3 template files of Helm chart `shop` (`templates/_helpers.tpl`, `templates/_partial.yaml`, `templates/serviceaccount.yaml`): ' +
        'helm is not on PATH; to review them, run the action with helm on PATH (GitHub-hosted Ubuntu runners have it) and `helm-render: true`, or pipe the rendered chart in: `helm template <release> <chart> | manifest-review -`' +
        '; its 5 files under templates/ with no template action are reviewed as helm would emit them',
    );
    const reviewed = reviewPaths({ cwd: root, paths: ['.'], helm: { render: false } })
      .tree.files.filter((f) => f.documents.length > 0)
      .map((f) => f.path);
    expect(reviewed).toContain('deploy/templates/config.json');
    // The partial and the values files are not manifests: nothing is reported at them.
    expect(findings.filter((f) => /_partial|values\.yaml|NOTES/.test(f.path))).toEqual([]);
  });
});

describe('plain template files', () => {
  test('comments are blanked in place (same offsets); any other action makes a file a template', () => {
    expect(plainManifestText('a: 1\n')).toBe('a: 1\n');
    expect(plainManifestText('{{/* x */}}\na: 1\n')).toBe('           \na: 1\n');
    const multiline = 'a: 1 {{- /* multi\nline */ -}}\nb: 2\n';
    expect(plainManifestText(multiline)).toBe(multiline.replace(/\{\{[\s\S]*\}\}/, (c) => c.replace(/[^\n]/g, ' ')));
    expect(plainManifestText('a: {{ .Values.a }}\n')).toBeUndefined();
    expect(plainManifestText('{{/* x */}} {{ include "y" . }}\n')).toBeUndefined();
    // `{{-/*` is no comment to text/template (the trim marker needs a space): an error, so not plain.
    expect(plainManifestText('{{-/* x */}}\n')).toBeUndefined();
    expect(plainManifestText('# {{ .Values.a }}\n')).toBeUndefined();
  });

  test("missing dependencies: by a subchart's own name or an archive's, as helm finds them", () => {
    write({
      'c/Chart.yaml': 'apiVersion: v2\nname: c\nversion: 1.0.0\ndependencies:\n  - {name: a}\n  - {name: b}\n  - {name: d}\n  - {name: e}\n',
      'c/charts/a-dir/Chart.yaml': 'name: a\n',
      'c/charts/b-1.2.3.tgz': 'not really an archive',
      'c/charts/d/Chart.yaml': 'name: not-d\n',
    });
    expect(missingDependencies(path.join(root, 'c'))).toEqual(['d', 'e']);
    write({ 'v1/Chart.yaml': 'apiVersion: v1\nname: v1\nversion: 1.0.0\n', 'v1/requirements.yaml': 'dependencies:\n  - name: redis\n' });
    expect(missingDependencies(path.join(root, 'v1'))).toEqual(['redis']);
    expect(missingDependencies(path.join(root, 'nowhere'))).toEqual([]);
  });
});
