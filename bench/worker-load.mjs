// `node bench/worker-load.mjs [tree ...]`: would loading on both cores make the review faster?
// Bundles bench/worker-load-entry.ts with ncc (the worker is the same bundle, as it would be in
// dist/) and runs each configuration in a fresh process, rounds interleaved (BENCH_RUNS, default
// 7): the load stage (read, load, model objects, release) in the main thread alone, split by bytes
// with one worker that sends back nothing (the ceiling), and with one that sends back what the
// main thread would need (values, texts, findings, packed positions transferred). Medians of the
// stage's wall time, the process's CPU time (all threads) and peak RSS; the load average too.
// Default trees: the synthetic 10k repo (written to .bench/) and ../shared/corpus when present.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineLine, median, root, walk, work } from './measure.mjs';
import { SYNTHETIC_DOCUMENTS, writeSyntheticRepo } from './synthetic.mjs';

let trees = process.argv.slice(2);
if (trees.length === 0) {
  const synthetic = path.join(work, 'synthetic');
  writeSyntheticRepo(synthetic, SYNTHETIC_DOCUMENTS);
  trees = [synthetic, path.resolve(root, '..', 'shared', 'corpus')].filter((t) => existsSync(t));
}
const runs = Number(process.env.BENCH_RUNS ?? 7);
const modes = ['main', 'split', 'transfer'];
const out = mkdtempSync(path.join(os.tmpdir(), 'manifest-review-workerload-'));
try {
  execFileSync(process.execPath, [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'bench/worker-load-entry.ts', '-o', out, '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  console.log(machineLine(os));
  for (const tree of trees) {
    const list = path.join(out, 'files.txt');
    writeFileSync(list, walk(tree).join('\n'));
    const results = Object.fromEntries(modes.map((m) => [m, []]));
    const loads = [];
    for (let r = 0; r < runs; r++) {
      loads.push(os.loadavg()[0]);
      for (const mode of modes) {
        const child = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, path.join(out, 'index.js'), mode, list], {
          encoding: 'utf8',
          maxBuffer: 1 << 26,
        });
        if (child.status !== 0) throw new Error(`${mode} failed: ${child.stderr}`);
        const row = JSON.parse(child.stdout.trim().split('\n').pop());
        row.rssMiB = Number(child.stderr.trim().split('\n').pop()) / 1024;
        results[mode].push(row);
      }
    }
    const med = (mode, key) => median(results[mode].map((row) => row[key]));
    const base = { ms: med('main', 'ms'), cpu: med('main', 'cpuMs') };
    console.log(`\n${tree}: ${results.main[0].documents} documents, load average ${median(loads).toFixed(1)} (1 min, median over the rounds)`);
    console.log('| load stage | wall | ÷ main | CPU (all threads) | ÷ main | peak RSS | worker start-up | worker load | main thread load |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const mode of modes) {
      const extra =
        mode === 'main'
          ? '| | |'
          : `| ${med(mode, 'workerStartup').toFixed(0)} ms | ${med(mode, 'workerLoad').toFixed(0)} ms | ${med(mode, 'mainLoad').toFixed(0)} ms |`;
      console.log(
        `| ${mode} | ${med(mode, 'ms').toFixed(0)} ms | ${(med(mode, 'ms') / base.ms).toFixed(2)}× | ${med(mode, 'cpuMs').toFixed(0)} ms | ${(med(mode, 'cpuMs') / base.cpu).toFixed(2)}× | ${med(mode, 'rssMiB').toFixed(0)} MiB ${extra}`,
      );
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
