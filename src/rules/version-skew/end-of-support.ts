import type { EksVersion } from '../../data/eks-versions.js';
import type { Cluster } from '../../model/types.js';
import { settingText } from '../terms.js';
import { defineRule, type RuleReport } from '../types.js';
import { eksVersion, oldestInStandardSupport, supportPhase } from './_calendar.js';
import { clusterVersion, minorNumber, minorText, versionOrigin } from './_versions.js';

/** What a cluster of a version past standard support is running on, and what EKS does next. */
function pastSupport(cluster: Cluster, version: string, row: EksVersion, now: Date): Omit<RuleReport, 'subject'> & { severity?: 'warning' } {
  const today = now.toISOString().slice(0, 10);
  const goal = oldestInStandardSupport(now);
  const upgrade = goal
    ? `upgrade one minor at a time to ${goal.version} or later (in standard support until ${goal.endOfStandardSupport})`
    : 'upgrade one minor at a time to a version in standard support';
  const phase = supportPhase(row, now);
  const origin = versionOrigin(cluster);
  if (phase === 'extended' && cluster.supportType?.value === 'STANDARD') {
    const policy = settingText(cluster, cluster.supportType.path, 'supportType', 'STANDARD');
    return {
      severity: 'warning',
      message:
        `cluster ${cluster.name} runs ${version}${origin}, which left EKS standard support on ${row.endOfStandardSupport} (today is ${today}); ` +
        `its upgrade policy (${policy}) declines extended support, so EKS upgrades the control plane (not the nodes) to the next minor by itself ` +
        `at the end of standard support and this definition no longer matches the cluster; ${upgrade}.`,
    };
  }
  if (phase === 'extended') {
    return {
      severity: 'warning',
      message:
        `cluster ${cluster.name} runs ${version}${origin}, which left EKS standard support on ${row.endOfStandardSupport} (today is ${today}): ` +
        `it runs on paid extended support until ${row.endOfExtendedSupport}, when EKS upgrades the control plane (not the nodes) by itself; ${upgrade}.`,
    };
  }
  const ended = row.endOfExtendedSupport
    ? `EKS extended support for ${version} ended on ${row.endOfExtendedSupport}`
    : `EKS support for ${version} ended on ${row.endOfStandardSupport} (it had no extended support)`;
  return {
    message:
      `cluster ${cluster.name} runs ${version}${origin}: ${ended}, and today is ${today}; ` +
      `EKS no longer creates ${version} clusters and upgrades remaining control planes (not their nodes) automatically; ${upgrade}.`,
  };
}

/**
 * A Parameter's other AllowedValues past all support: a stack deployed with one of them fails
 * to create (EKS no longer creates such clusters). Reported at the AllowedValues list.
 */
function allowedPastSupport(cluster: Cluster, now: Date): RuleReport[] {
  const parameter = cluster.version?.parameter;
  if (!parameter?.allowedValues) return [];
  const ended = parameter.allowedValues.filter((value) => {
    const minor = minorNumber(value);
    const row = minor !== undefined ? eksVersion(minor) : undefined;
    return value !== cluster.version?.value && row !== undefined && supportPhase(row, now) === 'ended';
  });
  if (ended.length === 0) return [];
  return [
    {
      subject: cluster,
      // The Parameter lives at the top of the template that defines the cluster.
      at: ['Parameters', parameter.name, 'AllowedValues'],
      severity: 'warning',
      message:
        `Parameter ${parameter.name} (the Kubernetes version of cluster ${cluster.name}) allows ${ended.join(', ')}, past all EKS support ` +
        `(today is ${now.toISOString().slice(0, 10)}): a stack deployed with ${ended.length === 1 ? 'it' : 'one of them'} fails, as EKS no longer creates such clusters; ` +
        `remove ${ended.length === 1 ? 'it' : 'them'} from AllowedValues.`,
    },
  ];
}

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
      const allowed = allowedPastSupport(cluster, now);
      if (!target || !row || !cluster.version || supportPhase(row, now) === 'standard') return allowed;
      return [{ subject: cluster, at: cluster.version.path, ...pastSupport(cluster, minorText(target.minor), row, now) }, ...allowed];
    }),
});
