/**
 * A pod's memory as the scheduler and the kubelet count it (kubernetes component-helpers
 * `PodRequests` / `PodLimits`): containers, init containers, native
 * sidecars, pod overhead, LimitRange defaults, pod-level resources.
 */
import type { PathSegment } from '../../load/types.js';
import { parseQuantity } from '../../model/quantity.js';
import type { ContainerInfo, Manifest, PodResources, Workload } from '../../model/types.js';
import { asArray, asString, get } from '../../model/util.js';
import { mem } from './_units.js';

/** One container after defaulting; `limit` undefined = unbounded. */
export interface ContainerMemory {
  readonly info: ContainerInfo;
  readonly request: number;
  readonly limit: number | undefined;
  /** The limit (or request) came from a LimitRange default, not from the container. */
  readonly defaulted: boolean;
}

/** What decides one side (request or limit) of the pod: the containers that sum up to it. */
export interface Aggregate {
  /** Effective value in bytes, overhead included; Infinity = unbounded. */
  readonly value: number;
  /** Containers whose values make up `value` (one init container, or the app containers). */
  readonly parts: readonly ContainerMemory[];
  /** The container to point at: the largest part. */
  readonly main?: ContainerMemory;
  /** Set when pod-level `spec.resources` replaces the container sum. */
  readonly podLevel?: number;
}

export interface PodMemory {
  readonly request: Aggregate;
  readonly limit: Aggregate;
  readonly overhead: number;
  readonly containers: readonly ContainerMemory[];
  /** Path of the pod spec inside the workload. */
  readonly podPath: readonly PathSegment[];
}

/** LimitRange `type: Container` defaults of one namespace (after API defaulting). */
export interface LimitRangeDefaults {
  readonly limit?: number;
  readonly request?: number;
}

const positive = (n: number | undefined): number | undefined => (n !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined);

/**
 * LimitRange defaults as the API server fills them (`SetDefaults_LimitRangeItem`): a missing
 * `default` takes `max`; a missing `defaultRequest` takes `default`, else `min`.
 */
export function limitRangeDefaults(manifest: Manifest): LimitRangeDefaults | undefined {
  for (const item of asArray(get(manifest.raw, 'spec', 'limits'))) {
    if (asString(get(item, 'type')) !== 'Container') continue;
    const limit = positive(parseQuantity(get(item, 'default', 'memory'))) ?? positive(parseQuantity(get(item, 'max', 'memory')));
    const request = positive(parseQuantity(get(item, 'defaultRequest', 'memory'))) ?? limit ?? positive(parseQuantity(get(item, 'min', 'memory')));
    if (limit === undefined && request === undefined) continue;
    return { ...(limit !== undefined ? { limit } : {}), ...(request !== undefined ? { request } : {}) };
  }
  return undefined;
}

function containerMemory(info: ContainerInfo, defaults: LimitRangeDefaults | undefined): ContainerMemory {
  const ownLimit = positive(info.memoryLimit);
  const ownRequest = positive(info.memoryRequest);
  const limit = ownLimit ?? defaults?.limit;
  // API defaulting copies the container's own limit into a missing request before admission
  // applies the LimitRange; only a container with neither gets `defaultRequest`.
  const request = ownRequest ?? ownLimit ?? defaults?.request ?? 0;
  const defaulted =
    (ownLimit === undefined && defaults?.limit !== undefined) || (ownRequest === undefined && ownLimit === undefined && defaults?.request !== undefined);
  return { info, request, limit, defaulted };
}

type Sum = { total: number; parts: readonly ContainerMemory[]; main: ContainerMemory | undefined };

/**
 * The scheduler's aggregation: app containers and native sidecars run together; each regular
 * init container runs alone beside the sidecars started before it; the pod needs the larger.
 * (Every workload's pod is summed twice by the first memory-budget rule: no spread objects.)
 */
