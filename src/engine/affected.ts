/**
 * What a change can affect, for the review of a change (src/engine/change.ts): which documents
 * are context, which objects are linked, and the reduced models on which rules of reach
 * `context` and `object` (src/rules/types.ts) give every finding the change can alter.
 */
import { isKustomizationPath } from '../load/kustomize/index.js';
import type { LoadedDocument, LoadedFile } from '../load/types.js';
import { buildModel, documentObjects } from '../model/build.js';
import { isLoadBalancerControllerDeployment } from '../model/load-balancers.js';
import { INERT_KINDS } from '../model/release.js';
import type { HorizontalPodAutoscaler, Manifest, Model, Workload } from '../model/types.js';
import type { LoadedTree } from './review.js';
import { IGNORE_ANNOTATION, IGNORE_COMMENT } from '../rules/suppressions.js';

/*
 * Leaves of a change: objects no rule reads beyond the object itself, except through a link (an
 * autoscaler and the workload it scales): workloads other than DaemonSets, Services, Ingresses,
 * autoscalers, and the inert kinds (src/model/release.ts), which only `removed-api`/`deprecated-api`
 * look at, each on its own. Everything else is context: DaemonSets (per-node overhead), LimitRanges
 * and RuntimeClasses (pod memory), node groups and clusters in all their forms, IngressClasses,
 * webhooks; and any kind not listed, so that a rule that starts reading a new kind is safe until it
 * is decided there. A test fails when rule or model code names one of the inert kinds.
 */
export { INERT_KINDS };
const LEAF_KINDS = new Set([
  ...['Pod', 'Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Service', 'Ingress', 'HorizontalPodAutoscaler'],
  ...INERT_KINDS,
]);

/** A leaf: a workload (not a DaemonSet), Service, Ingress, autoscaler, or an inert kind. */
export function isLeaf(manifest: Manifest): boolean {
  // The Load Balancer Controller's own Deployment decides which controller every Service gets.
  return LEAF_KINDS.has(manifest.kind) && !isLoadBalancerControllerDeployment(manifest);
}

/** A CloudFormation template, a Terraform file, or a document with any manifest that is not a leaf. */
export function holdsContext(doc: LoadedDocument): boolean {
  const objects = documentObjects(doc);
  return objects.template !== undefined || objects.terraform === true || objects.manifests.some((m) => !isLeaf(m.manifest));
}

// Unchanged files are the same LoadedFile in both revisions: each is sorted out once.
const contextByFile = new WeakMap<LoadedFile, readonly LoadedDocument[]>();

/** The documents of a file that hold context. */
function contextOf(file: LoadedFile): readonly LoadedDocument[] {
  let docs = contextByFile.get(file);
  if (!docs) contextByFile.set(file, (docs = file.documents.filter(holdsContext)));
  return docs;
}

/** Files with a suppression (comment or annotation): every finding they may hide must be computed. */
function hasSuppression(file: LoadedFile): boolean {
  return (
    // A file that let its text go never mentions the marker (src/load/yaml.ts, releaseText).
    file.text?.includes(IGNORE_COMMENT) === true ||
    file.documents.some((doc) => documentObjects(doc).manifests.some((m) => m.manifest.annotations[IGNORE_ANNOTATION] !== undefined))
  );
}

const linkKey = (kind: string, name: string): string => `${kind}/${name}`;

/**
 * The files reached from `seeds` through links. capacity reads a workload's autoscaler and
 * reports at it, so an autoscaler and the workloads of the kind and name it targets are
 * linked (namespaces and clusters ignored: linking too much only costs time). `versions`
 * gives a path's files in both revisions; `autoscalers` and `workloads` are those of both.
 */
