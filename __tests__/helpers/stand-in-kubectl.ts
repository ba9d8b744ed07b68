import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface StandInKubectl {
  /** The log of every call's arguments, one line each (absent until the first call). */
  readonly calls: string;
  /** The `kustomize` calls logged so far. */
  kustomizeCalls(): string[];
  /** PATH as it was, and the stand-in removed. */
  restore(): void;
}

/**
 * A `kubectl` first on PATH, for the review's kustomize fallback to find: it logs its arguments,
 * answers `version` (the availability check), and otherwise runs `body` (shell), which may use
 * `$CALLS`, the log's path.
 */
export function standInKubectl(body: string): StandInKubectl {
  const saved = process.env.PATH;
  const bin = mkdtempSync(path.join(os.tmpdir(), 'stand-in-kubectl-'));
  const calls = path.join(bin, 'calls.log');
  writeFileSync(path.join(bin, 'kubectl'), `#!/bin/sh\nCALLS='${calls}'\necho "$*" >> "$CALLS"\nif [ "$1" = version ]; then exit 0; fi\n${body}\n`);
  chmodSync(path.join(bin, 'kubectl'), 0o755);
  process.env.PATH = `${bin}${path.delimiter}${saved ?? ''}`;
  return {
    calls,
    kustomizeCalls: () =>
      existsSync(calls)
        ? readFileSync(calls, 'utf8')
            .split('\n')
            .filter((l) => l.startsWith('kustomize'))
        : [],
    restore: () => {
      process.env.PATH = saved;
      rmSync(bin, { recursive: true, force: true });
    },
  };
}
