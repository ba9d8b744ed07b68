import { lazyDetails, type Severity } from '../../findings.js';
import type { Workload } from '../../model/types.js';
import { defineRule, type RuleReport } from '../types.js';
import { cappedLines } from './_details.js';
import { analyze, inEveryScope, overheadDetails, type Analysis, type Overhead, type WorkloadEntry } from './_analysis.js';
import { workloadName } from './_advice.js';
import { budgetDetails, type Budget, type NodeTarget } from './_nodes.js';
import { writtenQuantity } from './_pod.js';
import type { PodCount } from './_replicas.js';
import { mem, mi } from './_units.js';
import { MEMORY_BUDGET_OPTIONS, type MemoryBudgetOptions } from './_options.js';

interface GroupRoom {
  readonly target: NodeTarget;
  readonly nodes: number;
  /** Pods of this workload one node holds, conservatively (the smallest type a static group may launch). */
  readonly perNode: number;
  /** Pods one node holds at best (largest type, optimistic allocatable). */
  readonly perNodeBest: number;
  readonly budget: Budget;
  readonly overhead: Overhead;
  /** The node's pod limit, not its memory, caps `perNode`. */
  readonly podLimited: boolean;
}

interface Verdict {
  readonly severity: Severity;
  readonly rooms: readonly GroupRoom[];
  readonly capacity: number;
  readonly best: number;
}

const byMemory = (overhead: Overhead, request: number, allocatable: number): number => Math.floor((allocatable - overhead.request) / request);
const byPods = (budget: Budget, overhead: Overhead): number => budget.maxPods - overhead.loads.length;

function perNode(budget: Budget, overhead: Overhead, request: number, allocatable: number): number {
  return Math.max(0, Math.min(byMemory(overhead, request, allocatable), byPods(budget, overhead)));
}

/**
 * In one scope: the pods do not fit the node groups they can land on at their max sizes.
 * Undefined (no verdict) when a group they may use has no max size or types we cannot size,
 * or belongs to several scopes: then the room is not known.
 */
function verdictIn(a: Analysis, e: WorkloadEntry, request: number, count: PodCount, scope: number): Verdict | undefined {
  const w = e.workload;
  const placements = a
    .targetsFor(w, scope)
    .map((t) => a.placementOf(e, t))
    .filter((p) => p.result !== 'no');
  if (placements.length === 0) return undefined;
  const rooms: GroupRoom[] = [];
  for (const p of placements) {
    const t = p.target;
    if (!a.isCertain(t) || t.maxSize === undefined || t.typesIncomplete || p.types.length === 0) return undefined;
    const perType = p.types.map(({ budget }) => {
      const overhead = a.overhead(t, budget, w);
      return { budget, overhead, cons: perNode(budget, overhead, request, budget.conservative), best: perNode(budget, overhead, request, budget.optimistic) };
    });
    // A static group may be all of its smallest type; Karpenter launches whatever type fits.
    const chosen = perType.reduce((x, y) => (t.karpenter ? (y.cons > x.cons ? y : x) : y.cons < x.cons ? y : x));
    rooms.push({
      target: t,
      nodes: Math.max(0, Math.floor(t.maxSize)),
      perNode: chosen.cons,
      perNodeBest: Math.max(...perType.map((x) => x.best)),
      budget: chosen.budget,
      overhead: chosen.overhead,
      podLimited: byPods(chosen.budget, chosen.overhead) < byMemory(chosen.overhead, request, chosen.budget.conservative),
    });
  }
  const capacity = rooms.reduce((n, r) => n + r.nodes * r.perNode, 0);
  const best = rooms.reduce((n, r) => n + r.nodes * r.perNodeBest, 0);
  // A pod no node can hold is pod-exceeds-node's finding, not a capacity one.
  if (count.max <= capacity || rooms.every((r) => r.perNode === 0)) return undefined;
  return { severity: count.min > best ? 'error' : 'warning', rooms, capacity, best };
}

