/**
 * A directory of another revision written out to a scratch directory, for tools that need files
 * on disk (helm renders a chart from a directory). `git archive` reads the commit's tree only: the
 * working tree and the index are never touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Charts are small; a directory larger than this is not worth rendering for the comparison. */
const MAX_ARCHIVE_BYTES = 256 * 1024 * 1024;

/**
 * Writes `dir` (relative to the repository root `root`) as of `commit` under `dest`, at the same
 * relative path. Returns false when git or tar fails (the directory did not exist then, a shallow
 * clone without the commit): the caller treats the directory as absent in that revision.
 */
export function extractDirectoryAt(root: string, commit: string, dir: string, dest: string): boolean {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
  const archive = spawnSync('git', ['archive', '--format=tar', commit, '--', dir === '' ? '.' : dir], { cwd: root, maxBuffer: MAX_ARCHIVE_BYTES, env });
  if (archive.error || archive.status !== 0) return false;
  mkdirSync(dest, { recursive: true });
  // --no-same-owner/permissions: a tar member's owner and mode come from the commit, not the runner's user.
  const untar = spawnSync('tar', ['-x', '--no-same-owner', '--no-same-permissions', '-C', dest], { input: archive.stdout, maxBuffer: 1024 * 1024 });
  return !untar.error && untar.status === 0 && path.isAbsolute(dest);
}
