import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import { parseConfig } from '../src/config/load.js';
import { defineRule } from '../src/rules/types.js';
import { CONFIG_PATH, configOf } from './helpers/config.js';

/** 1-based line of the first line of `yaml` containing `needle`. */
function lineOf(yaml: string, needle: string): number {
  const index = yaml.split('\n').findIndex((l) => l.includes(needle));
  if (index === -1) throw new Error(`no line with ${needle}`);
  return index + 1;
}

const VALID = `# yaml-language-server: $schema=../schema/config.schema.json
rules:
  memory-budget: warning
  input/skipped: off
  version-skew:
    severity: error
  subnet-placement/public-endpoint:
    options: { allowedEndpointCidrs: [198.51.100.0/24] }
paths:
  include: ['k8s/**/*.yaml']
  exclude: ['k8s/legacy/**']
clusters:
  - name: prod
    provider: eks
    version: 1.30
    paths: ['k8s/prod/**']
nodeGroups:
  - name: general
    cluster: prod
    instanceTypes: [m5.large, m5a.large]
    minSize: 2
    maxSize: 6
    labels: { role: general, spot: false }
    taints: [{ key: dedicated, value: batch, effect: NoSchedule }]
    kubelet:
      maxPods: 29
      kubeReserved: { memory: 574Mi }
      systemReserved: { memory: 100Mi }
      evictionHard: { memory.available: 5% }
systemPods:
  mode: replace
  pods:
    - { name: datadog-agent, namespace: monitoring, memoryRequest: 256Mi, memoryLimit: 512Mi }
network:
  publicSubnetIds: [subnet-0a1b2c3d]
  privateSubnetIds: [subnet-1a2b3c4d, subnet-2a3b4c5d]
  allowedEndpointCidrs: [203.0.113.0/24]
`;

