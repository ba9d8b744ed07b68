import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/collect/collect.js';
import { Budget, INCOMPLETE_RULE } from '../../src/engine/budget.js';
import { reviewChange } from '../../src/engine/change.js';
import { filterFindings } from '../../src/engine/filter.js';
import { loadTree, reviewPaths, reviewTree } from '../../src/engine/review.js';
import type { Finding } from '../../src/findings.js';
import { DEFAULT_LOAD_LIMITS } from '../../src/load/types.js';
import { applySuppressions, findSuppressions, SuppressionsOutOfTime } from '../../src/engine/suppress.js';
import { RULES } from '../../src/rules/index.js';
import { defineRule, RuleOutOfTime } from '../../src/rules/types.js';
import { makeRepo } from '../helpers/git-repo.js';
import { CLUSTER, HUGE_POD } from '../helpers/hostile.js';

/**
 * A review that runs out of time or input must fail the gate (issue 18, "fails open"). The
 * clocks here count their own calls, so an overrun happens at an exact point, not on a slow day.
 */

const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata: {a: b}\n`;

/** A clock that advances one millisecond each time it is read. */
function tickingClock(): () => number {
  let now = 0;
  return () => now++;
}

const incomplete = (findings: readonly Finding[]) => findings.filter((f) => f.rule === INCOMPLETE_RULE);

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'manifest-review-budget-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('time budget', () => {
  test('files past the deadline make one input/incomplete error naming them, not notices', () => {
    const sources = Array.from({ length: 6 }, (_, i) => ({ path: `f${i}.yaml`, text: configMap(`c${i}`) }));
    // Read at construction (0) and before each file (1, 2, 3…); reading stops at three quarters
    // of the budget (3 ms of 4), which leaves three files read.
    const tree = loadTree(sources, [], DEFAULT_LOAD_LIMITS, { budget: new Budget({ timeBudgetMs: 4, clock: tickingClock() }) });
    expect(tree.files.map((f) => f.path)).toEqual(['f0.yaml', 'f1.yaml', 'f2.yaml']);
    const [overrun, ...more] = incomplete(tree.inputFindings);
    expect(more).toEqual([]);
    expect(overrun).toMatchObject({ severity: 'error', path: 'f3.yaml' });
    expect(overrun?.message).toContain('time budget of 4 ms ran out before 3 files were read');
    expect(overrun?.message).toContain('(`f3.yaml`, `f4.yaml`, `f5.yaml`;');
    expect(tree.inputFindings.filter((f) => f.rule === 'input/skipped')).toEqual([]);
  });

  test('small files first, the change before the rest: real errors survive padding that sorts first', () => {
    const sources = [
      ...Array.from({ length: 20 }, (_, i) => ({ path: `aaa-padding/p${String(i).padStart(2, '0')}.yaml`, text: configMap(`p${i}`) })),
      { path: 'cluster.yaml', text: CLUSTER },
      { path: 'k8s/api.yaml', text: HUGE_POD },
      // The change's own padding: a large file, read after every small one.
      { path: 'aaa-added/huge.yaml', text: configMap('huge').replace('{a: b}', `{a: "${'x'.repeat(300_000)}"}`) },
    ];
    // Reading stops at 2.25 ms: two files.
    const budget = new Budget({ timeBudgetMs: 3, clock: tickingClock() });
    const tree = loadTree(sources, [], DEFAULT_LOAD_LIMITS, { budget, priority: new Set(['k8s/api.yaml', 'cluster.yaml', 'aaa-added/huge.yaml']) });
    expect(tree.files.map((f) => f.path)).toEqual(['cluster.yaml', 'k8s/api.yaml']);
    const findings = reviewTree(tree, { now: new Date('2026-01-01'), budget: new Budget() }).findings;
    expect(findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.path])).toEqual([
      [INCOMPLETE_RULE, 'aaa-padding/p00.yaml'],
      ['memory-budget/pod-exceeds-node', 'k8s/api.yaml'],
    ]);
  });

  test('rules not started in time are named in an input/incomplete error; the overrun rule itself always runs', () => {
    const tree = loadTree([
      { path: 'cluster.yaml', text: CLUSTER },
      { path: 'k8s/api.yaml', text: HUGE_POD },
    ]);
    const spent = new Budget({ timeBudgetMs: 0, clock: tickingClock() });
    const findings = reviewTree(tree, { budget: spent }).findings;
    expect(findings.map((f) => f.rule)).toEqual([INCOMPLETE_RULE]);
    expect(findings[0]).toMatchObject({ path: '.', severity: 'error' });
    expect(findings[0]?.message).toMatch(/ran out before \d+ rules ran \(`input\/parse-error`, /);
  });

  test('a rule with a large inner loop stops on time too (memory-budget placements)', () => {
    const tree = loadTree([
      { path: 'cluster.yaml', text: CLUSTER },
      { path: 'k8s/api.yaml', text: HUGE_POD },
    ]);
    const rule = RULES.find((r) => r.id === 'memory-budget/pod-exceeds-node');
    if (!rule) throw new Error('rule missing');
    // 0 at construction, 1 before the rule starts (in time), 2 at its first placement (past 1.5 ms).
    const findings = reviewTree(tree, { rules: [rule], budget: new Budget({ timeBudgetMs: 1.5, clock: tickingClock() }) }).findings;
    expect(findings).toEqual([expect.objectContaining({ rule: INCOMPLETE_RULE, path: '.', severity: 'error' })]);
    expect(findings[0]?.message).toContain('(`memory-budget/pod-exceeds-node (stopped)`)');
  });

  test('a rule that yields its reports and then stops reports none of them, as one that returns an array', () => {
    const tree = loadTree([{ path: 'cluster.yaml', text: CLUSTER }]);
    const yieldingThen = (stop: () => never) =>
      defineRule({
        id: 'input/yields-then-stops',
        family: 'input',
        defaultSeverity: 'error',
        description: 'yields one report, then stops',
        *check() {
          yield { location: { path: 'cluster.yaml', startLine: 1, endLine: 1 }, message: 'yielded before the stop' };
          stop();
        },
      });
    const outOfTime = reviewTree(tree, {
      rules: [
        yieldingThen(() => {
          throw new RuleOutOfTime();
        }),
      ],
      budget: new Budget(),
    }).findings;
    expect(outOfTime).toEqual([expect.objectContaining({ rule: INCOMPLETE_RULE, path: '.' })]);
    expect(outOfTime[0]?.message).toContain('(`input/yields-then-stops (stopped)`)');
    const failed = reviewTree(tree, {
      rules: [
        yieldingThen(() => {
          throw new Error('boom');
        }),
      ],
    }).findings;
    expect(failed.map((f) => f.message)).toEqual(['internal error in rule input/yields-then-stops: boom; please report it']);
  });

  test('the deadline is checked inside a file too; neither the config nor a suppression comment can lower or hide it', () => {
    // A duplicate key fails the whole-file parse, so the loader salvages document by document and
    // asks the clock before each: 0 at construction, 1 before the file, 2 before the first
    // document (read), 3 before the second (past 2.25 ms, when reading stops).
    const broken = `${configMap('a')}  name: again\n# manifest-review-ignore input -- hide the overrun\n---\n${configMap('a2')}`;
    const dir = workspace({
      '.github/manifest-review.yaml': 'rules:\n  input: off\n  input/incomplete: notice\n',
      'a-first.yaml': broken,
      // Larger than a-first.yaml: the smaller file is read first.
      'b.yaml': configMap('b').replace('{a: b}', `{a: "${'x'.repeat(500)}"}`),
    });
    const result = reviewPaths({ cwd: dir, budget: new Budget({ timeBudgetMs: 3, clock: tickingClock() }) });
    const separatorLine = broken.split('\n').indexOf('---') + 1;
    expect(incomplete(result.findings)).toEqual([
      expect.objectContaining({ path: '.', severity: 'error' }),
      expect.objectContaining({
        path: 'a-first.yaml',
        startLine: separatorLine,
        severity: 'error',
        message: expect.stringContaining('ran out while this file was parsed'),
      }),
      expect.objectContaining({ path: 'b.yaml', severity: 'error' }),
    ]);
    expect(result.suppressed.filter((f) => f.rule === INCOMPLETE_RULE)).toEqual([]);
  });

  test('every filter reports an overrun, even in a file the change did not touch and the base shares', () => {
    const overrun: Finding = { rule: INCOMPLETE_RULE, severity: 'error', path: 'untouched.yaml', startLine: 1, endLine: 1, message: 'out of time' };
    for (const mode of ['new', 'changed', 'all'] as const) {
      expect(filterFindings([overrun], [overrun], mode, new Set(['other.yaml']))).toEqual([overrun]);
    }
  });
});

