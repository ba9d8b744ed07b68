import { defineRule, type RuleReport } from '../types.js';
import {
  atNodeVersion,
  describeCluster,
  describeNodeGroup,
  maxKubeletLag,
  minorText,
  nodeMinor,
  oldestKubeletFor,
  targetsOf,
  versionRead,
  versionSource,
} from './_versions.js';

export default defineRule({
  id: 'version-skew/kubelet-too-old',
  family: 'version-skew',
  defaultSeverity: 'error',
  reach: 'context',
  description: 'A node group lags its control plane by more minors than the skew policy allows (3 from kubelet 1.25, else 2).',
  check: ({ model }) =>
    model.nodeGroups.flatMap((group): RuleReport[] => {
      const k = nodeMinor(group);
      const { known: targets, total } = targetsOf(model, group, 'nodeGroups');
      const tooOld = (a: number): boolean => k !== undefined && a - k > maxKubeletLag(k);
      // Only when every cluster the group may join is known and rejects it: otherwise the pairing is a guess.
      if (k === undefined || targets.length === 0 || targets.length < total || !targets.every((t) => tooOld(t.minor))) return [];
      const nearest = targets.reduce((a, b) => (b.minor < a.minor ? b : a));
      const lag = nearest.minor - k;
      return [
        {
          ...atNodeVersion(group),
          alsoReads: versionRead(nearest),
          message:
            `${describeNodeGroup(group)} runs Kubernetes ${minorText(k)} ${versionSource(group)}, ${lag} minors behind the control plane of ${describeCluster(nearest)}; ` +
            `a ${minorText(k)} kubelet may lag the API server by at most ${maxKubeletLag(k)} minors (${k >= 25 ? 'kubelets before 1.25: 2' : 'from kubelet 1.25 on: 3'}), ` +
            `so ${minorText(nearest.minor)} needs nodes at ${minorText(oldestKubeletFor(nearest.minor))} or newer: upgrade the nodes (ideally to ${minorText(nearest.minor)}).`,
          ...(group.version?.parameter ? { severity: 'warning' as const } : {}),
        },
      ];
    }),
});
