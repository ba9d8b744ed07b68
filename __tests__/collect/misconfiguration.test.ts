import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CollectError, collectFiles } from '../../src/collect/collect.js';
import { reviewChange } from '../../src/engine/change.js';
import { makeRepo } from '../helpers/git-repo.js';
import { REPO_ROOT } from '../helpers/paths.js';

/** Misconfiguration is an error, never a green "0 files reviewed" (issues 12 and 18). */

const MANIFEST = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n';
let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'mr-misconfig-'));
  for (const file of ['k8s/prod/app.yaml', 'k8s/staging/app.yml', 'k8s/prod/deep/er/db.yaml', 'docs/readme.md', 'node_modules/x/dep.yaml']) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), file.endsWith('.md') ? '# docs\n' : MANIFEST);
  }
  writeFileSync(path.join(root, 'plain-file'), 'x');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const errors = (findings: { rule: string; severity: string; path: string; message: string }[]) =>
  findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.path]);

describe('the workspace', () => {
  test('missing: the review cannot start', () => {
    expect(() => collectFiles({ cwd: root, paths: ['.'], workspace: path.join(root, 'no-such-dir') })).toThrow(CollectError);
    expect(() => collectFiles({ cwd: root, paths: ['.'], workspace: path.join(root, 'no-such-dir') })).toThrow(/is not a directory/);
  });

  test('a file, not a directory: the review cannot start', () => {
    expect(() => collectFiles({ cwd: root, paths: ['.'], workspace: path.join(root, 'plain-file') })).toThrow(/is not a directory/);
  });
});

describe('paths entries', () => {
  test('a typo fails with an error naming the entry', () => {
    const { files, findings } = collectFiles({ cwd: root, paths: ['k8s/prodution'], workspace: root });
    expect(files).toEqual([]);
    expect(errors(findings)).toEqual([['input/incomplete', 'k8s/prodution']]);
    expect(findings[0]?.message).toContain('matches no file');
  });

  test('a directory with no manifest in it is an error too', () => {
    const { findings } = collectFiles({ cwd: root, paths: ['docs'], workspace: root });
    expect(errors(findings)).toEqual([['input/incomplete', 'docs']]);
    expect(findings[0]?.message).toContain('holds no file the review reads');
  });

  test('the whole tree may be empty', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'mr-empty-'));
    try {
      expect(collectFiles({ cwd: empty, paths: ['.'], workspace: empty }).findings).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  test('globs work as documented, relative to the workspace, excludes still applied', () => {
    const paths = (...given: string[]) => collectFiles({ cwd: root, paths: given, workspace: root });
    expect(paths('**/*.yaml').files.map((f) => f.path)).toEqual(['k8s/prod/app.yaml', 'k8s/prod/deep/er/db.yaml']);
    expect(paths('k8s/*/app.{yaml,yml}').files.map((f) => f.path)).toEqual(['k8s/prod/app.yaml', 'k8s/staging/app.yml']);
    expect(paths('k8s/**/db.yaml').files.map((f) => f.path)).toEqual(['k8s/prod/deep/er/db.yaml']);
    expect(errors(paths('**/*.yaml').findings)).toEqual([]);
    expect(errors(paths('k8s/**/*.json').findings)).toEqual([['input/incomplete', 'k8s/**/*.json']]);
  });

  test('a base revision is read with the same globs', () => {
    const repo = makeRepo({ 'k8s/app.yaml': MANIFEST, 'k8s/old.yaml': MANIFEST, 'other/x.yaml': MANIFEST }, { 'k8s/new.yaml': MANIFEST, 'k8s/old.yaml': null });
    try {
      const result = reviewChange({ cwd: repo.dir, paths: ['k8s/*.yaml'], baseRef: repo.baseSha, filter: 'new', exhaustive: true });
      expect(result.tree.files.map((f) => f.path)).toEqual(['k8s/app.yaml', 'k8s/new.yaml']);
      expect(result.base?.tree.files.map((f) => f.path)).toEqual(['k8s/app.yaml', 'k8s/old.yaml']);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  test('a PR-controlled glob that expands without bound is refused, not expanded', () => {
    expect(() => collectFiles({ cwd: root, paths: ['.'], include: [`${'{a,b}'.repeat(12)}.yaml`] })).toThrow(CollectError);
  });
});

// Root reads any directory: as root, the same case runs as an unprivileged user in the test below.
const asRoot = process.getuid?.() === 0;
(asRoot ? test.skip : test)('an unreadable directory is an error, not silence (as root: the next test)', () => {
  const locked = path.join(root, 'k8s', 'locked');
  mkdirSync(locked, { recursive: true });
  writeFileSync(path.join(locked, 'hidden.yaml'), MANIFEST);
  chmodSync(locked, 0o000);
  try {
    const { findings } = collectFiles({ cwd: root, paths: ['k8s'], workspace: root });
    expect(errors(findings)).toEqual([['input/incomplete', 'k8s/locked']]);
    expect(findings.find((f) => f.path === 'k8s/locked')?.message).toMatch(/could not be read \(EACCES\)/);
  } finally {
    chmodSync(locked, 0o755);
    rmSync(locked, { recursive: true, force: true });
  }
});

const NOBODY = 65534;
(asRoot ? test : test.skip)('as root: the CLI run as an unprivileged user reports a directory it cannot read as an error and fails', () => {
  const tree = mkdtempSync(path.join(tmpdir(), 'mr-unreadable-'));
  try {
    writeFileSync(path.join(tree, 'app.yaml'), MANIFEST);
    mkdirSync(path.join(tree, 'locked'));
    writeFileSync(path.join(tree, 'locked', 'hidden.yaml'), MANIFEST);
    // The tree is readable by everyone, the directory in it by its owner (root) alone.
    chmodSync(tree, 0o755);
    chmodSync(path.join(tree, 'locked'), 0o700);
    const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), '--format', 'json', '.'], {
      cwd: tree,
      uid: NOBODY,
      gid: NOBODY,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const { findings } = JSON.parse(run.stdout) as { findings: { rule: string; severity: string; path: string; message: string }[] };
    expect(errors(findings)).toEqual([['input/incomplete', 'locked']]);
    expect(findings.find((f) => f.path === 'locked')?.message).toMatch(/could not be read \(EACCES\)/);
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
});