describe('suppression matching obeys the deadline inside its own loops', () => {
  const LINES = 8;
  // Eight ConfigMaps, each line that names one suppressed by a comment on it.
  const text = Array.from(
    { length: LINES },
    (_, i) => `${configMap(`c${i}`).replace(`name: c${i}`, `name: c${i} # manifest-review-ignore input/probe-name -- accepted`)}`,
  ).join('---\n');
  const nameLines = text.split('\n').flatMap((line, i) => (line.includes('name: c') ? [i + 1] : []));

  /** A clock that stands still until `start()`, then advances one millisecond per read. */
  function clockStartedBy(): { clock: () => number; start: () => void } {
    let now = 0;
    let ticking = false;
    return { clock: () => (ticking ? now++ : now), start: () => (ticking = true) };
  }

  /** A rule that reports every `name:` line, then starts the clock: time runs out only after the rules. */
  function probe(start: () => void) {
    return defineRule({
      id: 'input/probe-name',
      family: 'input',
      defaultSeverity: 'error',
      description: 'reports each metadata.name line',
      check: () => {
        start();
        return nameLines.map((line) => ({ location: { path: 'names.yaml', startLine: line, endLine: line }, message: `name on line ${line}` }));
      },
    });
  }
  const afterSuppressions = RULES.filter((r) => r.phase === 'after-suppressions');

  function run(timeBudgetMs: number) {
    const { clock, start } = clockStartedBy();
    const tree = loadTree([{ path: 'names.yaml', text }]);
    const budget = new Budget({ timeBudgetMs, clock });
    return reviewTree(tree, { rules: [probe(start), ...afterSuppressions], budget });
  }

  test('in time, every finding is suppressed and nothing is incomplete', () => {
    const result = run(1000);
    expect(result.suppressed).toHaveLength(LINES);
    expect(result.findings).toEqual([]);
  });

  // 2 ms: out of time while the comments are read (one clock read per comment line). LINES + 3:
  // the comments are all read, then matching stops after a few findings.
  test.each([
    ['while reading the comments', 2, false],
    ['while matching findings to them', LINES + 3, true],
  ])('out of time %s: the findings not matched are reported and the gate fails', (_, timeBudgetMs, someMatched) => {
    const result = run(timeBudgetMs);
    expect(result.suppressed.length > 0).toBe(someMatched);
    const reported = result.findings.filter((f) => f.rule === 'input/probe-name');
    // Nothing is lost, and what was not matched is reported, not hidden.
    expect(reported.length + result.suppressed.length).toBe(LINES);
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.map((f) => f.startLine)).toEqual(nameLines.slice(LINES - reported.length));
    const [overrun, ...more] = incomplete(result.findings);
    expect(more).toEqual([]);
    expect(overrun).toMatchObject({ path: '.', severity: 'error' });
    expect(overrun?.message).toContain(
      `ran out while suppressions were matched (${reported.length} finding${reported.length === 1 ? ' was' : 's were'} not checked against them`,
    );
    // Matching stopped, so "this suppression hides nothing" would be false: those rules did not run, and say so.
    expect(result.findings.filter((f) => f.rule === 'input/unused-suppression')).toEqual([]);
    expect(overrun?.message).toContain('`input/unused-suppression`');
  });

  test('the loops themselves ask the clock: reading stops mid-file, matching mid-list', () => {
    const tree = loadTree([{ path: 'names.yaml', text }]);
    let reads = 0;
    const expiresAfter = (n: number) => () => ++reads > n;
    // One file: a check only between files would never stop here.
    expect(() => findSuppressions(tree.files, tree.model.manifests, expiresAfter(3))).toThrow(SuppressionsOutOfTime);
    expect(reads).toBe(4);

    const suppressions = findSuppressions(tree.files, tree.model.manifests);
    const findings = nameLines.map((line): Finding => ({
      rule: 'input/probe-name',
      severity: 'error',
      path: 'names.yaml',
      startLine: line,
      endLine: line,
      message: 'x',
    }));
    reads = 0;
    const outcome = applySuppressions(findings, suppressions, ['input/probe-name'], ['input/probe-name'], expiresAfter(3));
    expect(outcome).toMatchObject({ stopped: true, unchecked: LINES - 3 });
    expect(outcome.suppressed).toHaveLength(3);
    expect(outcome.kept).toEqual(findings.slice(3));
  });
});

