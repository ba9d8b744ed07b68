import { reviewFiles } from '../../helpers/review.js';

const rule = 'input/parse-error';

describe('input/parse-error', () => {
  test('a syntax error is an error at its line, and the file’s good documents are still reviewed', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: { name: settings }',
      'data: { keys: [a, b }',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: web }',
      'spec: { template: { spec: { containers: [{ name: web, image: web }] } } }',
      '',
    ].join('\n');
    const findings = reviewFiles({ 'app.yaml': text });
    const errors = findings.filter((f) => f.rule === rule);
    expect(errors).toEqual([expect.objectContaining({ severity: 'error', path: 'app.yaml', startLine: 4 })]);
    // The Deployment after the broken document reached the rules: its missing memory is reported.
    expect(findings.some((f) => f.rule === 'memory-budget/missing-memory' && f.object?.name === 'web')).toBe(true);
  });

  test('well-formed YAML gets none, and another file’s error stays in that file', () => {
    const findings = reviewFiles({ 'good.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n', 'bad.yaml': 'a: 1\na: 2\n' });
    expect(findings.filter((f) => f.rule === rule).map((f) => [f.path, f.startLine])).toEqual([['bad.yaml', 2]]);
  });
});
