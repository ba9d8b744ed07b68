/**
 * Frees what no rule reads, once the model is built. A repository's CustomResourceDefinitions,
 * ConfigMaps (dashboards, scripts) and RBAC rules are most of its bytes in many trees (on the
 * corpus: 6.8 MB of CRD schemas, 3.5 MB of ConfigMaps, 2.3 MB of RBAC, as JSON) and the rules
 * look at such objects only as objects: their apiVersion and kind (removed and deprecated APIs)
 * and their metadata (names, suppression annotations), which the model's records hold. Positions and the text of values come from
 * the parser's events, not from the values, so they stay exact.
 */
import type { LoadedFile } from '../load/types.js';
import { derivedOf, type ManifestObjects } from './build.js';
import { POD_SPEC_PATHS } from './kubernetes.js';
import { asObject, boundedEntryOf, type Obj } from './util.js';

/**
 * Kinds no rule reads beyond the object itself: only `removed-api`/`deprecated-api` look at them,
 * each on its own (a change's review treats them as leaves, src/engine/affected.ts).
 */
export const INERT_KINDS: readonly string[] = [
  'ConfigMap',
  'Secret',
  'ServiceAccount',
  'Role',
  'RoleBinding',
  'ClusterRole',
  'ClusterRoleBinding',
  'PersistentVolumeClaim',
  'PodDisruptionBudget',
  'NetworkPolicy',
  'Namespace',
];

/**
 * Kinds no rule or model builder reads past apiVersion, kind and metadata: the inert kinds, and
 * CRDs and monitoring objects, which no rule links to anything either. A kind some rule starts
 * reading must leave this list (a test fails while model or rule code names one).
 */
export const IDENTITY_ONLY_KINDS: ReadonlySet<string> = new Set([
  ...INERT_KINDS,
  'CustomResourceDefinition',
  'PrometheusRule',
  'ServiceMonitor',
  'PodMonitor',
  'GrafanaDashboard',
]);

/**
 * What an identity-only object keeps; the loader builds no more of them (src/engine/review.ts,
 * loadTree). With the sections of a CloudFormation template: the model tells a template by its
 * top-level `Resources` and reads it as one whatever its `kind` says, so a tag-free template whose
 * top level also says `kind: ConfigMap` must keep them (a Kubernetes object has none of them).
 */
export const KEPT_FIELDS: ReadonlySet<string> = new Set([
  'apiVersion',
  'kind',
  'metadata',
  'AWSTemplateFormatVersion',
  'Resources',
  'Parameters',
  'Mappings',
  'Conditions',
  'Outputs',
]);

/**
 * What a released object keeps: its apiVersion and kind (and a template's sections, see
 * KEPT_FIELDS). Its metadata the model read into its manifest record (name, namespace, labels,
 * annotations, which suppressions read there) and locates through the parser's events: one object
 * per document, 5.6 MB at 100k documents on Node 24, kept to the end of the review.
 */
const RELEASED_KEEPS: ReadonlySet<string> = new Set([...KEPT_FIELDS].filter((key) => key !== 'metadata'));

/**
 * What the model copies into its own fields (a Service's type, an HPA's target, an Ingress's
 * class, a workload's pod spec: each container's memory, extended resources and, for kube-proxy
 * and the Load Balancer Controller, image; a pod's own resources, runtimeClassName and nodeName;
 * a Job's completions; src/model/kubernetes.ts): no rule reads their values after it.
 */
type Copied = Pick<ManifestObjects, 'workload' | 'service' | 'ingress' | 'autoscaler'>;
const isCopied = (objects: Copied): boolean =>
  objects.workload !== undefined || objects.service !== undefined || objects.ingress !== undefined || objects.autoscaler !== undefined;

const CONTAINER_LISTS = ['containers', 'initContainers'] as const;

/**
 * `raw`'s pod spec at `path` reduced to its container lists, each container to `keep(container)`
 * (an item that is not an object as it is), nested along `path` from its second step: what
 * `raw[path[0]]` becomes. Undefined when there is no pod spec.
 */
function containersAlong(raw: Obj, path: readonly string[], keep: (container: Obj) => Obj): Obj | undefined {
  let at: unknown = raw;
  for (const step of path) at = asObject(at)?.[step];
  const pod = asObject(at);
  if (!pod) return undefined;
  let kept: Obj = {};
  for (const list of CONTAINER_LISTS) {
    const items = pod[list];
    if (!Array.isArray(items)) continue;
    kept[list] = items.map((item: unknown) => {
      const container = asObject(item);
      return container ? keep(container) : item;
    });
  }
  for (let i = path.length - 1; i >= 1; i--) kept = { [path[i] ?? '']: kept };
  return kept;
}

