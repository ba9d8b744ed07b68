import type { LogicalResource, Model, Network, NodeGroup, Subnet, SubnetPlacement, SubnetRef, VpcEndpoint } from '../../model/types.js';
import type { DeclaredSubnetOptions } from './_options.js';
import { entryOf } from '../../model/util.js';

/*
 * Judging the subnets a node group, a cluster or a load balancer names, from the network the
 * model built out of the repository's templates (src/model/network.ts: which subnets route to an
 * internet gateway) and the subnet ids the options declare. Only the subnet-placement rules
 * judge placement, so this lives beside them.
 */

/** Each subnet a node group can launch into, judged public / private / unknown. */
export function nodeGroupSubnets(group: NodeGroup, model: Model, options: Readonly<DeclaredSubnetOptions>): SubnetVerdict[] {
  const decl = declaredSubnets(options);
  return group.subnets.flatMap((ref) => judgeSubnetRef(model.network, ref, decl));
}

/** Subnet ids the user declares public or private (rule options), for subnets the repo does not define. */
export interface DeclaredSubnets {
  readonly publicIds: ReadonlySet<string>;
  readonly privateIds: ReadonlySet<string>;
}

export const NO_DECLARED_SUBNETS: DeclaredSubnets = { publicIds: new Set(), privateIds: new Set() };

/** The `publicSubnetIds` / `privateSubnetIds` options as sets. */
export function declaredSubnets(options: Readonly<DeclaredSubnetOptions>): DeclaredSubnets {
  const ids = (list: readonly string[] | undefined): Set<string> => new Set((list ?? []).map((v) => v.trim()));
  return { publicIds: ids(options.publicSubnetIds), privateIds: ids(options.privateSubnetIds) };
}

/** One subnet (or set of subnets) a reference leads to, judged. */
export interface SubnetVerdict {
  readonly placement: SubnetPlacement;
  /** How a message names it: a logical id, a subnet id, "the public subnets". */
  readonly label: string;
  /** Why, as a clause a reviewer can check. */
  readonly reason: string;
  readonly subnet?: Subnet;
  /**
   * The reference names exactly this subnet. A Karpenter tag selector is not exact: subnets
   * outside the repository may carry the same tags.
   */
  readonly exact: boolean;
}

function declared(id: string, decl: DeclaredSubnets): SubnetVerdict | undefined {
  if (decl.publicIds.has(id)) return { placement: 'public', label: id, reason: 'the publicSubnetIds option lists it', exact: true };
  if (decl.privateIds.has(id)) return { placement: 'private', label: id, reason: 'the privateSubnetIds option lists it', exact: true };
  return undefined;
}

function fromSubnet(subnet: Subnet, exact: boolean, prefix = ''): SubnetVerdict {
  return { placement: subnet.placement, label: subnet.logicalId, reason: `${prefix}${subnet.placementReason}`, subnet, exact };
}

/** Whether a subnet's tags meet every tag term of a selector. */
function tagsMatch(terms: readonly (readonly [string, string])[], tags: Readonly<Record<string, string>>): boolean {
  // Run for every subnet of the repository per selector per scope: no closure or destructuring per subnet.
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    if (term && !tagMatches(term[1], tags[term[0]])) return false;
  }
  return true;
}

/** Karpenter tag matching: `*` (or an empty value) matches any value, `*` inside a value is a wildcard. */
function tagMatches(pattern: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (pattern === '*' || pattern === '') return true;
  if (!pattern.includes('*')) return pattern === value;
  return wildcardOf(pattern).test(value);
}

/*
 * A wildcard pattern is matched against every subnet of the repository per scope (122 scopes on
 * the corpus): compiled once. A RegExp's compiled form is allocated in the old generation, so
 * compiling per subnet promoted ~2.6 MB of garbage on the corpus, raising the peak.
 */
const wildcards = new Map<string, RegExp>();

function wildcardOf(pattern: string): RegExp {
  return entryOf(
    wildcards,
    pattern,
    () =>
      new RegExp(
        `^${pattern
          .split('*')
          .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      ),
  );
}

/** Judges each subnet a reference leads to. Never guesses: what the repo cannot tell is `unknown`. */
export function judgeSubnetRef(network: Network | undefined, ref: SubnetRef, decl: DeclaredSubnets = NO_DECLARED_SUBNETS): SubnetVerdict[] {
  switch (ref.kind) {
    case 'logical': {
      const subnet = network?.subnet(ref.file, ref.logicalId);
      return subnet
        ? [fromSubnet(subnet, true)]
        : [{ placement: 'unknown', label: ref.logicalId, reason: `${ref.logicalId} is not an AWS::EC2::Subnet of ${ref.file}`, exact: true }];
    }
    case 'id':
      return [declared(ref.id, decl) ?? { placement: 'unknown', label: ref.id, reason: `${ref.id} is not defined in the repository`, exact: true }];
    case 'eksctl': {
      const byOption = ref.id !== undefined ? declared(ref.id, decl) : undefined;
      if (byOption) return [byOption];
      const label = ref.name ?? `the ${ref.access} subnets`;
      const reason = ref.name
        ? `listed under vpc.subnets.${ref.access} in the eksctl config`
        : ref.access === 'public'
          ? 'without privateNetworking: true eksctl places the nodes in the cluster\u2019s public subnets'
          : 'with privateNetworking: true eksctl places the nodes in the cluster\u2019s private subnets';
      // eksctl takes vpc.subnets on trust; its own public subnets route to an internet gateway.
      return [{ placement: ref.access, label, reason, exact: false }];
    }
    case 'selector': {
      if (ref.ids.length > 0) {
        return ref.ids.map((id) => declared(id, decl) ?? { placement: 'unknown', label: id, reason: `${id} is not defined in the repository`, exact: true });
      }
      const entries = Object.entries(ref.tags);
      if (entries.length === 0) return [{ placement: 'unknown', label: 'subnetSelectorTerms', reason: 'the selector term names no tags', exact: false }];
      const matched = (network?.subnets ?? []).filter((s) => tagsMatch(entries, s.tags));
      const text = entries.map(([k, v]) => `${k}=${v}`).join(', ');
      if (matched.length === 0) {
        return [{ placement: 'unknown', label: text, reason: `no subnet of the repository carries the tags ${text}`, exact: false }];
      }
      return matched.map((s) => fromSubnet(s, false, `its tags match ${text}; `));
    }
    case 'unknown': {
      const exported = ref.importName !== undefined ? network?.exported(ref.importName) : undefined;
      const subnet = exported ? network?.subnet(exported.file, exported.logicalId) : undefined;
      if (subnet) return [fromSubnet(subnet, true, `${exported?.file} exports it as ${ref.importName}; `)];
      return [{ placement: 'unknown', label: ref.importName ?? 'subnet', reason: ref.reason, exact: true }];
    }
  }
}

/** VPC endpoints of the repository that could serve a subnet of this VPC (undefined VPC: unknown, so maybe). */
export function endpointsFor(network: Network | undefined, vpc: LogicalResource | undefined): VpcEndpoint[] {
  return (network?.endpoints ?? []).filter((e) => e.vpc === undefined || vpc === undefined || (e.vpc.file === vpc.file && e.vpc.logicalId === vpc.logicalId));
}

/** Subnets of one VPC. */
export function subnetsOfVpc(network: Network | undefined, vpc: LogicalResource): Subnet[] {
  return (network?.subnets ?? []).filter((s) => s.vpc?.file === vpc.file && s.vpc.logicalId === vpc.logicalId);
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