describe('config file', () => {
  test('a valid config is read whole, with no findings', () => {
    const { config, findings } = configOf(VALID);
    expect(findings).toEqual([]);
    expect(config.rules).toEqual({
      'memory-budget': { severity: 'warning' },
      'input/skipped': { severity: 'off' },
      'version-skew': { severity: 'error' },
      'subnet-placement/public-endpoint': { options: { allowedEndpointCidrs: ['198.51.100.0/24'] } },
    });
    expect(config.paths).toEqual({ include: ['k8s/**/*.yaml'], exclude: ['k8s/legacy/**'] });
    // `version: 1.30` is the YAML number 1.3: the version is read from the source text.
    expect(config.clusters).toEqual([{ index: 0, name: 'prod', provider: 'eks', version: '1.30', paths: ['k8s/prod/**'] }]);
    expect(config.nodeGroups).toEqual([
      {
        index: 0,
        name: 'general',
        cluster: 'prod',
        instanceTypes: ['m5.large', 'm5a.large'],
        minSize: 2,
        maxSize: 6,
        labels: { role: 'general', spot: 'false' },
        taints: [{ key: 'dedicated', value: 'batch', effect: 'NoSchedule' }],
        kubelet: { maxPods: 29, kubeReserved: { memory: '574Mi' }, systemReserved: { memory: '100Mi' }, evictionHard: { 'memory.available': '5%' } },
      },
    ]);
    expect(config.systemPods).toEqual({
      mode: 'replace',
      pods: [{ name: 'datadog-agent', namespace: 'monitoring', memoryRequest: '256Mi', memoryLimit: '512Mi' }],
    });
    expect(config.network).toEqual({
      publicSubnetIds: ['subnet-0a1b2c3d'],
      privateSubnetIds: ['subnet-1a2b3c4d', 'subnet-2a3b4c5d'],
      allowedEndpointCidrs: ['203.0.113.0/24'],
    });
  });

  test('systemPods extends the built-in list unless mode says replace', () => {
    expect(configOf('systemPods:\n  pods: [{name: fluent-bit, memoryRequest: 50Mi}]\n').config.systemPods).toEqual({
      mode: 'extend',
      pods: [{ name: 'fluent-bit', memoryRequest: '50Mi' }],
    });
  });

  test('an empty file is the default config', () => {
    const { config, findings } = configOf('# nothing yet\n');
    expect(findings).toEqual([]);
    expect(config.rules).toEqual({});
    expect(config.clusters).toEqual([]);
  });

  test.each([
    [
      'a misspelt severity',
      'rules:\n  version-skew: warn\n',
      'version-skew: warn',
      /`rules.version-skew` must be one of off, error, warning, notice \(got "warn"\); did you mean `warning`\?/,
    ],
    [
      'an unknown rule id',
      'rules:\n  input/parse-eror: off\n',
      'parse-eror',
      /`input\/parse-eror` is not a rule id or family of manifest-review; did you mean `input\/parse-error`\?/,
    ],
    [
      'a bad severity in the mapping form',
      'rules:\n  input/skipped:\n    options: {}\n    severity: loud\n',
      'severity: loud',
      /`rules.input\/skipped.severity` must be one of off, error, warning, notice \(got "loud"\)/,
    ],
    ['an unknown option key of the mapping form', 'rules:\n  input/skipped:\n    level: off\n', 'level: off', /unknown key `level` in `rules.input\/skipped`/],
    ['an unknown top-level key', 'rules: {}\nnodegroups: []\n', 'nodegroups', /unknown key `nodegroups` in the config; did you mean `nodeGroups`\?/],
    [
      'a size that is not a number',
      'nodeGroups:\n  - name: a\n    instanceTypes: [m5.large]\n    maxSize: ten\n',
      'maxSize',
      /`nodeGroups\[0\].maxSize` must be a whole number \(got "ten"\)/,
    ],
    [
      'a memory that is not a quantity',
      'nodeGroups:\n  - name: a\n    instanceTypes: [m5.large]\n    kubelet:\n      kubeReserved:\n        memory: lots\n',
      'memory: lots',
      /`nodeGroups\[0\].kubelet.kubeReserved.memory` must be a Kubernetes memory quantity/,
    ],
    ['a node group without instance types', 'nodeGroups:\n  - name: a\n    maxSize: 3\n', 'name: a', /`nodeGroups\[0\]` is missing `instanceTypes`/],
    [
      'a subnet id that is not one',
      'network:\n  privateSubnetIds:\n    - subnet-0abc\n    - vpc-0abc\n',
      'vpc-0abc',
      /`network.privateSubnetIds\[1\]` must be a subnet id/,
    ],
    ['a provider other than eks', 'clusters:\n  - name: a\n    provider: gke\n', 'provider', /`clusters\[0\].provider` must be one of eks/],
    ['a version that is not one', 'clusters:\n  - name: a\n    version: latest\n', 'version', /`clusters\[0\].version` must be a Kubernetes minor version/],
  ])('%s is an error at its line', (_, yaml, needle, message) => {
    const { findings } = configOf(yaml);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({ rule: 'input/invalid-config', severity: 'error', path: CONFIG_PATH, startLine: lineOf(yaml, needle) });
    expect(finding?.message).toMatch(message);
    // The column is where the offending key or value starts.
    const line = yaml.split('\n')[lineOf(yaml, needle) - 1] ?? '';
    expect(finding?.startColumn).toBeGreaterThan(0);
    expect(line.slice((finding?.startColumn ?? 1) - 1).trim()).not.toBe('');
  });

  test('an invalid entry is ignored and the rest still applies', () => {
    const yaml = [
      'rules:',
      '  input/skipped: off',
      '  input/parse-error: sometimes',
      'nodeGroups:',
      '  - name: broken',
      '    instanceTypes: [m5.large]',
      '    minSize: -1',
      '  - name: fine',
      '    instanceTypes: [m5.large]',
      'network:',
      '  publicSubnetIds: [subnet-0abc, nope]',
      '',
    ].join('\n');
    const { config, findings } = configOf(yaml);
    expect(findings.map((f) => f.startLine)).toEqual([3, 7, 11]);
    expect(config.rules).toEqual({ 'input/skipped': { severity: 'off' } });
    // The surviving node group keeps its own position for findings about it.
    expect(config.nodeGroups.map((g) => [g.name, g.index])).toEqual([['fine', 1]]);
    expect(config.network).toEqual({ publicSubnetIds: ['subnet-0abc'] });
  });

  test('duplicates and impossible sizes are errors on the later entry', () => {
    const yaml = [
      'clusters:',
      '  - name: prod',
      '  - name: prod',
      'nodeGroups:',
      '  - name: a',
      '    instanceTypes: [m5.large]',
      '    minSize: 5',
      '    maxSize: 3',
      '',
    ].join('\n');
    const { config, findings } = configOf(yaml);
    expect(findings.map((f) => [f.startLine, f.message])).toEqual([
      [3, expect.stringContaining('cluster `prod` is defined twice')],
      [7, expect.stringContaining('minSize 5 is above maxSize 3')],
    ]);
    expect(config.clusters).toHaveLength(1);
    expect(config.nodeGroups).toHaveLength(0);
  });

  test('a YAML syntax error is an error at its line and nothing applies', () => {
    const yaml = 'rules:\n  input/skipped: off\nclusters: [\n';
    const { config, findings } = configOf(yaml);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'input/invalid-config', severity: 'error', path: CONFIG_PATH });
    expect(findings[0]?.message).toMatch(/^configuration not applied: YAML syntax error/);
    expect(findings[0]?.startLine).toBeGreaterThanOrEqual(3);
    expect(config.rules).toEqual({});
  });

  test('a config that is not a mapping, or has several documents, is reported', () => {
    expect(configOf('- rules\n').findings[0]?.message).toBe('configuration not applied: it must be a mapping (got array)');
    const two = configOf('rules: {}\n---\nrules: {}\n');
    expect(two.findings).toEqual([expect.objectContaining({ startLine: 3, message: expect.stringContaining('one YAML document') })]);
  });

  test("a rule's optionsSchema checks its options at their line", () => {
    const rule = defineRule<{ threshold?: number }>({
      id: 'memory-budget/test-threshold',
      family: 'memory-budget',
      defaultSeverity: 'warning',
      description: 'a test rule with one numeric option',
      optionsSchema: { type: 'object', additionalProperties: false, properties: { threshold: { type: 'number', minimum: 1, nullable: true } } },
      check: () => [],
    });
    const yaml = 'rules:\n  memory-budget/test-threshold:\n    options:\n      threshold: 0.5\n      treshold: 2\n';
    const { config, findings } = parseConfig({ path: CONFIG_PATH, text: yaml }, [rule]);
    expect(findings.map((f) => [f.startLine, f.message])).toEqual([
      [4, expect.stringMatching(/`rules.memory-budget\/test-threshold.options.threshold` must be >= 1/)],
      [5, expect.stringMatching(/unknown option `treshold` for `memory-budget\/test-threshold`; did you mean `threshold`\?/)],
    ]);
    // Each bad option is left out alone; the rule's entry stays.
    expect(config.rules).toEqual({ 'memory-budget/test-threshold': { options: {} } });
  });

  test('rule options: unknown names get a "did you mean" at their line, wrong types say what they must be', () => {
    const yaml = [
      'rules:',
      '  memory-budget:',
      '    severity: error',
      '    options:',
      '      headroomPercnt: 10',
      '      systemPods: { pods: [{ name: datadog-agent }] }',
      '  memory-budget/capacity:',
      '    options: { headroomPercent: ten }',
      '  version-skew/upgrade-jump:',
      '    options: { horizonDays: 90 }',
      '  subnet-placement:',
      '    options: { allowedEndpointCidr: [203.0.113.0/24], publicSubnetIds: subnet-0a }',
      '',
    ].join('\n');
    const { config, findings } = configOf(yaml);
    expect(findings.map((f) => [f.rule, f.startLine, f.message])).toEqual([
      ['input/invalid-config', 5, 'unknown option `headroomPercnt` for `memory-budget`; did you mean `headroomPercent`?'],
      ['input/invalid-config', 8, expect.stringMatching(/^`rules.memory-budget\/capacity.options.headroomPercent` must be a number \(got "ten"\)/)],
      ['input/invalid-config', 10, 'unknown option `horizonDays`: `version-skew/upgrade-jump` takes no options'],
      ['input/invalid-config', 12, 'unknown option `allowedEndpointCidr` for `subnet-placement`; did you mean `allowedEndpointCidrs`?'],
      ['input/invalid-config', 12, expect.stringMatching(/^`rules.subnet-placement.options.publicSubnetIds` must be a list/)],
    ]);
    expect(findings.every((f) => f.startColumn !== undefined && f.path === CONFIG_PATH)).toBe(true);
    // What was valid still applies: the severity and the other option.
    expect(config.rules['memory-budget']).toEqual({ severity: 'error', options: { systemPods: { pods: [{ name: 'datadog-agent' }] } } });
    expect(config.rules['subnet-placement']).toEqual({ options: {} });
  });

  test("docs/configuration.md's complete example is valid: every key and option it shows exists", () => {
    const doc = readFileSync('docs/configuration.md', 'utf8');
    const example = /## A complete example\n\n```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toContain('headroomPercent');
    const { config, findings } = configOf(example ?? '');
    expect(findings).toEqual([]);
    expect(config.rules['memory-budget']).toEqual({ options: { headroomPercent: 10 } });
  });

  test('never throws, whatever the file holds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = dump({ rules: value, nodeGroups: [value], clusters: value, systemPods: { pods: value }, network: value });
        const { findings } = configOf(text);
        for (const f of findings) {
          expect(f.startLine).toBeGreaterThanOrEqual(1);
          expect(f.rule).toBe('input/invalid-config');
        }
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        configOf(text);
      }),
      { numRuns: 100 },
    );
  });
});
