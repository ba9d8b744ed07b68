import type { Workload } from '../../model/types.js';
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
 * The workloads that may be packed on a target's nodes, in the model's order, and for each the
 * node types it surely lands on (`surely[i]` is `entries[i]`'s). What packing reads of them
 * (request, limit, pods) the entries keep: a record per workload and target, held while the
 * target's types were tried, was ~9 MB promoted at 100k documents.
 */
interface Candidates {
  readonly entries: readonly WorkloadEntry[];
  readonly surely: readonly ReadonlySet<Budget>[];
}

/** The workloads that surely land on some type of the target, with a request, a finite limit and pods: read once per target, not per type. */
function candidatesOn(a: Analysis, target: NodeTarget, workloads: readonly WorkloadEntry[]): Candidates {
  // Placements are shared by workloads that schedule alike: so is the set of types they surely land on.
  const surelyOf = new Map<Placement, ReadonlySet<Budget>>();
  const entries: WorkloadEntry[] = [];
  const surely: ReadonlySet<Budget>[] = [];
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
  }
  return { entries, surely };
}

/** A candidate's pods running at once in steady state (a candidate has a count); the analysis keeps the count with the entry. */
const steadyPods = (a: Analysis, e: WorkloadEntry): number => a.countOf(e)?.steady ?? 0;

/**
 * What the scheduler can put on one node of this type by requests, packing first the pods whose
 * limits exceed their requests the most (greedy, so a lower bound on the worst case); undefined
 * when their limits and the per-node limits fit allocatable.
 */
function overcommitOn(a: Analysis, target: NodeTarget, budget: Budget, all: Candidates): Overcommit | undefined {
  const overhead = a.overhead(target, budget);
  const candidates = all.entries.filter(
    // A pod that alone exceeds the node is limit-exceeds-node's (or pod-exceeds-node's) finding.
    (c, i) => all.surely[i]?.has(budget) === true && c.limit + overhead.limit <= budget.conservative && c.request + overhead.request <= budget.conservative,
  );
  candidates.sort((x, y) => y.limit / y.request - x.limit / x.request || y.limit - x.limit);
  let room = budget.conservative - overhead.request;
  const maxPods = budget.maxPods - overhead.loads.length;
  let pods = 0;
  const packed: Packed[] = [];
  for (const c of candidates) {
    const n = Math.min(steadyPods(a, c), Math.floor(room / c.request), maxPods - pods);
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
