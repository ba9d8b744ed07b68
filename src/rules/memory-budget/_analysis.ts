/**
 * What the memory-budget rules share, computed once per model: node targets per scope, the
 * per-node overhead of DaemonSets and system pods, each workload's pod memory and where it can
 * land.
 *
 * Certainty. Scopes assign objects to clusters by directory; an object equally near several
 * clusters joins all of them, so its pairing with any one is a guess. A node group or DaemonSet
 * counts for a verdict only when it belongs to exactly one scope, and a workload that belongs to
 * several scopes is flagged only when every one of them flags it: findings never rest on a
 * pairing the repository does not make.
 */
import { SYSTEM_PODS } from '../../data/system-pods.js';
import { parseQuantity } from '../../model/quantity.js';
import { readTolerations } from '../../model/kubernetes.js';
import { scopeManifestsOfKinds } from '../../model/scopes.js';
import type { HorizontalPodAutoscaler, Manifest, Model, ModelObject, NodeGroup, PodSpecInfo, Workload } from '../../model/types.js';
import { asArray, asString, boundedEntryOf, entryOf, get, stringMap } from '../../model/util.js';
import { RuleOutOfTime, type RuleContext } from '../types.js';
import type { MemoryBudgetOptions, SystemPodsOption } from './_options.js';
import { cappedLines } from './_details.js';
import { matchPod, or, podFits, readsAnyLabel, type LabelValue, type Match, type Tri } from './_match.js';
import { autoModeBuiltInPools, extendedRequests, missingExtended, nodeGroupTarget, TYPE_KEYS, virtualTarget, type Budget, type NodeTarget } from './_nodes.js';
import { limitRangeDefaults, podLevelMemory, podMemoryWith, type LimitRangeDefaults, type PodLevelMemory, type PodMemory } from './_pod.js';
import { podCount, type PodCount } from './_replicas.js';
import { mi, mib } from './_units.js';

/** Memory one per-node pod (DaemonSet or system pod) takes on every node it runs on. Bytes. */
export interface NodeLoad {
  /** "DaemonSet monitoring/datadog-agent", "aws-node (system pod)". */
  readonly name: string;
  readonly workload?: Workload;
  readonly request: number;
  /** Its limit, or its request where it sets no limit (a missing limit is unbounded). */
  readonly limit: number;
  readonly unbounded: boolean;
}

export interface Overhead {
  readonly loads: readonly NodeLoad[];
  readonly request: number;
  readonly limit: number;
}

/** A workload on one target: per instance type, whether it can land there. */
export interface Placement {
  readonly target: NodeTarget;
  readonly result: Tri;
  /** The instance types it may land on (result yes or maybe), smallest first. */
  readonly types: readonly { readonly budget: Budget; readonly result: Tri }[];
  /** The match of the pod against the group as a whole, for "why not" messages. */
  readonly match: Match;
}

/** What a workload's placement depends on, read once per workload. */
interface WorkloadFacts {
  /** Its scheduling constraints, its RuntimeClass's merged in. */
  readonly pod: PodSpecInfo;
  readonly extended: ReadonlyMap<string, number>;
  /** `nodeName` set: the scheduler is bypassed. */
  readonly pinned: boolean;
  readonly readsTypeLabels: boolean;
  /** Workloads with equal keys land on the same node types for the same reasons. */
  readonly placementKey: string;
}

/**
 * One workload as the rules read it: its memory, its scopes and whether Fargate takes it, read
 * once for every rule. Six rules walk every workload, and each asking the analysis for these by
 * workload was a lookup per question.
 */
export interface WorkloadEntry {
  readonly workload: Workload;
  /**
   * Its pod's effective memory request and limit in bytes, overhead included (Infinity: no limit):
   * `PodMemory`'s two values, which every rule compares. The whole `PodMemory` (containers, the
   * parts of each side) is `Analysis.memoryOf`'s, made when a finding describes the pod: kept for
   * every workload it was ~200 B each, promoted with the analysis (~13 MB at 100k documents).
   */
  readonly request: number;
  readonly limit: number;
  readonly scopes: readonly number[];
  /** A Fargate profile of one of its scopes selects the pod: no node group verdict holds anywhere (see `inEveryScope`). */
  readonly onFargate: boolean;
}

export interface Analysis {
  readonly model: Model;
  /** Every workload of the model, in its order. */
  readonly workloads: readonly WorkloadEntry[];
  /** Workloads that schedule like pods on node groups (not DaemonSets), in the model's order. */
  readonly podWorkloads: readonly WorkloadEntry[];
  /** `placement` for an entry, which keeps its placement key. */
  placementOf(entry: WorkloadEntry, target: NodeTarget): Placement;
  /** `podCount` for an entry. */
  countOf(entry: WorkloadEntry): PodCount | undefined;
  scopesOf(object: ModelObject): readonly number[];
  /** Node group targets of a scope; a workload's own instance-type target where the scope has none. */
  targetsFor(workload: Workload, scope: number): readonly NodeTarget[];
  /** Every node group target (for notices about their instance types). */
  readonly targets: readonly NodeTarget[];
  /** Belongs to exactly one scope (or is a workload's own instance-type target). */
  isCertain(target: NodeTarget): boolean;
  placement(workload: Workload, target: NodeTarget): Placement;
  /** Per-node overhead on a node type, from DaemonSets certainly there and the system pods. */
  overhead(target: NodeTarget, budget: Budget, except?: Workload): Overhead;
  /** The entry's `PodMemory`, made on each call from the model and what the entry keeps, and kept by nobody (see `WorkloadEntry`). */
  memoryOf(entry: WorkloadEntry): PodMemory;
  /** `memoryOf` for a workload without its entry at hand: reads its manifest again. */
  memory(workload: Workload): PodMemory;
  /** A Fargate profile of the scope selects the pod: it runs on no node group. */
  onFargate(workload: Workload, scope: number): boolean;
  /** How many pods of the workload run at once (its autoscaler's bounds included). */
  podCount(workload: Workload): PodCount | undefined;
}

