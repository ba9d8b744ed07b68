import type { Model, NodeGroup } from '../../model/types.js';
import { settingName, settingText, toolOf } from '../terms.js';
import { defineRule, type RuleReport } from '../types.js';
import {
  atNodeVersion,
  clusterVersion,
  describeNodeGroup,
  matchObject,
  minorText,
  nodeMinor,
  onCustomAmi,
  targetsOf,
  versionSource,
  type ClusterVersion,
} from './_versions.js';

/**
 * The minor a managed node group runs once the change is deployed. A CloudFormation node
 * group without Version, ReleaseVersion or custom AMI is not updated when only the cluster
 * changes, so it stays where the base left it; an eksctl one is upgraded by a separate
 * command the files do not show, so it is not guessed.
 */
function minorAfterChange(group: NodeGroup, baseModel: Model, baseMinor: number): { minor: number; stays: boolean } | undefined {
  const pinned = nodeMinor(group);
  if (pinned !== undefined) return { minor: pinned, stays: false };
  if (group.versionUnknown !== undefined || group.source !== 'cfn-nodegroup') return undefined;
  const before = matchObject(group, baseModel.nodeGroups);
  if (!before || before.version || before.versionUnknown !== undefined) return undefined;
  return { minor: baseMinor, stays: true };
}

function laggingNodeGroups(model: Model, baseModel: Model, head: ClusterVersion, baseMinor: number): RuleReport[] {
  const scope = model.scopes.find((s) => s.cluster === head.cluster);
  return (scope?.nodeGroups ?? []).flatMap((group): RuleReport[] => {
    if (!group.managed || targetsOf(model, group, 'nodeGroups').total !== 1) return [];
    const after = minorAfterChange(group, baseModel, baseMinor);
    if (!after || after.minor >= head.minor) return [];
    const k = minorText(after.minor);
    const versionPath = [...group.path, 'Properties', 'Version'];
    const runs = after.stays
      ? `${describeNodeGroup(group)} has no ${settingName(group, versionPath, 'Version')}, so ${toolOf(group, 'CloudFormation')} leaves it at ${k}`
      : `${describeNodeGroup(group)} runs ${k} ${versionSource(group)}`;
    const target = minorText(head.minor);
    const setVersion = group.terms ? `set ${settingText(group, versionPath, 'Version', target)} on it` : `set its Version to '${target}'`;
    const change = `this change moves the control plane of cluster ${head.cluster.name} from ${minorText(baseMinor)} to ${minorText(head.minor)}`;
    const consequence = onCustomAmi(group)
      ? `EKS does not check the version of a node group on a custom AMI, so it lets this update through; the nodes then lag the control plane by ${head.minor - after.minor} minor${head.minor - after.minor === 1 ? '' : 's'}: build or pick an AMI for ${minorText(head.minor)} and roll the node group to it`
      : after.minor < baseMinor
        ? `EKS refuses to update a control plane while a managed node group is not at its current minor (${minorText(baseMinor)}), so this update fails: upgrade the node group to ${minorText(baseMinor)} first`
        : `EKS allows this update but refuses the next one (to ${minorText(head.minor + 1)}) until the node group runs ${minorText(head.minor)}: ${after.stays ? setVersion : `move it to ${minorText(head.minor)}`} once the control plane is updated`;
    return [{ ...atNodeVersion(group), severity: 'warning', message: `${runs} while ${change}; ${consequence}.` }];
  });
}

export default defineRule({
  id: 'version-skew/upgrade-jump',
  family: 'version-skew',
  defaultSeverity: 'error',
  reach: 'context',
  description: 'Compared with the base of the change, a control plane skips a minor version or goes down; or moves up while a managed node group lags it.',
  check: ({ model, baseModel }) => {
    if (!baseModel) return [];
    return model.clusters.flatMap((cluster): RuleReport[] => {
      const head = clusterVersion(cluster);
      const before = matchObject(cluster, baseModel.clusters);
      const base = clusterVersion(before);
      if (!head || !base || !cluster.version) return [];
      const at = { subject: cluster, at: cluster.version.path };
      const from = minorText(base.minor);
      const to = minorText(head.minor);
      if (head.minor > base.minor + 1) {
        const steps = Array.from({ length: head.minor - base.minor + 1 }, (_, i) => minorText(base.minor + i)).join(' → ');
        return [
          {
            ...at,
            message:
              `the control plane of cluster ${cluster.name} goes from ${from} to ${to} in one change, ${head.minor - base.minor} minors at once: ` +
              `EKS updates a control plane one minor at a time (${steps}), so this update fails; set ${minorText(base.minor + 1)} here and ship each next minor in its own change.`,
          },
        ];
      }
      if (head.minor < base.minor) {
        return [
          {
            ...at,
            message: `the control plane of cluster ${cluster.name} goes down from ${from} to ${to}: EKS cannot downgrade a control plane, so this update fails; keep ${from}.`,
          },
        ];
      }
      return head.minor === base.minor + 1 ? laggingNodeGroups(model, baseModel, head, base.minor) : [];
    });
  },
});
