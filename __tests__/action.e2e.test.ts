import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeGitHub, type RecordedRequest, useFakeGitHub } from './helpers/fake-github.js';
import { diffEntries, makeRepo, type TempRepo, type Tree } from './helpers/git-repo.js';
import { DATA } from './helpers/paths.js';
import { runAction, type ActionRun } from './helpers/run-action.js';
import { sarifProblems } from './helpers/sarif-essentials.js';
import type { SarifLog } from '../src/report/sarif.js';

/**
 * The committed bundle (dist/index.js) run as the runner runs it: INPUT_* and GITHUB_* variables,
 * a real webhook payload pointed at a temporary repository, and a local API that validates every
 * request against GitHub's REST description.
 */

const TOKEN = 'ghs_test-token-do-not-print';
const OWNER = 'Codertocat';
const REPO = 'Hello-World';
const MERGE_SHA = 'f'.repeat(40); // GITHUB_SHA on pull_request: the test merge commit, not the head

const deployment = (replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          resources:
            requests: {memory: 128Mi}
            limits: {memory: 256Mi}
`;

/** A ConfigMap whose `name` is given twice: js-yaml rejects it at the second key. */
const duplicateKey = (i: number) => `---
apiVersion: v1
kind: ConfigMap
metadata:
  name: config-${i}
  name: again-${i}
`;

/** A Helm template: not YAML, skipped with a notice. */
const helmTemplate = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-config
`;

/** 1-based lines of `file` that contain `needle`: where the findings must point. */
function linesOf(text: string, needle: string): number[] {
  return text.split('\n').flatMap((line, i) => (line.includes(needle) ? [i + 1] : []));
}

const BASE: Tree = { 'k8s/app.yaml': deployment(2), 'legacy/old.yaml': duplicateKey(0) };
const HEAD: Tree = {
  'k8s/app.yaml': deployment(3),
  'k8s/config.yaml': duplicateKey(1),
  'charts/web/templates/config.yaml': helmTemplate,
};

/** The fields of the webhook examples the tests point at the temporary repository. */
interface Payload {
  before?: string;
  after?: string;
  pull_request: {
    changed_files: number;
    head: { sha: string; repo: { full_name: string; fork: boolean } };
    base: { sha: string };
  };
}

function payload(name: string, edit: (p: Payload) => void): Payload {
  const p = JSON.parse(readFileSync(path.join(DATA, 'github', 'webhook-examples', name), 'utf8')) as Payload;
  edit(p);
  return p;
}

function prPayload(repo: TempRepo, changedFiles: number, edit: (p: Payload) => void = () => {}): Payload {
  return payload('pull_request.synchronize.22.json', (p) => {
    p.pull_request.head.sha = repo.headSha;
    p.pull_request.base.sha = repo.baseSha;
    p.pull_request.changed_files = changedFiles;
    p.before = repo.baseSha;
    p.after = repo.headSha;
    edit(p);
  });
}

interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  title?: string;
  message: string;
}

function annotationsOf(requests: RecordedRequest[]): Annotation[] {
  return requests.flatMap((r) => (r.body as { output?: { annotations?: Annotation[] } }).output?.annotations ?? []);
}

const api = new FakeGitHub();
const repos: string[] = [];

function repoFor(base: Tree, head: Tree): TempRepo {
  const repo = makeRepo(base, head);
  repos.push(repo.dir);
  api.pullFiles = diffEntries(repo, OWNER, REPO);
  return repo;
}

function expectCleanTraffic(run: ActionRun): void {
  expect(api.unmatched).toEqual([]);
  expect(api.requests.flatMap((r) => r.errors.map((e) => `${r.operationId}: ${e}`))).toEqual([]);
  expect(api.badReplies).toEqual([]);
  for (const r of api.requests) expect(r.authorization).toBe(`token ${TOKEN}`);
  // The only place the token may appear is the command that tells the runner to mask it.
  expect(run.commands).toContainEqual({ command: 'add-mask', properties: {}, message: TOKEN });
  const stdout = run.stdout
    .split('\n')
    .filter((line) => line !== `::add-mask::${TOKEN}`)
    .join('\n');
  for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) expect(text).not.toContain(TOKEN);
}

useFakeGitHub(api, repos);

