import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectFiles, decodeText } from '../../src/collect/collect.js';
import { reviewPaths } from '../../src/engine/review.js';
import { buildJsonReport } from '../../src/report/json.js';
import { renderText } from '../../src/report/text.js';

let root: string;
let outside: string;
const SECRET = 'TOP-SECRET-OUTSIDE-CONTENT';

beforeAll(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'mr-collect-'));
  root = path.join(base, 'repo');
  outside = path.join(base, 'outside');
  mkdirSync(path.join(root, 'k8s'), { recursive: true });
  mkdirSync(path.join(root, 'node_modules', 'x'), { recursive: true });
  mkdirSync(path.join(root, '.github', 'workflows'), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, 'secret.yaml'), `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${SECRET}\n`);
  writeFileSync(path.join(root, 'k8s', 'app.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: app\nspec:\n  containers: [{name: c}]\n');
  writeFileSync(path.join(root, 'k8s', 'notes.txt'), 'not a manifest');
  writeFileSync(path.join(root, 'node_modules', 'x', 'dep.yaml'), 'a: 1\n');
  writeFileSync(path.join(root, '.github', 'workflows', 'ci.yml'), 'on: push\n');
  writeFileSync(path.join(root, 'k8s', 'binary.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0xff, 0x00]));
  writeFileSync(
    path.join(root, 'k8s', 'utf16.yaml'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: wide\n', 'utf16le')]),
  );
  // 50 MiB of valid YAML: over the default 5 MiB limit, so it must be skipped with no more than the limit read.
  writeFileSync(path.join(root, 'k8s', 'huge.yaml'), `items:\n${'  - padding-line-to-make-this-file-enormous\n'.repeat(1_250_000)}`);
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'k8s', 'escape.yaml'));
  symlinkSync(outside, path.join(root, 'k8s', 'escape-dir'));
  symlinkSync(path.join(root, 'k8s', 'app.yaml'), path.join(root, 'k8s', 'inside-link.yaml'));
});

afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

describe('collectFiles', () => {
  test('default globs pick manifests and skip node_modules, .git and workflows', () => {
    const { files } = collectFiles({ cwd: root, paths: ['.'] });
    // inside-link.yaml points at app.yaml: the same file is reviewed once.
    expect(files.map((f) => f.path)).toEqual(['k8s/app.yaml', 'k8s/utf16.yaml']);
  });

  test('a symlink that stays inside the tree is followed', () => {
    const { files } = collectFiles({ cwd: root, paths: ['k8s/inside-link.yaml'] });
    expect(files.map((f) => f.path)).toEqual(['k8s/inside-link.yaml']);
    expect(files[0]?.text).toContain('name: app');
  });

  test('binary and escaping files become notices with their path; a file over the size limit is an error', () => {
    const { findings } = collectFiles({ cwd: root, paths: ['.'] });
    const byPath = Object.fromEntries(findings.map((f) => [f.path, f]));
    expect(byPath['k8s/binary.yaml']).toMatchObject({ rule: 'input/skipped', severity: 'notice', startLine: 1 });
    expect(byPath['k8s/binary.yaml']?.message).toMatch(/binary/);
    expect(byPath['k8s/huge.yaml']).toMatchObject({ rule: 'input/incomplete', severity: 'error', startLine: 1 });
    expect(byPath['k8s/huge.yaml']?.message).toMatch(/size limit, so whatever it holds was not reviewed/);
    expect(byPath['k8s/escape.yaml']?.message).toMatch(/outside/);
  });

  test('UTF-16 with a byte order mark is decoded', () => {
    const { files } = collectFiles({ cwd: root, paths: ['k8s/utf16.yaml'] });
    expect(files[0]?.text).toContain('name: wide');
  });

  test('a symlink out of the tree never leaks its content into any output', () => {
    const result = reviewPaths({ cwd: root, paths: ['.'] });
    const outputs = [
      JSON.stringify(buildJsonReport(result.findings, result.tree.files.length, 0)),
      renderText(result.findings, result.tree.files.length),
      JSON.stringify(result.tree.files.map((f) => f.text)),
    ];
    for (const out of outputs) expect(out).not.toContain(SECRET);
  });

  test('the workspace boundary holds even for an explicit path argument', () => {
    const { files, findings } = collectFiles({ cwd: root, workspace: root, paths: ['k8s/escape.yaml', '../outside/secret.yaml'] });
    expect(files).toEqual([]);
    expect(findings.map((f) => f.message).join(' ')).toMatch(/outside/);
  });

  test('paths are relative to cwd with forward slashes', () => {
    const { files } = collectFiles({ cwd: path.dirname(root), paths: ['repo/k8s/app.yaml'] });
    expect(files.map((f) => f.path)).toEqual(['repo/k8s/app.yaml']);
  });
});

