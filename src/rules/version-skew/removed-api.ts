import { API_OPTIONS, type ApiOptions } from './_options.js';
import { defineRule, type RuleReport } from '../types.js';
import { apiUses, describeTargets, replacementAdvice, replacementFix, unversionedApiUses, upgradeCause, type ApiUse } from './_apis.js';
import { oldestRunnable } from './_calendar.js';
import { distantDefinition, minorNumber, minorText, versionRead } from './_versions.js';

/**
 * With no cluster version to judge by, an API removed before the oldest version any EKS control
 * plane can still run (EKS upgrades every cluster at the end of support) is rejected everywhere.
 */
function removedEverywhere(uses: readonly ApiUse[], now: Date): RuleReport[] {
  const floor = oldestRunnable(now);
  const floorMinor = minorNumber(floor?.version);
  if (!floor || floorMinor === undefined) return [];
  return uses.flatMap(({ manifest, row, removed }): RuleReport[] => {
    if (removed > floorMinor) return [];
    const api = `${row.apiVersion} ${row.kind}`;
    return [
      {
        subject: manifest,
        at: ['apiVersion'],
        message:
          `${api} is no longer served from Kubernetes ${row.removedIn} on, and no EKS cluster runs anything older than ${floor.version} ` +
          `today (${now.toISOString().slice(0, 10)}; EKS upgrades every control plane when its version's support ends), so every EKS API server rejects this manifest ` +
          `even though no cluster version is stated here; ${replacementAdvice(row, floorMinor, floorMinor)}.`,
        ...replacementFix(row, floorMinor, floorMinor),
      },
    ];
  });
}

export default defineRule<ApiOptions>({
  id: 'version-skew/removed-api',
  family: 'version-skew',
  defaultSeverity: 'error',
  optionsSchema: API_OPTIONS,
  reach: 'object',
  description: "A manifest's apiVersion and kind are no longer served by its cluster's Kubernetes version.",
  check: ({ model, baseModel, now, options }) => [
    ...removedEverywhere(unversionedApiUses(model, options.apis), now),
    ...apiUses(model, options.apis).flatMap(({ manifest, row, removed, targets, total }): RuleReport[] => {
      const failing = targets.filter((t) => t.minor >= removed);
      if (failing.length === 0) return [];
      const api = `${row.apiVersion} ${row.kind}`;
      const newest = Math.max(...targets.map((t) => t.minor));
      const oldest = Math.min(...failing.map((t) => t.minor));
      const cause = upgradeCause(baseModel, failing, removed, `stops serving ${api}`);
      const served = failing.length === total;
      const only = total === 1 ? targets[0] : undefined;
      const unknown = total - targets.length;
      const head = only
        ? `${api} is no longer served from Kubernetes ${row.removedIn} on and cluster ${only.cluster.name}${distantDefinition(only.cluster, manifest)} runs ${minorText(only.minor)}: the API server rejects this manifest`
        : served
          ? `${api} is no longer served from Kubernetes ${row.removedIn} on and all ${total} clusters this manifest is as near to by directory run ${row.removedIn} or later (${describeTargets(targets)}): the API server rejects it`
          : `${api} is no longer served from Kubernetes ${row.removedIn} on; this manifest is as near by directory to ${total} clusters${unknown ? ` (${unknown} of unknown version)` : ''}, and ${failing.length} of them run ${row.removedIn} or later and would reject it (${describeTargets(failing)})`;
      return [
        {
          subject: manifest,
          at: ['apiVersion'],
          alsoReads: failing.flatMap(versionRead),
          message: `${cause ? `${cause}: ` : ''}${head}; ${replacementAdvice(row, oldest, newest)}.`,
          ...replacementFix(row, oldest, newest),
          ...(served ? {} : { severity: 'warning' as const }),
        },
      ];
    }),
  ],
});
