import { kubeletConfiguration } from './kubelet.js';
import { normalizeEffect, readRequirements } from './kubernetes.js';
import type { Manifest, NodeGroup, SubnetRef, Taint } from './types.js';
import { asArray, asBoolean, asNumber, asString, get, stringMap } from './util.js';
import { nodeVersionFields, readKarpenterAmi } from './versions.js';

export function isNodePool(m: Manifest): boolean {
  return (m.kind === 'NodePool' && m.apiVersion.startsWith('karpenter.sh/')) || (m.kind === 'Provisioner' && m.apiVersion.startsWith('karpenter.sh/'));
}

export function isNodeClass(m: Manifest): boolean {
  return (m.kind === 'EC2NodeClass' || m.kind === 'AWSNodeTemplate') && m.apiVersion.startsWith('karpenter.k8s.aws/');
}

function taints(value: unknown): Taint[] {
  return asArray(value).flatMap((t) => {
    const key = asString(get(t, 'key'));
    const effect = normalizeEffect(get(t, 'effect'));
    const v = asString(get(t, 'value'));
    return key && effect ? [{ key, effect, ...(v ? { value: v } : {}) }] : [];
  });
}

function subnetSelector(nodeClass: Manifest | undefined): SubnetRef[] {
  if (!nodeClass) return [];
  const terms = asArray(get(nodeClass.raw, 'spec', 'subnetSelectorTerms'));
  if (terms.length > 0) {
    return terms.map((t): SubnetRef => {
      const id = asString(get(t, 'id'));
      return { kind: 'selector', tags: stringMap(get(t, 'tags')), ids: id ? [id] : [] };
    });
  }
  const legacy = stringMap(get(nodeClass.raw, 'spec', 'subnetSelector'));
  return Object.keys(legacy).length ? [{ kind: 'selector', tags: legacy, ids: [] }] : [];
}

/**
 * A NodePool (or v1alpha5 Provisioner) joined with the EC2NodeClass it names. Instance
 * types are left to `requirements`: the memory rules resolve them against the data table.
 */
export function karpenterNodeGroups(manifests: readonly Manifest[]): NodeGroup[] {
  const classes = new Map(manifests.filter(isNodeClass).map((m) => [m.name, m]));
  return manifests.filter(isNodePool).map((pool): NodeGroup => {
    const isV1alpha = pool.kind === 'Provisioner';
    const spec = isV1alpha ? get(pool.raw, 'spec') : get(pool.raw, 'spec', 'template', 'spec');
    const specPath = isV1alpha ? ['spec'] : ['spec', 'template', 'spec'];
    const className = asString(get(spec, 'nodeClassRef', 'name')) ?? asString(get(spec, 'providerRef', 'name'));
    const nodeClass = className ? classes.get(className) : undefined;
    const requirements = readRequirements(get(spec, 'requirements'));
    const labels = isV1alpha ? stringMap(get(spec, 'labels')) : stringMap(get(pool.raw, 'spec', 'template', 'metadata', 'labels'));
    const kubeletValue = get(nodeClass?.raw, 'spec', 'kubelet') ?? get(spec, 'kubelet') ?? get(spec, 'kubeletConfiguration');
    const amiFamily = asString(get(nodeClass?.raw, 'spec', 'amiFamily'));
    const alias = asArray(get(nodeClass?.raw, 'spec', 'amiSelectorTerms'))
      .map((t) => asString(get(t, 'alias')))
      .find((a) => a !== undefined);
    const publicIp = asBoolean(get(nodeClass?.raw, 'spec', 'associatePublicIPAddress'));
    const maxNodes = asNumber(get(pool.raw, 'spec', 'limits', 'nodes'));
    return {
      kind: pool.kind,
      name: pool.name,
      ref: pool.ref,
      source: 'karpenter',
      path: ['metadata', 'name'],
      instanceTypes: requirements.filter((r) => r.key === 'node.kubernetes.io/instance-type' && r.operator === 'In').flatMap((r) => r.values),
      instanceTypesPath: [...specPath, 'requirements'],
      requirements,
      ...(maxNodes !== undefined ? { maxSize: maxNodes } : {}),
      labels,
      taints: taints(get(spec, 'taints')),
      kubelet: kubeletConfiguration(kubeletValue),
      ...(amiFamily !== undefined ? { amiFamily } : alias ? { amiFamily: alias.split('@')[0] ?? alias } : {}),
      managed: false,
      ...(nodeClass ? { nodeClass } : {}),
      ...nodeVersionFields(readKarpenterAmi(nodeClass)),
      subnets: subnetSelector(nodeClass),
      ...(publicIp !== undefined ? { associatePublicIp: publicIp } : {}),
    };
  });
}
