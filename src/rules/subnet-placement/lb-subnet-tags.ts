import { loadBalancersOf, type LoadBalancerView } from '../../model/load-balancers.js';
import { declaredSubnets, judgeSubnetRef, subnetsOfVpc } from './_subnets.js';
import type { LogicalResource, Model, Scope, Subnet, SubnetRef } from '../../model/types.js';
import { settingName } from '../terms.js';
import { defineRule, type RuleReport } from '../types.js';
import { listText } from './_subnets.js';
import { DECLARED_SUBNET_OPTIONS, type DeclaredSubnetOptions } from './_options.js';

/** The role tag each scheme's subnet discovery looks for (LBC docs deploy/subnet_discovery.md). */
const ROLE_TAG = {
  'internet-facing': 'kubernetes.io/role/elb',
  internal: 'kubernetes.io/role/internal-elb',
} as const;

/** LBC accepts the role tag with the value "1" or an empty value. */
const hasRole = (subnet: Subnet, tag: string): boolean => subnet.tags[tag] === '1' || subnet.tags[tag] === '';

/**
 * The VPC the scope's load balancers go to, when the repository defines it: the cluster's own
 * subnets decide (the controllers discover subnets in the cluster's VPC); node groups only
 * stand in when the scope has no cluster subnets the repository defines.
 */
function scopeVpcs(scope: Scope, model: Model, options: Readonly<Record<string, unknown>>): LogicalResource[] {
  const decl = declaredSubnets(options);
  const vpcsOf = (refs: readonly SubnetRef[]): LogicalResource[] => {
    const vpcs = new Map<string, LogicalResource>();
    for (const verdict of refs.flatMap((ref) => judgeSubnetRef(model.network, ref, decl))) {
      const vpc = verdict.exact ? verdict.subnet?.vpc : undefined;
      if (vpc) vpcs.set(`${vpc.file}\u0000${vpc.logicalId}`, vpc);
    }
    return [...vpcs.values()];
  };
  const fromCluster = vpcsOf(scope.cluster?.subnets ?? []);
  return fromCluster.length > 0 ? fromCluster : vpcsOf(scope.nodeGroups.flatMap((g) => g.subnets));
}

function lbLabel(lb: LoadBalancerView): string {
  const s = lb.subject;
  return `${s.kind} ${s.namespace ? `${s.namespace}/` : ''}${s.name}`;
}

export default defineRule<DeclaredSubnetOptions>({
  id: 'subnet-placement/lb-subnet-tags',
  family: 'subnet-placement',
  optionsSchema: DECLARED_SUBNET_OPTIONS,
  defaultSeverity: 'warning',
  // A VPC's finding lists every load balancer that needs the tag.
  reach: 'aggregate',
  description:
    'The repository defines the cluster subnets and asks for load balancers, but no subnet carries the kubernetes.io/role/elb or internal-elb tag their controller discovers subnets by.',
  check: ({ model, options }) => {
    // One finding per VPC and tag, however many scopes (clusters) share the VPC.
    const needs = new Map<string, { vpc: LogicalResource; scheme: keyof typeof ROLE_TAG; lbs: LoadBalancerView[] }>();
    for (const scope of model.scopes) {
      // The in-tree controller falls back to route tables; subnets named on the LB need no discovery.
      const lbs = loadBalancersOf(scope).filter(
        (lb) => (lb.controller === 'aws-load-balancer-controller' || lb.controller === 'eks-auto-mode') && lb.scheme !== 'unknown' && !lb.explicitSubnets,
      );
      if (lbs.length === 0) continue;
      for (const vpc of scopeVpcs(scope, model, options)) {
        for (const lb of lbs) {
          const scheme = lb.scheme as keyof typeof ROLE_TAG;
          const key = `${vpc.file}\u0000${vpc.logicalId}\u0000${scheme}`;
          const entry = needs.get(key) ?? { vpc, scheme, lbs: [] };
          if (!entry.lbs.includes(lb)) entry.lbs.push(lb);
          needs.set(key, entry);
        }
      }
    }
    return [...needs.values()].flatMap(({ vpc, scheme, lbs }): RuleReport[] => {
      const subnets = subnetsOfVpc(model.network, vpc);
      const tag = ROLE_TAG[scheme];
      // A subnet whose tag keys (or this tag's value) the template does not fix might carry it.
      if (subnets.length === 0 || subnets.some((s) => hasRole(s, tag) || !s.tagsKnown || s.tagsUnresolved.includes(tag))) return [];
      const wanted = scheme === 'internet-facing' ? 'public' : 'private';
      const candidates = subnets.filter((s) => s.placement === wanted);
      const target = candidates[0] ?? subnets[0];
      if (!target) return [];
      const autoMode = lbs.some((lb) => lb.controller === 'eks-auto-mode');
      const lbc = lbs.some((lb) => lb.controller === 'aws-load-balancer-controller');
      const tagsAt = [...target.path, 'Properties', 'Tags'];
      // In the subnet definition's own words: a YAML tag, or an HCL map entry of the attribute or module input that tags it.
      const tagging = target.terms ? `${target.terms.assignment(JSON.stringify(tag), '1')} in ${settingName(target, tagsAt, 'tags')}` : `${tag}: "1"`;
      const consequence = [
        ...(lbc ? ['the AWS Load Balancer Controller before v2.12.1 cannot place them (later versions fall back to route tables)'] : []),
        ...(autoMode ? ['EKS Auto Mode requires it'] : []),
      ].join(', and ');
      return [
        {
          subject: target,
          at: tagsAt,
          message:
            `No subnet of VPC ${vpc.logicalId} (${vpc.file}) carries ${tag}, the tag controllers discover subnets by for ${scheme} load balancers ` +
            `such as ${listText(lbs.map(lbLabel), 3)}: ${consequence}. ` +
            `Tag the ${wanted} subnets${candidates.length > 0 ? ` ${listText(candidates.map((s) => s.logicalId))}` : ''} with ${tagging}.`,
        },
      ];
    });
  },
});
