import { EKS_VERSIONS } from '../../../src/data/eks-versions.js';
import endOfSupport from '../../../src/rules/version-skew/end-of-support.js';
import { findingsOf } from '../../helpers/review.js';

const cluster = (version: string): Record<string, string> => ({
  'cluster.yaml': `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  region: eu-west-1\n  version: '${version}'\n`,
});

const at = (iso: string): Date => new Date(iso);
const dayBefore = (date: string): Date => new Date(Date.parse(`${date}T00:00:00Z`) - 1);
const severityOn = (version: string, now: Date): string | undefined => {
  const findings = findingsOf(endOfSupport, cluster(version), { now });
  expect(findings.length).toBeLessThanOrEqual(1);
  return findings[0]?.severity;
};

describe('end of EKS support, on the calendar boundaries (UTC days)', () => {
  test.each(EKS_VERSIONS.map((v) => [v.version, v] as const))('%s', (version, row) => {
    expect(severityOn(version, at(`${row.eksRelease}T12:00:00Z`))).toBeUndefined();
    expect(severityOn(version, dayBefore(row.endOfStandardSupport))).toBeUndefined();
    if (row.endOfExtendedSupport) {
      expect(severityOn(version, at(`${row.endOfStandardSupport}T00:00:00Z`))).toBe('warning');
      expect(severityOn(version, dayBefore(row.endOfExtendedSupport))).toBe('warning');
      expect(severityOn(version, at(`${row.endOfExtendedSupport}T00:00:00Z`))).toBe('error');
    } else {
      // Before extended support existed (up to 1.20), the end of standard support was the end.
      expect(severityOn(version, at(`${row.endOfStandardSupport}T00:00:00Z`))).toBe('error');
    }
  });

  test('messages give the dates, the consequence and the version to move to', () => {
    const [extended] = findingsOf(endOfSupport, cluster('1.31'), { now: at('2026-05-01T00:00:00Z') });
    expect(extended).toMatchObject({ severity: 'warning', path: 'cluster.yaml', startLine: 6 });
    expect(extended?.message).toBe(
      'cluster prod runs 1.31, which left EKS standard support on 2025-11-26 (today is 2026-05-01): it runs on paid extended support until 2026-11-26, ' +
        'when EKS upgrades the control plane (not the nodes) by itself; upgrade one minor at a time to 1.33 or later (in standard support until 2026-07-29).',
    );
    const [ended] = findingsOf(endOfSupport, cluster('1.13'), { now: at('2026-05-01T00:00:00Z') });
    expect(ended?.message).toMatch(
      /^cluster prod runs 1\.13: EKS support for 1\.13 ended on 2020-06-30 \(it had no extended support\), and today is 2026-05-01;/,
    );
    const [afterExtended] = findingsOf(endOfSupport, cluster('1.24'), { now: at('2026-05-01T00:00:00Z') });
    expect(afterExtended?.message).toMatch(/EKS extended support for 1\.24 ended on 2025-01-31/);
  });

  test('versions outside the calendar, unknown versions and odd values say nothing', () => {
    const now = at('2026-05-01T00:00:00Z');
    expect(findingsOf(endOfSupport, cluster('1.37'), { now })).toEqual([]);
    expect(findingsOf(endOfSupport, cluster('1.9'), { now })).toEqual([]);
    expect(findingsOf(endOfSupport, cluster('latest'), { now })).toEqual([]);
    const versionless = { 'c.yaml': 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n' };
    expect(findingsOf(endOfSupport, versionless, { now })).toEqual([]);
  });

  test('an unquoted YAML version (1.30 parses as the number 1.3) is read from the source text', () => {
    const files = { 'c.yaml': 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  version: 1.30\n' };
    const [finding] = findingsOf(endOfSupport, files, { now: at('2026-08-01T00:00:00Z') });
    expect(finding?.message).toMatch(/^cluster prod runs 1\.30: EKS extended support for 1\.30 ended on 2026-07-23/);
  });
});