describe('the action bundle, end to end', () => {
  test('a pull request with errors: check run on the head SHA, failure, annotations at the right lines', async () => {
    const repo = repoFor(BASE, HEAD);
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
      inputs: { 'sarif-file': 'out/results.sarif' },
    });
    expectCleanTraffic(run);
    expect(run.code).toBe(1);

    const files = api.of('pulls/list-files');
    expect(files).toHaveLength(1);
    expect(files[0]?.params['pull_number']).toBe('2');

    const creates = api.of('checks/create');
    expect(creates).toHaveLength(1);
    expect(creates[0]?.body).toMatchObject({ name: 'manifest-review', head_sha: repo.headSha, status: 'in_progress' });

    const updates = api.of('checks/update');
    const last = updates[updates.length - 1]?.body as { output: { title: string; summary: string } };
    expect(last).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(last.output.title).toBe('1 error, 0 warnings, 1 notice');
    expect(last.output.summary).toContain('https://github.com/manifest-review/manifest-review/blob/v1/docs/rules/input/parse-error.md');

    const configText = HEAD['k8s/config.yaml'] as string;
    const annotations = annotationsOf(updates);
    expect(annotations.map((a) => [a.path, a.start_line, a.annotation_level, a.title])).toEqual([
      ['k8s/config.yaml', linesOf(configText, 'name: again-1')[0], 'failure', 'input/parse-error'],
      ['charts/web/templates/config.yaml', linesOf(helmTemplate, '{{')[0], 'notice', 'input/skipped'],
    ]);
    // legacy/old.yaml has the same error but the PR does not touch it.
    expect(annotations.some((a) => a.path.startsWith('legacy/'))).toBe(false);

    expect(run.outputs).toMatchObject({ errors: '1', warnings: '0', notices: '1' });
    const findingsFile = JSON.parse(run.findingsFile ?? '');
    expect(run.outputs['findings-file']).toMatch(/findings\.json$/);
    expect(findingsFile.summary).toMatchObject({ errors: 1, warnings: 0, notices: 1 });
    expect(findingsFile.findings.map((f: { path: string }) => f.path).sort()).toEqual(['charts/web/templates/config.yaml', 'k8s/config.yaml']);

    expect(run.summary).toContain('manifest-review: 1 error, 0 warnings, 1 notice');
    expect(run.summary).toContain(`(https://github.com/${OWNER}/${REPO}/runs/`);
    expect(run.summary).toContain('1 error elsewhere in the tree is not reported (see `filter`).');
    expect(run.stdout).toContain('1 error elsewhere in the tree is not reported (see `filter`).');
    const checkRunSummaries = api.of('checks/update').map((r) => (r.body as { output?: { summary?: string } }).output?.summary ?? '');
    expect(checkRunSummaries.some((text) => text.includes('1 error elsewhere in the tree is not reported (see `filter`).'))).toBe(true);

    const errors = run.commands.filter((c) => c.command === 'error' && c.properties['file']);
    expect(errors).toEqual([
      expect.objectContaining({
        properties: expect.objectContaining({ file: 'k8s/config.yaml', line: String(linesOf(configText, 'name: again-1')[0]), title: 'input/parse-error' }),
      }),
    ]);

    const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'out', 'results.sarif'), 'utf8')) as SarifLog;
    expect(sarifProblems(sarif)).toEqual([]);
    // Code scanning filters to the diff itself: the log carries the whole tree's findings.
    expect(sarif.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri).sort()).toEqual([
      'charts/web/templates/config.yaml',
      'k8s/config.yaml',
      'legacy/old.yaml',
    ]);
  });

  test('130+ findings: every annotation delivered, at most 50 per request; file list paginated', async () => {
    const head: Tree = { 'k8s/many.yaml': Array.from({ length: 30 }, (_, i) => duplicateKey(i + 1)).join('') };
    for (let i = 0; i < 105; i++) head[`charts/c${String(i).padStart(3, '0')}/templates/config.yaml`] = helmTemplate;
    const repo = repoFor(BASE, head);
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
    });
    expectCleanTraffic(run);
    expect(run.code).toBe(1);

    expect(api.of('pulls/list-files').map((r) => r.query['page'] ?? '1')).toEqual(['1', '2']);
    const updates = api.of('checks/update');
    const perRequest = updates.map((r) => annotationsOf([r]).length);
    expect(Math.max(...perRequest)).toBeLessThanOrEqual(50);
    const annotations = annotationsOf(updates);
    expect(annotations).toHaveLength(135);

    const manyText = head['k8s/many.yaml'] as string;
    const expected = [
      ...Array.from({ length: 30 }, (_, i) => `k8s/many.yaml:${linesOf(manyText, `name: again-${i + 1}`)[0]}`),
      ...Array.from({ length: 105 }, (_, i) => `charts/c${String(i).padStart(3, '0')}/templates/config.yaml:4`),
    ];
    expect(annotations.map((a) => `${a.path}:${a.start_line}`).sort()).toEqual(expected.sort());
    expect((updates[updates.length - 1]?.body as Record<string, unknown>)['conclusion']).toBe('failure');

    // The runner shows 10 annotations per level per step: 9 findings + the step's failure message.
    expect(run.commands.filter((c) => c.command === 'error')).toHaveLength(10);
    expect(run.commands.filter((c) => c.command === 'error' && c.properties['file'])).toHaveLength(9);
    expect(run.commands.filter((c) => c.command === 'notice')).toHaveLength(10);
    expect(run.outputs).toMatchObject({ errors: '30', warnings: '0', notices: '105' });
  });

  test('a fork pull request: 403 on create → workflow annotations and summary, job fails', async () => {
    const repo = repoFor(BASE, HEAD);
    api.responder = (r) =>
      r.operationId === 'checks/create'
        ? {
            status: 403,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run',
              status: '403',
            },
          }
        : undefined;
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length, (p) => {
        p.pull_request.head.repo.full_name = `forker/${REPO}`;
        p.pull_request.head.repo.fork = true;
      }),
      sha: MERGE_SHA,
      apiUrl: api.url,
    });
    expectCleanTraffic(run);
    expect(run.code).toBe(1);
    expect(api.of('checks/create')).toHaveLength(1); // a 403 is final: no retry
    expect(api.of('checks/update')).toHaveLength(0);

    const line = String(linesOf(HEAD['k8s/config.yaml'] as string, 'name: again-1')[0]);
    expect(run.commands).toContainEqual(
      expect.objectContaining({ command: 'error', properties: expect.objectContaining({ file: 'k8s/config.yaml', line, title: 'input/parse-error' }) }),
    );
    expect(run.summary).toContain('No check run');
    expect(run.summary).toContain('forks');
    expect(run.summary).toContain('k8s/config.yaml:' + line);
    expect(run.outputs['errors']).toBe('1');
  });

  test('two 502s then success, and a secondary rate limit: both retried, the run completes', async () => {
    const repo = repoFor(BASE, HEAD);
    api.responder = (r, nth) => {
      if (r.operationId === 'checks/create' && nth <= 2) return { status: 502, body: { message: 'Server Error' } };
      if (r.operationId === 'checks/update' && nth === 1) {
        return {
          status: 403,
          headers: { 'retry-after': '1' },
          body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
        };
      }
      return undefined;
    };
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
    });
    expectCleanTraffic(run);
    expect(api.of('checks/create')).toHaveLength(3);
    const updates = api.of('checks/update');
    expect(updates).toHaveLength(2); // the rate-limited completion, then the same request again
    expect(updates[1]?.body).toEqual(updates[0]?.body);
    expect(updates[1]?.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(annotationsOf(updates.slice(1))).toHaveLength(2);
    expect(run.code).toBe(1);
  });

  test('the files API failing falls back to git diff with the same result', async () => {
    const repo = repoFor(BASE, HEAD);
    api.responder = (r) => (r.operationId === 'pulls/list-files' ? { status: 500, body: { message: 'Server Error' } } : undefined);
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
    });
    expectCleanTraffic(run);
    expect(api.of('pulls/list-files').length).toBeGreaterThan(1); // retried first
    expect(run.summary).toContain('`git diff`');
    expect(
      annotationsOf(api.of('checks/update'))
        .map((a) => a.path)
        .sort(),
    ).toEqual(['charts/web/templates/config.yaml', 'k8s/config.yaml']);
  });

  test('workflow_dispatch: the whole tree is reported, check run on GITHUB_SHA', async () => {
    const repo = repoFor(BASE, HEAD);
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      payload: payload('workflow_dispatch.event.0.json', () => {}),
      sha: repo.headSha,
      apiUrl: api.url,
      inputs: { 'annotations-limit': '2' },
    });
    expectCleanTraffic(run);
    expect(run.code).toBe(1);
    expect(api.of('pulls/list-files')).toHaveLength(0);
    expect(api.of('checks/create')[0]?.body).toMatchObject({ head_sha: repo.headSha });
    // Both errors (legacy/ is unchanged but a dispatch reviews everything) win the 2 annotation slots.
    expect(
      annotationsOf(api.of('checks/update'))
        .map((a) => a.path)
        .sort(),
    ).toEqual(['k8s/config.yaml', 'legacy/old.yaml']);
    expect(run.outputs).toMatchObject({ errors: '2', notices: '1' });
    expect(run.summary).toContain('1 finding beyond `annotations-limit` (2) has no check-run annotation');
  });

  test('workflow_dispatch with paths: only those are reviewed', async () => {
    const repo = repoFor(BASE, HEAD);
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'workflow_dispatch',
      payload: payload('workflow_dispatch.event.1.json', () => {}),
      sha: repo.headSha,
      apiUrl: api.url,
      inputs: { paths: 'charts\nk8s/app.yaml' },
    });
    expectCleanTraffic(run);
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ errors: '0', notices: '1' });
    expect((api.of('checks/update').pop()?.body as Record<string, unknown>)['conclusion']).toBe('neutral');
  });

  test('push: before..after decides what is reported', async () => {
    const repo = repoFor(BASE, HEAD);
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      payload: payload('push.event.4.json', (p) => {
        p.before = repo.baseSha;
        p.after = repo.headSha;
      }),
      sha: repo.headSha,
      apiUrl: api.url,
    });
    expectCleanTraffic(run);
    expect(api.of('repos/compare-commits-with-basehead')[0]?.params['basehead']).toBe(`${repo.baseSha}...${repo.headSha}`);
    expect(api.of('checks/create')[0]?.body).toMatchObject({ head_sha: repo.headSha });
    expect(run.outputs).toMatchObject({ errors: '1', notices: '1' });
  });

  test('no token: no API traffic, changes from git, the job still fails on errors', async () => {
    const repo = repoFor(BASE, HEAD);
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
      inputs: { token: '' },
    });
    expect(api.requests).toHaveLength(0);
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '1', notices: '1' });
    expect(run.summary).toContain('No check run');
  });

  test('a bad input fails the step before any request', async () => {
    const repo = repoFor(BASE, HEAD);
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
      inputs: { 'fail-on': 'errors' },
    });
    expect(run.code).toBe(1);
    expect(api.requests).toHaveLength(0);
    expect(run.commands).toContainEqual(expect.objectContaining({ command: 'error', message: expect.stringContaining('fail-on must be one of') }));
    expect(existsSync(path.join(repo.dir, 'out'))).toBe(false);
  });

  test('helm-render: the chart is rendered by the helm on PATH, and `false` leaves helm alone with one notice saying how', async () => {
    // A helm that records its calls and prints what `helm template` prints for the chart.
    const bin = mkdtempSync(path.join(tmpdir(), 'mr-e2e-helm-'));
    repos.push(bin);
    const calls = path.join(bin, 'calls');
    writeFileSync(
      path.join(bin, 'helm'),
      `#!${process.execPath}\nif (process.argv.includes('--help')) { console.log('      --skip-schema-validation'); process.exit(0); }\n` +
        `require('fs').appendFileSync(${JSON.stringify(calls)}, process.argv.slice(2).join(' ') + '\\n');\n` +
        `process.stdout.write('---\\n# Source: web/templates/config.yaml\\napiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: release-config\\n');\n`,
      { mode: 0o755 },
    );
    const chart = { ...HEAD, 'charts/web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 0.1.0\n' };
    const env = { PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` };
    const calledWith = () => (existsSync(calls) ? readFileSync(calls, 'utf8').trim().split('\n') : []);
    const noticesAtChart = () => annotationsOf(api.of('checks/update')).filter((a) => a.path === 'charts/web/Chart.yaml');

    const off = repoFor(BASE, chart);
    await runAction({
      workspace: off.dir,
      eventName: 'pull_request',
      payload: prPayload(off, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
      inputs: { 'helm-render': 'false' },
      env,
    });
    expect(calledWith()).toEqual([]);
    expect(noticesAtChart().map((a) => a.message)).toEqual([
      expect.stringContaining("rendering is turned off (the action's `helm-render: false` or the CLI's `--helm-render false`)"),
    ]);

    api.reset();
    const on = repoFor(BASE, chart);
    await runAction({ workspace: on.dir, eventName: 'pull_request', payload: prPayload(on, api.pullFiles.length), sha: MERGE_SHA, apiUrl: api.url, env });
    expect(calledWith()[0]).toMatch(/^template web \S+\/charts\/web --namespace default --skip-tests --skip-schema-validation/);
    expect(noticesAtChart()).toEqual([]);
  });
});
