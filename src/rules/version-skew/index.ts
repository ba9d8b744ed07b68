import type { Rule } from '../types.js';

/** The version-skew rules, one file each. */
export const versionSkewRules: Rule[] = [];
