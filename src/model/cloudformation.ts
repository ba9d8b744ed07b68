import type { LoadedDocument, PathSegment } from '../load/types.js';
import { normalizeEffect } from './kubernetes.js';
import { isUnknown, type CfnTemplate, type Cluster, type NodeGroup, type ParameterSource, type SubnetRef, type Taint, type Unknown } from './types.js';
import { asArray, asBoolean, asNumber, asObject, asString, get, stringMap, type Obj } from './util.js';
import { FOLLOWS_CLUSTER, minorOfReleaseVersion, nodeVersionFields, readCfnImageId, supportTypeOf, type NodeVersionReading } from './versions.js';

const unknown = (reason: string, dflt?: unknown, parameter?: string): Unknown => ({
  unknown: true,
  reason,
  ...(dflt !== undefined ? { default: dflt } : {}),
  ...(parameter !== undefined ? { parameter } : {}),
});

/** A CloudFormation template is a mapping with `Resources` whose entries carry AWS types. */
export function isCfnTemplate(value: unknown): value is Obj {
  const root = asObject(value);
  const resources = asObject(root?.['Resources']);
  if (!root || !resources) return false;
  if (root['AWSTemplateFormatVersion'] !== undefined) return true;
  return Object.values(resources).some((r) => typeof get(r, 'Type') === 'string');
}

/** Marks `{Ref: LogicalId}` to a resource: kept as a reference, resolved by the consumer. */
export function resourceRef(value: unknown): string | undefined {
  const obj = asObject(value);
  if (!obj) return undefined;
  const keys = Object.keys(obj);
  if (keys.length !== 1) return undefined;
  if (keys[0] === 'Ref') return asString(obj['Ref']);
  if (keys[0] === 'Fn::GetAtt') {
    const att = obj['Fn::GetAtt'];
    return asString(Array.isArray(att) ? att[0] : typeof att === 'string' ? att.split('.')[0] : undefined);
  }
  return undefined;
}

export function makeTemplate(doc: LoadedDocument): CfnTemplate {
  const root = asObject(doc.value) ?? {};
  // Only entries shaped like a resource / parameter: `Resources: {Wip: }` (a null entry) or a
  // Properties that is a string must not reach code that reads `.Type` and `.Properties[...]`.
  const resources = Object.fromEntries(
    Object.entries(asObject(root['Resources']) ?? {}).flatMap(([id, value]) => {
      const resource = asObject(value);
      if (!resource) return [];
      return [[id, resource['Properties'] === undefined || asObject(resource['Properties']) ? resource : { ...resource, Properties: {} }]];
    }),
  ) as CfnTemplate['resources'];
  const parameters = Object.fromEntries(
    Object.entries(asObject(root['Parameters']) ?? {}).flatMap(([name, value]) => (asObject(value) ? [[name, value]] : [])),
  ) as CfnTemplate['parameters'];
  const mappings = asObject(root['Mappings']) ?? {};

  const resolve = (value: unknown, depth = 0): unknown => {
    if (depth > 50) return unknown('intrinsic nesting too deep');
    if (Array.isArray(value)) return value.map((v) => resolve(v, depth + 1));
    const obj = asObject(value);
    if (!obj) return value;
    const keys = Object.keys(obj);
    if (keys.length !== 1) {
      const out: Obj = {};
      for (const k of keys) out[k] = resolve(obj[k], depth + 1);
      return out;
    }
    const fn = keys[0] ?? '';
    const arg = obj[fn];
    switch (fn) {
      case 'Ref': {
        const name = asString(arg) ?? '';
        if (name.startsWith('AWS::')) return unknown(`pseudo parameter ${name}`);
        const param = parameters[name];
        if (param) return unknown(`parameter ${name}`, param['Default'], name);
        return obj; // a resource reference stays a reference
      }
      case 'Fn::GetAtt':
        return obj;
      case 'Fn::Sub': {
        const template = Array.isArray(arg) ? arg[0] : arg;
        const vars = asObject(Array.isArray(arg) ? arg[1] : undefined) ?? {};
        if (typeof template !== 'string') return unknown('Fn::Sub without a string');
        return template.replace(/\$\{([^!}][^}]*)\}/g, (whole, name: string) => {
          const local = vars[name];
          const v = local !== undefined ? resolve(local, depth + 1) : name.includes('.') ? undefined : resolve({ Ref: name }, depth + 1);
          return typeof v === 'string' || typeof v === 'number' ? String(v) : whole;
        });
      }
      case 'Fn::Join': {
        const [delimiter, list] = asArray(arg);
        const items = asArray(resolve(list, depth + 1));
        if (typeof delimiter !== 'string' || !Array.isArray(resolve(list, depth + 1))) return unknown('Fn::Join of an unknown list');
        if (items.some((i) => typeof i !== 'string' && typeof i !== 'number')) return unknown('Fn::Join of unknown values');
        return items.join(delimiter);
      }
      case 'Fn::Select': {
        const [index, list] = asArray(arg);
        const i = asNumber(resolve(index, depth + 1));
        const items = resolve(list, depth + 1);
        if (i === undefined || !Array.isArray(items)) return unknown('Fn::Select from an unknown list');
        return items[i] ?? unknown('Fn::Select index out of range');
      }
      case 'Fn::Split': {
        const [delimiter, source] = asArray(arg);
        const s = resolve(source, depth + 1);
        if (typeof delimiter !== 'string' || typeof s !== 'string') return unknown('Fn::Split of an unknown value');
        return s.split(delimiter);
      }
      case 'Fn::FindInMap': {
        const [map, k1, k2] = asArray(arg).map((a) => resolve(a, depth + 1));
        if (typeof map !== 'string' || typeof k1 !== 'string' || typeof k2 !== 'string') return unknown('Fn::FindInMap with unknown keys');
        const v = get(mappings, map, k1, k2);
        return v === undefined ? unknown('Fn::FindInMap key not in the template') : resolve(v, depth + 1);
      }
      case 'Fn::Base64':
        return resolve(arg, depth + 1);
      case 'Fn::If':
        return unknown('Fn::If depends on a condition');
      case 'Fn::ImportValue':
        return unknown('Fn::ImportValue from another stack');
      case 'Fn::GetAZs':
      case 'Fn::Cidr':
        return unknown(`${fn} is decided at deploy time`);
      default:
        return fn.startsWith('Fn::') ? unknown(`${fn} is not evaluated`) : { [fn]: resolve(arg, depth + 1) };
    }
  };

  return { file: doc.path, ref: { doc, base: [] }, resources, parameters, resolve: (v) => resolve(v) };
}

