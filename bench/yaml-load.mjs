// `node bench/yaml-load.mjs [tree ...]`: the YAML loader's cost per tree against the bare parsers
// (js-yaml 4 and js-yaml 5 CJS `loadAll`), in one process on texts already read, so that the load
// stage is measured apart from start-up, collecting and everything after it. Bundles
// bench/yaml-load-entry.ts with ncc (as dist/ is built) into a temporary folder.
// Default trees: the synthetic 10k repo (written to .bench/) and ../shared/corpus when present.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, work } from './measure.mjs';
import { SYNTHETIC_DOCUMENTS, writeSyntheticRepo } from './synthetic.mjs';

let trees = process.argv.slice(2);
if (trees.length === 0) {
  const synthetic = path.join(work, 'synthetic');
  writeSyntheticRepo(synthetic, SYNTHETIC_DOCUMENTS);
  trees = [synthetic, path.resolve(root, '..', 'shared', 'corpus')].filter((t) => existsSync(t));
}
const out = mkdtempSync(path.join(tmpdir(), 'manifest-review-yamlbench-'));
try {
  execFileSync(process.execPath, [path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'bench/yaml-load-entry.ts', '-o', out, '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const tree of trees) execFileSync(process.execPath, [path.join(out, 'index.js'), tree], { stdio: 'inherit', env: { ...process.env, BENCH_ROOT: root } });
} finally {
  rmSync(out, { recursive: true, force: true });
}
