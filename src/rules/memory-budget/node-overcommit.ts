import type { Workload } from '../../model/types.js';
import { entryOf } from '../../model/util.js';
import { lazyDetails } from '../../findings.js';
import { defineRule, type RuleReport } from '../types.js';
import { cappedLines } from './_details.js';
import { analyze, overheadDetails, type Analysis, type Overhead, type Placement, type WorkloadEntry } from './_analysis.js';
import { workloadName } from './_advice.js';
import { budgetDetails, type Budget, type NodeTarget } from './_nodes.js';
import { writtenQuantity } from './_pod.js';
import { formatFor, mi } from './_units.js';
import { MEMORY_BUDGET_OPTIONS, type MemoryBudgetOptions } from './_options.js';

interface Packed {
  readonly workload: Workload;
  readonly pods: number;
  readonly request: number;
  readonly limit: number;
}

interface Overcommit {
  readonly budget: Budget;
  readonly overhead: Overhead;
  readonly packed: readonly Packed[];
  readonly requests: number;
  readonly limits: number;
}

/**
 * The workloads of a scope that may be packed on a node (a request and a finite limit), in
 * packing order (see `packingOrder`), read and sorted once per scope, not per target.
 */
interface Ordered {
  readonly entries: readonly WorkloadEntry[];
  /** `minRequestFrom[i]`: the smallest request of `entries[i]` and every one after it (Infinity past the end). */
  readonly minRequestFrom: Float64Array;
}

function orderedOf(workloads: readonly WorkloadEntry[]): Ordered {
  // What the entry holds first: a pod without a request or a limit is no candidate wherever it lands.
  const sized = workloads.filter((e) => e.request > 0 && Number.isFinite(e.limit));
  const entries = sized.length < 2 ? sized : packingOrder(sized).map((i) => sized[i] as WorkloadEntry);
  const minRequestFrom = new Float64Array(entries.length + 1);
  minRequestFrom[entries.length] = Infinity;
  for (let i = entries.length - 1; i >= 0; i--) minRequestFrom[i] = Math.min((entries[i] as WorkloadEntry).request, minRequestFrom[i + 1] as number);
  return { entries, minRequestFrom };
}

/**
 * The workloads that surely land on some type of a target and have pods, in packing order, and
 * for each the node types it surely lands on and its pods in steady state (`surely[i]` and
 * `pods[i]` are `entries[i]`'s). Read as far as packing asks (`has`): a node is full after a
 * few dozen pods, and the scope's order is the order of every target's candidates (the pods whose
 * limits exceed their requests the most first; ties: the larger limit, then the model's order), so
 * only the workloads packing reaches are placed. Placing every workload of the scope on every
 * target was most of the rule's time where no other rule had placed them (a change's review, which
 * runs the others on the objects the change reaches).
 */
class Candidates {
  readonly entries: WorkloadEntry[] = [];
  readonly surely: ReadonlySet<Budget>[] = [];
  readonly pods: number[] = [];
  /** Where in the scope's order `entries[i]` is. */
  private readonly positions: number[] = [];
  /** The next of the scope's workloads to examine. */
  private next = 0;
  // Placements are shared by workloads that schedule alike: so is the set of types they surely land on.
  private readonly surelyOf = new Map<Placement, ReadonlySet<Budget>>();

  constructor(
    private readonly a: Analysis,
    private readonly target: NodeTarget,
    private readonly ordered: Ordered,
  ) {}

  /** Whether there is an `i`-th candidate, examining the scope's workloads up to it. */
  has(i: number): boolean {
    while (this.entries.length <= i && this.next < this.ordered.entries.length) this.examine(this.next++);
    return i < this.entries.length;
  }

  /** No request of the `i`-th candidate or any after it is below this. */
  minRequestFrom(i: number): number {
    const position = i < this.positions.length ? this.positions[i] : this.next;
    return this.ordered.minRequestFrom[position as number] as number;
  }

  private examine(position: number): void {
    const e = this.ordered.entries[position] as WorkloadEntry;
    const placement = this.a.placementOf(e, this.target);
    if (placement.result === 'no') return;
    const count = this.a.countOf(e);
    if (!count || count.steady <= 0) return;
    let types = this.surelyOf.get(placement);
    if (!types) this.surelyOf.set(placement, (types = new Set(placement.types.flatMap((t) => (t.result === 'yes' ? [t.budget] : [])))));
    if (types.size === 0) return;
    this.entries.push(e);
    this.surely.push(types);
    this.pods.push(count.steady);
    this.positions.push(position);
  }
}

/**
 * Indexes of `entries` by limit over request, then limit, both descending, then index. Workloads
 * mostly come in a few sizes: the distinct (ratio, limit) pairs are sorted, each with its
 * workloads in the model's order, rather than every workload (4,000 on a synthetic 10k repo, in
 * both revisions of a change).
 */
function packingOrder(entries: readonly WorkloadEntry[]): number[] {
  const byRatio = new Map<number, Map<number, number[]>>();
  const keys: { readonly ratio: number; readonly limit: number; readonly members: number[] }[] = [];
  entries.forEach((e, i) => {
    const ratio = e.limit / e.request;
    const byLimit = entryOf(byRatio, ratio, () => new Map<number, number[]>());
    entryOf(byLimit, e.limit, () => {
      const members: number[] = [];
      keys.push({ ratio, limit: e.limit, members });
      return members;
    }).push(i);
  });
  keys.sort((x, y) => y.ratio - x.ratio || y.limit - x.limit);
  return keys.flatMap((k) => k.members);
}

/**
 * What the scheduler can put on one node of this type by requests, packing first the pods whose
 * limits exceed their requests the most (greedy, so a lower bound on the worst case); undefined
 * when their limits and the per-node limits fit allocatable.
 */
