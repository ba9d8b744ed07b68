import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeGitHub, type RecordedRequest, useFakeGitHub } from './helpers/fake-github.js';
import { diffEntries, makeRepo, type TempRepo, type Tree } from './helpers/git-repo.js';
import { DATA } from './helpers/paths.js';
import { runAction, type ActionRun } from './helpers/run-action.js';
import { CLUSTER, HUGE_POD, underIndented } from './helpers/hostile.js';

/**
 * A hostile pull request against the committed bundle (issue 18): each case must end with the
 * right exit code and a check run that is concluded, never left "in progress", within its budget.
 * Runs dist/index.js: `npm run bundle` first.
 */

const OWNER = 'Codertocat';
const REPO = 'Hello-World';
const MERGE_SHA = 'f'.repeat(40);

/**
 * A valid 2 MB ConfigMap: 60–300 ms to parse depending on the machine, so 60 copies (120 MB, under
 * the 128 MiB input budget) outlast a 2 s budget's reading time (1.5 s) even on a fast, idle one.
 */
const SLOW_PADDING = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: padding',
  'data:',
  ...Array.from({ length: 40_000 }, (_, i) => `  key${i}: "value number ${i} with some padding text"`),
  '',
].join('\n');

interface Payload {
  before?: string;
  after?: string;
  pull_request: { changed_files: number; head: { sha: string }; base: { sha: string } };
}

const api = new FakeGitHub();
const repos: string[] = [];

/**
 * A diff-entry for a file of 40,000 lines added or removed at `commit`: GitHub sends no patch for
 * files this large (and git's diff of them outgrows a test's buffer).
 */
function largeFileEntry(filename: string, status: 'added' | 'removed', commit: string) {
  const lines = 40_000;
  return {
    sha: '0'.repeat(40),
    filename,
    status,
    additions: status === 'added' ? lines : 0,
    deletions: status === 'removed' ? lines : 0,
    changes: lines,
    blob_url: `https://github.com/${OWNER}/${REPO}/blob/${commit}/${filename}`,
    raw_url: `https://github.com/${OWNER}/${REPO}/raw/${commit}/${filename}`,
    contents_url: `https://api.github.com/repos/${OWNER}/${REPO}/contents/${filename}?ref=${commit}`,
  };
}

function repoFor(base: Tree, head: Tree, huge: Tree = {}): TempRepo {
  const repo = makeRepo(base, { ...head, ...huge });
  repos.push(repo.dir);
  const hugeEntries = Object.keys(huge).map((filename) => largeFileEntry(filename, 'added', repo.headSha));
  api.pullFiles = [...(Object.keys(huge).length ? diffEntries(makeRepoFor(base, head), OWNER, REPO) : diffEntries(repo, OWNER, REPO)), ...hugeEntries];
  return repo;
}

/** The same change without the huge files, for its diff entries. */
function makeRepoFor(base: Tree, head: Tree): TempRepo {
  const repo = makeRepo(base, head);
  repos.push(repo.dir);
  return repo;
}

function prPayload(repo: TempRepo): Payload {
  const p = JSON.parse(readFileSync(path.join(DATA, 'github', 'webhook-examples', 'pull_request.synchronize.22.json'), 'utf8')) as Payload;
  p.pull_request.head.sha = repo.headSha;
  p.pull_request.base.sha = repo.baseSha;
  p.pull_request.changed_files = api.pullFiles.length;
  p.before = repo.baseSha;
  p.after = repo.headSha;
  return p;
}

function runPr(repo: TempRepo, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({ workspace: repo.dir, eventName: 'pull_request', payload: prPayload(repo), sha: MERGE_SHA, apiUrl: api.url, inputs, env });
}

interface CheckRunBody {
  status?: string;
  conclusion?: string;
  output?: { title: string; summary: string; annotations?: { path: string; title?: string; annotation_level: string; message: string }[] };
}

const bodies = (requests: RecordedRequest[]) => requests.map((r) => r.body as CheckRunBody);

/** Every check run this run created was completed, and the last word is the one expected. */
function expectConcluded(conclusion: string): CheckRunBody {
  const updates = bodies(api.of('checks/update'));
  const completions = updates.filter((b) => b.status === 'completed');
  expect(api.of('checks/create')).toHaveLength(1);
  expect(completions).toHaveLength(1);
  expect(completions[0]?.conclusion).toBe(conclusion);
  return completions[0] as CheckRunBody;
}

