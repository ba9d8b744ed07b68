/**
 * The fallback renderer: a root the native build does not reproduce is rendered by
 * `kubectl kustomize` when kubectl is on PATH, with object-level provenance and a notice.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reviewPaths } from '../../../src/engine/review.js';
import { kubectlAvailable, kubectlReason } from '../../../src/load/kustomize/kubectl.js';

test("kubectl's reason loses klog's timestamp and process id, so two runs say the same", () => {
  const a = 'E1202 13:47:48.078115    7032 run.go:72] "command failed" err="accumulating resources: \\"x.yaml\\" missing"\n';
  const b = 'E1202 13:49:01.000001    9999 run.go:72] "command failed" err="accumulating resources: \\"x.yaml\\" missing"\n';
  expect(kubectlReason(a)).toBe('accumulating resources: "x.yaml" missing');
  expect(kubectlReason(b)).toBe(kubectlReason(a));
  expect(kubectlReason('Error: must build at directory: not a valid directory\n')).toBe('must build at directory: not a valid directory');
  expect(kubectlReason('')).toBeUndefined();
});

const haveKubectl = kubectlAvailable();
if (!haveKubectl) console.log('kubectl fallback test SKIPPED: kubectl is not on PATH');

(haveKubectl ? describe : describe.skip)('with kubectl on PATH', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kustomize-fallback-'));
    mkdirSync(path.join(dir, 'app'));
    // `replacements` is not built natively: kubectl renders the root.
    writeFileSync(
      path.join(dir, 'app', 'kustomization.yaml'),
      'resources: [deployment.yaml, source.yaml]\nreplacements:\n  - source: {kind: ConfigMap, name: sizes, fieldPath: data.memory}\n    targets:\n      - select: {kind: Deployment, name: web}\n        fieldPaths: [spec.template.spec.containers.0.resources.limits.memory]\n',
    );
    writeFileSync(path.join(dir, 'app', 'source.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: sizes}\ndata: {memory: 1Gi}\n');
    writeFileSync(
      path.join(dir, 'app', 'deployment.yaml'),
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec:\n      containers:\n        - name: app\n          image: example/app\n          resources: {requests: {memory: 1Gi}, limits: {memory: SET-BY-REPLACEMENT}}\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the rendered objects are reviewed, findings point at the kustomization, a notice says why', () => {
    const result = reviewPaths({ cwd: dir, paths: ['.'], now: new Date('2026-06-01T00:00:00Z') });
    const [web] = result.tree.model.workloads;
    expect(web?.pod.containers[0]?.memoryLimitText).toBe('1Gi');
    expect(result.findings).toContainEqual(
      expect.objectContaining({
        rule: 'input/skipped',
        path: 'app/kustomization.yaml',
        startLine: 2,
        message: expect.stringContaining('built with `kubectl kustomize` because `replacements` is not built natively'),
      }),
    );
    expect(result.findings.filter((f) => f.path === 'app/deployment.yaml')).toEqual([]);
  });
});