// ---------------------------------------------------------------------------------------------
// System pods: the per-node add-ons every EKS node runs, not in the repository

interface SystemPodLoad extends NodeLoad {
  readonly podName: string;
  readonly namespace: string;
}

/**
 * The per-node system pods of the `systemPods` option (docs/configuration.md): by default the
 * DaemonSets EKS installs on every cluster (system-pods.csv, `defaultOnEks`); `extend` adds the
 * option's pods, `replace` counts only them. A pod without quantities that the table names
 * (`ebs-csi-node`, or `fluent-bit` in `amazon-cloudwatch`) takes the table's figures; a pod the
 * table does not name and that gives none counts 0. Deployments (CoreDNS) are not per node.
 */
export function systemPodLoads(option: SystemPodsOption | undefined): SystemPodLoad[] {
  const table = SYSTEM_PODS.filter((p) => p.kind === 'DaemonSet');
  const fromRow = (row: (typeof table)[number]): SystemPodLoad => {
    const request = mib(row.memoryRequestMiB ?? 0);
    const limit = row.memoryLimitMiB !== undefined ? mib(row.memoryLimitMiB) : request;
    return { name: `${row.name} (system pod)`, podName: row.name, namespace: row.namespace, request, limit, unbounded: row.memoryLimitMiB === undefined };
  };
  const defaults = option?.mode === 'replace' ? [] : table.filter((p) => p.defaultOnEks).map(fromRow);
  const configured = (option?.pods ?? []).map((pod): SystemPodLoad => {
    const request = parseQuantity(pod.memoryRequest);
    const limit = parseQuantity(pod.memoryLimit);
    if (request === undefined && limit === undefined) {
      const row = table.find((p) => p.name === pod.name && (pod.namespace === undefined || p.namespace === pod.namespace));
      if (row) return fromRow(row);
    }
    const req = request !== undefined && request >= 0 ? request : (limit ?? 0);
    return {
      name: `${pod.name} (system pod)`,
      podName: pod.name,
      namespace: pod.namespace ?? '*',
      request: req,
      limit: limit !== undefined && limit >= 0 ? limit : req,
      unbounded: limit === undefined,
    };
  });
  // A pod the option names again replaces its default entry rather than counting twice.
  const named = (l: SystemPodLoad): boolean => configured.some((c) => c.podName === l.podName && (c.namespace === '*' || c.namespace === l.namespace));
  return [...defaults.filter((d) => !named(d)), ...configured];
}

/**
 * The `headroomPercent` option as a per-node load: that share of the node type's allocatable
 * memory, kept free for what the manifests do not show, so every rule's arithmetic subtracts it
 * like a DaemonSet's memory. None at 0 (the default).
 */
function headroomLoad(percent: number | undefined, budget: Budget): NodeLoad[] {
  if (!percent || percent <= 0) return [];
  const bytes = Math.round((budget.conservative * percent) / 100);
  return [{ name: `headroom (${percent}% of ${mi(budget.conservative)} allocatable)`, request: bytes, limit: bytes, unbounded: false }];
}

// ---------------------------------------------------------------------------------------------
// Fargate: pods a Fargate profile selects never land on node groups

interface FargateSelector {
  namespace: string;
  labels: Record<string, string>;
}

const globs = new Map<string, RegExp>();

/** A Fargate profile's namespace pattern (`*`, `?`), compiled once: every workload is matched against every profile of its scopes. */
function globMatch(pattern: string, value: string): boolean {
  let re = globs.get(pattern);
  if (!re) {
    re = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
    globs.set(pattern, re);
  }
  return re.test(value);
}

/** Manifests whose scopes the analysis asks for (see `build`). */
const SCOPED_MANIFEST_KINDS = ['LimitRange', 'RuntimeClass', 'ClusterConfig'];

/**
 * Each scope's Fargate selectors: its eksctl ClusterConfigs' profiles, then the CloudFormation
 * profiles naming its cluster (every profile when there is one scope). The profiles are read once
 * for the model and handed to their scopes, in the model's order (each scope's manifests keep
 * it): reading them per scope scanned every scope's manifests and every template's resources.
 */
