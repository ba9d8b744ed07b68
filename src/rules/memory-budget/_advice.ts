/** The "what would fix it" half of memory-budget messages, and the shared detail lines. */
import type { Workload } from '../../model/types.js';
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

/** "Deployment web/rails-app" for details. */
export function workloadName(w: Workload): string {
  return `${w.kind} ${w.namespace ? `${w.namespace}/` : ''}${w.name}`;
}

/** Where the node type comes from, for details. */
export function targetSource(target: NodeTarget): string {
  const file = target.subject.ref.doc.path;
  return target.virtualFor ? `the instance type the pod selects (${file})` : `${target.label} (${file})`;
}

/** The detail lines every fit finding shares: the pod, the node type's budget, the per-node pods. */
export function fitDetails(w: Workload, memory: PodMemory, target: NodeTarget, budget: Budget, overhead: Overhead, side: 'request' | 'limit'): string[] {
  const parts = (side === 'request' ? memory.request : memory.limit).parts;
  const pick = side === 'request' ? (c: (typeof parts)[number]) => c.request : (c: (typeof parts)[number]) => c.limit ?? Infinity;
  const containers = parts.map((c) => `${c.info.type === 'container' ? '' : `${c.info.type} `}${c.info.name} ${mi(pick(c))}`).join(' + ');
  return [
    `Pod of ${workloadName(w)}: effective memory request ${mi(memory.request.value)}, limit ${Number.isFinite(memory.limit.value) ? mi(memory.limit.value) : 'unbounded'}${containers ? ` (${side}: ${containers}${memory.overhead > 0 ? ` + overhead ${mi(memory.overhead)}` : ''})` : ''}`,
    `Node type: ${budget.type.name} of ${targetSource(target)}`,
    ...budgetDetails(budget),
    `Per-node pods counted (${side === 'limit' ? 'limits; requests where no limit is set' : 'requests'}):`,
    ...overheadDetails(overhead, side),
  ];
}
