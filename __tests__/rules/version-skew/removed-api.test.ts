import { reviewFiles } from '../../helpers/review.js';
import { eksctlCluster } from './_clusters.js';

const rule = 'version-skew/removed-api';
const ingress = 'apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata:\n  name: web\nspec:\n  backend: { serviceName: web, servicePort: 80 }\n';
const of = (version: string) =>
  reviewFiles({ 'cluster.yaml': eksctlCluster(version), 'ingress.yaml': ingress }, { now: new Date('2026-06-01') }).filter((f) => f.rule === rule);

describe('version-skew/removed-api', () => {
  test('an API the cluster version no longer serves is an error at its apiVersion, naming the replacement', () => {
    const [f, ...rest] = of('1.22');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', path: 'ingress.yaml', startLine: 1, object: { kind: 'Ingress', name: 'web' } });
    expect(f?.message).toContain('networking.k8s.io/v1');
  });

  test('the version before the removal still serves it: not this rule', () => {
    expect(of('1.21')).toEqual([]);
  });

  test('the served version gets none', () => {
    const current = ingress.replace('networking.k8s.io/v1beta1', 'networking.k8s.io/v1');
    expect(reviewFiles({ 'cluster.yaml': eksctlCluster('1.22'), 'ingress.yaml': current }).filter((f) => f.rule === rule)).toEqual([]);
  });
});
