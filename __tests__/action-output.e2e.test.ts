import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FakeGitHub, useFakeGitHub } from './helpers/fake-github.js';
import { diffEntries, makeRepo, type TempRepo, type Tree } from './helpers/git-repo.js';
import { renderStructure } from './helpers/markdown.js';
import { REPO_ROOT, SHARED_DATA } from './helpers/paths.js';
import { runAction } from './helpers/run-action.js';

/**
 * What the action writes for people: the job summary and check-run text as GitHub renders them,
 * at scale and with hostile values, and the token kept out of everything the runner cannot mask.
 * The committed bundle runs against the local API that validates each request against GitHub's
 * REST description.
 */

const TOKEN = 'ghs_test-token-do-not-print';
const MERGE_SHA = 'f'.repeat(40);

interface Payload {
  before?: string;
  after?: string;
  pull_request: { changed_files: number; head: { sha: string }; base: { sha: string } };
}

function prPayload(repo: TempRepo, changedFiles: number): Payload {
  const p = JSON.parse(readFileSync(path.join(SHARED_DATA, 'github', 'webhook-examples', 'pull_request.synchronize.22.json'), 'utf8')) as Payload;
  p.pull_request.head.sha = repo.headSha;
  p.pull_request.base.sha = repo.baseSha;
  p.pull_request.changed_files = changedFiles;
  p.before = repo.baseSha;
  p.after = repo.headSha;
  return p;
}

/** A ConfigMap whose `name` is given twice: one input/parse-error per document. */
const duplicateKey = (i: number, name = `config-${i}`) => `---
apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
  name: again-${i}
`;

const api = new FakeGitHub();
const repos: string[] = [];

function repoFor(base: Tree, head: Tree): TempRepo {
  const repo = makeRepo(base, head);
  repos.push(repo.dir);
  api.pullFiles = diffEntries(repo, 'Codertocat', 'Hello-World');
  return repo;
}

useFakeGitHub(api, repos);

function checkRunSummary(): string {
  const updates = api.of('checks/update');
  return (updates.at(-1)?.body as { output: { summary: string } }).output.summary;
}

