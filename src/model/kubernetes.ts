import { knownExtendedResources } from '../data/instance-type-details.js';
import { DOCUMENT_ROOT, type LoadedDocument, type PathSegment } from '../load/types.js';
import { parseCpuMillis, parseQuantity } from './quantity.js';
import type {
  ContainerInfo,
  HorizontalPodAutoscaler,
  Ingress,
  Manifest,
  NodeSelectorRequirement,
  PodResources,
  PodSpecInfo,
  PodSpecRare,
  SourceRef,
  Service,
  Taint,
  Toleration,
  Workload,
  WorkloadKind,
} from './types.js';
import { asArray, asNumber, asObject, asString, boundedEntryOf, entryOf, get, NO_STRINGS, sharedStringMap, type Obj } from './util.js';

// Every pod spec's `path` is one of these, and each container's path is shared too (containerPath):
// frozen, since every workload of a kind holds the same array.
const TEMPLATE_SPEC: readonly string[] = Object.freeze(['spec', 'template', 'spec']);

/** Where each workload kind keeps its pod spec. Any apiVersion: old extensions/apps betas too. */
export const POD_SPEC_PATHS: Readonly<Record<WorkloadKind, readonly string[]>> = Object.freeze({
  Pod: Object.freeze(['spec']),
  Deployment: TEMPLATE_SPEC,
  StatefulSet: TEMPLATE_SPEC,
  DaemonSet: TEMPLATE_SPEC,
  ReplicaSet: TEMPLATE_SPEC,
  ReplicationController: TEMPLATE_SPEC,
  Job: TEMPLATE_SPEC,
  CronJob: Object.freeze(['spec', 'jobTemplate', 'spec', 'template', 'spec']),
});

type ContainerList = 'containers' | 'initContainers';
const containerPaths = new Map<readonly string[], Record<ContainerList, (readonly PathSegment[])[]>>();

/**
 * `[...podPath, list, index]`, one frozen array for every container at that place: a path array
 * per container was 7.4 MiB at 100k documents, and they are all alike.
 */
function containerPath(podPath: readonly string[], list: ContainerList, index: number): readonly PathSegment[] {
  const paths = entryOf(containerPaths, podPath, () => ({ containers: [], initContainers: [] }))[list];
  while (paths.length <= index) paths.push(Object.freeze([...podPath, list, paths.length]));
  return paths[index] as readonly PathSegment[];
}

/**
 * The init containers, node affinity terms or tolerations of a pod spec that has none: most have
 * none of at least two, and an empty array each was three arrays per workload kept with the model.
 */
const NONE: readonly never[] = Object.freeze([]);

export function isWorkloadKind(kind: string): kind is WorkloadKind {
  return Object.prototype.hasOwnProperty.call(POD_SPEC_PATHS, kind);
}

/**
 * The Kubernetes objects of one document: the document itself, or the items of a `kind: List`
 * (or any `*List` with `items`). Anything without string `apiVersion` and `kind` is not one.
 */
export function manifestsOf(doc: LoadedDocument): Manifest[] {
  const root = asObject(doc.value);
  if (!root) return [];
  const kind = asString(root['kind']);
  const apiVersion = asString(root['apiVersion']);
  if (typeof root['kind'] !== 'string' || typeof root['apiVersion'] !== 'string' || !kind || !apiVersion) return [];
  if (kind.endsWith('List') && Array.isArray(root['items'])) {
    return root['items'].flatMap((item, i) => {
      const m = toManifest(doc, ['items', i], item);
      return m ? [m] : [];
    });
  }
  const m = toManifest(doc, DOCUMENT_ROOT, root);
  return m ? [m] : [];
}

function toManifest(doc: LoadedDocument, base: readonly PathSegment[], value: unknown): Manifest | undefined {
  const raw = asObject(value);
  if (!raw) return undefined;
  const kind = raw['kind'];
  const apiVersion = raw['apiVersion'];
  if (typeof kind !== 'string' || typeof apiVersion !== 'string') return undefined;
  const metadata = asObject(raw['metadata']) ?? {};
  const namespace = asString(metadata['namespace']);
  const name = asString(metadata['name']) ?? asString(metadata['generateName']) ?? '(unnamed)';
  const annotations = sharedStringMap(metadata['annotations']);
  const labels = sharedStringMap(metadata['labels']);
  // A loaded YAML document is its own root's reference (src/load/yaml.ts): one object fewer a manifest.
  const ref: SourceRef = base === DOCUMENT_ROOT && (doc as Partial<SourceRef>).doc === doc ? (doc as unknown as SourceRef) : { doc, base };
  return namespace !== undefined
    ? { kind, apiVersion, name, namespace, ref, raw, annotations, labels }
    : { kind, apiVersion, name, ref, raw, annotations, labels };
}

