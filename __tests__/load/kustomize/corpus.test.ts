/**
 * Acceptance on the real-world corpus: with its kustomizations built, no patch is reviewed as
 * an object of its own. A finding may still point into a patch, but only at a line the patch
 * writes into a built object (an init container it adds without memory, a nodeSelector it
 * pins): the finding is about the built object, at the line that set the value. Every root
 * either builds natively or says why in an input/build-failed finding.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { collectFiles } from '../../../src/collect/collect.js';
import { loadTree, runRules } from '../../../src/engine/review.js';
import type { Finding } from '../../../src/findings.js';
import type { LoadedDocument, PathSegment } from '../../../src/load/types.js';
import { buildKustomizations, isKustomizationPath } from '../../../src/load/kustomize/index.js';
import { readKustomization, dirOf, joinPath } from '../../../src/load/kustomize/build.js';
import { loadFile } from '../../../src/load/yaml.js';
import { describeWithCorpus } from '../../helpers/corpus.js';
import { CORPUS } from '../../helpers/paths.js';

/** Files the corpus's kustomizations name as patches (by path), and no kustomization as a resource. */
function patchOnlyFiles(files: readonly ReturnType<typeof loadFile>[]): Set<string> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const patches = new Set<string>();
  const resources = new Set<string>();
  for (const f of files) {
    if (!isKustomizationPath(f.path)) continue;
    const k = readKustomization(byPath, dirOf(f.path));
    const value = k?.doc.value as Record<string, unknown> | undefined;
    if (!k || !value) continue;
    const named = (v: unknown): string[] => (typeof v === 'string' && !v.includes('\n') ? [joinPath(k.dir, v.trim())] : []);
    for (const p of Array.isArray(value['patchesStrategicMerge']) ? value['patchesStrategicMerge'] : []) for (const n of named(p)) patches.add(n);
    for (const field of ['patches', 'patchesJson6902']) {
      for (const p of Array.isArray(value[field]) ? value[field] : []) for (const n of named((p as { path?: unknown } | null)?.path)) patches.add(n);
    }
    for (const r of Array.isArray(value['resources']) ? value['resources'] : []) for (const n of named(r)) resources.add(n);
  }
  return new Set([...patches].filter((p) => !resources.has(p) && byPath.has(p)));
}

/** Every path of a value, containers and leaves alike. */
function* paths(value: unknown, at: PathSegment[] = []): Generator<PathSegment[]> {
  yield at;
  if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* paths(v, [...at, i]);
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) yield* paths(v, [...at, k]);
}

/** True when some field of the built object the finding names was set at the finding's line. */
function setByBuild(f: Finding, built: readonly LoadedDocument[]): boolean {
  return built.some((doc) => {
    const v = doc.value as { kind?: string; metadata?: { name?: string } };
    if (v.kind !== f.object?.kind) return false;
    for (const p of paths(doc.value)) {
      const r = doc.locate(p);
      if (r.path === f.path && r.start.line === f.startLine) return true;
    }
    return false;
  });
}

describeWithCorpus('kustomizations of the corpus in a review', () => {
  const repos = readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  test('no finding on a file that is only a patch; each root builds or is one input/build-failed finding', () => {
    let patchFiles = 0;
    let alone = 0;
    const intoPatches: string[] = [];
    let roots = 0;
    const onPatches: string[] = [];
    for (const repo of repos) {
      const cwd = path.join(CORPUS, repo);
      const collected = collectFiles({ cwd, paths: ['.'] });
      if (!collected.files.some((f) => isKustomizationPath(f.path))) continue;
      const loaded = collected.files.map((f) => loadFile(f));
      const patches = patchOnlyFiles(loaded);
      patchFiles += patches.size;
      const built = buildKustomizations(loaded);
      roots += built.roots.length;
      const tree = loadTree(loaded, collected.findings);
      const findings = runRules(tree, { now: new Date('2026-06-01T00:00:00Z') });
      for (const f of findings) {
        if (!patches.has(f.path)) continue;
        const line = `${repo}/${f.path}:${f.startLine} ${f.rule}: ${f.message}`;
        if (setByBuild(f, built.documents)) intoPatches.push(line);
        else onPatches.push(line);
      }
      // What the same patches gave when each was reviewed as a file of its own (before builds).
      alone += runRules(loadTree(loaded.filter((f) => patches.has(f.path)))).filter((f) => f.rule.startsWith('memory-budget/')).length;
      const failed = built.roots.filter((r) => r.how === 'failed').map((r) => r.dir);
      const failures = findings.filter((f) => f.rule === 'input/build-failed');
      for (const dir of failed) expect(failures.filter((f) => f.message.includes(` ${dir}`)).length).toBeGreaterThan(0);
      expect(failures.length).toBeLessThanOrEqual(failed.length);
    }
    console.log(
      `kustomize corpus acceptance: ${roots} roots, ${patchFiles} patch-only files; reviewed alone they gave ${alone} memory-budget findings; ` +
        `now ${onPatches.length} findings about a patch itself, ${intoPatches.length} about built objects at lines a patch set:\n${[...onPatches, ...intoPatches].join('\n')}`,
    );
    expect(patchFiles).toBeGreaterThan(20);
    expect(onPatches).toEqual([]);
  });
});
