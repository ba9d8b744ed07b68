/**
 * Node types and their memory budgets: for every node group, the instance types it can launch,
 * each with its allocatable memory after the VM overhead (measured per type where Karpenter
 * measured it, else its 7.5 % default), kube-reserved, system-reserved and the hard eviction
 * threshold (data/allocatable.md §2–3, §6), and what its nodes are labelled and tainted with.
 */
import { allInstanceTypes, instanceType, type InstanceTypeInfo } from '../../data/instance-types.js';
import { instanceDetails } from '../../data/instance-type-details.js';
import { measuredVmMemoryOverheads, vmMemoryOverheadMiB } from '../../data/vm-memory-overhead.js';
import type { PathSegment } from '../../load/types.js';
import { parseQuantity } from '../../model/quantity.js';
import { boundedEntryOf, entryOf, get } from '../../model/util.js';
import type { Cluster, KubeletSettings, ModelObject, NodeGroup, NodeSelectorRequirement, PodSpecInfo, Taint, Workload } from '../../model/types.js';
import { ABSENT, evaluate, labelValue, UNKNOWN, type LabelValue, type NodeView } from './_match.js';
import { parseUserData, type UserDataSettings } from './_userdata.js';
import { mem, mib, sharedUnit } from './_units.js';

/**
 * Karpenter's default `vmMemoryOverheadPercent` (allocatable.md §3): the VM overhead of instance
 * types the measured table does not list (types released after 2023-09).
 */
export const FALLBACK_VM_OVERHEAD_RATIO = 0.075;
/** Graviton CMA memory Karpenter subtracts on arm64 with the percentage (allocatable.md §3). */
export const ARM64_RESERVED_MIB = 64;
/**
 * The measured overhead is one launch; others of the same type report a little less or more
 * capacity. Less: c5.large measured 405 MiB and, in another launch, 433 MiB (0.68 % of its
 * nominal 4 GiB; observed-allocatable.csv K4). The conservative estimate subtracts this share of
 * nominal more, so it stays at or below every observed node.
 */
export const LAUNCH_SHORTFALL_RATIO = 0.007;
/**
 * More: real m5.xlarge nodes reported up to 15,713 MiB capacity against 15,516 measured (1.2 % of
 * nominal; observed-allocatable.csv D2). The upper bound adds this share of nominal, so no
 * observed node exceeds it.
 */
export const LAUNCH_EXCESS_RATIO = 0.0125;
export const DEFAULT_EVICTION_MIB = 100;
/** Kubelet's own default pod limit, used when bootstrap is told not to set one. */
const KUBELET_DEFAULT_MAX_PODS = 110;

/** `eks-auto`: EKS Auto Mode nodes (Bottlerocket-based, managed by AWS). */
export type AmiKind = 'amazon-linux' | 'bottlerocket' | 'eks-auto' | 'windows';
/** EKS Auto Mode caps its ENI-derived pod limit at 110 (allocatable.md §4). */
const AUTO_MODE_MAX_PODS = 110;

/** Where the VM overhead of a type comes from. */
export type OverheadSource = { readonly kind: 'measured'; readonly mib: number } | { readonly kind: 'percent' };

