import { findSuppressions, parseDirective } from '../src/engine/suppress.js';
import { RULES } from '../src/rules/index.js';
import { defineRule, type Rule } from '../src/rules/types.js';
import { reviewWithConfig } from './helpers/config.js';
import { treeOf } from './helpers/review.js';
import { corpusText, describeWithCorpus } from './helpers/corpus.js';

const corpus = corpusText;
// Two Deployments with memory limits (cartservice 128Mi, redis-cart 256Mi), a Service and a ServiceAccount.
const CARTSERVICE = corpus('GoogleCloudPlatform__microservices-demo/kubernetes-manifests/cartservice.yaml');
const ALERTMANAGER = corpus('microservices-demo__microservices-demo/deploy/kubernetes/manifests-alerting/alertmanager-configmap.yaml');
const EKSCTL_TWO = corpus('eksctl-io__eksctl/examples/03-two-nodegroups.yaml');

/** Reports every container memory limit at its line, the way a memory rule would. */
const limits = defineRule({
  id: 'memory-budget/probe-limit',
  family: 'memory-budget',
  defaultSeverity: 'warning',
  description: 'reports each container memory limit',
  check: ({ model }) =>
    model.workloads.flatMap((w) =>
      [...w.pod.containers].flatMap((c) =>
        c.memoryLimitText ? [{ subject: w, at: [...c.path, 'resources', 'limits', 'memory'], message: `${w.name}/${c.name} limit ${c.memoryLimitText}` }] : [],
      ),
    ),
});

/** Reports every node group at its instance type. */
const nodes = defineRule({
  id: 'version-skew/probe-nodes',
  family: 'version-skew',
  defaultSeverity: 'notice',
  description: 'reports each node group',
  check: ({ model }) => model.nodeGroups.map((g) => ({ subject: g, at: g.instanceTypesPath ?? g.path, message: `node group ${g.name}` })),
});

// The real input rules report on suppressions; the other real rules would only add findings unrelated to these cases.
// Every assertion names the rules it is about, so a rule added to these families changes nothing here.
const RULESET: Rule[] = [limits, nodes, ...RULES.filter((r) => r.family === 'input' || r.family === 'version-skew')];

function review(files: Record<string, string>, config = '') {
  return reviewWithConfig(files, config, { rules: RULESET });
}

/** Inserts `text` as a new line before the first line containing `needle`. */
function insertBefore(source: string, needle: string, text: string): string {
  const lines = source.split('\n');
  const at = lines.findIndex((l) => l.includes(needle));
  if (at === -1) throw new Error(`no line with ${needle}`);
  lines.splice(at, 0, text);
  return lines.join('\n');
}

/** Appends `text` to the first line containing `needle`. */
function appendTo(source: string, needle: string, text: string): string {
  const lines = source.split('\n');
  const at = lines.findIndex((l) => l.includes(needle));
  if (at === -1) throw new Error(`no line with ${needle}`);
  lines[at] = `${lines[at]}${text}`;
  return lines.join('\n');
}

const lineOf = (text: string, needle: string, from = 0): number => text.split('\n').findIndex((l, i) => i >= from && l.includes(needle)) + 1;

describe('suppression directives', () => {
  test('targets before --, reason after it', () => {
    expect(parseDirective('memory-budget/node-overcommit -- batch jobs run alone')).toEqual({
      targets: ['memory-budget/node-overcommit'],
      reason: 'batch jobs run alone',
    });
    expect(parseDirective(' memory-budget ,version-skew/x--why -- not -- split')).toEqual({
      targets: ['memory-budget', 'version-skew/x'],
      reason: 'why -- not -- split',
    });
    expect(parseDirective('memory-budget')).toEqual({ targets: ['memory-budget'] });
    expect(parseDirective('memory-budget --   ')).toEqual({ targets: ['memory-budget'] });
    expect(parseDirective(' -- only a reason')).toEqual({ targets: [], reason: 'only a reason' });
  });
});

