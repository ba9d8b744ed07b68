import { reviewFiles } from '../../helpers/review.js';

const rule = 'input/skipped';

describe('input/skipped', () => {
  test('a Helm template is not parsed as YAML: a notice says so, not a parse error', () => {
    const template = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-settings\n';
    const findings = reviewFiles({ 'chart/templates/cm.yaml': template });
    expect(findings.filter((f) => f.rule === rule)).toEqual([expect.objectContaining({ severity: 'notice', path: 'chart/templates/cm.yaml' })]);
    expect(findings.filter((f) => f.rule === 'input/parse-error')).toEqual([]);
  });

  test('the rendered manifest is reviewed, with no notice', () => {
    const rendered = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-settings\n';
    expect(reviewFiles({ 'cm.yaml': rendered }).filter((f) => f.rule === rule)).toEqual([]);
  });
});
