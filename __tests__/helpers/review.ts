import type { Finding } from '../../src/findings.js';
import { loadTree, runRules, type LoadedTree, type RunRulesOptions } from '../../src/engine/review.js';
import type { Rule } from '../../src/rules/types.js';

/** Loads in-memory files (path → YAML text) through the real loader and model builder. */
export function treeOf(files: Record<string, string>): LoadedTree {
  return loadTree(Object.entries(files).map(([path, text]) => ({ path, text })));
}

/** Runs the given rules (default: all) over in-memory files and returns the findings. */
export function reviewFiles(files: Record<string, string>, options: RunRulesOptions = {}): Finding[] {
  return runRules(treeOf(files), options);
}

/** Findings of one rule only. */
export function findingsOf(rule: Rule, files: Record<string, string>, options: Omit<RunRulesOptions, 'rules'> = {}): Finding[] {
  return runRules(treeOf(files), { ...options, rules: [rule] });
}
