import type { Rule } from '../types.js';
import capacity from './capacity.js';
import limitExceedsNode from './limit-exceeds-node.js';
import missingMemory from './missing-memory.js';
import noEligibleNode from './no-eligible-node.js';
import nodeOvercommit from './node-overcommit.js';
import podExceedsNode from './pod-exceeds-node.js';

/** The memory-budget rules, one file each. */
export const memoryBudgetRules: Rule[] = [missingMemory, podExceedsNode, limitExceedsNode, nodeOvercommit, capacity, noEligibleNode];
