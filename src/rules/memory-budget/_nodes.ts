/**
 * Node types and their memory budgets: for every node group, the instance types it can launch,
 * each with its allocatable memory after the VM overhead, kube-reserved, system-reserved and the
 * hard eviction threshold (data/allocatable.md §2–3, §6), and what its nodes are
 * labelled and tainted with.
 */
import { allInstanceTypes, instanceType, type InstanceTypeInfo } from '../../data/instance-types.js';
import type { PathSegment } from '../../load/types.js';
import { parseQuantity } from '../../model/quantity.js';
import type { KubeletSettings, ModelObject, NodeGroup, NodeSelectorRequirement, PodSpecInfo, Taint, Workload } from '../../model/types.js';
import { ABSENT, evaluate, labelValue, UNKNOWN, type LabelValue, type NodeView } from './_match.js';
import { parseUserData, type UserDataSettings } from './_userdata.js';
import { mem, mib } from './_units.js';

/** Karpenter's default `vmMemoryOverheadPercent`: memory the hypervisor and OS keep (allocatable.md §3). */
export const VM_OVERHEAD_RATIO = 0.075;
/** Graviton CMA memory Karpenter subtracts on arm64 (allocatable.md §3). */
export const ARM64_RESERVED_MIB = 64;
/**
 * Upper bound of kubelet capacity / nominal memory (allocatable.md §6.2). A pod that does not fit
 * even this optimistic node surely does not fit: errors use it, warnings the conservative estimate.
 */
export const OPTIMISTIC_CAPACITY_RATIO = 0.97;
export const DEFAULT_EVICTION_MIB = 100;
/** Kubelet's own default pod limit, used when bootstrap is told not to set one. */
const KUBELET_DEFAULT_MAX_PODS = 110;

export type AmiKind = 'amazon-linux' | 'bottlerocket' | 'windows';

/** The memory budget of one instance type under one node group's settings. Bytes. */
export interface Budget {
  readonly type: InstanceTypeInfo;
  readonly ami: AmiKind;
  readonly nominal: number;
  /** Karpenter's VM overhead estimate, including the arm64 reserve. */
  readonly vmOverhead: number;
  readonly kubeReserved: number;
  /** How kube-reserved was found: "11 × 29 ENI max pods + 255" or "set by the node group". */
  readonly kubeReservedFrom: string;
  readonly systemReserved: number;
  readonly eviction: number;
  readonly evictionText: string;
  /** Allocatable with Karpenter's conservative capacity (allocatable.md §6.1). */
  readonly conservative: number;
  /** Allocatable with the optimistic capacity bound (allocatable.md §6.2). */
  readonly optimistic: number;
  /** The kubelet's pod limit. */
  readonly maxPods: number;
}

function evictionBytes(setting: string | undefined, capacity: number): number | undefined {
  if (setting === undefined) return undefined;
  const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(setting);
  if (percent) return (Number(percent[1]) / 100) * capacity;
  const bytes = parseQuantity(setting);
  return bytes !== undefined && bytes >= 0 ? bytes : undefined;
}

const nonNegative = (n: number | undefined): number | undefined => (n !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined);

/**
 * Allocatable memory of an instance type. EKS AMIs reserve `11 × pods + 255` MiB for the
 * kubelet: Amazon Linux on the ENI max pods even when max-pods is overridden, Bottlerocket on the
 * resolved max-pods; explicit kube-reserved wins. Windows is not modelled (undefined).
 */