const annotations = () => bodies(api.of('checks/update')).flatMap((b) => b.output?.annotations ?? []);

useFakeGitHub(api, repos);

describe('budget bypass', () => {
  test('slow padding that sorts first: the real error is still reported and the overrun fails the gate', async () => {
    const padding: Tree = {};
    // Identical copies cost nothing in git; named to be read before everything else.
    for (let i = 0; i < 60; i++) padding[`aaa-padding/p${String(i).padStart(2, '0')}.yaml`] = SLOW_PADDING;
    const repo = repoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/api.yaml': HUGE_POD }, padding);
    const started = performance.now();
    // Reading stops at 1.5 s, leaving the rules half a second even after one more slow file.
    const run = await runPr(repo, { 'time-budget': '2' });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(1);
    const completion = expectConcluded('failure');
    const rules = annotations().map((a) => `${a.path} ${a.title}`);
    expect(rules).toContain('k8s/api.yaml memory-budget/pod-exceeds-node');
    expect(rules.some((r) => r.startsWith('aaa-padding/') && r.endsWith('input/incomplete'))).toBe(true);
    expect(completion.output?.title).toBe('2 errors, 0 warnings, 0 notices');
    expect(annotations().find((a) => a.title === 'input/incomplete' && a.path.startsWith('aaa-padding/'))?.message).toMatch(/time budget of 2 s ran out/);
    expect(run.outputs['errors']).toBe('2');
  }, 60_000);

  test('the base revision obeys `time-budget` too: slow files only the base holds fail the gate', async () => {
    const padding: Tree = {};
    for (let i = 0; i < 60; i++) padding[`aaa-padding/p${String(i).padStart(2, '0')}.yaml`] = SLOW_PADDING;
    // The change deletes the padding: the head is small, the base must read it all from git.
    const repo = makeRepo(
      { 'cluster.yaml': CLUSTER, ...padding },
      { 'k8s/api.yaml': HUGE_POD, ...Object.fromEntries(Object.keys(padding).map((f) => [f, null])) },
    );
    repos.push(repo.dir);
    api.pullFiles = [
      ...diffEntries(makeRepoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/api.yaml': HUGE_POD }), OWNER, REPO),
      ...Object.keys(padding).map((filename) => largeFileEntry(filename, 'removed', repo.baseSha)),
    ];
    const started = performance.now();
    // Left at its default (600 s), the base's reading would take as long as the padding needs.
    const run = await runPr(repo, { 'time-budget': '2' });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(1);
    expectConcluded('failure');
    expect(run.summary).toMatch(new RegExp(`base revision ${repo.baseSha.slice(0, 12)}: the review's time budget of 2 s ran out`));
    expect(annotations().map((a) => `${a.path} ${a.title}`)).toContain('k8s/api.yaml memory-budget/pod-exceeds-node');
  }, 60_000);
});

describe('repair amplification', () => {
  test('a 5 MB template with 200 under-indented lines: done in seconds, and both it and the real error fail the gate', async () => {
    // 5.1 MB: under the 5 MiB file limit, so it is read and repaired.
    const template = underIndented(200, 48_000);
    expect(template.length).toBeGreaterThan(5_000_000);
    const repo = repoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/api.yaml': HUGE_POD }, { 'infra/stack.template.yaml': template });
    const started = performance.now();
    const run = await runPr(repo);
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(run.code).toBe(1);
    expectConcluded('failure');
    const rules = annotations().map((a) => `${a.path} ${a.title}`);
    expect(rules).toContain('k8s/api.yaml memory-budget/pod-exceeds-node');
    // Past the repair allowance it is a parse error at a line it could not repair, not a skipped file.
    expect(rules).toContain('infra/stack.template.yaml input/parse-error');
    expect(rules.filter((r) => r.endsWith('input/incomplete'))).toEqual([]);
  }, 60_000);
});

describe('the check run is always concluded, and only once', () => {
  test('a malformed create response (no id): no PATCH to a bogus run, the job still fails on the error', async () => {
    const repo = repoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/api.yaml': HUGE_POD });
    api.responder = (r) => (r.operationId === 'checks/create' ? { status: 201, body: { message: 'not a check run' } } : undefined);
    const run = await runPr(repo);
    expect(run.code).toBe(1);
    expect(api.of('checks/update')).toEqual([]);
    expect(api.unmatched).toEqual([]);
    expect(run.summary).toContain('No check run');
    expect(run.summary).toContain('no check run id');
    expect(run.outputs['errors']).toBe('1');
  }, 30_000);

  test('the job summary cannot be written after the check run completed: the report stays, the job fails', async () => {
    const repo = repoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/api.yaml': HUGE_POD });
    const notAFile = path.join(repo.dir, '.summary-is-a-directory');
    mkdirSync(notAFile);
    const run = await runPr(repo, { 'fail-on': 'never' }, { GITHUB_STEP_SUMMARY: notAFile });
    const completion = expectConcluded('neutral');
    // The report of the review, not the failure message, is the run's last word.
    expect(completion.output?.title).toBe('1 error, 0 warnings, 0 notices');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::manifest-review: .*EISDIR/);
  }, 30_000);
});

