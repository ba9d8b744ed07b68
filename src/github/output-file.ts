import { closeSync, constants, lstatSync, mkdirSync, openSync, realpathSync, writeSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../collect/inside.js';

/**
 * Writes a file the action produces (the SARIF log) where a pull request cannot redirect it.
 * The path comes from the workflow, but the directories and files along it come from the PR's
 * checkout: a symlink committed at `results.sarif` would make the action overwrite whatever it
 * points at. So the file must lie inside the workspace or RUNNER_TEMP (the runner's own places:
 * GITHUB_STEP_SUMMARY and GITHUB_OUTPUT are written by @actions/core), no existing directory
 * on the way may be a symbolic link, and the file itself is opened with O_NOFOLLOW.
 */
export class OutputPathError extends Error {}

export function writeOutputFile(given: string, text: string | Iterable<string>, roots: { workspace: string; runnerTemp?: string | undefined }): string {
  const target = path.resolve(roots.workspace, given);
  const allowed = [roots.workspace, roots.runnerTemp].filter((r): r is string => !!r).map((r) => path.resolve(r));
  const root = allowed.find((r) => isInside(r, target));
  if (!root || target === root) {
    throw new OutputPathError(`${given} is outside the workspace and RUNNER_TEMP; write it under one of them`);
  }
  // Every existing directory between the root and the file must be a real directory.
  const steps = path.relative(root, path.dirname(target)).split(path.sep).filter(Boolean);
  let at = realpathSync(root);
  for (const step of steps) {
    at = path.join(at, step);
    let stats;
    try {
      stats = lstatSync(at);
    } catch {
      mkdirSync(at);
      continue;
    }
    if (stats.isSymbolicLink() || !stats.isDirectory())
      throw new OutputPathError(
        `${given}: ${path.relative(root, at)} is ${stats.isSymbolicLink() ? 'a symbolic link' : 'not a directory'}; not writing through it`,
      );
  }
  const file = path.join(at, path.basename(target));
  let fd: number;
  try {
    fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OutputPathError(code === 'ELOOP' ? `${given} is a symbolic link; not writing through it` : `${given}: cannot write (${code ?? 'error'})`);
  }
  try {
    // A large findings file comes in pieces (src/report/json.ts): never the whole text at once.
    for (const piece of typeof text === 'string' ? [text] : text) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
  return file;
}
