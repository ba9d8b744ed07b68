// Entry bundled by bench/yaml-load.mjs: the YAML loader alone (parse, values, positions, document
// spans, template and duplicate-key checks) against the bare parsers, in one process, on the same
// texts already in memory, rounds interleaved.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadFile } from '../src/load/yaml.js';

// Resolved from the repository (bench/yaml-load.mjs passes it), not bundled: the bare parsers
// as bench/baseline.mjs runs them, js-yaml 5 by its CommonJS build.
const require = createRequire(`${process.env.BENCH_ROOT ?? process.cwd()}/package.json`);
const jsYaml4 = require('js-yaml-4') as { loadAll: (text: string) => unknown[] };
const jsYaml5 = require('js-yaml') as { loadAll: (text: string) => unknown[]; parseEvents: (text: string) => unknown };
const tree = process.argv[2] ?? '../shared/corpus';
const rounds = Number(process.env.BENCH_RUNS ?? 7);
const files = execFileSync('find', [tree, '-type', 'f', '(', '-name', '*.yaml', '-o', '-name', '*.yml', '-o', '-name', '*.json', ')'], {
  encoding: 'utf8',
  maxBuffer: 1 << 28,
})
  .split('\n')
  .filter(Boolean)
  .sort()
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
// A file a parser rejects still costs its attempt (the loader goes on to salvage what it can).
const attempt = (parse: (text: string) => unknown) => (f: { text: string }) => {
  try {
    parse(f.text);
  } catch {
    // counted as tried
  }
};
const contenders: [string, (f: { path: string; text: string }) => unknown][] = [
  ['the loader (loadFile)', (f) => loadFile(f)],
  ['js-yaml 4 loadAll', attempt(jsYaml4.loadAll)],
  ['js-yaml 5 CJS loadAll', attempt(jsYaml5.loadAll)],
  ['js-yaml 5 parseEvents alone', attempt(jsYaml5.parseEvents)],
];
const cpu = contenders.map(() => [] as number[]);
for (let r = 0; r < rounds; r++) {
  contenders.forEach(([, load], i) => {
    const before = process.cpuUsage();
    for (const f of files) load(f);
    const used = process.cpuUsage(before);
    cpu[i]?.push((used.user + used.system) / 1000);
  });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const fastest = Math.min(median(cpu[1] ?? []), median(cpu[2] ?? []));
const megabytes = files.reduce((n, f) => n + f.text.length, 0) / 1e6;
console.log(`${tree}: ${files.length} files, ${megabytes.toFixed(1)} MB, ${rounds} interleaved rounds, CPU ms (medians)`);
contenders.forEach(([name], i) => {
  const ms = median(cpu[i] ?? []);
  console.log(`| ${name} | ${ms.toFixed(0)} ms | ${(ms / fastest).toFixed(2)}× the faster loadAll |`);
});
