import { lazyDetails, type DetailsWriter, type Severity } from '../../findings.js';
import { defineRule, type RuleReport } from '../types.js';
import { analyze, inEveryScope, type Analysis, type Overhead, type Placement, type WorkloadEntry } from './_analysis.js';
import { fitDetails, podSizeAdvice } from './_advice.js';
import type { Tri } from './_match.js';
import { budgetTerms, type Budget, type NodeTarget } from './_nodes.js';
import { parseQuantity } from '../../model/quantity.js';
import { describe, fieldPath, writtenQuantity } from './_pod.js';
import { formatFor, memFloor, mi, sharedUnit } from './_units.js';
import { boundedEntryOf, entryOf } from '../../model/util.js';
import { MEMORY_BUDGET_OPTIONS, type MemoryBudgetOptions } from './_options.js';

interface Verdict {
  readonly severity: Severity;
  readonly target: NodeTarget;
  readonly budget: Budget;
  readonly overhead: Overhead;
  readonly result: Tri;
  readonly total: number;
}

/**
 * The node type of one target where the pod's limit plus the per-node limits exceed allocatable.
 * Error: a node group it surely lands on, a type its request surely fits (so it can be placed
 * there), and even the optimistic allocatable is exceeded. Warning: the conservative estimate is
 * exceeded. Karpenter picks the type per pod, so there it is an error only when every type the
 * request fits would be exceeded.
 */
function verdictOn(a: Analysis, e: WorkloadEntry, target: NodeTarget, rooms: Map<Placement, number>): Verdict | undefined {
  const w = e.workload;
  if (!a.isCertain(target)) return undefined;
  const placement = a.placementOf(e, target);
  if (placement.result === 'no') return undefined;
  // Nearly every pod exceeds no type (on the corpus 667 of 668 asked, of ~89,000 Karpenter types
  // in all). Those 668 share 49 placements: a limit below the least room of its placement's types
  // exceeds none of them, seen without an overhead per type. One byte of margin keeps rounding
  // in the subtraction from deciding a pod `exceeds` would decide otherwise: those take the full test.
  if (e.limit < limitRoom(a, placement, rooms) - 1) return undefined;
  if (!placement.types.some(({ budget }) => exceeds(a.overhead(target, budget, w), budget, e))) return undefined;
  const rows = placement.types.map(({ budget, result }) => {
    const overhead = a.overhead(target, budget, w);
    const total = e.limit + overhead.limit;
    const request = e.request + overhead.request;
    return { budget, result, overhead, total, placeable: request <= budget.conservative };
  });
  const exceeding = rows.filter((r) => exceeds(r.overhead, r.budget, e));
  if (exceeding.length === 0) return undefined;
  const surely = (r: (typeof rows)[number]): boolean => r.result === 'yes' && r.placeable && r.total > r.budget.optimistic;
  let pick = exceeding[0];
  let severity: Severity = 'warning';
  if (target.karpenter) {
    const choosable = rows.filter((r) => r.placeable);
    if (choosable.length > 0 && choosable.every(surely)) severity = 'error';
    // Requirements we could not evaluate may exclude the small type: too unsure for a warning.
    else if (target.approximate) return undefined;
  } else {
    const sure = exceeding.find(surely);
    if (sure) [pick, severity] = [sure, 'error'];
  }
  if (!pick) return undefined;
  return { severity, target, budget: pick.budget, overhead: pick.overhead, result: pick.result, total: pick.total };
}

/**
 * The least a placement's node types leave for one pod's limit beside the per-node limits
 * (allocatable − per-node limits; Infinity with no type), once per placement of one analysis:
 * `rooms` lives for one run of the rule. Without the pod's own load, a DaemonSet asking about
 * itself has at least this room, so the bound holds for it too.
 */
function limitRoom(a: Analysis, placement: Placement, rooms: Map<Placement, number>): number {
  let room = rooms.get(placement);
  if (room === undefined) {
    room = Infinity;
    for (const { budget } of placement.types) room = Math.min(room, budget.conservative - a.overhead(placement.target, budget).limit);
    rooms.set(placement, room);
  }
  return room;
}

/** The row test of `verdictOn` below: the pod may be placed on the type, and its limit with the per-node limits exceeds it. */
function exceeds(overhead: Overhead, budget: Budget, pod: WorkloadEntry): boolean {
  return pod.request + overhead.request <= budget.optimistic && pod.limit + overhead.limit > budget.conservative;
}

/**
 * The worst target of one scope (see `verdictOn`). A workload near several clusters asks about
 * each of their node groups, and the clusters share most of them: `known` keeps each target's
 * verdict (null: none) for the workload's other scopes.
 */
