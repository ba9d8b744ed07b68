import { reviewWithConfig } from '../../helpers/config.js';

const cluster = (version: string) => `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: prod, region: eu-west-1, version: '${version}'}\n`;
const widget = 'apiVersion: example.com/v1beta1\nkind: Widget\nmetadata: {name: w}\nspec: {}\n';
const CONFIG = `apis:
  - apiVersion: example.com/v1beta1
    kind: Widget
    deprecatedIn: "1.30"
    removedIn: "1.33"
    replacementApi: example.com/v1
    replacementAvailableIn: "1.28"
`;

describe('config apis: a repository’s own API versions join the lifecycle table', () => {
  test('removed in the cluster’s version: removed-api, with the configured replacement', () => {
    const run = reviewWithConfig({ 'c.yaml': cluster('1.33'), 'w.yaml': widget }, CONFIG);
    const removed = run.findings.filter((f) => f.rule === 'version-skew/removed-api');
    expect(removed).toHaveLength(1);
    expect(removed[0]?.message).toContain('example.com/v1beta1 Widget is no longer served from Kubernetes 1.33 on');
    expect(removed[0]?.message).toContain('use apiVersion: example.com/v1 (served since 1.28)');
  });

  test('deprecated in the cluster’s version: deprecated-api', () => {
    const run = reviewWithConfig({ 'c.yaml': cluster('1.31'), 'w.yaml': widget }, CONFIG);
    expect(run.findings.filter((f) => f.rule === 'version-skew/deprecated-api').map((f) => f.path)).toEqual(['w.yaml']);
  });

  test('without the entry, nothing is known about the Widget', () => {
    const run = reviewWithConfig({ 'c.yaml': cluster('1.33'), 'w.yaml': widget }, '{}\n');
    expect(run.findings.filter((f) => f.rule.startsWith('version-skew/') && f.path === 'w.yaml')).toEqual([]);
  });

  test('an entry without removedIn, or with a version that is not a minor, is an invalid-config finding at its line', () => {
    const run = reviewWithConfig({ 'c.yaml': cluster('1.33') }, 'apis:\n  - apiVersion: example.com/v1beta1\n    kind: Widget\n    removedIn: soon\n');
    const invalid = run.findings.filter((f) => f.rule === 'input/invalid-config');
    expect(invalid.length).toBeGreaterThan(0);
    expect(invalid[0]?.startLine).toBeGreaterThanOrEqual(2);
  });
});
