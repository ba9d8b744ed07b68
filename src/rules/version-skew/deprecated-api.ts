import { API_OPTIONS, type ApiOptions } from './_options.js';
import { defineRule, type RuleReport } from '../types.js';
import { apiUses, clustersRun, replacementAdvice, replacementFix, upgradeCause } from './_apis.js';
import { distantDefinition, minorNumber, versionRead } from './_versions.js';

export default defineRule<ApiOptions>({
  id: 'version-skew/deprecated-api',
  family: 'version-skew',
  defaultSeverity: 'warning',
  optionsSchema: API_OPTIONS,
  reach: 'object',
  description: "A manifest's apiVersion and kind are deprecated in its cluster's Kubernetes version and removed in a later one.",
  check: ({ model, baseModel, options }) =>
    apiUses(model, options.apis).flatMap(({ manifest, row, removed, targets, total }): RuleReport[] => {
      const deprecated = minorNumber(row.deprecatedIn);
      // Once any of its clusters stops serving it, removed-api speaks instead.
      if (deprecated === undefined || targets.some((t) => t.minor >= removed)) return [];
      const affected = targets.filter((t) => t.minor >= deprecated);
      if (affected.length === 0) return [];
      const api = `${row.apiVersion} ${row.kind}`;
      const newest = Math.max(...affected.map((t) => t.minor));
      const upgrades = removed - newest;
      const cause = upgradeCause(baseModel, affected, deprecated, `deprecates ${api}`);
      const oldest = Math.min(...affected.map((t) => t.minor));
      const advice = replacementAdvice(row, oldest, newest, ` before upgrading to ${row.removedIn}`);
      return [
        {
          subject: manifest,
          at: ['apiVersion'],
          alsoReads: affected.flatMap(versionRead),
          message:
            `${cause ? `${cause}: ` : ''}${api} is deprecated since Kubernetes ${row.deprecatedIn} (${clustersRun(affected)}${total === 1 && affected[0] ? distantDefinition(affected[0].cluster, manifest) : ''}${total > 1 ? `, of ${total} clusters this manifest is as near to by directory` : ''}) and no longer served from ${row.removedIn}, ` +
            `${upgrades === 1 ? 'the next minor upgrade' : `${upgrades} minor upgrades away`}: ${advice}.`,
          // replacementFix offers only a version every target already serves: nothing too early.
          ...replacementFix(row, oldest, newest),
        },
      ];
    }),
});