describeWithCorpus('annotation suppressions', () => {
  const annotated = (value: string): string =>
    CARTSERVICE.replace(
      'metadata:\n  name: cartservice\n  labels:',
      `metadata:\n  name: cartservice\n  annotations:\n    manifest-review.io/ignore: "${value}"\n  labels:`,
    );

  test('without suppressions, both Deployments are reported', () => {
    const { findings, suppressed } = review({ 'cart.yaml': CARTSERVICE });
    expect(findings.filter((f) => f.rule === limits.id).map((f) => f.message)).toEqual(['cartservice/server limit 128Mi', 'redis-cart/redis limit 256Mi']);
    expect(suppressed).toEqual([]);
  });

  test.each([
    ['a rule id', 'memory-budget/probe-limit -- the cache is sized for this'],
    ['a family', 'memory-budget -- the cache is sized for this'],
    ['a list', 'version-skew, memory-budget/probe-limit -- the cache is sized for this'],
  ])('naming %s hides the findings on that object only, and counts them', (_, value) => {
    const text = annotated(value);
    expect(text).toContain('manifest-review.io/ignore');
    const { findings, suppressed } = review({ 'cart.yaml': text });
    expect(findings.filter((f) => f.rule === limits.id).map((f) => f.message)).toEqual(['redis-cart/redis limit 256Mi']);
    expect(suppressed).toEqual([
      expect.objectContaining({
        rule: limits.id,
        message: 'cartservice/server limit 128Mi',
        suppressedBy: { kind: 'annotation', path: 'cart.yaml', line: lineOf(text, 'manifest-review.io/ignore'), reason: 'the cache is sized for this' },
      }),
    ]);
    // version-skew ran and found nothing on this object: that part of the list is reported unused.
    const unused = findings.filter((f) => f.rule === 'input/unused-suppression');
    expect(unused.map((f) => f.message)).toEqual(
      value.startsWith('version-skew') ? ['no version-skew finding on Deployment cartservice to suppress; remove `version-skew` from this suppression'] : [],
    );
  });

  test('an annotation on an eksctl ClusterConfig covers its node groups', () => {
    const text = EKSCTL_TWO.replace(
      '  region: eu-north-1',
      '  region: eu-north-1\n  annotations:\n    manifest-review.io/ignore: version-skew -- nodes are replaced by the upgrade job',
    );
    const { findings, suppressed } = review({ 'cluster.yaml': text });
    expect(suppressed.map((f) => f.message)).toEqual(['node group ng1-public', 'node group ng2-private']);
    expect(findings.filter((f) => f.rule === nodes.id || f.rule.startsWith('input/'))).toEqual([]);
  });

  test('an annotation without a reason still suppresses, and is a notice', () => {
    const text = annotated('memory-budget/probe-limit');
    const { findings, suppressed } = review({ 'cart.yaml': text });
    expect(suppressed).toHaveLength(1);
    expect(findings.filter((f) => f.rule.startsWith('input/'))).toEqual([
      expect.objectContaining({
        rule: 'input/suppression-without-reason',
        severity: 'notice',
        path: 'cart.yaml',
        startLine: lineOf(text, 'manifest-review.io/ignore'),
        message: expect.stringContaining('suppression of memory-budget/probe-limit gives no reason'),
      }),
    ]);
  });

  test('an annotation that hides nothing, or names no rule, is a notice', () => {
    const text = CARTSERVICE.replace(
      'metadata:\n  name: cartservice\n  labels:\n    app: cartservice\nspec:\n  type: ClusterIP',
      'metadata:\n  name: cartservice\n  annotations:\n    manifest-review.io/ignore: memory-budget/probe-limit, memory-budget/probe-limt -- a Service has no memory\n  labels:\n    app: cartservice\nspec:\n  type: ClusterIP',
    );
    expect(text).toContain('probe-limt');
    const { findings, suppressed } = review({ 'cart.yaml': text });
    expect(suppressed).toEqual([]);
    const line = lineOf(text, 'manifest-review.io/ignore');
    expect(
      findings
        .filter((f) => f.rule === 'input/unused-suppression')
        .map((f) => [f.startLine, f.message])
        .sort(),
    ).toEqual([
      [line, '`memory-budget/probe-limt` is not a rule id or family of manifest-review, so this suppression hides nothing; fix the name or remove it'],
      [line, 'no memory-budget/probe-limit finding on Service cartservice to suppress; remove `memory-budget/probe-limit` from this suppression'],
    ]);
  });

  test('a suppression of a rule that is off is not reported as unused', () => {
    const text = annotated('memory-budget/probe-limit -- the cache is sized for this');
    const { findings } = review({ 'cart.yaml': text }, 'rules:\n  memory-budget/probe-limit: off\n');
    expect(findings.filter((f) => f.rule === limits.id || f.rule.startsWith('input/'))).toEqual([]);
  });

  test('the suppression notices can be tuned or turned off like any rule', () => {
    const text = annotated('memory-budget/probe-limit');
    const { findings } = review({ 'cart.yaml': text }, 'rules:\n  input/suppression-without-reason: warning\n');
    expect(findings.filter((f) => f.rule === 'input/suppression-without-reason').map((f) => f.severity)).toEqual(['warning']);
    const off = review({ 'cart.yaml': text }, 'rules:\n  input: off\n');
    expect(off.findings.filter((f) => f.rule.startsWith('input/'))).toEqual([]);
    expect(off.findings.map((f) => f.rule)).toContain(limits.id);
  });
});