describe('reading the walk (issue 17: no lstat a file, one buffer for every read)', () => {
  let tree: string;
  beforeAll(() => {
    tree = mkdtempSync(path.join(tmpdir(), 'mr-collect-walk-'));
    mkdirSync(path.join(tree, 'a', 'b'), { recursive: true });
    // Read in name order: the large file first, then smaller ones into the same buffer.
    writeFileSync(path.join(tree, 'a', '1-large.yaml'), `big: ${'x'.repeat(200_000)}\n`);
    writeFileSync(path.join(tree, 'a', '2-small.yaml'), 'small: 1\n');
    writeFileSync(path.join(tree, 'a', '3-empty.yaml'), '');
    writeFileSync(path.join(tree, 'a', 'b', 'deep.yaml'), 'name: café\n');
    writeFileSync(path.join(tree, 'a', 'notes.md'), 'not read');
  });
  afterAll(() => rmSync(tree, { recursive: true, force: true }));

  test('each file gets its own bytes, whatever was read before it', () => {
    const { files, findings } = collectFiles({ cwd: tree, paths: ['.'] });
    expect(findings).toEqual([]);
    expect(Object.fromEntries(files.map((f) => [f.path, f.text.length > 100 ? f.text.length : f.text]))).toEqual({
      'a/1-large.yaml': 200_006,
      'a/2-small.yaml': 'small: 1\n',
      'a/3-empty.yaml': '',
      'a/b/deep.yaml': 'name: café\n',
    });
  });

  test('the size limit: a file of exactly the limit is read, one byte over is refused with its true size', () => {
    const at = (limit: number) => collectFiles({ cwd: tree, paths: ['a'], maxFileBytes: limit });
    const large = at(200_006);
    expect(large.files.map((f) => f.path)).toContain('a/1-large.yaml');
    const over = at(200_005);
    expect(over.files.map((f) => f.path)).not.toContain('a/1-large.yaml');
    expect(over.findings.find((f) => f.path === 'a/1-large.yaml')?.message).toMatch(/^not reviewed: 200006 bytes is over the 200005-byte file size limit/);
    // Past the first buffer's size and past a small limit alike.
    expect(at(100).findings.find((f) => f.path === 'a/1-large.yaml')?.message).toMatch(/^not reviewed: 200006 bytes is over the 100-byte/);
    expect(at(5).findings.map((f) => f.path)).toEqual(['a/1-large.yaml', 'a/2-small.yaml', 'a/b/deep.yaml']);
  });

  test('paths stay relative to cwd when cwd lies inside the walked directory', () => {
    const { files } = collectFiles({ cwd: path.join(tree, 'a', 'b'), paths: ['../..'] });
    expect(files.map((f) => f.path)).toEqual(['../1-large.yaml', '../2-small.yaml', '../3-empty.yaml', 'deep.yaml']);
  });

  test('a named pipe with a manifest name is passed over, not opened (opening it would block)', () => {
    const fifo = path.join(tree, 'a', 'pipe.yaml');
    if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo here: nothing to check
    try {
      expect(collectFiles({ cwd: tree, paths: ['.'] }).files.map((f) => f.path)).not.toContain('a/pipe.yaml');
    } finally {
      rmSync(fifo);
    }
  });
});

describe('decodeText', () => {
  test('ASCII, UTF-8 with and without a BOM, UTF-16 with a BOM; NUL bytes early or invalid UTF-8 are binary', () => {
    expect(decodeText(Buffer.from('a: 1\n'))).toBe('a: 1\n');
    expect(decodeText(Buffer.from('\ufeffa: é\n'))).toBe('a: é\n');
    expect(decodeText(Buffer.from('a: 😀\n'))).toBe('a: 😀\n');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: 1', 'utf16le')]))).toBe('a: 1');
    expect(decodeText(Buffer.from('a: \0'))).toBeUndefined();
    expect(decodeText(Buffer.from([0x61, 0x3a, 0x20, 0xe9]))).toBeUndefined();
    // Only the first 8 KiB are searched for NUL bytes, as before.
    expect(decodeText(Buffer.from(`${'#'.repeat(9000)}\0`))).toBe(`${'#'.repeat(9000)}\0`);
  });
});