/** The export name of an `Fn::ImportValue` whose name the template fixes. */
function importName(template: CfnTemplate, value: unknown): string | undefined {
  const obj = asObject(value);
  if (!obj || Object.keys(obj).length !== 1 || obj['Fn::ImportValue'] === undefined) return undefined;
  const name = template.resolve(obj['Fn::ImportValue']);
  return typeof name === 'string' && !name.includes('${') ? name : undefined;
}

function subnetRefs(template: CfnTemplate, value: unknown): SubnetRef[] {
  // Items are read one by one so that an imported subnet keeps its export name: another
  // template of the repository may define it (the network model follows the export).
  if (Array.isArray(value)) return value.flatMap((item) => subnetRefs(template, item));
  const imported = importName(template, value);
  if (imported !== undefined) return [{ kind: 'unknown', reason: `Fn::ImportValue ${imported} from another stack`, importName: imported }];
  const resolved = template.resolve(value);
  if (isUnknown(resolved)) return [{ kind: 'unknown', reason: resolved.reason }];
  const list = Array.isArray(resolved) ? resolved : typeof resolved === 'string' ? resolved.split(',') : [resolved];
  return list.map((item): SubnetRef => {
    if (isUnknown(item)) return { kind: 'unknown', reason: item.reason };
    const logical = resourceRef(item);
    if (logical && template.resources[logical]) return { kind: 'logical', file: template.file, logicalId: logical };
    if (typeof item === 'string' && /^subnet-[0-9a-f]+$/.test(item.trim())) return { kind: 'id', id: item.trim() };
    return { kind: 'unknown', reason: 'not a subnet the template defines' };
  });
}

function resolvedString(template: CfnTemplate, value: unknown): string | undefined {
  const r = template.resolve(value);
  return typeof r === 'string' ? r : typeof r === 'number' ? String(r) : undefined;
}

/**
 * A value a Parameter with a Default gives (`Version: !Ref KubernetesVersion`): the default as
 * text, and the Parameter; undefined when the value is not a plain `Ref` to such a Parameter.
 */