describe('the action output people read', () => {
  test('10,000 findings: the job summary stays under 1 MiB with an "N more" line; the check run only counts', async () => {
    // 10 files × 1,000 documents, each with a duplicated key: 10,000 parse errors in the change.
    const head: Tree = {};
    for (let f = 0; f < 10; f++)
      head[`k8s/bulk-${f}.yaml`] = Array.from({ length: 1000 }, (_, i) => duplicateKey(i, `config-${f}-${i}-${'n'.repeat(60)}`)).join('');
    const repo = repoFor({ 'README.md': 'base\n' }, head);
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
    });
    expect(api.requests.flatMap((r) => r.errors)).toEqual([]);
    expect(run.code).toBe(1);
    expect(run.outputs['errors']).toBe('10000');

    const bytes = Buffer.byteLength(run.summary);
    expect(bytes).toBeLessThan(1024 * 1024);
    const page = renderStructure(run.summary);
    expect(page.headings[0]?.text).toBe('manifest-review: 10000 errors, 0 warnings, 0 notices');
    expect(page.tables[0]?.rows).toEqual([
      ['input', '10000', '0', '0'],
      ['total', '10000', '0', '0'],
    ]);
    const [byFile, byRule] = page.folds;
    expect(byFile?.tables[0]?.rows).toHaveLength(10);
    expect(byRule?.summary.replace(/<[^>]+>/g, '')).toBe('❌ input/parse-error: 10000 errors in 10 files');
    const listed = byRule?.groups.reduce((n, g) => n + g.items.length, 0) ?? 0;
    expect(listed).toBeGreaterThan(1000);
    const more = /<strong>(\d+) more findings not shown<\/strong>/.exec(page.html);
    expect(Number(more?.[1])).toBe(10_000 - listed);
    expect(page.html).toContain('the <code>findings-file</code> output');

    const checkRun = renderStructure(checkRunSummary());
    expect(checkRun.folds).toEqual([]);
    expect(checkRun.tables[1]?.rows).toEqual([['❌ input/parse-error', '10000', '0', '0']]);
    // Parse errors are about the review itself: 20 are named, the rest counted, none repeated beyond that.
    expect(checkRun.html.match(/<li>/g)).toHaveLength(21);
    expect(checkRun.html).toContain('… and 9980 more');
  }, 120_000);

  test('values from the files never become links, images, HTML or mentions in the summary or check run', async () => {
    const evil = '"[x](https://evil.example) ![i](https://evil.example/i.png) @octocat <img src=x>"';
    const repo = repoFor({ 'README.md': 'base\n' }, { 'k8s/evil.yaml': duplicateKey(1, evil) });
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    for (const md of [run.summary, checkRunSummary()]) {
      const html = renderStructure(md).html;
      expect(html).not.toContain('evil.example"');
      expect(html).not.toMatch(/<img/);
      expect(html.replace(/<code>[^<]*<\/code>/g, '')).not.toMatch(/@octocat/);
    }
  });

  test('a token echoed back in API errors reaches neither the job summary nor the check run', async () => {
    const repo = repoFor({ 'README.md': 'base\n' }, { 'k8s/config.yaml': duplicateKey(1) });
    const echo = { message: `Bad credentials for ${TOKEN} (x-access-token:${TOKEN})`, documentation_url: 'https://docs.github.com/rest' };
    api.responder = (r) => {
      if (r.operationId === 'pulls/list-files') return { status: 401, body: echo };
      return undefined;
    };
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    // The error did reach both reports, masked.
    expect(run.summary).toContain('Bad credentials for ***');
    expect(checkRunSummary()).toContain('Bad credentials for ***');
    const stdout = run.stdout
      .split('\n')
      .filter((line) => line !== `::add-mask::${TOKEN}`)
      .join('\n');
    for (const text of [run.summary, checkRunSummary(), stdout, run.stderr]) expect(text).not.toContain(TOKEN);
  });

  test('a token echoed back when creating the check run: the fork note and the warning are masked', async () => {
    const repo = repoFor({ 'README.md': 'base\n' }, { 'k8s/config.yaml': duplicateKey(1) });
    api.responder = (r) =>
      r.operationId === 'checks/create' ? { status: 403, body: { message: `Resource not accessible by integration (token ${TOKEN})` } } : undefined;
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
    });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('Resource not accessible by integration (token ***)');
    expect(run.summary).not.toContain(TOKEN);
  });

  test('outputs: conclusion, check-run-url and sarif-file, as action.yml declares them', async () => {
    const repo = repoFor({ 'README.md': 'base\n' }, { 'k8s/config.yaml': duplicateKey(1) });
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
      inputs: { 'sarif-file': 'reports/review.sarif' },
    });
    expect(run.code).toBe(1);
    const created = api.of('checks/create');
    expect(created).toHaveLength(1);
    expect(run.outputs['conclusion']).toBe('failure');
    expect(run.outputs['conclusion']).toBe((api.of('checks/update').at(-1)?.body as { conclusion: string }).conclusion);
    expect(run.outputs['check-run-url']).toMatch(/^https:\/\/github\.com\/Codertocat\/Hello-World\/runs\/\d+$/);
    expect(run.outputs['sarif-file']).toBe(path.join(repo.dir, 'reports', 'review.sarif'));
    expect((JSON.parse(readFileSync(run.outputs['sarif-file'] ?? '', 'utf8')) as { version: string }).version).toBe('2.1.0');

    const declared = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
    for (const name of Object.keys(run.outputs)) expect(declared).toMatch(new RegExp(`^  ${name}:$`, 'm'));
  });

  test('a log and a SARIF file larger than one written piece come out whole: every finding once, formatted as written at once', async () => {
    // 2 files × 350 parse errors: the text log and the SARIF log are each several ~32,000-character pieces.
    const head: Tree = {};
    for (let f = 0; f < 2; f++) head[`k8s/bulk-${f}.yaml`] = Array.from({ length: 350 }, (_, i) => duplicateKey(i, `config-${f}-${i}`)).join('');
    const repo = repoFor({ 'README.md': 'base\n' }, head);
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
      inputs: { 'sarif-file': 'reports/review.sarif' },
    });
    expect(run.code).toBe(1);
    expect(run.outputs['errors']).toBe('700');

    const sarifText = readFileSync(run.outputs['sarif-file'] ?? '', 'utf8');
    expect(sarifText.length).toBeGreaterThan(4 * 32_000);
    const sarif = JSON.parse(sarifText) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    // The pieces join to exactly what one JSON.stringify of the whole log writes.
    expect(sarifText).toBe(`${JSON.stringify(sarif, null, 2)}\n`);
    const results = sarif.runs[0]?.results ?? [];
    expect(results).toHaveLength(700);
    expect(new Set(results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri))).toEqual(new Set(['k8s/bulk-0.yaml', 'k8s/bulk-1.yaml']));

    // The text report in the log, between the stop-commands markers, as one text: a heading per file,
    // a line per finding, one blank line between the files, the total last; no line lost or split where pieces meet.
    const lines = run.stdout.split('\n');
    const start = lines.findIndex((line) => line.startsWith('::stop-commands::'));
    const token = lines[start]?.slice('::stop-commands::'.length) ?? '';
    const end = lines.indexOf(`::${token}::`);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const block = lines.slice(start + 1, end);
    expect(block.join('\n').length).toBeGreaterThan(2 * 32_000);
    expect(block.filter((line) => /^  k8s\/bulk-[01]\.yaml:\d+:\d+  error  input\/parse-error$/.test(line))).toHaveLength(700);
    expect(block.filter((line) => line === '')).toHaveLength(2);
    expect(block.filter((line) => /^k8s\/bulk-[01]\.yaml$/.test(line))).toEqual(['k8s/bulk-0.yaml', 'k8s/bulk-1.yaml']);
    expect(block.at(-1)).toMatch(/700 errors/);
  }, 120_000);

  test('outputs without a token or findings: conclusion success, no check-run URL, no SARIF path', async () => {
    const repo = repoFor({ 'README.md': 'base\n' }, { 'k8s/fine.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: fine\n' });
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
      inputs: { token: '' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ conclusion: 'success', 'check-run-url': '', 'sarif-file': '' });
  });

  test('warnings under fail-on: conclusion neutral', async () => {
    const repo = repoFor({ 'README.md': 'base\n' }, { 'k8s/config.yaml': duplicateKey(1) });
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request',
      payload: prPayload(repo, api.pullFiles.length),
      sha: MERGE_SHA,
      apiUrl: api.url,
      inputs: { 'fail-on': 'never' },
    });
    expect(run.code).toBe(0);
    expect(run.outputs['conclusion']).toBe('neutral');
  });
});