export function budgetOf(type: InstanceTypeInfo, ami: AmiKind, kubelet: KubeletSettings, useMaxPods?: boolean): Budget | undefined {
  if (ami === 'windows') return undefined;
  const nominalMiB = type.memoryMiB;
  const baseMiB = nominalMiB - (type.arch === 'arm64' ? ARM64_RESERVED_MIB : 0);
  const capacityMiB = baseMiB - Math.ceil(baseMiB * VM_OVERHEAD_RATIO);
  const optimisticCapacityMiB = nominalMiB * OPTIMISTIC_CAPACITY_RATIO;
  const overrideMaxPods = kubelet.maxPods !== undefined && kubelet.maxPods > 0 ? Math.floor(kubelet.maxPods) : undefined;
  const maxPods = overrideMaxPods ?? (useMaxPods === false && ami === 'amazon-linux' ? KUBELET_DEFAULT_MAX_PODS : type.eniMaxPods);
  const reservePods = ami === 'bottlerocket' ? maxPods : type.eniMaxPods;
  const kubeReservedOverride = nonNegative(kubelet.kubeReservedMemory);
  const kubeReserved = kubeReservedOverride ?? mib(11 * reservePods + 255);
  const kubeReservedFrom =
    kubeReservedOverride !== undefined
      ? 'kube-reserved set on the node group'
      : `11 × ${reservePods} ${ami === 'bottlerocket' ? 'max pods' : 'ENI max pods'} + 255`;
  const systemReserved = nonNegative(kubelet.systemReservedMemory) ?? 0;
  const capacity = mib(capacityMiB);
  const optimisticCapacity = mib(optimisticCapacityMiB);
  const eviction = evictionBytes(kubelet.evictionHardMemory, capacity) ?? mib(DEFAULT_EVICTION_MIB);
  const evictionOptimistic = evictionBytes(kubelet.evictionHardMemory, optimisticCapacity) ?? mib(DEFAULT_EVICTION_MIB);
  const reserved = kubeReserved + systemReserved;
  return {
    type,
    ami,
    nominal: mib(nominalMiB),
    vmOverhead: mib(nominalMiB - capacityMiB),
    kubeReserved,
    kubeReservedFrom,
    systemReserved,
    eviction,
    evictionText: kubelet.evictionHardMemory !== undefined && evictionBytes(kubelet.evictionHardMemory, capacity) !== undefined ? kubelet.evictionHardMemory : mem(eviction),
    conservative: capacity - reserved - eviction,
    optimistic: optimisticCapacity - reserved - evictionOptimistic,
    maxPods,
  };
}

/** "nominal 4Gi − 308Mi VM overhead − 574Mi kube-reserved − 100Mi eviction". */
export function budgetTerms(b: Budget, fmt: (bytes: number) => string = mem): string {
  const terms = [`nominal ${fmt(b.nominal)}`, `${fmt(b.vmOverhead)} VM overhead`, `${fmt(b.kubeReserved)} kube-reserved`];
  if (b.systemReserved > 0) terms.push(`${fmt(b.systemReserved)} system-reserved`);
  terms.push(`${fmt(b.eviction)} eviction`);
  return terms.join(' − ');
}

/** The whole computation, one line a step, for `details`. */
export function budgetDetails(b: Budget): string[] {
  const t = b.type;
  const n = t.memoryMiB;
  const arm = t.arch === 'arm64' ? ` − ${ARM64_RESERVED_MIB} (arm64)` : '';
  const base = n - (t.arch === 'arm64' ? ARM64_RESERVED_MIB : 0);
  const toMi = (bytes: number): string => String(Math.round(bytes / mib(1)));
  return [
    `${t.name}: ${t.vcpu} vCPU, ${n}Mi nominal, ${t.arch}, ENI max pods ${t.eniMaxPods}, pod limit ${b.maxPods}, ${b.ami === 'bottlerocket' ? 'Bottlerocket' : 'Amazon Linux'} reserves`,
    `  capacity (Karpenter estimate) = ${n}${arm} − ceil(${base} × ${VM_OVERHEAD_RATIO}) = ${toMi(b.nominal - b.vmOverhead)}Mi`,
    `  kube-reserved = ${b.kubeReservedFrom} = ${toMi(b.kubeReserved)}Mi; system-reserved = ${toMi(b.systemReserved)}Mi; eviction (memory.available) = ${b.evictionText}`,
    `  allocatable = ${toMi(b.nominal - b.vmOverhead)} − ${toMi(b.kubeReserved)} − ${toMi(b.systemReserved)} − ${toMi(b.eviction)} = ${toMi(b.conservative)}Mi (optimistic bound ${OPTIMISTIC_CAPACITY_RATIO} × nominal: ${toMi(b.optimistic)}Mi)`,
  ];
}

// ---------------------------------------------------------------------------------------------
// Labels

const INSTANCE_TYPE_KEYS = ['node.kubernetes.io/instance-type', 'beta.kubernetes.io/instance-type'];
const ARCH_KEYS = ['kubernetes.io/arch', 'beta.kubernetes.io/arch'];
const OS_KEYS = new Set(['kubernetes.io/os', 'beta.kubernetes.io/os']);

/** Labels whose value depends on the instance type (Kubernetes well-known and Karpenter's). */
export const TYPE_KEYS: ReadonlySet<string> = new Set([
  ...INSTANCE_TYPE_KEYS,
  ...ARCH_KEYS,
  'karpenter.k8s.aws/instance-family',
  'karpenter.k8s.aws/instance-size',
  'karpenter.k8s.aws/instance-cpu',
  'karpenter.k8s.aws/instance-memory',
  'karpenter.k8s.aws/instance-category',
  'karpenter.k8s.aws/instance-generation',
]);

