/**
 * What the corpus's kustomization builds add to a full review (issue 13). Bundled and run by
 * bench/kustomize.mjs. Each run parses the whole corpus, then, alternating so that machine noise
 * hits all alike: the review as it is (builds included), the same review with the model built
 * from the raw files (as before builds existed), and the builds alone. Medians of CPU time, in ms.
 */
import { collectFiles } from '../src/collect/collect.js';
import { loadTree, runRules, type LoadedTree } from '../src/engine/review.js';
import { buildKustomizations } from '../src/load/kustomize/index.js';
import { loadFile } from '../src/load/yaml.js';
import { buildModel } from '../src/model/build.js';

const corpus = process.argv[2];
const runs = Number(process.env['BENCH_RUNS'] ?? 5);
if (!corpus) throw new Error('usage: kustomize-cost <corpus dir>');
const now = new Date('2026-06-01T00:00:00Z');

// CPU time of this process, not wall time: the machines these run on are shared, and a
// neighbour's load would otherwise land in whichever phase it happened to overlap.
const time = (fn: () => unknown): number => {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const collected = collectFiles({ cwd: corpus, paths: ['.'] });
const parse: number[] = [];
const withBuilds: number[] = [];
const withoutBuilds: number[] = [];
const buildsOnly: number[] = [];
let summary = '';
for (let i = 0; i < runs; i++) {
  let loaded = collected.files.map((f) => loadFile(f));
  parse.push(time(() => (loaded = collected.files.map((f) => loadFile(f)))));
  withBuilds.push(time(() => runRules(loadTree(loaded, collected.findings), { now })));
  withoutBuilds.push(
    time(() => {
      const tree: LoadedTree = { files: loaded, model: buildModel(loaded), inputFindings: [...collected.findings, ...loaded.flatMap((f) => f.findings)] };
      runRules(tree, { now });
    }),
  );
  buildsOnly.push(
    time(() => {
      const r = buildKustomizations(loaded);
      summary = `${r.roots.length} roots (${r.roots.filter((x) => x.how === 'native').length} native), ${r.documents.length} built objects, ${r.consumed.size} files consumed`;
    }),
  );
}
const p = median(parse);
const a = median(withBuilds);
const b = median(withoutBuilds);
const k = median(buildsOnly);
console.log(`corpus: ${collected.files.length} files; ${summary}; ${runs} runs, medians`);
console.log(`parse ${p.toFixed(0)} ms; model+rules with builds ${a.toFixed(0)} ms, without builds ${b.toFixed(0)} ms; builds alone ${k.toFixed(0)} ms`);
console.log(
  `full review (parse + model + rules): ${(p + a).toFixed(0)} ms with builds vs ${(p + b).toFixed(0)} ms without: ${(((a - b) / (p + b)) * 100).toFixed(1)} % extra; ` +
    `the builds alone are ${((k / (p + a)) * 100).toFixed(1)} % of the full review`,
);