function parameterDefault(template: CfnTemplate, value: unknown): { value: string; parameter: ParameterSource } | undefined {
  const r = template.resolve(value);
  if (!isUnknown(r) || r.parameter === undefined) return undefined;
  const dflt = r.default;
  if (typeof dflt !== 'string' && typeof dflt !== 'number' && typeof dflt !== 'boolean') return undefined;
  const allowed = asArray(template.parameters[r.parameter]?.['AllowedValues']).filter(
    (v): v is string | number => typeof v === 'string' || typeof v === 'number',
  );
  return {
    value: String(dflt),
    parameter: { name: r.parameter, ...(allowed.length > 0 ? { allowedValues: allowed.map(String) } : {}) },
  };
}

function resolvedNumber(template: CfnTemplate, value: unknown): number | undefined {
  return asNumber(template.resolve(value));
}

function clusterNameOf(template: CfnTemplate, value: unknown): string | undefined {
  const logical = resourceRef(value);
  if (logical && template.resources[logical]?.Type === 'AWS::EKS::Cluster') {
    return resolvedString(template, template.resources[logical]?.Properties?.['Name']) ?? logical;
  }
  const r = template.resolve(value);
  if (isUnknown(r)) return r.default !== undefined ? asString(r.default) : undefined;
  return asString(r);
}

const resourcePath = (id: string, ...rest: PathSegment[]): PathSegment[] => ['Resources', id, ...rest];