function typeLabel(type: InstanceTypeInfo, key: string): LabelValue {
  if (INSTANCE_TYPE_KEYS.includes(key)) return labelValue(type.name);
  if (ARCH_KEYS.includes(key)) return labelValue(type.arch);
  const generation = /^([a-z]+)(\d+)/.exec(type.family);
  switch (key) {
    case 'karpenter.k8s.aws/instance-family':
      return labelValue(type.family);
    case 'karpenter.k8s.aws/instance-size':
      return labelValue(type.size);
    case 'karpenter.k8s.aws/instance-cpu':
      return labelValue(String(type.vcpu));
    case 'karpenter.k8s.aws/instance-memory':
      return labelValue(String(type.memoryMiB));
    case 'karpenter.k8s.aws/instance-category':
      return generation?.[1] ? labelValue(generation[1]) : UNKNOWN;
    case 'karpenter.k8s.aws/instance-generation':
      return generation?.[2] ? labelValue(generation[2]) : UNKNOWN;
    default:
      return UNKNOWN;
  }
}

/** Labels set on nodes by the cloud, operators or the kubelet, whose values the manifests do not fix. */
const UNKNOWN_VALUED = [
  /^topology\.kubernetes\.io\//,
  /^failure-domain\.beta\.kubernetes\.io\//,
  /^kubernetes\.io\/hostname$/,
  /^topology\.k8s\.aws\//,
  /^topology\.ebs\.csi\.aws\.com\//,
  /^feature\.node\.kubernetes\.io\//,
  /^nvidia\.com\//,
  /^k8s\.amazonaws\.com\//,
  /^vpc\.amazonaws\.com\//,
  /^node\.kubernetes\.io\//,
];
const MANAGED_UNKNOWN = /^eks\.amazonaws\.com\//;
const KARPENTER_UNKNOWN = /^karpenter\.(?:sh|k8s\.aws)\//;

// ---------------------------------------------------------------------------------------------
// Targets: node groups, and instance types named by a pod when the repo has no node group

/** A node group (or a pod's own instance-type selector) resolved to node types with budgets. */
export interface NodeTarget {
  /** What findings about the target point at. */
  readonly subject: ModelObject;
  /** Where: the instance type(s) of the group, or the pod's selector. */
  readonly at: readonly PathSegment[];
  /** "node group ng-1", "NodePool default", "the pod's instance-type selector". */
  readonly label: string;
  readonly group?: NodeGroup;
  /** Built from a workload's instance-type selector (no node group in its scope). */
  readonly virtualFor?: Workload;
  readonly karpenter: boolean;
  readonly ami: AmiKind;
  /** Budgets of the instance types it can launch that the table knows, smallest memory first. */
  readonly budgets: readonly Budget[];
  /** Instance types it names that the table does not know. */
  readonly unknownTypes: readonly string[];
  /** It may launch instance types we have no budget for (not stated, not in the table, Windows). */
  readonly typesIncomplete: boolean;
  /** Karpenter requirements we could not evaluate: `budgets` is a superset of what it launches. */
  readonly approximate: boolean;
  readonly maxSize?: number;
  view(budget?: Budget): NodeView;
  /** The budget another instance type would have under the same settings (for suggestions). */
  budgetFor(type: InstanceTypeInfo): Budget | undefined;
}

/** The AMI family from what the node group says (eksctl amiFamily, EKS AmiType, Karpenter, image path, user data). */
export function amiKindOf(group: NodeGroup, userData: UserDataSettings): AmiKind {
  const said = `${group.amiFamily ?? ''} ${group.ami?.value ?? ''}`.toLowerCase();
  if (said.includes('windows')) return 'windows';
  if (said.includes('bottlerocket') || userData.family === 'bottlerocket') return 'bottlerocket';
  return 'amazon-linux';
}

function mergeKubelet(model: KubeletSettings, userData: KubeletSettings): KubeletSettings {
  // Flags on the kubelet command line override its config file (eksctl kubeletExtraConfig).
  return { ...model, ...userData };
}