describe('misconfiguration fails the job', () => {
  test('a `paths` typo: an error, not a green "0 files reviewed"', async () => {
    const repo = repoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/api.yaml': HUGE_POD });
    const run = await runPr(repo, { paths: 'k8s/prodution' });
    expect(run.code).toBe(1);
    expectConcluded('failure');
    expect(annotations().map((a) => `${a.path} ${a.title}`)).toEqual(['k8s/prodution input/incomplete']);
    expect(annotations()[0]?.message).toContain('matches no file');
  }, 30_000);

  test('a `paths` glob reviews what it matches', async () => {
    const repo = repoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/api.yaml': HUGE_POD });
    const run = await runPr(repo, { paths: '**/*.yaml' });
    expect(run.code).toBe(1);
    expectConcluded('failure');
    expect(annotations().map((a) => `${a.path} ${a.title}`)).toEqual(['k8s/api.yaml memory-budget/pod-exceeds-node']);
  }, 30_000);

  test('a workspace that is not a directory: the run concludes as failed with the reason', async () => {
    const repo = repoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/api.yaml': HUGE_POD });
    const run = await runPr(repo, {}, { GITHUB_WORKSPACE: path.join(repo.dir, 'not-checked-out') });
    expect(run.code).toBe(1);
    const completion = expectConcluded('failure');
    expect(completion.output?.summary).toMatch(/is not a directory/);
    expect(run.summary).toMatch(/is not a directory/);
  }, 30_000);
});

