import type { PathSegment } from '../../load/types.js';
import { defineRule, type RuleReport } from '../types.js';
import { analyze, type Placement } from './_analysis.js';
import { MEMORY_BUDGET_OPTIONS, type MemoryBudgetOptions } from './_options.js';

const PARTS = { nodeSelector: 'nodeSelector', affinity: 'required node affinity', tolerations: 'tolerations' } as const;

export default defineRule<MemoryBudgetOptions>({
  id: 'memory-budget/no-eligible-node',
  family: 'memory-budget',
  optionsSchema: MEMORY_BUDGET_OPTIONS,
  defaultSeverity: 'warning',
  reach: 'object',
  description: "Node groups exist, but the pod's nodeSelector, required node affinity or tolerations match none of them.",
  check(context) {
    const a = analyze(context);
    const reports: RuleReport[] = [];
    for (const w of a.model.workloads) {
      const scopes = a.scopesOf(w);
      if (scopes.some((s) => a.onFargate(w, s))) continue;
      const targets = [...new Set(scopes.flatMap((s) => a.targetsFor(w, s)))].filter((t) => t.group !== undefined);
      if (targets.length === 0) continue;
      const placements: Placement[] = targets.map((t) => a.placement(w, t));
      if (placements.some((p) => p.result !== 'no')) continue;
      const by = placements.map((p) => p.match.by).find((b) => b !== undefined) ?? 'nodeSelector';
      const parts = [...new Set(placements.map((p) => p.match.by).filter((b) => b !== undefined))].map((b) => PARTS[b]);
      const shown = placements.slice(0, 3).map((p) => `${p.target.label}: ${p.match.reasons.slice(0, 2).join('; ')}`);
      const more = placements.length > 3 ? `; and ${placements.length - 3} more` : '';
      const n = placements.length;
      const at: PathSegment[] = [...w.pod.path, by === 'affinity' ? 'affinity' : by];
      reports.push({
        subject: w,
        at,
        message:
          `${w.name}'s ${parts.join(' and ') || 'selectors'} ${n > 1 ? `match${parts.length === 1 ? 'es' : ''} none of the ${n} node groups of its cluster` : `exclude${parts.length === 1 ? 's' : ''} the only node group of its cluster`} (${shown.join(' | ')}${more}), ` +
          `so its pods stay Pending; change the selector or toleration, or add the label or toleration to a node group.`,
        details: placements.map((p) => `${p.target.label} (${p.target.subject.ref.doc.path}): ${p.match.reasons.join('; ')}`).join('\n'),
      });
    }
    return reports;
  },
});
