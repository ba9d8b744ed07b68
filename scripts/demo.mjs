// `npm start`: reviews the bundled examples/ and prints the findings; always exits 0 (a demo).
// An example that carries its own .github/manifest-review.yaml is its own review root, as it
// would be in its own repository; the others are reviewed together, as one repository.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
const examples = path.join(root, 'examples');
const dirs = readdirSync(examples)
  .filter((d) => statSync(path.join(examples, d)).isDirectory())
  .sort();
const ownRoot = (d) => existsSync(path.join(examples, d, '.github', 'manifest-review.yaml'));

const review = (cwd, args, heading) => {
  process.stdout.write(`\n== ${heading}\n\n`);
  const run = spawnSync(process.execPath, [cli, '--fail-on', 'never', ...args], { cwd, stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = run.status ?? 2;
};

review(
  root,
  dirs.filter((d) => !ownRoot(d)).map((d) => `examples/${d}`),
  'examples/ (one repository)',
);
for (const d of dirs.filter(ownRoot)) review(path.join(examples, d), [], `examples/${d}/ (its own root, with its .github/manifest-review.yaml)`);
