import type { Finding } from '../../../src/findings.js';
import { reviewPaths, runRules } from '../../../src/engine/review.js';
import { memoryBudgetRules } from '../../../src/rules/memory-budget/index.js';
import { CORPUS, REPO_ROOT } from '../../helpers/paths.js';
import { describeWithCorpus } from '../../helpers/corpus.js';

function memoryFindings(cwd: string, path = '.'): { findings: Finding[]; lines: Map<string, number> } {
  const { tree } = reviewPaths({ cwd, paths: [path] });
  return { findings: runRules(tree, { rules: memoryBudgetRules }), lines: new Map(tree.files.map((f) => [f.path, f.lineCount])) };
}

describeWithCorpus('memory-budget over ../shared/corpus and examples/', () => {
  // Computed in the tests' beforeAll, not here: a skipped block still runs its body to collect tests.
  let corpus: ReturnType<typeof memoryFindings>;
  let examples: ReturnType<typeof memoryFindings>;
  beforeAll(() => {
    corpus = memoryFindings(CORPUS);
    examples = memoryFindings(REPO_ROOT, 'examples');
  });

  test('no rule fails, and every finding points inside its file at an object', () => {
    for (const { findings, lines } of [corpus, examples]) {
      expect(findings.filter((f) => f.message.startsWith('internal error'))).toEqual([]);
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        expect(f.startLine).toBeGreaterThanOrEqual(1);
        expect(f.startLine).toBeLessThanOrEqual(lines.get(f.path) ?? 0);
        expect(f.object).toBeDefined();
      }
    }
  });

  test('the arithmetic in every fit finding adds up', () => {
    const fits = [...corpus.findings, ...examples.findings].filter(
      (x) => x.severity !== 'notice' && /limit-exceeds-node|pod-exceeds-node|node-overcommit/.test(x.rule),
    );
    expect(fits.length).toBeGreaterThan(0);
    for (const f of fits) {
      const m = /(?:Total|Limits): (\d+)Mi \+ (\d+)Mi = (\d+)Mi > (\d+)Mi/.exec(f.details ?? '');
      expect(m).not.toBeNull();
      const [a, b, total, bound] = (m ?? []).slice(1).map(Number) as [number, number, number, number];
      expect(Math.abs(a + b - total)).toBeLessThanOrEqual(1);
      expect(total).toBeGreaterThan(bound);
    }
  });
});
