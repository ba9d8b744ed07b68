import { declaredSubnets, judgeSubnetRef, type SubnetVerdict } from '../../model/network.js';
import type { Model, NodeGroup } from '../../model/types.js';

/** Each subnet a node group can launch into, judged public / private / unknown. */
export function nodeGroupSubnets(group: NodeGroup, model: Model, options: Readonly<Record<string, unknown>>): SubnetVerdict[] {
  const decl = declaredSubnets(options);
  return group.subnets.flatMap((ref) => judgeSubnetRef(model.network, ref, decl));
}

/** "a", "a and b", "a, b and 3 more". */
export function listText(items: readonly string[], max = 4): string {
  const unique = [...new Set(items)];
  if (unique.length <= 1) return unique[0] ?? '';
  if (unique.length > max) return `${unique.slice(0, max).join(', ')} and ${unique.length - max} more`;
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** Subnets grouped by the reason behind their verdict: "A and B (<reason>); C (<reason>)". */
export function verdictText(verdicts: readonly SubnetVerdict[]): string {
  const byReason = new Map<string, string[]>();
  for (const v of verdicts) byReason.set(v.reason, [...(byReason.get(v.reason) ?? []), v.label]);
  return [...byReason].map(([reason, labels]) => `${listText(labels)} (${reason})`).join('; ');
}

const GROUP_KINDS: Record<string, string> = {
  NodeGroup: 'node group',
  ManagedNodeGroup: 'managed node group',
  'AWS::EKS::Nodegroup': 'managed node group',
  'AWS::AutoScaling::AutoScalingGroup': 'Auto Scaling group',
  aws_eks_node_group: 'managed node group',
  aws_autoscaling_group: 'Auto Scaling group',
};

/** How a message names a node group: "node group ng-1", "Auto Scaling group NodeGroup". */
export function groupLabel(group: NodeGroup): string {
  return `${GROUP_KINDS[group.kind] ?? group.kind} ${group.name}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
