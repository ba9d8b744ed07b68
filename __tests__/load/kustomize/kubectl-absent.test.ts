/**
 * A root whose build fails on a file that is not there is not handed to `kubectl kustomize`:
 * Kustomize would fail on it the same way, a process spawn later (on ../shared/corpus, six such
 * roots cost ~0.45 s of a ~3 s review). A file that is there but was not reviewed still is.
 * A stand-in kubectl on PATH records what it was asked.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reviewPaths } from '../../../src/engine/review.js';
import { commonDirectory, within } from '../../../src/load/kustomize/index.js';
import { absentOnDisk } from '../../../src/load/kustomize/kubectl.js';
import { standInKubectl, type StandInKubectl } from '../../helpers/stand-in-kubectl.js';

let dir = '';
let outside = '';
let kubectl: StandInKubectl;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kustomize-absent-'));
  // Outside the tree: what a symlink of the tree points at.
  outside = mkdtempSync(path.join(os.tmpdir(), 'kustomize-absent-out-'));
  kubectl = standInKubectl(`echo 'Error: stand-in kubectl refuses' >&2\nexit 1`);
  const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: a}]\n';
  for (const app of ['gone', 'present']) {
    mkdirSync(path.join(dir, app));
    writeFileSync(path.join(dir, app, 'deployment.yaml'), deployment);
  }
  writeFileSync(path.join(dir, 'gone', 'kustomization.yaml'), 'resources: [deployment.yaml, missing.yaml]\n');
  // There on disk, a regular file the review does not read (over the size limit the test sets): kubectl's to judge.
  writeFileSync(path.join(dir, 'present', 'kustomization.yaml'), 'resources: [deployment.yaml, extra.yaml]\n');
  writeFileSync(path.join(dir, 'present', 'extra.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: extra}\n# ${'padding '.repeat(100)}\n`);
  // A symlink out of the tree: kubectl is not run to follow it.
  mkdirSync(path.join(dir, 'linked'));
  writeFileSync(path.join(dir, 'linked', 'deployment.yaml'), deployment);
  writeFileSync(path.join(dir, 'linked', 'kustomization.yaml'), 'resources: [deployment.yaml, extra.yaml]\n');
  writeFileSync(path.join(outside, 'extra.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: extra}\n');
  symlinkSync(path.join(outside, 'extra.yaml'), path.join(dir, 'linked', 'extra.yaml'));
});

afterAll(() => {
  kubectl.restore();
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

test('nothing on disk: the build fails with the reason, kubectl is not run for it', () => {
  const result = reviewPaths({ cwd: dir, paths: ['gone'], now: new Date('2026-06-01T00:00:00Z') });
  const failed = result.findings.filter((f) => f.rule === 'input/build-failed');
  expect(failed).toHaveLength(1);
  expect(failed[0]?.message).toContain('resource "missing.yaml" is not among the reviewed files: there is no such file or directory');
  expect(failed[0]?.message).not.toContain('kubectl');
  expect(kubectl.kustomizeCalls()).toEqual([]);
});

test('there on disk but not reviewed: kubectl is still asked, and its failure is said', () => {
  const result = reviewPaths({ cwd: dir, paths: ['present'], maxFileBytes: 400, now: new Date('2026-06-01T00:00:00Z') });
  const failed = result.findings.filter((f) => f.rule === 'input/build-failed');
  expect(failed).toHaveLength(1);
  expect(failed[0]?.message).toContain('`kubectl kustomize` failed too: stand-in kubectl refuses');
  expect(kubectl.kustomizeCalls()).toHaveLength(1);
});

test('absentOnDisk: only a path with nothing at all there', () => {
  writeFileSync(path.join(dir, 'file.yaml'), 'a: 1\n');
  symlinkSync(path.join(dir, 'nowhere'), path.join(dir, 'dangling.yaml'));
  expect(absentOnDisk(dir, 'file.yaml')).toBe(false);
  expect(absentOnDisk(dir, 'gone')).toBe(false);
  expect(absentOnDisk(dir, 'missing.yaml')).toBe(true);
  expect(absentOnDisk(dir, 'file.yaml/below.yaml')).toBe(true);
  // A dangling symlink is something: kubectl reports it in its own words.
  expect(absentOnDisk(dir, 'dangling.yaml')).toBe(false);
  // The reviewed tree may sit beside the working directory (`manifest-review ../infra`).
  expect(absentOnDisk(path.join(dir, 'gone'), '../present/deployment.yaml')).toBe(false);
  expect(absentOnDisk(path.join(dir, 'gone'), '../present/missing.yaml')).toBe(true);
});

test('a symlink the review did not follow: kubectl is not run to follow it either', () => {
  rmSync(kubectl.calls, { force: true });
  const result = reviewPaths({ cwd: dir, paths: ['linked'], now: new Date('2026-06-01T00:00:00Z') });
  const failed = result.findings.filter((f) => f.rule === 'input/build-failed');
  expect(failed).toHaveLength(1);
  expect(failed[0]?.message).toContain(
    '`kubectl kustomize` was not run: it would read extra.yaml (linked/kustomization.yaml:1), which is not a file of the reviewed tree',
  );
  expect(kubectl.kustomizeCalls()).toEqual([]);
});

test('beyond the reviewed tree nothing is looked up, nor read by kubectl', () => {
  writeFileSync(path.join(dir, 'gone', 'kustomization.yaml'), 'resources: [deployment.yaml, ../../nowhere-at-all.yaml]\n');
  rmSync(kubectl.calls, { force: true });
  try {
    const result = reviewPaths({ cwd: dir, paths: ['gone'], now: new Date('2026-06-01T00:00:00Z') });
    const failed = result.findings.filter((f) => f.rule === 'input/build-failed');
    expect(failed[0]?.message).not.toContain('no such file or directory');
    expect(failed[0]?.message).toContain('`kubectl kustomize` was not run: it would read ../../nowhere-at-all.yaml (gone/kustomization.yaml:1)');
    expect(kubectl.kustomizeCalls()).toEqual([]);
  } finally {
    writeFileSync(path.join(dir, 'gone', 'kustomization.yaml'), 'resources: [deployment.yaml, missing.yaml]\n');
  }
});

test('commonDirectory and within: the reviewed tree, wherever it sits', () => {
  const files = (...paths: string[]) => paths.map((p) => ({ path: p }));
  expect(commonDirectory(files('a/x.yaml', 'b/y.yaml'))).toBe('.');
  expect(commonDirectory(files('x.yaml'))).toBe('.');
  expect(commonDirectory(files('../shared/corpus/a/x.yaml', '../shared/corpus/b/c/y.yaml'))).toBe('../shared/corpus');
  expect(commonDirectory(files('../x.yaml', '../shared/y.yaml'))).toBe('..');
  // A directory that only starts like the common one so far (a/bc beside a/b) shortens it.
  expect(commonDirectory(files('a/b/c/x.yaml', 'a/b/y.yaml', 'a/b/c/d/z.yaml', 'a/bc/w.yaml', 'a/v.yaml'))).toBe('a');
  expect(commonDirectory(files('a/b/c/x.yaml', 'a/b/c/d/z.yaml', 'a/b/c/y.yaml'))).toBe('a/b/c');
  expect(commonDirectory(files('a/b/x.yaml', 'a/b/c/y.yaml', 'x.yaml', 'a/b/z.yaml'))).toBe('.');
  expect(commonDirectory(files('../a/x.yaml', '../b/y.yaml', '../c/z.yaml'))).toBe('..');
  expect(within('a/missing.yaml', '.')).toBe(true);
  expect(within('../etc/x', '.')).toBe(false);
  expect(within('../shared/corpus/a/b.yaml', '../shared/corpus')).toBe(true);
  expect(within('../shared/corpusx/b.yaml', '../shared/corpus')).toBe(false);
  expect(within('../x.yaml', '..')).toBe(true);
  expect(within('../../etc/x', '..')).toBe(false);
  expect(within('/etc/x', '.')).toBe(false);
});