function aggregate(app: readonly ContainerMemory[], inits: readonly ContainerMemory[], pick: (c: ContainerMemory) => number): Sum {
  let appTotal = 0;
  for (const c of app) appTotal += pick(c);
  let running: readonly ContainerMemory[] = app;
  let initMax = 0;
  let initParts: ContainerMemory[] = [];
  if (inits.length > 0) {
    const all = [...app];
    const sidecars: ContainerMemory[] = [];
    let sidecarTotal = 0;
    for (const c of inits) {
      if (c.info.type === 'sidecar') {
        all.push(c);
        sidecars.push(c);
        appTotal += pick(c);
        sidecarTotal += pick(c);
        if (sidecarTotal > initMax) [initMax, initParts] = [sidecarTotal, [...sidecars]];
      } else if (pick(c) + sidecarTotal > initMax) {
        [initMax, initParts] = [pick(c) + sidecarTotal, [c, ...sidecars]];
      }
    }
    running = all;
  }
  const parts = initMax > appTotal ? initParts : running;
  let main: ContainerMemory | undefined;
  for (const c of parts) if (main === undefined || pick(c) > pick(main)) main = c;
  return { total: Math.max(appTotal, initMax), parts, main };
}

const pickRequest = (c: ContainerMemory): number => c.request;
const pickLimit = (c: ContainerMemory): number => c.limit ?? Infinity;

/** One side of the pod: `main` and `podLevel` only where there are. */
function side(value: number, sum: Sum, podLevel: number | undefined): Aggregate {
  const out: { value: number; parts: readonly ContainerMemory[]; main?: ContainerMemory; podLevel?: number } = { value, parts: sum.parts };
  if (sum.main) out.main = sum.main;
  if (podLevel !== undefined) out.podLevel = podLevel;
  return out;
}

/** Pod-level `resources` memory (PodLevelResources), which replaces the container sums where set. */
export interface PodLevelMemory {
  readonly request: number | undefined;
  readonly limit: number | undefined;
}

/** The pod's own `resources`, as the model read them; undefined where it has none (nearly every pod). */
export function podLevelMemory(workload: Workload): PodLevelMemory | undefined {
  const resources = workload.pod.rare?.resources;
  if (resources === undefined) return undefined;
  return { request: positive(resources.memoryRequest), limit: positive(resources.memoryLimit) };
}

/**
 * Effective request and limit of the workload's pod. `overhead` is the RuntimeClass overhead
 * admission would copy into `spec.overhead` when the manifest does not carry it already.
 */
export function podMemory(workload: Workload, defaults?: LimitRangeDefaults, runtimeOverhead?: number): PodMemory {
  return podMemoryWith(workload, defaults, runtimeOverhead, podLevelMemory(workload));
}

/**
 * `podMemory` with the pod-level resources already read (`podLevelMemory`): made again for a
 * finding from the model alone, without reading the manifest's values a second time.
 */
export function podMemoryWith(
  workload: Workload,
  defaults: LimitRangeDefaults | undefined,
  runtimeOverhead: number | undefined,
  podLevel: PodLevelMemory | undefined,
): PodMemory {
  const pod = workload.pod;
  const containers = pod.containers.map((c) => containerMemory(c, defaults));
  const inits = pod.initContainers.map((c) => containerMemory(c, defaults));
  const overhead = positive(pod.overheadMemory) ?? positive(runtimeOverhead) ?? 0;
  const requests = aggregate(containers, inits, pickRequest);
  const limits = aggregate(containers, inits, pickLimit);
  // Pod-level resources (PodLevelResources) replace the container sums where they are set.
  const podRequest = podLevel?.request;
  const podLimit = podLevel?.limit;
  const requestValue = podRequest ?? requests.total;
  const limitValue = podLimit ?? limits.total;
  return {
    request: side(requestValue + overhead, requests, podRequest),
    // Overhead is added to a limit only when there is one (`PodLimits`).
    limit: side(Number.isFinite(limitValue) ? limitValue + overhead : Infinity, limits, podLimit),
    overhead,
    containers: inits.length > 0 ? [...containers, ...inits] : containers,
    podPath: pod.path,
  };
}

/** A memory field the manifest sets to something that is not a Kubernetes quantity. */
export interface InvalidQuantity {
  /** "container app", "pod-level resources". */
  readonly owner: string;
  readonly container?: ContainerInfo;
  readonly field: 'request' | 'limit';
  readonly text: string;
  readonly at: readonly PathSegment[];
}

/**
 * Memory requests and limits that are set but do not parse ("1e3Mi", "1.5.3Gi", "NaNMi"): the API
 * server rejects them, and reading them as unset would call the pod "no request".
 */
