import invalidVersion from '../../../src/rules/version-skew/invalid-version.js';
import removedApi from '../../../src/rules/version-skew/removed-api.js';
import { findingsOf } from '../../helpers/review.js';
import { EKS_VERSIONS } from '../../../src/data/eks-versions.js';

const NOW = { now: new Date('2026-12-02T00:00:00Z') };
const eksctl = (version: string) => ({
  'cluster.yaml': `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  region: eu-west-1\n  version: ${version}\n`,
});
const newest = Number(EKS_VERSIONS[EKS_VERSIONS.length - 1]?.version.split('.')[1]);

describe('version-skew/invalid-version', () => {
  test.each(['"1.3"', '1.99', '"2.0"', '"1.9"', '"2"'])('%s is reported as a version EKS does not have, at its line', (version) => {
    const [f, ...rest] = findingsOf(invalidVersion, eksctl(version), NOW);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', startLine: 6 });
    expect(f?.message).toContain(
      `cluster prod states Kubernetes ${version.replace(/"/g, '')}, a version EKS does not have (EKS has offered 1.10 to 1.${newest}`,
    );
  });

  test('every version EKS has offered passes, unquoted 1.30 included (YAML reads it as 1.3)', () => {
    for (const row of EKS_VERSIONS) expect(findingsOf(invalidVersion, eksctl(`"${row.version}"`), NOW)).toEqual([]);
    expect(findingsOf(invalidVersion, eksctl('1.30'), NOW)).toEqual([]);
  });

  test('a placeholder filled in before deploying is not a version: nothing to judge', () => {
    for (const placeholder of ['K8S_VERSION_PLACEHOLDER', '"${K8S_VERSION}"', 'latest'])
      expect(findingsOf(invalidVersion, eksctl(placeholder), NOW)).toEqual([]);
  });

  test('a version just past the table is a warning: the table may be older than EKS', () => {
    const [f] = findingsOf(invalidVersion, eksctl(`"1.${newest + 1}"`), NOW);
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f?.message).toContain('newer than any version this review knows');
  });

  test('a version EKS does not have is never judged by: no removed-API flood against "1.99"', () => {
    // Removed in 1.34: a 1.99 cluster would "remove" it, a real one may well serve it.
    const manifest =
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec: {}\n---\napiVersion: admissionregistration.k8s.io/v1beta1\nkind: ValidatingAdmissionPolicy\nmetadata: {name: old}\nspec: {}\n';
    const files = { ...eksctl('1.99'), 'ingress.yaml': manifest };
    expect(findingsOf(removedApi, files, NOW)).toEqual([]);
  });

  test('a managed node group Version EKS does not have (CloudFormation)', () => {
    const template = `Resources:\n  Workers:\n    Type: AWS::EKS::Nodegroup\n    Properties:\n      ClusterName: prod\n      NodeRole: arn:aws:iam::111122223333:role/n\n      Subnets: [subnet-0aaaaaaaaaaaaaaaa]\n      Version: '1.4'\n`;
    const [f] = findingsOf(invalidVersion, { 'nodes.yaml': template }, NOW);
    expect(f).toMatchObject({ severity: 'error', startLine: 8, message: expect.stringContaining('managed node group Workers states Kubernetes 1.4') });
  });
});
