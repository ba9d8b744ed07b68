import type { PathSegment } from '../../load/types.js';
import type { NodeGroup, NodeSelectorRequirement, Workload } from '../../model/types.js';
import { DEFAULT_DOCS_SITE } from '../docs.js';
import { lazyDetails } from '../../findings.js';
import { defineRule, type RuleReport } from '../types.js';
import { analyze, type Placement } from './_analysis.js';
import { cappedLines } from './_details.js';
import { isAutoModePool } from './_nodes.js';
import { MEMORY_BUDGET_OPTIONS, type MemoryBudgetOptions } from './_options.js';

const PARTS = {
  nodeSelector: 'nodeSelector',
  affinity: 'required node affinity',
  tolerations: 'tolerations',
  resources: 'extended resource requests',
} as const;

const KARPENTER_POOL_KEYS = new Set(['karpenter.sh/nodepool', 'karpenter.sh/provisioner-name']);
const CONFIG_NODE_GROUPS_DOC = `${DEFAULT_DOCS_SITE.serverUrl}/${DEFAULT_DOCS_SITE.repository}/blob/${DEFAULT_DOCS_SITE.ref}/docs/configuration.md#nodegroups`;

/**
 * Labels only one kind of node group carries, and whether the repository defines one that carries
 * the value (undefined: any value) — EKS managed node groups, eksctl groups, Karpenter NodePools.
 */
const GROUP_LABELS: Readonly<Record<string, (groups: readonly NodeGroup[], value: string | undefined) => boolean>> = {
  'eks.amazonaws.com/nodegroup': (gs, v) => gs.some((g) => g.managed && (v === undefined || g.name === v)),
  'eks.amazonaws.com/capacityType': (gs) => gs.some((g) => g.managed),
  'alpha.eksctl.io/nodegroup-name': (gs, v) => gs.some((g) => g.source.startsWith('eksctl') && (v === undefined || g.name === v)),
  'karpenter.sh/nodepool': (gs, v) => gs.some((g) => g.source === 'karpenter' && g.kind === 'NodePool' && (v === undefined || g.name === v)),
  'karpenter.sh/provisioner-name': (gs, v) => gs.some((g) => g.source === 'karpenter' && g.kind === 'Provisioner' && (v === undefined || g.name === v)),
  'karpenter.sh/capacity-type': (gs) => gs.some((g) => g.source === 'karpenter'),
  // Set on Auto Mode (and Fargate, hybrid) nodes only; selecting it asks for nodes no EC2 group makes.
  'eks.amazonaws.com/compute-type': (gs) => gs.some((g) => isAutoModePool(g)),
};

/** Why each node group is excluded, one line a group; a repository's many groups are summed up past the first few. */
function placementDetails(placements: readonly Placement[]): string {
  return cappedLines(
    placements,
    (p) => `${p.target.label} (${p.target.subject.ref.doc.path}): ${p.match.reasons.join('; ')}`,
    // No group is larger than another here: the first few, in the order of the repository.
    () => 0,
    (others) => `and ${others.length} more node groups, which exclude it too`,
  ).join('\n');
}

/** Whether the pod's nodeSelector or any required affinity requirement satisfies `test`. */
function selects(w: Workload, test: (r: NodeSelectorRequirement) => boolean): boolean {
  if (Object.entries(w.pod.nodeSelector).some(([key, value]) => test({ key, operator: 'In', values: [value] }))) return true;
  return w.pod.requiredNodeAffinity.some((term) => term.some(test));
}

/** A selection of a node group the repository does not define ("eks.amazonaws.com/nodegroup=ng-batch"). */
function outsideSelection(w: Workload, groups: readonly NodeGroup[]): { text: string; from: 'nodeSelector' | 'affinity' } | undefined {
  for (const [key, value] of Object.entries(w.pod.nodeSelector)) {
    const defined = GROUP_LABELS[key];
    if (defined && !defined(groups, value)) return { text: `${key}=${value}`, from: 'nodeSelector' };
  }
  for (const term of w.pod.requiredNodeAffinity) {
    for (const r of term) {
      const defined = GROUP_LABELS[r.key];
      if (!defined) continue;
      if (r.operator === 'In' && !r.values.some((v) => defined(groups, v))) return { text: `${r.key} In [${r.values.join(', ')}]`, from: 'affinity' };
      if (r.operator === 'Exists' && !defined(groups, undefined)) return { text: `${r.key} Exists`, from: 'affinity' };
    }
  }
  return undefined;
}

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
    for (const e of a.workloads) {
      const { workload: w, scopes } = e;
      if (e.onFargate) continue;
      // Most pods land somewhere: the first group that may take it ends the question, before any
      // list of the workload's groups is made (every workload asks, and a scope may have hundreds).
      let grouped = false;
      let lands = false;
      search: for (const s of scopes) {
        for (const t of a.targetsFor(w, s)) {
          if (t.group === undefined) continue;
          grouped = true;
          if (a.placementOf(e, t).result !== 'no') {
            lands = true;
            break search;
          }
        }
      }
      if (!grouped || lands) continue;
      const targets = [...new Set(scopes.flatMap((s) => a.targetsFor(w, s)))].filter((t) => t.group !== undefined);
      const placements: Placement[] = targets.map((t) => a.placementOf(e, t));
      const groups = targets.flatMap((t) => (t.group ? [t.group] : []));
      // The Karpenter controller keeps itself off the nodes it provisions: it runs on nodes the
      // repository's NodePools do not make, which is what it is meant to do.
      if (groups.every((g) => g.source === 'karpenter') && selects(w, (r) => KARPENTER_POOL_KEYS.has(r.key) && r.operator === 'DoesNotExist')) continue;
      const outside = outsideSelection(w, groups);
      if (outside) {
        reports.push(
          lazyDetails(
            {
              subject: w,
              at: [...w.pod.path, outside.from],
              severity: 'notice',
              message:
                `${w.name} selects ${outside.text}, which no node group in the repository carries: its nodes are defined elsewhere, so its memory budget is not checked; ` +
                `declare that node group in the config (nodeGroups: ${CONFIG_NODE_GROUPS_DOC}).`,
            },
            () => placementDetails(placements),
          ),
        );
        continue;
      }
      const by = placements.map((p) => p.match.by).find((b) => b !== undefined) ?? 'nodeSelector';
      const parts = [...new Set(placements.map((p) => p.match.by).filter((b) => b !== undefined))].map((b) => PARTS[b]);
      const shown = placements.slice(0, 3).map((p) => `${p.target.label}: ${p.match.reasons.slice(0, 2).join('; ')}`);
      const more = placements.length > 3 ? `; and ${placements.length - 3} more` : '';
      const n = placements.length;
      const at: PathSegment[] = [...w.pod.path, by === 'resources' ? 'containers' : by];
      const message =
        `${w.name}'s ${parts.join(' and ') || 'selectors'} ${n > 1 ? `match${parts.length === 1 ? 'es' : ''} none of the ${n} node groups of its cluster` : `exclude${parts.length === 1 ? 's' : ''} the only node group of its cluster`} (${shown.join(' | ')}${more}), ` +
        `so its pods stay Pending; change the selector or toleration, or add the label or toleration to a node group.`;
      // Written when the report is (findings.ts `lazyDetails`): placements are the analysis's, which stays as it is.
      reports.push(lazyDetails({ subject: w, at, message }, () => placementDetails(placements)));
    }
    return reports;
  },
});
