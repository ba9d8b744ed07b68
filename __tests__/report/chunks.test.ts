import { lazyDetails, type Finding } from '../../src/findings.js';
import { buildSarif, sarifChunks, type SarifOptions, type SuppressedInput } from '../../src/report/sarif.js';
import { compactReportChunks, renderCompact, renderText, textReportChunks } from '../../src/report/text.js';
import { RULES } from '../../src/rules/index.js';

const finding = (i: number, rule = 'memory-budget/limit-exceeds-node'): Finding => ({
  rule,
  severity: i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'notice',
  path: `apps/team-${Math.floor(i / 2)}/svc.yaml`,
  startLine: i + 1,
  endLine: i + 2,
  startColumn: 3,
  ...(i % 2 ? { endColumn: 9 } : {}),
  // As the rules write them: non-ASCII arithmetic, line breaks, quotes.
  message: `svc-${i} limit 1024Mi + DaemonSets 256Mi = 1280Mi > allocatable 1000Mi (nominal 2048Mi − 983Mi "overhead")\nsecond line`,
  ...(i % 4 ? { object: { kind: 'Deployment', name: `svc-${i}`, ...(i % 5 ? { namespace: 'team' } : {}) } } : {}),
  ...(i % 2 ? { details: `Per-node pods counted:\n  DaemonSet kube-system/agent-${i}: 128Mi\n\ttab and \\ backslash` } : {}),
});

const suppressedFinding = (i: number): SuppressedInput => ({
  ...finding(i, 'subnet-placement/public-nodes'),
  suppressedBy: { kind: 'annotation', path: 'cluster.yaml', line: 5, ...(i % 2 ? { reason: 'a lab cluster' } : {}) },
});

describe('SARIF written in pieces', () => {
  const whole = (findings: readonly Finding[], options: SarifOptions) => `${JSON.stringify(buildSarif(findings, options), null, 2)}\n`;
  const cases: [string, Finding[], SarifOptions][] = [
    ['no findings', [], { rules: RULES, version: '0.1.0' }],
    [
      'findings, suppressed ones and a rule outside the registry',
      [finding(0), finding(1, 'not-registered/internal'), finding(2)],
      { rules: RULES, version: '0.1.0', suppressed: [suppressedFinding(3), suppressedFinding(4)] },
    ],
    [
      'cut at the limit, with provenance',
      Array.from({ length: 12 }, (_, i) => finding(i)),
      {
        rules: RULES,
        version: '0.1.0',
        maxResults: 5,
        suppressed: [suppressedFinding(1)],
        versionControl: { repositoryUri: 'https://github.com/o/r', revisionId: 'a'.repeat(40) },
        automationId: 'manifest-review/1',
      },
    ],
    ['only suppressed findings', [], { rules: RULES, version: '0.1.0', suppressed: [suppressedFinding(0)] }],
  ];
  for (const [name, findings, options] of cases) {
    test(`${name}: the pieces join to exactly the log stringified at once`, () => {
      expect([...sarifChunks(findings, options)].join('')).toBe(whole(findings, options));
    });
  }

  test('a large log comes in several pieces under 64 KiB of characters, lazy details read once each', () => {
    const reads: number[] = [];
    const findings = Array.from({ length: 3000 }, (_, i) => {
      const { details, ...rest } = finding(i);
      return details === undefined ? rest : lazyDetails(rest, () => (reads.push(i), details));
    });
    const pieces = [...sarifChunks(findings, { rules: RULES, version: '0.1.0' })];
    expect(pieces.length).toBeGreaterThan(20);
    for (const piece of pieces) expect(piece.length).toBeLessThan(2 ** 16);
    expect(reads).toHaveLength(1500);
    expect(pieces.join('')).toBe(whole(findings, { rules: RULES, version: '0.1.0' }));
  });
});

describe('text and compact reports written in pieces', () => {
  for (const count of [0, 1, 7, 4000]) {
    test(`${count} findings: the pieces join to the rendered report, each under 64 KiB of characters`, () => {
      const findings = Array.from({ length: count }, (_, i) => finding(i));
      const style = { color: true, symbols: true, width: 80 };
      for (const [pieces, rendered] of [
        [[...textReportChunks(findings, 9, 2)], renderText(findings, 9, 2)],
        [[...textReportChunks(findings, 9, 0, style)], renderText(findings, 9, 0, style)],
        [[...compactReportChunks(findings, 9, 2)], renderCompact(findings, 9, 2)],
      ] as const) {
        for (const piece of pieces) expect(piece.length).toBeLessThan(2 ** 16);
        expect(pieces.join('')).toBe(rendered);
        if (count === 4000) expect(pieces.length).toBeGreaterThan(5);
      }
    });
  }
});