describe('glob backtracking', () => {
  test('14 globstars in the PR-controlled config against a deep tree: done in seconds', async () => {
    const deepDir = `${'a/'.repeat(60)}`;
    const repo = repoFor(
      { 'cluster.yaml': CLUSTER },
      {
        'k8s/api.yaml': HUGE_POD,
        [`${deepDir}x.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\n',
        '.github/manifest-review.yaml': `paths:\n  exclude: ['${'**/a/'.repeat(14)}b']\n  include: ['${'*/**/'.repeat(14)}*.yaml', '**/*.yaml']\n`,
      },
    );
    const started = performance.now();
    const run = await runPr(repo);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(1);
    expectConcluded('failure');
    expect(annotations().map((a) => `${a.path} ${a.title}`)).toContain('k8s/api.yaml memory-budget/pod-exceeds-node');
  }, 60_000);
});

describe('a hanging or rate-limiting API', () => {
  test('create never answers: each attempt times out, is retried, and the review still reports and fails the job', async () => {
    const repo = repoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/api.yaml': HUGE_POD });
    api.responder = (r) => (r.operationId === 'checks/create' ? { status: 0, hang: true } : undefined);
    const started = performance.now();
    const run = await runPr(repo, {}, { MANIFEST_REVIEW_REQUEST_TIMEOUT_MS: '300' });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(1);
    expect(api.of('checks/create')).toHaveLength(4); // the first attempt and 3 retries
    expect(api.of('checks/update')).toEqual([]);
    expect(run.summary).toContain('No check run');
    expect(run.summary).toContain('no answer from the GitHub API within 0.3 s');
    expect(run.outputs['errors']).toBe('1');
  }, 60_000);

  test('the completion never answers: the findings still reach the summary and the exit code', async () => {
    const repo = repoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/api.yaml': HUGE_POD });
    api.responder = (r) => (r.operationId === 'checks/update' ? { status: 0, hang: true } : undefined);
    const run = await runPr(repo, {}, { MANIFEST_REVIEW_REQUEST_TIMEOUT_MS: '300' });
    expect(run.code).toBe(1);
    expect(api.of('checks/update').length).toBeGreaterThan(1);
    expect(run.summary).toContain('k8s/api.yaml');
    expect(run.summary).toMatch(/no answer from the GitHub API/);
  }, 60_000);

  test('a bare 429 (no headers) is retried', async () => {
    const repo = repoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/api.yaml': HUGE_POD });
    api.responder = (r, nth) => (r.operationId === 'checks/create' && nth === 1 ? { status: 429, body: { message: 'Too Many Requests' } } : undefined);
    const run = await runPr(repo);
    expect(run.code).toBe(1);
    expect(api.of('checks/create')).toHaveLength(2);
    expect(
      bodies(api.of('checks/update'))
        .filter((b) => b.status === 'completed')
        .map((b) => b.conclusion),
    ).toEqual(['failure']);
  }, 30_000);
});

describe('the workspace boundary', () => {
  test('a config symlinked out of the workspace is refused, its target never quoted; the job fails', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'mr-outside-'));
    repos.push(outside);
    writeFileSync(path.join(outside, 'secret.yaml'), 'rules:\n  TOP-SECRET-VALUE: off\n');
    const repo = repoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/api.yaml': HUGE_POD });
    mkdirSync(path.join(repo.dir, '.github'), { recursive: true });
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(repo.dir, '.github', 'manifest-review.yaml'));
    const run = await runPr(repo, { filter: 'all' });
    expect(run.code).toBe(1);
    expectConcluded('failure');
    expect(annotations().map((a) => `${a.path} ${a.title}`)).toContain('.github/manifest-review.yaml input/invalid-config');
    for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(api.requests.map((r) => r.body))]) expect(text).not.toContain('TOP-SECRET');
  }, 30_000);

  test('a PR symlink at sarif-file is not written through; the other surfaces still report and the job fails', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'mr-outside-'));
    repos.push(outside);
    writeFileSync(path.join(outside, 'victim'), 'precious');
    const repo = repoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n' });
    mkdirSync(path.join(repo.dir, 'out'));
    symlinkSync(path.join(outside, 'victim'), path.join(repo.dir, 'out', 'results.sarif'));
    const run = await runPr(repo, { 'sarif-file': 'out/results.sarif' });
    expect(readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('precious');
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(
      expect.objectContaining({ command: 'error', message: expect.stringContaining('sarif-file: out/results.sarif is a symbolic link') }),
    );
    // The check run reports the review (no errors); the job fails for the refused SARIF path alone.
    const completions = bodies(api.of('checks/update')).filter((b) => b.status === 'completed');
    expect(completions.map((b) => b.conclusion === 'failure')).toEqual([false]);
    expect(run.outputs['errors']).toBe('0');
  }, 30_000);
  test('the findings file is never written through a symlink either, even one placed in RUNNER_TEMP', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'mr-outside-'));
    const runnerTemp = mkdtempSync(path.join(tmpdir(), 'mr-runner-'));
    repos.push(outside, runnerTemp);
    writeFileSync(path.join(outside, 'victim'), 'precious');
    mkdirSync(path.join(runnerTemp, 'manifest-review', 'review'), { recursive: true });
    symlinkSync(path.join(outside, 'victim'), path.join(runnerTemp, 'manifest-review', 'review', 'findings.json'));
    const repo = repoFor({ 'cluster.yaml': CLUSTER }, { 'k8s/ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n' });
    const run = await runPr(repo, {}, { RUNNER_TEMP: runnerTemp });
    expect(readFileSync(path.join(outside, 'victim'), 'utf8')).toBe('precious');
    expect(run.code).toBe(1);
    expect(run.commands).toContainEqual(expect.objectContaining({ command: 'error', message: expect.stringContaining('findings-file: ') }));
  }, 30_000);
});
