// `node bench/kustomize.mjs [corpus]`: what building the corpus's kustomizations adds to a full
// review. Bundles bench/kustomize-cost.ts with ncc into a temporary folder and runs it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const corpus = path.resolve(process.argv[2] ?? path.join(root, '..', 'shared', 'corpus'));
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const out = mkdtempSync(path.join(tmpdir(), 'manifest-review-bench-kustomize-'));
try {
  execFileSync(process.execPath, [ncc, 'build', 'bench/kustomize-cost.ts', '-o', out, '--quiet'], { cwd: root, stdio: 'inherit' });
  writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n');
  execFileSync(process.execPath, [path.join(out, 'index.js'), corpus], { stdio: 'inherit' });
} finally {
  rmSync(out, { recursive: true, force: true });
}