/*
 * The builders below run for every object of a tree, so they read fields one step at a time
 * (`field`, `fieldAt`) rather than through util's `get`, whose rest parameter is an array per
 * call, and add optional fields by assignment rather than by spreading conditional literals (an
 * object per spread). Same fields, same order.
 */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `value[key]` when `value` is a mapping, as `get(value, key)`. */
function field(value: unknown, key: string): unknown {
  return asObject(value)?.[key];
}

/** The value at the first `length` steps of `path`, as `get(value, ...path.slice(0, length))`. */
function fieldAt(value: unknown, path: readonly string[], length: number): unknown {
  let current = value;
  for (let i = 0; i < length; i++) {
    const obj = asObject(current);
    if (!obj) return undefined;
    current = obj[path[i] ?? ''];
  }
  return current;
}

/*
 * The objects made for every container, pod spec and workload of a tree come from constructors,
 * not from literals grown by assignment: a literal has room for the properties written in it, so
 * every optional field set after it went to a properties array of its own (10 MiB at 100k
 * documents), where a constructor's objects get room for all of them (V8's slack tracking).
 * Fields are `declare`d, so that an absent optional one stays absent, and set with `this.` in the
 * constructor, the assignments V8 counts to size the objects; in the order the literals had. The
 * readers see the readonly interfaces.
 */
class ContainerRecord implements ContainerInfo {
  declare name: string;
  declare path: readonly PathSegment[];
  declare type: ContainerInfo['type'];
  declare memoryRequest?: number;
  declare memoryLimit?: number;
  declare cpuRequestMillis?: number;
  declare memoryRequestText?: string;
  declare memoryLimitText?: string;
  declare invalidMemoryRequestText?: string;
  declare invalidMemoryLimitText?: string;
  declare extendedResources?: ReadonlyMap<string, number>;
  declare addonImage?: string;

  constructor(
    name: string,
    path: readonly PathSegment[],
    type: ContainerInfo['type'],
    requestRaw: unknown,
    limitRaw: unknown,
    cpu: number | undefined,
    extended: ReadonlyMap<string, number> | undefined,
  ) {
    this.name = name;
    this.path = path;
    this.type = type;
    const memoryRequest = parseMemory(requestRaw);
    const memoryLimit = parseMemory(limitRaw);
    if (memoryRequest !== undefined) {
      this.memoryRequest = memoryRequest;
      this.memoryRequestText = String(requestRaw);
    }
    if (memoryLimit !== undefined) {
      this.memoryLimit = memoryLimit;
      this.memoryLimitText = String(limitRaw);
    }
    if (cpu !== undefined) this.cpuRequestMillis = cpu;
    // Rare (an API server rejects them), so last: most records never have these fields.
    const invalidRequest = invalidQuantityText(requestRaw, memoryRequest);
    const invalidLimit = invalidQuantityText(limitRaw, memoryLimit);
    if (invalidRequest !== undefined) this.invalidMemoryRequestText = invalidRequest;
    if (invalidLimit !== undefined) this.invalidMemoryLimitText = invalidLimit;
    if (extended !== undefined) this.extendedResources = extended;
  }
}

/** A memory quantity the API server accepts: a negative one (`-1Gi`) it rejects, as it does a malformed one. */
function parseMemory(raw: unknown): number | undefined {
  const bytes = parseQuantity(raw);
  return bytes !== undefined && bytes >= 0 ? bytes : undefined;
}

/** A memory quantity that is set but did not parse (`parsed` undefined), as a message quotes it; else undefined. */
function invalidQuantityText(raw: unknown, parsed: number | undefined): string | undefined {
  if (parsed !== undefined || raw === undefined || raw === null) return undefined;
  return typeof raw === 'string' ? raw : JSON.stringify(raw);
}

