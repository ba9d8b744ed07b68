// `node bench/worker-review.mjs [tree ...]`: would running the review in a worker thread with a
// small young generation lower its peak RSS without costing time? Node takes
// `--max-semi-space-size` only at start-up (an action cannot pass it), but a Worker's
// `resourceLimits.maxYoungGenerationSizeMb` sets the young generation per isolate. Runs the bundled
// CLI (`dist/cli.js --format json TREE`, after `npm run bundle`) in fresh processes, rounds
// interleaved (BENCH_RUNS, default 7):
//   cli           as it is;
//   cli-semi1     with `node --max-semi-space-size=1` (what the flag would give, for reference);
//   worker        inside one Worker of this script, default limits (the worker's own cost);
//   worker-yN     inside one Worker with maxYoungGenerationSizeMb N (BENCH_YOUNG, default 3,6).
// Medians of wall time, CPU time (user + system, all threads) and peak RSS from /usr/bin/time;
// the load average. Default trees: an empty one, the synthetic 10k repo (written to .bench/) and
// ../shared/corpus when present.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { machineLine, median, root, work } from './measure.mjs';
import { SYNTHETIC_DOCUMENTS, writeSyntheticRepo } from './synthetic.mjs';

const cli = path.join(root, 'dist', 'cli.js');

if (process.argv[2] === '--child') {
  // One measured run: the CLI in a worker; its stdout and stderr go through this thread's.
  const young = Number(process.argv[3]);
  const worker = new Worker(cli, {
    argv: process.argv.slice(4),
    ...(young > 0 ? { resourceLimits: { maxYoungGenerationSizeMb: young } } : {}),
  });
  worker.on('error', (error) => {
    console.error(error);
    process.exitCode = 3;
  });
  worker.on('exit', (code) => {
    process.exitCode ??= code;
  });
} else {
  let trees = process.argv.slice(2);
  if (trees.length === 0) {
    const empty = path.join(work, 'empty');
    mkdirSync(empty, { recursive: true });
    const synthetic = path.join(work, 'synthetic');
    writeSyntheticRepo(synthetic, SYNTHETIC_DOCUMENTS);
    trees = [empty, synthetic, path.resolve(root, '..', 'shared', 'corpus')].filter((t) => existsSync(t));
  }
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const youngs = (process.env.BENCH_YOUNG ?? '3,6').split(',').map(Number);
  const self = fileURLToPath(import.meta.url);
  const configs = [
    ['cli', [cli]],
    ['cli-semi1', ['--max-semi-space-size=1', cli]],
    ['worker', [self, '--child', '0']],
    ...youngs.map((y) => [`worker-y${y}`, [self, '--child', String(y)]]),
  ];
  console.log(machineLine(os));
  for (const tree of trees) {
    const rows = Object.fromEntries(configs.map(([name]) => [name, []]));
    const loads = [];
    for (let r = 0; r < runs; r++) {
      loads.push(os.loadavg()[0]);
      for (const [name, args] of configs) {
        const child = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...args, '--format', 'json', tree], {
          encoding: 'utf8',
          maxBuffer: 1 << 30,
        });
        if (child.status !== 0 && child.status !== 1) throw new Error(`${name} on ${tree}: exit ${child.status}: ${child.stderr.slice(-500)}`);
        const [wall, user, system, rss] = child.stderr.trim().split('\n').pop().split(' ').map(Number);
        rows[name].push({ wall: wall * 1000, cpu: (user + system) * 1000, rss: rss / 1024, bytes: child.stdout.length });
      }
    }
    const med = (name, key) => median(rows[name].map((row) => row[key]));
    const outputs = new Set(configs.map(([name]) => med(name, 'bytes')));
    console.log(`\n${tree}: load average ${median(loads).toFixed(1)} (1 min, median over the rounds)${outputs.size === 1 ? '' : '; REPORT SIZES DIFFER'}`);
    console.log('| run | wall | ÷ cli | CPU | ÷ cli | peak RSS | ÷ cli |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [name] of configs) {
      const ratio = (key) => (med(name, key) / med('cli', key)).toFixed(2);
      console.log(
        `| ${name} | ${med(name, 'wall').toFixed(0)} ms | ${ratio('wall')}× | ${med(name, 'cpu').toFixed(0)} ms | ${ratio('cpu')}× | ${med(name, 'rss').toFixed(0)} MiB | ${ratio('rss')}× |`,
      );
    }
  }
}