function overcommitOn(a: Analysis, target: NodeTarget, budget: Budget, all: Candidates): Overcommit | undefined {
  const overhead = a.overhead(target, budget);
  let room = budget.conservative - overhead.request;
  const maxPods = budget.maxPods - overhead.loads.length;
  let pods = 0;
  const packed: Packed[] = [];
  for (let i = 0; ; i++) {
    // No pod fits once the node's pods are all placed, or once its room is below every request left.
    if (maxPods - pods <= 0 || room < all.minRequestFrom(i) || !all.has(i)) break;
    const c = all.entries[i] as WorkloadEntry;
    if (all.surely[i]?.has(budget) !== true) continue;
    // A pod that alone exceeds the node is limit-exceeds-node's (or pod-exceeds-node's) finding.
    if (!(c.limit + overhead.limit <= budget.conservative && c.request + overhead.request <= budget.conservative)) continue;
    const n = Math.min(all.pods[i] as number, Math.floor(room / c.request), maxPods - pods);
    if (n <= 0) continue;
    packed.push({ workload: c.workload, pods: n, request: c.request, limit: c.limit });
    room -= n * c.request;
    pods += n;
  }
  if (pods < 2) return undefined;
  const limits = packed.reduce((s, p) => s + p.pods * p.limit, 0);
  if (limits + overhead.limit <= budget.conservative) return undefined;
  return { budget, overhead, packed, requests: packed.reduce((s, p) => s + p.pods * p.request, 0), limits };
}

function report(a: Analysis, target: NodeTarget, o: Overcommit): RuleReport {
  const { budget, overhead } = o;
  const total = o.limits + overhead.limit;
  const f = formatFor(total, budget.conservative);
  // Each workload's own request and limit read as its manifest wrote them.
  const own = (p: (typeof o.packed)[number], side: 'request' | 'limit'): string =>
    writtenQuantity(a.memory(p.workload), side) ?? f(side === 'request' ? p.request : p.limit);
  const list = o.packed.slice(0, 3).map((p) => `${p.pods}× ${p.workload.name} (request ${own(p, 'request')}, limit ${own(p, 'limit')})`);
  const more = o.packed.length > 3 ? ` and ${o.packed.length - 3} more` : '';
  const message =
    `On ${budget.type.name} (${target.label}) the scheduler can fit ${list.join(' + ')}${more} by their requests (${f(o.requests)}), ` +
    `but their limits ${f(o.limits)} + DaemonSets ${f(overhead.limit)} = ${f(total)} > allocatable ${f(budget.conservative)}: if they burst together the node runs out of memory; ` +
    `raise the requests toward the limits (or lower the limits) so that what fits by request also fits by limit.`;
  // Written when the report is (findings.ts `lazyDetails`): from the analysis, which stays as it is.
  const details = (): string =>
    [
      ...budgetDetails(budget),
      `Packed by request into ${mi(budget.conservative)} − ${mi(overhead.request)} (per-node requests) = ${mi(budget.conservative - overhead.request)}:`,
      ...cappedLines(
        o.packed,
        (p) => `  ${p.pods}× ${workloadName(p.workload)}: request ${mi(p.request)}, limit ${mi(p.limit)}`,
        (p) => p.pods * p.limit,
        (others) =>
          `  and ${others.length} more workloads: ${others.reduce((n, p) => n + p.pods, 0)} pods, requests ${mi(others.reduce((n, p) => n + p.pods * p.request, 0))}, limits ${mi(others.reduce((n, p) => n + p.pods * p.limit, 0))} together`,
      ),
      'Per-node pods (limits; requests where no limit is set):',
      ...overheadDetails(overhead, 'limit'),
      `Limits: ${mi(o.limits)} + ${mi(overhead.limit)} = ${mi(total)} > ${mi(budget.conservative)} allocatable`,
    ].join('\n');
  return lazyDetails({ subject: target.subject, at: target.at, message }, details);
}

export default defineRule<MemoryBudgetOptions>({
  id: 'memory-budget/node-overcommit',
  family: 'memory-budget',
  optionsSchema: MEMORY_BUDGET_OPTIONS,
  defaultSeverity: 'warning',
  // A node's finding names the workloads packed on it: any of them changes it, but only
  // workloads of exactly the node group's scope are packed (check below).
  reach: 'scope',
  description: 'On a node type, the pods the scheduler can pack there by requests have limits whose sum exceeds allocatable memory.',
  check(context) {
    const a = analyze(context);
    const reports: RuleReport[] = [];
    // Only workloads that surely run in the node group's cluster: those of exactly one scope.
    const byScope = new Map<number, WorkloadEntry[]>();
    for (const e of a.podWorkloads) {
      const [scope] = e.scopes;
      if (e.scopes.length !== 1 || scope === undefined || e.onFargate) continue;
      const list = byScope.get(scope) ?? [];
      list.push(e);
      byScope.set(scope, list);
    }
    const orderedByScope = new Map<number, Ordered>();
    for (const target of a.targets) {
      if (!a.isCertain(target) || !target.group) continue;
      const [scope] = a.scopesOf(target.group);
      const workloads = scope === undefined ? undefined : byScope.get(scope);
      if (scope === undefined || !workloads) continue;
      const candidates = new Candidates(
        a,
        target,
        entryOf(orderedByScope, scope, () => orderedOf(workloads)),
      );
      if (!candidates.has(0)) continue;
      for (const budget of target.budgets) {
        const found = overcommitOn(a, target, budget, candidates);
        if (found) {
          reports.push(report(a, target, found));
          break;
        }
      }
    }
    return reports;
  },
});
