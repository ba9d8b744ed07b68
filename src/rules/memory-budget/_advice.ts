/** The "what would fix it" half of memory-budget messages, and the shared detail lines. */
import type { Workload } from '../../model/types.js';
import { entryOf } from '../../model/util.js';
import { overheadDetails, type Overhead } from './_analysis.js';
import { budgetDetails, familyTypes, isAutoModePool, type Budget, type NodeTarget } from './_nodes.js';
import type { PodMemory } from './_pod.js';
import { mem, mi } from './_units.js';

/** The smallest larger size of the same family whose allocatable holds `need` after the overhead. */
export function largerSize(target: NodeTarget, budget: Budget, fits: (candidate: Budget) => boolean): Budget | undefined {
  for (const type of familyTypes(budget.type.family)) {
    if (type.memoryMiB <= budget.type.memoryMiB) continue;
    const candidate = target.budgetFor(type);
    if (candidate && fits(candidate)) return candidate;
  }
  return undefined;
}

/**
 * How a Karpenter NodePool could avoid the types that cannot hold the pod, only ever advising a
 * pool that still has a type left: `instance-memory Gt` the largest type that does not fit, when
 * types above it remain (they all fit); otherwise the pool must allow larger types.
 */
function poolAdvice(target: NodeTarget, fits: (candidate: Budget) => boolean): string {
  const key = `${target.ami === 'eks-auto' ? 'eks.amazonaws.com' : 'karpenter.k8s.aws'}/instance-memory`;
  if (target.group && isAutoModePool(target.group) && target.label.startsWith('built-in')) {
    return `add a NodePool of your own with larger types (built-in pools cannot be changed)`;
  }
  const tooSmall = target.budgets.filter((b) => !fits(b));
  const bound = Math.max(...tooSmall.map((b) => b.type.memoryMiB));
  const above = target.budgets.filter((b) => b.type.memoryMiB > bound);
  if (tooSmall.length > 0 && above.length > 0) {
    return `keep ${target.label} off types this small (a requirement ${key} Gt ${bound} leaves ${above.length} type${above.length === 1 ? '' : 's'}, from ${above[0]?.type.name})`;
  }
  return `allow larger types in the requirements of ${target.label} (none it may launch holds it)`;
}

/** "use c5.xlarge (6.4Gi allocatable)", or for Karpenter how to keep it off the small types. */
export function sizeAdvice(target: NodeTarget, budget: Budget, fits: (candidate: Budget) => boolean): string | undefined {
  if (target.karpenter) return poolAdvice(target, fits);
  const larger = largerSize(target, budget, fits);
  return larger ? `use ${larger.type.name} (${mem(larger.conservative)} allocatable)` : undefined;
}

const podAdvice = new WeakMap<NodeTarget, WeakMap<Overhead, Map<string, string | undefined>>>();

/**
 * `sizeAdvice` for a pod of `request` and `limit` (undefined: only the request must fit) beside
 * `overhead`: the smallest type (or pool requirement) whose allocatable holds the pod's request
 * and limit after the overhead. The answer depends only on those numbers, so it is found once per
 * (node type, overhead, request, limit) and shared: in a large repository thousands of findings
 * name the same node type (every one of the 40,121 of the synthetic 100k tree) and each searched
 * the family's larger sizes, building a budget for every one.
 */
export function podSizeAdvice(target: NodeTarget, budget: Budget, overhead: Overhead, request: number, limit: number | undefined): string | undefined {
  const byOverhead = entryOf(podAdvice, target, () => new WeakMap());
  const byPod = entryOf(byOverhead, overhead, () => new Map());
  const key = `${budget.type.name}\n${request}\n${limit ?? ''}`;
  if (byPod.has(key)) return byPod.get(key);
  const fits = (b: Budget): boolean => (limit === undefined || limit + overhead.limit <= b.conservative) && request + overhead.request <= b.conservative;
  const advice = sizeAdvice(target, budget, fits);
  byPod.set(key, advice);
  return advice;
}

/** "Deployment web/rails-app" for details. */
export function workloadName(w: Workload): string {
  return `${w.kind} ${w.namespace ? `${w.namespace}/` : ''}${w.name}`;
}

/** Where the node type comes from, for details. */
export function targetSource(target: NodeTarget): string {
  const file = target.subject.ref.doc.path;
  return target.virtualFor ? `the instance type the pod selects (${file})` : `${target.label} (${file})`;
}

const nodeBlocks = new WeakMap<NodeTarget, WeakMap<Overhead, Map<Budget, { request?: string; limit?: string }>>>();

/**
 * The lines of `fitDetails` after the pod's, joined: the node type, its budget and the per-node
 * pods, the same text in every finding about that node type and overhead. Written once and shared
 * (each finding's details are its pod line, this, and its total), not joined again per finding.
 */
function nodeBlock(target: NodeTarget, budget: Budget, overhead: Overhead, side: 'request' | 'limit'): string {
  const byOverhead = entryOf(nodeBlocks, target, () => new WeakMap());
  const byBudget = entryOf(byOverhead, overhead, () => new Map());
  const sides = entryOf(byBudget, budget, () => ({}));
  return (sides[side] ??= [
    `Node type: ${budget.type.name} of ${targetSource(target)}`,
    ...budgetDetails(budget),
    `Per-node pods counted (${side === 'limit' ? 'limits; requests where no limit is set' : 'requests'}):`,
    ...overheadDetails(overhead, side),
  ].join('\n'));
}

/**
 * The detail text every fit finding starts with, lines joined by `\n`: the pod, the node type's
 * budget, the per-node pods (the last two shared by every finding about the node type).
 */
export function fitDetails(w: Workload, memory: PodMemory, target: NodeTarget, budget: Budget, overhead: Overhead, side: 'request' | 'limit'): string {
  const parts = (side === 'request' ? memory.request : memory.limit).parts;
  const pick = side === 'request' ? (c: (typeof parts)[number]) => c.request : (c: (typeof parts)[number]) => c.limit ?? Infinity;
  const containers = parts.map((c) => `${c.info.type === 'container' ? '' : `${c.info.type} `}${c.info.name} ${mi(pick(c))}`).join(' + ');
  const pod = `Pod of ${workloadName(w)}: effective memory request ${mi(memory.request.value)}, limit ${Number.isFinite(memory.limit.value) ? mi(memory.limit.value) : 'unbounded'}${containers ? ` (${side}: ${containers}${memory.overhead > 0 ? ` + overhead ${mi(memory.overhead)}` : ''})` : ''}`;
  return `${pod}\n${nodeBlock(target, budget, overhead, side)}`;
}
