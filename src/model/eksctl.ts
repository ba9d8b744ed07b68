import { parseQuantity } from './quantity.js';
import { kubeletSettings } from './kubelet.js';
import { normalizeEffect, readRequirements } from './kubernetes.js';
import type { Cluster, KubeletSettings, Manifest, NodeGroup, SubnetRef, Taint } from './types.js';
import { asArray, asBoolean, asNumber, asObject, asString, get, normalizeMinor, stringMap } from './util.js';
import { FOLLOWS_CLUSTER, minorOfReleaseVersion, nodeVersionFields, readEksctlAmi, supportTypeOf, type NodeVersionReading } from './versions.js';

export function isEksctlConfig(m: Manifest): boolean {
  return m.kind === 'ClusterConfig' && m.apiVersion.startsWith('eksctl.io/');
}

/** eksctl accepts taints as a list of {key, value, effect} or, in older configs, a map "key: value:Effect". */
function eksctlTaints(value: unknown): Taint[] {
  if (Array.isArray(value)) {
    return value.flatMap((t) => {
      const key = asString(get(t, 'key'));
      const effect = normalizeEffect(get(t, 'effect'));
      const v = asString(get(t, 'value'));
      return key && effect ? [{ key, effect, ...(v ? { value: v } : {}) }] : [];
    });
  }
  return Object.entries(stringMap(value)).flatMap(([key, spec]) => {
    const [v, effectText] = spec.includes(':') ? spec.split(':') : ['', spec];
    const effect = normalizeEffect(effectText);
    return effect ? [{ key, effect, ...(v ? { value: v } : {}) }] : [];
  });
}

function eksctlKubelet(ng: unknown): KubeletSettings {
  const extra = asObject(get(ng, 'kubeletExtraConfig')) ?? {};
  // Bottlerocket node groups pass kubelet settings as Bottlerocket settings (kebab-case keys).
  const br = asObject(get(ng, 'bottlerocket', 'settings', 'kubernetes')) ?? {};
  const maxPods = asNumber(get(ng, 'maxPodsPerNode')) ?? asNumber(extra['maxPods']) ?? asNumber(br['max-pods']);
  const kubeReserved = parseQuantity(get(extra, 'kubeReserved', 'memory')) ?? parseQuantity(get(br, 'kube-reserved', 'memory'));
  const systemReserved = parseQuantity(get(extra, 'systemReserved', 'memory')) ?? parseQuantity(get(br, 'system-reserved', 'memory'));
  const eviction = asString(get(extra, 'evictionHard', 'memory.available')) ?? asString(get(br, 'eviction-hard', 'memory.available'));
  return kubeletSettings({ maxPods, kubeReservedMemory: kubeReserved, systemReservedMemory: systemReserved, evictionHardMemory: eviction });
}

/**
 * The declared subnet a node group names (a key of `vpc.subnets.public/private` or a subnet id).
 * eksctl looks in the mapping its networking selects first (private with `privateNetworking`),
 * then in the other one (eksctl 0.200 `pkg/vpc/vpc.go` selectNodeGroupSubnetsFromIDs).
 */
function declaredSubnet(config: Manifest, nameOrId: string, privateNetworking: boolean): { access: 'public' | 'private'; id?: string } | undefined {
  const order = privateNetworking ? (['private', 'public'] as const) : (['public', 'private'] as const);
  for (const access of order) {
    const subnets = asObject(get(config.raw, 'vpc', 'subnets', access)) ?? {};
    for (const [name, spec] of Object.entries(subnets)) {
      const id = asString(get(spec, 'id'));
      if (name === nameOrId || id === nameOrId) return { access, ...(id !== undefined ? { id } : {}) };
    }
  }
  return undefined;
}

