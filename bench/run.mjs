// `npm run bench`: times the bundled CLI against the fastest bare parse of the same files, on a
// synthetic 10,000-document repo, on ../shared/corpus and on synthetic repos of 1k–100k documents
// (bench/trees.mjs, which runs alone too), then a pull request's review and the action's start-up.
// Machines here are noisy, so every figure is a ratio to the baseline measured in the same run
// (median of several alternating runs).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { median, measure, root, runs, walk, work } from './measure.mjs';
import { writeSyntheticRepo } from './synthetic.mjs';
import { benchTrees } from './trees.mjs';

mkdirSync(work, { recursive: true });
// The full review against the fastest parse: synthetic 10k, the corpus, synthetic 1k–100k.
const trees = benchTrees();

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

const lines = [trees, ''];
lines.push(
  `pull request (5 of ${walk(repo).length} files changed, --base-ref HEAD): ${median(pr).toFixed(0)} ms vs full review ${median(full).toFixed(0)} ms → ${(median(pr) / median(full)).toFixed(2)}×`,
);
lines.push('');
lines.push(
  `action start-up (imports done, inputs read): ${(median(inputsRead) - median(bare)).toFixed(0)} ms beyond a bare \`node -e ''\` (${median(bare).toFixed(0)} ms); a whole run on an empty tree: ${(median(action) - median(bare)).toFixed(0)} ms beyond it`,
);
process.stdout.write(`${lines.join('\n')}\n`);