/** Karpenter requirements on keys we cannot evaluate against the table keep every type (a superset). */
function karpenterCandidates(requirements: readonly NodeSelectorRequirement[]): { types: InstanceTypeInfo[]; approximate: boolean; unknown: string[] } {
  const typeReqs = requirements.filter((r) => TYPE_KEYS.has(r.key));
  const approximate = requirements.some((r) => !TYPE_KEYS.has(r.key) && r.key.startsWith('karpenter.k8s.aws/'));
  const types = allInstanceTypes().filter((t) => typeReqs.every((r) => evaluate(r, typeLabel(t, r.key)) === 'yes'));
  const named = requirements.filter((r) => INSTANCE_TYPE_KEYS.includes(r.key) && r.operator === 'In').flatMap((r) => r.values);
  return { types, approximate, unknown: [...new Set(named.filter((n) => !instanceType(n)))] };
}

function groupLabel(group: NodeGroup): string {
  if (group.source === 'karpenter') return `${group.kind} ${group.name}`;
  if (apiDefaultType(group).length > 0 && group.instanceTypes.length === 0) return `node group ${group.name} (${EKS_DEFAULT_INSTANCE_TYPE}, the EKS default)`;
  return `node group ${group.name}`;
}

/** What `CreateNodegroup` launches when neither InstanceTypes nor a launch template names a type. */
const EKS_DEFAULT_INSTANCE_TYPE = 't3.medium';

function apiDefaultType(group: NodeGroup): string[] {
  const statesNothing =
    group.source === 'cfn-nodegroup' && group.instanceTypes.length === 0 && JSON.stringify(group.instanceTypesPath ?? group.path) === JSON.stringify(group.path);
  return statesNothing ? [EKS_DEFAULT_INSTANCE_TYPE] : [];
}

function autoLabels(group: NodeGroup): Record<string, string> {
  switch (group.source) {
    case 'eksctl-nodegroup':
      return { 'alpha.eksctl.io/nodegroup-name': group.name, ...(group.clusterName ? { 'alpha.eksctl.io/cluster-name': group.clusterName } : {}) };
    case 'eksctl-managed':
      return {
        'eks.amazonaws.com/nodegroup': group.name,
        'alpha.eksctl.io/nodegroup-name': group.name,
        ...(group.clusterName ? { 'alpha.eksctl.io/cluster-name': group.clusterName } : {}),
      };
    case 'cfn-nodegroup':
      return { 'eks.amazonaws.com/nodegroup': group.name };
    case 'karpenter':
      return {
        [group.kind === 'Provisioner' ? 'karpenter.sh/provisioner-name' : 'karpenter.sh/nodepool']: group.name,
        ...(group.nodeClass ? { 'karpenter.k8s.aws/ec2nodeclass': group.nodeClass.name } : {}),
      };
    default:
      return {};
  }
}

/** Resolves one node group: candidate types, budgets, labels and taints. */
export function nodeGroupTarget(group: NodeGroup): NodeTarget {
  const userData = parseUserData(group.userData);
  const ami = amiKindOf(group, userData);
  const kubelet = mergeKubelet(group.kubelet, userData.kubelet);
  const karpenter = group.source === 'karpenter';
  let types: InstanceTypeInfo[];
  let unknownTypes: string[];
  let approximate = false;
  if (karpenter) {
    const c = karpenterCandidates(group.requirements ?? []);
    types = c.types;
    unknownTypes = c.unknown;
    approximate = c.approximate;
  } else {
    const names = [...new Set(group.instanceTypes.length > 0 ? group.instanceTypes : apiDefaultType(group))];
    types = names.map((n) => instanceType(n)).filter((t): t is InstanceTypeInfo => t !== undefined);
    unknownTypes = names.filter((n) => !instanceType(n));
  }
  const budgets = types
    .map((t) => budgetOf(t, ami, kubelet, userData.useMaxPods))
    .filter((b): b is Budget => b !== undefined)
    .sort((a, b) => a.type.memoryMiB - b.type.memoryMiB || a.type.name.localeCompare(b.type.name));
  const explicit: Record<string, string> = { ...autoLabels(group), ...userData.labels, ...group.labels };
  const requirementLabels = new Map<string, LabelValue>();
  for (const r of group.requirements ?? []) {
    if (TYPE_KEYS.has(r.key) || OS_KEYS.has(r.key)) continue;
    const value: LabelValue =
      r.operator === 'In' ? (r.values.length === 1 && r.values[0] !== undefined ? labelValue(r.values[0]) : { kind: 'oneOf', values: r.values }) : r.operator === 'DoesNotExist' ? ABSENT : UNKNOWN;
    requirementLabels.set(r.key, value);
  }
  // A plain ASG's labels and taints come from bootstrap arguments; when those are open, we do not know them.
  const labelsKnown = !userData.argumentsUnknown && (group.source !== 'cfn-autoscaling' || group.userData !== undefined);
  const taints: Taint[] | undefined = labelsKnown ? [...group.taints, ...userData.taints] : undefined;
  const single = budgets.length === 1 && unknownTypes.length === 0 && !karpenter ? budgets[0] : undefined;
  const view = (budget?: Budget): NodeView => ({
    taints,
    label(key: string): LabelValue {
      if (TYPE_KEYS.has(key)) {
        const b = budget ?? single;
        if (b) return typeLabel(b.type, key);
        return UNKNOWN;
      }
      if (OS_KEYS.has(key)) return labelValue(ami === 'windows' ? 'windows' : 'linux');
      const value = explicit[key];
      if (value !== undefined) return labelValue(value);
      const fromRequirement = requirementLabels.get(key);
      if (fromRequirement) return fromRequirement;
      if (UNKNOWN_VALUED.some((re) => re.test(key))) return UNKNOWN;
      if (group.managed && MANAGED_UNKNOWN.test(key)) return UNKNOWN;
      if (karpenter && KARPENTER_UNKNOWN.test(key)) return UNKNOWN;
      return labelsKnown ? ABSENT : UNKNOWN;
    },
  });
  return {
    subject: group,
    at: group.instanceTypesPath ?? group.path,
    label: groupLabel(group),
    group,
    karpenter,
    ami,
    budgets,
    unknownTypes,
    typesIncomplete: unknownTypes.length > 0 || types.length === 0 || ami === 'windows',
    approximate,
    ...(group.maxSize !== undefined ? { maxSize: group.maxSize } : {}),
    view,
    budgetFor: (type) => budgetOf(type, ami, kubelet, userData.useMaxPods),
  };
}

