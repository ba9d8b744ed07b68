import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectHelp, renderModule } from '../../scripts/generate-rule-help.mjs';
import { main } from '../../src/cli.js';
import { reviewPaths } from '../../src/engine/review.js';
import type { Finding } from '../../src/findings.js';
import { buildSarif, toRelativeUri, type SarifLog } from '../../src/report/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { reviewFiles } from '../helpers/review.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { multitoolBinary, validateSarif } from '../helpers/sarif-multitool.js';
import { sarifProblems } from '../helpers/sarif-essentials.js';
import { testWithCorpus } from '../helpers/corpus.js';

const ARCHIVED = path.join(CORPUS, 'kubernetes__examples', '_archived');

const fingerprints = (log: SarifLog) => log.runs[0].results.map((r) => r.partialFingerprints.primaryLocationLineHash);

describe('SARIF 2.1.0 for code scanning', () => {
  testWithCorpus('real corpus findings: the essentials GitHub requires, every rule described, regions on every result', () => {
    const { findings } = reviewPaths({ cwd: ARCHIVED, paths: ['.'] });
    expect(findings.length).toBeGreaterThan(0);
    const log = buildSarif(findings, { rules: RULES, version: '0.1.0', ruleUrl: (id) => `https://github.com/o/r/blob/v1/docs/rules/${id}.md` });
    expect(sarifProblems(log)).toEqual([]);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.results).toHaveLength(findings.length);
    const parseError = run.tool.driver.rules.find((r) => r.id === 'input/parse-error');
    expect(parseError).toMatchObject({ defaultConfiguration: { level: 'error' }, helpUri: 'https://github.com/o/r/blob/v1/docs/rules/input/parse-error.md' });
    const byUri = run.results.find((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'openshift-origin/etcd-controller.yaml');
    expect(byUri?.locations[0].physicalLocation.region).toMatchObject({ startLine: 12, startColumn: 3, endLine: 12 });
    expect(new Set(fingerprints(log)).size).toBe(findings.length);
  });

  test('severity maps to level; the arithmetic follows the message', () => {
    const f = (severity: Finding['severity'], rule = 'input/parse-error'): Finding => ({
      rule,
      severity,
      path: 'a.yaml',
      startLine: 3,
      endLine: 5,
      startColumn: 1,
      endColumn: 9,
      message: 'does not fit',
      details: '3.5Gi > 3.1Gi',
    });
    const log = buildSarif([f('error'), f('warning'), f('notice'), f('error', 'not-registered/internal')], { rules: RULES, version: '0.1.0' });
    expect(log.runs[0].results.map((r) => r.level)).toEqual(['error', 'error', 'warning', 'note']);
    expect(log.runs[0].results[0]?.message.text).toBe('does not fit\n\n3.5Gi > 3.1Gi');
    // A rule outside the registry (an internal error) still gets described, so ruleIndex resolves.
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0].tool.driver.rules.at(-1)?.id).toBe('not-registered/internal');
  });

  test('fingerprints are stable when lines move, and distinct for repeated findings', () => {
    const doc = (i: number) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n  name: d${i}\n`;
    const before = reviewFiles({ 'k8s/a.yaml': doc(1) + doc(2) });
    const after = reviewFiles({ 'k8s/a.yaml': `# a comment pushes everything down\n\n\n${doc(1)}${doc(2)}` });
    expect(after.map((f) => f.startLine)).toEqual(before.map((f) => f.startLine + 3));
    const a = buildSarif(before, { rules: RULES, version: '0.1.0' });
    const b = buildSarif(after, { rules: RULES, version: '0.1.0' });
    expect(fingerprints(b)).toEqual(fingerprints(a));
    expect(new Set(fingerprints(a)).size).toBe(2);
  });

  test('URIs are repo-relative and percent-encoded', () => {
    expect(toRelativeUri('k8s/my app#1.yaml')).toBe('k8s/my%20app%231.yaml');
    expect(toRelativeUri('./charts\\web.yaml')).toBe('charts/web.yaml');
  });

  test('results over the per-run limit keep the most severe and say how many were dropped', () => {
    const many: Finding[] = Array.from({ length: 30 }, (_, i) => ({
      rule: 'input/skipped',
      severity: i < 5 ? 'error' : 'notice',
      path: `f${i}.yaml`,
      startLine: 1,
      endLine: 1,
      message: 'm',
    }));
    const log = buildSarif(many, { rules: RULES, version: '0.1.0', maxResults: 10 });
    expect(log.runs[0].results).toHaveLength(10);
    expect(log.runs[0].results.filter((r) => r.level === 'error')).toHaveLength(5);
    expect(log.runs[0].properties).toEqual({ omittedResults: 20 });
  });

  testWithCorpus('the CLI prints the same log with --format sarif', () => {
    let out = '';
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    try {
      expect(main(['--format', 'sarif', 'openshift-origin'], ARCHIVED)).toBe(1);
    } finally {
      write.mockRestore();
    }
    const log = JSON.parse(out) as SarifLog;
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual([
      'openshift-origin/etcd-controller.yaml',
      'openshift-origin/etcd-discovery-controller.yaml',
      'openshift-origin/openshift-controller.yaml',
      'openshift-origin/openshift-service.yaml',
    ]);
  });
});

