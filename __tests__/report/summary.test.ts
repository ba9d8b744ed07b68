import fc from 'fast-check';
import type { Finding, Severity } from '../../src/findings.js';
import { byteLength, truncateBytes } from '../../src/report/limit.js';
import { CHECK_RUN_SUMMARY_MAX, escapeCell, renderSummary, summaryTitle } from '../../src/report/summary.js';
import { requestBodyProblems } from '../helpers/fake-github.js';

const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: 'memory-budget/pod-fits',
  severity: 'error',
  path: 'k8s/app.yaml',
  startLine: 10,
  endLine: 12,
  message: 'limits.memory 3.5Gi exceeds the 3.1Gi allocatable of c5.large',
  ...over,
});

const SEVERITY = fc.constantFrom<Severity>('error', 'warning', 'notice');
const FINDING = fc.record({
  rule: fc.constantFrom('memory-budget/pod-fits', 'version-skew/kubelet-skew', 'input/parse-error', 'subnet-placement/public-nodes'),
  severity: SEVERITY,
  path: fc.string({ minLength: 1, maxLength: 40 }),
  startLine: fc.integer({ min: 1, max: 100_000 }),
  endLine: fc.integer({ min: 1, max: 100_000 }),
  message: fc.string({ maxLength: 3000, unit: 'grapheme' }),
});

describe('renderSummary', () => {
  test('counts by severity and by family, then a row per finding, most severe first, rules linked', () => {
    const md = renderSummary(
      [
        finding({ severity: 'notice', rule: 'input/skipped', path: 'charts/x.yaml', startLine: 4, message: 'not reviewed: a Helm template' }),
        finding(),
        finding({ severity: 'warning', rule: 'version-skew/kubelet-skew', path: 'eks/cluster.yaml', startLine: 7, message: 'kubelet 1.27 is 2 minors behind 1.29' }),
      ],
      {
        maxBytes: CHECK_RUN_SUMMARY_MAX,
        filesReviewed: 3,
        ruleUrl: (id) => `https://example.test/docs/rules/${id}.md`,
        locationUrl: (p, line) => `https://example.test/blob/sha/${p}#L${line}`,
      },
    );
    expect(md).toContain('## manifest-review: 1 error, 1 warning, 1 notice');
    expect(md).toContain('| input | 0 | 0 | 1 |');
    expect(md).toContain('| memory-budget | 1 | 0 | 0 |');
    expect(md).toContain('| version-skew | 0 | 1 | 0 |');
    expect(md).toContain('| **total** | **1** | **1** | **1** |');
    const rows = md.split('\n').filter((l) => /^\| (error|warning|notice) \|/.test(l));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual(['| error', '| warning', '| notice']);
    expect(rows[0]).toContain('[memory-budget/pod-fits](https://example.test/docs/rules/memory-budget/pod-fits.md)');
    expect(rows[0]).toContain('[k8s/app.yaml:10](https://example.test/blob/sha/k8s/app.yaml#L10)');
    expect(md).not.toContain('not shown');
  });

  test('no findings: a title that says so and no tables', () => {
    const md = renderSummary([], { maxBytes: 1000, filesReviewed: 4 });
    expect(md).toContain('No findings');
    expect(md).toContain('4 files reviewed.');
    expect(md).not.toContain('|');
    expect(summaryTitle([])).toBe('No findings');
  });

  test('2,000 long findings stay under the check-run limit, with a note on what was left out; the API accepts it', () => {
    const findings = Array.from({ length: 2000 }, (_, i) => finding({ startLine: i + 1, message: `${'x'.repeat(300)} ${i}` }));
    const md = renderSummary(findings, { maxBytes: CHECK_RUN_SUMMARY_MAX, filesReviewed: 1, elsewhere: 'The job summary lists them.' });
    expect(byteLength(md)).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_MAX);
    const shown = md.split('\n').filter((l) => l.startsWith('| error |')).length;
    expect(shown).toBeGreaterThan(100);
    expect(md).toContain(`> **${2000 - shown} more findings not shown**: this summary is limited to 65,535 bytes. The job summary lists them.`);
    expect(requestBodyProblems('checks/update', { output: { title: summaryTitle(findings), summary: md } })).toEqual([]);
    // One character more than GitHub allows is refused by the same schema: the check is real.
    expect(requestBodyProblems('checks/update', { output: { title: 't', summary: 'x'.repeat(CHECK_RUN_SUMMARY_MAX + 1) } })).not.toEqual([]);
  });

  test('multi-byte text is cut on character boundaries, never over the budget', () => {
    const findings = Array.from({ length: 500 }, (_, i) => finding({ startLine: i + 1, message: '内存超过节点可分配量 🚀'.repeat(20) }));
    const md = renderSummary(findings, { maxBytes: 20_000, filesReviewed: 1 });
    expect(byteLength(md)).toBeLessThanOrEqual(20_000);
    expect(md).not.toContain('\uFFFD');
    expect(md).toMatch(/more findings not shown/);
  });

  test('property: whatever the findings and budget, the output fits and the note counts the missing rows', () => {
    fc.assert(
      fc.property(fc.array(FINDING, { maxLength: 60 }), fc.integer({ min: 600, max: 40_000 }), (findings, maxBytes) => {
        const md = renderSummary(findings, { maxBytes, filesReviewed: 2, notes: ['A note.'] });
        expect(byteLength(md)).toBeLessThanOrEqual(maxBytes);
        const shown = md.split('\n').filter((l) => /^\| (error|warning|notice) \| /.test(l)).length;
        const note = /\*\*(\d+) more findings? not shown\*\*/.exec(md);
        if (shown === findings.length) expect(note).toBeNull();
        else expect(Number(note?.[1])).toBe(findings.length - shown);
      }),
      { numRuns: 150 },
    );
  });

  test('untrusted text cannot break the table or inject HTML', () => {
    const md = renderSummary([finding({ path: 'a|b.yaml', message: 'line one\nline | two <img src=x onerror=alert(1)> & more' })], {
      maxBytes: 10_000,
      filesReviewed: 1,
    });
    const row = md.split('\n').find((l) => l.startsWith('| error |')) ?? '';
    expect(row).toContain('a\\|b.yaml');
    expect(row).toContain('line one line \\| two &lt;img src=x onerror=alert(1)&gt; &amp; more');
    // Unescaped pipes delimit exactly the 4 cells.
    expect(row.split(/(?<!\\)\|/).length).toBe(6);
    expect(escapeCell('a\r\nb')).toBe('a<br>b');
  });
});

describe('truncateBytes', () => {
  test('property: fits, keeps a prefix, and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 0, max: 300 }), (text, max) => {
        const cut = truncateBytes(text, max);
        expect(byteLength(cut)).toBeLessThanOrEqual(Math.max(max, 0));
        if (byteLength(text) <= max) expect(cut).toBe(text);
        else expect(text.startsWith(cut.replace(/…$/, ''))).toBe(true);
        expect(/[\uD800-\uDBFF]$/.test(cut.replace(/…$/, ''))).toBe(false);
      }),
    );
  });
});
