import type { LoadedDocument, PathSegment } from '../load/types.js';
import { parseCpuMillis, parseQuantity } from './quantity.js';
import type {
  ContainerInfo,
  HorizontalPodAutoscaler,
  Ingress,
  Manifest,
  NodeSelectorRequirement,
  PodSpecInfo,
  Service,
  Taint,
  Toleration,
  Workload,
  WorkloadKind,
} from './types.js';
import { asArray, asNumber, asObject, asString, get, stringMap, type Obj } from './util.js';

/** Where each workload kind keeps its pod spec. Any apiVersion: old extensions/apps betas too. */
export const POD_SPEC_PATHS: Record<WorkloadKind, readonly string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

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
  const m = toManifest(doc, [], root);
  return m ? [m] : [];
}

function toManifest(doc: LoadedDocument, base: PathSegment[], value: unknown): Manifest | undefined {
  const raw = asObject(value);
  if (!raw) return undefined;
  const kind = raw['kind'];
  const apiVersion = raw['apiVersion'];
  if (typeof kind !== 'string' || typeof apiVersion !== 'string') return undefined;
  const metadata = asObject(raw['metadata']) ?? {};
  const namespace = asString(metadata['namespace']);
  const name = asString(metadata['name']) ?? asString(metadata['generateName']) ?? '(unnamed)';
  const annotations = stringMap(metadata['annotations']);
  const labels = stringMap(metadata['labels']);
  const ref = { doc, base };
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

function container(value: unknown, path: PathSegment[], type: ContainerInfo['type']): ContainerInfo {
  const resources = field(value, 'resources');
  const requests = field(resources, 'requests');
  const requestRaw = field(requests, 'memory');
  const limitRaw = field(field(resources, 'limits'), 'memory');
  const memoryRequest = parseQuantity(requestRaw);
  const memoryLimit = parseQuantity(limitRaw);
  const cpu = parseCpuMillis(field(requests, 'cpu'));
  const info: Mutable<ContainerInfo> = { name: asString(field(value, 'name')) ?? `#${String(path[path.length - 1])}`, path, type };
  if (memoryRequest !== undefined) {
    info.memoryRequest = memoryRequest;
    info.memoryRequestText = String(requestRaw);
  }
  if (memoryLimit !== undefined) {
    info.memoryLimit = memoryLimit;
    info.memoryLimitText = String(limitRaw);
  }
  if (cpu !== undefined) info.cpuRequestMillis = cpu;
  return info;
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

export function readTolerations(value: unknown): Toleration[] {
  return asArray(value).flatMap((t) => {
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

function podSpec(manifest: Manifest, kind: WorkloadKind): PodSpecInfo | undefined {
  const path = POD_SPEC_PATHS[kind];
  const spec = asObject(fieldAt(manifest.raw, path, path.length));
  if (!spec) return undefined;
  const containers = asArray(spec['containers']).map((c, i) => container(c, [...path, 'containers', i], 'container'));
  const initContainers = asArray(spec['initContainers']).map((c, i) =>
    container(c, [...path, 'initContainers', i], field(c, 'restartPolicy') === 'Always' ? 'sidecar' : 'init'),
  );
  const overhead = parseQuantity(field(spec['overhead'], 'memory'));
  const terms = asArray(field(field(field(spec['affinity'], 'nodeAffinity'), 'requiredDuringSchedulingIgnoredDuringExecution'), 'nodeSelectorTerms'));
  const templateLabels = kind === 'Pod' ? manifest.labels : stringMap(field(field(fieldAt(manifest.raw, path, path.length - 1), 'metadata'), 'labels'));
  // Built in PodSpecInfo's order, every field but overheadMemory set below.
  const pod: Partial<Mutable<PodSpecInfo>> = { path, containers, initContainers };
  if (overhead !== undefined) pod.overheadMemory = overhead;
  pod.nodeSelector = stringMap(spec['nodeSelector']);
  pod.requiredNodeAffinity = terms.map((t) => requirements(field(t, 'matchExpressions'))).filter((t) => t.length > 0);
  pod.tolerations = readTolerations(spec['tolerations']);
  pod.hostNetwork = spec['hostNetwork'] === true;
  pod.labels = templateLabels;
  return pod as PodSpecInfo;
}

/**
 * `{ ...manifest, ...fields }`, the same object, built with Object.assign. On Node 20, V8 gives an
 * object literal that starts with a spread and adds properties after it a hidden class of its own:
 * every Workload, Service and HPA had one (20,000 on the synthetic 20k tree, 7 MB of maps and
 * descriptor arrays), and every rule's property read on them went megamorphic. Object.assign onto
 * `{}` walks the shared transition tree, so objects of one shape share one class.
 */
function withFields<M extends object, F extends object>(manifest: M, fields: F): Omit<M, keyof F> & F {
  return Object.assign({}, manifest, fields);
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
  const fields: Mutable<Pick<Workload, 'kind' | 'pod' | 'replicas' | 'parallelism' | 'strategy'>> = { kind, pod };
  if (replicas !== undefined) fields.replicas = replicas;
  if (parallelism !== undefined) fields.parallelism = parallelism;
  if (strategyRaw) {
    const rolling = asObject(strategyRaw['rollingUpdate']);
    const surge = rolling?.['maxSurge'];
    const unavailable = rolling?.['maxUnavailable'];
    const type = asString(strategyRaw['type']);
    const strategy: Mutable<NonNullable<Workload['strategy']>> = {};
    if (type !== undefined) strategy.type = type;
    if (typeof surge === 'number' || typeof surge === 'string') strategy.maxSurge = surge;
    if (typeof unavailable === 'number' || typeof unavailable === 'string') strategy.maxUnavailable = unavailable;
    fields.strategy = strategy;
  }
  return withFields(manifest, fields);
}

export function toService(manifest: Manifest): Service | undefined {
  if (manifest.kind !== 'Service') return undefined;
  const spec = manifest.raw['spec'];
  const lbClass = asString(field(spec, 'loadBalancerClass'));
  const fields: Mutable<Pick<Service, 'type' | 'loadBalancerClass'>> = { type: asString(field(spec, 'type')) ?? 'ClusterIP' };
  if (lbClass !== undefined) fields.loadBalancerClass = lbClass;
  return withFields(manifest, fields);
}

export function toIngress(manifest: Manifest): Ingress | undefined {
  if (manifest.kind !== 'Ingress') return undefined;
  const className = asString(get(manifest.raw, 'spec', 'ingressClassName'));
  return withFields(manifest, className !== undefined ? { ingressClassName: className } : {});
}

export function toAutoscaler(manifest: Manifest): HorizontalPodAutoscaler | undefined {
  if (manifest.kind !== 'HorizontalPodAutoscaler') return undefined;
  const spec = asObject(manifest.raw['spec']) ?? {};
  const targetKind = asString(field(spec['scaleTargetRef'], 'kind'));
  const targetName = asString(field(spec['scaleTargetRef'], 'name'));
  const min = asNumber(spec['minReplicas']);
  const max = asNumber(spec['maxReplicas']);
  const fields: Mutable<Pick<HorizontalPodAutoscaler, 'target' | 'minReplicas' | 'maxReplicas'>> = {};
  if (targetKind && targetName) fields.target = { kind: targetKind, name: targetName };
  if (min !== undefined) fields.minReplicas = min;
  if (max !== undefined) fields.maxReplicas = max;
  return withFields(manifest, fields);
}
