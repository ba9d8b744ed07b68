import { ENI_MAX_PODS_SOURCE, eniMaxPods } from '../../data/eni-max-pods.js';
import { INSTANCE_TYPES_SOURCE } from '../../data/instance-types.js';
import { lazyDetails, type Severity } from '../../findings.js';
import { capitalize } from '../terms.js';
import { defineRule, type RuleReport } from '../types.js';
import { analyze, inEveryScope, type Analysis, type Overhead, type WorkloadEntry } from './_analysis.js';
import { fitDetails, podSizeAdvice } from './_advice.js';
import { budgetTerms, type Budget, type NodeTarget } from './_nodes.js';
import { describe, fieldPath, writtenQuantity } from './_pod.js';
import { formatFor, memFloor, mi } from './_units.js';
import { MEMORY_BUDGET_OPTIONS, type MemoryBudgetOptions } from './_options.js';

interface Verdict {
  readonly severity: Severity;
  /** The node type with the most room: the best chance the pod had. */
  readonly target: NodeTarget;
  readonly budget: Budget;
  readonly overhead: Overhead;
  readonly candidates: number;
}

/**
 * In one scope: the pod's request fits no node type it may land on. Error when it exceeds even
 * the optimistic allocatable of every one, warning when it fits only optimistically. Any
 * candidate whose types we cannot size means we cannot say (undefined).
 */
function verdictIn(a: Analysis, e: WorkloadEntry, scope: number): Verdict | undefined {
  const { workload: w, request } = e;
  const placements = a
    .targetsFor(w, scope)
    .map((t) => a.placementOf(e, t))
    .filter((p) => p.result !== 'no');
  if (placements.length === 0) return undefined;
  if (placements.some((p) => p.target.typesIncomplete || p.types.length === 0)) return undefined;
  let best: { target: NodeTarget; budget: Budget; overhead: Overhead; room: number } | undefined;
  let fitsOptimistically = false;
  for (const p of placements) {
    for (const { budget } of p.types) {
      const overhead = a.overhead(p.target, budget, w);
      const room = budget.conservative - overhead.request;
      if (request <= room) return undefined;
      if (request <= budget.optimistic - overhead.request) fitsOptimistically = true;
      if (!best || room > best.room) best = { target: p.target, budget, overhead, room };
    }
  }
  if (!best) return undefined;
  const candidates = placements.reduce((n, p) => n + p.types.length, 0);
  return { severity: fitsOptimistically ? 'warning' : 'error', target: best.target, budget: best.budget, overhead: best.overhead, candidates };
}

function report(a: Analysis, e: WorkloadEntry, v: Verdict, severity: Severity): RuleReport {
  const w = e.workload;
  const memory = a.memoryOf(e);
  const { budget, overhead, target } = v;
  const total = memory.request.value + overhead.request;
  const f = formatFor(total, budget.conservative, writtenQuantity(memory, 'request'));
  const main = memory.request.podLevel !== undefined ? undefined : memory.request.main;
  const allowed = (main?.request ?? memory.request.value) - (total - budget.conservative);
  const owner = main && memory.containers.length > 1 ? `${main.info.name}'s ` : 'the ';
  const fixes: string[] = [];
  let fix: RuleReport['fix'];
  if (allowed > 0) {
    // In the unit the manifest wrote (3030Mi stays MiB), so the suggestion reads like the line it replaces.
    const lowered = memFloor(allowed, main?.info.memoryRequestText ?? main?.info.memoryLimitText);
    fixes.push(`lower ${owner}request to ≤ ${lowered}`);
    // The review suggestion: the container's own request, written in the manifest, lowered.
    if (main && !main.defaulted) fix = { at: fieldPath(memory, 'request', 'memory'), replacement: lowered };
  }
  const size = podSizeAdvice(target, budget, overhead, memory.request.value, undefined);
  if (size) fixes.push(size);
  const which = v.candidates > 1 ? `the largest of the ${v.candidates} node types it can land on` : 'the only node type it can land on';
  const where = target.virtualFor ? '' : ` (${target.label})`;
  const hedge = severity === 'error' ? '' : ` (an estimate: nodes may get up to ${f(budget.optimistic)}, so it may fit)`;
  const message =
    `${w.name} ${describe(memory, 'request', f)} + DaemonSets ${f(overhead.request)} = ${f(total)} > ${budget.type.name} allocatable ${f(budget.conservative)}` +
    ` (${budgetTerms(budget, f)}), ${which}${where}${hedge}: the pod stays Pending${fixes.length ? `; ${fixes.join(' or ')}` : ''}.`;
  // Written when the report is (findings.ts `lazyDetails`): from the analysis, which stays as it is.
  // The pod's memory is made again then rather than held by every finding until the report.
  const details = (): string => {
    const again = a.memoryOf(e);
    return (
      `${fitDetails(w, again, target, budget, overhead, 'request')}\n` +
      `Total: ${mi(again.request.value)} + ${mi(overhead.request)} = ${mi(total)} > ${mi(budget.conservative)} allocatable (upper bound ${mi(budget.optimistic)})`
    );
  };
  return lazyDetails({ subject: w, at: fieldPath(memory, 'request', 'resources'), severity, message, ...(fix ? { fix } : {}) }, details);
}