function nodeGroupSubnets(config: Manifest, ng: unknown): SubnetRef[] {
  const privateNetworking = asBoolean(get(ng, 'privateNetworking')) === true;
  const explicit = asArray(get(ng, 'subnets'))
    .map(asString)
    .filter((s): s is string => s !== undefined);
  if (explicit.length > 0) {
    return explicit.map((s): SubnetRef => {
      const found = declaredSubnet(config, s, privateNetworking);
      if (found) return { kind: 'eksctl', access: found.access, name: s, ...(found.id !== undefined ? { id: found.id } : {}) };
      return /^subnet-[0-9a-f]+$/.test(s) ? { kind: 'id', id: s } : { kind: 'unknown', reason: `subnet ${s} is not in vpc.subnets` };
    });
  }
  // eksctl places node groups in the public subnets unless privateNetworking is set. A config that
  // lists existing subnets but none of that kind gives eksctl nowhere to put them: not a placement.
  const access = privateNetworking ? 'private' : 'public';
  const declared = asObject(get(config.raw, 'vpc', 'subnets'));
  if (declared && Object.keys(asObject(declared[access]) ?? {}).length === 0) {
    return [{ kind: 'unknown', reason: `vpc.subnets lists no ${access} subnets` }];
  }
  return [{ kind: 'eksctl', access }];
}

/** eksctl creates both built-in Auto Mode pools unless `autoModeConfig.nodePools` lists others. */
function autoModeNodePools(config: Manifest): Pick<Cluster, 'autoModeNodePools'> {
  if (asBoolean(get(config.raw, 'autoModeConfig', 'enabled')) !== true) return {};
  const listed = get(config.raw, 'autoModeConfig', 'nodePools');
  const names = Array.isArray(listed) ? listed.map(asString).filter((n): n is string => n !== undefined) : ['general-purpose', 'system'];
  return { autoModeNodePools: { names, path: listed !== undefined ? ['autoModeConfig', 'nodePools'] : ['autoModeConfig'] } };
}

/**
 * The shape `eksctl create nodegroup -f` takes: the cluster's name and node groups, no version
 * and no VPC. Beside a file that defines the cluster of that name, it only adds node groups and
 * sets no endpoint; alone, it is indistinguishable from a cluster left at eksctl's defaults.
 */
export function isNodeGroupOnlyConfig(config: Manifest): boolean {
  return (
    get(config.raw, 'metadata', 'version') === undefined &&
    get(config.raw, 'vpc') === undefined &&
    (get(config.raw, 'nodeGroups') !== undefined || get(config.raw, 'managedNodeGroups') !== undefined)
  );
}

