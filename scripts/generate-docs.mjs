// `npm run docs`: bundles scripts/generate-docs.ts with ncc (the registry is TypeScript) into a
// temporary folder and runs it against this repository, then regenerates src/report/rule-help.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const out = mkdtempSync(path.join(tmpdir(), 'manifest-review-docs-'));
try {
  execFileSync(process.execPath, [ncc, 'build', 'scripts/generate-docs.ts', '-o', out, '--quiet'], { cwd: root, stdio: 'inherit' });
  if (!existsSync(path.join(out, 'package.json'))) writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n');
  execFileSync(process.execPath, [path.join(out, 'index.js'), root], { stdio: 'inherit' });
  // The SARIF help text is each rule doc's "How to fix": a doc edited without it made the SARIF test fail.
  execFileSync(process.execPath, [path.join(root, 'scripts', 'generate-rule-help.mjs')], { stdio: 'inherit' });
} finally {
  rmSync(out, { recursive: true, force: true });
}