/** Instance types the table does not know: said once per node group (or selecting pod), never guessed. */
function unknownTypeNotices(a: Analysis): RuleReport[] {
  const reports: RuleReport[] = [];
  const seen = new Set<NodeTarget>();
  const notice = (target: NodeTarget): void => {
    if (seen.has(target) || target.unknownTypes.length === 0) return;
    seen.add(target);
    const names = target.unknownTypes.join(', ');
    const plural = target.unknownTypes.length > 1;
    const retired = target.unknownTypes.filter((n) => eniMaxPods(n) !== undefined);
    reports.push({
      subject: target.subject,
      at: target.at,
      severity: 'notice',
      message:
        `instance type${plural ? 's' : ''} ${names} ${plural ? 'are' : 'is'} not in the instance-type table, so memory budgets on ${target.virtualFor ? 'it' : target.label} are not checked` +
        `${plural ? ' for them' : ''}; ${retired.length > 0 ? `${retired.join(', ')} ${retired.length > 1 ? 'are' : 'is'} in the ENI max-pods table but has no memory data (retired or not offered in us-east-1, us-east-2 and us-west-2)` : 'check the spelling or use a type the table lists'}.`,
      details: `Instance-type table: ${INSTANCE_TYPES_SOURCE} (types offered in us-east-1, us-east-2 and us-west-2); ENI max pods: ${ENI_MAX_PODS_SOURCE}.`,
    });
  };
  // A node group whose types cannot be read (a Parameter without a Default, an instanceSelector,
  // a launch template referenced in a way the model does not follow) is said once too, not passed in silence.
  for (const t of a.targets) {
    if (t.karpenter || t.budgets.length > 0 || t.unknownTypes.length > 0 || t.ami === 'windows' || seen.has(t)) continue;
    seen.add(t);
    reports.push({
      subject: t.subject,
      at: t.at,
      severity: 'notice',
      message: `the instance types of ${t.label} cannot be read from the repository (a parameter or variable without a default, an instance selector, a launch template or override the review cannot follow), so memory budgets on it are not checked; name the type, or declare the group in the config.`,
      details: `${capitalize(t.label)} (${t.subject.ref.doc.path}): no instance type could be read.`,
    });
  }
  for (const t of a.targets) notice(t);
  // A scope with node groups gives every workload its groups (never a virtual target): only the
  // first of a list says whether to look further, not every group of every scope for every workload.
  for (const { workload, scopes } of a.workloads)
    for (const s of scopes) {
      const targets = a.targetsFor(workload, s);
      if (targets[0]?.virtualFor) for (const t of targets) if (t.virtualFor) notice(t);
    }
  return reports;
}

export default defineRule<MemoryBudgetOptions>({
  id: 'memory-budget/pod-exceeds-node',
  family: 'memory-budget',
  optionsSchema: MEMORY_BUDGET_OPTIONS,
  defaultSeverity: 'error',
  reach: 'object',
  description: "A pod's memory request does not fit any node type it can land on after DaemonSets and system pods: it stays Pending.",
  // Yielded one by one, as limit-exceeds-node's (types.ts `check`).
  *check(context) {
    const a = analyze(context);
    yield* unknownTypeNotices(a);
    for (const e of a.workloads) {
      if (!(e.request > 0)) continue;
      const verdicts = inEveryScope(e, (scope) => verdictIn(a, e, scope));
      if (!verdicts || !verdicts[0]) continue;
      const severity: Severity = verdicts.every((v) => v.severity === 'error') ? 'error' : 'warning';
      yield report(a, e, verdicts.find((v) => v.severity === severity) ?? verdicts[0], severity);
    }
  },
});
