import type { SubnetVerdict } from './_subnets.js';
import type { NodeGroup } from '../../model/types.js';
import { capitalize, settingText } from '../terms.js';
import { defineRule, type RuleReport } from '../types.js';
import { groupLabel, nodeGroupSubnets, verdictText } from './_subnets.js';
import { DECLARED_SUBNET_OPTIONS, type DeclaredSubnetOptions } from './_options.js';

const FIX_SUBNETS = 'move them to private subnets whose default route goes to a NAT gateway';

/** What a public IP exposes, given the subnets: reachable now, one route away, or wherever the subnet routes. */
function exposure(verdicts: readonly SubnetVerdict[]): string {
  const publicSubnets = verdicts.filter((v) => v.placement === 'public');
  if (publicSubnets.length > 0) return ` reachable from the internet, in public subnets ${verdictText(publicSubnets)}`;
  if (verdicts.length > 0 && verdicts.every((v) => v.placement === 'private')) {
    return `, unused while its subnets ${verdictText(verdicts)} stay private but exposed by any route to an internet gateway`;
  }
  return ', reachable from the internet wherever its subnet routes to an internet gateway';
}

/** Where public IPs are switched on, in the words of the manifest that does it. */
function publicIpFinding(group: NodeGroup, verdicts: readonly SubnetVerdict[]): RuleReport {
  const exposed = exposure(verdicts);
  if (group.source === 'karpenter' && group.nodeClass) {
    return {
      subject: group.nodeClass,
      at: ['spec', 'associatePublicIPAddress'],
      message:
        `${group.nodeClass.kind} ${group.nodeClass.name} sets associatePublicIPAddress: true, so every node Karpenter launches from it ` +
        `gets a public IPv4 address${exposed}; remove it (or set it to false) and select private subnets.`,
    };
  }
  const path = group.associatePublicIpPath;
  const where = path?.[0] === 'Resources' && typeof path[1] === 'string' ? path[1] : undefined;
  const parameter = group.associatePublicIpParameter;
  const fromDefault = parameter ? ` (with the default of Parameter ${parameter.name}; a stack may deploy another value)` : '';
  return {
    subject: group,
    at: group.associatePublicIpPath ?? group.path,
    message:
      `${where ? `${where} sets` : 'The launch settings set'} ${settingText(group, path ?? group.path, 'AssociatePublicIpAddress', true)}${fromDefault}, so every node of ${groupLabel(group)} ` +
      `gets a public IPv4 address${exposed}; remove it (or set it to false) and ${FIX_SUBNETS}.`,
  };
}

function publicSubnetFinding(group: NodeGroup, publicSubnets: readonly SubnetVerdict[], total: number): RuleReport {
  const some = publicSubnets.length < total ? ` (${publicSubnets.length} of its ${total} subnets)` : '';
  if (group.source === 'karpenter' && group.nodeClass) {
    return {
      subject: group.nodeClass,
      at: ['spec', 'subnetSelectorTerms'],
      message:
        `${group.nodeClass.kind} ${group.nodeClass.name} selects public subnets ${verdictText(publicSubnets)}, so Karpenter may launch ` +
        `nodes there; select only private subnets (a tag that only they carry, or their ids).`,
    };
  }
  // eksctl's own choice (no `subnets` list): the fix is privateNetworking, not a subnet.
  if (group.subnets.every((r) => r.kind === 'eksctl' && r.name === undefined)) {
    const stated = group.privateNetworking === false ? 'sets privateNetworking: false' : 'does not set privateNetworking: true';
    return {
      subject: group,
      at: group.subnetsPath ?? group.path,
      message:
        `${capitalize(groupLabel(group))} ${stated}, so eksctl places its nodes in the cluster's public subnets; ` +
        `set privateNetworking: true to place them in the private subnets (eksctl's own VPC routes those through its NAT gateway).`,
    };
  }
  return {
    subject: group,
    at: group.subnetsPath ?? group.path,
    message: `${capitalize(groupLabel(group))} launches nodes in public subnets${some}: ${verdictText(publicSubnets)}; ${FIX_SUBNETS}.`,
  };
}

export default defineRule<DeclaredSubnetOptions>({
  id: 'subnet-placement/public-nodes',
  family: 'subnet-placement',
  optionsSchema: DECLARED_SUBNET_OPTIONS,
  defaultSeverity: 'warning',
  reach: 'context',
  description: 'Worker nodes get public IP addresses or are placed in public subnets (routed to an internet gateway).',
  check: ({ model, options }) =>
    model.nodeGroups.flatMap((group): RuleReport[] => {
      const verdicts = nodeGroupSubnets(group, model, options);
      const publicSubnets = verdicts.filter((v) => v.placement === 'public');
      if (group.associatePublicIp === true) return [publicIpFinding(group, verdicts)];
      if (publicSubnets.length > 0) return [publicSubnetFinding(group, publicSubnets, verdicts.length)];
      return [];
    }),
});