/** The memory budget of one instance type under one node group's settings. Bytes. */
export interface Budget {
  readonly type: InstanceTypeInfo;
  readonly ami: AmiKind;
  readonly nominal: number;
  /** Conservative VM overhead (nominal − capacity), including the arm64 reserve and launch spread. */
  readonly vmOverhead: number;
  /** The smallest VM overhead a node of the type may have: the upper bound's. */
  readonly vmOverheadLow: number;
  readonly overheadSource: OverheadSource;
  readonly kubeReserved: number;
  /** How kube-reserved was found: "11 × 29 ENI max pods + 255" or "set by the node group". */
  readonly kubeReservedFrom: string;
  readonly systemReserved: number;
  readonly eviction: number;
  readonly evictionText: string;
  /** Allocatable at or below every node of the type (what "may not fit" warnings use). */
  readonly conservative: number;
  /** Allocatable no node of the type exceeds (what "stays Pending" errors use). */
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

let lowestRatioBySize: Map<string, number> | undefined;
let lowestRatioOverall = 1;

/**
 * The smallest measured overhead / nominal among types of the same size (`large`, `4xlarge`):
 * an unmeasured type of that size is assumed to lose at least this much. The share falls with
 * size (a nano loses 14–17 %, a 16xlarge 1.6–3.8 %), so the size is the class.
 */
function lowestOverheadRatio(size: string): number {
  if (!lowestRatioBySize) {
    lowestRatioBySize = new Map();
    for (const [name, overhead] of measuredVmMemoryOverheads()) {
      const type = instanceType(name);
      if (!type) continue;
      const ratio = overhead / type.memoryMiB;
      lowestRatioOverall = Math.min(lowestRatioOverall, ratio);
      lowestRatioBySize.set(type.size, Math.min(lowestRatioBySize.get(type.size) ?? 1, ratio));
    }
  }
  return lowestRatioBySize.get(size) ?? lowestRatioOverall;
}

/** Conservative and optimistic VM overhead of a type in MiB, and where they come from. */
export function vmOverheadOf(type: InstanceTypeInfo): { high: number; low: number; source: OverheadSource } {
  const nominal = type.memoryMiB;
  const measured = vmMemoryOverheadMiB(type.name);
  if (measured !== undefined) {
    return {
      high: measured + Math.ceil(nominal * LAUNCH_SHORTFALL_RATIO),
      low: Math.max(0, measured - Math.ceil(nominal * LAUNCH_EXCESS_RATIO)),
      source: boundedEntryOf(measuredSources, measured, () => ({ kind: 'measured', mib: measured })),
    };
  }
  // Karpenter's pre-launch estimate (allocatable.md §3), which its maintainers chose not to over-estimate.
  const base = nominal - (type.arch === 'arm64' ? ARM64_RESERVED_MIB : 0);
  return {
    high: nominal - base + Math.ceil(base * FALLBACK_VM_OVERHEAD_RATIO),
    low: Math.floor(nominal * lowestOverheadRatio(type.size)),
    source: PERCENT_SOURCE,
  };
}

/**
 * Allocatable memory of an instance type. EKS AMIs reserve `11 × pods + 255` MiB for the
 * kubelet: Amazon Linux on the ENI max pods even when max-pods is overridden, Bottlerocket on the
 * resolved max-pods; explicit kube-reserved wins. Windows is not modelled (undefined).
 */
export function budgetOf(type: InstanceTypeInfo, ami: AmiKind, kubelet: KubeletSettings, useMaxPods?: boolean): Budget | undefined {
  if (ami === 'windows') return undefined;
  const nominalMiB = type.memoryMiB;
  const vm = vmOverheadOf(type);
  const capacityMiB = nominalMiB - vm.high;
  const optimisticCapacityMiB = nominalMiB - vm.low;
  const overrideMaxPods = kubelet.maxPods !== undefined && kubelet.maxPods > 0 ? Math.floor(kubelet.maxPods) : undefined;
  const maxPods =
    overrideMaxPods ??
    (useMaxPods === false && ami === 'amazon-linux'
      ? KUBELET_DEFAULT_MAX_PODS
      : ami === 'eks-auto'
        ? Math.min(AUTO_MODE_MAX_PODS, type.eniMaxPods)
        : type.eniMaxPods);
  // Bottlerocket (and Auto Mode, built on it) reserve on the resolved pod limit, Amazon Linux on ENI max pods.
  const reservePods = ami === 'bottlerocket' || ami === 'eks-auto' ? maxPods : type.eniMaxPods;
  const kubeReservedOverride = nonNegative(kubelet.kubeReservedMemory);
  const kubeReserved = kubeReservedOverride ?? mib(11 * reservePods + 255);
  const kubeReservedFrom =
    kubeReservedOverride !== undefined ? 'kube-reserved set on the node group' : kubeReservedFormula(reservePods, ami === 'amazon-linux');
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
    vmOverhead: mib(vm.high),
    vmOverheadLow: mib(vm.low),
    overheadSource: vm.source,
    kubeReserved,
    kubeReservedFrom,
    systemReserved,
    eviction,
    evictionText:
      kubelet.evictionHardMemory !== undefined && evictionBytes(kubelet.evictionHardMemory, capacity) !== undefined
        ? kubelet.evictionHardMemory
        : boundedEntryOf(evictionTexts, eviction, () => mem(eviction)),
    conservative: capacity - reserved - eviction,
    optimistic: optimisticCapacity - reserved - evictionOptimistic,
    maxPods,
  };
}

