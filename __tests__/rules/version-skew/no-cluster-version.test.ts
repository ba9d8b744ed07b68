import noClusterVersion from '../../../src/rules/version-skew/no-cluster-version.js';
import removedApi from '../../../src/rules/version-skew/removed-api.js';
import { findingsOf } from '../../helpers/review.js';
import { oldestRunnable } from '../../../src/rules/version-skew/_calendar.js';

const NOW = { now: new Date('2026-12-02T00:00:00Z') };
const manifest = (apiVersion: string, kind: string, name = 'web') => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata: {name: ${name}}\nspec: {}\n`;

describe('no cluster version in the repository', () => {
  test('an API removed before the oldest version any EKS cluster can run today is an error, with why', () => {
    // EKS upgrades every control plane at the end of its version's support: on 2026-12-02, 1.31's
    // extended support ended on 2026-11-26, so nothing older than 1.32 runs.
    expect(oldestRunnable(NOW.now)?.version).toBe('1.32');
    const [f, ...rest] = findingsOf(removedApi, { 'ingress.yaml': manifest('extensions/v1beta1', 'Ingress') }, NOW);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', startLine: 1 });
    expect(f?.message).toContain('no EKS cluster runs anything older than 1.32 today (2026-12-02;');
    expect(f?.message).toContain('every EKS API server rejects this manifest even though no cluster version is stated here');
    expect(f?.message).toContain('use apiVersion: networking.k8s.io/v1');
  });

  test('an API still served by the oldest running EKS version is not an error without a cluster version', () => {
    expect(findingsOf(removedApi, { 'vap.yaml': manifest('admissionregistration.k8s.io/v1beta1', 'ValidatingAdmissionPolicy') }, NOW)).toEqual([]);
  });

  test('once a cluster version is known, the ordinary check applies instead', () => {
    const cluster = `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: prod, region: eu-west-1, version: '1.33'}\n`;
    const findings = findingsOf(removedApi, { 'c.yaml': cluster, 'ingress.yaml': manifest('extensions/v1beta1', 'Ingress') }, NOW);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('cluster prod runs 1.33');
  });

  test('one notice per review names the APIs that could not be checked and how to give a version', () => {
    const files = {
      'a.yaml': manifest('admissionregistration.k8s.io/v1beta1', 'ValidatingAdmissionPolicy', 'a'),
      'b.yaml': manifest('storage.k8s.io/v1beta1', 'VolumeAttributesClass', 'b'),
      'c.yaml': manifest('admissionregistration.k8s.io/v1beta1', 'ValidatingAdmissionPolicy', 'c'),
      'old.yaml': manifest('extensions/v1beta1', 'Ingress'),
    };
    const findings = findingsOf(noClusterVersion, files, NOW);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'notice', path: 'a.yaml' });
    expect(findings[0]?.message).toContain('3 manifests use APIs that Kubernetes deprecates or removes');
    expect(findings[0]?.message).toContain('clusters: [{name: prod, provider: eks, version:');
  });

  test('no notice when a version is known, or when no manifest uses a listed API', () => {
    const cluster = `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: prod, region: eu-west-1, version: '1.33'}\n`;
    expect(
      findingsOf(noClusterVersion, { 'c.yaml': cluster, 'a.yaml': manifest('admissionregistration.k8s.io/v1beta1', 'ValidatingAdmissionPolicy') }, NOW),
    ).toEqual([]);
    expect(findingsOf(noClusterVersion, { 'a.yaml': manifest('apps/v1', 'Deployment') }, NOW)).toEqual([]);
  });
});
