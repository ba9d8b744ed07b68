import { reviewFiles } from '../../helpers/review.js';
import { eksctlCluster } from './_clusters.js';

const rule = 'version-skew/deprecated-api';
const cronJob = (apiVersion: string) =>
  `apiVersion: ${apiVersion}\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate: { spec: { template: { spec: { restartPolicy: OnFailure, containers: [{ name: job, image: busybox }] } } } }\n`;
const of = (version: string, apiVersion = 'batch/v1beta1') =>
  reviewFiles({ 'cluster.yaml': eksctlCluster(version), 'job.yaml': cronJob(apiVersion) }, { now: new Date('2026-06-01') }).filter((f) => f.rule === rule);

describe('version-skew/deprecated-api', () => {
  test('an API deprecated in the cluster version but still served is a warning at its apiVersion', () => {
    const [f, ...rest] = of('1.23');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning', path: 'job.yaml', startLine: 1, object: { kind: 'CronJob', name: 'nightly' } });
    expect(f?.message).toContain('batch/v1');
  });

  test('before the deprecation, and once it is removed (removed-api takes over), not this rule', () => {
    expect(of('1.20')).toEqual([]);
    expect(of('1.25')).toEqual([]);
  });

  test('the current API gets none', () => {
    expect(of('1.23', 'batch/v1')).toEqual([]);
  });
});
