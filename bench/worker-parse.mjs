// `node bench/worker-parse.mjs TREE... [--runs N]`: would parsing in worker threads (both cores)
// make the review faster? An upper bound, measured on the parse floor itself: read and parse every
// YAML/JSON file of each tree with js-yaml's CommonJS build (the bundle's parser)
//   - in the main thread,
//   - in 2 workers that send the parsed values back (structured clone: the review needs them in
//     the main thread, where the model and the rules run),
//   - in 2 workers that send back nothing (parallel parse alone, an unreachable best case).
// Each configuration runs in a fresh process (worker start-up included), alternating; medians.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const self = fileURLToPath(import.meta.url);

function parseFiles(files) {
  const { loadAll } = require('js-yaml');
  const values = [];
  for (const file of files) {
    try {
      values.push(loadAll(readFileSync(file, 'utf8')));
    } catch {
      values.push(null); // a file the parser rejects still costs its read and parse attempt
    }
  }
  return values;
}

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== '.git') walk(p, out);
    } else if (e.isFile() && /\.(ya?ml|json)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** Splits files into `n` shares of about equal bytes (largest first, each to the lightest share). */
function shares(files, n) {
  // Sizes from stat: reading the files here would charge the workers a second read.
  const sized = files.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size);
  const out = Array.from({ length: n }, () => ({ files: [], bytes: 0 }));
  for (const { f, size } of sized) {
    const lightest = out.reduce((a, b) => (b.bytes < a.bytes ? b : a));
    lightest.files.push(f);
    lightest.bytes += size;
  }
  return out.map((s) => s.files);
}

async function inWorkers(files, sendBack) {
  const parts = shares(files, 2);
  const results = await Promise.all(
    parts.map(
      (part) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(self, { workerData: { files: part, sendBack } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  return results.reduce((n, r) => n + (Array.isArray(r) ? r.length : r), 0);
}

if (!isMainThread) {
  const values = parseFiles(workerData.files);
  parentPort.postMessage(workerData.sendBack ? values : values.length);
} else if (process.argv[2] === '--child') {
  // One measured configuration, in its own process.
  const [, , , mode, list] = process.argv;
  const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  const started = performance.now();
  const parsed = mode === 'main' ? parseFiles(files).length : await inWorkers(files, mode === 'workers-send');
  process.stdout.write(`${(performance.now() - started).toFixed(1)} ${parsed}\n`);
} else {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 7;
  const trees = args.filter((a, i) => a !== '--runs' && i !== runsAt + 1);
  const { writeFileSync, mkdtempSync } = await import('node:fs');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'worker-parse-'));
  const modes = ['main', 'workers-send', 'workers-count'];
  console.log(
    `machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, Node ${process.version}, load ${os.loadavg()[0].toFixed(1)}; ${runs} runs, medians (ms from process start of the parse to its end)`,
  );
  for (const tree of trees) {
    const files = walk(tree);
    const list = path.join(tmp, 'files.txt');
    writeFileSync(list, files.join('\n'));
    const times = Object.fromEntries(modes.map((m) => [m, []]));
    for (let i = 0; i < runs; i++) {
      for (const mode of modes) {
        const r = spawnSync(process.execPath, [self, '--child', mode, list], { encoding: 'utf8', maxBuffer: 1 << 28 });
        times[mode].push(Number(r.stdout.split(' ')[0]));
      }
    }
    const med = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
    const main = med(times.main);
    console.log(
      `${tree} (${files.length} files): ` + modes.map((m) => `${m} ${med(times[m]).toFixed(0)} ms (${(med(times[m]) / main).toFixed(2)}×)`).join(', '),
    );
  }
}
