import { EKS_MODULE, moduleRow, VPC_MODULE, type ModuleTable } from '../data/terraform-modules.js';
import type { TerraformDocument } from '../load/terraform.js';
import type { PathSegment } from '../load/types.js';
import { entries, unknown } from './terraform-eval.js';
import type { Reading, ResourceWriter, TemplateWriter } from './terraform.js';
import { isUnknown } from './types.js';

/**
 * Calls of the terraform-aws-modules `eks` and `vpc` modules, read through the tables of
 * src/data/terraform-modules.ts: the resources each call creates are written as the module
 * would create them (a cluster, its managed node groups, subnets with their routes), with the
 * module's defaults for the major its `version` constraint picks, and every property pointing
 * at the input that set it (or the module block, for a default). Other modules' outputs stay
 * unknown: their sources are not read.
 */

/** A `module` block of a root module, its inputs evaluated. */
export interface ModuleCall {
  readonly name: string;
  readonly doc: TerraformDocument;
  /** HCL path of the module block. */
  readonly block: readonly PathSegment[];
  readonly source?: string;
  readonly version?: string;
  readonly inputs: ReadonlyMap<string, { readonly value: unknown; readonly from: readonly PathSegment[]; readonly defaults?: ReadonlyMap<string, unknown> }>;
  /** How the module block's inputs were read; what every resource the call writes is read through. */
  readonly reading: Reading;
  /** An input read as a version string (`1.30` stays "1.30"). */
  versionText(input: string): unknown;
}

export interface KnownModule {
  readonly outputs: Record<string, unknown>;
  /** The input each output passes on, so a reference to the output assumes what the input did. */
  readonly outputInputs?: Readonly<Record<string, string>>;
}

/** The module inputs a major has, as its table rows name them (entry fields of the node group maps aside). */
function inputsOf(table: ModuleTable, major: number): Set<string> {
  return new Set((table.majors[major] ?? []).flatMap((row) => (row.input && !row.setting.includes('.') ? [row.input] : [])));
}

/**
 * The major a call's `version` constraint (or a git `?ref=vN...`) picks. Without one Terraform
 * takes the newest release, which rejects inputs it no longer has: a call that sets an input only
 * older majors have (eks `cluster_version`, renamed `kubernetes_version` in v21) is read as the
 * newest major that has all the inputs it sets; any other as the newest of the table. Either way
 * the major is an assumption, and says so.
 */