function worstIn(
  a: Analysis,
  e: WorkloadEntry,
  scope: number,
  known: Map<NodeTarget, Verdict | null> | undefined,
  rooms: Map<Placement, number>,
): Verdict | undefined {
  let worst: Verdict | undefined;
  const better = (v: Verdict): boolean =>
    !worst ||
    (v.severity === 'error' && worst.severity !== 'error') ||
    (v.severity === worst.severity && v.total - v.budget.conservative > worst.total - worst.budget.conservative);
  for (const target of a.targetsFor(e.workload, scope)) {
    let v: Verdict | null | undefined = known?.get(target);
    if (v === undefined) {
      v = verdictOn(a, e, target, rooms) ?? null;
      known?.set(target, v);
    }
    if (v && better(v)) worst = v;
  }
  return worst;
}

/**
 * Every finding about one node type says the same about it (" > m5.xlarge allocatable 14408Mi
 * (nominal … eviction) on node group apps: one pod bursting …"): written once per (node type,
 * unit, severity, certainty) and shared by the messages, which add only what is their own. Each
 * message built whole was a rope of some forty pieces; at 100k documents, 40,121 of them held
 * ~45 MiB through the rule phase and were promoted to the old generation before the report.
 */
const nodeClauses = new WeakMap<NodeTarget, WeakMap<Budget, Map<string, string>>>();

/**
 * The node type's clause, and when `size` is given (the message's only fix: "use m5.2xlarge …"),
 * that advice's clause after it: the two joined once and shared too, so that a message is its own
 * words and one shared tail (a rope of three pieces was a second rope of 32 bytes in each of the
 * 40,121 messages at 100k documents).
 */
function nodeClause(target: NodeTarget, budget: Budget, f: (bytes: number) => string, severity: Severity, result: Tri, size?: string): string {
  const write = (): string => {
    const hedge = severity === 'error' ? '' : ` (an estimate: nodes may get up to ${f(budget.optimistic)})`;
    const where = target.virtualFor ? '' : ` on ${target.label}`;
    const maybe = result === 'maybe' ? ' if it lands there' : '';
    return (
      ` > ${budget.type.name} allocatable ${f(budget.conservative)}` +
      ` (${budgetTerms(budget, f)})${where}${hedge}: one pod bursting to its limit can run the node out of memory${maybe}`
    );
  };
  const unit = sharedUnit(f);
  if (unit === undefined) return size === undefined ? write() : write() + sizeClause(size);
  const byBudget = entryOf(nodeClauses, target, () => new WeakMap());
  const texts = entryOf(byBudget, budget, () => new Map());
  const key = `${unit} ${severity} ${result}`;
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = write()));
  if (size === undefined) return text;
  // A node type's findings advise few sizes (the next types up): keyed after the clause's own key.
  const withSize = `${key} ${size}`;
  let tail = texts.get(withSize);
  if (tail === undefined) texts.set(withSize, (tail = text + sizeClause(size)));
  return tail;
}

/**
 * " limit 1024Mi + DaemonSets 25856Mi = 26880Mi" once per text: pods of one size on one node type
 * write the same sum, and each message kept its own flat copy of it (76 bytes in each of the
 * 40,121 messages at 100k documents, where a rope of the name and a shared copy is 32).
 */
const sums = new Map<string, string>();

/** A review writes few distinct sums (sizes × node types); bounded all the same. */
function sharedSum(text: string): string {
  return boundedEntryOf(sums, text, () => text);
}

/** "; use m5.2xlarge (29.7Gi allocatable)." once per advice text (see `nodeClause`). */
const sizeClauses = new Map<string, string>();

function sizeClause(size: string): string {
  // Advice names a type or pool: a review writes few distinct ones; bounded all the same.
  return boundedEntryOf(sizeClauses, size, () => `; ${size}.`);
}

/** What the details of the findings about one node type share (see LimitDetails). */
class NodeDetails {
  constructor(
    readonly a: Analysis,
    readonly target: NodeTarget,
    readonly budget: Budget,
    readonly overhead: Overhead,
    readonly severity: Severity,
  ) {}
}

/**
 * A finding's details, written when the report is (findings.ts `lazyDetails`): from the analysis,
 * which stays as it is. The pod's memory is made again then rather than held by every finding
 * until the report. An object of two fields, the node type's shared: a closure over `report`'s
 * variables was ~150 bytes for each of the 40,121 findings at 100k documents.
 */
class LimitDetails implements DetailsWriter {
  constructor(
    readonly node: NodeDetails,
    readonly e: WorkloadEntry,
  ) {}

