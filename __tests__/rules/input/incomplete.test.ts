import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reviewChange } from '../../../src/engine/change.js';
import { Budget } from '../../../src/engine/budget.js';
import { loadTree, reviewTree } from '../../../src/engine/review.js';
import { INCOMPLETE_RULE } from '../../../src/findings.js';
import { DEFAULT_LOAD_LIMITS } from '../../../src/load/types.js';
import { RULES } from '../../../src/rules/index.js';
import { reviewFiles } from '../../helpers/review.js';

const rule = 'input/incomplete';
let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'mr-incomplete-'));
  mkdirSync(path.join(root, 'k8s', 'production'), { recursive: true });
  writeFileSync(path.join(root, 'k8s', 'production', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const incomplete = (paths: string[], config?: string) => {
  if (config !== undefined) {
    mkdirSync(path.join(root, '.github'), { recursive: true });
    writeFileSync(path.join(root, '.github', 'manifest-review.yaml'), config);
  }
  try {
    return reviewChange({ cwd: root, paths }).findings.filter((f) => f.rule === rule);
  } finally {
    rmSync(path.join(root, '.github'), { recursive: true, force: true });
  }
};

describe('input/incomplete', () => {
  test('a paths entry that names nothing is an error naming the entry: the review did not see what it was asked to', () => {
    expect(incomplete(['k8s/prodution'])).toEqual([expect.objectContaining({ severity: 'error', path: 'k8s/prodution' })]);
  });

  test('the path as it exists gets none', () => {
    expect(incomplete(['k8s/production'])).toEqual([]);
  });

  test('the config cannot turn it off: an unfinished review must not pass as a clean one', () => {
    expect(incomplete(['k8s/prodution'], 'rules:\n  input/incomplete: off\n  input: off\n')).toHaveLength(1);
  });
});

/** The rule's reporting; the budgets that produce it are tested in __tests__/engine/budget.test.ts. */

const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

describe('input/incomplete: budgets', () => {
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
