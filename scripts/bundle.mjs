// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with ncc so both run with no
// node_modules. ncc writes one entry per output folder, so the CLI is built aside and moved.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

// The bundle carries js-yaml as patched (patches/): an install with scripts disabled (`--ignore-scripts`,
// or ignore-scripts in an .npmrc) skipped `prepare`, which applies it. Applying it again changes nothing;
// a patch that no longer applies stops the bundle here.
execFileSync(process.execPath, [path.join(root, 'node_modules', 'patch-package', 'index.js')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
rmSync(dist, { recursive: true, force: true });
build('src/index.ts', dist);
const aside = mkdtempSync(path.join(tmpdir(), 'manifest-review-cli-'));
build('src/cli.ts', aside);
// Lazily loaded chunks (the Terraform parser's runtime) are numbered per build: the CLI's are
// renamed N.cli.js, and its chunk loader told so, so they cannot clash with the action's.
const CHUNK_NAME = 'return "" + chunkId + ".index.js";';
let cli = readFileSync(path.join(aside, 'index.js'), 'utf8');
const chunks = readdirSync(aside).filter((f) => /^\d+\.index\.js$/.test(f));
if (chunks.length > 0) {
  if (cli.split(CHUNK_NAME).length !== 2) throw new Error("the CLI bundle's chunk loader is not where expected");
  cli = cli.replace(CHUNK_NAME, 'return "" + chunkId + ".cli.js";');
  for (const chunk of chunks) renameSync(path.join(aside, chunk), path.join(dist, chunk.replace(/\.index\.js$/, '.cli.js')));
}
writeFileSync(path.join(dist, 'cli.js'), cli, { mode: 0o755 });
rmSync(path.join(aside, 'index.js'));
for (const extra of readdirSync(aside)) {
  if (extra !== 'package.json' && extra !== 'licenses.txt') throw new Error(`unexpected CLI bundle asset ${extra}`);
}
rmSync(aside, { recursive: true, force: true });
if (!existsSync(path.join(dist, 'package.json'))) writeFileSync(path.join(dist, 'package.json'), '{"type":"module"}\n');