/** `main(args)` in-process, its standard output parsed as a SARIF log. */
function cliSarif(args: string[], cwd: string): { status: number; log: SarifLog } {
  let out = '';
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    const status = main(['--format', 'sarif', ...args], cwd);
    return { status, log: JSON.parse(out) as SarifLog };
  } finally {
    write.mockRestore();
  }
}

describe('SARIF metadata code scanning uses (issue 12)', () => {
  let dir: string;
  let log: SarifLog;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mr-sarif-meta-'));
    // A public node group suppressed with a reason, a public endpoint and a version past support
    // reported, and a broken file.
    writeFileSync(
      path.join(dir, 'cluster.yaml'),
      [
        'apiVersion: eksctl.io/v1alpha5',
        'kind: ClusterConfig',
        'metadata: { name: shop, region: eu-west-1, version: "1.33" }',
        'managedNodeGroups:',
        '  # manifest-review-ignore subnet-placement/public-nodes -- a lab cluster behind an allow-listed security group',
        '  - name: web',
        '    instanceType: m5.large',
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'broken.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\n');
    log = cliSarif(['.'], dir).log;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const rule = (id: string) => log.runs[0].tool.driver.rules.find((r) => r.id === id);

  test('security findings carry security-severity and the security tag; the others do not', () => {
    expect(rule('subnet-placement/public-nodes')?.properties).toMatchObject({ tags: ['security', 'subnet-placement'], 'security-severity': '7.5' });
    expect(rule('subnet-placement/public-endpoint')?.properties).toMatchObject({ tags: ['security', 'subnet-placement'], 'security-severity': '6.5' });
    expect(rule('subnet-placement/implicit-public-lb')?.properties).toMatchObject({ tags: ['security', 'subnet-placement'], 'security-severity': '5.3' });
    const others = log.runs[0].tool.driver.rules.filter((r) => !['public-nodes', 'public-endpoint', 'implicit-public-lb'].some((n) => r.id.endsWith(n)));
    expect(others.length).toBe(RULES.length - 3);
    for (const r of others) {
      expect(r.properties['security-severity']).toBeUndefined();
      expect(r.properties.tags).not.toContain('security');
    }
  });

  test('every rule: precision, a readable name distinct from its id, an absolute helpUri, the doc\'s "How to fix"', () => {
    for (const r of log.runs[0].tool.driver.rules) {
      expect(['very-high', 'high', 'medium', 'low']).toContain(r.properties.precision);
      expect(r.name).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(r.name).not.toBe(r.id);
      expect(r.helpUri).toBe(`https://github.com/manifest-review/manifest-review/blob/main/docs/rules/${r.id}.md`);
      const doc = readFileSync(path.join(REPO_ROOT, 'docs', 'rules', `${r.id}.md`), 'utf8');
      const fix = /## How to fix\n([\s\S]*?)\n## /.exec(doc)?.[1]?.trim() ?? '';
      expect(fix.length).toBeGreaterThan(20);
      // The doc's text (its first words hold no link), with relative links made absolute.
      expect(r.help.markdown).toContain(fix.slice(0, 60));
      expect(r.help.markdown).toContain('**How to fix**');
      expect(r.help.markdown).not.toMatch(/\]\((?!https:\/\/)/);
    }
    expect(rule('memory-budget/limit-exceeds-node')?.name).toBe('LimitExceedsNode');
    expect(rule('input/invalid-config')?.help.markdown).toContain('](https://github.com/manifest-review/manifest-review/blob/main/docs/configuration.md)');
  });

  test('run: informationUri and automationDetails.id', () => {
    expect(log.runs[0].tool.driver.informationUri).toBe('https://github.com/manifest-review/manifest-review');
    expect(log.runs[0].automationDetails).toEqual({ id: 'manifest-review/' });
  });

  test('a suppressed finding is a result with an inSource suppression, the reason as justification', () => {
    const suppressed = log.runs[0].results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]).toMatchObject({
      ruleId: 'subnet-placement/public-nodes',
      suppressions: [
        {
          kind: 'inSource',
          justification: 'a lab cluster behind an allow-listed security group',
          location: { physicalLocation: { artifactLocation: { uri: 'cluster.yaml' }, region: { startLine: 5 } } },
        },
      ],
    });
    expect(
      log.runs[0].results
        .filter((r) => !r.suppressions)
        .map((r) => r.ruleId)
        .sort(),
    ).toEqual(['input/parse-error', 'subnet-placement/public-endpoint', 'version-skew/end-of-support']);
    expect(sarifProblems(log)).toEqual([]);
  });

  /**
   * Notes the multitool gives that this log accepts on purpose:
   * - SARIF2002 (message id + arguments instead of text): code scanning shows `message.text`;
   * - SARIF2003 (versionControlProvenance): the CLI does not know the repository; the action sets it;
   * - SARIF2006 (URIs reachable): checked over HTTP, and these machines are offline;
   * - SARIF2009 (ids like `MR1001`): the ids are the documented, user-facing rule names;
   * - SARIF2010 / SARIF2011 (code snippets, context regions): the files are in the repository
   *   code scanning reads, and snippets would grow the log by the files' text.
   */
  const ACCEPTED_NOTES = ['SARIF2002', 'SARIF2003', 'SARIF2006', 'SARIF2009', 'SARIF2010', 'SARIF2011'];
  const describeMultitool = multitoolBinary() ? test : test.skip;
  if (!multitoolBinary()) console.warn('skipped: @microsoft/sarif-multitool has no binary for this platform');

  describeMultitool(
    'the SARIF Multitool finds no error and no warning; only the accepted notes',
    () => {
      const results = validateSarif(log);
      expect(results.filter((r) => r.level !== 'note')).toEqual([]);
      expect([...new Set(results.map((r) => r.ruleId))].filter((id) => !ACCEPTED_NOTES.includes(id))).toEqual([]);
      // The validator is real: a rule whose name equals its id is a warning (SARIF1001).
      const bad = structuredClone(log);
      const first = bad.runs[0].tool.driver.rules[0];
      if (first) first.name = first.id;
      expect(
        validateSarif(bad)
          .filter((r) => r.level === 'warning')
          .map((r) => r.ruleId),
      ).toEqual(['SARIF1001']);
    },
    60_000,
  );

  describeMultitool(
    "the action's log with versionControlProvenance is valid too",
    () => {
      const findings = reviewPaths({ cwd: dir, paths: ['.'] }).findings;
      const withProvenance = buildSarif(findings, {
        rules: RULES,
        version: '0.1.0',
        versionControl: { repositoryUri: 'https://github.com/octo/infra', revisionId: 'a'.repeat(40) },
        automationId: 'manifest-review/12345-1',
      });
      const results = validateSarif(withProvenance);
      expect(results.filter((r) => r.level !== 'note')).toEqual([]);
      expect(results.map((r) => r.ruleId)).not.toContain('SARIF2003');
    },
    60_000,
  );
});

test('src/report/rule-help.ts matches the docs (regenerate: node scripts/generate-rule-help.mjs)', () => {
  const help = collectHelp(path.join(REPO_ROOT, 'docs', 'rules'));
  expect(Object.keys(help).sort()).toEqual(RULES.map((r) => r.id).sort());
  expect(readFileSync(path.join(REPO_ROOT, 'src', 'report', 'rule-help.ts'), 'utf8')).toBe(renderModule(help));
});
