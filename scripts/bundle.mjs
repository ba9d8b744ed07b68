// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc so both run with no
// node_modules. ncc writes one entry per output folder, so the CLI is built aside and moved.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const build = (entry, out) =>
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });

rmSync(dist, { recursive: true, force: true });
build('src/index.ts', dist);
const aside = mkdtempSync(path.join(tmpdir(), 'manifest-review-cli-'));
build('src/cli.ts', aside);
renameSync(path.join(aside, 'index.js'), path.join(dist, 'cli.js'));
for (const extra of readdirSync(aside)) {
  if (extra !== 'package.json' && extra !== 'licenses.txt') throw new Error(`unexpected CLI bundle asset ${extra}`);
}
rmSync(aside, { recursive: true, force: true });
if (!existsSync(path.join(dist, 'package.json'))) writeFileSync(path.join(dist, 'package.json'), '{"type":"module"}\n');