describe('input budget', () => {
  test('files beyond the byte budget are not parsed and fail the gate', () => {
    const sources = Array.from({ length: 5 }, (_, i) => ({ path: `f${i}.yaml`, text: configMap(`c${i}`) }));
    const size = sources[0]?.text.length ?? 0;
    const tree = loadTree(sources, [], DEFAULT_LOAD_LIMITS, { budget: new Budget({ maxInputBytes: size * 2 }) });
    expect(tree.files).toHaveLength(2);
    const [overrun] = incomplete(tree.inputFindings);
    expect(overrun).toMatchObject({ severity: 'error', path: 'f2.yaml' });
    expect(overrun?.message).toContain(`at most ${(size * 2).toLocaleString('en-US')} bytes`);
    expect(overrun?.message).toContain('3 files were left out');
  });

  test('the document budget counts documents across files', () => {
    const twoDocs = `${configMap('x')}---\n${configMap('y')}`;
    const sources = Array.from({ length: 4 }, (_, i) => ({ path: `f${i}.yaml`, text: twoDocs }));
    const tree = loadTree(sources, [], DEFAULT_LOAD_LIMITS, { budget: new Budget({ maxInputDocuments: 3 }) });
    expect(tree.files.map((f) => f.path)).toEqual(['f0.yaml', 'f1.yaml']);
    expect(incomplete(tree.inputFindings)).toHaveLength(1);
  });

  test('a manifest padded past the file size limit (a long comment) fails the gate instead of passing as a notice', () => {
    // kubectl applies it; before, the 30Gi pod in it became one input/skipped notice and exit 0.
    const padded = `${HUGE_POD}# ${'x'.repeat(DEFAULT_MAX_FILE_BYTES)}\n`;
    const dir = workspace({ 'cluster.yaml': CLUSTER, 'k8s/api.yaml': padded });
    const result = reviewPaths({ cwd: dir, workspace: dir });
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.path])).toEqual([[INCOMPLETE_RULE, 'k8s/api.yaml']]);
    expect(result.findings.filter((f) => f.rule === 'input/skipped')).toEqual([]);
  });

  test('a manifest padded past the documents-per-file limit fails the gate too', () => {
    const padded = `${HUGE_POD}${'---\n{}\n'.repeat(DEFAULT_LOAD_LIMITS.maxDocuments)}`;
    const dir = workspace({ 'cluster.yaml': CLUSTER, 'k8s/api.yaml': padded });
    const result = reviewPaths({ cwd: dir, workspace: dir });
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.path])).toEqual([[INCOMPLETE_RULE, 'k8s/api.yaml']]);
  });

  test('a base file over a loader limit does not fail the change that removes it; the same file kept fails once', () => {
    const limits = { ...DEFAULT_LOAD_LIMITS, maxDocuments: 3 };
    const many = `${configMap('m')}${'---\n{}\n'.repeat(5)}`;
    const removed = makeRepo({ 'cluster.yaml': CLUSTER, 'k8s/many.yaml': many }, { 'k8s/many.yaml': null, 'k8s/ok.yaml': configMap('ok') });
    const kept = makeRepo({ 'cluster.yaml': CLUSTER, 'k8s/many.yaml': many }, { 'k8s/ok.yaml': configMap('ok') });
    dirs.push(removed.dir, kept.dir);
    const review = (dir: string, baseRef: string) => reviewChange({ cwd: dir, baseRef, filter: 'new', limits, now: new Date('2026-01-01') }).findings;
    expect(incomplete(review(removed.dir, removed.baseSha))).toEqual([]);
    expect(incomplete(review(kept.dir, kept.baseSha)).map((f) => [f.path, f.message.startsWith('base revision')])).toEqual([['k8s/many.yaml', false]]);
  });

  test('junk limits fall back to the defaults instead of becoming Infinity or NaN', () => {
    const budget = new Budget({ timeBudgetMs: Number.NaN, maxInputBytes: Infinity, maxInputDocuments: -1 });
    expect(budget.timeMs).toBe(600_000);
    expect(Number.isFinite(budget.maxInputBytes)).toBe(true);
    expect(budget.maxInputDocuments).toBeGreaterThan(0);
  });
});