const EXTENDED_SIDES = ['requests', 'limits'] as const;

/**
 * A container's extended resources (GPUs, Neuron devices, EFA: names some instance type offers),
 * the larger of its request and limit for each; undefined for the nearly every container without.
 */
function extendedOf(resources: unknown): ReadonlyMap<string, number> | undefined {
  const obj = asObject(resources);
  if (!obj) return undefined;
  let one: Map<string, number> | undefined;
  for (const side of EXTENDED_SIDES) {
    const amounts = asObject(obj[side]);
    if (!amounts) continue;
    for (const name of Object.keys(amounts)) {
      if (!knownExtendedResources().has(name) && !name.startsWith('aws.amazon.com/neuron')) continue;
      const n = parseQuantity(amounts[name]);
      if (n !== undefined && n > 0) (one ??= new Map()).set(name, Math.max(one.get(name) ?? 0, n));
    }
  }
  return one;
}

/** An image whose repository ends in `/kube-proxy` (or is `kube-proxy`), with a tag: a self-managed kube-proxy's version (addons.ts). */
export const KUBE_PROXY_IMAGE = /(?:^|\/)kube-proxy:(v?\d+\.\d+[^@\s]*)/;
/** The AWS Load Balancer Controller's image, and its version when the tag says (load-balancers.ts). */
export const LBC_IMAGE = /(?:aws-load-balancer-controller|aws-alb-ingress-controller)(?::v?(\d+)\.(\d+))?/;

function container(value: unknown, path: readonly PathSegment[], type: ContainerInfo['type']): ContainerInfo {
  const record = containerRecord(value, path, type);
  // Set after the constructor for the few containers that run one: see PodSpecRecord.rare.
  const image = asString(field(value, 'image'));
  if (image !== undefined && (KUBE_PROXY_IMAGE.test(image) || LBC_IMAGE.test(image))) record.addonImage = image;
  return record;
}

function containerRecord(value: unknown, path: readonly PathSegment[], type: ContainerInfo['type']): ContainerRecord {
  const resources = field(value, 'resources');
  const requests = field(resources, 'requests');
  const name = asString(field(value, 'name')) ?? `#${String(path[path.length - 1])}`;
  return new ContainerRecord(
    name,
    path,
    type,
    field(requests, 'memory'),
    field(field(resources, 'limits'), 'memory'),
    parseCpuMillis(field(requests, 'cpu')),
    extendedOf(resources),
  );
}

/** A pod's own `resources` (PodLevelResources), read when it has them: nearly no pod does. */
class PodResourcesRecord implements PodResources {
  declare memoryRequest?: number;
  declare memoryLimit?: number;
  declare invalidMemoryRequestText?: string;
  declare invalidMemoryLimitText?: string;

  constructor(resources: unknown) {
    const requestRaw = get(resources, 'requests', 'memory');
    const limitRaw = get(resources, 'limits', 'memory');
    const request = parseMemory(requestRaw);
    const limit = parseMemory(limitRaw);
    if (request !== undefined) this.memoryRequest = request;
    if (limit !== undefined) this.memoryLimit = limit;
    const invalidRequest = invalidQuantityText(requestRaw, request);
    const invalidLimit = invalidQuantityText(limitRaw, limit);
    if (invalidRequest !== undefined) this.invalidMemoryRequestText = invalidRequest;
    if (invalidLimit !== undefined) this.invalidMemoryLimitText = invalidLimit;
  }
}

function requirements(value: unknown): NodeSelectorRequirement[] {
  return asArray(value).flatMap((expr) => {
    const key = asString(get(expr, 'key'));
    const operator = asString(get(expr, 'operator'));
    if (!key || !operator || !['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'].includes(operator)) return [];
    return [{ key, operator: operator as NodeSelectorRequirement['operator'], values: asArray(get(expr, 'values')).map(String) }];
  });
}

/** Node selector requirements of Kubernetes, Karpenter and eksctl shapes. */
export { requirements as readRequirements };

