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
 * The workloads that may be packed on a target's nodes, in packing order (see `packingOrder`),
 * and for each the node types it surely lands on and its pods in steady state (`surely[i]` and
 * `pods[i]` are `entries[i]`'s). What packing reads of them (request, limit) the entries keep: a
 * record per workload and target, held while the target's types were tried, was ~9 MB promoted
 * at 100k documents.
 */
interface Candidates {
  readonly entries: readonly WorkloadEntry[];
  readonly surely: readonly ReadonlySet<Budget>[];
  readonly pods: readonly number[];
}

/**
 * The workloads that surely land on some type of the target, with a request, a finite limit and
 * pods, in packing order: read and sorted once per target, not per type. Packing a type takes
 * those of its candidates in this order, and the pods whose limits exceed their requests the
 * most come first (ties: the larger limit, then the model's order), so sorting the target's
 * candidates once orders every type's the same as sorting each type's alone.
 */
function candidatesOn(a: Analysis, target: NodeTarget, workloads: readonly WorkloadEntry[]): Candidates {
  // Placements are shared by workloads that schedule alike: so is the set of types they surely land on.
  const surelyOf = new Map<Placement, ReadonlySet<Budget>>();
  const entries: WorkloadEntry[] = [];
  const surely: ReadonlySet<Budget>[] = [];
  const pods: number[] = [];
  for (const e of workloads) {
    // What the entry holds first: a pod without a request or a limit is no candidate wherever it lands.
    if (!(e.request > 0) || !Number.isFinite(e.limit)) continue;
    const placement = a.placementOf(e, target);
    if (placement.result === 'no') continue;
    const count = a.countOf(e);
    if (!count || count.steady <= 0) continue;
    let types = surelyOf.get(placement);
    if (!types) surelyOf.set(placement, (types = new Set(placement.types.flatMap((t) => (t.result === 'yes' ? [t.budget] : [])))));
    if (types.size === 0) continue;
    entries.push(e);
    surely.push(types);
    pods.push(count.steady);
  }
  if (entries.length < 2) return { entries, surely, pods };
  const order = packingOrder(entries);
  return {
    entries: order.map((i) => entries[i] as WorkloadEntry),
    surely: order.map((i) => surely[i] as ReadonlySet<Budget>),
    pods: order.map((i) => pods[i] as number),
  };
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
  for (let i = 0; i < all.entries.length; i++) {
    // No pod fits once the node's pods are all placed.
    if (maxPods - pods <= 0) break;
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
    for (const target of a.targets) {
      if (!a.isCertain(target) || !target.group) continue;
      const [scope] = a.scopesOf(target.group);
      const workloads = scope === undefined ? undefined : byScope.get(scope);
      if (!workloads) continue;
      const candidates = candidatesOn(a, target, workloads);
      if (candidates.entries.length === 0) continue;
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