describe('the base revision obeys the same budget', () => {
  test('an overrun while reading the base is reported with the head findings', () => {
    const big = configMap('big').replace('data: {a: b}', `data: {a: "${'x'.repeat(3000)}"}`);
    const repo = makeRepo(
      { 'cluster.yaml': CLUSTER, 'k8s/api.yaml': configMap('old'), 'k8s/retired.yaml': big },
      { 'k8s/api.yaml': HUGE_POD, 'k8s/retired.yaml': null },
    );
    dirs.push(repo.dir);
    // The head (cluster + pod) fits; the base's files that differ from it (old pod + retired file) do not.
    const budget = new Budget({ maxInputBytes: 2000 });
    const result = reviewChange({ cwd: repo.dir, baseRef: repo.baseSha, filter: 'new', budget, now: new Date('2026-01-01') });
    expect(result.tree.files.map((f) => f.path)).toEqual(['cluster.yaml', 'k8s/api.yaml']);
    expect(incomplete(result.findings)).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'k8s/retired.yaml',
        message: expect.stringMatching(new RegExp(`^base revision ${repo.baseSha.slice(0, 12)}: the review reads at most`)),
      }),
    ]);
    expect(result.findings.map((f) => f.rule)).toContain('memory-budget/pod-exceeds-node');
  });
});