/**
 * The instance types a pod pins itself to with the well-known label, in its nodeSelector or in
 * every term of its required node affinity; undefined when it does not pin one.
 */
export function pinnedInstanceTypes(pod: PodSpecInfo): { names: string[]; at: PathSegment[] } | undefined {
  for (const key of INSTANCE_TYPE_KEYS) {
    const value = pod.nodeSelector[key];
    if (value !== undefined) return { names: [value], at: [...pod.path, 'nodeSelector', key] };
  }
  const terms = pod.requiredNodeAffinity;
  if (terms.length === 0) return undefined;
  const names = new Set<string>();
  for (const term of terms) {
    const inTerm = term.filter((r) => INSTANCE_TYPE_KEYS.includes(r.key) && r.operator === 'In').flatMap((r) => r.values);
    if (inTerm.length === 0) return undefined;
    for (const n of inTerm) names.add(n);
  }
  return { names: [...names], at: [...pod.path, 'affinity', 'nodeAffinity'] };
}

/** A node type a pod names itself when no node group is in its scope: its own (virtual) target. */
export function virtualTarget(workload: Workload): NodeTarget | undefined {
  const pinned = pinnedInstanceTypes(workload.pod);
  if (!pinned) return undefined;
  const types = pinned.names.map((n) => instanceType(n)).filter((t): t is InstanceTypeInfo => t !== undefined);
  const budgets = types
    .map((t) => budgetOf(t, 'amazon-linux', {}))
    .filter((b): b is Budget => b !== undefined)
    .sort((a, b) => a.type.memoryMiB - b.type.memoryMiB);
  const unknownTypes = pinned.names.filter((n) => !instanceType(n));
  return {
    subject: workload,
    at: pinned.at,
    label: 'the instance type it selects',
    virtualFor: workload,
    karpenter: false,
    ami: 'amazon-linux',
    budgets,
    unknownTypes,
    typesIncomplete: unknownTypes.length > 0 || budgets.length === 0,
    approximate: false,
    budgetFor: (type) => budgetOf(type, 'amazon-linux', {}),
    // Nothing says how such nodes are tainted; the pod chose the type, so it is assumed to land.
    view: (budget?: Budget) => ({
      taints: [],
      label(key: string): LabelValue {
        if (TYPE_KEYS.has(key)) return budget ? typeLabel(budget.type, key) : UNKNOWN;
        if (OS_KEYS.has(key)) return labelValue('linux');
        return UNKNOWN;
      },
    }),
  };
}

/** The instance types of a family, smallest first: where "use a larger size" suggestions come from. */
export function familyTypes(family: string): InstanceTypeInfo[] {
  return allInstanceTypes()
    .filter((t) => t.family === family && !t.size.startsWith('metal'))
    .sort((a, b) => a.memoryMiB - b.memoryMiB || a.vcpu - b.vcpu);
}
