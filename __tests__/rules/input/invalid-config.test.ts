import { CONFIG_PATH, reviewWithConfig } from '../../helpers/config.js';

const rule = 'input/invalid-config';
const FILES = { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\n' };

describe('input/invalid-config', () => {
  test('a config mistake is an error at its line in the config file, and the rest of the config applies', () => {
    const yaml = 'rules:\n  version-skew: error\n  memory-budget: warn\n';
    const { findings, config } = reviewWithConfig(FILES, yaml);
    expect(findings.filter((f) => f.rule === rule)).toEqual([
      expect.objectContaining({ severity: 'error', path: CONFIG_PATH, startLine: 3, message: expect.stringContaining('did you mean `warning`?') }),
    ]);
    expect(config.config.rules).toEqual({ 'version-skew': { severity: 'error' } });
  });

  test('a valid config gets none; the rule’s own severity can be set like any rule’s', () => {
    expect(reviewWithConfig(FILES, 'rules:\n  memory-budget: warning\n').findings.filter((f) => f.rule === rule)).toEqual([]);
    const tuned = reviewWithConfig(FILES, 'rules:\n  input/invalid-config: warning\n  memory-budget: warn\n');
    expect(tuned.findings.filter((f) => f.rule === rule).map((f) => f.severity)).toEqual(['warning']);
  });
});