/** `AWS::EKS::Cluster` resources. */
export function cfnClusters(template: CfnTemplate): Cluster[] {
  return Object.entries(template.resources).flatMap(([id, resource]): Cluster[] => {
    if (resource.Type !== 'AWS::EKS::Cluster') return [];
    const p = resource.Properties ?? {};
    const versionValue = template.resolve(p['Version']);
    const versionText = template.ref.doc.valueText(resourcePath(id, 'Properties', 'Version'));
    const version = typeof versionValue === 'number' && versionText !== undefined ? versionText.replace(/['"]/g, '') : resolvedString(template, p['Version']);
    const versionDefault = version === undefined ? parameterDefault(template, p['Version']) : undefined;
    const versionPath = resourcePath(id, 'Properties', 'Version');
    const vpcRaw = template.resolve(p['ResourcesVpcConfig']);
    const vpc = asObject(vpcRaw) ?? {};
    const publicAccess = asBoolean(template.resolve(vpc['EndpointPublicAccess']));
    const privateAccess = asBoolean(template.resolve(vpc['EndpointPrivateAccess']));
    const cidrs = template.resolve(vpc['PublicAccessCidrs']);
    const cidrsKnown = Array.isArray(cidrs) && cidrs.every((c) => typeof c === 'string' && !c.includes('${'));
    // A field the template sets to something it does not fix (a Parameter, Fn::If) is not "unset":
    // its AWS default must not be assumed.
    const wholeUnknown = isUnknown(vpcRaw);
    const unresolved = [
      ...((wholeUnknown || vpc['EndpointPublicAccess'] !== undefined) && publicAccess === undefined ? (['publicAccess'] as const) : []),
      ...((wholeUnknown || vpc['EndpointPrivateAccess'] !== undefined) && privateAccess === undefined ? (['privateAccess'] as const) : []),
      ...((wholeUnknown || vpc['PublicAccessCidrs'] !== undefined) && !cidrsKnown ? (['publicCidrs'] as const) : []),
    ];
    const autoMode = asBoolean(template.resolve(get(p, 'ComputeConfig', 'Enabled')));
    const builtInPools = template.resolve(get(p, 'ComputeConfig', 'NodePools'));
    const supportType = supportTypeOf(template.resolve(get(p, 'UpgradePolicy', 'SupportType')));
    const rawSubnets = get(p, 'ResourcesVpcConfig', 'SubnetIds');
    return [
      {
        kind: 'AWS::EKS::Cluster',
        name: resolvedString(template, p['Name']) ?? id,
        ref: template.ref,
        source: 'cloudformation',
        path: resourcePath(id),
        ...(version !== undefined ? { version: { value: version, path: versionPath } } : {}),
        ...(versionDefault ? { version: { ...versionDefault, path: versionPath } } : {}),
        endpoint: {
          ...(publicAccess !== undefined ? { publicAccess } : {}),
          ...(privateAccess !== undefined ? { privateAccess } : {}),
          ...(cidrsKnown ? { publicCidrs: cidrs as string[] } : {}),
          path: resourcePath(id, 'Properties', 'ResourcesVpcConfig'),
          ...(unresolved.length > 0 ? { unresolved } : {}),
        },
        subnets: rawSubnets !== undefined ? subnetRefs(template, rawSubnets) : [],
        ...(autoMode !== undefined ? { autoMode } : {}),
        ...(autoMode === true && Array.isArray(builtInPools)
          ? {
              autoModeNodePools: {
                names: builtInPools.filter((n): n is string => typeof n === 'string'),
                path: resourcePath(id, 'Properties', 'ComputeConfig', 'NodePools'),
              },
            }
          : {}),
        ...(supportType ? { supportType: { value: supportType, path: resourcePath(id, 'Properties', 'UpgradePolicy', 'SupportType') } } : {}),
      },
    ];
  });
}

function awsTaints(value: unknown): Taint[] {
  return asArray(value).flatMap((t) => {
    const key = asString(get(t, 'Key'));
    const effect = normalizeEffect(get(t, 'Effect'));
    const v = asString(get(t, 'Value'));
    return key && effect ? [{ key, effect, ...(v !== undefined ? { value: v } : {}) }] : [];
  });
}

/** Launch configuration or launch template data behind an ASG or a managed node group. */
interface LaunchData {
  logicalId: string;
  dataPath: PathSegment[];
  data: Obj;
}

function launchData(template: CfnTemplate, logicalId: string | undefined): LaunchData | undefined {
  if (!logicalId) return undefined;
  const res = template.resources[logicalId];
  if (res?.Type === 'AWS::AutoScaling::LaunchConfiguration') {
    return { logicalId, dataPath: resourcePath(logicalId, 'Properties'), data: res.Properties ?? {} };
  }
  if (res?.Type === 'AWS::EC2::LaunchTemplate') {
    return {
      logicalId,
      dataPath: resourcePath(logicalId, 'Properties', 'LaunchTemplateData'),
      data: asObject(res.Properties?.['LaunchTemplateData']) ?? {},
    };
  }
  return undefined;
}

interface PublicIpSetting {
  value?: boolean;
  path?: PathSegment[];
  parameter?: ParameterSource;
}

function publicIpOf(template: CfnTemplate, launch: LaunchData | undefined): PublicIpSetting {
  if (!launch) return {};
  const read = (raw: unknown, path: PathSegment[]): PublicIpSetting => {
    const v = asBoolean(template.resolve(raw));
    if (v !== undefined) return { value: v, path };
    // `AssociatePublicIpAddress: !Ref AssignPublicIp`: reviewed with the Parameter's Default.
    const fromDefault = parameterDefault(template, raw);
    const dflt = fromDefault ? asBoolean(fromDefault.value) : undefined;
    return dflt !== undefined && fromDefault ? { value: dflt, path, parameter: fromDefault.parameter } : { path };
  };
  if (launch.data['AssociatePublicIpAddress'] !== undefined) {
    return read(launch.data['AssociatePublicIpAddress'], [...launch.dataPath, 'AssociatePublicIpAddress']);
  }
  const nics = asArray(launch.data['NetworkInterfaces']);
  for (let i = 0; i < nics.length; i++) {
    const raw = get(nics[i], 'AssociatePublicIpAddress');
    if (raw !== undefined) return read(raw, [...launch.dataPath, 'NetworkInterfaces', i, 'AssociatePublicIpAddress']);
  }
  return {};
}

function launchCommon(template: CfnTemplate, launch: LaunchData | undefined): Partial<NodeGroup> {
  if (!launch) return {};
  const imageId = launch.data['ImageId'];
  const resolvedImage = template.resolve(imageId);
  const imageText =
    typeof resolvedImage === 'string'
      ? resolvedImage
      : isUnknown(resolvedImage) && typeof resolvedImage.default === 'string'
        ? resolvedImage.default
        : undefined;
  const userData = template.resolve(launch.data['UserData']);
  const ip = publicIpOf(template, launch);
  return {
    ...(imageText !== undefined ? { ami: { value: imageText, path: [...launch.dataPath, 'ImageId'] } } : {}),
    ...(typeof userData === 'string' ? { userData } : {}),
    ...(ip.value !== undefined ? { associatePublicIp: ip.value } : {}),
    ...(ip.path ? { associatePublicIpPath: ip.path } : {}),
    ...(ip.parameter ? { associatePublicIpParameter: ip.parameter } : {}),
  };
}

/**
 * A managed node group's kubelet version: `Version`, else an AL2/AL2023 `ReleaseVersion`, else
 * the custom AMI of its launch template; with none of them EKS runs the cluster's version.
 */
function managedNodeVersion(
  template: CfnTemplate,
  id: string,
  p: Obj,
  version: string | undefined,
  amiType: string | undefined,
  lt: LaunchData | undefined,
): NodeVersionReading {
  if (p['Version'] !== undefined) {
    if (version !== undefined) return { kind: 'pinned', version: { value: version, path: resourcePath(id, 'Properties', 'Version'), from: 'Version' } };
    const r = template.resolve(p['Version']);
    return { kind: 'unknown', reason: `its Version is not fixed by the template (${isUnknown(r) ? r.reason : 'not a string'})` };
  }
  const release = resolvedString(template, p['ReleaseVersion']);
  const releaseMinor = release !== undefined ? minorOfReleaseVersion(release, amiType) : undefined;
  if (release !== undefined && releaseMinor !== undefined) {
    return { kind: 'pinned', version: { value: releaseMinor, path: resourcePath(id, 'Properties', 'ReleaseVersion'), from: `ReleaseVersion ${release}` } };
  }
  if (lt && lt.data['ImageId'] !== undefined) return readCfnImageId(template, lt.data['ImageId'], [...lt.dataPath, 'ImageId']);
  return FOLLOWS_CLUSTER;
}

const EKS_BOOTSTRAP = /\/etc\/eks\/bootstrap\.sh|nodeadm|node\.eks\.aws|bootstrap\.sh/;

/**
 * `InstanceTypes` of an `AWS::EKS::Nodegroup`: a list, or a Parameter (a CommaDelimitedList, or a
 * list of `Ref`s) whose Default stands in, as for the Auto Scaling group's launch type.
 */
function nodegroupInstanceTypes(types: unknown): string[] | undefined {
  const fromDefault = (v: unknown): string[] => {
    if (!isUnknown(v)) return typeof v === 'string' ? [v] : [];
    const d = v.default;
    if (typeof d === 'string')
      return d
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== '');
    return Array.isArray(d) ? d.filter((t): t is string => typeof t === 'string') : [];
  };
  if (Array.isArray(types)) return types.flatMap(fromDefault);
  return isUnknown(types) ? fromDefault(types) : undefined;
}

/** `AWS::EKS::Nodegroup` and EKS worker `AWS::AutoScaling::AutoScalingGroup` resources. */
export function cfnNodeGroups(template: CfnTemplate): NodeGroup[] {
  const groups: NodeGroup[] = [];
  for (const [id, resource] of Object.entries(template.resources)) {
    const p = resource.Properties ?? {};
    if (resource.Type === 'AWS::EKS::Nodegroup') {
      const lt = launchData(template, resourceRef(get(p, 'LaunchTemplate', 'Id')) ?? resourceRef(get(p, 'LaunchTemplate', 'Name')));
      const ltType = lt ? resolvedString(template, lt.data['InstanceType']) : undefined;
      const instanceTypes = nodegroupInstanceTypes(template.resolve(p['InstanceTypes'])) ?? (ltType ? [ltType] : []);
      const versionText = template.ref.doc.valueText(resourcePath(id, 'Properties', 'Version'));
      const versionValue = template.resolve(p['Version']);
      const version = typeof versionValue === 'number' && versionText !== undefined ? versionText.replace(/['"]/g, '') : resolvedString(template, p['Version']);
      const amiType = asString(template.resolve(p['AmiType']));
      const min = resolvedNumber(template, get(p, 'ScalingConfig', 'MinSize'));
      const max = resolvedNumber(template, get(p, 'ScalingConfig', 'MaxSize'));
      const desired = resolvedNumber(template, get(p, 'ScalingConfig', 'DesiredSize'));
      const clusterName = clusterNameOf(template, p['ClusterName']);
      groups.push({
        kind: 'AWS::EKS::Nodegroup',
        name: resolvedString(template, p['NodegroupName']) ?? id,
        ref: template.ref,
        source: 'cfn-nodegroup',
        ...(clusterName !== undefined ? { clusterName } : {}),
        path: resourcePath(id),
        instanceTypes,
        instanceTypesPath:
          p['InstanceTypes'] !== undefined ? resourcePath(id, 'Properties', 'InstanceTypes') : lt ? [...lt.dataPath, 'InstanceType'] : resourcePath(id),
        ...(min !== undefined ? { minSize: min } : {}),
        ...(max !== undefined ? { maxSize: max, maxSizePath: resourcePath(id, 'Properties', 'ScalingConfig', 'MaxSize') } : {}),
        ...(desired !== undefined ? { desiredSize: desired } : {}),
        labels: stringMap(template.resolve(p['Labels'])),
        taints: awsTaints(template.resolve(p['Taints'])),
        kubelet: {},
        ...(amiType !== undefined ? { amiFamily: amiType } : {}),
        managed: true,
        ...nodeVersionFields(managedNodeVersion(template, id, p, version, amiType, lt)),
        ...launchCommon(template, lt),
        subnets: p['Subnets'] !== undefined ? subnetRefs(template, p['Subnets']) : [],
        subnetsPath: resourcePath(id, 'Properties', 'Subnets'),
      });
      continue;
    }
    if (resource.Type !== 'AWS::AutoScaling::AutoScalingGroup') continue;
    const mixed = asObject(get(p, 'MixedInstancesPolicy', 'LaunchTemplate'));
    const ltSpec = mixed ? get(mixed, 'LaunchTemplateSpecification') : p['LaunchTemplate'];
    const launch =
      launchData(template, resourceRef(p['LaunchConfigurationName'])) ??
      launchData(template, resourceRef(get(ltSpec, 'LaunchTemplateId')) ?? resourceRef(get(ltSpec, 'LaunchTemplateName')));
    const tags = asArray(p['Tags']);
    const clusterTag = tags
      .map((t) => resolvedString(template, get(t, 'Key')))
      .find((k): k is string => k !== undefined && k.startsWith('kubernetes.io/cluster/'));
    const common = launchCommon(template, launch);
    const imageId = launch?.data['ImageId'];
    const nodeVersion: NodeVersionReading =
      launch && imageId !== undefined
        ? readCfnImageId(template, imageId, [...launch.dataPath, 'ImageId'])
        : {
            kind: 'unknown',
            reason: launch ? 'its launch data has no ImageId' : 'its launch configuration or template is not a resource this template references by Ref',
          };
    const isEks = clusterTag !== undefined || (common.userData !== undefined && EKS_BOOTSTRAP.test(common.userData));
    if (!isEks) continue;
    const overrides = asArray(get(mixed, 'Overrides'))
      .map((o) => resolvedString(template, get(o, 'InstanceType')))
      .filter((t): t is string => t !== undefined);
    const launchType = launch ? resolvedString(template, launch.data['InstanceType']) : undefined;
    const launchTypeRaw = launch ? template.resolve(launch.data['InstanceType']) : undefined;
    const defaultType = isUnknown(launchTypeRaw) && typeof launchTypeRaw.default === 'string' ? launchTypeRaw.default : undefined;
    const instanceTypes = overrides.length > 0 ? overrides : launchType ? [launchType] : defaultType ? [defaultType] : [];
    const min = resolvedNumber(template, p['MinSize']) ?? asNumber(get(template.resolve(p['MinSize']), 'default'));
    const max = resolvedNumber(template, p['MaxSize']) ?? asNumber(get(template.resolve(p['MaxSize']), 'default'));
    const desired = resolvedNumber(template, p['DesiredCapacity']) ?? asNumber(get(template.resolve(p['DesiredCapacity']), 'default'));
    const clusterName = clusterTag?.slice('kubernetes.io/cluster/'.length);
    groups.push({
      kind: 'AWS::AutoScaling::AutoScalingGroup',
      name: id,
      ref: template.ref,
      source: 'cfn-autoscaling',
      ...(clusterName ? { clusterName } : {}),
      path: resourcePath(id),
      instanceTypes,
      instanceTypesPath:
        overrides.length > 0 ? resourcePath(id, 'Properties', 'MixedInstancesPolicy') : launch ? [...launch.dataPath, 'InstanceType'] : resourcePath(id),
      ...(min !== undefined ? { minSize: min } : {}),
      ...(max !== undefined ? { maxSize: max, maxSizePath: resourcePath(id, 'Properties', 'MaxSize') } : {}),
      ...(desired !== undefined ? { desiredSize: desired } : {}),
      labels: {},
      taints: [],
      kubelet: {},
      managed: false,
      ...common,
      ...nodeVersionFields(nodeVersion),
      subnets: p['VPCZoneIdentifier'] !== undefined ? subnetRefs(template, p['VPCZoneIdentifier']) : [],
      subnetsPath: resourcePath(id, 'Properties', 'VPCZoneIdentifier'),
    });
  }
  return groups;
}

export { subnetRefs as cfnSubnetRefs };
