import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the committed bundle exactly as users do: `node dist/cli.js ...`, with `input` on its standard input. */
export function runCli(args: readonly string[], cwd: string = REPO_ROOT, input?: string): CliRun {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    ...(input !== undefined ? { input } : {}),
    maxBuffer: 512 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
