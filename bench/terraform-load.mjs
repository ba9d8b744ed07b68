// `node bench/terraform-load.mjs [corpus]`: load cost per file of the corpus's Terraform files
// against its YAML files, each through its own loader (parse, positions, embedded manifests).
// Bundles bench/terraform-load-entry.ts with ncc (as dist/ is built) into a temporary folder.
// Then, as a baseline in the same run, the previous parser (web-tree-sitter with the HCL grammar,
// a devDependency kept for the differential test): its parse alone, on the same files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.argv[2] ?? path.join(root, '..', 'shared', 'corpus');
const out = mkdtempSync(path.join(tmpdir(), 'manifest-review-tfbench-'));
try {
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'bench/terraform-load-entry.ts', '-o', out, '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
  execFileSync(process.execPath, [path.join(out, 'index.js'), corpus], { stdio: 'inherit' });
} finally {
  rmSync(out, { recursive: true, force: true });
}

const require = createRequire(import.meta.url);
const { Parser, Language } = await import('web-tree-sitter');
const started = performance.now();
await Parser.init({ wasmBinary: readFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm')) });
const grammar = path.join(path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), 'tree-sitter-terraform.wasm');
const parser = new Parser();
parser.setLanguage(await Language.load(readFileSync(grammar)));
const init = performance.now() - started;
const files = execFileSync('find', [corpus, '-type', 'f', '(', '-name', '*.tf', '-o', '-name', '*.tfvars', ')'], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)
  .map((f) => readFileSync(f, 'utf8'));
const rounds = Number(process.env.BENCH_RUNS ?? 7);
const runs = [];
for (let r = 0; r < rounds; r++) {
  const t = performance.now();
  for (const text of files) parser.parse(text)?.delete();
  runs.push(performance.now() - t);
}
const ms = runs.sort((a, b) => a - b)[Math.floor(rounds / 2)];
console.log(
  `baseline, web-tree-sitter + tree-sitter-hcl parse alone (no tree copied out): ${files.length} files, ${ms.toFixed(0)} ms (median of ${rounds}) = ${(ms / files.length).toFixed(3)} ms/file; ${init.toFixed(0)} ms to initialise`,
);
