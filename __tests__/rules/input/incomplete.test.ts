import { Budget } from '../../../src/engine/budget.js';
import { loadTree, reviewTree } from '../../../src/engine/review.js';
import { INCOMPLETE_RULE } from '../../../src/findings.js';
import { DEFAULT_LOAD_LIMITS } from '../../../src/load/types.js';
import { RULES } from '../../../src/rules/index.js';
import { reviewFiles } from '../../helpers/review.js';

/** The rule's reporting; the budgets that produce it are tested in __tests__/engine/budget.test.ts. */

const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

describe('input/incomplete', () => {
  test('an overrun while reading is reported as an error at the first file left out', () => {
    const sources = [0, 1, 2].map((i) => ({ path: `f${i}.yaml`, text: configMap(`c${i}`) }));
    // Read at construction (0) and before each file (1, 2…); reading stops at 1.5 ms: one file read.
    let now = 0;
    const tree = loadTree(sources, [], DEFAULT_LOAD_LIMITS, { budget: new Budget({ timeBudgetMs: 2, clock: () => now++ }) });
    const findings = reviewTree(tree, { now: new Date('2026-01-01') }).findings.filter((f) => f.rule === INCOMPLETE_RULE);
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', path: 'f1.yaml', startLine: 1 })]);
  });

  test('a review that finishes reports nothing', () => {
    expect(reviewFiles({ 'cm.yaml': configMap('fine') }).filter((f) => f.rule === INCOMPLETE_RULE)).toEqual([]);
  });

  test('mandatory and after the suppressions: neither configurable nor suppressible', () => {
    const rule = RULES.find((r) => r.id === INCOMPLETE_RULE);
    expect(rule).toMatchObject({ mandatory: true, phase: 'after-suppressions', defaultSeverity: 'error' });
  });
});
