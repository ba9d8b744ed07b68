import { reviewFiles } from '../../helpers/review.js';

const rule = 'input/unused-suppression';
const deployment = (annotation: string, resources = '') =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  annotations:\n    manifest-review.io/ignore: ${annotation}\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: web:1.0\n${resources}`;
const withMemory = '          resources: { requests: { memory: 256Mi }, limits: { memory: 256Mi } }\n';

describe('input/unused-suppression', () => {
  test('a suppression that hides a finding is used: nothing to report', () => {
    // No memory limit: memory-budget/missing-memory fires on the Deployment and is suppressed.
    expect(reviewFiles({ 'web.yaml': deployment('"memory-budget -- sized by hand"') }).filter((f) => f.rule === rule)).toEqual([]);
  });

  test('once the finding is gone, the suppression is a notice at the directive', () => {
    const findings = reviewFiles({ 'web.yaml': deployment('"memory-budget -- sized by hand"', withMemory) }).filter((f) => f.rule === rule);
    expect(findings).toEqual([
      expect.objectContaining({
        severity: 'notice',
        startLine: 6,
        message: 'no memory-budget finding on Deployment web to suppress; remove `memory-budget` from this suppression',
      }),
    ]);
  });

  test('a name that is no rule or family is reported as such', () => {
    const findings = reviewFiles({ 'web.yaml': deployment('"memory-budgte -- typo"') }).filter((f) => f.rule === rule);
    expect(findings.map((f) => f.message)).toEqual([
      '`memory-budgte` is not a rule id or family of manifest-review, so this suppression hides nothing; fix the name or remove it',
    ]);
  });

  test('a suppression of rules that did not run is not judged', () => {
    const findings = reviewFiles(
      { 'web.yaml': deployment('"memory-budget -- sized by hand"', withMemory) },
      { severity: (r) => (r.family === 'memory-budget' ? 'off' : undefined) },
    );
    expect(findings.filter((f) => f.rule === rule)).toEqual([]);
  });
});
