/**
 * What the model reads from calls of two registry modules, per major version: the input that
 * carries each setting and its default, each row naming the module release and file it was
 * read from. The rows whose source is in ../shared/corpus are checked against those files by
 * __tests__/terraform/module-tables.test.ts; the older vpc majors were read from the upstream
 * repository at the tag named (terraform-aws-modules/terraform-aws-vpc).
 *
 * A setting with `input: undefined` does not exist in that major.
 */

export interface ModuleInputRow {
  readonly setting: string;
  readonly input?: string;
  /** The variable's default in that release (null: not set, the AWS/EKS default applies). */
  readonly default: unknown;
  /** Release and file the row was read from. */
  readonly readFrom: string;
}

export interface ModuleTable {
  readonly module: string;
  /** Registry source and the git repository name that identify the module in a `source`. */
  readonly source: RegExp;
  readonly majors: Readonly<Record<number, readonly ModuleInputRow[]>>;
}

const EKS_V19 = 'terraform-aws-eks v19.21.0 (2cb1fac31b0f)';
const EKS_V20 = 'terraform-aws-eks v20.37.2 (8a0efdbbc841)';
const EKS_V21 = 'terraform-aws-eks v21.19.0 (bef29c4d9523)';

/** terraform-aws-modules/eks: the cluster and its node group maps. */
export const EKS_MODULE: ModuleTable = {
  module: 'terraform-aws-modules/eks',
  source: /^(?:(?:registry\.terraform\.io\/)?terraform-aws-modules\/eks\/aws|.*terraform-aws-modules\/terraform-aws-eks(?:\.git)?)(?:\/\/?)?(?:[?].*)?$/,
  majors: {
    19: [
      { setting: 'name', input: 'cluster_name', default: '', readFrom: `${EKS_V19} variables.tf` },
      { setting: 'version', input: 'cluster_version', default: null, readFrom: `${EKS_V19} variables.tf` },
      { setting: 'endpointPublicAccess', input: 'cluster_endpoint_public_access', default: false, readFrom: `${EKS_V19} variables.tf` },
      { setting: 'endpointPrivateAccess', input: 'cluster_endpoint_private_access', default: true, readFrom: `${EKS_V19} variables.tf` },
      { setting: 'endpointPublicAccessCidrs', input: 'cluster_endpoint_public_access_cidrs', default: ['0.0.0.0/0'], readFrom: `${EKS_V19} variables.tf` },
      { setting: 'subnetIds', input: 'subnet_ids', default: [], readFrom: `${EKS_V19} variables.tf` },
      { setting: 'managedNodeGroups', input: 'eks_managed_node_groups', default: {}, readFrom: `${EKS_V19} variables.tf` },
      { setting: 'managedNodeGroupDefaults', input: 'eks_managed_node_group_defaults', default: {}, readFrom: `${EKS_V19} variables.tf` },
      { setting: 'addons', input: 'cluster_addons', default: {}, readFrom: `${EKS_V19} variables.tf` },
      { setting: 'computeConfig', default: null, readFrom: `${EKS_V19} variables.tf (no Auto Mode input)` },
      // Per node group, when neither the entry nor the defaults map sets it (node_groups.tf try(...) fallbacks).
      { setting: 'nodeGroup.min_size', input: 'min_size', default: 1, readFrom: `${EKS_V19} node_groups.tf` },
      { setting: 'nodeGroup.max_size', input: 'max_size', default: 3, readFrom: `${EKS_V19} node_groups.tf` },
      { setting: 'nodeGroup.desired_size', input: 'desired_size', default: 1, readFrom: `${EKS_V19} node_groups.tf` },
      { setting: 'nodeGroup.instance_types', input: 'instance_types', default: null, readFrom: `${EKS_V19} node_groups.tf` },
      { setting: 'nodeGroup.version', input: 'cluster_version', default: null, readFrom: `${EKS_V19} node_groups.tf (the cluster's version when unset)` },
      { setting: 'selfManagedNodeGroups', input: 'self_managed_node_groups', default: {}, readFrom: `${EKS_V19} variables.tf` },
      { setting: 'selfManagedNodeGroupDefaults', input: 'self_managed_node_group_defaults', default: {}, readFrom: `${EKS_V19} variables.tf` },
      { setting: 'selfNodeGroup.instance_type', input: 'instance_type', default: 'm6i.large', readFrom: `${EKS_V19} node_groups.tf` },
      { setting: 'selfNodeGroup.min_size', input: 'min_size', default: 0, readFrom: `${EKS_V19} node_groups.tf` },
      { setting: 'selfNodeGroup.max_size', input: 'max_size', default: 3, readFrom: `${EKS_V19} node_groups.tf` },
      { setting: 'selfNodeGroup.desired_size', input: 'desired_size', default: 1, readFrom: `${EKS_V19} node_groups.tf` },
      { setting: 'fargateProfiles', input: 'fargate_profiles', default: {}, readFrom: `${EKS_V19} variables.tf` },
      { setting: 'fargateProfileDefaults', input: 'fargate_profile_defaults', default: {}, readFrom: `${EKS_V19} variables.tf` },
    ],
    20: [
      { setting: 'name', input: 'cluster_name', default: '', readFrom: `${EKS_V20} variables.tf` },
      { setting: 'version', input: 'cluster_version', default: null, readFrom: `${EKS_V20} variables.tf` },
      { setting: 'endpointPublicAccess', input: 'cluster_endpoint_public_access', default: false, readFrom: `${EKS_V20} variables.tf` },
      { setting: 'endpointPrivateAccess', input: 'cluster_endpoint_private_access', default: true, readFrom: `${EKS_V20} variables.tf` },
      { setting: 'endpointPublicAccessCidrs', input: 'cluster_endpoint_public_access_cidrs', default: ['0.0.0.0/0'], readFrom: `${EKS_V20} variables.tf` },
      { setting: 'subnetIds', input: 'subnet_ids', default: [], readFrom: `${EKS_V20} variables.tf` },
      { setting: 'managedNodeGroups', input: 'eks_managed_node_groups', default: {}, readFrom: `${EKS_V20} variables.tf` },
      { setting: 'managedNodeGroupDefaults', input: 'eks_managed_node_group_defaults', default: {}, readFrom: `${EKS_V20} variables.tf` },
      { setting: 'addons', input: 'cluster_addons', default: {}, readFrom: `${EKS_V20} variables.tf` },
      { setting: 'computeConfig', input: 'cluster_compute_config', default: {}, readFrom: `${EKS_V20} variables.tf` },
      { setting: 'nodeGroup.min_size', input: 'min_size', default: 1, readFrom: `${EKS_V20} node_groups.tf` },
      { setting: 'nodeGroup.max_size', input: 'max_size', default: 3, readFrom: `${EKS_V20} node_groups.tf` },
      { setting: 'nodeGroup.desired_size', input: 'desired_size', default: 1, readFrom: `${EKS_V20} node_groups.tf` },
      { setting: 'nodeGroup.instance_types', input: 'instance_types', default: null, readFrom: `${EKS_V20} node_groups.tf` },
      { setting: 'nodeGroup.version', input: 'cluster_version', default: null, readFrom: `${EKS_V20} node_groups.tf (the cluster's version when unset)` },
      { setting: 'selfManagedNodeGroups', input: 'self_managed_node_groups', default: {}, readFrom: `${EKS_V20} variables.tf` },
      { setting: 'selfManagedNodeGroupDefaults', input: 'self_managed_node_group_defaults', default: {}, readFrom: `${EKS_V20} variables.tf` },
      { setting: 'selfNodeGroup.instance_type', input: 'instance_type', default: 'm6i.large', readFrom: `${EKS_V20} node_groups.tf` },
      { setting: 'selfNodeGroup.min_size', input: 'min_size', default: 0, readFrom: `${EKS_V20} node_groups.tf` },
      { setting: 'selfNodeGroup.max_size', input: 'max_size', default: 3, readFrom: `${EKS_V20} node_groups.tf` },
      { setting: 'selfNodeGroup.desired_size', input: 'desired_size', default: 1, readFrom: `${EKS_V20} node_groups.tf` },
      { setting: 'fargateProfiles', input: 'fargate_profiles', default: {}, readFrom: `${EKS_V20} variables.tf` },
      { setting: 'fargateProfileDefaults', input: 'fargate_profile_defaults', default: {}, readFrom: `${EKS_V20} variables.tf` },
    ],
    21: [
      { setting: 'name', input: 'name', default: '', readFrom: `${EKS_V21} variables.tf` },
      { setting: 'version', input: 'kubernetes_version', default: null, readFrom: `${EKS_V21} variables.tf` },
      { setting: 'endpointPublicAccess', input: 'endpoint_public_access', default: false, readFrom: `${EKS_V21} variables.tf` },
      { setting: 'endpointPrivateAccess', input: 'endpoint_private_access', default: true, readFrom: `${EKS_V21} variables.tf` },
      { setting: 'endpointPublicAccessCidrs', input: 'endpoint_public_access_cidrs', default: ['0.0.0.0/0'], readFrom: `${EKS_V21} variables.tf` },
      { setting: 'subnetIds', input: 'subnet_ids', default: [], readFrom: `${EKS_V21} variables.tf` },
      { setting: 'managedNodeGroups', input: 'eks_managed_node_groups', default: null, readFrom: `${EKS_V21} variables.tf` },
      { setting: 'managedNodeGroupDefaults', default: null, readFrom: `${EKS_V21} variables.tf (no defaults map in v21)` },
      { setting: 'addons', input: 'addons', default: null, readFrom: `${EKS_V21} variables.tf` },
      { setting: 'computeConfig', input: 'compute_config', default: null, readFrom: `${EKS_V21} variables.tf` },
      // v21 hands unset entry fields to the submodule, whose defaults apply.
      { setting: 'nodeGroup.min_size', input: 'min_size', default: 1, readFrom: `${EKS_V21} modules/eks-managed-node-group/variables.tf` },
      { setting: 'nodeGroup.max_size', input: 'max_size', default: 3, readFrom: `${EKS_V21} modules/eks-managed-node-group/variables.tf` },
      { setting: 'nodeGroup.desired_size', input: 'desired_size', default: 1, readFrom: `${EKS_V21} modules/eks-managed-node-group/variables.tf` },
      { setting: 'nodeGroup.instance_types', input: 'instance_types', default: null, readFrom: `${EKS_V21} modules/eks-managed-node-group/variables.tf` },
      { setting: 'nodeGroup.ami_type', input: 'ami_type', default: 'AL2023_x86_64_STANDARD', readFrom: `${EKS_V21} modules/eks-managed-node-group/variables.tf` },
      { setting: 'nodeGroup.version', input: 'kubernetes_version', default: null, readFrom: `${EKS_V21} node_groups.tf (the cluster's version when unset)` },
      { setting: 'selfManagedNodeGroups', input: 'self_managed_node_groups', default: null, readFrom: `${EKS_V21} variables.tf` },
      { setting: 'selfManagedNodeGroupDefaults', default: null, readFrom: `${EKS_V21} variables.tf (no defaults map in v21)` },
      { setting: 'selfNodeGroup.instance_type', input: 'instance_type', default: 'm6i.large', readFrom: `${EKS_V21} modules/self-managed-node-group/variables.tf` },
      { setting: 'selfNodeGroup.min_size', input: 'min_size', default: 1, readFrom: `${EKS_V21} modules/self-managed-node-group/variables.tf` },
      { setting: 'selfNodeGroup.max_size', input: 'max_size', default: 3, readFrom: `${EKS_V21} modules/self-managed-node-group/variables.tf` },
      { setting: 'selfNodeGroup.desired_size', input: 'desired_size', default: 1, readFrom: `${EKS_V21} modules/self-managed-node-group/variables.tf` },
      { setting: 'fargateProfiles', input: 'fargate_profiles', default: null, readFrom: `${EKS_V21} variables.tf` },
      { setting: 'fargateProfileDefaults', default: null, readFrom: `${EKS_V21} variables.tf (no defaults map in v21)` },
    ],
  },
};

