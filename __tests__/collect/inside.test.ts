import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectFiles } from '../../src/collect/collect.js';
import { isInside } from '../../src/collect/inside.js';

describe('isInside', () => {
  test.each([
    ['/repo', '/repo', true],
    ['/repo', '/repo/k8s/app.yaml', true],
    ['/repo', '/repo/..data/app.yaml', true],
    ['/repo', '/repo/...', true],
    ['/repo', '/', false],
    ['/repo', '/repo-other/app.yaml', false],
    ['/repo/k8s', '/repo/app.yaml', false],
    ['/repo', '/elsewhere/..data', false],
  ])('%s holds %s: %s', (root, candidate, expected) => {
    expect(isInside(root, candidate)).toBe(expected);
  });
});

describe('collect and names that begin with ..', () => {
  let base: string;
  beforeAll(() => {
    base = mkdtempSync(path.join(tmpdir(), 'mr-inside-'));
    // Kubernetes' atomic writer layout: the files are links into a `..data` directory.
    mkdirSync(path.join(base, 'repo', '..data'), { recursive: true });
    writeFileSync(path.join(base, 'repo', '..data', 'pod.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n');
    symlinkSync(path.join(base, 'repo', '..data', 'pod.yaml'), path.join(base, 'repo', 'pod.yaml'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  test('a link into a ..data directory of the tree is read, not called outside', () => {
    const root = path.join(base, 'repo');
    const result = collectFiles({ cwd: root, paths: ['.'], include: ['*.yaml'] });
    expect(result.findings).toEqual([]);
    expect(result.files.map((f) => f.path)).toEqual(['pod.yaml']);
  });
});