function linkedClosure(
  seeds: Iterable<string>,
  versions: (path: string) => LoadedFile[],
  autoscalers: readonly HorizontalPodAutoscaler[],
  workloads: readonly Workload[],
): Set<string> {
  const scalerFiles = new Map<string, string[]>();
  for (const h of autoscalers) {
    if (!h.target) continue;
    const key = linkKey(h.target.kind, h.target.name);
    const files = scalerFiles.get(key);
    if (files) files.push(h.ref.doc.path);
    else scalerFiles.set(key, [h.ref.doc.path]);
  }
  const reached = new Set<string>();
  const followed = new Set<string>();
  // Keys whose workloads are still to be looked up: one pass over the workloads serves them all.
  let pending = new Map<string, Set<string>>();
  const queue = [...seeds];
  while (queue.length > 0) {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
      if (reached.has(file)) continue;
      reached.add(file);
      if (scalerFiles.size === 0) continue;
      for (const doc of versions(file).flatMap((f) => f.documents)) {
        for (const { workload, autoscaler } of documentObjects(doc).manifests) {
          const target = workload ? [workload.kind, workload.name] : autoscaler?.target ? [autoscaler.target.kind, autoscaler.target.name] : undefined;
          if (!target) continue;
          const [kind = '', name = ''] = target;
          const key = linkKey(kind, name);
          if (followed.has(key) || !scalerFiles.has(key)) continue;
          followed.add(key);
          queue.push(...(scalerFiles.get(key) ?? []));
          pending.set(name, (pending.get(name) ?? new Set()).add(kind));
        }
      }
    }
    if (pending.size === 0) break;
    const names = pending;
    pending = new Map();
    for (const w of workloads) if (names.get(w.name)?.has(w.kind)) queue.push(w.ref.doc.path);
  }
  return reached;
}

const EMPTY_FILE: LoadedFile = { path: '', documents: [], findings: [], lineCount: 0, text: '' };

function sameSet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  const [x = new Set<string>(), y = new Set<string>()] = [a, b];
  return x.size === y.size && [...x].every((p) => y.has(p));
}

/** Reduced models of a change's head and base, and the files they hold whole. */
export interface ReducedModels {
  readonly head: Model;
  readonly base: Model;
  /** Files whose every document the reduced models hold; of the others, only context. */
  readonly affected: ReadonlySet<string>;
  /**
   * For rules of reach `scope`: each revision's model without the leaves of scopes the change
   * does not reach (their findings are the same in both revisions). Absent when every scope is
   * reached, the whole models then serve.
   */
  readonly scoped?: { readonly head: Model; readonly base: Model };
  /** How many scopes (clusters) the models have, and how many of them the change reaches. */
  readonly scopes: { readonly total: number; readonly reached: number };
}

