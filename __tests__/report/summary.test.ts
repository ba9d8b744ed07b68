import fc from 'fast-check';
import type { Finding, Severity } from '../../src/findings.js';
import { byteLength, truncateBytes } from '../../src/report/limit.js';
import { codeSpan, inlineText } from '../../src/report/markdown.js';
import { CHECK_RUN_SUMMARY_MAX, JOB_SUMMARY_MAX, renderSummary, summaryTitle } from '../../src/report/summary.js';
import { requestBodyProblems } from '../helpers/fake-github.js';
import { gfm, renderStructure } from '../helpers/markdown.js';

const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: 'memory-budget/limit-exceeds-node',
  severity: 'error',
  path: 'k8s/app.yaml',
  startLine: 10,
  endLine: 12,
  message: 'limits.memory 3.5Gi exceeds the 3.1Gi allocatable of c5.large',
  ...over,
});

const links = {
  ruleUrl: (id: string) => `https://example.test/docs/rules/${id}.md`,
  locationUrl: (p: string, line: number) => `https://example.test/blob/sha/${p}#L${line}`,
};

const SEVERITY = fc.constantFrom<Severity>('error', 'warning', 'notice');
const FINDING = fc.record({
  rule: fc.constantFrom('memory-budget/pod-exceeds-node', 'version-skew/kubelet-newer', 'input/parse-error', 'subnet-placement/public-nodes'),
  severity: SEVERITY,
  path: fc.string({ minLength: 1, maxLength: 40 }),
  startLine: fc.integer({ min: 1, max: 100_000 }),
  endLine: fc.integer({ min: 1, max: 100_000 }),
  message: fc.string({ maxLength: 3000, unit: 'grapheme' }),
});

const MIXED: Finding[] = [
  finding({ severity: 'notice', rule: 'input/skipped', path: 'charts/x.yaml', startLine: 4, message: 'not reviewed: a Helm template' }),
  finding(),
  finding({ path: 'k8s/worker.yaml', startLine: 20, message: 'limits.memory 6Gi exceeds the 3.1Gi allocatable of c5.large' }),
  finding({ startLine: 30, message: 'limits.memory 4Gi exceeds the 3.1Gi allocatable of c5.large' }),
  finding({
    severity: 'warning',
    rule: 'version-skew/removed-api',
    path: 'k8s/app.yaml',
    startLine: 1,
    message: 'policy/v1beta1 PodDisruptionBudget is removed in 1.25',
  }),
];

