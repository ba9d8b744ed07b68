/**
 * The fallback renderer: `kubectl kustomize` for roots the native build cannot build. It runs
 * as a renderer only (no exec or container plugins, no Helm), with a timeout, and its objects
 * have object-level provenance: every finding about them points at the root's kustomization.
 */
import { spawnSync } from 'node:child_process';
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
  available ??= spawnSync('kubectl', ['version', '--client'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
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

/** `kubectl kustomize <dir>` as text, or why it failed. */
export function runKubectlKustomize(dir: string): { output: string } | { error: string } {
  const result = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: KUBECTL_TIMEOUT_MS, maxBuffer: MAX_OUTPUT });
  if (result.error) return { error: result.error.message };
  if (result.status !== 0) {
    return { error: kubectlReason(result.stderr || '') ?? `exit status ${String(result.status)}` };
  }
  return { output: result.stdout };
}

/**
 * The objects of `k`'s root rendered by kubectl, located at the kustomization's `resources`
 * (or its first line); undefined when kubectl is not on PATH.
 */
export function renderWithKubectl(cwd: string, k: Kustomization): { documents: LoadedDocument[] } | { error: string } | undefined {
  if (!kubectlAvailable()) return undefined;
  const run = runKubectlKustomize(join(cwd, k.dir));
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
