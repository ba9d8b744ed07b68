import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectFiles } from '../../src/collect/collect.js';
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
  // 50 MiB of valid YAML: over the default 5 MiB limit, so it must be skipped without being read.
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