/*
 * A budget's texts and overhead source take a handful of values in a whole review (pod counts,
 * eviction amounts, measured overheads): written once each and shared by every budget, not one
 * string (a rope of five pieces for the formula) or object per budget of the thousands kept.
 * Bounded all the same, as budgetLists.
 */
const kubeReservedFormulas = new Map<number, string>();
const evictionTexts = new Map<number, string>();
const measuredSources = new Map<number, OverheadSource>();
const PERCENT_SOURCE: OverheadSource = { kind: 'percent' };

/** "11 × 29 ENI max pods + 255". */
function kubeReservedFormula(reservePods: number, eniMaxPods: boolean): string {
  return boundedEntryOf(
    kubeReservedFormulas,
    reservePods * 2 + Number(eniMaxPods),
    () => `11 × ${reservePods} ${eniMaxPods ? 'ENI max pods' : 'max pods'} + 255`,
  );
}

const AMI_NAMES: Record<AmiKind, string> = { 'amazon-linux': 'Amazon Linux', bottlerocket: 'Bottlerocket', 'eks-auto': 'EKS Auto Mode', windows: 'Windows' };

/** "nominal 4Gi − 434Mi VM overhead − 574Mi kube-reserved − 100Mi eviction". */
export function budgetTerms(b: Budget, fmt: (bytes: number) => string = mem): string {
  // Every finding about a node type says its terms: once per budget in the two shared units.
  const unit = sharedUnit(fmt);
  if (unit === undefined) return budgetTermsOf(b, fmt);
  return (entryOf(budgetTermTexts, b, () => ({}))[unit] ??= budgetTermsOf(b, fmt));
}

const budgetTermTexts = new WeakMap<Budget, { mem?: string; mi?: string }>();

function budgetTermsOf(b: Budget, fmt: (bytes: number) => string): string {
  const terms = [`nominal ${fmt(b.nominal)}`, `${fmt(b.vmOverhead)} VM overhead`, `${fmt(b.kubeReserved)} kube-reserved`];
  if (b.systemReserved > 0) terms.push(`${fmt(b.systemReserved)} system-reserved`);
  terms.push(`${fmt(b.eviction)} eviction`);
  return terms.join(' − ');
}

const budgetLines = new WeakMap<Budget, readonly string[]>();

/** The whole computation, one line a step, for `details`; once per budget: every finding about a node type repeats it. */
export function budgetDetails(b: Budget): readonly string[] {
  return entryOf(budgetLines, b, () => budgetLinesOf(b));
}

function budgetLinesOf(b: Budget): string[] {
  const t = b.type;
  const n = t.memoryMiB;
  const toMi = (bytes: number): string => String(Math.round(bytes / mib(1)));
  const capacity = toMi(b.nominal - b.vmOverhead);
  const capacityLine =
    b.overheadSource.kind === 'measured'
      ? `  capacity = ${n} − ${b.overheadSource.mib} measured VM overhead − ceil(${n} × ${LAUNCH_SHORTFALL_RATIO}) launch-to-launch spread = ${capacity}Mi`
      : (() => {
          const arm = t.arch === 'arm64' ? ` − ${ARM64_RESERVED_MIB} (arm64)` : '';
          const base = n - (t.arch === 'arm64' ? ARM64_RESERVED_MIB : 0);
          return `  capacity = ${n}${arm} − ceil(${base} × ${FALLBACK_VM_OVERHEAD_RATIO}) = ${capacity}Mi (${t.name} has no measured VM overhead: Karpenter's default ${FALLBACK_VM_OVERHEAD_RATIO * 100}% is assumed)`;
        })();
  const upper =
    b.overheadSource.kind === 'measured'
      ? `measured overhead − ceil(${n} × ${LAUNCH_EXCESS_RATIO})`
      : `the lowest measured overhead share of any ${t.size} type`;
  return [
    `${t.name}: ${t.vcpu} vCPU, ${n}Mi nominal, ${t.arch}, ENI max pods ${t.eniMaxPods}, pod limit ${b.maxPods}, ${AMI_NAMES[b.ami]} reserves`,
    capacityLine,
    `  kube-reserved = ${b.kubeReservedFrom} = ${toMi(b.kubeReserved)}Mi; system-reserved = ${toMi(b.systemReserved)}Mi; eviction (memory.available) = ${b.evictionText}`,
    `  allocatable = ${capacity} − ${toMi(b.kubeReserved)} − ${toMi(b.systemReserved)} − ${toMi(b.eviction)} = ${toMi(b.conservative)}Mi (upper bound with ${upper}: ${toMi(b.optimistic)}Mi)`,
  ];
}

