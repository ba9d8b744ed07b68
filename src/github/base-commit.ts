/**
 * The base commit of a change, fetched when the checkout lacks it. actions/checkout fetches one
 * commit by default (depth 1), and without the base the upgrade checks (`version-skew/upgrade-jump`,
 * APIs an upgrade removes) and `filter: new` have nothing to compare with. A user who never read
 * "set fetch-depth: 0" should not lose them, so the action fetches exactly that one commit.
 *
 * Authentication is actions/checkout's: an `AUTHORIZATION: basic base64(x-access-token:TOKEN)`
 * extra header, here given with `-c` on the one git command that needs it, scoped to the GitHub
 * server's URL, so it is never written to .git/config and never sent to another host.
 */
import { spawnSync } from 'node:child_process';

export type BaseCommitState = { state: 'present' } | { state: 'fetched' } | { state: 'failed'; reason: string };

export interface BaseCommitOptions {
  /** The checkout (any directory inside the repository). */
  cwd: string;
  /** The base commit, a full hex object name. */
  sha: string;
  /** Token for the fetch; empty or absent: fetch without credentials (public repositories). */
  token?: string;
  /** GITHUB_SERVER_URL: the header is only sent to this server. */
  serverUrl: string;
  /** Registers a value the runner must mask in logs (the header holds the token, encoded). */
  mask?: (secret: string) => void;
  remote?: string;
  timeoutMs?: number;
}

/** Full object names only: anything else could be read by git as an option or a ref expression. */
const OBJECT_NAME = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

function hasCommit(cwd: string, sha: string): boolean {
  const result = spawnSync('git', ['cat-file', '-e', `${sha}^{commit}`], { cwd, stdio: 'ignore', env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  return result.status === 0;
}

/** actions/checkout's credential: `basic base64("x-access-token:" + token)`. */
export function basicCredential(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}

/** The `-c` pair that authenticates one git command against the server, and nothing else. */
export function authConfig(token: string, serverUrl: string): string[] {
  const server = serverUrl.replace(/\/+$/, '');
  return ['-c', `http.${server}/.extraheader=AUTHORIZATION: basic ${basicCredential(token)}`];
}

/**
 * Makes sure `sha` is in the repository at `cwd`: nothing to do when it is there, otherwise one
 * shallow fetch of exactly that commit from `origin`. Never throws: a failure is returned with a
 * reason free of the token, and the review goes on without the base (it says so).
 */
export function ensureBaseCommit(options: BaseCommitOptions): BaseCommitState {
  const { cwd, sha } = options;
  if (!OBJECT_NAME.test(sha)) return { state: 'failed', reason: `"${sha.slice(0, 80)}" is not a commit id` };
  if (hasCommit(cwd, sha)) return { state: 'present' };

  const token = options.token ?? '';
  const secrets = token ? [token, basicCredential(token)] : [];
  for (const secret of secrets) options.mask?.(secret);
  const args = [
    ...(token ? authConfig(token, options.serverUrl) : []),
    'fetch',
    '--no-tags',
    '--no-recurse-submodules',
    '--depth=1',
    options.remote ?? 'origin',
    sha,
  ];
  const result = spawnSync('git', args, {
    cwd,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    // No prompt can answer in CI, and a credential helper must not be asked for another token.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never' },
  });
  if (result.status === 0 && hasCommit(cwd, sha)) return { state: 'fetched' };

  const redact = (text: string): string => secrets.reduce((t, s) => t.split(s).join('***'), text);
  // git's first fatal/error line names the cause; the lines after it are generic advice.
  const lines = (result.stderr ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const detail = result.error ? result.error.message : (lines.find((line) => /^(fatal|error):/.test(line)) ?? lines[0] ?? `exit ${result.status}`);
  return { state: 'failed', reason: redact(detail).slice(0, 300) };
}
