import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { basicCredential } from '../src/github/base-commit.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { GitHttpServer } from './helpers/git-http-server.js';
import { diffEntries, git, makeRepo, type TempRepo, type Tree } from './helpers/git-repo.js';
import { DATA, REPO_ROOT } from './helpers/paths.js';
import { runAction, type ActionRun } from './helpers/run-action.js';

/**
 * The default checkout is one commit deep: the pull request's base is not in it. The action must
 * fetch exactly that commit itself, as actions/checkout authenticates (an extra header with the
 * token, never written to .git/config), so the upgrade checks still run. The "GitHub" here is a
 * real git smart-HTTP server that refuses requests without the token, plus the local REST API.
 */

const TOKEN = 'ghs_base-commit-token-do-not-print';
const CREDENTIAL = basicCredential(TOKEN);
const OWNER = 'Codertocat';
const REPO = 'Hello-World';

// examples/upgrade-jump: the control plane goes 1.13 → 1.15 in one change.
const cluster = readFileSync(path.join(REPO_ROOT, 'examples', 'upgrade-jump', 'cluster.yaml'), 'utf8');
const app = readFileSync(path.join(REPO_ROOT, 'examples', 'upgrade-jump', 'app.yaml'), 'utf8');
const HEAD: Tree = { 'eks/cluster.yaml': cluster, 'apps/app.yaml': app };
const BASE: Tree = { 'eks/cluster.yaml': cluster.replace("Version: '1.15'", "Version: '1.13'"), 'apps/app.yaml': app };
const VERSION_LINE = cluster.split('\n').findIndex((l) => l.includes("Version: '1.15'")) + 1;

const api = new FakeGitHub();
const cleanup: string[] = [];
let origin: TempRepo;
let gitServer: GitHttpServer;

function pullRequestPayload(): unknown {
  const p = JSON.parse(readFileSync(path.join(DATA, 'github', 'webhook-examples', 'pull_request.synchronize.22.json'), 'utf8')) as {
    pull_request: { head: { sha: string }; base: { sha: string }; changed_files: number };
    before?: string;
    after?: string;
  };
  p.pull_request.head.sha = origin.headSha;
  p.pull_request.base.sha = origin.baseSha;
  p.pull_request.changed_files = 1;
  p.before = origin.baseSha;
  p.after = origin.headSha;
  return p;
}

/**
 * `actions/checkout` with its defaults: depth 1, credentials given for the clone only. Async: the
 * git server runs in this process and must keep answering while git waits.
 */
async function shallowCheckout(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'manifest-review-shallow-'));
  cleanup.push(dir);
  const header = `http.${gitServer.url}/.extraheader=AUTHORIZATION: basic ${CREDENTIAL}`;
  await promisify(execFile)('git', ['-c', header, 'clone', '--quiet', '--depth=1', `${gitServer.url}/${REPO}.git`, dir], {
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_TERMINAL_PROMPT: '0' },
    timeout: 30_000,
  });
  return dir;
}

const hasCommit = (dir: string, sha: string): boolean => spawnSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd: dir, stdio: 'ignore' }).status === 0;

function review(workspace: string, inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runAction({
    workspace,
    eventName: 'pull_request',
    payload: pullRequestPayload(),
    sha: 'f'.repeat(40),
    apiUrl: api.url,
    inputs: { token: TOKEN, ...inputs },
    env: { GITHUB_SERVER_URL: gitServer.url, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
  });
}

/** rule path:line of every reported finding, from the findings file the action writes. */
function reported(run: ActionRun): string[] {
  const { findings } = JSON.parse(run.findingsFile ?? '') as { findings: { rule: string; path: string; startLine: number }[] };
  return findings.map((f) => `${f.rule} ${f.path}:${f.startLine}`).sort();
}

beforeAll(async () => {
  origin = makeRepo(BASE, HEAD);
  const served = mkdtempSync(path.join(tmpdir(), 'manifest-review-served-'));
  cleanup.push(origin.dir, served);
  execFileSync('git', ['clone', '--quiet', '--bare', origin.dir, path.join(served, `${REPO}.git`)]);
  // GitHub serves any commit reachable from a ref, which is how checkout fetches by SHA.
  git(path.join(served, `${REPO}.git`), 'config', 'uploadpack.allowReachableSHA1InWant', 'true');
  gitServer = new GitHttpServer(served, `basic ${CREDENTIAL}`);
  await Promise.all([api.start(), gitServer.start()]);
});

afterAll(async () => {
  await Promise.all([api.stop(), gitServer.stop()]);
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  api.reset();
  api.pullFiles = diffEntries(origin, OWNER, REPO);
  gitServer.requests.length = 0;
});

describe('a shallow checkout (depth 1, the default)', () => {
  test('the action fetches the base commit itself and still reports the upgrade jump, as a full clone does', async () => {
    const work = await shallowCheckout();
    expect(hasCommit(work, origin.baseSha)).toBe(false);
    gitServer.requests.length = 0;

    const run = await review(work);
    const full = await review(origin.dir); // the whole history: nothing to fetch

    expect(reported(run)).toContain(`version-skew/upgrade-jump eks/cluster.yaml:${VERSION_LINE}`);
    expect(reported(run)).toEqual(reported(full));
    expect(run.outputs['errors']).toBe(full.outputs['errors']);
    expect(run.code).toBe(1);

    // Exactly that commit, at depth 1, with the token the way actions/checkout sends it.
    expect(hasCommit(work, origin.baseSha)).toBe(true);
    expect(git(work, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    expect(gitServer.requests.length).toBeGreaterThan(0);
    for (const r of gitServer.requests) expect(r.authorization).toBe(`basic ${CREDENTIAL}`);
    expect(run.stdout).toContain(`Fetched the base commit ${origin.baseSha} (depth 1)`);
  });

  test('the token is neither persisted nor printed', async () => {
    const work = await shallowCheckout();
    const run = await review(work);
    expect(hasCommit(work, origin.baseSha)).toBe(true);
    const config = readFileSync(path.join(work, '.git', 'config'), 'utf8');
    for (const secret of [TOKEN, CREDENTIAL, 'extraheader']) expect(config).not.toContain(secret);
    // Both forms are masked; apart from those commands neither appears anywhere.
    const masks = run.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    expect(masks).toEqual(expect.arrayContaining([TOKEN, CREDENTIAL]));
    const stdout = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const text of [stdout, run.stderr, run.summary, JSON.stringify(run.outputs)]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(CREDENTIAL);
    }
  });

  test('when the fetch is refused (no token) the upgrade check is lost, and the summary says why', async () => {
    const work = await shallowCheckout();
    gitServer.requests.length = 0;
    const run = await review(work, { token: '' });
    expect(hasCommit(work, origin.baseSha)).toBe(false);
    expect(reported(run).filter((f) => f.startsWith('version-skew/upgrade-jump'))).toEqual([]);
    expect(run.summary).toContain(`The base commit ${origin.baseSha.slice(0, 12)} is not in the checkout and fetching it failed`);
    expect(gitServer.requests.every((r) => r.authorization === undefined)).toBe(true);
  });
});
