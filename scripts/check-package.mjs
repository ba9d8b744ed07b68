// `npm run check:package` (run by .ci/run): packs the package exactly as `npm publish` would,
// installs the tarball into an empty directory with no network, and runs the installed
// `manifest-review` on a copy of examples/ — so `npx manifest-review` is known to work from what
// users download, not only from this checkout. Exits 1 with a reason on the first failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const work = mkdtempSync(path.join(tmpdir(), 'manifest-review-package-'));

function fail(message) {
  console.error(`check-package: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

function run(cmd, args, cwd) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
  if (result.error) fail(`${cmd} ${args.join(' ')}: ${result.error.message}`);
  return result;
}

// What users get: only these, plus the package.json npm always adds.
const ALLOWED = [/^dist\//, /^action\.yml$/, /^schema\//, /^README\.md$/, /^LICENSE$/, /^package\.json$/];
const REQUIRED = ['dist/cli.js', 'dist/index.js', 'action.yml', 'schema/config.schema.json', 'README.md', 'LICENSE', 'package.json'];

try {
  if (pkg.private) fail('package.json is private: npm would refuse to publish it');
  if (pkg.dependencies && Object.keys(pkg.dependencies).length > 0) {
    fail(`runtime dependencies ${Object.keys(pkg.dependencies).join(', ')}: dist/ bundles everything, so they would only slow installs`);
  }

  // Without lifecycle scripts: `prepare` (patch-package, which patches node_modules, never a packed
  // file) would print into the JSON on standard output. What is packed is the same either way.
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }))[0];
  const files = packed.files.map((f) => f.path).sort();
  const stray = files.filter((f) => !ALLOWED.some((re) => re.test(f)));
  if (stray.length > 0) fail(`the tarball holds files users do not need: ${stray.join(', ')}`);
  const missing = REQUIRED.filter((f) => !files.includes(f));
  if (missing.length > 0) fail(`the tarball lacks ${missing.join(', ')}`);
  console.log(`packed ${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KiB`);

  // An empty project; --offline proves the tarball needs nothing from a registry.
  const app = path.join(work, 'app');
  cpSync(path.join(root, 'examples'), path.join(app, 'examples'), { recursive: true });
  writeFileSync(path.join(app, 'package.json'), '{ "name": "package-check", "private": true }\n');
  const install = run(npm, ['install', '--offline', '--no-audit', '--no-fund', path.join(work, packed.filename)], app);
  if (install.status !== 0) fail(`npm install of the tarball failed:\n${install.stderr}`);
  const installed = JSON.parse(readFileSync(path.join(app, 'node_modules', pkg.name, 'package.json'), 'utf8'));
  if (installed.version !== pkg.version) fail(`installed version ${installed.version}, expected ${pkg.version}`);

  const npx = (...args) => run(npm, ['exec', '--offline', '--no', '--', 'manifest-review', ...args], app);

  const version = npx('--version');
  if (version.status !== 0 || version.stdout.trim() !== pkg.version)
    fail(`manifest-review --version printed "${version.stdout.trim()}" (exit ${version.status}), expected ${pkg.version}`);

  // The outage this project exists for: the Rails pod does not fit a c5.large. Exit 1, as CI would.
  const outage = npx('--format', 'json', 'examples/outage-2019');
  if (outage.status !== 1) fail(`examples/outage-2019 exited ${outage.status}, expected 1 (errors found):\n${outage.stderr}`);
  const report = JSON.parse(outage.stdout);
  const limit = report.findings.find((f) => f.rule === 'memory-budget/limit-exceeds-node' && f.severity === 'error');
  if (!limit || limit.path !== 'examples/outage-2019/rails.yaml')
    fail(`examples/outage-2019: no memory-budget/limit-exceeds-node error on rails.yaml in\n${outage.stdout}`);

  // Every example, as a demo: exit 0 with --fail-on never, and a text summary line.
  const all = npx('--fail-on', 'never', 'examples');
  const summary = all.stdout.trim().split('\n').pop() ?? '';
  if (all.status !== 0 || all.stderr !== '' || !/^\d+ findings? \(\d+ errors?, \d+ warnings?, \d+ notices?\) in \d+ files? reviewed/.test(summary)) {
    fail(`examples/ with --fail-on never: exit ${all.status}, last line "${summary}", stderr "${all.stderr.trim()}"`);
  }
  console.log(`installed ${pkg.name}@${pkg.version} from the tarball; manifest-review on examples/: ${summary}`);
} catch (error) {
  if (!process.exitCode) {
    console.error(`check-package: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