export function readTolerations(value: unknown): readonly Toleration[] {
  if (!Array.isArray(value) || value.length === 0) return NONE;
  return value.flatMap((t) => {
    const obj = asObject(t);
    if (!obj) return [];
    const key = asString(obj['key']);
    const value = asString(obj['value']);
    const effect = asString(obj['effect']);
    const operator = asString(obj['operator']);
    return [
      {
        ...(key !== undefined ? { key } : {}),
        ...(operator === 'Exists' || operator === 'Equal' ? { operator } : {}),
        ...(value !== undefined ? { value } : {}),
        ...(effect ? { effect } : {}),
      },
    ];
  });
}

const EFFECTS = new Set(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
/** AWS spells taint effects NO_SCHEDULE in CloudFormation / the EKS API. */
const AWS_EFFECTS: Record<string, Taint['effect']> = {
  NO_SCHEDULE: 'NoSchedule',
  PREFER_NO_SCHEDULE: 'PreferNoSchedule',
  NO_EXECUTE: 'NoExecute',
};

export function normalizeEffect(effect: unknown): Taint['effect'] | undefined {
  const s = asString(effect);
  if (!s) return undefined;
  if (EFFECTS.has(s)) return s as Taint['effect'];
  return AWS_EFFECTS[s];
}

/**
 * `theirs` when it has the same entries as `ours`, in the same order; else `ours`. A workload's
 * pod template mostly repeats its labels: one object for both where the two were 80,000 objects
 * at 100k documents, kept with the model (nothing writes to either; see sharedStringMap).
 */
function sameOr(theirs: Readonly<Record<string, string>>, ours: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  if (theirs === ours) return ours;
  const keys = Object.keys(ours);
  const other = Object.keys(theirs);
  if (keys.length !== other.length) return ours;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    if (other[i] !== k || theirs[k] !== ours[k]) return ours;
  }
  return theirs;
}

/** Node selectors by their JSON (see internedStringMap); bounded, for a process that reviews many trees. */
const nodeSelectors = new Map<string, Readonly<Record<string, string>>>();

/**
 * `sharedStringMap(value)`, one frozen object for all equal ones: nearly every pod of a tree
 * selects one of a few node selectors (`role: apps`), and each kept its own mapping with the
 * model (39,921 at 100k documents, 2.2 MB). Equal means the same entries in the same order, as
 * JSON.stringify writes them; a mapping that is not a plain object is kept as it is.
 */
function internedStringMap(value: unknown): Readonly<Record<string, string>> {
  const map = sharedStringMap(value);
  if (map === NO_STRINGS || Object.getPrototypeOf(map) !== Object.prototype) return map;
  const key = JSON.stringify(map);
  return boundedEntryOf(nodeSelectors, key, () => Object.freeze({ ...map }));
}

function podSpec(manifest: Manifest, kind: WorkloadKind): PodSpecInfo | undefined {
  const path = POD_SPEC_PATHS[kind];
  const spec = asObject(fieldAt(manifest.raw, path, path.length));
  if (!spec) return undefined;
  const containers = asArray(spec['containers']).map((c, i) => container(c, containerPath(path, 'containers', i), 'container'));
  const inits = spec['initContainers'];
  const initContainers =
    Array.isArray(inits) && inits.length > 0
      ? inits.map((c, i) => container(c, containerPath(path, 'initContainers', i), field(c, 'restartPolicy') === 'Always' ? 'sidecar' : 'init'))
      : NONE;
  const overhead = parseQuantity(field(spec['overhead'], 'memory'));
  const terms = asArray(field(field(field(spec['affinity'], 'nodeAffinity'), 'requiredDuringSchedulingIgnoredDuringExecution'), 'nodeSelectorTerms'));
  const templateLabels =
    kind === 'Pod'
      ? manifest.labels
      : sameOr(manifest.labels, sharedStringMap(field(field(fieldAt(manifest.raw, path, path.length - 1), 'metadata'), 'labels')));
  const record = new PodSpecRecord(
    path,
    containers,
    initContainers,
    overhead,
    internedStringMap(spec['nodeSelector']),
    terms.length === 0 ? NONE : terms.map((t) => requirements(field(t, 'matchExpressions'))).filter((t) => t.length > 0),
    readTolerations(spec['tolerations']),
    spec['hostNetwork'] === true,
    templateLabels,
  );
  // What the memory rules read of the few pods that set them, so that the value can go (release.ts).
  const runtimeClassName = asString(spec['runtimeClassName']);
  const nodeName = asString(spec['nodeName']);
  const resources = spec['resources'];
  if (runtimeClassName !== undefined || nodeName !== undefined || resources !== undefined) {
    const rare: Mutable<PodSpecRare> = {};
    if (runtimeClassName !== undefined) rare.runtimeClassName = runtimeClassName;
    if (nodeName !== undefined) rare.nodeName = nodeName;
    if (resources !== undefined) rare.resources = new PodResourcesRecord(resources);
    record.rare = rare;
  }
  return record;
}

