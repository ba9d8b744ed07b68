/**
 * Reviewing one overlay (`manifest-review overlays/prod`): its base lies outside the reviewed
 * path, and is read as `kubectl kustomize overlays/prod` would read it — but only inside the
 * review's root, through the collector's limits.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reviewPaths } from '../../../src/engine/review.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: app
          image: example/app
`;
let dir = '';
let outside = '';
beforeAll(() => {
  outside = mkdtempSync(path.join(os.tmpdir(), 'kustomize-outside-'));
  writeFileSync(path.join(outside, 'secret.yaml'), DEPLOYMENT.replace('name: web', 'name: stolen'));
  dir = mkdtempSync(path.join(os.tmpdir(), 'kustomize-paths-'));
  const write = (file: string, text: string): void => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  write('base/kustomization.yaml', 'resources: [deployment.yaml]\n');
  write('base/deployment.yaml', DEPLOYMENT);
  write('overlays/prod/kustomization.yaml', 'resources: [../../base]\nnamePrefix: prod-\n');
  write('overlays/leak/kustomization.yaml', `resources: [${path.relative(path.join(dir, 'overlays', 'leak'), path.join(outside, 'secret.yaml'))}]\n`);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

test('one overlay reviewed: its base is read from beside it and findings point into the base', () => {
  const result = reviewPaths({ cwd: dir, paths: ['overlays/prod'], now: new Date('2026-06-01T00:00:00Z') });
  expect(result.tree.model.workloads.map((w) => w.name)).toEqual(['prod-web']);
  const missing = result.findings.filter((f) => f.rule === 'memory-budget/missing-memory');
  expect(missing.map((f) => `${f.path}:${f.startLine}`)).toEqual(['base/deployment.yaml:10']);
  expect(missing[0]?.message).toContain('(holds in the Kustomize build of overlays/prod)');
});

test('a resource above the review root is never read natively', () => {
  const result = reviewPaths({ cwd: dir, paths: ['overlays/leak'], now: new Date('2026-06-01T00:00:00Z') });
  // Natively it is not among the files; kubectl, when present, refuses files outside the root too.
  expect(result.tree.model.workloads.map((w) => w.name)).not.toContain('stolen');
  expect(result.findings.filter((f) => f.rule === 'input/build-failed').map((f) => f.path)).toEqual(['overlays/leak/kustomization.yaml']);
  expect(result.findings.some((f) => f.path.includes('secret'))).toBe(false);
});