const VPC_V6 = 'terraform-aws-vpc v6.6.0 (82d1929e669e)';
const vpcRows = (release: string, mapPublicIp: boolean): ModuleInputRow[] => [
  { setting: 'publicSubnets', input: 'public_subnets', default: [], readFrom: `${release} variables.tf` },
  { setting: 'privateSubnets', input: 'private_subnets', default: [], readFrom: `${release} variables.tf` },
  { setting: 'intraSubnets', input: 'intra_subnets', default: [], readFrom: `${release} variables.tf` },
  { setting: 'enableNatGateway', input: 'enable_nat_gateway', default: false, readFrom: `${release} variables.tf` },
  { setting: 'singleNatGateway', input: 'single_nat_gateway', default: false, readFrom: `${release} variables.tf` },
  { setting: 'mapPublicIpOnLaunch', input: 'map_public_ip_on_launch', default: mapPublicIp, readFrom: `${release} variables.tf` },
  { setting: 'createIgw', input: 'create_igw', default: true, readFrom: `${release} variables.tf` },
  { setting: 'publicSubnetTags', input: 'public_subnet_tags', default: {}, readFrom: `${release} variables.tf` },
  { setting: 'privateSubnetTags', input: 'private_subnet_tags', default: {}, readFrom: `${release} variables.tf` },
  { setting: 'natDestination', input: 'nat_gateway_destination_cidr_block', default: '0.0.0.0/0', readFrom: `${release} variables.tf` },
];

/** terraform-aws-modules/vpc. `map_public_ip_on_launch` defaulted to true until v4. */
export const VPC_MODULE: ModuleTable = {
  module: 'terraform-aws-modules/vpc',
  source: /^(?:(?:registry\.terraform\.io\/)?terraform-aws-modules\/vpc\/aws|.*terraform-aws-modules\/terraform-aws-vpc(?:\.git)?)(?:\/\/?)?(?:[?].*)?$/,
  majors: {
    3: vpcRows('terraform-aws-vpc v3.19.0 (upstream tag)', true),
    4: vpcRows('terraform-aws-vpc v4.0.2 (upstream tag)', false),
    5: vpcRows('terraform-aws-vpc v5.21.0 (upstream tag)', false),
    6: vpcRows(VPC_V6, false),
  },
};

/** The row of a setting in one major, if that major has the setting. */
export function moduleRow(table: ModuleTable, major: number, setting: string): ModuleInputRow | undefined {
  return table.majors[major]?.find((r) => r.setting === setting);
}
