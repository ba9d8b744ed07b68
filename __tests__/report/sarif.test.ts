import { jest } from '@jest/globals';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { reviewPaths } from '../../src/engine/review.js';
import type { Finding } from '../../src/findings.js';
import { buildSarif, toRelativeUri, type SarifLog } from '../../src/report/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { reviewFiles } from '../helpers/review.js';
import { CORPUS } from '../helpers/paths.js';
import { sarifProblems } from '../helpers/sarif-essentials.js';
import { testWithCorpus } from '../helpers/corpus.js';

const ARCHIVED = path.join(CORPUS, 'kubernetes__examples', '_archived');

const fingerprints = (log: SarifLog) => log.runs[0].results.map((r) => r.partialFingerprints.primaryLocationLineHash);

describe('SARIF 2.1.0 for code scanning', () => {
  testWithCorpus('real corpus findings: the essentials GitHub requires, every rule described, regions on every result', () => {
    const { findings } = reviewPaths({ cwd: ARCHIVED, paths: ['.'] });
    expect(findings.length).toBeGreaterThan(0);
    const log = buildSarif(findings, { rules: RULES, version: '0.1.0', ruleUrl: (id) => `https://github.com/o/r/blob/v1/docs/rules/${id}.md` });
    expect(sarifProblems(log)).toEqual([]);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.results).toHaveLength(findings.length);
    const parseError = run.tool.driver.rules.find((r) => r.id === 'input/parse-error');
    expect(parseError).toMatchObject({ defaultConfiguration: { level: 'error' }, helpUri: 'https://github.com/o/r/blob/v1/docs/rules/input/parse-error.md' });
    const byUri = run.results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'openshift-origin/etcd-controller.yaml');
    expect(byUri?.locations[0].physicalLocation.region).toMatchObject({ startLine: 12, startColumn: 3, endLine: 12 });
    expect(new Set(fingerprints(log)).size).toBe(findings.length);
  });

  test('severity maps to level; the arithmetic follows the message', () => {
    const f = (severity: Finding['severity'], rule = 'input/parse-error'): Finding => ({
      rule,
      severity,
      path: 'a.yaml',
      startLine: 3,
      endLine: 5,
      startColumn: 1,
      endColumn: 9,
      message: 'does not fit',
      details: '3.5Gi > 3.1Gi',
    });
    const log = buildSarif([f('error'), f('warning'), f('notice'), f('error', 'not-registered/internal')], { rules: RULES, version: '0.1.0' });
    expect(log.runs[0].results.map((r) => r.level)).toEqual(['error', 'error', 'warning', 'note']);
    expect(log.runs[0].results[0]?.message.text).toBe('does not fit\n\n3.5Gi > 3.1Gi');
    // A rule outside the registry (an internal error) still gets described, so ruleIndex resolves.
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0].tool.driver.rules.at(-1)?.id).toBe('not-registered/internal');
  });

  test('fingerprints are stable when lines move, and distinct for repeated findings', () => {
    const doc = (i: number) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n  name: d${i}\n`;
    const before = reviewFiles({ 'k8s/a.yaml': doc(1) + doc(2) });
    const after = reviewFiles({ 'k8s/a.yaml': `# a comment pushes everything down\n\n\n${doc(1)}${doc(2)}` });
    expect(after.map((f) => f.startLine)).toEqual(before.map((f) => f.startLine + 3));
    const a = buildSarif(before, { rules: RULES, version: '0.1.0' });
    const b = buildSarif(after, { rules: RULES, version: '0.1.0' });
    expect(fingerprints(b)).toEqual(fingerprints(a));
    expect(new Set(fingerprints(a)).size).toBe(2);
  });

  test('URIs are repo-relative and percent-encoded', () => {
    expect(toRelativeUri('k8s/my app#1.yaml')).toBe('k8s/my%20app%231.yaml');
    expect(toRelativeUri('./charts\\web.yaml')).toBe('charts/web.yaml');
  });

  test('results over the per-run limit keep the most severe and say how many were dropped', () => {
    const many: Finding[] = Array.from({ length: 30 }, (_, i) => ({
      rule: 'input/skipped',
      severity: i < 5 ? 'error' : 'notice',
      path: `f${i}.yaml`,
      startLine: 1,
      endLine: 1,
      message: 'm',
    }));
    const log = buildSarif(many, { rules: RULES, version: '0.1.0', maxResults: 10 });
    expect(log.runs[0].results).toHaveLength(10);
    expect(log.runs[0].results.filter((r) => r.level === 'error')).toHaveLength(5);
    expect(log.runs[0].properties).toEqual({ omittedResults: 20 });
  });

  testWithCorpus('the CLI prints the same log with --format sarif', () => {
    let out = '';
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    try {
      expect(main(['--format', 'sarif', 'openshift-origin'], ARCHIVED)).toBe(1);
    } finally {
      write.mockRestore();
    }
    const log = JSON.parse(out) as SarifLog;
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual([
      'openshift-origin/etcd-controller.yaml',
      'openshift-origin/etcd-discovery-controller.yaml',
      'openshift-origin/openshift-controller.yaml',
      'openshift-origin/openshift-service.yaml',
    ]);
  });
});
