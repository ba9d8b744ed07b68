// Entry bundled by bench/worker-load.mjs: one configuration of the load stage per process —
// read each YAML/JSON file, load it (src/load/yaml.ts), build its model objects and release what
// no rule reads (src/model/release.ts), as a full review does file by file:
//   main      every file in the main thread;
//   split     a worker (this same bundle) started first loads about half the bytes while the main
//             thread loads the rest; the worker sends back only a count (an unreachable best case:
//             the review would need the worker's documents in the main thread);
//   transfer  the same, but the worker sends back what the main thread would have to rebuild its
//             documents from: each document's released value, the file's text and findings, and
//             the packed position events (Int32Arrays, transferred, not copied).
// Prints JSON: the stage's wall ms, the process's CPU ms so far (every thread), the worker's
// start-up ms (until its first line ran), its load ms, the main thread's own load ms, documents.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadFile } from '../src/load/yaml.js';
import type { LoadedFile } from '../src/load/types.js';
import { releaseUnreadValues } from '../src/model/release.js';

function loadAll(paths: readonly string[]): LoadedFile[] {
  const files: LoadedFile[] = [];
  for (const path of paths) {
    const loaded = loadFile({ path, text: readFileSync(path, 'utf8') });
    releaseUnreadValues([loaded]);
    files.push(loaded);
  }
  return files;
}

const count = (files: readonly LoadedFile[]) => files.reduce((n, f) => n + f.documents.length, 0);

/** What the main thread would need to rebuild a worker's documents (internals read as the bench's shortcut). */
function wire(files: readonly LoadedFile[]): { message: unknown; transfer: ArrayBuffer[] } {
  const buffers = new Set<ArrayBuffer>();
  const message = files.map((f) => ({
    path: f.path,
    text: f.text,
    findings: f.findings,
    documents: f.documents.map((d) => {
      const packed = (d as unknown as { parsed?: { packed?: Int32Array } }).parsed?.packed;
      if (packed) buffers.add(packed.buffer as ArrayBuffer);
      return { index: d.index, value: d.value, packed };
    }),
  }));
  return { message, transfer: [...buffers] };
}

function report(ms: number, workerStartup: number, workerLoad: number, mainLoad: number, documents: number): void {
  const cpu = process.cpuUsage();
  const round = (n: number) => Math.round(n * 10) / 10;
  console.log(
    JSON.stringify({
      ms: round(ms),
      cpuMs: round((cpu.user + cpu.system) / 1000),
      workerStartup: round(workerStartup),
      workerLoad: round(workerLoad),
      mainLoad: round(mainLoad),
      documents,
    }),
  );
}

if (!isMainThread) {
  const { paths, mode } = workerData as { paths: string[]; mode: string };
  const began = performance.timeOrigin + performance.now();
  const files = loadAll(paths);
  const loaded = performance.timeOrigin + performance.now();
  if (mode === 'transfer') {
    const { message, transfer } = wire(files);
    parentPort?.postMessage({ began, loaded, files: message }, transfer);
  } else parentPort?.postMessage({ began, loaded, documents: count(files) });
} else {
  const [mode = 'main', list = ''] = process.argv.slice(2);
  const paths = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  const started = performance.now();
  if (mode === 'main') {
    const documents = count(loadAll(paths));
    report(performance.now() - started, 0, 0, 0, documents);
  } else {
    // Split by bytes (sizes from stat: the collector knows them already): the largest files first,
    // each to the lighter side.
    const sized = paths.map((p) => ({ p, size: statSync(p).size })).sort((a, b) => b.size - a.size);
    const mine: string[] = [];
    const theirs: string[] = [];
    let mineBytes = 0;
    let theirBytes = 0;
    for (const { p, size } of sized) {
      if (mineBytes <= theirBytes) {
        mine.push(p);
        mineBytes += size;
      } else {
        theirs.push(p);
        theirBytes += size;
      }
    }
    const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { paths: theirs, mode } });
    // Listened for from the start: the worker may exit before the reply's continuation runs.
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    const back = new Promise<{ began: number; loaded: number; documents?: number; files?: { documents: unknown[] }[] }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const local = count(loadAll(mine));
    const mainDone = performance.now() - started;
    const reply = await back;
    const remote = reply.documents ?? reply.files?.reduce((n, f) => n + f.documents.length, 0) ?? 0;
    const origin = performance.timeOrigin + started;
    // stage ms, worker start-up (until its first line ran), worker's load, main's own load, documents
    await exited;
    report(performance.now() - started, reply.began - origin, reply.loaded - reply.began, mainDone, local + remote);
  }
}