function report(w: Workload, request: number, written: string | undefined, count: PodCount, v: Verdict, severity: Severity): RuleReport {
  const held = (r: GroupRoom): number => r.nodes * r.perNode;
  // A workload that may use many node groups names the roomiest few, and what the others hold.
  const groups = cappedLines(
    v.rooms,
    (r) => {
      const why = r.podLimited
        ? `${r.budget.type.name}: pod limit ${r.budget.maxPods} − ${r.overhead.loads.length} per-node pods; memory would hold more`
        : `${r.budget.type.name}: ${mem(r.budget.conservative)} allocatable − DaemonSets ${mem(r.overhead.request)}`;
      return `${r.target.label}: ${r.nodes} node${r.nodes === 1 ? '' : 's'} × ${r.perNode} pod${r.perNode === 1 ? '' : 's'} (${why})`;
    },
    held,
    (others) => `${others.length} more node groups: ${others.reduce((n, r) => n + held(r), 0)} pods`,
  );
  const single = v.rooms.length === 1 ? v.rooms[0] : undefined;
  const needed = single && single.perNode > 0 ? Math.ceil(count.max / single.perNode) : undefined;
  // Never advise an absurd number ("raise maxSize to Infinity"): past any real group size, only the other fix stands.
  const nodesNeeded = needed !== undefined && Number.isSafeInteger(needed) && needed <= 100_000 ? needed : undefined;
  const fix = [
    ...(nodesNeeded !== undefined ? [`raise ${single?.target.karpenter ? 'limits.nodes' : 'maxSize'} to ${nodesNeeded}`] : []),
    `lower the ${count.subject !== w ? 'HPA maxReplicas' : w.kind === 'Job' || w.kind === 'CronJob' ? 'parallelism' : 'replicas'}${v.rooms.every((r) => r.podLimited) ? ' (the pod limit, not memory, is what runs out)' : ' or the request'}`,
  ].join(' or ');
  const need =
    severity === 'error'
      ? `needs at least ${count.min} pods${count.min === count.max ? ` (${count.text})` : ''}`
      : `needs up to ${count.max} pods (${count.text})`;
  const room = severity === 'error' ? `${v.best} even on the largest nodes they may get` : String(v.capacity);
  const message = `${w.name} ${need} × ${written ?? mem(request)} request, but the node groups it can use hold at most ${room}: ${groups.join(' + ')}; ${fix}.`;
  // Written when the report is (findings.ts `lazyDetails`): from the analysis, which stays as it is.
  const details = (): string =>
    [
      `${workloadName(w)}: ${count.text} → up to ${count.max} pods, at least ${count.min}; effective request ${mi(request)} each`,
      ...cappedLines(
        v.rooms,
        (r) =>
          [
            `${r.target.label} (${r.target.subject.ref.doc.path}): max size ${r.nodes}, ${r.perNode} pod(s) per node (conservative), ${r.perNodeBest} at best`,
            ...budgetDetails(r.budget).map((l) => `  ${l}`),
            `  per-node pods (requests), ${r.overhead.loads.length} of the ${r.budget.maxPods}-pod limit:`,
            ...overheadDetails(r.overhead, 'request').map((l) => `  ${l}`),
          ].join('\n'),
        held,
        (others) =>
          `and ${others.length} more node groups: ${others.reduce((n, r) => n + held(r), 0)} pods (conservative), ${others.reduce((n, r) => n + r.nodes * r.perNodeBest, 0)} at best`,
      ),
      `Capacity: ${v.capacity} pods (conservative), ${v.best} at best; needed ${count.max}`,
    ].join('\n');
  const at = severity === 'error' && count.subject !== w ? ['spec', 'minReplicas'] : count.at;
  return lazyDetails({ subject: count.subject, at, severity, message }, details);
}

export default defineRule<MemoryBudgetOptions>({
  id: 'memory-budget/capacity',
  family: 'memory-budget',
  optionsSchema: MEMORY_BUDGET_OPTIONS,
  defaultSeverity: 'warning',
  // Reported at the workload's HorizontalPodAutoscaler when it has one: a linked object.
  reach: 'object',
  description: "A workload's pods (HPA max and rolling-update surge included) do not fit the node groups it can use at their max size.",
  check(context) {
    const a = analyze(context);
    const reports: RuleReport[] = [];
    for (const e of a.podWorkloads) {
      const request = e.request;
      if (!(request > 0)) continue;
      const count = a.countOf(e);
      if (!count || count.max === 0) continue;
      const verdicts = inEveryScope(e, (scope) => verdictIn(a, e, request, count, scope));
      if (!verdicts || !verdicts[0]) continue;
      const severity: Severity = verdicts.every((v) => v.severity === 'error') ? 'error' : 'warning';
      reports.push(
        report(e.workload, request, writtenQuantity(a.memoryOf(e), 'request'), count, verdicts.find((v) => v.severity === severity) ?? verdicts[0], severity),
      );
    }
    return reports;
  },
});