/**
 * What a released workload of a rendered Helm template keeps at its pod spec's place (the value
 * of its first step): each container's `name`. Such a document has no parse tree of its template
 * to locate with, and finds a list item's line through the item's name (src/load/helm-output.ts,
 * templateLocator); findings point at containers. Undefined when there is no pod spec.
 */
function containerNamesAlong(raw: Obj, path: readonly string[]): Obj | undefined {
  return containersAlong(raw, path, (container) => ('name' in container ? { name: container['name'] } : {}));
}

const QUANTITY_SIDES = ['requests', 'limits'] as const;

/** Released pod specs by their JSON (see quantitiesAlong); bounded, for a process that reviews many trees. */
const keptQuantities = new Map<string, Obj>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const field of Object.values(value)) deepFreeze(field);
    Object.freeze(value);
  }
  return value;
}

/**
 * What a released workload of a file whose text went keeps at its pod spec's place: its
 * containers' memory quantities, the only fields a finding's fix quotes (src/engine/review.ts,
 * fixFor), which such a document reads from its value (src/load/yaml.ts, valueText). One frozen
 * object for all workloads whose quantities are alike: a tree writes few sizes, and a chain of
 * objects down to each container's quantities was ~500 bytes a workload. Undefined when no
 * container has one.
 */
function quantitiesAlong(raw: Obj, path: readonly string[]): Obj | undefined {
  let any = false;
  const kept = containersAlong(raw, path, (container) => {
    const resources = asObject(container['resources']);
    if (!resources) return {};
    const sides: Obj = {};
    for (const side of QUANTITY_SIDES) {
      const memory = asObject(resources[side])?.['memory'];
      if (memory === undefined || (memory !== null && typeof memory === 'object')) continue;
      sides[side] = { memory };
      any = true;
    }
    return { resources: sides };
  });
  if (kept === undefined || !any) return undefined;
  return boundedEntryOf(keptQuantities, JSON.stringify(kept), () => deepFreeze(kept));
}

/**
 * Frees `raw[key]` in place, as a `delete` would for everything that enumerates or reads the
 * value (Object.keys, JSON, spreads, `for…in`, reads: undefined), without deleting it: on Node 24
 * (V8 13) any `delete` turns the object into a dictionary, and on Node 20 every `delete` but that
 * of the last key added does. At 100k documents each released Service and HPA root was then a
 * 448-byte hash table: 26.8 MB of them on Node 24 (59,878 objects), kept to the end of the review.
 * Reconfigured as a hidden, undefined field, the object keeps its hidden class's layout, and
 * objects released alike share the class it moves to.
 */
function forget(raw: Obj, key: string): void {
  Object.defineProperty(raw, key, { value: undefined, writable: true, enumerable: false, configurable: true });
}

/**
 * Frees, in place, what no rule reads of the values of `files` once their model is built: all
 * but apiVersion and kind (RELEASED_KEEPS) of identity-only kinds and of the kinds the model
 * copies (workloads, Services, Ingresses, HPAs; a rendered template's workloads keep their
 * containers' names, and those of a file whose text went their memory quantities: see
 * containerNamesAlong, quantitiesAlong). Only for a tree nothing builds from again: a
 * kustomization reads its bases' values (`keep` names the files builds consumed, never touched),
 * and a change's review models unchanged files twice. Returns how many objects were released.
 * A test records every path rules read of the values on real repositories and fails if one of
 * them is freed (__tests__/model/release.test.ts).
 */
export function releaseUnreadValues(files: readonly LoadedFile[], keep?: ReadonlySet<string>): number {
  let released = 0;
  for (const file of files) {
    if (keep?.has(file.path)) continue;
    const textless = file.text === undefined;
    for (const doc of file.documents) {
      const derived = derivedOf(doc);
      // Released as it was read (src/engine/review.ts), then with the tree: once is enough. A
      // value two documents share would be released twice, to the same result (a release of a
      // released value keeps all of it).
      if (derived.released) continue;
      derived.released = true;
      // A document built from other files, a rendered Helm template, finds positions through
      // its value (see containerNamesAlong); one whose file let its text go, its values' texts.
      const rendered = doc.origin !== undefined;
      for (const objects of derived.objects.manifests) {
        if (!IDENTITY_ONLY_KINDS.has(objects.manifest.kind) && !isCopied(objects)) continue;
        const raw = objects.manifest.raw as Obj;
        const podPath = objects.workload && (rendered || textless) ? POD_SPEC_PATHS[objects.workload.kind] : undefined;
        const kept = podPath ? (rendered ? containerNamesAlong(raw, podPath) : quantitiesAlong(raw, podPath)) : undefined;
        const top = podPath?.[0];
        for (const key of Object.keys(raw)) if (!RELEASED_KEEPS.has(key) && (kept === undefined || key !== top)) forget(raw, key);
        if (kept !== undefined && top !== undefined) raw[top] = kept;
        released++;
      }
    }
  }
  return released;
}
