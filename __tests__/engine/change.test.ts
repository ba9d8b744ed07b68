import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { main } from '../../src/cli.js';
import { GitError, readTreeAt, resolveCommit } from '../../src/collect/git.js';
import { reviewChange } from '../../src/engine/change.js';
import type { Finding } from '../../src/findings.js';

const NOW = new Date('2026-05-01T00:00:00Z');

/** A throwaway repository; `commit` writes files (null deletes) and commits them. */
class Repo {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'manifest-review-git-'));

  constructor() {
    this.git('init', '--quiet', '--initial-branch=main');
    this.git('config', 'user.name', 'Test');
    this.git('config', 'user.email', 'test@example.com');
    this.git('config', 'commit.gpgsign', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, stdio: ['ignore', 'pipe', 'pipe'] })
      .toString('utf8')
      .trim();
  }

  write(files: Record<string, string | null>): void {
    for (const [file, text] of Object.entries(files)) {
      const full = path.join(this.dir, file);
      if (text === null) rmSync(full, { force: true });
      else {
        mkdirSync(path.dirname(full), { recursive: true });
        writeFileSync(full, text);
      }
    }
  }

  commit(files: Record<string, string | null>, message = 'change'): string {
    this.write(files);
    this.git('add', '-A');
    this.git('commit', '--quiet', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const cluster = (version: string): string =>
  // A private API endpoint, so subnet-placement has nothing to say about this cluster.
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  region: eu-west-1\n  version: '${version}'\nvpc:\n  clusterEndpoints:\n    privateAccess: true\n    publicAccess: false\n`;
const object = (apiVersion: string, kind: string, name: string): string => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n`;

const brief = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.path} ${f.rule}`).sort();

describe('reviewChange against a real git repository', () => {
  let repo: Repo;
  let base: string;

  beforeEach(() => {
    repo = new Repo();
    base = repo.commit({
      'cluster.yaml': cluster('1.21'),
      // Deprecated at 1.21, removed in 1.22: the upgrade below breaks it without touching it.
      'apps/ingress.yaml': object('networking.k8s.io/v1beta1', 'Ingress', 'web'),
      // Already unserved at the base: an old problem, not this change's.
      'apps/legacy.yaml': object('extensions/v1beta1', 'DaemonSet', 'agent'),
      'apps/fine.yaml': object('apps/v1', 'Deployment', 'api'),
    });
    repo.commit({ 'cluster.yaml': cluster('1.22') }, 'upgrade to 1.22');
  });

  afterEach(() => repo.remove());

  const review = (filter: 'new' | 'changed' | 'all', cwd = repo.dir, paths = ['.']) => reviewChange({ cwd, paths, baseRef: base, filter, now: NOW });

  test('all: every finding of the head, with the base model given to the rules', () => {
    const result = review('all');
    expect(brief(result.findings)).toEqual([
      'apps/ingress.yaml version-skew/removed-api',
      'apps/legacy.yaml version-skew/removed-api',
      'cluster.yaml version-skew/end-of-support',
    ]);
    const ingress = result.findings.find((f) => f.path === 'apps/ingress.yaml');
    expect(ingress?.message).toMatch(/^this change upgrades cluster prod from 1\.21 to 1\.22, which stops serving networking\.k8s\.io\/v1beta1 Ingress/);
    expect(result.base?.commit).toBe(base);
    expect([...(result.base?.changedFiles ?? [])]).toEqual(['cluster.yaml']);
  });

  test('new: only what the base did not have (the Ingress the upgrade breaks in an untouched file)', () => {
    // end-of-support on cluster.yaml existed at 1.21 too (same rule, file, object): not new.
    expect(brief(review('new').findings)).toEqual(['apps/ingress.yaml version-skew/removed-api']);
  });

  test('changed (the default with a base): new findings plus everything in the files the change touched', () => {
    expect(brief(reviewChange({ cwd: repo.dir, baseRef: base, now: NOW }).findings)).toEqual([
      'apps/ingress.yaml version-skew/removed-api',
      'cluster.yaml version-skew/end-of-support',
    ]);
    expect(review('changed').filter).toBe('changed');
  });

  test('run from a subdirectory: paths and changed files are relative to it, and the base is read the same way', () => {
    const result = review('changed', path.join(repo.dir, 'apps'));
    // Only apps/ is reviewed, so no cluster: the Ingress has no target version there.
    expect(result.findings).toEqual([]);
    const fromSub = review('all', path.join(repo.dir, 'apps'), ['..']);
    expect(brief(fromSub.findings)).toEqual([
      '../cluster.yaml version-skew/end-of-support',
      'ingress.yaml version-skew/removed-api',
      'legacy.yaml version-skew/removed-api',
    ]);
    expect([...(fromSub.base?.changedFiles ?? [])]).toEqual(['../cluster.yaml']);
  });

  test('uncommitted and untracked edits count as changed: the head is the working tree', () => {
    repo.write({
      'apps/legacy.yaml': `# touched\n${object('extensions/v1beta1', 'DaemonSet', 'agent')}`,
      'apps/new.yaml': object('batch/v1beta1', 'CronJob', 'nightly'),
    });
    expect(brief(review('changed').findings)).toEqual([
      'apps/ingress.yaml version-skew/removed-api',
      'apps/legacy.yaml version-skew/removed-api',
      'apps/new.yaml version-skew/deprecated-api',
      'cluster.yaml version-skew/end-of-support',
    ]);
  });

  test('the base tree is read from git, not from the disk, and respects the globs', () => {
    repo.write({ 'apps/ingress.yaml': null });
    const { files } = readTreeAt(base, { cwd: repo.dir, paths: ['.'], exclude: ['apps/legacy.yaml'] });
    expect(files.map((f) => f.path)).toEqual(['apps/fine.yaml', 'apps/ingress.yaml', 'cluster.yaml']);
    expect(files.find((f) => f.path === 'cluster.yaml')?.text).toContain("version: '1.21'");
  });

  test('a bad or hostile ref is a clear error, not a crash', () => {
    expect(() => resolveCommit(repo.dir, 'no-such-branch')).toThrow(GitError);
    expect(() => resolveCommit(repo.dir, 'no-such-branch')).toThrow(/is not a commit of this repository \(in CI, fetch it/);
    expect(() => resolveCommit(repo.dir, '--output=/tmp/x')).toThrow(/is not a git revision/);
    expect(resolveCommit(repo.dir, 'HEAD~1')).toBe(base);
    const outside = mkdtempSync(path.join(tmpdir(), 'manifest-review-nogit-'));
    try {
      expect(() => reviewChange({ cwd: outside, baseRef: 'HEAD' })).toThrow(/not inside a git repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test('symbolic links at the base resolve inside the reviewed path and are refused outside it', () => {
    repo.write({ 'outside/secret.yaml': object('v1', 'ConfigMap', 'secret') });
    symlinkSync('fine.yaml', path.join(repo.dir, 'apps', 'alias.yaml'));
    symlinkSync('../outside/secret.yaml', path.join(repo.dir, 'apps', 'escape.yaml'));
    const commit = repo.commit({}, 'links');
    const { files, findings } = readTreeAt(commit, { cwd: repo.dir, paths: ['apps'] });
    expect(files.map((f) => f.path)).toContain('apps/alias.yaml');
    expect(files.find((f) => f.path === 'apps/alias.yaml')?.text).toBe(readFileSync(path.join(repo.dir, 'apps', 'fine.yaml'), 'utf8'));
    expect(files.map((f) => f.path)).not.toContain('apps/escape.yaml');
    expect(findings.map((f) => `${f.path} ${f.message}`)).toEqual(['apps/escape.yaml not reviewed: a symbolic link that points outside the reviewed tree']);
  });
});

describe('CLI --base-ref and --filter', () => {
  let repo: Repo;
  let out: string[];
  let err: string[];

  beforeEach(() => {
    repo = new Repo();
    repo.commit({ 'cluster.yaml': cluster('1.29'), 'apps/pdb.yaml': object('policy/v1beta1', 'PodDisruptionBudget', 'web') });
    repo.commit({ 'cluster.yaml': cluster('1.31') }, 'jump');
    out = [];
    err = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    });
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      err.push(String(chunk));
      return true;
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
    repo.remove();
  });

  const json = (): { findings: Finding[] } => JSON.parse(out.join('')) as { findings: Finding[] };

  test('--base-ref reports the jump at the Version line; the default filter drops the untouched old PDB', () => {
    expect(main(['--format', 'json', '--base-ref', 'HEAD~1', '.'], repo.dir)).toBe(1);
    const findings = json().findings.filter((f) => f.rule !== 'version-skew/end-of-support');
    expect(findings.map((f) => `${f.path}:${f.startLine} ${f.rule} ${f.severity}`)).toEqual(['cluster.yaml:6 version-skew/upgrade-jump error']);
  });

  test('--filter all keeps the old findings too', () => {
    main(['--format', 'json', '--base-ref', 'HEAD~1', '--filter', 'all'], repo.dir);
    expect(json().findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['version-skew/removed-api', 'version-skew/upgrade-jump']));
  });

  test('usage errors exit 2 with one line', () => {
    expect(main(['--filter', 'new'], repo.dir)).toBe(2);
    expect(err.join('')).toBe('manifest-review: --filter new compares with a base: give --base-ref REF\n');
    err.length = 0;
    expect(main(['--base-ref', 'nope'], repo.dir)).toBe(2);
    expect(err.join('')).toMatch(/^manifest-review: --base-ref nope is not a commit of this repository/);
    err.length = 0;
    expect(main(['--base-ref', 'HEAD', '--filter', 'some'], repo.dir)).toBe(2);
    expect(err.join('')).toMatch(/--filter must be one of new, changed, all/);
  });
});