function fargateSelectorsByScope(model: Model, scopesOf: (o: ModelObject) => readonly number[], single: boolean): FargateSelector[][] {
  const out = model.scopes.map((): FargateSelector[] => []);
  for (const m of model.manifests) {
    if (m.kind !== 'ClusterConfig' || !m.apiVersion.startsWith('eksctl.io/')) continue;
    const scopes = scopesOf(m);
    if (scopes.length === 0) continue;
    const selectors: FargateSelector[] = [];
    for (const profile of asArray(m.raw['fargateProfiles'])) {
      for (const s of asArray(get(profile, 'selectors'))) {
        const namespace = asString(get(s, 'namespace'));
        if (namespace) selectors.push({ namespace, labels: stringMap(get(s, 'labels')) });
      }
    }
    for (const i of scopes) out[i]?.push(...selectors);
  }
  for (const t of model.templates) {
    for (const resource of Object.values(t.resources)) {
      if (resource.Type !== 'AWS::EKS::FargateProfile') continue;
      const p = resource.Properties ?? {};
      const ref = asString(get(p, 'ClusterName', 'Ref'));
      const named = ref ? (asString(t.resolve(t.resources[ref]?.Properties?.['Name'])) ?? ref) : asString(t.resolve(p['ClusterName']));
      const selectors: FargateSelector[] = [];
      for (const s of asArray(p['Selectors'])) {
        const namespace = asString(t.resolve(get(s, 'Namespace')));
        const labels: Record<string, string> = {};
        for (const l of asArray(get(s, 'Labels'))) {
          const k = asString(get(l, 'Key'));
          const v = asString(get(l, 'Value'));
          if (k && v !== undefined) labels[k] = v;
        }
        if (namespace) selectors.push({ namespace, labels });
      }
      model.scopes.forEach((scope, i) => {
        const clusterName = scope.cluster?.name;
        if (single || (clusterName !== undefined && named === clusterName)) out[i]?.push(...selectors);
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

/**
 * The placement key (see `placement`): equal for workloads that schedule alike. Most pods set a
 * node selector at most, and their key is that selector alone, under its own prefix (the general
 * form is a JSON array, so the two never collide); only the others spell out the whole array.
 */
function placementKeyOf(pinned: boolean, extended: ReadonlyMap<string, number>, pod: PodSpecInfo): string {
  const key =
    extended.size === 0 && pod.requiredNodeAffinity.length === 0 && pod.tolerations.length === 0
      ? `${pinned ? 'P' : 'p'}${JSON.stringify(pod.nodeSelector)}`
      : JSON.stringify([pinned, [...extended].sort(), pod.nodeSelector, pod.requiredNodeAffinity, pod.tolerations]);
  // Kept with every workload's facts, and most workloads schedule alike: one copy of each key.
  return boundedEntryOf(placementKeys, key, () => key);
}

/** Distinct placement keys (see `placementKeyOf`); bounded, for a long-lived process reviewing many repositories. */
const placementKeys = new Map<string, string>();

/** The scopes of an object in none. */
const NO_SCOPES: readonly number[] = Object.freeze([]);

const identity = (m: ModelObject): string => `${m.kind}/${m.namespace ?? ''}/${m.name}`;

function minLoad(a: NodeLoad, b: NodeLoad): NodeLoad {
  return a.limit < b.limit || (a.limit === b.limit && a.request <= b.request) ? a : b;
}

/**
 * What one workload's or node group's answers depend on when the context is fixed: the
 * LimitRanges, RuntimeClasses, scopes and node groups around it (not the options, not the other
 * leaves). Models that a change's review knows have the same context share these, so the base's
 * whole model and the reduced ones do not recompute what the head's already did.
 */
interface SharedFacts {
  readonly targets: Map<NodeGroup, NodeTarget>;
  readonly virtuals: Map<Workload, NodeTarget | undefined>;
  readonly facts: Map<Workload, WorkloadFacts>;
  readonly typeClasses: Map<NodeTarget, Map<string, Budget[][]>>;
  readonly placements: Map<NodeTarget, Map<string, Placement>>;
  /**
   * A workload's pod memory (`WorkloadEntry`'s request and limit): it depends on the LimitRanges
   * and RuntimeClasses of its namespace and scopes, which are context. Every workload of a
   * reached cluster gets an entry in each revision's model, and reading its containers' quantities
   * was most of building the base's analysis in a change's review.
   */
  readonly memory: Map<Workload, SharedMemory>;
  /** A pod count depends on the autoscaler found too, a leaf that models of one context may not share. */
  readonly counts: Map<Workload, { readonly autoscaler: HorizontalPodAutoscaler | undefined; readonly count: PodCount | undefined }>;
}

/** What `SharedFacts.memory` keeps of a workload: an entry's memory fields. */
interface SharedMemory {
  readonly podLevel: PodLevelMemory | undefined;
  readonly request: number;
  readonly limit: number;
}

const sharedFacts = new WeakMap<Model, SharedFacts>();

/** A workload entry with what the rules ask of it later, kept the first time they ask. */
interface Entry extends WorkloadEntry {
  /** The pod's own `resources`, read once: nearly always none. */
  readonly podLevel: PodLevelMemory | undefined;
  /**
   * Its placement key (`WorkloadFacts`), read the first time a rule asks where it lands. A
   * placement not yet made reads the facts of the key's first workload (`factsByKey`): kept with
   * every entry, the facts were an object of five fields a workload (2.6 MB at 100k documents).
   */
  placementKey: string | undefined;
}

/**
 * Lets the memory-budget analyses of `models` share per-workload and per-node-group facts, keyed
 * by object. Only for models whose context is the same (every document but the leaves,
 * src/engine/affected.ts; the same objects or ones built from the same inputs), so that an object
 * found in several of them gets the same answers in each: the caller vouches for it.
 */
export function shareAnalysisFacts(models: readonly Model[]): void {
  const shared: SharedFacts = {
    targets: new Map(),
    virtuals: new Map(),
    facts: new Map(),
    typeClasses: new Map(),
    placements: new Map(),
    memory: new Map(),
    counts: new Map(),
  };
  for (const model of models) sharedFacts.set(model, shared);
}

/**
 * A label value as text that no other value spells (strings JSON-quoted), for classesOf: types
 * whose labels spell alike agree on every label. Once per budget and key of a pool's hundreds of
 * types, a list of label objects turned to JSON was most of classesOf's own time (corpus profile).
 */
function labelSignature(label: LabelValue): string {
  switch (label.kind) {
    case 'absent':
      return 'a';
    case 'unknown':
      return 'u';
    case 'value':
      return `v${JSON.stringify(label.value)}`;
    case 'oneOf':
      return `o${JSON.stringify(label.values)}`;
  }
}

function build(model: Model, options: Readonly<MemoryBudgetOptions>, expired?: () => boolean): Analysis {
  const shared = sharedFacts.get(model);
  const scopeIndex = new Map<ModelObject, readonly number[]>();
  // Objects near several clusters join all their scopes, so memberships add up to a multiple of the
  // objects. Objects of the same scopes mostly join them alike (every workload a repository does not
  // tie to a cluster is near all of its clusters): each object holds one frozen list shared by all
  // objects of its scopes, grown one scope at a time along lists that are themselves shared, so a
  // membership costs a map lookup, not a copy. (A grown copy per object was ~1,100 lists of ~1 KB
  // held for the whole review on the corpus; sharing them afterwards joined each list into a key.)
  const only = model.scopes.map((_, i) => Object.freeze([i]));
  const grown = new Map<readonly number[], Map<number, readonly number[]>>();
  const enter = (o: ModelObject, i: number): void => {
    const list = scopeIndex.get(o);
    if (!list) scopeIndex.set(o, only[i] ?? [i]);
    else if (list[list.length - 1] !== i) {
      let next = grown.get(list);
      if (!next) grown.set(list, (next = new Map()));
      let longer = next.get(i);
      if (!longer) next.set(i, (longer = Object.freeze([...list, i])));
      scopeIndex.set(o, longer);
    }
  };
  model.scopes.forEach((scope, i) => {
    for (const members of [scope.workloads, scope.nodeGroups, scope.autoscalers]) for (const o of members) enter(o, i);
    // Of the raw manifests, only the kinds this analysis asks scopesOf about (LimitRange and
    // RuntimeClass by sharesScope, eksctl ClusterConfigs for Fargate): indexing every manifest of
    // every scope was the largest part of building the analysis on the corpus.
    for (const m of scopeManifestsOfKinds(scope, SCOPED_MANIFEST_KINDS)) enter(m, i);
  });
  // The analysis's closures keep this function's variables, `grown` among them: the lists on the
  // way to the objects' own go now, not with the analysis.
  grown.clear();
  const scopesOf = (o: ModelObject): readonly number[] => scopeIndex.get(o) ?? NO_SCOPES;
  const single = model.scopes.length === 1;

  const groupTargets = shared?.targets ?? new Map<NodeGroup, NodeTarget>();
  const targetOf = (g: NodeGroup): NodeTarget => {
    let t = groupTargets.get(g);
    if (!t) groupTargets.set(g, (t = nodeGroupTarget(g)));
    return t;
  };
  // Built-in Auto Mode pools live on the cluster definition, not as manifests: they join its scope.
  const builtIn = model.scopes.map((s, i) => {
    const pools = s.cluster ? autoModeBuiltInPools(s.cluster) : [];
    for (const p of pools) scopeIndex.set(p, [i]);
    return pools;
  });
  const scopeTargets = model.scopes.map((s, i) => [...s.nodeGroups, ...(builtIn[i] ?? [])].map(targetOf));
  const virtuals = shared?.virtuals ?? new Map<Workload, NodeTarget | undefined>();
  const virtualOf = (w: Workload): NodeTarget | undefined => {
    if (!virtuals.has(w)) virtuals.set(w, virtualTarget(w));
    return virtuals.get(w);
  };
  const targetsFor = (w: Workload, scope: number): readonly NodeTarget[] => {
    const groups = scopeTargets[scope] ?? [];
    if (groups.length > 0) return groups;
    const v = virtualOf(w);
    return v ? [v] : [];
  };
  const targetScopes = (t: NodeTarget): readonly number[] => (t.group ? scopesOf(t.group) : t.virtualFor ? scopesOf(t.virtualFor) : []);
  // Asked for every workload and target by several rules: once per target.
  const certainty = new Map<NodeTarget, boolean>();
  const isCertain = (t: NodeTarget): boolean => {
    let certain = certainty.get(t);
    if (certain === undefined) certainty.set(t, (certain = t.virtualFor !== undefined || targetScopes(t).length === 1));
    return certain;
  };

  // Pod memory, with the LimitRange and RuntimeClass of the workload's namespace and scope. Both
  // are indexed (by namespace, by name), in the model's order: a search of all of them for every
  // workload grows with workloads × LimitRanges.
  const limitRanges = new Map<string | undefined, Manifest[]>();
  const runtimeClasses = new Map<string, Manifest[]>();
  const addTo = <K>(index: Map<K, Manifest[]>, key: K, m: Manifest): void => {
    const list = index.get(key);
    if (list) list.push(m);
    else index.set(key, [m]);
  };
  for (const m of model.manifests) {
    if (m.kind === 'LimitRange') addTo(limitRanges, m.namespace, m);
    else if (m.kind === 'RuntimeClass') addTo(runtimeClasses, m.name, m);
  }
  const sharesScope = (a: ModelObject, b: ModelObject): boolean => {
    const ofA = scopesOf(a);
    if (ofA.length === 0) return false;
    // With one scope, every object that has one has the same.
    if (single) return scopesOf(b).length > 0;
    const ofB = scopesOf(b);
    return ofA.some((s) => ofB.includes(s));
  };
  // Read by memory() and by schedulingOf(): once per workload. Null: none.
  const runtimeClassMemo = new Map<Workload, Manifest | null>();
  const runtimeClassOf = (w: Workload): Manifest | undefined => {
    if (runtimeClasses.size === 0) return undefined;
    let rc = runtimeClassMemo.get(w);
    if (rc === undefined) {
      const runtimeClassName = w.pod.rare?.runtimeClassName;
      rc = (runtimeClassName ? runtimeClasses.get(runtimeClassName)?.find((r) => sharesScope(r, w)) : undefined) ?? null;
      runtimeClassMemo.set(w, rc);
    }
    return rc ?? undefined;
  };
  const defaultsMemo = new Map<Manifest, LimitRangeDefaults | undefined>();
  const defaultsOf = (lr: Manifest): LimitRangeDefaults | undefined => {
    if (!defaultsMemo.has(lr)) defaultsMemo.set(lr, limitRangeDefaults(lr));
    return defaultsMemo.get(lr);
  };
  const memoryWith = (w: Workload, podLevel: PodLevelMemory | undefined): PodMemory => {
    const lr = limitRanges.size === 0 ? undefined : limitRanges.get(w.namespace)?.find((l) => sharesScope(l, w));
    const defaults: LimitRangeDefaults | undefined = lr ? defaultsOf(lr) : undefined;
    const rc = runtimeClassOf(w);
    const rcOverhead = rc ? parseQuantity(get(rc.raw, 'overhead', 'podFixed', 'memory')) : undefined;
    return podMemoryWith(w, defaults, rcOverhead, podLevel);
  };
  const memory = (w: Workload): PodMemory => memoryWith(w, podLevelMemory(w));

  // What the scheduler matches: the pod's selectors plus its RuntimeClass's `scheduling`, which the
  // RuntimeClass admission controller merges into the pod (nodeSelector and tolerations).
  const schedulingOf = (w: Workload): PodSpecInfo => {
    const rc = runtimeClassOf(w);
    const rcSelector = rc ? stringMap(get(rc.raw, 'scheduling', 'nodeSelector')) : {};
    const rcTolerations = rc ? readTolerations(get(rc.raw, 'scheduling', 'tolerations')) : [];
    return Object.keys(rcSelector).length === 0 && rcTolerations.length === 0
      ? w.pod
      : { ...w.pod, nodeSelector: { ...rcSelector, ...w.pod.nodeSelector }, tolerations: [...w.pod.tolerations, ...rcTolerations] };
  };
  // Five rules ask about every workload on every target and node type: what a workload's
  // placement depends on is read once per workload, not once per question.
  /*
   * The facts of one workload of each placement key: a placement reads only what its key says
   * (selectors, affinity, tolerations, extended resources, nodeName), so any of them places every
   * workload of the key, and an entry keeps only its key (see `Entry.placementKey`).
   */
  const factsByKey = new Map<string, WorkloadFacts>();
  const readFacts = (w: Workload): WorkloadFacts => {
    const pod = schedulingOf(w);
    const extended = extendedRequests(w);
    const pinned = w.pod.rare?.nodeName !== undefined;
    const f: WorkloadFacts = {
      pod,
      extended,
      pinned,
      readsTypeLabels: readsAnyLabel(pod, TYPE_KEYS),
      placementKey: placementKeyOf(pinned, extended, pod),
    };
    if (!factsByKey.has(f.placementKey)) factsByKey.set(f.placementKey, f);
    return f;
  };
  const facts = shared?.facts ?? new Map<Workload, WorkloadFacts>();
  const factsOf = (w: Workload): WorkloadFacts => {
    let f = facts.get(w);
    if (!f) facts.set(w, (f = readFacts(w)));
    return f;
  };
  /*
   * An entry's facts are read for it alone (see `Entry.placementKey`): indexed by workload, every
   * workload's were a map entry held with the analysis (a 1.8 MB table at 100k documents, promoted
   * during the rules). The map serves what is asked by workload (DaemonSets' overhead, `placement`),
   * and models that share their facts (a change's review), where it is the shared one.
   */
  const entryFacts = (w: Workload): WorkloadFacts => (shared ? factsOf(w) : readFacts(w));
  const podOf = (w: Workload): PodSpecInfo => factsOf(w).pod;
  const extendedOf = (w: Workload): ReadonlyMap<string, number> => factsOf(w).extended;
  /*
   * A pod that reads instance-type labels is matched per instance type, and a Karpenter pool can
   * launch hundreds of them: matching every type for every pod and pool, reasons and all, took
   * 26 s on 300 KB of NodePools and workloads (5 s now). Types that agree on every label the pod reads get the same answer,
   * and pods that select alike (same selectors and tolerations) get the same answers too; so
   * each distinct answer is computed once per target.
   */
  const typeClasses = shared?.typeClasses ?? new Map<NodeTarget, Map<string, Budget[][]>>();
  const classesOf = (target: NodeTarget, keys: readonly string[]): Budget[][] => {
    let byKeys = typeClasses.get(target);
    if (!byKeys) typeClasses.set(target, (byKeys = new Map()));
    const keySet = keys.join('\n');
    let classes = byKeys.get(keySet);
    if (!classes) {
      const bySignature = new Map<string, Budget[]>();
      for (const budget of target.budgets) {
        const view = target.view(budget);
        let signature = '';
        for (const k of keys) signature += labelSignature(view.label(k));
        const members = bySignature.get(signature);
        if (members) members.push(budget);
        else bySignature.set(signature, [budget]);
      }
      byKeys.set(keySet, (classes = [...bySignature.values()]));
    }
    return classes;
  };
  const perType = (pod: PodSpecInfo, target: NodeTarget): Placement => {
    // With the type labels unknown ('maybe'), an answer of 'no' holds for every type: the pod's
    // other selectors or the taints rule the target out, and no type needs a look.
    if (podFits(pod, target.view()) === 'no') {
      return { target, result: 'no', types: [], match: matchPod(pod, target.view(target.budgets[0])) };
    }
    const keys = [...new Set([...Object.keys(pod.nodeSelector), ...pod.requiredNodeAffinity.flatMap((term) => term.map((r) => r.key))])]
      .filter((k) => TYPE_KEYS.has(k))
      .sort();
    const fits = new Map<Budget, Tri>();
    let overall: Tri = 'no';
    for (const members of classesOf(target, keys)) {
      const first = members[0];
      if (!first) continue;
      const tri = podFits(pod, target.view(first));
      for (const budget of members) fits.set(budget, tri);
      overall = or(overall, tri);
    }
    // The reasons are spelled out once, for the first type that gives the overall answer.
    const representative = target.budgets.find((b) => fits.get(b) === overall);
    return {
      target,
      result: overall,
      types: target.budgets.flatMap((budget) => {
        const tri = fits.get(budget) ?? 'no';
        return tri === 'no' ? [] : [{ budget, result: tri }];
      }),
      match: matchPod(pod, target.view(representative)),
    };
  };

  /*
   * Placement of a workload on a target, per instance type. It depends only on what the pod
   * selects, tolerates and asks for (the placement key), so workloads that schedule alike share
   * one placement per target: kept per workload, placements grew with workloads × node groups ×
   * instance types (517 MiB and 2.3 s on the corpus, where Karpenter pools list hundreds of types).
   */
  const placements = shared?.placements ?? new Map<NodeTarget, Map<string, Placement>>();
  /** `facts`: the workload's, when they are at hand; a key not yet placed on the target reads those of its key otherwise. */
  const placementWith = (w: Workload, placementKey: string, target: NodeTarget, facts: WorkloadFacts | undefined): Placement => {
    // A workload's own instance-type target is its alone: the key says whether it is asking about its own.
    const key = target.virtualFor === w ? `self:${placementKey}` : placementKey;
    let byKey = placements.get(target);
    if (!byKey) placements.set(target, (byKey = new Map()));
    const known = byKey.get(key);
    if (known) return known;
    // Workloads × node groups × instance types is the review's largest product: it stops on time.
    if (expired?.()) throw new RuleOutOfTime();
    const f = facts ?? factsByKey.get(placementKey) ?? readFacts(w);
    let result: Placement;
    if (target.maxSize === 0) {
      // A node group scaled to zero has no node to land on.
      result = { target, result: 'no', types: [], match: { result: 'no', reasons: ['max size 0: no nodes'] } };
    } else if (f.pinned) {
      // `nodeName` bypasses the scheduler: the node is named, its group is not.
      result = {
        target,
        result: 'maybe',
        types: everyType(target, 'maybe'),
        match: { result: 'maybe', reasons: ['pinned to a node by nodeName'] },
      };
    } else if (target.virtualFor === w) {
      result = { target, result: 'yes', types: everyType(target, 'yes'), match: { result: 'yes', reasons: [] } };
    } else if (f.readsTypeLabels && target.budgets.length > 0) {
      result = perType(f.pod, target);
    } else {
      const match = matchPod(f.pod, target.view());
      result = { target, result: match.result, types: match.result === 'no' ? [] : everyType(target, match.result), match };
    }
    // A pod that asks for GPUs, Neuron devices or EFA lands only on types that offer them.
    const wanted = f.extended;
    if (wanted.size > 0 && result.result !== 'no' && target.budgets.length > 0 && !target.typesIncomplete) {
      const kept = result.types.filter((t) => missingExtended(t.budget.type, wanted).length === 0);
      if (kept.length === 0) {
        const first = result.types[0] ?? { budget: target.budgets[0] };
        const lacking = first.budget ? missingExtended(first.budget.type, wanted) : [];
        result = {
          target,
          result: 'no',
          types: [],
          match: { result: 'no', reasons: [`no node type of it offers ${lacking.join(', ') || [...wanted.keys()].join(', ')}`], by: 'resources' },
        };
      } else if (kept.length < result.types.length) {
        result = { ...result, types: kept };
      }
    }
    byKey.set(key, result);
    return result;
  };

  // Fargate profiles per scope.
  const fargate = fargateSelectorsByScope(model, scopesOf, single);
  const onFargate = (w: Workload, scope: number): boolean =>
    (fargate[scope] ?? []).some((sel) => {
      const ns = w.namespace ?? 'default';
      return globMatch(sel.namespace, ns) && Object.entries(sel.labels).every(([k, v]) => w.pod.labels[k] === v);
    });

  // Per-node overhead: DaemonSets that certainly run on the node type, and the system pods.
  const systemPods = systemPodLoads(options.systemPods);
  const daemonSetsOf = model.scopes.map((s, i) => s.workloads.filter((w) => w.kind === 'DaemonSet' && scopesOf(w).length === 1 && !onFargate(w, i)));
  // Asked per target and node type: once per DaemonSet.
  const daemonSetLoads = new Map<Workload, NodeLoad>();
  const loadOf = (w: Workload): NodeLoad =>
    entryOf(daemonSetLoads, w, () => {
      const m = memory(w);
      const unbounded = !Number.isFinite(m.limit.value);
      return {
        name: `DaemonSet ${w.namespace ? `${w.namespace}/` : ''}${w.name}`,
        workload: w,
        request: m.request.value,
        limit: unbounded ? m.request.value : m.limit.value,
        unbounded,
      };
    });
  const computeOverhead = (target: NodeTarget, budget: Budget): Overhead => {
    const scopes = targetScopes(target);
    const scope = isCertain(target) && scopes.length === 1 ? scopes[0] : undefined;
    const byIdentity = new Map<string, NodeLoad>();
    const daemonSets = scope !== undefined ? (daemonSetsOf[scope] ?? []) : [];
    for (const ds of daemonSets) {
      if (podFits(podOf(ds), target.view(budget)) !== 'yes') continue;
      if (missingExtended(budget.type, extendedOf(ds)).length > 0) continue;
      const load = loadOf(ds);
      const key = identity(ds);
      const seen = byIdentity.get(key);
      byIdentity.set(key, seen ? minLoad(seen, load) : load);
    }
    // A system pod the repository defines itself is counted once, as the repository has it.
    const defined = (p: SystemPodLoad): boolean =>
      daemonSets.some((ds) => ds.name === p.podName && (p.namespace === '*' || (ds.namespace ?? p.namespace) === p.namespace));
    const loads = [...byIdentity.values(), ...systemPods.filter((p) => !defined(p)), ...headroomLoad(options.headroomPercent, budget)];
    return { loads, request: loads.reduce((n, l) => n + l.request, 0), limit: loads.reduce((n, l) => n + l.limit, 0) };
  };
  /*
   * A target's overhead differs between its node types only where a DaemonSet of its scope reads
   * type labels or asks for extended resources, or where headroom (a share of each type's
   * allocatable) is set. Otherwise every type gets the same loads, and one overhead serves the
   * target: one per target and type was ~30,000 overheads and lists on the corpus, whose
   * Karpenter pools launch hundreds of types, held to the end of the review.
   */
  const typeIndependent = (target: NodeTarget): boolean => {
    if (options.headroomPercent !== undefined && options.headroomPercent > 0) return false;
    const scopes = targetScopes(target);
    const scope = isCertain(target) && scopes.length === 1 ? scopes[0] : undefined;
    if (scope === undefined) return true;
    return (daemonSetsOf[scope] ?? []).every((ds) => {
      const f = factsOf(ds);
      return !f.readsTypeLabels && f.extended.size === 0;
    });
  };
  const overheadCache = new Map<NodeTarget, Overhead | Map<string, Overhead>>();
  const overheadOn = (target: NodeTarget, budget: Budget): Overhead => {
    let known = overheadCache.get(target);
    if (!known) {
      if (typeIndependent(target)) {
        const o = computeOverhead(target, budget);
        overheadCache.set(target, o);
        return o;
      }
      overheadCache.set(target, (known = new Map()));
    }
    if (!(known instanceof Map)) return known;
    let o = known.get(budget.type.name);
    if (!o) known.set(budget.type.name, (o = computeOverhead(target, budget)));
    return o;
  };
  const overhead = (target: NodeTarget, budget: Budget, except?: Workload): Overhead => {
    const o = overheadOn(target, budget);
    // Only DaemonSets are among the loads: any other workload is asked about without a search of them.
    if (!except || except.kind !== 'DaemonSet' || !o.loads.some((l) => l.workload === except)) return o;
    const loads = o.loads.filter((l) => l.workload !== except);
    return { loads, request: loads.reduce((n, l) => n + l.request, 0), limit: loads.reduce((n, l) => n + l.limit, 0) };
  };

  // Indexed by target name once: a linear search per workload is quadratic in a large repo (and
  // by the name as it is, not a key string built per workload: every workload is asked about).
  // A name most autoscalers share with no other is indexed to the autoscaler itself, a list only
  // for the rest: a one-item list per autoscaler was 1.8 MB held with the analysis at 100k documents.
  const autoscalersByName = new Map<string, HorizontalPodAutoscaler | HorizontalPodAutoscaler[]>();
  for (const h of model.autoscalers) {
    if (!h.target) continue;
    const known = autoscalersByName.get(h.target.name);
    if (known === undefined) autoscalersByName.set(h.target.name, h);
    else if (Array.isArray(known)) known.push(h);
    else autoscalersByName.set(h.target.name, [known, h]);
  }
  const scales = (h: HorizontalPodAutoscaler, w: Workload): boolean =>
    h.target?.kind === w.kind && (h.namespace ?? '') === (w.namespace ?? '') && sharesScope(h, w);
  const autoscaler = (w: Workload): HorizontalPodAutoscaler | undefined => {
    const known = autoscalersByName.get(w.name);
    if (known === undefined) return undefined;
    if (Array.isArray(known)) return known.find((h) => scales(h, w));
    return scales(known, w) ? known : undefined;
  };
  const countFor = (w: Workload): PodCount | undefined => {
    const h = autoscaler(w);
    const known = shared?.counts.get(w);
    const count = known && known.autoscaler === h ? known.count : podCount(w, h);
    if (shared && !known) shared.counts.set(w, { autoscaler: h, count });
    return count;
  };
  const counts = new Map<Workload, PodCount | undefined>();
  const countOf = (w: Workload): PodCount | undefined => {
    if (counts.has(w)) return counts.get(w);
    const count = countFor(w);
    counts.set(w, count);
    return count;
  };

  const anyFargate = fargate.some((selectors) => selectors.length > 0);
  const sharedMemory = shared?.memory;
  const memoryOfEntry = (w: Workload): SharedMemory => {
    const known = sharedMemory?.get(w);
    if (known) return known;
    const podLevel = podLevelMemory(w);
    const m = memoryWith(w, podLevel);
    const read = { podLevel, request: m.request.value, limit: m.limit.value };
    sharedMemory?.set(w, read);
    return read;
  };
  const entries = model.workloads.map((w): Entry => {
    const scopes = scopesOf(w);
    const { podLevel, request, limit } = memoryOfEntry(w);
    return {
      workload: w,
      request,
      limit,
      podLevel,
      scopes,
      onFargate: anyFargate && scopes.some((s) => onFargate(w, s)),
      placementKey: undefined,
    };
  });

  return {
    model,
    workloads: entries,
    podWorkloads: entries.filter((e) => e.workload.kind !== 'DaemonSet'),
    placementOf: (e, target) => {
      const entry = e as Entry;
      let facts: WorkloadFacts | undefined;
      if (entry.placementKey === undefined) entry.placementKey = (facts = entryFacts(entry.workload)).placementKey;
      return placementWith(entry.workload, entry.placementKey, target, facts);
    },
    // Made on each call (two rules ask, once per workload each): kept with every entry, the counts
    // were 64 bytes and two fields a workload held to the report (3.2 MB at 100k documents).
    countOf: (e) => countFor(e.workload),
    scopesOf,
    targetsFor,
    targets: [...new Set(scopeTargets.flat())],
    isCertain,
    placement: (w, target) => {
      const facts = factsOf(w);
      return placementWith(w, facts.placementKey, target, facts);
    },
    overhead,
    memoryOf: (e) => memoryWith(e.workload, (e as Entry).podLevel),
    memory,
    onFargate,
    podCount: countOf,
  };
}

type TypeResults = Placement['types'];

/*
 * A placement lists every instance type of its target with the same result unless the pod reads
 * type labels or asks for extended resources: one list per list of budgets and result, shared by
 * the placements of every placement key and by every target whose budgets are the same list
 * (_nodes.ts `budgetsOf` shares it among NodePools of the same types and settings). On the corpus,
 * Karpenter pools of hundreds of types each made one such list per key, then one per target, held
 * to the end of the review.
 */
const uniformTypes = new WeakMap<readonly Budget[], Partial<Record<Tri, TypeResults>>>();
function everyType(target: NodeTarget, result: Tri): TypeResults {
  const byResult = entryOf(uniformTypes, target.budgets, () => ({}));
  return (byResult[result] ??= target.budgets.map((budget) => ({ budget, result })));
}

const cache = new WeakMap<Model, Map<string, Analysis>>();

/** The analysis of the context's model, shared by every memory-budget rule with the same options. */
export function analyze(context: Pick<RuleContext<MemoryBudgetOptions>, 'model' | 'options' | 'expired'>): Analysis {
  const key = JSON.stringify([context.options.systemPods ?? null, context.options.headroomPercent ?? 0]);
  let byOptions = cache.get(context.model);
  if (!byOptions) cache.set(context.model, (byOptions = new Map()));
  let a = byOptions.get(key);
  if (!a) byOptions.set(key, (a = build(context.model, context.options, context.expired)));
  return a;
}

/**
 * Runs `verdict` in every scope of the workload and returns the results only when every scope
 * gave one (see the certainty note above); Fargate scopes give none.
 */
export function inEveryScope<T>(entry: WorkloadEntry, verdict: (scope: number) => T | undefined): T[] | undefined {
  const { scopes } = entry;
  if (scopes.length === 0 || entry.onFargate) return undefined;
  const out: T[] = [];
  for (const s of scopes) {
    const v = verdict(s);
    if (v === undefined) return undefined;
    out.push(v);
  }
  return out;
}

const overheadLines = new WeakMap<Overhead, { request?: readonly string[]; limit?: readonly string[] }>();

/**
 * The overhead one line a pod, for `details`: the largest few when there are many (see
 * _details.ts). Once per overhead and side: every finding about a node type lists the same
 * per-node pods, and ranking them is a sort.
 */
export function overheadDetails(o: Overhead, side: 'request' | 'limit'): readonly string[] {
  return (entryOf(overheadLines, o, () => ({}))[side] ??= overheadLinesOf(o, side));
}

function overheadLinesOf(o: Overhead, side: 'request' | 'limit'): readonly string[] {
  if (o.loads.length === 0) return ['  (no DaemonSet or system pod memory on this node type)'];
  const value = (l: NodeLoad): number => (side === 'request' ? l.request : l.limit);
  return cappedLines(
    o.loads,
    (l) => {
      const note = side === 'limit' && l.unbounded ? (l.request > 0 ? ' (no limit: its request)' : ' (no memory request or limit)') : '';
      return `  ${l.name}: ${mi(value(l))}${note}`;
    },
    value,
    (others) => `  and ${others.length} more per-node pods: ${mi(others.reduce((n, l) => n + value(l), 0))} together`,
  );
}
