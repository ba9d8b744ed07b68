import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATA, REPO_ROOT } from '../helpers/paths.js';

// `npm run data:refresh -- UPSTREAM --check` against an upstream built from data/ itself, so the test
// needs no ../shared; --check never writes, so the repository is untouched.
const refresh = (upstream: string) =>
  spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'refresh-data.mjs'), upstream, '--check'], { encoding: 'utf8' });

/** An upstream folder equal to data/: data/README.md's upstream part becomes its README.md. */
function upstreamLikeData(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mr-upstream-'));
  cpSync(DATA, dir, { recursive: true });
  const readme = readFileSync(path.join(DATA, 'README.md'), 'utf8');
  const marker = readme.indexOf('<!-- Everything below this line is the upstream README.md verbatim');
  expect(marker).toBeGreaterThan(0);
  writeFileSync(path.join(dir, 'README.md'), readme.slice(readme.indexOf('\n', marker) + 2));
  return dir;
}

describe('data:refresh', () => {
  let upstream = '';
  beforeEach(() => {
    upstream = upstreamLikeData();
  });
  afterEach(() => rmSync(upstream, { recursive: true, force: true }));

  test('an upstream equal to data/ reports nothing and exits 0', () => {
    const run = refresh(upstream);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('data/ matches');
    expect(run.status).toBe(0);
  });

  test('a changed row, a new table and a changed README are each reported, and --check exits 1', () => {
    const csv = path.join(upstream, 'eks-versions.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('1.36,', '1.36,X'));
    writeFileSync(path.join(upstream, 'karpenter-versions.csv'), 'version\n1.0\n');
    appendFileSync(path.join(upstream, 'README.md'), '\nA new source.\n');
    const run = refresh(upstream);
    expect(run.stdout.split('\n').filter((l) => l !== '')).toEqual([
      'changed  README.md (upstream part, +2 −0 lines): check the sources and licences',
      'changed  eks-versions.csv (+1 −1 lines)',
      'added    karpenter-versions.csv: describe its source and licence in data/README.md',
    ]);
    expect(run.stderr).toContain('3 difference(s)');
    expect(run.status).toBe(1);
  });

  test('an upstream change to the GitHub fixtures this repository extends is reported, not taken', () => {
    writeFileSync(path.join(upstream, 'github', 'rest-api-subset.deref.json'), '{}\n');
    const run = refresh(upstream);
    expect(run.stdout).toContain('kept     github/rest-api-subset.deref.json (maintained in this repository; upstream differs)');
    expect(run.stdout).toContain('data/ matches');
    expect(run.status).toBe(0);
  });

  test('a missing upstream folder is a usage error, not a silent success', () => {
    const run = refresh(path.join(upstream, 'nowhere'));
    expect(run.stderr).toContain('does not exist');
    expect(run.status).toBe(2);
  });
});