/** A pod spec, made by a constructor for the reason ContainerRecord is; fields in PodSpecInfo's order. */
class PodSpecRecord implements PodSpecInfo {
  declare path: readonly PathSegment[];
  declare containers: readonly ContainerInfo[];
  declare initContainers: readonly ContainerInfo[];
  declare overheadMemory?: number;
  declare nodeSelector: Readonly<Record<string, string>>;
  declare requiredNodeAffinity: readonly (readonly NodeSelectorRequirement[])[];
  declare tolerations: readonly Toleration[];
  declare hostNetwork: boolean;
  declare labels: Readonly<Record<string, string>>;
  // Set after the constructor, for the few pods that have any: not a field V8 makes room for in every record.
  declare rare?: PodSpecRare;

  constructor(
    path: readonly PathSegment[],
    containers: readonly ContainerInfo[],
    initContainers: readonly ContainerInfo[],
    overhead: number | undefined,
    nodeSelector: Readonly<Record<string, string>>,
    requiredNodeAffinity: readonly (readonly NodeSelectorRequirement[])[],
    tolerations: readonly Toleration[],
    hostNetwork: boolean,
    labels: Readonly<Record<string, string>>,
  ) {
    this.path = path;
    this.containers = containers;
    this.initContainers = initContainers;
    if (overhead !== undefined) this.overheadMemory = overhead;
    this.nodeSelector = nodeSelector;
    this.requiredNodeAffinity = requiredNodeAffinity;
    this.tolerations = tolerations;
    this.hostNetwork = hostNetwork;
    this.labels = labels;
  }
}

/**
 * `{ ...manifest, ...fields }` for the objects the model reads a manifest as, made by a subclass's
 * constructor (see ContainerRecord). Not a spread: on Node 20 an object literal that starts with a
 * spread gets a hidden class of its own, and `Object.assign({}, ...)` put all but four fields in a
 * properties array (5 MiB of them at 100k documents). Objects of one kind and shape share a class.
 */
abstract class ManifestCopy implements Manifest {
  declare kind: string;
  declare apiVersion: string;
  declare name: string;
  declare namespace?: string;
  declare ref: Manifest['ref'];
  declare raw: Manifest['raw'];
  declare annotations: Manifest['annotations'];
  declare labels: Manifest['labels'];

  constructor(manifest: Manifest) {
    this.kind = manifest.kind;
    this.apiVersion = manifest.apiVersion;
    this.name = manifest.name;
    if (manifest.namespace !== undefined) this.namespace = manifest.namespace;
    this.ref = manifest.ref;
    this.raw = manifest.raw;
    this.annotations = manifest.annotations;
    this.labels = manifest.labels;
  }
}

class WorkloadRecord extends ManifestCopy implements Workload {
  declare kind: WorkloadKind;
  declare pod: PodSpecInfo;
  declare replicas?: number;
  declare parallelism?: number;
  declare strategy?: NonNullable<Workload['strategy']>;
  declare completions?: number;
  declare concurrencyPolicy?: string;

  constructor(
    manifest: Manifest,
    kind: WorkloadKind,
    pod: PodSpecInfo,
    replicas: number | undefined,
    parallelism: number | undefined,
    strategy: Workload['strategy'] | undefined,
  ) {
    super(manifest);
    this.kind = kind;
    this.pod = pod;
    if (replicas !== undefined) this.replicas = replicas;
    if (parallelism !== undefined) this.parallelism = parallelism;
    if (strategy !== undefined) this.strategy = strategy;
  }
}

class ServiceRecord extends ManifestCopy implements Service {
  declare type: string;
  declare loadBalancerClass?: string;

