import { defineRule, type RuleReport } from '../types.js';
import { apiUses, describeTargets, replacementAdvice, replacementFix, upgradeCause } from './_apis.js';
import { minorText } from './_versions.js';

export default defineRule({
  id: 'version-skew/removed-api',
  family: 'version-skew',
  defaultSeverity: 'error',
  reach: 'object',
  description: "A manifest's apiVersion and kind are no longer served by its cluster's Kubernetes version.",
  check: ({ model, baseModel }) =>
    apiUses(model).flatMap(({ manifest, row, removed, targets, total }): RuleReport[] => {
      const failing = targets.filter((t) => t.minor >= removed);
      if (failing.length === 0) return [];
      const api = `${row.apiVersion} ${row.kind}`;
      const newest = Math.max(...targets.map((t) => t.minor));
      const cause = upgradeCause(baseModel, failing, removed, `stops serving ${api}`);
      const served = failing.length === total;
      const only = total === 1 ? targets[0] : undefined;
      const unknown = total - targets.length;
      const head = only
        ? `${api} is no longer served from Kubernetes ${row.removedIn} on and cluster ${only.cluster.name} runs ${minorText(only.minor)}: the API server rejects this manifest`
        : served
          ? `${api} is no longer served from Kubernetes ${row.removedIn} on and all ${total} clusters this manifest is as near to by directory run ${row.removedIn} or later (${describeTargets(targets)}): the API server rejects it`
          : `${api} is no longer served from Kubernetes ${row.removedIn} on; this manifest is as near by directory to ${total} clusters${unknown ? ` (${unknown} of unknown version)` : ''}, and ${failing.length} of them run ${row.removedIn} or later and would reject it (${describeTargets(failing)})`;
      return [
        {
          subject: manifest,
          at: ['apiVersion'],
          message: `${cause ? `${cause}: ` : ''}${head}; ${replacementAdvice(row, newest)}.`,
          ...replacementFix(row, newest),
          ...(served ? {} : { severity: 'warning' as const }),
        },
      ];
    }),
});
