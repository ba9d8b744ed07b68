/**
 * What a change can affect, for the review of a change (src/engine/change.ts): which documents
 * are context, which objects are linked, and the reduced models on which rules of reach
 * `context` and `object` (src/rules/types.ts) give every finding the change can alter.
 */
import type { LoadedDocument, LoadedFile } from '../load/types.js';
import { buildModel, documentObjects } from '../model/build.js';
import { isLoadBalancerControllerDeployment } from '../model/load-balancers.js';
import type { HorizontalPodAutoscaler, Manifest, Model, Workload } from '../model/types.js';
import type { LoadedTree } from './review.js';
import { IGNORE_ANNOTATION, IGNORE_COMMENT } from './suppress.js';

/**
 * Kinds whose objects no rule reads beyond the object itself, except through a link (an
 * autoscaler and the workload it scales): workloads other than DaemonSets, Services, Ingresses,
 * autoscalers, and kinds that only `removed-api`/`deprecated-api` look at, each on its own.
 * Everything else is context: DaemonSets (per-node overhead), LimitRanges and RuntimeClasses
 * (pod memory), node groups and clusters in all their forms, IngressClasses, webhooks; and any
 * kind not listed, so that a rule that starts reading a new kind is safe until it is decided
 * here. A test fails when rule or model code names one of the inert kinds.
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
const LEAF_KINDS = new Set([
  ...['Pod', 'Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Service', 'Ingress', 'HorizontalPodAutoscaler'],
  ...INERT_KINDS,
]);

/** A leaf: a workload (not a DaemonSet), Service, Ingress, autoscaler, or an inert kind. */
export function isLeaf(manifest: Manifest): boolean {
  // The Load Balancer Controller's own Deployment decides which controller every Service gets.
  return LEAF_KINDS.has(manifest.kind) && !isLoadBalancerControllerDeployment(manifest);
}

const contextDocuments = new WeakMap<LoadedDocument, boolean>();

/** A CloudFormation template, or a document with any manifest that is not a leaf. */
export function holdsContext(doc: LoadedDocument): boolean {
  let known = contextDocuments.get(doc);
  if (known === undefined) {
    const objects = documentObjects(doc);
    known = objects.template !== undefined || objects.manifests.some((m) => !isLeaf(m.manifest));
    contextDocuments.set(doc, known);
  }
  return known;
}

/** Files with a suppression (comment or annotation): every finding they may hide must be computed. */
function suppressionFiles(tree: LoadedTree, only?: ReadonlySet<string>): string[] {
  const files = only ? tree.files.filter((f) => only.has(f.path)) : tree.files;
  const manifests = only ? tree.model.manifests.filter((m) => only.has(m.ref.doc.path)) : tree.model.manifests;
  return [
    ...files.filter((f) => f.text.includes(IGNORE_COMMENT)).map((f) => f.path),
    ...manifests.filter((m) => m.annotations[IGNORE_ANNOTATION] !== undefined).map((m) => m.ref.doc.path),
  ];
}

/**
 * The files reached from `seeds` through links. capacity reads a workload's autoscaler and
 * reports at it, so an autoscaler and the workloads of the kind and name it targets are
 * linked (namespaces and clusters ignored: linking too much only costs time). The autoscalers
 * and workloads are those of both revisions.
 */
function linkedClosure(seeds: Iterable<string>, autoscalers: readonly HorizontalPodAutoscaler[], workloads: readonly Workload[]): Set<string> {
  const filesByKey = new Map<string, string[]>();
  const keysByFile = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, value: string): void => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const link = (key: string, file: string): void => {
    add(filesByKey, key, file);
    add(keysByFile, file, key);
  };
  for (const h of autoscalers) if (h.target) link(`${h.target.kind}/${h.target.name}`, h.ref.doc.path);
  if (filesByKey.size > 0) {
    for (const w of workloads) {
      const key = `${w.kind}/${w.name}`;
      if (filesByKey.has(key)) link(key, w.ref.doc.path);
    }
  }
  const reached = new Set<string>();
  const followed = new Set<string>();
  const queue = [...seeds];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (reached.has(file)) continue;
    reached.add(file);
    for (const key of keysByFile.get(file) ?? []) {
      if (followed.has(key)) continue;
      followed.add(key);
      queue.push(...(filesByKey.get(key) ?? []));
    }
  }
  return reached;
}

/** Reduced models of a change's head and base, and the files they hold whole. */
export interface ReducedModels {
  readonly head: Model;
  readonly base: Model;
  /** Files whose every document the reduced models hold; of the others, only context. */
  readonly affected: ReadonlySet<string>;
}

/**
 * The models on which `context` and `object` rules give, for both revisions, every finding
 * that can differ between them or that the change's review reports: each revision's context
 * plus the whole of the files the change reaches (those that differ, the `changedFiles` the
 * filter reports, the files with suppressions, and what is linked to them). Undefined when the
 * change touches context: then findings anywhere may differ and every rule reads everything.
 *
 * Unchanged files are recognised by identity: the base tree reuses the head's LoadedFile for
 * them (src/engine/change.ts), and the model objects of a document are built once
 * (`documentObjects`), so only the files that differ need looking at twice. The config is
 * context too but never differs: the head's judges both revisions.
 */
export function reducedModels(head: LoadedTree, base: LoadedTree, changedFiles: ReadonlySet<string>): ReducedModels | undefined {
  const headFiles = new Map(head.files.map((f) => [f.path, f]));
  const baseFiles = new Map(base.files.map((f) => [f.path, f]));
  const differing = new Set([...headFiles.keys(), ...baseFiles.keys()].filter((p) => headFiles.get(p) !== baseFiles.get(p)));
  for (const p of differing) {
    if (headFiles.get(p)?.documents.some(holdsContext) || baseFiles.get(p)?.documents.some(holdsContext)) return undefined;
  }
  const onlyAtBase = <T extends { ref: { doc: { path: string } } }>(objects: readonly T[]): T[] => objects.filter((o) => differing.has(o.ref.doc.path));
  const affected = linkedClosure(
    [...differing, ...changedFiles, ...suppressionFiles(head), ...suppressionFiles(base, differing)],
    [...head.model.autoscalers, ...onlyAtBase(base.model.autoscalers)],
    [...head.model.workloads, ...onlyAtBase(base.model.workloads)],
  );
  // An unaffected file is the same LoadedFile in both revisions: reduce it once.
  const reducedFiles = new Map<LoadedFile, LoadedFile | undefined>();
  const reduceFile = (f: LoadedFile): LoadedFile | undefined => {
    if (affected.has(f.path)) return f;
    if (!reducedFiles.has(f)) {
      const documents = f.documents.filter(holdsContext);
      reducedFiles.set(f, documents.length ? { ...f, documents } : undefined);
    }
    return reducedFiles.get(f);
  };
  const reduce = (tree: LoadedTree): Model => buildModel(tree.files.flatMap((f) => reduceFile(f) ?? []), tree.config);
  return { head: reduce(head), base: reduce(base), affected };
}