// ---------------------------------------------------------------------------------------------
// Labels

const INSTANCE_TYPE_KEYS = ['node.kubernetes.io/instance-type', 'beta.kubernetes.io/instance-type'];
const ARCH_KEYS = ['kubernetes.io/arch', 'beta.kubernetes.io/arch'];
const OS_KEYS = new Set(['kubernetes.io/os', 'beta.kubernetes.io/os']);

/** Instance labels both Karpenter (`karpenter.k8s.aws/`) and EKS Auto Mode (`eks.amazonaws.com/`) set, by name. */
const INSTANCE_LABELS = [
  'instance-family',
  'instance-size',
  'instance-cpu',
  'instance-memory',
  'instance-category',
  'instance-generation',
  // From the instance-details table (absent on a type that lacks the feature, e.g. no GPU):
  'instance-hypervisor',
  'instance-cpu-manufacturer',
  'instance-encryption-in-transit-supported',
  'instance-local-nvme',
  'instance-network-bandwidth',
  'instance-ebs-bandwidth',
  'instance-gpu-count',
  'instance-gpu-manufacturer',
  'instance-gpu-name',
  'instance-gpu-memory',
  'instance-accelerator-count',
  'instance-accelerator-manufacturer',
  'instance-accelerator-name',
];
const INSTANCE_LABEL_PREFIXES = ['karpenter.k8s.aws/', 'eks.amazonaws.com/'];

/** Labels whose value depends on the instance type (Kubernetes well-known, Karpenter's, EKS Auto Mode's). */
export const TYPE_KEYS: ReadonlySet<string> = new Set([
  ...INSTANCE_TYPE_KEYS,
  ...ARCH_KEYS,
  ...INSTANCE_LABEL_PREFIXES.flatMap((prefix) => INSTANCE_LABELS.map((l) => `${prefix}${l}`)),
]);

/** A key that names an instance property we cannot evaluate (`karpenter.k8s.aws/instance-cpu-sustained-clock-speed-mhz`). */
const isUnevaluatedInstanceKey = (key: string): boolean =>
  !TYPE_KEYS.has(key) && (key.startsWith('karpenter.k8s.aws/') || /^eks\.amazonaws\.com\/instance-/.test(key));

/**
 * `localeCompare` without arguments, whose order this is: one collator, not one per comparison (a
 * Karpenter pool sorts hundreds of types). Made on first use: ICU's collator data costs start-up.
 */
let collator: Intl.Collator | undefined;
const byName = (a: string, b: string): number => (collator ??= new Intl.Collator()).compare(a, b);

/** An instance family's category and generation: `m` and `5` of `m5dn`. */
const GENERATION = /^([a-z]+)(\d+)/;

/**
 * How a type's value of one label is read. The key is taken apart once, not once per type: a
 * Karpenter requirement is evaluated against every type of the table (~1,000), and a pod's type
 * labels against every budget of a pool. Keys are the few of TYPE_KEYS (callers ask for no other).
 */
type TypeLabelReader = (type: InstanceTypeInfo) => LabelValue;
const typeLabelReaders = new Map<string, TypeLabelReader>();