describeWithCorpus('comment suppressions', () => {
  test('a comment on the line above hides the finding on the next line with content', () => {
    const text = insertBefore(CARTSERVICE, 'memory: 128Mi', '            # manifest-review-ignore memory-budget/probe-limit -- measured peak is 90Mi');
    const { findings, suppressed } = review({ 'cart.yaml': text });
    expect(findings.filter((f) => f.rule === limits.id).map((f) => f.message)).toEqual(['redis-cart/redis limit 256Mi']);
    expect(suppressed).toEqual([
      expect.objectContaining({
        message: 'cartservice/server limit 128Mi',
        suppressedBy: { kind: 'comment', path: 'cart.yaml', line: lineOf(text, '# manifest-review-ignore'), reason: 'measured peak is 90Mi' },
      }),
    ]);
  });

  test('stacked comments and blank lines between the comment and its line', () => {
    let text = insertBefore(CARTSERVICE, 'memory: 128Mi', '            # manifest-review-ignore memory-budget -- measured peak is 90Mi');
    text = insertBefore(text, 'memory: 128Mi', '');
    text = insertBefore(text, 'memory: 128Mi', '            # the limit matches the JVM heap');
    const { suppressed, findings } = review({ 'cart.yaml': text });
    expect(suppressed.map((f) => f.message)).toEqual(['cartservice/server limit 128Mi']);
    expect(findings.some((f) => f.rule.startsWith('input/'))).toBe(false);
  });

  test('a comment at the end of the line hides the finding on that line', () => {
    const text = appendTo(
      CARTSERVICE,
      'memory: 256Mi',
      '  # manifest-review-ignore memory-budget/probe-limit,version-skew -- redis keeps its dataset in memory',
    );
    const { findings, suppressed } = review({ 'cart.yaml': text });
    expect(suppressed.map((f) => [f.startLine, f.message])).toEqual([[lineOf(text, 'memory: 256Mi'), 'redis-cart/redis limit 256Mi']]);
    expect(findings.filter((f) => f.rule === 'input/unused-suppression').map((f) => f.message)).toEqual([
      `no version-skew finding on line ${lineOf(text, 'memory: 256Mi')} to suppress; remove \`version-skew\` from this suppression, or move the comment to the line above the finding's line`,
    ]);
  });

  test('a comment that is not above or on a finding is reported, at the comment', () => {
    const text = insertBefore(CARTSERVICE, 'limits:', '          # manifest-review-ignore memory-budget/probe-limit -- too high up');
    const { findings, suppressed } = review({ 'cart.yaml': text });
    expect(suppressed).toEqual([]);
    const unused = findings.filter((f) => f.rule === 'input/unused-suppression');
    expect(unused).toEqual([expect.objectContaining({ severity: 'notice', startLine: lineOf(text, '# manifest-review-ignore'), startColumn: 11 })]);
  });

  test('a comment without a reason suppresses and is a notice', () => {
    const text = appendTo(CARTSERVICE, 'memory: 128Mi', ' # manifest-review-ignore memory-budget/probe-limit');
    const { findings, suppressed } = review({ 'cart.yaml': text });
    expect(suppressed).toHaveLength(1);
    expect(findings.filter((f) => f.rule === 'input/suppression-without-reason').map((f) => f.startLine)).toEqual([lineOf(text, 'memory: 128Mi')]);
  });

  test('a comment naming no rule is reported', () => {
    const text = appendTo(CARTSERVICE, 'memory: 128Mi', ' # manifest-review-ignore -- looks fine');
    const { findings, suppressed } = review({ 'cart.yaml': text });
    expect(suppressed).toEqual([]);
    expect(findings.filter((f) => f.rule === 'input/unused-suppression').map((f) => f.message)).toEqual([
      expect.stringContaining('this suppression names no rule'),
    ]);
  });

  test('the marker inside block scalars and quoted strings is not a comment', () => {
    // A real ConfigMap whose block scalars contain YAML comments of their own.
    let text = insertBefore(ALERTMANAGER, "# If an alert isn't caught", '      # manifest-review-ignore memory-budget -- inside a literal block');
    text = insertBefore(text, "echo 'Configuring Slack hook url.'", '    # manifest-review-ignore memory-budget -- inside another block');
    text = `${text.trimEnd()}\n  note: "# manifest-review-ignore memory-budget -- in a string"\n  other: 'a # manifest-review-ignore memory-budget'\n`;
    const tree = treeOf({ 'alertmanager.yaml': text });
    expect(tree.inputFindings).toEqual([]);
    expect(findSuppressions(tree.files, tree.model.manifests)).toEqual([]);
    // ...while a real comment in the same file is found.
    const withComment = `${text}# manifest-review-ignore memory-budget -- a real comment\n`;
    const real = treeOf({ 'alertmanager.yaml': withComment });
    expect(findSuppressions(real.files, real.model.manifests).map((s) => s.location.startLine)).toEqual([withComment.split('\n').length - 1]);
  });

  test('markers that are not whole words or not comments are ignored', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x # manifest-review-ignored memory-budget -- no\ndata:\n  url: http://host/#manifest-review-ignore\n';
    const tree = treeOf({ 'x.yaml': text });
    expect(findSuppressions(tree.files, tree.model.manifests)).toEqual([]);
  });
});