describe('job summary, as GitHub renders it', () => {
  const md = renderSummary(MIXED, { maxBytes: JOB_SUMMARY_MAX, filesReviewed: 3, detail: 'findings', ...links });
  const page = renderStructure(md);

  test('counts first: the title, then a table per family with a total row', () => {
    expect(page.headings[0]).toEqual({ level: 2, text: 'manifest-review: 3 errors, 1 warning, 1 notice' });
    const [counts] = page.tables;
    expect(counts?.header).toEqual(['family', '❌ errors', '⚠️ warnings', 'ℹ️ notices']);
    expect(counts?.rows).toEqual([
      ['input', '0', '0', '1'],
      ['memory-budget', '3', '0', '0'],
      ['version-skew', '0', '1', '0'],
      ['total', '3', '1', '1'],
    ]);
    // Nothing else comes before the counts.
    expect(md.indexOf('| family |')).toBeLessThan(md.indexOf('<details'));
  });

  test('a folded table of files with their counts', () => {
    const files = page.folds[0];
    expect(files?.summary).toBe('Findings by file: 3 files');
    expect(files?.open).toBe(false);
    expect(files?.tables[0]?.rows).toEqual([
      ['k8s/app.yaml', '2', '1', '0'],
      ['k8s/worker.yaml', '1', '0', '0'],
      ['charts/x.yaml', '0', '0', '1'],
    ]);
  });

  test('one fold per rule, most severe first; inside, findings grouped by file with icons', () => {
    const rules = page.folds.slice(1);
    expect(rules.map((f) => f.summary.replace(/<[^>]+>/g, ''))).toEqual([
      '❌ memory-budget/limit-exceeds-node: 3 errors in 2 files',
      '⚠️ version-skew/removed-api: 1 warning in 1 file',
      'ℹ️ input/skipped: 1 notice in 1 file',
    ]);
    // Rules with errors are unfolded; the rest start folded.
    expect(rules.map((f) => f.open)).toEqual([true, false, false]);
    expect(rules[0]?.summary).toContain('<a href="https://example.test/docs/rules/memory-budget/limit-exceeds-node.md">');
    expect(rules[0]?.groups).toEqual([
      {
        heading: 'k8s/app.yaml',
        items: [
          '❌ k8s/app.yaml:10 limits.memory 3.5Gi exceeds the 3.1Gi allocatable of c5.large',
          '❌ k8s/app.yaml:30 limits.memory 4Gi exceeds the 3.1Gi allocatable of c5.large',
        ],
      },
      { heading: 'k8s/worker.yaml', items: ['❌ k8s/worker.yaml:20 limits.memory 6Gi exceeds the 3.1Gi allocatable of c5.large'] },
    ]);
    expect(page.html).toContain('<a href="https://example.test/blob/sha/k8s/app.yaml#L30"><code>k8s/app.yaml:30</code></a>');
    // Every <details> is closed.
    expect(md.match(/<details/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });

  test('no findings: a title that says so, no tables, no folds', () => {
    const empty = renderStructure(renderSummary([], { maxBytes: 1000, filesReviewed: 4, detail: 'findings' }));
    expect(empty.headings[0]?.text).toBe('manifest-review: No findings');
    expect(empty.paragraphs).toContain('4 files reviewed.');
    expect(empty.tables).toEqual([]);
    expect(empty.folds).toEqual([]);
    expect(summaryTitle([])).toBe('No findings');
  });
});

describe('check-run summary: counts, not a copy of the annotations', () => {
  test('counts per family and per rule, no finding listed; the API accepts it', () => {
    const md = renderSummary(MIXED, {
      maxBytes: CHECK_RUN_SUMMARY_MAX,
      filesReviewed: 3,
      detail: 'counts',
      elsewhere: 'The job summary lists them.',
      ...links,
    });
    const page = renderStructure(md);
    expect(page.folds).toEqual([]);
    expect(page.tables[1]?.header).toEqual(['rule', 'errors', 'warnings', 'notices']);
    expect(page.tables[1]?.rows).toEqual([
      ['❌ memory-budget/limit-exceeds-node', '3', '0', '0'],
      ['⚠️ version-skew/removed-api', '0', '1', '0'],
      ['ℹ️ input/skipped', '0', '0', '1'],
    ]);
    expect(md).not.toContain('3.5Gi exceeds');
    expect(page.paragraphs.at(-1)).toBe('Each finding is an annotation on its line. The job summary lists them.');
    expect(requestBodyProblems('checks/update', { output: { title: summaryTitle(MIXED), summary: md } })).toEqual([]);
  });

  test('findings about the review itself are listed, at most 20 of them', () => {
    const incomplete = Array.from({ length: 25 }, (_, i) =>
      finding({
        rule: 'input/incomplete',
        path: `k8s/f${String(i).padStart(2, '0')}.yaml`,
        startLine: 1,
        message: `the time budget of 4 s ran out before f${i}`,
      }),
    );
    const md = renderSummary([...MIXED, ...incomplete], {
      maxBytes: CHECK_RUN_SUMMARY_MAX,
      filesReviewed: 3,
      detail: 'counts',
      alwaysList: (f) => f.rule.startsWith('input/') && f.severity === 'error',
      ...links,
    });
    const page = renderStructure(md);
    expect(page.paragraphs).toContain('About the review itself:');
    const items = [...page.html.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, ''));
    expect(items).toHaveLength(21);
    expect(items[0]).toBe('❌ k8s/f00.yaml:1 the time budget of 4 s ran out before f0');
    expect(items[20]).toBe('… and 5 more');
    expect(md).not.toContain('3.5Gi exceeds'); // other findings stay in the annotations
  });
});

describe('size limits', () => {
  test('10,000 findings: under the 1 MiB step-summary limit, every fold closed, an "N more" line that adds up', () => {
    const findings = Array.from({ length: 10_000 }, (_, i) =>
      finding({
        rule: ['memory-budget/limit-exceeds-node', 'version-skew/removed-api', 'input/parse-error'][i % 3] as string,
        severity: (['error', 'warning', 'notice'] as const)[i % 3] ?? 'error',
        path: `k8s/team-${i % 97}/app-${i % 13}.yaml`,
        startLine: i + 1,
        message: `limits.memory ${i}Mi of Deployment app-${i} exceeds what a c5.large has left for pods: ${'x'.repeat(120)}`,
      }),
    );
    const md = renderSummary(findings, {
      maxBytes: JOB_SUMMARY_MAX,
      filesReviewed: 1261,
      detail: 'findings',
      elsewhere: 'Every finding is in findings.json.',
      ...links,
    });
    expect(byteLength(md)).toBeLessThanOrEqual(JOB_SUMMARY_MAX);
    expect(byteLength(md)).toBeLessThan(1024 * 1024);
    const page = renderStructure(md);
    const listed = page.folds.slice(1).reduce((n, f) => n + f.groups.reduce((m, g) => m + g.items.length, 0), 0);
    expect(listed).toBeGreaterThan(1000);
    expect(listed).toBeLessThan(10_000);
    const note = page.html.match(
      /<strong>(\d+) more findings not shown<\/strong>: this summary is limited to 1,032,192 bytes\. Every finding is in findings\.json\./,
    );
    expect(Number(note?.[1])).toBe(10_000 - listed);
    expect(md.match(/<details/g)?.length).toBe(md.match(/<\/details>/g)?.length);
    expect(page.tables[0]?.rows.at(-1)).toEqual(['total', '3334', '3333', '3333']);
  });

  test('2,000 long findings in a check run: counts fit 65,535 bytes and the API accepts them', () => {
    const findings = Array.from({ length: 2000 }, (_, i) => finding({ startLine: i + 1, message: `${'x'.repeat(300)} ${i}` }));
    const md = renderSummary(findings, { maxBytes: CHECK_RUN_SUMMARY_MAX, filesReviewed: 1, detail: 'counts' });
    expect(byteLength(md)).toBeLessThanOrEqual(CHECK_RUN_SUMMARY_MAX);
    expect(requestBodyProblems('checks/update', { output: { title: summaryTitle(findings), summary: md } })).toEqual([]);
    // One character more than GitHub allows is refused by the same schema: the check is real.
    expect(requestBodyProblems('checks/update', { output: { title: 't', summary: 'x'.repeat(CHECK_RUN_SUMMARY_MAX + 1) } })).not.toEqual([]);
  });

  test('multi-byte text is cut on character boundaries, never over the budget', () => {
    const findings = Array.from({ length: 500 }, (_, i) => finding({ startLine: i + 1, message: '内存超过节点可分配量 🚀'.repeat(20) }));
    const md = renderSummary(findings, { maxBytes: 20_000, filesReviewed: 1, detail: 'findings' });
    expect(byteLength(md)).toBeLessThanOrEqual(20_000);
    expect(md).not.toContain('\uFFFD');
    expect(md).toMatch(/more findings not shown/);
  });

  test('property: whatever the findings and budget, the output fits and the note counts what is not listed', () => {
    fc.assert(
      fc.property(fc.array(FINDING, { maxLength: 60 }), fc.integer({ min: 3000, max: 40_000 }), (findings, maxBytes) => {
        const md = renderSummary(findings, { maxBytes, filesReviewed: 2, notes: ['A note.'], detail: 'findings' });
        expect(byteLength(md)).toBeLessThanOrEqual(maxBytes);
        const page = renderStructure(md);
        const listed = page.folds.slice(1).reduce((n, f) => n + f.groups.reduce((m, g) => m + g.items.length, 0), 0);
        const note = /\*\*(\d+) more findings? not shown\*\*/.exec(md);
        if (listed === findings.length) expect(note).toBeNull();
        else expect(Number(note?.[1])).toBe(findings.length - listed);
      }),
      { numRuns: 100 },
    );
  });
});

describe('values from the pull request render as text (issue 18)', () => {
  const hostile = finding({
    path: 'k8s/[x](https://evil.example)|`tick`.yaml',
    message:
      'Deployment [click me](https://evil.example/phish) with image ![pixel](https://evil.example/p.png) ' +
      'pinged @octocat and @github/security, see https://evil.example and www.evil.example, mail a@evil.example; ' +
      '<img src=x onerror=alert(1)> <script>alert(1)</script> **bold** _it_ ~~gone~~ &amp; \u202Egnp.exe `code` stays',
  });
  const surfaces = {
    'job summary': renderSummary([hostile], { maxBytes: JOB_SUMMARY_MAX, filesReviewed: 1, detail: 'findings', ...links }),
    'check-run summary': renderSummary([hostile], { maxBytes: CHECK_RUN_SUMMARY_MAX, filesReviewed: 1, detail: 'counts', ...links }),
  };

  test.each(Object.entries(surfaces))('%s: no link, image, HTML or mention comes from the file', (_surface, md) => {
    const html = gfm.render(md);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/example\.test\//);
    expect(html).not.toMatch(/<img|<script|<strong>bold|<em>it|<s>gone/);
    // Outside code spans no @name is left for GitHub to turn into a mention.
    expect(html.replace(/<code>[^<]*<\/code>/g, '')).not.toMatch(/@\w/);
    expect(html).not.toContain('\u202E');
  });

  test('the job summary still shows every character of the message and path', () => {
    const html = gfm.render(surfaces['job summary']);
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    for (const piece of [
      '[click me](https://evil.example/phish)',
      '@octocat',
      '<img src=x onerror=alert(1)>',
      '**bold**',
      '&amp;',
      '\\u{202e}gnp.exe',
      'code stays',
    ]) {
      expect(text).toContain(piece);
    }
    expect(text).toContain('k8s/[x](https://evil.example)|`tick`.yaml:10');
  });

  test('codeSpan and inlineText', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`a')).toBe('`` `a ``');
    expect(inlineText('fits: remove `memory-budget` from it')).toBe('fits: remove `memory-budget` from it');
    expect(inlineText('a kube_reserved *x*')).toBe('a kube\\_reserved \\*x\\*');
    expect(inlineText('see @me')).toBe('see `@me`');
    expect(inlineText('3.8Gi > 3.0Gi, 1 <= 2, <b>x</b>')).toBe('3.8Gi &gt; 3.0Gi, 1 &lt;= 2, `<b>x</b>`');
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