function typeLabel(type: InstanceTypeInfo, key: string): LabelValue {
  return typeLabelReader(key)(type);
}

function typeLabelReader(key: string): TypeLabelReader {
  let reader = typeLabelReaders.get(key);
  if (!reader) typeLabelReaders.set(key, (reader = readerOf(key)));
  return reader;
}

function readerOf(key: string): TypeLabelReader {
  if (INSTANCE_TYPE_KEYS.includes(key)) return (type) => labelValue(type.name);
  if (ARCH_KEYS.includes(key)) return (type) => labelValue(type.arch);
  const prefix = INSTANCE_LABEL_PREFIXES.find((p) => key.startsWith(p));
  const name = prefix ? key.slice(prefix.length) : key;
  switch (name) {
    case 'instance-family':
      return (type) => labelValue(type.family);
    case 'instance-size':
      return (type) => labelValue(type.size);
    case 'instance-cpu':
      return (type) => labelValue(String(type.vcpu));
    case 'instance-memory':
      return (type) => labelValue(String(type.memoryMiB));
    case 'instance-category':
      return (type) => {
        // Read for every type of the table per requirement on it: the family is split only where asked.
        const generation = GENERATION.exec(type.family);
        return generation?.[1] ? labelValue(generation[1]) : UNKNOWN;
      };
    case 'instance-generation':
      return (type) => {
        const generation = GENERATION.exec(type.family);
        return generation?.[2] ? labelValue(generation[2]) : UNKNOWN;
      };
    default: {
      if (!INSTANCE_LABELS.includes(name)) return () => UNKNOWN;
      return (type) => {
        const details = instanceDetails(type.name);
        if (!details) return UNKNOWN;
        const value = details.labels.get(name);
        return value !== undefined ? labelValue(value) : ABSENT;
      };
    }
  }
}

/**
 * Extended resources (GPUs, Neuron devices, EFA) a pod asks for, summed over the containers that
 * run together (a limit alone sets the request: they must be equal for extended resources).
 */
export function extendedRequests(workload: Workload): ReadonlyMap<string, number> {
  // Read for every workload by the first memory-budget rule, and nearly all ask for none: plain
  // loops, nothing allocated for a pod without any (the model read each container's, kubernetes.ts).
  const { containers, initContainers: inits } = workload.pod;
  let out: Map<string, number> | undefined;
  // App containers and native sidecars run together: their amounts add up.
  for (const c of containers) out = addExtended(out, c.extendedResources, false);
  for (const i of inits) if (i.type === 'sidecar') out = addExtended(out, i.extendedResources, false);
  // A regular init container runs alone: the pod needs at least its amount.
  for (const i of inits) if (i.type !== 'sidecar') out = addExtended(out, i.extendedResources, true);
  return out ?? NO_EXTENDED;
}

function addExtended(out: Map<string, number> | undefined, one: ReadonlyMap<string, number> | undefined, alone: boolean): Map<string, number> | undefined {
  if (!one) return out;
  const sum = out ?? new Map<string, number>();
  for (const [k, v] of one) sum.set(k, alone ? Math.max(sum.get(k) ?? 0, v) : (sum.get(k) ?? 0) + v);
  return sum;
}

const NO_EXTENDED: ReadonlyMap<string, number> = new Map();

