// `node bench/trees.mjs` (also run by `npm run bench`): the full review against the fastest parse
// of the same files, on the synthetic 10k repo, on ../shared/corpus, and on synthetic repos of
// growing size (scaling: time per document and RSS ratio per size).
//   BENCH_TREES  comma list of synthetic, corpus, scaling (default: all three)
//   BENCH_SIZES  document counts for scaling (default 1000,10000,50000,100000)
//   BENCH_RUNS   rounds per tree (default 7)
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compare, comparison, interleave, machineLine, measure, median, root, work } from './measure.mjs';
import { SYNTHETIC_DOCUMENTS, writeSyntheticRepo } from './synthetic.mjs';

const DEFAULT_SIZES = [1_000, 10_000, 50_000, 100_000];

function list(value, fallback) {
  return value === undefined || value.trim() === '' ? fallback : value.split(',').map((s) => s.trim());
}

export function benchTrees(env = process.env) {
  const trees = new Set(list(env.BENCH_TREES, ['synthetic', 'corpus', 'scaling']));
  const sizes = list(env.BENCH_SIZES, DEFAULT_SIZES).map(Number);
  mkdirSync(work, { recursive: true });
  if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run npm run bundle');
  const lines = [];
  const results = [];
  if (trees.has('synthetic')) {
    const synthetic = path.join(work, 'synthetic');
    writeSyntheticRepo(synthetic, SYNTHETIC_DOCUMENTS);
    results.push(compare(`synthetic ${SYNTHETIC_DOCUMENTS / 1000}k`, synthetic));
  }
  const corpus = path.resolve(root, '..', 'shared', 'corpus');
  if (trees.has('corpus') && existsSync(corpus)) results.push(compare('corpus', corpus));
  if (results.length > 0) {
    lines.push(
      '| tree | files | js-yaml 4 parse | js-yaml 5 CJS parse | full review | ratio to the fastest parse | fastest parse peak RSS | review peak RSS | RSS ratio |',
    );
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of results) {
      const parseCells = r.parsers.map((p) => `${p.ms.toFixed(0)} ms${p === r.fastest ? ' (fastest)' : ''}`).join(' | ');
      lines.push(
        `| ${r.label} | ${r.files} | ${parseCells} | ${r.crashed ? `crashed: ${r.crashed}` : `${r.cliMs.toFixed(0)} ms`} | ${r.ratio.toFixed(2)}× | ${r.fastest.rssMiB.toFixed(0)} MiB | ${r.cliRssMiB.toFixed(0)} MiB | ${r.rssRatio.toFixed(2)}× |`,
      );
    }
    lines.push('');
  }
  if (trees.has('scaling')) {
    // Every size is written first and measured in the same rounds, one size after another, with
    // the empty tree among them: a slope compares two sizes, so both must see the same machine.
    const dirs = sizes.map((size) => path.join(work, `synthetic-${size}`));
    const documentCounts = sizes.map((size, i) => writeSyntheticRepo(dirs[i], size));
    // Per document, the fixed cost of any run (Node, the bundle's imports, an empty review) is taken
    // out: it is most of a 1k-document run and would make the small trees look slow per document.
    const empty = path.join(work, 'empty-tree');
    rmSync(empty, { recursive: true, force: true });
    mkdirSync(empty, { recursive: true });
    const emptyRuns = [];
    const emptyReview = () => measure([path.join(root, 'dist', 'cli.js'), '--format', 'json', empty], root);
    // Every size as many rounds: a slope is the difference of two medians, and three rounds of the
    // largest trees (from when a round of them took a minute) left it moving by ±20 % between runs.
    const measured = interleave([
      { warm: emptyReview, round: () => emptyRuns.push(emptyReview()), result: () => undefined },
      ...sizes.map((size, i) => comparison(`synthetic-${size}`, dirs[i])),
    ]).slice(1);
    const scaled = measured.map((r, i) => ({ ...r, documents: documentCounts[i] }));
    // 100k documents is 20,000 files: rewritten on every run (same seed, same bytes).
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    const fixedMs = median(emptyRuns.map((r) => r.ms));
    const fixedCpuMs = median(emptyRuns.map((r) => r.cpuMs));
    const reference = scaled.find((r) => r.documents === 10_000) ?? scaled[0];
    const perDoc = (r) => ((r.cliMs - fixedMs) * 1000) / r.documents;
    // Linear means each added document costs the same: the slope between one size and the next.
    // The first size's slope starts at the empty tree, so it also carries the JIT's warm-up (code
    // that only documents run is compiled during the first few hundred of them), a fixed cost.
    // The same in CPU time (every thread of the process): wall time on a shared machine drifts
    // within a run by more than the ±15 % a slope is judged by; CPU time drifts less. Both shown.
    const slopesOf = (cost, fixed) =>
      scaled.map((r, i) => {
        const previous = i === 0 ? undefined : scaled[i - 1];
        if (r.crashed || previous?.crashed) return undefined;
        return ((cost(r) - (previous ? cost(previous) : fixed)) * 1000) / (r.documents - (previous?.documents ?? 0));
      });
    const meanAfterFirst = (slopes) => {
      const measured = slopes.filter((s, i) => s !== undefined && i > 0);
      return measured.length > 0 ? measured.reduce((a, b) => a + b, 0) / measured.length : undefined;
    };
    const slopes = slopesOf((r) => r.cliMs, fixedMs);
    const meanSlope = meanAfterFirst(slopes);
    const cpuSlopes = slopesOf((r) => r.cliCpuMs, fixedCpuMs);
    const meanCpuSlope = meanAfterFirst(cpuSlopes);
    const percent = (value) => `${value >= 0 ? '+' : ''}${value.toFixed(0)} %`;
    lines.push(
      '| documents | files | fastest parse | full review | review µs/document beyond an empty-tree run | vs 10k | µs per added document (from the previous size) | vs the mean of the slopes after the first | CPU µs per added document | vs the mean of the CPU slopes after the first | ratio to the fastest parse | review peak RSS | RSS ratio | JSON report |',
    );
    lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    scaled.forEach((r, i) => {
      const change = reference ? (perDoc(r) / perDoc(reference) - 1) * 100 : 0;
      const drift = reference ? percent(change) : '';
      const cells = (slope, mean) =>
        slope === undefined
          ? '| | |'
          : `| ${slope.toFixed(0)}${i === 0 ? ' (from the empty tree)' : ''} | ${i === 0 || mean === undefined ? '' : percent((slope / mean - 1) * 100)} |`;
      const slopeCells = `${cells(slopes[i], meanSlope)} ${cells(cpuSlopes[i], meanCpuSlope).slice(2)}`;
      lines.push(
        r.crashed
          ? `| ${r.documents} | ${r.files} | ${r.fastest.ms.toFixed(0)} ms (${r.fastest.parser}) | crashed: ${r.crashed} | | | | | | | | ${r.cliRssMiB.toFixed(0)} MiB | | |`
          : `| ${r.documents} | ${r.files} | ${r.fastest.ms.toFixed(0)} ms (${r.fastest.parser}) | ${r.cliMs.toFixed(0)} ms | ${perDoc(r).toFixed(0)} | ${drift} ${slopeCells} ${r.ratio.toFixed(2)}× | ${r.cliRssMiB.toFixed(0)} MiB | ${r.rssRatio.toFixed(2)}× | ${r.reportMiB.toFixed(2)} MiB |`,
      );
    });
    lines.push('', `(a review of an empty tree: ${fixedMs.toFixed(0)} ms, ${fixedCpuMs.toFixed(0)} ms CPU)`);
    lines.push('');
  }
  lines.push(machineLine(os));
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${benchTrees()}\n`);
}
