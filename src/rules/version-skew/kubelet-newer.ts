import { defineRule, type RuleReport } from '../types.js';
import { atNodeVersion, describeCluster, describeNodeGroup, minorText, nodeMinor, onCustomAmi, targetsOf, versionRead, versionSource } from './_versions.js';

export default defineRule({
  id: 'version-skew/kubelet-newer',
  family: 'version-skew',
  defaultSeverity: 'error',
  reach: 'context',
  description: "A node group's Kubernetes version is newer than its control plane's.",
  check: ({ model }) =>
    model.nodeGroups.flatMap((group): RuleReport[] => {
      const k = nodeMinor(group);
      const { known: targets, total } = targetsOf(model, group, 'nodeGroups');
      // Only when every cluster the group may join is known and older: otherwise the pairing is a guess.
      if (k === undefined || targets.length === 0 || targets.length < total || !targets.every((t) => k > t.minor)) return [];
      const newest = targets.reduce((a, b) => (b.minor > a.minor ? b : a));
      const refusal = onCustomAmi(group)
        ? 'and EKS does not check the version of a node group on a custom AMI, so nothing stops such nodes from launching: they are unsupported and may fail to register'
        : group.managed
          ? 'and EKS refuses a managed node group newer than its cluster'
          : 'such nodes are unsupported and may fail to register';
      return [
        {
          ...atNodeVersion(group),
          alsoReads: versionRead(newest),
          message:
            `${describeNodeGroup(group)} runs Kubernetes ${minorText(k)} ${versionSource(group)} but the control plane of ${describeCluster(newest)} is older: ` +
            `a kubelet must never be newer than the API server, ${refusal}; ` +
            `use ${minorText(newest.minor)} for the nodes, or upgrade the control plane to ${minorText(k)} first (one minor at a time).`,
          ...(group.version?.parameter ? { severity: 'warning' as const } : {}),
        },
      ];
    }),
});
