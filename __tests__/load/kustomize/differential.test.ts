/**
 * The native Kustomize build against the real thing: for every kustomization root in the
 * corpus, the objects the native build makes and those `kubectl kustomize` makes must agree on
 * every field the rules read (list order aside). Roots the native build cannot build are
 * listed with the reason (remote resources, Helm charts, replacements); the review renders
 * those with kubectl when it is on PATH. Skips, saying so, without kubectl or the corpus.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectFiles } from '../../../src/collect/collect.js';
import { buildKustomizations } from '../../../src/load/kustomize/index.js';
import { loadFile } from '../../../src/load/yaml.js';
import { compareBuilds, kubectlBuild, kubectlOnPath } from '../../helpers/kustomize-compare.js';
import { describeWithCorpus, HAVE_CORPUS } from '../../helpers/corpus.js';
import { CORPUS } from '../../helpers/paths.js';

const KUSTOMIZATION = /^(kustomization\.ya?ml|Kustomization)$/;

/** Corpus repositories with at least one kustomization (found by walking, not listed by hand). */
function reposWithKustomizations(): string[] {
  const found: string[] = [];
  const walk = (dir: string): boolean => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile() && KUSTOMIZATION.test(entry.name)) return true;
      if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules' && walk(path.join(dir, entry.name))) return true;
    }
    return false;
  };
  for (const repo of readdirSync(CORPUS, { withFileTypes: true })) {
    if (repo.isDirectory() && walk(path.join(CORPUS, repo.name))) found.push(repo.name);
  }
  return found.sort();
}

const haveKubectl = HAVE_CORPUS && kubectlOnPath();
if (HAVE_CORPUS && !haveKubectl) console.log('kustomize differential test SKIPPED: kubectl is not on PATH, so there is no real build to compare with');

describeWithCorpus('native kustomize build vs kubectl kustomize on the corpus', () => {
  const cache = haveKubectl ? mkdtempSync(path.join(os.tmpdir(), 'kustomize-diff-')) : '';
  afterAll(() => {
    if (cache) rmSync(cache, { recursive: true, force: true });
  });

  (haveKubectl ? it : it.skip)('builds every root it claims to build exactly as kubectl does, for every field the rules read', () => {
    const report: string[] = [];
    const mismatched: string[] = [];
    let matched = 0;
    let native = 0;
    let cannot = 0;
    let incomplete = 0;
    let total = 0;
    for (const repo of reposWithKustomizations()) {
      const cwd = path.join(CORPUS, repo);
      const collected = collectFiles({ cwd, paths: ['.'] });
      const files = collected.files.map((f) => loadFile(f));
      const result = buildKustomizations(files);
      for (const root of result.roots) {
        total++;
        const where = `${repo}/${root.dir}`;
        const real = kubectlBuild(path.join(cwd, root.dir), cache);
        if (root.how !== 'native') {
          cannot++;
          report.push(`CANNOT BUILD ${where}: ${root.reason ?? root.how}${'error' in real ? ` (kubectl fails too: ${real.error})` : ''}`);
          continue;
        }
        const objects = result.documents.filter((d) => d.builtBy === root.dir).map((d) => d.value);
        if ('error' in real && /no such file or directory/.test(real.error)) {
          // The corpus keeps manifests, not every file a generator reads (config.properties).
          incomplete++;
          report.push(`CORPUS COPY INCOMPLETE ${where}: kubectl needs a file the corpus lacks: ${real.error.slice(real.error.indexOf('err='))}`);
          continue;
        }
        if ('error' in real) {
          mismatched.push(where);
          report.push(`DIFFERS ${where}: built natively, but kubectl fails: ${real.error}`);
          continue;
        }
        native++;
        const generated = new Set(
          objects.flatMap((o) => {
            const m = o as { kind?: string; metadata?: { name?: string } };
            return m.kind === 'ConfigMap' || m.kind === 'Secret' ? [`${m.kind}/${m.metadata?.name ?? ''}`] : [];
          }),
        );
        const diffs = compareBuilds(objects, real.objects, generated);
        if (diffs.length === 0) {
          matched++;
          report.push(`MATCH ${where} (${objects.length} objects)`);
        } else {
          mismatched.push(where);
          report.push(`DIFFERS ${where}:\n    ${diffs.slice(0, 15).join('\n    ')}`);
        }
      }
    }
    console.log(
      `kustomize differential: ${total} roots; ${native} built natively, ${matched} of them match kubectl (${native ? ((100 * matched) / native).toFixed(1) : '0'} %); ` +
        `${cannot} not built natively; ${incomplete} built natively where kubectl lacks a file the corpus copy left out\n${report.join('\n')}`,
    );
    expect(total).toBeGreaterThan(50);
    expect(mismatched).toEqual([]);
  });
});