export function pickMajor(
  table: ModuleTable,
  call: Pick<ModuleCall, 'source' | 'version'> & { readonly inputs?: ReadonlyMap<string, unknown> },
): { major: number; assumed: boolean; byInputs?: readonly string[] } | undefined {
  const known = Object.keys(table.majors)
    .map(Number)
    .sort((a, b) => b - a);
  const stated = call.version ?? /[?&]ref=v?(\d+)/.exec(call.source ?? '')?.[1];
  if (stated === undefined) {
    const inputsByMajor = new Map(known.map((m) => [m, inputsOf(table, m)]));
    const tabled = new Set([...inputsByMajor.values()].flatMap((inputs) => [...inputs]));
    const used = [...(call.inputs?.keys() ?? [])].filter((i) => tabled.has(i));
    const fits = known.find((m) => used.every((i) => inputsByMajor.get(m)?.has(i)));
    const newest = known[0] as number;
    if (fits === undefined || fits === newest) return { major: newest, assumed: true };
    const newestInputs = inputsByMajor.get(newest);
    return { major: fits, assumed: true, byInputs: used.filter((i) => !newestInputs?.has(i)) };
  }
  const major = Number(/(\d+)/.exec(stated)?.[1]);
  return known.includes(major) ? { major, assumed: false } : undefined;
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !isUnknown(v);

/** Reads settings of one call: the input when the call sets it, else the table's default. */
class CallReader {
  constructor(
    readonly call: ModuleCall,
    readonly table: ModuleTable,
    readonly major: number,
  ) {}

  input(setting: string): string | undefined {
    return moduleRow(this.table, this.major, setting)?.input;
  }

  /** The value, the HCL path (relative to the module block) it comes from, and the input that sets it. */
  get(setting: string): Read {
    const row = moduleRow(this.table, this.major, setting);
    if (!row?.input) return { value: null, from: [] };
    const given = this.call.inputs.get(row.input);
    if (given && given.value !== null) return { ...given, name: row.input };
    return { value: row.default, from: [], name: row.input };
  }
}

/** A setting as read from a call: its value, where it is written, and the input (or entry field) that sets it. */
interface Read {
  readonly value: unknown;
  readonly from: readonly PathSegment[];
  readonly name?: string;
}

/**
 * A field of one entry of a map input (a node group, a Fargate profile): the entry's own, else the
 * defaults map's (v19/v20 `*_defaults`), else the module's fallback, pointing at the entry.
 */
function entryField(
  at: { entry: Record<string, unknown>; input: string; key: string },
  defaults: { input: string | undefined; map: Record<string, unknown> },
  name: string,
  fallback: unknown = null,
): Read {
  const own = at.entry[name];
  if (own !== undefined && own !== null) return { value: own, from: [at.input, at.key, name], name };
  const shared = defaults.map[name];
  if (defaults.input && shared !== undefined && shared !== null) return { value: shared, from: [defaults.input, name], name };
  return { value: fallback ?? null, from: [at.input, at.key], name };
}

function set(w: ResourceWriter, prop: string, read: Read): void {
  w.set(prop, read.value, read.from, read.name);
}

// ---------------------------------------------------------------------------------------------
// terraform-aws-modules/eks

function eksModule(call: ModuleCall, writer: TemplateWriter, major: number): KnownModule {
  const r = new CallReader(call, EKS_MODULE, major);
  const prefix = `module.${call.name}`;
  const clusterId = `${prefix}.aws_eks_cluster.this[0]`;
  const cluster = writer.add(clusterId, 'AWS::EKS::Cluster', call.doc, call.block, call.reading);
  const name = r.get('name');
  set(cluster, 'Name', name);
  const versionInput = r.input('version');
  const version = versionInput && call.inputs.has(versionInput) ? { value: call.versionText(versionInput), from: [versionInput] } : { value: null, from: [] };
  set(cluster, 'Version', version);
  set(cluster, 'ResourcesVpcConfig/EndpointPublicAccess', r.get('endpointPublicAccess'));
  set(cluster, 'ResourcesVpcConfig/EndpointPrivateAccess', r.get('endpointPrivateAccess'));
  // The module's default CIDRs are EKS's own (0.0.0.0/0): left unset, a finding says the list
  // defaults to them and points at what the call writes, not at the whole module block.
  const cidrs = r.get('endpointPublicAccessCidrs');
  set(cluster, 'ResourcesVpcConfig/PublicAccessCidrs', cidrs.from.length > 0 ? cidrs : { ...cidrs, value: null });
  const subnets = r.get('subnetIds');
  set(cluster, 'ResourcesVpcConfig/SubnetIds', subnets);
  const compute = r.get('computeConfig');
  if (isMap(compute.value) && compute.value['enabled'] !== undefined)
    cluster.set('ComputeConfig/Enabled', compute.value['enabled'], [...compute.from, 'enabled']);

  const groupsInput = r.input('managedNodeGroups') ?? '';
  const groups = r.get('managedNodeGroups');
  const defaultsInput = r.input('managedNodeGroupDefaults');
  const defaults = r.get('managedNodeGroupDefaults');
  const defaultsMap = isMap(defaults.value) ? defaults.value : {};
  if (isMap(groups.value)) {
    for (const [key, raw] of Object.entries(groups.value)) {
      const entry = isMap(raw) ? raw : {};
      if (entry['create'] === false) continue;
      /** An entry field, else the defaults map's, else the table's per-group default. */
      const field = (name: string, setting?: string): Read =>
        entryField(
          { entry, input: groupsInput, key },
          { input: defaultsInput, map: defaultsMap },
          name,
          setting && moduleRow(EKS_MODULE, major, setting)?.default,
        );
      const id = `${prefix}.module.eks_managed_node_group[${JSON.stringify(key)}].aws_eks_node_group.this[0]`;
      const w = writer.add(id, 'AWS::EKS::Nodegroup', call.doc, call.block, call.reading);
      w.set('ClusterName', name.value, name.from);
      w.set('NodegroupName', entry['name'] ?? key, [groupsInput, key]);
      set(w, 'InstanceTypes', field('instance_types', 'nodeGroup.instance_types'));
      set(w, 'AmiType', field('ami_type', 'nodeGroup.ami_type'));
      set(w, 'ReleaseVersion', field('ami_release_version'));
      // The module passes the cluster's version to a node group that does not set its own.
      const ownVersion = field(moduleRow(EKS_MODULE, major, 'nodeGroup.version')?.input ?? 'kubernetes_version');
      set(w, 'Version', ownVersion.value !== null ? { value: String(ownVersion.value), from: ownVersion.from } : version);
      const subnetField = field('subnet_ids');
      set(w, 'Subnets', subnetField.value !== null ? subnetField : subnets);
      set(w, 'ScalingConfig/MinSize', field('min_size', 'nodeGroup.min_size'));
      set(w, 'ScalingConfig/MaxSize', field('max_size', 'nodeGroup.max_size'));
      set(w, 'ScalingConfig/DesiredSize', field('desired_size', 'nodeGroup.desired_size'));
      set(w, 'Labels', field('labels'));
      const taints = field('taints');
      const list = isMap(taints.value) ? Object.values(taints.value) : Array.isArray(taints.value) ? taints.value : [];
      if (list.length) {
        w.set(
          'Taints',
          list.map((t) => ({
            Key: (t as Record<string, unknown>)['key'],
            Value: (t as Record<string, unknown>)['value'],
            Effect: TAINT_EFFECTS[String((t as Record<string, unknown>)['effect'])],
          })),
          taints.from,
        );
      }
    }
  }

  selfManagedGroups(call, writer, r, prefix, name, subnets, major);
  fargateProfiles(call, writer, r, prefix, name, subnets);

  const addons = r.get('addons');
  if (isMap(addons.value)) {
    const addonsInput = r.input('addons') ?? '';
    for (const [key, raw] of Object.entries(addons.value)) {
      const entry = isMap(raw) ? raw : {};
      const w = writer.add(`${prefix}.aws_eks_addon.this[${JSON.stringify(key)}]`, 'AWS::EKS::Addon', call.doc, call.block, call.reading);
      w.set('ClusterName', name.value, name.from);
      w.set('AddonName', entry['name'] ?? key, [addonsInput, key]);
      // Without addon_version the module asks AWS for the default (or most recent) version at plan time.
      w.set('AddonVersion', entry['addon_version'] ?? unknown(`addon ${key} takes the version AWS picks at plan time`), [addonsInput, key]);
    }
  }
  const clusterName = isUnknown(name.value) ? name.value : name.value;
  return {
    outputs: {
      cluster_name: clusterName,
      cluster_id: clusterName,
      cluster_version: version.value ?? unknown(`module ${call.name} leaves the version to EKS`),
      cluster_arn: { Ref: clusterId },
    },
    outputInputs: Object.fromEntries(
      [
        ['cluster_name', r.input('name')],
        ['cluster_id', r.input('name')],
        ['cluster_version', versionInput],
      ].filter((e): e is [string, string] => typeof e[1] === 'string'),
    ),
  };
}

/**
 * `self_managed_node_groups`: an Auto Scaling group per entry with its launch template's instance
 * type, tagged as the module tags it for the cluster. The module picks the EKS AMI for the
 * cluster's version at plan time (an SSM parameter), so the nodes' version is not read.
 */
function selfManagedGroups(call: ModuleCall, writer: TemplateWriter, r: CallReader, prefix: string, name: Read, subnets: Read, major: number): void {
  const groupsInput = r.input('selfManagedNodeGroups') ?? '';
  const groups = r.get('selfManagedNodeGroups');
  if (!isMap(groups.value)) return;
  const defaultsInput = r.input('selfManagedNodeGroupDefaults');
  const defaults = r.get('selfManagedNodeGroupDefaults');
  const defaultsMap = isMap(defaults.value) ? defaults.value : {};
  for (const [key, raw] of Object.entries(groups.value)) {
    const entry = isMap(raw) ? raw : {};
    if (entry['create'] === false) continue;
    const field = (fieldName: string, setting?: string): Read =>
      entryField(
        { entry, input: groupsInput, key },
        { input: defaultsInput, map: defaultsMap },
        fieldName,
        setting && moduleRow(EKS_MODULE, major, setting)?.default,
      );
    const base = `${prefix}.module.self_managed_node_group[${JSON.stringify(key)}]`;
    const lt = `${base}.aws_launch_template.this[0]`;
    const template = writer.add(lt, 'AWS::EC2::LaunchTemplate', call.doc, call.block, call.reading);
    set(template, 'LaunchTemplateData/InstanceType', field('instance_type', 'selfNodeGroup.instance_type'));
    template.set('LaunchTemplateData/ImageId', unknown(`module ${call.name} looks up the EKS AMI for the cluster's version at plan time`), [groupsInput, key]);
    const w = writer.add(`${base}.aws_autoscaling_group.this[0]`, 'AWS::AutoScaling::AutoScalingGroup', call.doc, call.block, call.reading);
    w.set('LaunchTemplate/LaunchTemplateId', { Ref: lt }, [groupsInput, key]);
    set(w, 'MinSize', field('min_size', 'selfNodeGroup.min_size'));
    set(w, 'MaxSize', field('max_size', 'selfNodeGroup.max_size'));
    set(w, 'DesiredCapacity', field('desired_size', 'selfNodeGroup.desired_size'));
    const subnetField = field('subnet_ids');
    set(w, 'VPCZoneIdentifier', subnetField.value !== null ? subnetField : subnets);
    if (typeof name.value === 'string' && name.value !== '') w.set('Tags', [{ Key: `kubernetes.io/cluster/${name.value}`, Value: 'owned' }], name.from);
  }
}

/**
 * `fargate_profiles`: a Fargate profile per entry (modules/fargate-profile), as `aws_eks_fargate_profile`
 * is read: the pods its selectors match run on Fargate, not on the cluster's nodes. An entry's
 * `selectors`, else v19/v20's `fargate_profile_defaults.selectors`, else none (node_groups.tf).
 */
function fargateProfiles(call: ModuleCall, writer: TemplateWriter, r: CallReader, prefix: string, name: Read, subnets: Read): void {
  const profilesInput = r.input('fargateProfiles') ?? '';
  const profiles = r.get('fargateProfiles');
  if (!isMap(profiles.value)) return;
  const defaultsInput = r.input('fargateProfileDefaults');
  const defaults = r.get('fargateProfileDefaults');
  const defaultsMap = isMap(defaults.value) ? defaults.value : {};
  for (const [key, raw] of Object.entries(profiles.value)) {
    const entry = isMap(raw) ? raw : {};
    if (entry['create'] === false) continue;
    const field = (fieldName: string): Read => entryField({ entry, input: profilesInput, key }, { input: defaultsInput, map: defaultsMap }, fieldName);
    const w = writer.add(
      `${prefix}.module.fargate_profile[${JSON.stringify(key)}].aws_eks_fargate_profile.this[0]`,
      'AWS::EKS::FargateProfile',
      call.doc,
      call.block,
      call.reading,
    );
    w.set('ClusterName', name.value, name.from);
    w.set('FargateProfileName', entry['name'] ?? key, [profilesInput, key]);
    const subnetField = field('subnet_ids');
    set(w, 'Subnets', subnetField.value !== null ? subnetField : subnets);
    const selectors = field('selectors');
    const list = isUnknown(selectors.value) ? selectors.value : entries(selectors.value).map(([, v]) => v);
    w.set(
      'Selectors',
      Array.isArray(list)
        ? list.map((sel) => {
            const s = isMap(sel) ? sel : {};
            const labels = s['labels'];
            return { Namespace: s['namespace'], Labels: isMap(labels) ? Object.entries(labels).map(([Key, Value]) => ({ Key, Value })) : labels };
          })
        : list,
      selectors.from,
      selectors.name,
    );
  }
}

const TAINT_EFFECTS: Record<string, string> = { NO_SCHEDULE: 'NoSchedule', NO_EXECUTE: 'NoExecute', PREFER_NO_SCHEDULE: 'PreferNoSchedule' };

// ---------------------------------------------------------------------------------------------
// terraform-aws-modules/vpc

function vpcModule(call: ModuleCall, writer: TemplateWriter, major: number): KnownModule {
  const r = new CallReader(call, VPC_MODULE, major);
  const prefix = `module.${call.name}`;
  const vpcId = `${prefix}.aws_vpc.this[0]`;
  writer.add(vpcId, 'AWS::EC2::VPC', call.doc, call.block, call.reading);
  /**
   * A subnet list the root does not fix (CIDRs computed from AZs a data source returns) still
   * makes subnets that all share one routing: one subnet `[*]` stands for every one of them.
   */
  const list = (setting: string) => {
    const read = r.get(setting);
    const items = isUnknown(read.value) ? [{ representative: read.value }] : entries(read.value).map(([, v]) => v);
    return { ...read, items };
  };
  const cidrOf = (item: unknown) => (isMap(item) && 'representative' in item ? item['representative'] : item);
  const indexOf = (item: unknown, i: number) => (isMap(item) && 'representative' in item ? '*' : String(i));
  const tags = (setting: string) => {
    const read = r.get(setting);
    return { ...read, value: isMap(read.value) ? Object.entries(read.value).map(([Key, Value]) => ({ Key, Value })) : read.value };
  };
  const outputs: Record<string, unknown> = { vpc_id: { Ref: vpcId } };
  const natDestination = r.get('natDestination');

  const publicSubnets = list('publicSubnets');
  const privateSubnets = list('privateSubnets');
  const intraSubnets = list('intraSubnets');
  const enableNat = r.get('enableNatGateway');
  const singleNat = r.get('singleNatGateway');
  const createIgw = r.get('createIgw');

  {
    const igw = `${prefix}.aws_internet_gateway.this[0]`;
    const table = `${prefix}.aws_route_table.public[0]`;
    if (publicSubnets.items.length > 0) {
      writer.add(table, 'AWS::EC2::RouteTable', call.doc, call.block, call.reading).set('VpcId', { Ref: vpcId }, []);
      if (createIgw.value === true) {
        writer.add(igw, 'AWS::EC2::InternetGateway', call.doc, call.block, call.reading).set('VpcId', { Ref: vpcId }, []);
        const route = writer.add(`${prefix}.aws_route.public_internet_gateway[0]`, 'AWS::EC2::Route', call.doc, call.block, call.reading);
        route.set('RouteTableId', { Ref: table }, []);
        route.set('DestinationCidrBlock', '0.0.0.0/0', publicSubnets.from);
        route.set('GatewayId', { Ref: igw }, createIgw.from);
      }
    }
    outputs['public_subnets'] = publicSubnets.items.map((item, i) => {
      const id = `${prefix}.aws_subnet.public[${indexOf(item, i)}]`;
      const w = writer.add(id, 'AWS::EC2::Subnet', call.doc, call.block, call.reading);
      w.set('VpcId', { Ref: vpcId }, []);
      w.set('CidrBlock', cidrOf(item), [...publicSubnets.from, i]);
      set(w, 'MapPublicIpOnLaunch', r.get('mapPublicIpOnLaunch'));
      set(w, 'Tags', tags('publicSubnetTags'));
      const a = writer.add(
        `${prefix}.aws_route_table_association.public[${indexOf(item, i)}]`,
        'AWS::EC2::SubnetRouteTableAssociation',
        call.doc,
        call.block,
        call.reading,
      );
      a.set('SubnetId', { Ref: id }, []);
      a.set('RouteTableId', { Ref: table }, []);
      return { Ref: id };
    });
  }

  const privateLike = (kind: 'private' | 'intra', read: ReturnType<typeof list>, withNat: boolean): unknown => {
    const natKnown = typeof enableNat.value === 'boolean' && typeof singleNat.value === 'boolean';
    return read.items.map((item, n) => {
      const i = indexOf(item, n);
      const id = `${prefix}.aws_subnet.${kind}[${i}]`;
      const w = writer.add(id, 'AWS::EC2::Subnet', call.doc, call.block, call.reading);
      w.set('VpcId', { Ref: vpcId }, []);
      w.set('CidrBlock', cidrOf(item), [...read.from, n]);
      if (kind === 'private') set(w, 'Tags', tags('privateSubnetTags'));
      // One route table per subnet (the module makes one per NAT gateway or per AZ; only its routes matter here).
      const table = `${prefix}.aws_route_table.${kind}[${i}]`;
      writer.add(table, 'AWS::EC2::RouteTable', call.doc, call.block, call.reading).set('VpcId', { Ref: vpcId }, []);
      const a = writer.add(`${prefix}.aws_route_table_association.${kind}[${i}]`, 'AWS::EC2::SubnetRouteTableAssociation', call.doc, call.block, call.reading);
      a.set('SubnetId', { Ref: id }, []);
      a.set('RouteTableId', { Ref: table }, []);
      if (withNat && (enableNat.value === true || !natKnown)) {
        const nat = `${prefix}.aws_nat_gateway.this[${singleNat.value === true ? '0' : i}]`;
        const route = writer.add(`${prefix}.aws_route.${kind}_nat_gateway[${i}]`, 'AWS::EC2::Route', call.doc, call.block, call.reading);
        route.set('RouteTableId', { Ref: table }, []);
        // A NAT switch the root does not fix leaves the route's target unknown, never assumed.
        route.set(
          'DestinationCidrBlock',
          natKnown ? natDestination.value : unknown('whether the module creates NAT gateways is not known'),
          natDestination.from,
        );
        route.set('NatGatewayId', { Ref: nat }, enableNat.from);
      }
      return { Ref: id };
    });
  };
  outputs['private_subnets'] = privateLike('private', privateSubnets, true);
  outputs['intra_subnets'] = privateLike('intra', intraSubnets, false);
  return { outputs, outputInputs: { public_subnets: 'public_subnets', private_subnets: 'private_subnets', intra_subnets: 'intra_subnets' } };
}

/** The modules the tables know, each with what writes a call's resources. */
const KNOWN_MODULES = [
  [EKS_MODULE, eksModule],
  [VPC_MODULE, vpcModule],
] as const;

/** Whether `knownModuleResources` writes anything for a call of `source`: any other call's inputs are never read. */
export function isKnownModule(source: string | undefined): boolean {
  return source !== undefined && KNOWN_MODULES.some(([table]) => table.source.test(source));
}

/**
 * Writes the resources of a call of a module the tables know; for one at a major they do not
 * have, why it is not read (said to the reader rather than left silent: v17 and v18 of the eks
 * module are still common); undefined for any other module.
 */
export function knownModuleResources(call: ModuleCall, writer: TemplateWriter): KnownModule | { readonly unread: string } | undefined {
  for (const [table, build] of KNOWN_MODULES) {
    if (!call.source || !table.source.test(call.source)) continue;
    const picked = pickMajor(table, call);
    if (!picked) return { unread: unreadReason(table, call) };
    // Input names and defaults differ between majors: a finding on what the call writes names the one assumed.
    const why = picked.byInputs?.length ? ` (the newest with ${picked.byInputs.map((i) => `\`${i}\``).join(', ')})` : '';
    const assumed = picked.assumed ? { assumed: `${table.module}, no version constraint: v${picked.major} assumed${why}` } : {};
    return build({ ...call, reading: { ...call.reading, ...assumed } }, writer, picked.major);
  }
  return undefined;
}

/** The message for a call whose version picks a major `table` does not have. */
function unreadReason(table: ModuleTable, call: Pick<ModuleCall, 'name' | 'version'>): string {
  const majors = Object.keys(table.majors)
    .map(Number)
    .sort((a, b) => a - b);
  const read = `${majors.slice(0, -1).join(', ')} and ${String(majors.at(-1))}`;
  const what = table === EKS_MODULE ? 'the cluster, node groups and add-ons it creates are' : 'the subnets and routes it creates are';
  const stated = call.version !== undefined ? `version \`${call.version}\`` : 'the ref of its source';
  return `module.${call.name} calls ${table.module} at ${stated}, a major this review does not read (it reads majors ${read}): ${what} not reviewed`;
}

/** Whether a call is of the vpc module: those are read first, since eks calls use their outputs. */
export function isVpcModule(source: string | undefined): boolean {
  return source !== undefined && VPC_MODULE.source.test(source);
}