  constructor(manifest: Manifest, type: string, loadBalancerClass: string | undefined) {
    super(manifest);
    this.type = type;
    if (loadBalancerClass !== undefined) this.loadBalancerClass = loadBalancerClass;
  }
}

class IngressRecord extends ManifestCopy implements Ingress {
  declare ingressClassName?: string;

  constructor(manifest: Manifest, ingressClassName: string | undefined) {
    super(manifest);
    if (ingressClassName !== undefined) this.ingressClassName = ingressClassName;
  }
}

class AutoscalerRecord extends ManifestCopy implements HorizontalPodAutoscaler {
  declare target?: { kind: string; name: string };
  declare minReplicas?: number;
  declare maxReplicas?: number;

  constructor(manifest: Manifest, target: AutoscalerRecord['target'], minReplicas: number | undefined, maxReplicas: number | undefined) {
    super(manifest);
    if (target !== undefined) this.target = target;
    if (minReplicas !== undefined) this.minReplicas = minReplicas;
    if (maxReplicas !== undefined) this.maxReplicas = maxReplicas;
  }
}

export function toWorkload(manifest: Manifest): Workload | undefined {
  const kind = manifest.kind;
  if (!isWorkloadKind(kind)) return undefined;
  const pod = podSpec(manifest, kind);
  if (!pod) return undefined;
  const spec: Obj = asObject(manifest.raw['spec']) ?? {};
  const replicas = asNumber(spec['replicas']);
  const parallelism = asNumber(kind === 'CronJob' ? field(field(spec['jobTemplate'], 'spec'), 'parallelism') : spec['parallelism']);
  const strategyRaw = asObject(spec['strategy']) ?? asObject(spec['updateStrategy']);
  let strategy: Workload['strategy'] | undefined;
  if (strategyRaw) {
    const rolling = asObject(strategyRaw['rollingUpdate']);
    const surge = rolling?.['maxSurge'];
    const unavailable = rolling?.['maxUnavailable'];
    const type = asString(strategyRaw['type']);
    const read: Mutable<NonNullable<Workload['strategy']>> = {};
    if (type !== undefined) read.type = type;
    if (typeof surge === 'number' || typeof surge === 'string') read.maxSurge = surge;
    if (typeof unavailable === 'number' || typeof unavailable === 'string') read.maxUnavailable = unavailable;
    strategy = read;
  }
  const record = new WorkloadRecord(manifest, kind, pod, replicas, parallelism, strategy);
  // Read by the memory rules (a Job's pods at once), set on Jobs only: see PodSpecRecord.rare.
  if (kind === 'Job' || kind === 'CronJob') {
    const jobSpec = kind === 'CronJob' ? field(spec['jobTemplate'], 'spec') : spec;
    const completions = asNumber(field(jobSpec, 'completions'));
    if (completions !== undefined) record.completions = completions;
    if (kind === 'CronJob') {
      const policy = asString(spec['concurrencyPolicy']);
      if (policy !== undefined) record.concurrencyPolicy = policy;
    }
  }
  return record;
}

export function toService(manifest: Manifest): Service | undefined {
  if (manifest.kind !== 'Service') return undefined;
  const spec = manifest.raw['spec'];
  const lbClass = asString(field(spec, 'loadBalancerClass'));
  return new ServiceRecord(manifest, asString(field(spec, 'type')) ?? 'ClusterIP', lbClass);
}

export function toIngress(manifest: Manifest): Ingress | undefined {
  if (manifest.kind !== 'Ingress') return undefined;
  const className = asString(get(manifest.raw, 'spec', 'ingressClassName'));
  return new IngressRecord(manifest, className);
}

export function toAutoscaler(manifest: Manifest): HorizontalPodAutoscaler | undefined {
  if (manifest.kind !== 'HorizontalPodAutoscaler') return undefined;
  const spec = asObject(manifest.raw['spec']) ?? {};
  const targetKind = asString(field(spec['scaleTargetRef'], 'kind'));
  const targetName = asString(field(spec['scaleTargetRef'], 'name'));
  const min = asNumber(spec['minReplicas']);
  const max = asNumber(spec['maxReplicas']);
  return new AutoscalerRecord(manifest, targetKind && targetName ? { kind: targetKind, name: targetName } : undefined, min, max);
}
