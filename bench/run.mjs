// `npm run bench`: times the bundled CLI against the fastest bare parse of the same files, on a
// synthetic 10,000-document repo and on ../shared/corpus. Machines here are noisy, so every
// figure is a ratio to the baseline measured in the same run (median of several alternating runs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticRepo } from './synthetic.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.bench');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const rssPreload = path.join(root, 'bench', 'report-rss.mjs');
const rssFile = path.join(work, 'rss.txt');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs `node --import report-rss args` in cwd; returns wall milliseconds and peak RSS (KiB). */
function measure(args, cwd, env = {}) {
  writeFileSync(rssFile, '');
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--import', rssPreload, ...args], {
    cwd,
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const rss = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return { ms, rss, stdout: result.stdout };
}

function walk(dir) {
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

function readdirSyncSafe(d) {
  try {
    return readdirSync(d, { withFileTypes: true });
  } catch {
    return [];
  }
}

// The honest floor is the fastest parse of the same files measured in the same run, so both
// baselines run and the review's ratio is taken against whichever was faster.
const BASELINES = ['js-yaml-4', 'js-yaml-5-cjs'];

function compare(label, tree, extraCliArgs = [], cliEnv = {}) {
  const files = walk(tree);
  const listPath = path.join(work, `${label}.files.txt`);
  writeFileSync(listPath, files.join('\n'));
  const baselineArgs = (parser) => [path.join(root, 'bench', 'baseline.mjs'), parser, listPath];
  const cliArgs = [path.join(root, 'dist', 'cli.js'), '--format', 'json', ...extraCliArgs, tree];
  const baselines = Object.fromEntries(BASELINES.map((parser) => [parser, []]));
  const cli = [];
  // Alternate them so drifts in machine load hit all alike; the first round warms the disk cache.
  for (const parser of BASELINES) measure(baselineArgs(parser), root);
  measure(cliArgs, root, cliEnv);
  for (let i = 0; i < runs; i++) {
    for (const parser of BASELINES) baselines[parser].push(measure(baselineArgs(parser), root));
    cli.push(measure(cliArgs, root, cliEnv));
  }
  const parsers = BASELINES.map((parser) => ({
    parser,
    ms: median(baselines[parser].map((r) => r.ms)),
    rssMiB: median(baselines[parser].map((r) => r.rss)) / 1024,
  }));
  const fastest = parsers.reduce((a, b) => (b.ms < a.ms ? b : a));
  const c = median(cli.map((r) => r.ms));
  const cRss = median(cli.map((r) => r.rss)) / 1024;
  return { label, files: files.length, parsers, fastest, cliMs: c, ratio: c / fastest.ms, cliRssMiB: cRss, rssRatio: cRss / fastest.rssMiB };
}

mkdirSync(work, { recursive: true });
if (!existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/cli.js is missing: run npm run bundle');
const synthetic = path.join(work, 'synthetic');
const documents = writeSyntheticRepo(synthetic);
const corpus = path.resolve(root, '..', 'shared', 'corpus');

const results = [compare('synthetic', synthetic)];
if (existsSync(corpus)) results.push(compare('corpus', corpus));

// A pull request's review: the synthetic repo committed, 5 files changed, reviewed against the
// commit (`--base-ref HEAD`, filter `changed`), compared with a full review of the same tree.
const repo = path.join(work, 'synthetic-pr');
rmSync(repo, { recursive: true, force: true });
writeSyntheticRepo(repo);
const git = (...args) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
git('init', '--quiet');
git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'add', '.');
git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '--quiet', '-m', 'base');
const changed = walk(path.join(repo, 'apps')).slice(0, 5);
for (const f of changed)
  writeFileSync(
    f,
    readFileSync(f, 'utf8').replace(/memory: (\d+)Mi/, (_, n) => `memory: ${Number(n) + 64}Mi`),
  );
const full = [];
const pr = [];
for (let i = 0; i < runs; i++) {
  full.push(measure([path.join(root, 'dist', 'cli.js'), '--format', 'json', '.'], repo).ms);
  pr.push(measure([path.join(root, 'dist', 'cli.js'), '--format', 'json', '--base-ref', 'HEAD', '.'], repo).ms);
}

// Start-up of the bundled action: imports done, inputs read, an empty tree reviewed.
const empty = path.join(work, 'empty');
rmSync(empty, { recursive: true, force: true });
mkdirSync(empty, { recursive: true });
const startupEnv = {
  GITHUB_WORKSPACE: empty,
  INPUT_PATHS: '.',
  INPUT_TOKEN: '',
  GITHUB_EVENT_NAME: 'workflow_dispatch',
  GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'),
  GITHUB_OUTPUT: path.join(work, 'output.txt'),
};
writeFileSync(startupEnv.GITHUB_STEP_SUMMARY, '');
writeFileSync(startupEnv.GITHUB_OUTPUT, '');
const bare = [];
const action = [];
const inputsRead = [];
for (let i = 0; i < runs; i++) {
  bare.push(measure(['-e', ''], empty).ms);
  action.push(measure([path.join(root, 'dist', 'index.js')], empty, startupEnv).ms);
  // An invalid input stops the action right after its imports and input parsing: start-up alone.
  inputsRead.push(measure([path.join(root, 'dist', 'index.js')], empty, { ...startupEnv, 'INPUT_FAIL-ON': 'bogus' }).ms);
}

const lines = [];
lines.push(
  `date: ${new Date().toISOString().slice(0, 10)}; machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${runs} runs each, medians`,
);
lines.push(`synthetic repo: ${documents} documents`);
lines.push('');
lines.push(
  '| tree | files | js-yaml 4 parse | js-yaml 5 CJS parse | full review | ratio to the fastest parse | fastest parse peak RSS | review peak RSS | RSS ratio |',
);
lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  const parseCells = r.parsers.map((p) => `${p.ms.toFixed(0)} ms${p === r.fastest ? ' (fastest)' : ''}`).join(' | ');
  lines.push(
    `| ${r.label} | ${r.files} | ${parseCells} | ${r.cliMs.toFixed(0)} ms | ${r.ratio.toFixed(2)}× | ${r.fastest.rssMiB.toFixed(0)} MiB | ${r.cliRssMiB.toFixed(0)} MiB | ${r.rssRatio.toFixed(2)}× |`,
  );
}
lines.push('');
lines.push(
  `pull request (5 of ${walk(repo).length} files changed, --base-ref HEAD): ${median(pr).toFixed(0)} ms vs full review ${median(full).toFixed(0)} ms → ${(median(pr) / median(full)).toFixed(2)}×`,
);
lines.push('');
lines.push(
  `action start-up (imports done, inputs read): ${(median(inputsRead) - median(bare)).toFixed(0)} ms beyond a bare \`node -e ''\` (${median(bare).toFixed(0)} ms); a whole run on an empty tree: ${(median(action) - median(bare)).toFixed(0)} ms beyond it`,
);
process.stdout.write(`${lines.join('\n')}\n`);