/** The scopes each file's objects belong to (by index into `model.scopes`). */
function scopesByFile(model: Model): Map<string, Set<number>> {
  const byFile = new Map<string, Set<number>>();
  model.scopes.forEach((scope, i) => {
    const cluster = scope.cluster ? [scope.cluster] : [];
    for (const objects of [scope.nodeGroups, scope.workloads, scope.services, scope.ingresses, scope.autoscalers, scope.manifests, cluster]) {
      for (const o of objects) {
        const file = o.ref.doc.path;
        byFile.set(file, (byFile.get(file) ?? new Set()).add(i));
      }
    }
  });
  return byFile;
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
  const versions = (p: string): LoadedFile[] => {
    const [h, b] = [headFiles.get(p), baseFiles.get(p)];
    return h === b ? (h ? [h] : []) : [...(h ? [h] : []), ...(b ? [b] : [])];
  };
  const differing = new Set([...headFiles.keys(), ...baseFiles.keys()].filter((p) => headFiles.get(p) !== baseFiles.get(p)));
  for (const p of differing) if (versions(p).some((f) => contextOf(f).length > 0)) return undefined;
  // Kustomize: a changed kustomization changes which files are reviewed on their own; a changed
  // base or patch changes objects that live at their root's path (src/load/kustomize).
  if ((head.kustomize || base.kustomize) && ([...differing].some(isKustomizationPath) || !sameSet(head.kustomize?.consumed, base.kustomize?.consumed))) {
    return undefined;
  }
  const seeds = new Set([
    ...differing,
    ...changedFiles,
    ...head.files.filter(hasSuppression).map((f) => f.path),
    ...[...differing]
      .flatMap(versions)
      .filter(hasSuppression)
      .map((f) => f.path),
  ]);
  const modelFiles = (tree: LoadedTree): Map<string, LoadedFile> => new Map((tree.modelFiles ?? tree.files).map((f) => [f.path, f]));
  const [headModel, baseModel] = [modelFiles(head), modelFiles(base)];
  for (const [tree, files] of [
    [head, headModel],
    [base, baseModel],
  ] as const) {
    for (const [built, inputs] of tree.kustomize?.inputs ?? []) {
      if (![...inputs].some((p) => seeds.has(p))) continue;
      if ([...inputs].some((p) => differing.has(p)) && contextOf(files.get(built) ?? { ...EMPTY_FILE, path: built }).length > 0) return undefined;
      seeds.add(built);
    }
  }
  // Objects of unchanged files are the same in both revisions (documentObjects): the base adds those of the others.
  const baseOnly = [...differing].flatMap((p) => baseFiles.get(p)?.documents ?? []).flatMap((doc) => documentObjects(doc).manifests);
  const affected = linkedClosure(
    seeds,
    // Built objects live in files of the model, not of the tree.
    (p) => {
      const [h, b] = [headModel.get(p), baseModel.get(p)];
      return h === b ? (h ? [h] : []) : [...(h ? [h] : []), ...(b ? [b] : [])];
    },
    [...head.model.autoscalers, ...baseOnly.flatMap((m) => m.autoscaler ?? [])],
    [...head.model.workloads, ...baseOnly.flatMap((m) => m.workload ?? [])],
  );
  const reduce = (tree: LoadedTree, whole: ReadonlySet<string>): Model =>
    buildModel(
      (tree.modelFiles ?? tree.files).flatMap((f): LoadedFile[] => {
        if (whole.has(f.path)) return [f];
        const documents = contextOf(f);
        // Not a spread, which drops the fields a loaded file's class has as getters (lineCount).
        return documents.length ? [{ path: f.path, documents, findings: f.findings, lineCount: f.lineCount, text: f.text }] : [];
      }),
      tree.config,
    );
  return { head: reduce(head, affected), base: reduce(base, affected), affected, ...scopedModels(head, base, affected, headModel, baseModel, reduce) };
}

/**
 * The models rules of reach `scope` read: the files of every scope the change reaches kept
 * whole, of the other scopes only context. Context never
 * differs here (reducedModels gave up otherwise), so both revisions have the same scopes, in
 * the same order, and every leaf stays in the scopes its path puts it in.
 */
function scopedModels(
  head: LoadedTree,
  base: LoadedTree,
  affected: ReadonlySet<string>,
  headModel: ReadonlyMap<string, LoadedFile>,
  baseModel: ReadonlyMap<string, LoadedFile>,
  reduce: (tree: LoadedTree, whole: ReadonlySet<string>) => Model,
): Pick<ReducedModels, 'scoped' | 'scopes'> {
  const total = head.model.scopes.length;
  if (total <= 1 || base.model.scopes.length !== total) return { scopes: { total, reached: total } };
  const [headScopes, baseScopes] = [scopesByFile(head.model), scopesByFile(base.model)];
  const reached = new Set<number>();
  for (const file of affected) for (const byFile of [headScopes, baseScopes]) for (const i of byFile.get(file) ?? []) reached.add(i);
  if (reached.size === total) return { scopes: { total, reached: total } };
  const inReached = (byFile: ReadonlyMap<string, ReadonlySet<number>>, file: string): boolean => [...(byFile.get(file) ?? [])].some((i) => reached.has(i));
  // An autoscaler counts only for workloads of its own scope (memory-budget's analysis), so the
  // reached scopes' files hold every link their rules follow.
  const whole = new Set([...affected, ...[...headModel.keys(), ...baseModel.keys()].filter((f) => inReached(headScopes, f) || inReached(baseScopes, f))]);
  return { scoped: { head: reduce(head, whole), base: reduce(base, whole) }, scopes: { total, reached: reached.size } };
}
