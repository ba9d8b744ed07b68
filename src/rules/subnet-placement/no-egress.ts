import { endpointsFor } from './_subnets.js';
import type { Subnet } from '../../model/types.js';
import { defineRule, type RuleReport } from '../types.js';
import { groupLabel, listText, nodeGroupSubnets } from './_subnets.js';
import { capitalize } from '../terms.js';
import { DECLARED_SUBNET_OPTIONS, type DeclaredSubnetOptions } from './_options.js';

/** Endpoints that would let nodes without a default route pull images and authenticate. */
const NEEDED = new Set(['ecr.api', 'ecr.dkr', 's3', 'sts']);

export default defineRule<DeclaredSubnetOptions>({
  id: 'subnet-placement/no-egress',
  family: 'subnet-placement',
  optionsSchema: DECLARED_SUBNET_OPTIONS,
  defaultSeverity: 'error',
  reach: 'context',
  description:
    'Nodes sit only in private subnets with no default route (NAT, transit gateway, ...) and no ECR/S3/STS VPC endpoints: they cannot join the cluster or pull images.',
  check: ({ model, options }) =>
    model.nodeGroups.flatMap((group): RuleReport[] => {
      const verdicts = nodeGroupSubnets(group, model, options);
      // Only subnets the repository defines completely: anything unknown may well have egress.
      const isolated = verdicts.map((v) => (v.exact && v.subnet?.placement === 'private' && v.subnet.egress === 'none' ? v.subnet : undefined));
      if (verdicts.length === 0 || isolated.some((s) => s === undefined)) return [];
      const subnets = isolated as Subnet[];
      if (subnets.some((s) => s.vpc === undefined)) return [];
      // An endpoint of the same VPC, or of a VPC the repo cannot name, with a needed or unknown service, may serve them.
      const endpoint = subnets.flatMap((s) => endpointsFor(model.network, s.vpc)).find((e) => e.service === 'unknown' || NEEDED.has(e.service));
      if (endpoint) return [];
      const tables = [...new Set(subnets.flatMap((s) => (s.routeTable ? [s.routeTable.logicalId] : [])))];
      const routing = tables.length === 1 ? `its route table ${tables[0]} has` : `their route tables ${listText(tables)} have`;
      const vpcs = [...new Set(subnets.map((s) => s.vpc?.logicalId ?? ''))];
      return [
        {
          subject: group,
          at: group.subnetsPath ?? group.path,
          message:
            `${capitalize(groupLabel(group))} launches nodes only in private subnets ${listText(subnets.map((s) => s.logicalId))} with no way out of the VPC: ` +
            `${routing} no default route (0.0.0.0/0 or ::/0), and the repository defines no VPC endpoint for ECR (api, dkr), S3 or STS in ${listText(vpcs)}; ` +
            `the nodes can neither pull images nor reach the AWS APIs they need to join the cluster. ` +
            `Add a 0.0.0.0/0 route to a NAT gateway, or VPC endpoints for ecr.api, ecr.dkr, s3 and sts.`,
        },
      ];
    }),
});
