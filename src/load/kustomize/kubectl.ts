/**
 * The fallback renderer: `kubectl kustomize` for roots the native build cannot build. It runs
 * as a renderer only (no exec or container plugins, no Helm), with a timeout, and its objects
 * have object-level provenance: every finding about them points at the root's kustomization.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { loadFile } from '../yaml.js';
import type { LoadedDocument } from '../types.js';
import type { Kustomization } from './build.js';

/** Generous for a real tree; a remote resource that hangs ends here. */
export const KUBECTL_TIMEOUT_MS = 60_000;
const MAX_OUTPUT = 64 * 1024 * 1024;

let available: boolean | undefined;

/** True when `kubectl` runs on this machine (checked once per process). */
export function kubectlAvailable(): boolean {
  // PATH alone, read now (a test's stand-in reaches the child): as for the renders, none of the job's variables.
  available ??= spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore', timeout: 10_000, env: { PATH: process.env.PATH ?? '' } }).status === 0;
  return available;
}

/**
 * The reason in kubectl's error output, without klog's timestamp and process id (a message
 * must be the same in two runs, or a change's review would report it as new).
 */
export function kubectlReason(stderr: string): string | undefined {
  const last = stderr.trim().split('\n').filter(Boolean).pop();
  if (last === undefined) return undefined;
  const quoted = /\berr="((?:[^"\\]|\\.)*)"/.exec(last);
  if (quoted?.[1] !== undefined) return quoted[1].replace(/\\(.)/g, '$1');
  return last.replace(/^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\]\s*/, '').replace(/^Error:\s*/, '');
}

/**
 * True when nothing at all is at `path` (relative to `cwd`): not a file, directory or symlink.
 * Kustomize fails on such a resource as the native build did, so rendering is pointless.
 * Anything else (a file the review left out, a symlink) is kubectl's to judge. Only whether
 * something is there is asked (lstat: no symlink followed at the end, nothing read).
 */
export function absentOnDisk(cwd: string, path: string): boolean {
  try {
    lstatSync(join(cwd, path));
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR';
  }
}

/** True when `path` (relative to `cwd`) is a regular file itself, not a symlink or a directory. */
export function isFileOnDisk(cwd: string, path: string): boolean {
  try {
    return lstatSync(join(cwd, path)).isFile();
  } catch {
    return false;
  }
}

/**
 * `kubectl kustomize <dir>` as text, or why it failed. Its environment is PATH alone: none of the
 * job's variables (the token among them), no kubeconfig, no HOME with git credentials or
 * kustomize plugins; `--enable-helm` and exec plugins stay off, as kustomize defaults.
 */
export function runKubectlKustomize(dir: string, timeoutMs = KUBECTL_TIMEOUT_MS): { output: string } | { error: string; timedOut?: true } {
  const result = spawnSync('kubectl', ['kustomize', dir], {
    encoding: 'utf8',
    timeout: Math.max(1, Math.ceil(timeoutMs)),
    killSignal: 'SIGKILL',
    maxBuffer: MAX_OUTPUT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '' },
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ETIMEDOUT') return { error: `kubectl did not finish within ${Math.round(timeoutMs / 1000)} s`, timedOut: true };
    return { error: result.error.message };
  }
  if (result.status !== 0) {
    return { error: kubectlReason(result.stderr || '') ?? `exit status ${String(result.status)}` };
  }
  return { output: result.stdout };
}

/**
 * The objects of `k`'s root rendered by kubectl, located at the kustomization's `resources`
 * (or its first line); undefined when kubectl is not on PATH.
 */
export function renderWithKubectl(
  cwd: string,
  k: Kustomization,
  timeoutMs = KUBECTL_TIMEOUT_MS,
): { documents: LoadedDocument[] } | { error: string; timedOut?: true } | undefined {
  if (!kubectlAvailable()) return undefined;
  const run = runKubectlKustomize(join(cwd, k.dir), timeoutMs);
  if ('error' in run) return run;
  const loaded = loadFile({ path: k.file.path, text: run.output });
  const anchor = k.doc.locate(k.root.entries.has('resources') ? ['resources'] : []);
  return {
    documents: loaded.documents.map((doc) => ({
      path: k.file.path,
      index: doc.index,
      value: doc.value,
      builtBy: k.dir,
      locate: () => ({ ...anchor, path: k.file.path }),
      valueText: (p) => doc.valueText(p),
    })),
  };
}
