// Entry bundled by bench/terraform-load.mjs: the loaders alone, timed per file.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseHcl } from '../src/load/hcl-parser.js';
import { loadTerraformFile } from '../src/load/terraform.js';
import { loadFile } from '../src/load/yaml.js';

const corpus = process.argv[2] ?? '../shared/corpus';
const rounds = Number(process.env.BENCH_RUNS ?? 7);
const list = (...names: string[]) =>
  execFileSync('find', [corpus, '-type', 'f', '(', ...names.flatMap((n, i) => (i ? ['-o', '-name', n] : ['-name', n])), ')'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .sort()
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

type Files = { path: string; text: string }[];
const tf = list('*.tf', '*.tfvars');
const yaml = list('*.yaml', '*.yml');
const contenders: { name: string; files: Files; load: (f: { path: string; text: string }) => unknown }[] = [
  { name: 'Terraform (.tf, .tfvars): the loader (parse, positions, embedded manifests)', files: tf, load: loadTerraformFile },
  { name: '  of which the HCL parse alone', files: tf, load: (f) => parseHcl(f.text) },
  { name: 'YAML (.yaml, .yml): the loader', files: yaml, load: (f) => loadFile(f) },
];
// Rounds interleave the contenders, so that a burst of load on the shared machine hits each alike.
const runs = contenders.map(() => [] as number[]);
for (let r = 0; r < rounds; r++) {
  contenders.forEach((c, i) => {
    const t = performance.now();
    for (const f of c.files) c.load(f);
    runs[i]?.push(performance.now() - t);
  });
}
const kb = (files: Files) => files.reduce((n, f) => n + f.text.length, 0) / 1024;
const perFile: number[] = [];
contenders.forEach((c, i) => {
  const sorted = (runs[i] ?? []).sort((a, b) => a - b);
  const ms = sorted[Math.floor(sorted.length / 2)] ?? 0;
  perFile.push(ms / c.files.length);
  console.log(
    `${c.name}: ${c.files.length} files, ${kb(c.files).toFixed(0)} KiB, ${ms.toFixed(0)} ms (median of ${rounds}) = ${(ms / c.files.length).toFixed(3)} ms/file, ${(ms / kb(c.files)).toFixed(4)} ms/KiB`,
  );
});
const [tfLoad, , yamlLoad] = perFile;
console.log(`per-file load, Terraform / YAML: ${((tfLoad ?? 0) / (yamlLoad ?? 1)).toFixed(2)}`);
