import { defineRule, type RuleReport } from '../types.js';
import { analyze } from './_analysis.js';
import { invalidMemoryQuantities } from './_pod.js';
import { mem } from './_units.js';
import { parseQuantity } from '../../model/quantity.js';
import { MEMORY_BUDGET_OPTIONS, type MemoryBudgetOptions } from './_options.js';

const KIND = { container: 'container', init: 'init container', sidecar: 'sidecar container' } as const;

export default defineRule<MemoryBudgetOptions>({
  id: 'memory-budget/missing-memory',
  family: 'memory-budget',
  optionsSchema: MEMORY_BUDGET_OPTIONS,
  defaultSeverity: 'warning',
  reach: 'object',
  description: 'A container or init container sets no memory limit, neither a memory request nor a limit, or a memory quantity that is not valid.',
  check(context) {
    const a = analyze(context);
    const reports: RuleReport[] = [];
    for (const e of a.workloads) {
      const { workload: w, limit } = e;
      const invalid = invalidMemoryQuantities(w);
      for (const q of invalid) {
        const negative = (parseQuantity(q.text) ?? 0) < 0;
        reports.push({
          subject: w,
          at: q.at,
          message: negative
            ? `${q.owner} of ${w.name}: memory ${q.field} ${JSON.stringify(q.text)} is negative, so the API server rejects the object; set the amount the container needs, e.g. 512Mi.`
            : `${q.owner} of ${w.name}: memory ${q.field} ${JSON.stringify(q.text)} is not a valid Kubernetes quantity, so the API server rejects the object; write it as a number with one suffix, e.g. 512Mi or 1.5Gi.`,
          details: negative
            ? `Resource quantities must be greater than or equal to 0; ${JSON.stringify(q.text)} is not, so the memory budget of this pod is not checked.`
            : `A quantity is a decimal number (no exponent together with a suffix, one decimal point) followed by at most one of Ki, Mi, Gi, Ti, Pi, Ei, k, M, G, T, P, E, or an exponent alone (1e3). ${JSON.stringify(q.text)} is neither, so the memory budget of this pod is not checked.`,
        });
      }
      // A finite limit is a pod-level one or every container's own (or its LimitRange default): no
      // container goes without. Only a pod without one has its containers read again.
      if (Number.isFinite(limit)) continue;
      const memory = a.memoryOf(e);
      // A pod-level limit bounds every container of the pod.
      if (memory.limit.podLevel !== undefined) continue;
      for (const c of memory.containers) {
        if (c.limit !== undefined) continue;
        // An invalid limit is reported as invalid above, not as missing.
        if (invalid.some((q) => q.container === c.info && q.field === 'limit')) continue;
        const what = `${KIND[c.info.type]} ${c.info.name} of ${w.name}`;
        const message =
          c.request > 0
            ? `${what} requests ${mem(c.request)} of memory but sets no limit: it can grow until the node runs out of memory and pods get evicted or OOM-killed; set resources.limits.memory (the request, ${mem(c.request)}, if it should never burst).`
            : `${what} sets no memory request or limit: the scheduler reserves nothing for it and it can use all of the node's memory; set resources.requests.memory and resources.limits.memory.`;
        reports.push({
          subject: w,
          at: c.info.path,
          message,
          details: `No resources.limits.memory on ${KIND[c.info.type]} ${c.info.name}${c.request > 0 ? `; request ${mem(c.request)}` : ' and no resources.requests.memory'}, and no LimitRange default for namespace ${w.namespace ?? '(unset)'} in the repository.`,
        });
      }
    }
    return reports;
  },
});
