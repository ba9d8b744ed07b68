// `node bench/terraform-load.mjs [corpus]`: load cost per file of the corpus's Terraform files
// against its YAML files, each through its own loader (parse, positions, embedded manifests).
// Bundles bench/terraform-load-entry.ts with ncc (as dist/ is built) into a temporary folder.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(path.join(tmpdir(), 'manifest-review-tfbench-'));
try {
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'bench/terraform-load-entry.ts', '-o', out, '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
  const require = createRequire(import.meta.url);
  copyFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm'), path.join(out, 'web-tree-sitter.wasm'));
  copyFileSync(
    path.join(path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), 'tree-sitter-terraform.wasm'),
    path.join(out, 'tree-sitter-terraform.wasm'),
  );
  execFileSync(process.execPath, [path.join(out, 'index.js'), process.argv[2] ?? path.join(root, '..', 'shared', 'corpus')], { stdio: 'inherit' });
} finally {
  rmSync(out, { recursive: true, force: true });
}