export function invalidMemoryQuantities(workload: Workload): InvalidQuantity[] {
  // Asked for every workload by the first memory-budget rule: nothing is allocated for a pod whose
  // quantities all parsed (the usual case).
  const out: InvalidQuantity[] = [];
  const pod = workload.pod;
  for (const c of pod.containers) checkQuantities(out, c.path, c, c);
  for (const c of pod.initContainers) checkQuantities(out, c.path, c, c);
  const resources = pod.rare?.resources;
  if (resources) checkQuantities(out, pod.path, resources, undefined);
  return out;
}

function checkQuantities(out: InvalidQuantity[], base: readonly PathSegment[], read: PodResources, container: ContainerInfo | undefined): void {
  if (read.invalidMemoryRequestText !== undefined) out.push(invalid(base, container, 'request', read.invalidMemoryRequestText));
  if (read.invalidMemoryLimitText !== undefined) out.push(invalid(base, container, 'limit', read.invalidMemoryLimitText));
}

function invalid(base: readonly PathSegment[], container: ContainerInfo | undefined, field: 'request' | 'limit', text: string): InvalidQuantity {
  const owner = container
    ? `${container.type === 'container' ? 'container' : container.type === 'init' ? 'init container' : 'sidecar container'} ${container.name}`
    : 'pod-level resources';
  return { owner, ...(container ? { container } : {}), field, text, at: [...base, 'resources', field === 'request' ? 'requests' : 'limits', 'memory'] };
}

/** Where a finding about one side of the pod points: the main container's field, or pod level. */
export function fieldPath(memory: PodMemory, side: 'request' | 'limit', leaf: 'resources' | 'memory'): readonly PathSegment[] {
  const agg = memory[side];
  const key = side === 'request' ? 'requests' : 'limits';
  if (agg.podLevel !== undefined) return [...memory.podPath, 'resources', ...(leaf === 'memory' ? [key, 'memory'] : [])];
  const main = agg.main;
  if (!main) return memory.podPath;
  return [...main.info.path, 'resources', ...(leaf === 'memory' ? [key, 'memory'] : [])];
}

/**
 * The quantity the manifest wrote for one side of the pod, when a single container's own field
 * makes up that side (the request of a container that sets only a limit is its limit).
 */
export function writtenQuantity(memory: PodMemory, side: 'request' | 'limit'): string | undefined {
  const agg = memory[side];
  if (agg.podLevel !== undefined || memory.overhead > 0) return undefined;
  const own = agg.parts.filter((c) => (side === 'request' ? c.request : (c.limit ?? 0)) > 0);
  const only = own.length === 1 ? own[0] : undefined;
  if (!only || only.defaulted) return undefined;
  const text = side === 'limit' ? only.info.memoryLimitText : (only.info.memoryRequestText ?? only.info.memoryLimitText);
  return text !== undefined && /^\s*\d/.test(text) ? text.trim() : undefined;
}

/**
 * The pod's side in words: "limit 3.5Gi", "limits 4.5Gi (app 3.5Gi + proxy 1Gi)",
 * "limit 2Gi (init container migrate)", with "+ 120Mi overhead" when there is one.
 */
export function describe(memory: PodMemory, side: 'request' | 'limit', fmt: (bytes: number) => string = mem): string {
  const agg = memory[side];
  const pick = (c: ContainerMemory): number => (side === 'request' ? c.request : (c.limit ?? Infinity));
  const word = side;
  const overhead = memory.overhead > 0 ? ` incl. ${fmt(memory.overhead)} pod overhead` : '';
  if (agg.podLevel !== undefined) return `pod-level ${word} ${fmt(agg.value)}${overhead}`;
  const parts = agg.parts.filter((c) => pick(c) > 0);
  const total = writtenQuantity(memory, side) ?? fmt(agg.value);
  if (parts.length === 1 && parts[0]) {
    const c = parts[0];
    const kind = c.info.type === 'init' ? ` (init container ${c.info.name})` : memory.containers.length > 1 ? ` (container ${c.info.name})` : '';
    return `${word} ${total}${kind}${overhead}`;
  }
  if (parts.length === 0) return `${word} ${total}${overhead}`;
  const shown = parts.slice(0, 4).map((c) => `${c.info.name} ${fmt(pick(c))}`);
  const more = parts.length > 4 ? ` + ${parts.length - 4} more` : '';
  return `${word}s ${total} (${shown.join(' + ')}${more}${memory.overhead > 0 ? ` + ${fmt(memory.overhead)} overhead` : ''})`;
}
