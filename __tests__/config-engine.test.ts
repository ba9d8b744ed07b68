import { RULES } from '../src/rules/index.js';
import { defineRule, type Rule, type RuleFamily } from '../src/rules/types.js';
import { reviewWithConfig } from './helpers/config.js';
import { corpusText, describeWithCorpus } from './helpers/corpus.js';

// A real manifest: two Deployments (cartservice, redis-cart) from microservices-demo.
const CARTSERVICE = corpusText('GoogleCloudPlatform__microservices-demo/kubernetes-manifests/cartservice.yaml');
const FILES = { 'apps/cartservice.yaml': CARTSERVICE };

/** A rule that reports every workload and records whether it ran and with which options. */
function probe(id: string, family: RuleFamily, defaultSeverity: Rule['defaultSeverity'] = 'warning') {
  const seen: { runs: number; options?: Readonly<Record<string, unknown>> } = { runs: 0 };
  const rule = defineRule({
    id,
    family,
    defaultSeverity,
    description: `test probe ${id}`,
    check: ({ model, options }) => {
      seen.runs++;
      seen.options = options;
      return model.workloads.map((w) => ({ subject: w, message: `${id} saw ${w.name}` }));
    },
  });
  return { rule, seen };
}

function severities(findings: readonly { rule: string; severity: string }[], rule: string): string[] {
  return [...new Set(findings.filter((f) => f.rule === rule).map((f) => f.severity))];
}

describeWithCorpus('severity overrides and off', () => {
  test('with no config every rule runs at its default severity', () => {
    const a = probe('memory-budget/probe-a', 'memory-budget');
    const { findings } = reviewWithConfig(FILES, '', { rules: [a.rule] });
    expect(findings.filter((f) => f.rule === a.rule.id)).toHaveLength(2);
    expect(severities(findings, a.rule.id)).toEqual(['warning']);
  });

  test('a family severity applies to each of its rules, a rule entry takes precedence', () => {
    const a = probe('memory-budget/probe-a', 'memory-budget');
    const b = probe('memory-budget/probe-b', 'memory-budget', 'notice');
    const c = probe('version-skew/probe-c', 'version-skew');
    const { findings } = reviewWithConfig(FILES, 'rules:\n  memory-budget: error\n  memory-budget/probe-b: notice\n', { rules: [a.rule, b.rule, c.rule] });
    expect(severities(findings, a.rule.id)).toEqual(['error']);
    expect(severities(findings, b.rule.id)).toEqual(['notice']);
    expect(severities(findings, c.rule.id)).toEqual(['warning']);
  });

  test('a severity override replaces the severity a rule chose per finding', () => {
    const twoLevel = defineRule({
      id: 'memory-budget/probe-levels',
      family: 'memory-budget',
      defaultSeverity: 'warning',
      description: 'reports one error and one notice',
      check: ({ model }) => model.workloads.map((w, i) => ({ subject: w, message: w.name, severity: i === 0 ? 'error' : 'notice' })),
    });
    const { findings } = reviewWithConfig(FILES, 'rules:\n  memory-budget/probe-levels: warning\n', { rules: [twoLevel] });
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  test('off per rule: that rule does not run, the others do', () => {
    const a = probe('memory-budget/probe-a', 'memory-budget');
    const b = probe('memory-budget/probe-b', 'memory-budget');
    const { findings } = reviewWithConfig(FILES, 'rules:\n  memory-budget/probe-a: off\n', { rules: [a.rule, b.rule] });
    expect(a.seen.runs).toBe(0);
    expect(b.seen.runs).toBe(1);
    expect(findings.map((f) => f.rule)).toEqual([b.rule.id, b.rule.id]);
  });

  test('off per family: none of its rules runs, unless a rule entry turns one back on', () => {
    const a = probe('memory-budget/probe-a', 'memory-budget');
    const b = probe('memory-budget/probe-b', 'memory-budget');
    const c = probe('version-skew/probe-c', 'version-skew');
    const off = reviewWithConfig(FILES, 'rules:\n  memory-budget: off\n', { rules: [a.rule, b.rule, c.rule] });
    expect([a.seen.runs, b.seen.runs, c.seen.runs]).toEqual([0, 0, 1]);
    expect(new Set(off.findings.map((f) => f.rule))).toEqual(new Set([c.rule.id]));
    const back = reviewWithConfig(FILES, 'rules:\n  memory-budget: off\n  memory-budget/probe-b: error\n', { rules: [a.rule, b.rule] });
    expect(back.findings.map((f) => [f.rule, f.severity])).toEqual([
      [b.rule.id, 'error'],
      [b.rule.id, 'error'],
    ]);
  });

  test('the registered input rules obey the config too', () => {
    const files = { 'broken.yaml': 'a: [\n', 'chart/templates/x.yaml': 'name: {{ .Values.name }}\n' };
    const all = reviewWithConfig(files, '');
    expect(new Set(all.findings.map((f) => f.rule))).toEqual(new Set(['input/parse-error', 'input/skipped']));
    const tuned = reviewWithConfig(files, 'rules:\n  input/skipped: off\n  input/parse-error: warning\n');
    expect(tuned.findings.map((f) => [f.rule, f.severity])).toEqual([['input/parse-error', 'warning']]);
  });

  test('an invalid config is reported through input/invalid-config and the valid part applies', () => {
    const a = probe('memory-budget/probe-a', 'memory-budget');
    const { findings } = reviewWithConfig(FILES, 'rules:\n  memory-budget/probe-a: off\n  memory-budget: loud\n', {
      rules: [a.rule, ...RULES],
    });
    expect(findings).toEqual([expect.objectContaining({ rule: 'input/invalid-config', severity: 'error', path: '.github/manifest-review.yaml', startLine: 3 })]);
    expect(a.seen.runs).toBe(0);
  });
});

describeWithCorpus('rule options', () => {
  test('family options, then rule options, then the values of config sections', () => {
    const memory = probe('memory-budget/probe-a', 'memory-budget');
    const subnet = probe('subnet-placement/probe-s', 'subnet-placement');
    const skew = probe('version-skew/probe-v', 'version-skew');
    const yaml = [
      'rules:',
      '  memory-budget: { options: { overcommitPercent: 150, headroom: 0.1 } }',
      '  memory-budget/probe-a: { severity: error, options: { overcommitPercent: 120 } }',
      '  subnet-placement: { options: { strict: true } }',
      'systemPods:',
      '  pods: [{ name: datadog-agent, namespace: monitoring, memoryRequest: 256Mi }]',
      'network:',
      '  publicSubnetIds: [subnet-0aaa]',
      '  privateSubnetIds: [subnet-0bbb]',
      '  allowedEndpointCidrs: [198.51.100.0/24]',
      '',
    ].join('\n');
    reviewWithConfig(FILES, yaml, { rules: [memory.rule, subnet.rule, skew.rule] });
    expect(memory.seen.options).toEqual({
      overcommitPercent: 120,
      headroom: 0.1,
      systemPods: { mode: 'extend', pods: [{ name: 'datadog-agent', namespace: 'monitoring', memoryRequest: '256Mi' }] },
    });
    expect(subnet.seen.options).toEqual({
      strict: true,
      publicSubnetIds: ['subnet-0aaa'],
      privateSubnetIds: ['subnet-0bbb'],
      allowedEndpointCidrs: ['198.51.100.0/24'],
    });
    // Sections belong to their family: version-skew gets neither.
    expect(skew.seen.options).toEqual({});
  });
});