/** The extended resources a type lacks for the pod, as "nvidia.com/gpu 4 (has 1)"; empty when it has them all. */
export function missingExtended(type: InstanceTypeInfo, wanted: ReadonlyMap<string, number>): string[] {
  // Most pods want none: the instance-type details (an index built on first use) are not needed.
  if (wanted.size === 0) return [];
  const has = instanceDetails(type.name)?.resources ?? new Map<string, number>();
  return [...wanted].filter(([name, n]) => (has.get(name) ?? 0) < n).map(([name, n]) => `${name} ${n} (${type.name} has ${has.get(name) ?? 0})`);
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
/**
 * EKS labels Fargate, Auto Mode and hybrid nodes with their compute type; EC2 nodes of managed,
 * self-managed and Karpenter groups carry no such label, so the standard AWS DaemonSet affinity
 * `eks.amazonaws.com/compute-type NotIn [fargate, auto, hybrid]` matches them.
 */
const COMPUTE_TYPE = 'eks.amazonaws.com/compute-type';
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
/**
 * The table's types that meet every requirement, once per distinct list of requirements: a
 * repository's NodePools repeat the same few (a corpus has dozens of pools, each matched against
 * every type of the table). The table does not change, so neither does the answer.
 */
const typesByRequirements = new Map<string, readonly InstanceTypeInfo[]>();
function typesMeeting(typeReqs: readonly NodeSelectorRequirement[]): InstanceTypeInfo[] {
  const key = JSON.stringify(typeReqs.map((r) => [r.key, r.operator, r.values]));
  let types = typesByRequirements.get(key);
  if (!types) {
    const meeting = typeReqs.map(typesMeetingOne);
    typesByRequirements.set(key, (types = allInstanceTypes().filter((_, i) => meeting.every((members) => members[i] === 1))));
  }
  return [...types];
}

/**
 * The table's types that meet one requirement, as a flag per type in the table's order. Distinct
 * lists of requirements still share most of their members (`kubernetes.io/arch In [amd64]`, a
 * category list): each is evaluated against the table once, not once per list it appears in. A
 * flag a type, not a Set of them: a Set of the ~1,000 types an `In` of families or a hypervisor
 * admits was ~20 KB held for the process, one per requirement (0.7 MB on the corpus).
 */
const typesByRequirement = new Map<string, Uint8Array>();
function typesMeetingOne(r: NodeSelectorRequirement): Uint8Array {
  const key = JSON.stringify([r.key, r.operator, r.values]);
  return entryOf(typesByRequirement, key, () => {
    const all = allInstanceTypes();
    const members = new Uint8Array(all.length);
    const read = typeLabelReader(r.key);
    all.forEach((t, i) => {
      if (evaluate(r, read(t)) === 'yes') members[i] = 1;
    });
    return members;
  });
}

function karpenterCandidates(requirements: readonly NodeSelectorRequirement[]): { types: InstanceTypeInfo[]; approximate: boolean; unknown: string[] } {
  const typeReqs = requirements.filter((r) => TYPE_KEYS.has(r.key));
  const approximate = requirements.some((r) => isUnevaluatedInstanceKey(r.key));
  const types = typesMeeting(typeReqs);
  const named = requirements.filter((r) => INSTANCE_TYPE_KEYS.includes(r.key) && r.operator === 'In').flatMap((r) => r.values);
  return { types, approximate, unknown: [...new Set(named.filter((n) => !instanceType(n)))] };
}

function groupLabel(group: NodeGroup): string {
  if (builtInPools.has(group)) return `built-in Auto Mode NodePool ${group.name}`;
  if (group.source === 'karpenter') return `${group.kind} ${group.name}`;
  const fallback = defaultType(group);
  if (fallback && group.instanceTypes.length === 0) return `node group ${group.name} (${fallback.type}, the ${fallback.whose} default)`;
  // Types read under an assumption (a Terraform variable's default) say so wherever the group is named.
  const assumed = group.ref.doc.assumptions?.([...group.ref.base, ...(group.instanceTypesPath ?? group.path)]) ?? [];
  return `node group ${group.name}${assumed.length > 0 ? ` (its instance types ${assumed.join('; ')})` : ''}`;
}

/** What `CreateNodegroup` launches when neither InstanceTypes nor a launch template names a type. */
const EKS_DEFAULT_INSTANCE_TYPE = 't3.medium';
/** What eksctl gives a node group that names no type (eksctl `DefaultNodeType`). */
const EKSCTL_DEFAULT_INSTANCE_TYPE = 'm5.large';

/** The type a node group that states none launches; undefined when it states one or we cannot tell. */
function defaultType(group: NodeGroup): { type: string; whose: string } | undefined {
  const statesNothing = group.instanceTypes.length === 0 && JSON.stringify(group.instanceTypesPath ?? group.path) === JSON.stringify(group.path);
  if (!statesNothing) return undefined;
  if (group.source === 'cfn-nodegroup') return { type: EKS_DEFAULT_INSTANCE_TYPE, whose: 'EKS' };
  if (group.source === 'eksctl-nodegroup' || group.source === 'eksctl-managed') {
    // An instanceSelector makes eksctl pick types by vCPU and memory at create time: not known here.
    const ng = get(group.ref.doc.value, ...group.ref.base, ...group.path);
    return get(ng, 'instanceSelector') === undefined ? { type: EKSCTL_DEFAULT_INSTANCE_TYPE, whose: 'eksctl' } : undefined;
  }
  return undefined;
}

function apiDefaultType(group: NodeGroup): string[] {
  const fallback = defaultType(group);
  return fallback ? [fallback.type] : [];
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

// ---------------------------------------------------------------------------------------------
// EKS Auto Mode

const builtInPools = new WeakSet<NodeGroup>();

/** A NodePool of EKS Auto Mode: one whose `nodeClassRef.group` is `eks.amazonaws.com`, or a built-in one. */
export function isAutoModePool(group: NodeGroup): boolean {
  if (builtInPools.has(group)) return true;
  if (group.source !== 'karpenter' || group.kind !== 'NodePool') return false;
  return get(group.ref.doc.value, ...group.ref.base, 'spec', 'template', 'spec', 'nodeClassRef', 'group') === 'eks.amazonaws.com';
}

const builtInCache = new WeakMap<Cluster, NodeGroup[]>();

/**
 * The built-in NodePools a cluster enables (EKS user guide, "Built-in NodePool Reference"): both use
 * on-demand C, M and R instances of generation 5 or newer; `general-purpose` is amd64 only, `system`
 * amd64 and arm64 and tainted `CriticalAddonsOnly:NoSchedule`. They have no node limit.
 */
export function autoModeBuiltInPools(cluster: Cluster): NodeGroup[] {
  const cached = builtInCache.get(cluster);
  if (cached) return cached;
  const enabled = cluster.autoMode === true ? (cluster.autoModeNodePools?.names ?? []) : [];
  const pools = enabled
    .filter((name) => name === 'general-purpose' || name === 'system')
    .map((name): NodeGroup => {
      const requirements: NodeSelectorRequirement[] = [
        { key: 'eks.amazonaws.com/instance-category', operator: 'In', values: ['c', 'm', 'r'] },
        { key: 'eks.amazonaws.com/instance-generation', operator: 'Gt', values: ['4'] },
        { key: 'kubernetes.io/arch', operator: 'In', values: name === 'system' ? ['amd64', 'arm64'] : ['amd64'] },
        { key: 'karpenter.sh/capacity-type', operator: 'In', values: ['on-demand'] },
      ];
      const group: NodeGroup = {
        kind: 'NodePool',
        name,
        ref: cluster.ref,
        source: 'karpenter',
        ...(cluster.name ? { clusterName: cluster.name } : {}),
        path: cluster.autoModeNodePools?.path ?? cluster.path,
        instanceTypes: [],
        requirements,
        labels: {},
        taints: name === 'system' ? [{ key: 'CriticalAddonsOnly', effect: 'NoSchedule' }] : [],
        kubelet: {},
        managed: false,
        subnets: [],
      };
      builtInPools.add(group);
      return group;
    });
  builtInCache.set(cluster, pools);
  return pools;
}

/**
 * The budgets of a node group's types, smallest memory first: once per list of types and
 * settings. A repository's NodePools repeat a few requirements and kubelet settings, so most
 * groups sized and sorted the same hundreds of types again (a corpus's 270 groups, some 55,000
 * budgets). Budgets are values of the type and the settings: groups can share them.
 */
const budgetLists = new Map<string, readonly Budget[]>();
function budgetsOf(types: readonly InstanceTypeInfo[], ami: AmiKind, kubelet: KubeletSettings, useMaxPods: boolean | undefined): readonly Budget[] {
  const settings = settingsKey(ami, kubelet, useMaxPods);
  const key = `${settings} ${types.map((t) => t.name).join(' ')}`;
  let budgets = budgetLists.get(key);
  if (budgets) return budgets;
  budgets = types
    .map((t) => sharedBudgetOf(t, ami, kubelet, useMaxPods, settings))
    .filter((b): b is Budget => b !== undefined)
    .sort((a, b) => a.type.memoryMiB - b.type.memoryMiB || byName(a.type.name, b.type.name));
  // Bounded all the same: a long-lived process reviews many repositories.
  if (budgetLists.size >= 1024) budgetLists.clear();
  budgetLists.set(key, budgets);
  return budgets;
}

/** Every setting budgetOf reads, spelled so that no two settings spell alike (the eviction text JSON-quoted). */
function settingsKey(ami: AmiKind, kubelet: KubeletSettings, useMaxPods: boolean | undefined): string {
  return `${ami} ${kubelet.maxPods} ${kubelet.kubeReservedMemory} ${kubelet.systemReservedMemory} ${JSON.stringify(kubelet.evictionHardMemory)} ${useMaxPods}`;
}

/**
 * One budget per type and settings, whichever lists name the type: the lists of one setting
 * overlap (NodePools that differ in a requirement or two list most of the same ~900 types), and
 * each list of its own budgets made the corpus's 13,500 budgets, ~5 MB held to the end of the review.
 */
const budgetsBySettings = new Map<string, Map<InstanceTypeInfo, Budget | undefined>>();
function sharedBudgetOf(type: InstanceTypeInfo, ami: AmiKind, kubelet: KubeletSettings, useMaxPods: boolean | undefined, settings: string): Budget | undefined {
  // Bounded like budgetLists: settings are few in one repository.
  if (budgetsBySettings.size >= 1024 && !budgetsBySettings.has(settings)) budgetsBySettings.clear();
  const byType = entryOf(budgetsBySettings, settings, () => new Map<InstanceTypeInfo, Budget | undefined>());
  if (byType.has(type)) return byType.get(type);
  const budget = budgetOf(type, ami, kubelet, useMaxPods);
  byType.set(type, budget);
  return budget;
}

/** Resolves one node group: candidate types, budgets, labels and taints. */
export function nodeGroupTarget(group: NodeGroup): NodeTarget {
  const userData = parseUserData(group.userData);
  const autoMode = isAutoModePool(group);
  const ami = autoMode ? 'eks-auto' : amiKindOf(group, userData);
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
  const budgets = budgetsOf(types, ami, kubelet, userData.useMaxPods);
  const explicit: Record<string, string> = { ...autoLabels(group), ...userData.labels, ...group.labels };
  const requirementLabels = new Map<string, LabelValue>();
  for (const r of group.requirements ?? []) {
    if (TYPE_KEYS.has(r.key) || OS_KEYS.has(r.key)) continue;
    const value: LabelValue =
      r.operator === 'In'
        ? r.values.length === 1 && r.values[0] !== undefined
          ? labelValue(r.values[0])
          : { kind: 'oneOf', values: r.values }
        : r.operator === 'DoesNotExist'
          ? ABSENT
          : UNKNOWN;
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
        // Only Auto Mode nodes carry the eks.amazonaws.com/instance-* labels.
        if (key.startsWith('eks.amazonaws.com/') && !autoMode) return labelsKnown ? ABSENT : UNKNOWN;
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
      // Auto Mode nodes say `auto` today, but an earlier revision of the EKS user guide's Auto Mode
      // samples selects `eks-managed`: the value is not relied on, only its absence on EC2 groups.
      if (key === COMPUTE_TYPE) return autoMode ? UNKNOWN : ABSENT;
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

const typesByFamily = new Map<string, readonly InstanceTypeInfo[]>();

/**
 * The instance types of a family, smallest first: where "use a larger size" suggestions come from.
 * Asked for every finding about a node type (40,000 at 100k documents): sorted once per family.
 */
export function familyTypes(family: string): readonly InstanceTypeInfo[] {
  let types = typesByFamily.get(family);
  if (!types) {
    types = allInstanceTypes()
      .filter((t) => t.family === family && !t.size.startsWith('metal'))
      .sort((a, b) => a.memoryMiB - b.memoryMiB || a.vcpu - b.vcpu);
    typesByFamily.set(family, types);
  }
  return types;
}
