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
  return {
    kind,
    apiVersion,
    name: asString(metadata['name']) ?? asString(metadata['generateName']) ?? '(unnamed)',
    ...(namespace !== undefined ? { namespace } : {}),
    ref: { doc, base },
    raw,
    annotations: stringMap(metadata['annotations']),
    labels: stringMap(metadata['labels']),
  };
}

function container(value: unknown, path: PathSegment[], type: ContainerInfo['type']): ContainerInfo {
  const resources = get(value, 'resources');
  const requestRaw = get(resources, 'requests', 'memory');
  const limitRaw = get(resources, 'limits', 'memory');
  const memoryRequest = parseQuantity(requestRaw);
  const memoryLimit = parseQuantity(limitRaw);
  const cpu = parseCpuMillis(get(resources, 'requests', 'cpu'));
  return {
    name: asString(get(value, 'name')) ?? `#${String(path[path.length - 1])}`,
    path,
    type,
    ...(memoryRequest !== undefined ? { memoryRequest, memoryRequestText: String(requestRaw) } : {}),
    ...(memoryLimit !== undefined ? { memoryLimit, memoryLimitText: String(limitRaw) } : {}),
    ...(cpu !== undefined ? { cpuRequestMillis: cpu } : {}),
  };
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
  const spec = asObject(get(manifest.raw, ...path));
  if (!spec) return undefined;
  const containers = asArray(spec['containers']).map((c, i) => container(c, [...path, 'containers', i], 'container'));
  const initContainers = asArray(spec['initContainers']).map((c, i) =>
    container(c, [...path, 'initContainers', i], get(c, 'restartPolicy') === 'Always' ? 'sidecar' : 'init'),
  );
  const overhead = parseQuantity(get(spec, 'overhead', 'memory'));
  const terms = asArray(get(spec, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'));
  const templateLabels = kind === 'Pod' ? manifest.labels : stringMap(get(manifest.raw, ...path.slice(0, -1), 'metadata', 'labels'));
  return {
    path,
    containers,
    initContainers,
    ...(overhead !== undefined ? { overheadMemory: overhead } : {}),
    nodeSelector: stringMap(spec['nodeSelector']),
    requiredNodeAffinity: terms.map((t) => requirements(get(t, 'matchExpressions'))).filter((t) => t.length > 0),
    tolerations: readTolerations(spec['tolerations']),
    hostNetwork: spec['hostNetwork'] === true,
    labels: templateLabels,
  };
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
  const parallelism = asNumber(kind === 'CronJob' ? get(spec, 'jobTemplate', 'spec', 'parallelism') : spec['parallelism']);
  const strategyRaw = asObject(spec['strategy']) ?? asObject(spec['updateStrategy']);
  const rolling = asObject(strategyRaw?.['rollingUpdate']);
  const surge = rolling?.['maxSurge'];
  const unavailable = rolling?.['maxUnavailable'];
  const type = asString(strategyRaw?.['type']);
  return withFields(manifest, {
    kind,
    pod,
    ...(replicas !== undefined ? { replicas } : {}),
    ...(parallelism !== undefined ? { parallelism } : {}),
    ...(strategyRaw
      ? {
          strategy: {
            ...(type !== undefined ? { type } : {}),
            ...(typeof surge === 'number' || typeof surge === 'string' ? { maxSurge: surge } : {}),
            ...(typeof unavailable === 'number' || typeof unavailable === 'string' ? { maxUnavailable: unavailable } : {}),
          },
        }
      : {}),
  });
}

export function toService(manifest: Manifest): Service | undefined {
  if (manifest.kind !== 'Service') return undefined;
  const lbClass = asString(get(manifest.raw, 'spec', 'loadBalancerClass'));
  return withFields(manifest, {
    type: asString(get(manifest.raw, 'spec', 'type')) ?? 'ClusterIP',
    ...(lbClass !== undefined ? { loadBalancerClass: lbClass } : {}),
  });
}

export function toIngress(manifest: Manifest): Ingress | undefined {
  if (manifest.kind !== 'Ingress') return undefined;
  const className = asString(get(manifest.raw, 'spec', 'ingressClassName'));
  return withFields(manifest, className !== undefined ? { ingressClassName: className } : {});
}

export function toAutoscaler(manifest: Manifest): HorizontalPodAutoscaler | undefined {
  if (manifest.kind !== 'HorizontalPodAutoscaler') return undefined;
  const spec = asObject(manifest.raw['spec']) ?? {};
  const targetKind = asString(get(spec, 'scaleTargetRef', 'kind'));
  const targetName = asString(get(spec, 'scaleTargetRef', 'name'));
  const min = asNumber(spec['minReplicas']);
  const max = asNumber(spec['maxReplicas']);
  return withFields(manifest, {
    ...(targetKind && targetName ? { target: { kind: targetKind, name: targetName } } : {}),
    ...(min !== undefined ? { minReplicas: min } : {}),
    ...(max !== undefined ? { maxReplicas: max } : {}),
  });
}
