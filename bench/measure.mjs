// What every bench script shares: spawn a measured Node process (wall time and peak RSS), list a
// tree's YAML/JSON files, and compare the bundled CLI's review of a tree against the fastest bare
// parse of the same files in the same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const work = path.join(root, '.bench');
export const runs = Number(process.env.BENCH_RUNS ?? 7);
const rssPreload = path.join(root, 'bench', 'report-rss.mjs');
const rssFile = path.join(work, 'rss.txt');

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Runs `node --import report-rss args` in cwd; returns wall milliseconds, CPU milliseconds (user
 * + system of every thread: the collector's and compiler's too), peak RSS (KiB) and whether it crashed (any exit but 0 and 1, the CLI's "findings" status). A crash is a result to
 * report, not a reason to stop the bench: 100k documents once ran out of memory.
 */
export function measure(args, cwd, env = {}, nodeOptions = []) {
  mkdirSync(work, { recursive: true });
  writeFileSync(rssFile, '');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...nodeOptions, '--import', rssPreload, ...args], {
    cwd,
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 2 * 1024 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const crashed = result.status !== 0 && result.status !== 1;
  const [rss, cpuMicros] = (readFileSync(rssFile, 'utf8').trim().split('\n').pop() ?? '').split(' ').map((n) => (n === '' ? NaN : Number(n)));
  const stderr = crashed
    ? String(result.stderr ?? result.error ?? '')
        .trim()
        .split('\n')
        .slice(-3)
        .join(' ')
    : '';
  return { ms, cpuMs: (cpuMicros ?? NaN) / 1000, rss: rss ?? NaN, crashed, stderr, outputBytes: result.stdout?.length ?? 0 };
}

function readdirSyncSafe(d) {
  try {
    return readdirSync(d, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** The YAML and JSON files under dir, sorted (what the parse baselines read). */
export function walk(dir) {
  const entries = [];
  const visit = (d) => {
    for (const e of readdirSyncSafe(d)) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && e.name !== '.git') visit(p);
      } else if (e.isFile() && /\.(ya?ml|json)$/.test(e.name)) entries.push(p);
    }
  };
  visit(dir);
  return entries.sort();
}

// The honest floor is the fastest parse of the same files measured in the same run, so both
// baselines run and the review's ratio is taken against whichever was faster.
export const BASELINES = ['js-yaml-4', 'js-yaml-5-cjs'];

/**
 * One tree's comparison, measured a round at a time so that several trees can share rounds
 * (`compareInterleaved`): the bundled CLI's JSON review of `tree` against both parse baselines,
 * alternating them so drifts in machine load hit all alike. `warm` only warms the disk cache.
 */
export function comparison(label, tree) {
  const files = walk(tree);
  const listPath = path.join(work, `${label}.files.txt`);
  writeFileSync(listPath, files.join('\n'));
  const baselineArgs = (parser) => [path.join(root, 'bench', 'baseline.mjs'), parser, listPath];
  const cliArgs = [path.join(root, 'dist', 'cli.js'), '--format', 'json', tree];
  const baselines = Object.fromEntries(BASELINES.map((parser) => [parser, []]));
  const cli = [];
  return {
    warm() {
      for (const parser of BASELINES) measure(baselineArgs(parser), root);
      measure(cliArgs, root);
    },
    round() {
      for (const parser of BASELINES) baselines[parser].push(measure(baselineArgs(parser), root));
      cli.push(measure(cliArgs, root));
    },
    result() {
      const parsers = BASELINES.map((parser) => ({
        parser,
        ms: median(baselines[parser].map((r) => r.ms)),
        rssMiB: median(baselines[parser].map((r) => r.rss)) / 1024,
      }));
      const fastest = parsers.reduce((a, b) => (b.ms < a.ms ? b : a));
      const crashed = cli.find((r) => r.crashed);
      const cliMs = median(cli.map((r) => r.ms));
      const cliCpuMs = median(cli.map((r) => r.cpuMs));
      const cliRssMiB = median(cli.map((r) => r.rss)) / 1024;
      return {
        label,
        files: files.length,
        parsers,
        fastest,
        cliMs,
        cliCpuMs,
        ratio: cliMs / fastest.ms,
        cliRssMiB,
        rssRatio: cliRssMiB / fastest.rssMiB,
        reportMiB: median(cli.map((r) => r.outputBytes)) / 2 ** 20,
        crashed: crashed ? crashed.stderr || 'crashed' : undefined,
      };
    },
  };
}

/** Times the bundled CLI's JSON review of `tree` against both parse baselines, `rounds` times after a warm-up. Medians. */
export function compare(label, tree, { rounds = runs } = {}) {
  return interleave([comparison(label, tree)], rounds)[0];
}

/**
 * Measures several comparisons (anything with `warm`, `round` and `result`) whose figures are
 * compared with each other, as the scaling slopes are: each round measures every one in turn, so
 * that the machine's speed, which moves by the minute on these shared machines, is the same for all
 * of them (measured one tree after another, a slope between two sizes moved by more than the ±15 % it
 * is judged by). Results in the order given.
 */
export function interleave(comparisons, rounds = runs) {
  for (const one of comparisons) one.warm();
  for (let i = 0; i < rounds; i++) for (const one of comparisons) one.round();
  return comparisons.map((one) => one.result());
}

/** The bench's machine line: cores, CPU, memory, Node, and the load average when it ran. */
export function machineLine(os) {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  return `date: ${new Date().toISOString().slice(0, 10)}; machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; load average (1/5/15 min) at the end: ${load}; ${runs} runs each, medians`;
}
