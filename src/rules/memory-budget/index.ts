import type { Rule } from '../types.js';

/** The memory-budget rules, one file each. */
export const memoryBudgetRules: Rule[] = [];