export function eksctlCluster(config: Manifest): Cluster {
  const endpoints = asObject(get(config.raw, 'vpc', 'clusterEndpoints')) ?? {};
  const publicAccess = asBoolean(endpoints['publicAccess']);
  const privateAccess = asBoolean(endpoints['privateAccess']);
  const cidrs = asArray(get(config.raw, 'vpc', 'publicAccessCIDRs'))
    .map(asString)
    .filter((c): c is string => c !== undefined);
  const versionRaw = get(config.raw, 'metadata', 'version');
  const versionText = config.ref.doc.valueText([...config.ref.base, 'metadata', 'version']);
  // A version that is not "1.N" is kept as written, so that it is reported rather than dropped.
  const version =
    normalizeMinor(versionRaw, versionText) ??
    (versionRaw !== undefined && versionRaw !== null
      ? String(versionText ?? versionRaw)
          .trim()
          .replace(/^['"]|['"]$/g, '')
      : undefined);
  const supportType = supportTypeOf(get(config.raw, 'upgradePolicy', 'supportType'));
  return {
    kind: 'ClusterConfig',
    name: config.name,
    ref: config.ref,
    source: 'eksctl',
    path: ['metadata', 'name'],
    ...(version !== undefined ? { version: { value: version, path: ['metadata', 'version'] } } : {}),
    endpoint: {
      ...(publicAccess !== undefined ? { publicAccess } : {}),
      ...(privateAccess !== undefined ? { privateAccess } : {}),
      ...(get(config.raw, 'vpc', 'publicAccessCIDRs') !== undefined ? { publicCidrs: cidrs } : {}),
      path: get(config.raw, 'vpc', 'clusterEndpoints') !== undefined ? ['vpc', 'clusterEndpoints'] : ['metadata', 'name'],
    },
    ...(supportType ? { supportType: { value: supportType, path: ['upgradePolicy', 'supportType'] } } : {}),
    subnets: [],
    ...(asBoolean(get(config.raw, 'privateCluster', 'enabled')) === true ? { privateCluster: true } : {}),
    ...(asBoolean(get(config.raw, 'autoModeConfig', 'enabled')) !== undefined
      ? { autoMode: asBoolean(get(config.raw, 'autoModeConfig', 'enabled')) as boolean }
      : {}),
    ...autoModeNodePools(config),
  };
}

export function eksctlNodeGroups(config: Manifest): NodeGroup[] {
  const out: NodeGroup[] = [];
  for (const [field, managed] of [
    ['nodeGroups', false],
    ['managedNodeGroups', true],
  ] as const) {
    asArray(config.raw[field]).forEach((ng, i) => {
      const path = [field, i];
      const distributionTypes = asArray(get(ng, 'instancesDistribution', 'instanceTypes')).map(asString);
      const listTypes = asArray(get(ng, 'instanceTypes')).map(asString);
      const single = asString(get(ng, 'instanceType'));
      const instanceTypes = [...(single && single !== 'mixed' ? [single] : []), ...listTypes, ...distributionTypes].filter((t): t is string => t !== undefined);
      const instanceTypesPath =
        single !== undefined
          ? [...path, 'instanceType']
          : listTypes.length
            ? [...path, 'instanceTypes']
            : distributionTypes.length
              ? [...path, 'instancesDistribution', 'instanceTypes']
              : path;
      const min = asNumber(get(ng, 'minSize'));
      const max = asNumber(get(ng, 'maxSize'));
      const desired = asNumber(get(ng, 'desiredCapacity'));
      const ami = asString(get(ng, 'ami'));
      const amiFamily = asString(get(ng, 'amiFamily'));
      const privateNetworking = asBoolean(get(ng, 'privateNetworking'));
      const releaseVersion = asString(get(ng, 'releaseVersion'));
      // The node's bootstrap script when eksctl's is replaced: it may carry kubelet flags.
      const userData = asString(get(ng, 'overrideBootstrapCommand'));
      const versionFromRelease = releaseVersion ? minorOfReleaseVersion(releaseVersion, amiFamily) : undefined;
      // Without a release version or a pinning AMI, eksctl builds the nodes for the cluster's version.
      const nodeVersion: NodeVersionReading =
        versionFromRelease !== undefined
          ? { kind: 'pinned', version: { value: versionFromRelease, path: [...path, 'releaseVersion'], from: `releaseVersion ${releaseVersion}` } }
          : ami !== undefined
            ? readEksctlAmi(ami, [...path, 'ami'])
            : FOLLOWS_CLUSTER;
      out.push({
        kind: managed ? 'ManagedNodeGroup' : 'NodeGroup',
        name: asString(get(ng, 'name')) ?? `${field}[${i}]`,
        ref: config.ref,
        source: managed ? 'eksctl-managed' : 'eksctl-nodegroup',
        clusterName: config.name,
        path,
        instanceTypes,
        instanceTypesPath,
        ...(min !== undefined ? { minSize: min } : {}),
        ...(max !== undefined ? { maxSize: max, maxSizePath: [...path, 'maxSize'] } : {}),
        ...(desired !== undefined ? { desiredSize: desired } : {}),
        labels: stringMap(get(ng, 'labels')),
        taints: eksctlTaints(get(ng, 'taints')),
        kubelet: eksctlKubelet(ng),
        ...(amiFamily !== undefined ? { amiFamily } : {}),
        managed,
        ...nodeVersionFields(nodeVersion),
        ...(ami !== undefined ? { ami: { value: ami, path: [...path, 'ami'] } } : {}),
        ...(userData !== undefined ? { userData } : {}),
        subnets: nodeGroupSubnets(config, ng),
        subnetsPath:
          get(ng, 'subnets') !== undefined ? [...path, 'subnets'] : privateNetworking !== undefined ? [...path, 'privateNetworking'] : [...path, 'name'],
        ...(privateNetworking !== undefined ? { privateNetworking } : {}),
      });
    });
  }
  return out;
}

export { readRequirements };
