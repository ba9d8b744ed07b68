import type { Rule } from '../types.js';

/** The subnet-placement rules, one file each. */
export const subnetPlacementRules: Rule[] = [];
