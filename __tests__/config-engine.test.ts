import { RULES } from '../src/rules/index.js';
import type { JSONSchemaType } from 'ajv';
import { MEMORY_BUDGET_OPTIONS } from '../src/rules/memory-budget/_options.js';
import podExceedsNode from '../src/rules/memory-budget/pod-exceeds-node.js';
import { DECLARED_SUBNET_OPTIONS } from '../src/rules/subnet-placement/_options.js';
import { defineRule, type OptionsSchema, type Rule, type RuleFamily } from '../src/rules/types.js';
import { reviewWithConfig } from './helpers/config.js';
import { corpusText, describeWithCorpus } from './helpers/corpus.js';

// A real manifest: two Deployments (cartservice, redis-cart) from microservices-demo.
const CARTSERVICE = corpusText('GoogleCloudPlatform__microservices-demo/kubernetes-manifests/cartservice.yaml');
const FILES = { 'apps/cartservice.yaml': CARTSERVICE };

/** A rule that reports every workload and records whether it ran and with which options. */
function probe(id: string, family: RuleFamily, defaultSeverity: Rule['defaultSeverity'] = 'warning', optionsSchema?: OptionsSchema) {
  const seen: { runs: number; options?: Readonly<Record<string, unknown>> } = { runs: 0 };
  const rule = defineRule<Record<string, unknown>>({
    id,
    family,
    defaultSeverity,
    ...(optionsSchema ? { optionsSchema: optionsSchema as Rule['optionsSchema'] & JSONSchemaType<Record<string, unknown>> } : {}),
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
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'input/invalid-config', severity: 'error', path: '.github/manifest-review.yaml', startLine: 3 }),
    ]);
    expect(a.seen.runs).toBe(0);
  });
});

describeWithCorpus('rule options', () => {
  test('family options, then rule options, then the values of config sections', () => {
    const memory = probe('memory-budget/probe-a', 'memory-budget', 'warning', MEMORY_BUDGET_OPTIONS);
    const subnet = probe('subnet-placement/probe-s', 'subnet-placement', 'warning', DECLARED_SUBNET_OPTIONS);
    const skew = probe('version-skew/probe-v', 'version-skew');
    const yaml = [
      'rules:',
      '  memory-budget: { options: { headroomPercent: 5, systemPods: { pods: [{ name: vendor-agent }] } } }',
      '  memory-budget/probe-a: { severity: error, options: { headroomPercent: 12 } }',
      '  subnet-placement: { options: { publicSubnetIds: [subnet-0ccc] } }',
      'systemPods:',
      '  pods: [{ name: datadog-agent, namespace: monitoring, memoryRequest: 256Mi }]',
      'network:',
      '  publicSubnetIds: [subnet-0aaa]',
      '  privateSubnetIds: [subnet-0bbb]',
      '  allowedEndpointCidrs: [198.51.100.0/24]',
      '',
    ].join('\n');
    const { config } = reviewWithConfig(FILES, yaml, { rules: [memory.rule, subnet.rule, skew.rule] });
    expect(config.findings).toEqual([]);
    // The config's sections win over the same option written in `rules`.
    expect(memory.seen.options).toEqual({
      headroomPercent: 12,
      systemPods: { mode: 'extend', pods: [{ name: 'datadog-agent', namespace: 'monitoring', memoryRequest: '256Mi' }] },
    });
    expect(subnet.seen.options).toEqual({
      publicSubnetIds: ['subnet-0aaa'],
      privateSubnetIds: ['subnet-0bbb'],
      allowedEndpointCidrs: ['198.51.100.0/24'],
    });
    // Sections belong to their family: version-skew gets neither.
    expect(skew.seen.options).toEqual({});
  });
});

describe('the options docs/configuration.md shows change the arithmetic', () => {
  const files = {
    'apps/app.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: app }',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - { name: app, image: app, resources: { requests: { memory: 2.5Gi } } }',
      '',
    ].join('\n'),
  };
  const nodes = ['nodeGroups:', '  - { name: general, instanceTypes: [c5.large], maxSize: 3 }'];
  const review = (...lines: string[]) => reviewWithConfig(files, [...nodes, ...lines, ''].join('\n'), { rules: [podExceedsNode] });

  test('rules.memory-budget.options.headroomPercent', () => {
    expect(review().findings).toEqual([]);
    const { findings, config } = review('rules:', '  memory-budget:', '    options: { headroomPercent: 20 }');
    expect(config.findings).toEqual([]);
    expect(findings.map((f) => [f.rule, f.path])).toEqual([['memory-budget/pod-exceeds-node', 'apps/app.yaml']]);
    expect(findings[0]?.details).toContain('headroom (20% of 2988Mi allocatable): 598Mi');
  });

  test('systemPods extends the built-in per-node pods, and replace drops them', () => {
    const extended = review('systemPods:', '  pods: [{ name: datadog-agent, namespace: monitoring, memoryRequest: 700Mi }]');
    expect(extended.findings.map((f) => f.rule)).toEqual(['memory-budget/pod-exceeds-node']);
    expect(extended.findings[0]?.details).toContain('datadog-agent (system pod): 700Mi');
    expect(extended.findings[0]?.details).toContain('aws-node (system pod)');
    const replaced = review('systemPods:', '  mode: replace', '  pods: [{ name: datadog-agent, memoryRequest: 700Mi }]');
    expect(replaced.findings[0]?.details).not.toContain('aws-node (system pod)');
  });
});
