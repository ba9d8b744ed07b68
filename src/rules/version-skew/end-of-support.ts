import { defineRule, type RuleReport } from '../types.js';
import { eksVersion, oldestInStandardSupport, supportPhase } from './_calendar.js';
import { clusterVersion, minorText } from './_versions.js';

export default defineRule({
  id: 'version-skew/end-of-support',
  family: 'version-skew',
  defaultSeverity: 'error',
  reach: 'context',
  description: "A cluster's Kubernetes version is past the end of EKS standard support (warning) or of all support (error).",
  check: ({ model, now }) =>
    model.clusters.flatMap((cluster): RuleReport[] => {
      const target = clusterVersion(cluster);
      const row = target ? eksVersion(target.minor) : undefined;
      if (!target || !row || !cluster.version) return [];
      const phase = supportPhase(row, now);
      if (phase === 'standard') return [];
      const today = now.toISOString().slice(0, 10);
      const goal = oldestInStandardSupport(now);
      const upgrade = goal
        ? `upgrade one minor at a time to ${goal.version} or later (in standard support until ${goal.endOfStandardSupport})`
        : 'upgrade one minor at a time to a version in standard support';
      const version = minorText(target.minor);
      const at = { subject: cluster, at: cluster.version.path };
      if (phase === 'extended') {
        return [
          {
            ...at,
            severity: 'warning',
            message:
              `cluster ${cluster.name} runs ${version}, which left EKS standard support on ${row.endOfStandardSupport} (today is ${today}): ` +
              `it runs on paid extended support until ${row.endOfExtendedSupport}, when EKS upgrades the control plane (not the nodes) by itself; ${upgrade}.`,
          },
        ];
      }
      const ended = row.endOfExtendedSupport
        ? `EKS extended support for ${version} ended on ${row.endOfExtendedSupport}`
        : `EKS support for ${version} ended on ${row.endOfStandardSupport} (it had no extended support)`;
      return [
        {
          ...at,
          message:
            `cluster ${cluster.name} runs ${version}: ${ended}, and today is ${today}; ` +
            `EKS no longer creates ${version} clusters and upgrades remaining control planes (not their nodes) automatically; ${upgrade}.`,
        },
      ];
    }),
});
