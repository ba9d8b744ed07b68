import { reviewFiles } from '../../helpers/review.js';

const rule = 'input/build-failed';
const DEPLOYMENT =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: webapp}\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: a, resources: {limits: {memory: 1Gi}}}]\n';

describe('input/build-failed', () => {
  test('a patch whose target does not exist: one warning at the patch entry, with the reason', () => {
    const findings = reviewFiles({
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'base/deployment.yaml': DEPLOYMENT,
      'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches:\n  - path: memory.yaml\n',
      'overlays/prod/memory.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {replicas: 3}\n',
    });
    expect(findings.filter((f) => f.rule === rule)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'overlays/prod/kustomization.yaml',
        startLine: 3,
        message: 'the kustomization in overlays/prod was not built, so its objects were not reviewed: no object matches the patch of Deployment web',
      }),
    ]);
    // The patch is not reviewed as an object of its own either.
    expect(findings.filter((f) => f.path === 'overlays/prod/memory.yaml')).toEqual([]);
  });

  test('the fixed target builds, with no finding', () => {
    const findings = reviewFiles({
      'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
      'base/deployment.yaml': DEPLOYMENT,
      'overlays/prod/kustomization.yaml': 'resources: [../../base]\npatches:\n  - path: memory.yaml\n',
      'overlays/prod/memory.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: webapp}\nspec: {replicas: 3}\n',
    });
    expect(findings.filter((f) => f.rule === rule)).toEqual([]);
  });
});
