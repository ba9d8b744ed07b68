/**
 * `kubectl kustomize` runs are reading, and share the review's time budget as helm's renders do:
 * a tree of roots that each make kubectl hang (a generator reading a FIFO) cannot hold the job for
 * a minute per root, and a root left unrendered fails the review closed. A stand-in kubectl hangs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reviewPaths } from '../../../src/engine/review.js';
import { standInKubectl, type StandInKubectl } from '../../helpers/stand-in-kubectl.js';

let dir = '';
let kubectl: StandInKubectl;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'kustomize-budget-'));
  kubectl = standInKubectl('exec sleep 600');
  for (const root of ['a', 'b', 'c']) {
    mkdirSync(path.join(dir, root));
    writeFileSync(
      path.join(dir, root, 'deployment.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: a}]\n',
    );
    // `replacements` is not built natively: each root goes to kubectl.
    writeFileSync(
      path.join(dir, root, 'kustomization.yaml'),
      'resources: [deployment.yaml]\nreplacements:\n  - source: {kind: Deployment, name: web, fieldPath: metadata.name}\n    targets:\n      - select: {kind: Deployment}\n        fieldPaths: [metadata.annotations.copy]\n',
    );
  }
});

afterAll(() => {
  kubectl.restore();
  rmSync(dir, { recursive: true, force: true });
});

test('a hanging kubectl is stopped within the budget, and every root it could not render is an input/incomplete error', () => {
  const started = Date.now();
  const result = reviewPaths({ cwd: dir, paths: ['.'], timeBudgetMs: 2_000, now: new Date('2026-06-01T00:00:00Z') });
  const elapsed = Date.now() - started;
  // The first run gets three quarters of the budget, the others what is left of that share: none.
  expect(elapsed).toBeLessThan(10_000);
  const rendered = kubectl.kustomizeCalls();
  expect(rendered.length).toBeGreaterThanOrEqual(1);
  expect(rendered.length).toBeLessThan(3);
  const incomplete = result.findings.filter((f) => f.rule === 'input/incomplete' && f.path.endsWith('kustomization.yaml'));
  expect(incomplete.map((f) => f.path).sort()).toEqual(['a/kustomization.yaml', 'b/kustomization.yaml', 'c/kustomization.yaml']);
  expect(incomplete.every((f) => f.severity === 'error')).toBe(true);
  expect(incomplete.map((f) => f.message)).toContainEqual(
    expect.stringMatching(/`replacements` is not built natively, and `kubectl kustomize` did not render it: kubectl did not finish within \d+ s/),
  );
  expect(incomplete.map((f) => f.message)).toContainEqual(
    expect.stringContaining("did not render it: the review's time budget ran out before it was rendered"),
  );
  // Pointed at the line that stopped the native build.
  expect(incomplete.find((f) => f.path === 'a/kustomization.yaml')).toMatchObject({ startLine: 2 });
});