  writeDetails(): string {
    const { a, target, budget, overhead, severity } = this.node;
    const e = this.e;
    // As `verdictOn` summed it for the row `report` was given.
    const total = e.limit + overhead.limit;
    const again = a.memoryOf(e);
    return (
      `${fitDetails(e.workload, again, target, budget, overhead, 'limit')}\n` +
      `Total: ${mi(again.limit.value)} + ${mi(overhead.limit)} = ${mi(total)} > ${mi(budget.conservative)} allocatable${severity === 'error' ? ` (and > ${mi(budget.optimistic)}, the upper bound: no real node was seen above it)` : ` (≤ ${mi(budget.optimistic)}, the upper bound, so real nodes may hold it)`}`
    );
  }
}

/** The last NodeDetails made in one run of the rule: findings in a row are mostly about the same node type. */
interface NodeDetailsMemo {
  last?: NodeDetails;
}

function nodeDetails(memo: NodeDetailsMemo, a: Analysis, v: Verdict, severity: Severity): NodeDetails {
  const last = memo.last;
  if (last && last.a === a && last.target === v.target && last.budget === v.budget && last.overhead === v.overhead && last.severity === severity) return last;
  return (memo.last = new NodeDetails(a, v.target, v.budget, v.overhead, severity));
}

function report(a: Analysis, e: WorkloadEntry, v: Verdict, severity: Severity, memo: NodeDetailsMemo): RuleReport {
  const w = e.workload;
  const memory = a.memoryOf(e);
  const { budget, overhead, target, total } = v;
  const f = formatFor(total, budget.conservative, writtenQuantity(memory, 'limit'));
  const excess = total - budget.conservative;
  const main = memory.limit.podLevel !== undefined ? undefined : memory.limit.main;
  const mainLimit = main?.limit ?? memory.limit.value;
  const allowed = mainLimit - excess;
  const owner = main && memory.containers.length > 1 ? `${main.info.name}'s ` : 'the ';
  const fixes: string[] = [];
  let fix: RuleReport['fix'];
  if (allowed > 0) {
    const request = main?.request ?? memory.request.value;
    const written = main?.info.memoryLimitText;
    const lowered = memFloor(allowed, written);
    fixes.push(allowed >= request ? `lower ${owner}limit to ≤ ${lowered}` : `lower ${owner}request and limit to ≤ ${lowered}`);
    // A one-value edit (the review suggestion) only when the container's own limit changes and
    // the rounded value still holds the request.
    if (main && !main.defaulted && (parseQuantity(lowered) ?? 0) >= request) fix = { at: fieldPath(memory, 'limit', 'memory'), replacement: lowered };
  }
  const size = podSizeAdvice(target, budget, overhead, memory.request.value, memory.limit.value);
  if (size) fixes.push(size);
  // The pod's name, then its arithmetic joined flat (a rope of it was ~400 bytes a message) and
  // shared with the pods that add up alike, then the shared clauses: three pieces of a message.
  const own = w.name + sharedSum([' ', describe(memory, 'limit', f), ' + DaemonSets ', f(overhead.limit), ' = ', f(total)].join(''));
  const message =
    fixes.length === 1 && size
      ? own + nodeClause(target, budget, f, severity, v.result, size)
      : own + nodeClause(target, budget, f, severity, v.result) + `${fixes.length ? `; ${fixes.join(' or ')}` : ''}.`;
  return lazyDetails(
    { subject: w, at: fieldPath(memory, 'limit', 'memory'), severity, message, ...(fix ? { fix } : {}) },
    new LimitDetails(nodeDetails(memo, a, v, severity), e),
  );
}

export default defineRule<MemoryBudgetOptions>({
  id: 'memory-budget/limit-exceeds-node',
  family: 'memory-budget',
  optionsSchema: MEMORY_BUDGET_OPTIONS,
  defaultSeverity: 'error',
  reach: 'object',
  description: "A pod's memory limit plus the DaemonSets' limits exceeds the allocatable memory of a node type it can land on.",
  // Yielded one by one (types.ts `check`): at 100k documents, 40,121 reports held in one array were all promoted.
  *check(context) {
    const a = analyze(context);
    const rooms = new Map<Placement, number>();
    const memo: NodeDetailsMemo = {};
    for (const e of a.workloads) {
      if (!Number.isFinite(e.limit) || e.limit <= 0) continue;
      const known = e.scopes.length > 1 ? new Map<NodeTarget, Verdict | null>() : undefined;
      const verdicts = inEveryScope(e, (scope) => worstIn(a, e, scope, known, rooms));
      if (!verdicts || verdicts.length === 0 || !verdicts[0]) continue;
      const severity: Severity = verdicts.every((v) => v.severity === 'error') ? 'error' : 'warning';
      const shown = verdicts.find((v) => v.severity === severity) ?? verdicts[0];
      yield report(a, e, shown, severity, memo);
    }
  },
});
