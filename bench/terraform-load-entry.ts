// Entry bundled by bench/terraform-load.mjs: the loaders alone, timed per file.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadTerraformFile } from '../src/load/terraform.js';
import { prepareTerraformParser, terraformParser } from '../src/load/terraform-parser.js';
import { loadFile } from '../src/load/yaml.js';

const corpus = process.argv[2] ?? '../shared/corpus';
const list = (...names: string[]) =>
  execFileSync('find', [corpus, '-type', 'f', '(', ...names.flatMap((n, i) => (i ? ['-o', '-name', n] : ['-name', n])), ')'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

const started = performance.now();
await prepareTerraformParser();
const init = performance.now() - started;
const tf = list('*.tf', '*.tfvars');
const yaml = list('*.yaml', '*.yml');
const time = (files: { path: string; text: string }[], load: (f: { path: string; text: string }) => unknown, rounds = 5): number => {
  const runs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (const f of files) load(f);
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? 0;
};
const kb = (files: { text: string }[]) => files.reduce((n, f) => n + f.text.length, 0) / 1024;
const tfMs = time(tf, loadTerraformFile);
const yamlMs = time(yaml, (f) => loadFile(f));
// The parser alone (tree-sitter's parse, tree freed), to show where the Terraform time goes.
const available = terraformParser();
const parseMs = 'parser' in available ? time(tf, (f) => available.parser.parse(f.text)?.delete()) : NaN;
const row = (name: string, files: { text: string }[], ms: number) =>
  `${name}: ${files.length} files, ${kb(files).toFixed(0)} KiB, ${ms.toFixed(0)} ms (median of 5) = ${(ms / files.length).toFixed(2)} ms/file, ${(ms / kb(files)).toFixed(3)} ms/KiB`;
console.log(`parser initialisation (once, only with .tf files): ${init.toFixed(0)} ms`);
console.log(row('Terraform (.tf, .tfvars)', tf, tfMs));
console.log(row('  of which tree-sitter parse alone', tf, parseMs));
console.log(row('YAML (.yaml, .yml)', yaml, yamlMs));
