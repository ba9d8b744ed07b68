import { inputRules } from './input/index.js';
import { memoryBudgetRules } from './memory-budget/index.js';
import { subnetPlacementRules } from './subnet-placement/index.js';
import type { Rule } from './types.js';
import { versionSkewRules } from './version-skew/index.js';

/** Every rule, in the order they run. Ids are unique (checked in tests). */
export const RULES: readonly Rule[] = [...inputRules, ...memoryBudgetRules, ...versionSkewRules, ...subnetPlacementRules];
