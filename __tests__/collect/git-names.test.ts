import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectFiles } from '../../src/collect/collect.js';
import { changedFilesSince, readTreeAt } from '../../src/collect/git.js';
import { fileNameOf } from '../../src/collect/names.js';
import { reviewChange } from '../../src/engine/change.js';
import { gitChangedFiles } from '../../src/github/changes.js';
import { unquoteGitPath } from '../../src/github/diff.js';
import { git } from '../helpers/git-repo.js';
import { CLUSTER, HUGE_POD } from '../helpers/hostile.js';

/**
 * File names that are not valid UTF-8 (issue 18, "Smaller"): the working tree, the base revision
 * read from git and git's diff name such a file the same way, and two such files never share a name.
 */

const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata: {a: b}\n`;

describe('fileNameOf', () => {
  test('valid UTF-8 reads as itself, % and all', () => {
    expect(fileNameOf(Buffer.from('k8s/café 100%.yaml'))).toBe('k8s/café 100%.yaml');
  });

  test('bytes that are not part of a character become %XX; distinct bytes stay distinct', () => {
    expect(fileNameOf(bytes('caf', [0xe9], '.yaml'))).toBe('caf%E9.yaml');
    expect(fileNameOf(bytes('caf', [0xe8], '.yaml'))).toBe('caf%E8.yaml');
    // A valid character beside an invalid byte survives; a truncated sequence is escaped byte by byte.
    expect(fileNameOf(bytes('é', [0xff], 'x', [0xe2, 0x82]))).toBe('é%FFx%E2%82');
    // Overlong and surrogate encodings are not characters.
    expect(fileNameOf(bytes([0xc0, 0xaf]))).toBe('%C0%AF');
    expect(fileNameOf(bytes([0xed, 0xa0, 0x80]))).toBe('%ED%A0%80');
  });

  test('in an escaped name `%` is escaped too, so no two byte strings share a name', () => {
    // Without it, the bytes of "%E9" and the byte 0xE9 (each beside an invalid byte) would read alike.
    expect(fileNameOf(bytes('%E9', [0xff]))).toBe('%25E9%FF');
    expect(fileNameOf(bytes([0xe9, 0xff]))).toBe('%E9%FF');
  });
});

describe('a repository with names that are not UTF-8', () => {
  const GIT_ENV_DIR = mkdtempSync(path.join(tmpdir(), 'manifest-review-names-'));
  const dir = GIT_ENV_DIR;
  const at = (...parts: (string | number[])[]) => bytes(`${dir}/`, ...parts);
  let baseSha = '';
  let headSha = '';

  beforeAll(() => {
    git(dir, 'init', '--quiet', '--initial-branch=main');
    // Latin-1 "caf\xe8.yaml" and "caf\xe9.yaml": one character apart, both invalid UTF-8.
    writeFileSync(path.join(dir, 'cluster.yaml'), CLUSTER);
    writeFileSync(at('caf', [0xe8], '.yaml'), HUGE_POD);
    writeFileSync(at('caf', [0xe9], '.yaml'), configMap('quiet'));
    mkdirSync(at('d', [0xe9]));
    writeFileSync(at('d', [0xe9], '/inner.yaml'), configMap('inner'));
    git(dir, 'add', '--all');
    git(dir, 'commit', '--quiet', '-m', 'base');
    baseSha = git(dir, 'rev-parse', 'HEAD').trim();
    // The change turns the quiet file into a second 30Gi pod, named like the one in its twin.
    writeFileSync(at('caf', [0xe9], '.yaml'), HUGE_POD);
    git(dir, 'add', '--all');
    git(dir, 'commit', '--quiet', '-m', 'head');
    headSha = git(dir, 'rev-parse', 'HEAD').trim();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the base revision reads every file, each under its own name, as the working tree names them', () => {
    const base = readTreeAt(baseSha, { cwd: dir, paths: ['.'] });
    expect(base.findings).toEqual([]);
    expect(base.files.map((f) => [f.path, f.text.includes('kind: Deployment')])).toEqual([
      ['caf%E8.yaml', true],
      ['caf%E9.yaml', false],
      ['cluster.yaml', false],
      ['d%E9/inner.yaml', false],
    ]);
    const head = collectFiles({ cwd: dir, paths: ['.'], workspace: dir });
    expect(head.files.map((f) => f.path).sort()).toEqual(base.files.map((f) => f.path));
  });

  test('git says which one changed, under the same name (diff -z and the quoted diff the action parses)', () => {
    expect([...changedFilesSince(baseSha, dir)]).toEqual(['caf%E9.yaml']);
    expect(gitChangedFiles(dir, baseSha, headSha, false).map((f) => f.path)).toEqual(['caf%E9.yaml']);
    expect(unquoteGitPath('"caf\\351.yaml"')).toBe('caf%E9.yaml');
  });

  test('filter `new`: the new error is reported at its own file, the old one in its twin is not', () => {
    const result = reviewChange({ cwd: dir, baseRef: baseSha, filter: 'new', now: new Date('2026-01-01') });
    expect(result.base?.tree.files.map((f) => f.path)).toContain('caf%E8.yaml');
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.path])).toEqual([['memory-budget/pod-exceeds-node', 'caf%E9.yaml']]);
    // The exhaustive review (every base file read from git, no reuse) agrees.
    const exhaustive = reviewChange({ cwd: dir, baseRef: baseSha, filter: 'new', now: new Date('2026-01-01'), exhaustive: true });
    expect(exhaustive.findings).toEqual(result.findings);
  });

  test('a symbolic link to such a file is followed like any other, in both trees', () => {
    const linked = mkdtempSync(path.join(tmpdir(), 'manifest-review-names-link-'));
    try {
      writeFileSync(bytes(`${linked}/real`, [0xe9], '.yaml'), configMap('target'));
      mkdirSync(path.join(linked, 'k8s'));
      symlinkSync(bytes('../real', [0xe9], '.yaml'), path.join(linked, 'k8s', 'link.yaml'));
      // Outside the path given: not followed, and said so (it used to be called a broken link).
      const alone = collectFiles({ cwd: linked, paths: ['k8s'] });
      expect(alone.findings.map((f) => f.message)).toEqual(['not reviewed: a symbolic link that points outside the reviewed tree']);
      // Inside the workspace, which is the boundary when one is given: followed.
      const inWorkspace = collectFiles({ cwd: linked, paths: ['k8s'], workspace: linked });
      expect(inWorkspace.findings).toEqual([]);
      expect(inWorkspace.files.map((f) => [f.path, f.text])).toEqual([['k8s/link.yaml', configMap('target')]]);
      git(linked, 'init', '--quiet');
      git(linked, 'add', '--all');
      git(linked, 'commit', '--quiet', '-m', 'only');
      const base = readTreeAt(git(linked, 'rev-parse', 'HEAD').trim(), { cwd: linked, paths: ['.'] });
      expect(base.findings).toEqual([]);
      expect(base.files.map((f) => [f.path, f.text])).toEqual([
        ['k8s/link.yaml', configMap('target')],
        ['real%E9.yaml', configMap('target')],
      ]);
    } finally {
      rmSync(linked, { recursive: true, force: true });
    }
  });
});

describe('a repository whose names are all valid UTF-8 (the listing is decoded whole)', () => {
  test('the base revision names and selects its files as the working tree does: unusual characters, excluded directories at any depth', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'manifest-review-utf8-'));
    try {
      const files = [
        'café 100%.yaml',
        '日本/設定.yaml',
        'tab\there.yaml',
        'space dir/x.yml',
        'a/node_modules/b/c.yaml',
        'a/b/node_modules/c.yaml',
        'a/b/keep.yaml',
        'node_modules/top.yaml',
        'n/.terraform/m.tf',
        '.github/workflows/ci.yaml',
        '.github/manifest.yaml',
      ];
      for (const file of files) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), configMap('x'));
      }
      git(dir, 'init', '--quiet');
      git(dir, 'add', '--all', '--force');
      git(dir, 'commit', '--quiet', '-m', 'only');
      const base = readTreeAt(git(dir, 'rev-parse', 'HEAD').trim(), { cwd: dir, paths: ['.'] });
      const head = collectFiles({ cwd: dir, paths: ['.'], workspace: dir });
      expect(base.findings).toEqual([]);
      expect(base.files.map((f) => f.path)).toEqual([
        '.github/manifest.yaml',
        'a/b/keep.yaml',
        'café 100%.yaml',
        'space dir/x.yml',
        'tab\there.yaml',
        '日本/設定.yaml',
      ]);
      expect(head.files.map((f) => f.path).sort()).toEqual(base.files.map((f) => f.path));
      // Below a path given: the boundary is where globs and excludes start.
      const below = readTreeAt(git(dir, 'rev-parse', 'HEAD').trim(), { cwd: dir, paths: ['a'] });
      expect(below.files.map((f) => f.path)).toEqual(['a/b/keep.yaml']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
