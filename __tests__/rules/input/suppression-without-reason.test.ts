import { reviewFiles } from '../../helpers/review.js';

const rule = 'input/suppression-without-reason';
const configMap = (annotation: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  annotations:\n    manifest-review.io/ignore: ${annotation}\n`;

describe('input/suppression-without-reason', () => {
  test('a suppression with no reason after -- is a notice at the directive', () => {
    const findings = reviewFiles({ 'cm.yaml': configMap('memory-budget') }).filter((f) => f.rule === rule);
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'notice', path: 'cm.yaml', startLine: 6, message: expect.stringContaining('memory-budget -- why this is safe') }),
    ]);
  });

  test('a comment suppression without a reason is reported at the comment', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings # manifest-review-ignore version-skew\n';
    expect(
      reviewFiles({ 'cm.yaml': text })
        .filter((f) => f.rule === rule)
        .map((f) => f.startLine),
    ).toEqual([4]);
  });

  test('a reason, or a suppression that names no rule (another rule’s finding), gets none', () => {
    expect(reviewFiles({ 'cm.yaml': configMap('"memory-budget -- the heap is capped"') }).filter((f) => f.rule === rule)).toEqual([]);
    expect(reviewFiles({ 'cm.yaml': configMap('"-- no rule named"') }).filter((f) => f.rule === rule)).toEqual([]);
  });
});
