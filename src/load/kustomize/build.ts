/**
 * Builds a kustomization natively, from the files of the reviewed tree, as `kustomize build`
 * does for the parts the rules read: resources (files and nested kustomizations), components,
 * generators (names only), then the built-in transformers in Kustomize's order — strategic-merge
 * patches, `patches`, namespace, name prefix/suffix, labels, annotations, JSON patches,
 * replicas, images — and at the end the name references the rules follow (an autoscaler's
 * `scaleTargetRef`). Every value keeps where it was written (tracked.ts).
 *
 * Anything it cannot build the way Kustomize would (Helm charts, replacements, plugins,
 * a patch whose target is remote) is a BuildError, never a guess.
 */
import { posix } from 'node:path';
import { loadFile, wholeValueOf } from '../yaml.js';
import type { LoadedDocument, LoadedFile, PathSegment } from '../types.js';
import { CLUSTER_SCOPED_KINDS, COMMON_ANNOTATIONS, COMMON_LABELS, METADATA_LABELS, REPLICATED_KINDS, TEMPLATE_LABELS, type FieldSpec } from './fieldspecs.js';
import { applyJsonPatch, mergeNode, PatchError, type JsonOperation } from './merge.js';
import {
  asList,
  asMap,
  clone,
  ensureMap,
  getIn,
  isMapValue,
  plainText,
  scalar,
  stringOf,
  track,
  unreadValue,
  type Origin,
  type TMap,
  type TNode,
} from './tracked.js';

export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

export class BuildError extends Error {
  constructor(
    message: string,
    /** Where the problem is written, when known: the kustomization entry or patch. */
    readonly at?: Origin,
    /** True when Kustomize itself would fail the same way (a file that is not YAML): no point rendering it. */
    readonly fatal = false,
    /**
     * The path (relative to the reviewed tree) the build looked for and did not find among the
     * reviewed files. If nothing is there on disk either, Kustomize fails the same way.
     */
    readonly missing?: string,
  ) {
    super(message);
  }
}

/** The identity of an object at one point of the build. */
interface Id {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
}

/** One object being built. */
export interface BuiltResource {
  node: TMap;
  /** Its identity as first read, then after each rename or namespace change. */
  readonly ids: Id[];
  /** Made by a generator: Kustomize appends a content hash to the name, which is not computed here. */
  readonly generated?: boolean;
}

/** Something the build leaves out on purpose, said once as a notice at `at`. */
export interface BuildNotice {
  readonly message: string;
  readonly at: Origin;
}

/** The files a build may read, by review-relative path. */
export interface FileLookup {
  get(path: string): LoadedFile | undefined;
  has(path: string): boolean;
}

export interface BuildContext {
  readonly files: FileLookup;
  /** Every file the build read: reviewed through the build, not on its own. */
  readonly consumed: Set<string>;
  readonly notices: BuildNotice[];
  /** Bases already built in this review, reused (as copies) by every overlay, with the files they read. */
  readonly cache: Map<string, { readonly resources: readonly BuiltResource[]; readonly consumed: ReadonlySet<string> }>;
}

export interface Kustomization {
  readonly dir: string;
  readonly file: LoadedFile;
  readonly doc: LoadedDocument;
  readonly root: TMap;
}

/** Fields Kustomize would act on that this build does not reproduce. */
const UNSUPPORTED_FIELDS = [
  'helmCharts',
  'helmChartInflationGenerator',
  'replacements',
  'transformers',
  'generators',
  'validators',
  'configurations',
  'openapi',
];

export function joinPath(dir: string, entry: string): string {
  const joined = posix.normalize(dir === '' || dir === '.' ? entry : `${dir}/${entry}`);
  return joined.replace(/\/+$/, '') || '.';
}

export function dirOf(path: string): string {
  const d = posix.dirname(path);
  return d === '' ? '.' : d;
}

/** The kustomization file of `dir` among the reviewed files, if it has one. */
export function kustomizationFileIn(files: FileLookup, dir: string): LoadedFile | undefined {
  for (const name of KUSTOMIZATION_FILE_NAMES) {
    const file = files.get(dir === '.' ? name : `${dir}/${name}`);
    if (file) return file;
  }
  return undefined;
}

export function readKustomization(files: FileLookup, dir: string): Kustomization | undefined {
  const file = kustomizationFileIn(files, dir);
  const doc = file?.documents[0];
  if (!file || !doc) return undefined;
  const root = track(wholeValueOf(doc) ?? {}, { doc, path: [] });
  if (root.t !== 'map') return undefined;
  return { dir, file, doc, root };
}

/** Remote resources (git repositories, URLs): Kustomize fetches them; a review reads no network. */
export function isRemote(entry: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/|gitlab\.com\/|bitbucket\.org\/)/i.test(entry) || /\?(?:ref|version|submodules|timeout)=/.test(entry);
}

/** The string entries of a list field with their origins. */
export function entries(k: Kustomization, field: string): { value: string; origin: Origin }[] {
  return (asList(k.root.entries.get(field))?.items ?? []).flatMap((n) => {
    const value = stringOf(n);
    return value !== undefined ? [{ value, origin: n.origin }] : [];
  });
}

function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

function currentId(node: TMap): Id {
  const { group, version } = splitApiVersion(stringOf(node.entries.get('apiVersion')) ?? '');
  return {
    group,
    version,
    kind: stringOf(node.entries.get('kind')) ?? '',
    name: stringOf(getIn(node, 'metadata', 'name')) ?? '',
    namespace: stringOf(getIn(node, 'metadata', 'namespace')) ?? '',
  };
}

function sameNamespace(a: string, b: string): boolean {
  return (a || 'default') === (b || 'default');
}

/** Objects of one document: itself, or the items of a `*List`. */
function objectsOf(doc: LoadedDocument): TMap[] {
  const root = track(wholeValueOf(doc), { doc, path: [] });
  if (root.t !== 'map') return [];
  const kind = stringOf(root.entries.get('kind'));
  const items = asList(root.entries.get('items'));
  if (kind?.endsWith('List') && items) return items.items.flatMap((n) => (n.t === 'map' ? [n] : []));
  return root.entries.has('kind') ? [root] : [];
}

function fromNode(node: TMap, generated = false): BuiltResource {
  return { node, ids: [currentId(node)], ...(generated ? { generated } : {}) };
}

function copyResource(r: BuiltResource): BuiltResource {
  return { ...r, node: clone(r.node) as TMap, ids: [...r.ids] };
}

function rename(r: BuiltResource): void {
  r.ids.push(currentId(r.node));
}

/**
 * The objects `dir`'s kustomization builds. Kustomizations used by several overlays are built
 * once per review and copied, since every overlay transforms its own copy.
 */
export function buildDirectory(ctx: BuildContext, dir: string, stack: readonly string[] = []): BuiltResource[] {
  const cached = ctx.cache.get(dir);
  if (cached) {
    for (const p of cached.consumed) ctx.consumed.add(p);
    return cached.resources.map(copyResource);
  }
  if (stack.includes(dir)) throw new BuildError(`kustomizations include each other in a cycle: ${[...stack, dir].join(' → ')}`);
  const k = readKustomization(ctx.files, dir);
  if (!k) throw new BuildError(`no kustomization in "${dir}" among the reviewed files`);
  if (stringOf(k.root.entries.get('kind')) === 'Component') {
    throw new BuildError(`"${dir}" is a Component: it can only be listed under \`components\``, { doc: k.doc, path: ['kind'] });
  }
  const list: BuiltResource[] = [];
  const outer = ctx.consumed;
  const own: BuildContext = { ...ctx, consumed: new Set() };
  run(own, k, list, [...stack, dir]);
  for (const p of own.consumed) outer.add(p);
  // Only a base (reached through another kustomization) is asked for again. A root's copy, kept
  // to the end of every build, was ~14 MB of the corpus's old generation, promoted and never read.
  if (stack.length > 0) ctx.cache.set(dir, { resources: list.map(copyResource), consumed: own.consumed });
  return list;
}

function run(ctx: BuildContext, k: Kustomization, list: BuiltResource[], stack: readonly string[]): void {
  ctx.consumed.add(k.file.path);
  for (const field of UNSUPPORTED_FIELDS) {
    if (k.root.entries.has(field)) throw new BuildError(`\`${field}\` is not built natively`, { doc: k.doc, path: [field] });
  }
  for (const { value, origin } of [...entries(k, 'resources'), ...entries(k, 'bases')]) {
    if (isRemote(value)) {
      ctx.notices.push({ at: origin, message: `the remote resource ${value} is not fetched: its objects are not reviewed` });
      continue;
    }
    const path = joinPath(k.dir, value);
    const file = ctx.files.get(path);
    if (file) {
      ctx.consumed.add(path);
      for (const doc of file.documents) for (const node of objectsOf(doc)) list.push(fromNode(node));
      if (file.findings.length > 0) throw new BuildError(`resource ${value} could not be read: ${file.findings[0]?.message ?? ''}`, origin, true);
    } else if (kustomizationFileIn(ctx.files, path)) {
      list.push(...buildDirectory(ctx, path, stack));
    } else throw new BuildError(`resource "${value}" is not among the reviewed files`, origin, false, path);
  }
  for (const { value, origin } of entries(k, 'components')) {
    if (isRemote(value)) throw new BuildError(`the remote component ${value} cannot be fetched`, origin);
    const dir = joinPath(k.dir, value);
    if (stack.includes(dir)) throw new BuildError(`components include each other in a cycle at "${dir}"`, origin);
    const component = readKustomization(ctx.files, dir);
    if (!component) throw new BuildError(`component "${value}" is not among the reviewed files`, origin, false, dir);
    run(ctx, component, list, [...stack, dir]);
  }
  generate(k, list);
  transform(ctx, k, list);
}

// ---------------------------------------------------------------------------------------------
// Generators: the objects, by name; their data is not read by any rule.

function generate(k: Kustomization, list: BuiltResource[]): void {
  const global = asMap(k.root.entries.get('generatorOptions'));
  for (const [field, kind] of [
    ['configMapGenerator', 'ConfigMap'],
    ['secretGenerator', 'Secret'],
  ] as const) {
    for (const [i, item] of (asList(k.root.entries.get(field))?.items ?? []).entries()) {
      const spec = asMap(item);
      const name = stringOf(spec?.entries.get('name'));
      if (!spec || name === undefined) continue;
      const origin: Origin = { doc: k.doc, path: [field, i] };
      const namespace = stringOf(spec.entries.get('namespace'));
      const behavior = stringOf(spec.entries.get('behavior')) ?? 'create';
      const options = asMap(spec.entries.get('options'));
      const noHash = [options, global].some((o) => stringOf(o?.entries.get('disableNameSuffixHash')) === 'true');
      if (behavior !== 'create') {
        const existing = list.find((r) => r.ids.some((id) => id.kind === kind && id.name === name && sameNamespace(id.namespace, namespace ?? '')));
        if (!existing) throw new BuildError(`${field} "${name}" with behavior ${behavior} has no ${kind} to ${behavior}`, origin);
        continue;
      }
      const metadata: Record<string, unknown> = { name, ...(namespace !== undefined ? { namespace } : {}) };
      const node = track({ apiVersion: 'v1', kind, metadata }, origin) as TMap;
      for (const which of ['labels', 'annotations'] as const) {
        for (const source of [global, options]) {
          const pairs = asMap(source?.entries.get(which));
          if (!pairs) continue;
          const target = ensureMap(node, ['metadata', which], pairs.origin);
          for (const [key, value] of pairs.entries) target?.entries.set(key, scalar(stringOf(value) ?? '', value.origin));
        }
      }
      list.push(fromNode(node, !noHash));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Transformers, in Kustomize's order.

function transform(ctx: BuildContext, k: Kustomization, list: BuiltResource[]): void {
  strategicMergePatches(ctx, k, list);
  patches(ctx, k, list);
  setNamespace(k, list);
  prefixSuffix(k, list);
  labels(k, list);
  annotations(k, list);
  jsonPatches(ctx, k, list);
  replicas(k, list);
  images(k, list);
}

/**
 * The documents of an inline patch, positioned in the kustomization file: a block scalar's
 * line n is the key's line + n, indented by the block's indentation. Other scalars point at the key.
 */
function inlineDocuments(k: Kustomization, at: PathSegment[], text: string): LoadedDocument[] {
  const loaded = loadFile({ path: k.file.path, text });
  const problem = loaded.findings[0];
  if (problem) throw new BuildError(`inline patch is not valid YAML: ${problem.message}`, { doc: k.doc, path: at });
  const key = k.doc.locate(at);
  // A kustomization is loaded with its text (src/engine/review.ts, loadTree).
  const lines = (k.file.text ?? '').split('\n');
  const keyLine = lines[key.start.line - 1] ?? '';
  // `patch: |-` (or `>`): the text starts on the next line, at the block's indentation.
  const block = /^[|>]/.test(keyLine.slice(keyLine.indexOf(':', key.start.column - 1) + 1).trimStart());
  let indent = 0;
  if (block) {
    for (let n = key.start.line; n < lines.length; n++) {
      const line = lines[n] ?? '';
      if (line.trim() === '') continue;
      indent = line.length - line.trimStart().length;
      break;
    }
  }
  return loaded.documents.map((doc) => ({
    path: doc.path,
    index: doc.index,
    value: doc.value,
    valueText: (path) => doc.valueText(path),
    locate: (path) => {
      if (!block) return key;
      const r = doc.locate(path);
      return {
        start: { line: r.start.line + key.start.line, column: r.start.column + indent },
        end: { line: r.end.line + key.start.line, column: r.end.column + indent },
      };
    },
  }));
}

/** Patch documents from a file path or inline text (Kustomize tries the file first). */
function patchDocuments(ctx: BuildContext, k: Kustomization, entry: TNode, at: PathSegment[]): LoadedDocument[] {
  const text = stringOf(entry);
  if (text === undefined) throw new BuildError('a patch is neither a file path nor inline YAML', entry.origin);
  if (!text.includes('\n')) {
    const path = joinPath(k.dir, text.trim());
    const file = ctx.files.get(path);
    if (file) {
      ctx.consumed.add(path);
      if (file.findings.length > 0) throw new BuildError(`patch ${text} could not be read: ${file.findings[0]?.message ?? ''}`, entry.origin, true);
      return [...file.documents];
    }
    if (/\.(ya?ml|json)$/i.test(text.trim())) throw new BuildError(`patch file "${text.trim()}" is not among the reviewed files`, entry.origin, false, path);
  }
  return inlineDocuments(k, at, text);
}

/** The patch's own fields that identify its target: never merged, so names keep the base's line. */
function withoutIdentity(patch: TMap): TMap {
  const copy = clone(patch) as TMap;
  copy.entries.delete('apiVersion');
  copy.entries.delete('kind');
  const metadata = asMap(copy.entries.get('metadata'));
  if (metadata) {
    metadata.entries.delete('name');
    metadata.entries.delete('namespace');
  }
  return copy;
}

function applyStrategicMerge(list: BuiltResource[], targets: readonly BuiltResource[], patch: TMap): void {
  const body = withoutIdentity(patch);
  for (const target of targets) {
    const merged = mergeNode(target.node, body, []);
    const at = list.indexOf(target);
    if (!merged) list.splice(at, 1);
    else if (merged.t === 'map') target.node = merged;
  }
}

/** Objects the patch names itself (no `target`): by any name the object has had, as Kustomize matches. */
function selfTargets(list: readonly BuiltResource[], patch: TMap): BuiltResource[] {
  const want = currentId(patch);
  return list.filter((r) =>
    r.ids.some(
      (id) => id.kind === want.kind && id.name === want.name && (want.group === '' || id.group === want.group) && sameNamespace(id.namespace, want.namespace),
    ),
  );
}

function strategicMergePatches(ctx: BuildContext, k: Kustomization, list: BuiltResource[]): void {
  for (const [i, entry] of (asList(k.root.entries.get('patchesStrategicMerge'))?.items ?? []).entries()) {
    for (const doc of patchDocuments(ctx, k, entry, ['patchesStrategicMerge', i])) {
      const patch = track(wholeValueOf(doc), { doc, path: [] });
      if (patch.t !== 'map') continue;
      const targets = selfTargets(list, patch);
      if (targets.length !== 1) throw noTarget(patch, targets.length, entry.origin);
      applyStrategicMerge(list, targets, patch);
    }
  }
}

function noTarget(patch: TMap, found: number, origin: Origin): BuildError {
  const id = currentId(patch);
  const what = `${id.kind} ${id.namespace ? `${id.namespace}/` : ''}${id.name}`;
  return new BuildError(found === 0 ? `no object matches the patch of ${what}` : `${found} objects match the patch of ${what}; it must match one`, origin);
}

// --- target selectors ---

/** A patch's `target`: kustomize anchors each of group, version, kind, name and namespace as a regular expression. */
interface Selector {
  group?: RegExp;
  version?: RegExp;
  kind?: RegExp;
  name?: RegExp;
  namespace?: RegExp;
  labelSelector?: string;
  annotationSelector?: string;
}

function readSelector(node: TNode | undefined): Selector | undefined {
  const m = asMap(node);
  if (!m) return undefined;
  const text = (key: string): string | undefined => stringOf(m.entries.get(key));
  const regex = (key: string): RegExp | undefined => {
    const v = text(key);
    if (v === undefined || v === '') return undefined;
    try {
      return new RegExp(`^(?:${v})$`);
    } catch {
      throw new BuildError(`target ${key} "${v}" is not a valid regular expression`, m.origin);
    }
  };
  const selector: Selector = {};
  for (const key of ['labelSelector', 'annotationSelector'] as const) {
    const v = text(key);
    if (v !== undefined && v !== '') selector[key] = v;
  }
  for (const key of ['group', 'version', 'kind', 'name', 'namespace'] as const) {
    const pattern = regex(key);
    if (pattern) selector[key] = pattern;
  }
  return selector;
}

/** Kubernetes label selector syntax: `a=b`, `a!=b`, `a`, `!a`, `a in (x,y)`, `a notin (x)`. */
export function matchesLabelSelector(selector: string, labels: Readonly<Record<string, string>>): boolean {
  const terms = selector
    .split(/,(?![^(]*\))/)
    .map((t) => t.trim())
    .filter(Boolean);
  return terms.every((term) => {
    const set = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
    if (set) {
      const values = (set[3] ?? '').split(',').map((v) => v.trim());
      const has = labels[set[1] ?? ''] !== undefined && values.includes(labels[set[1] ?? ''] ?? '');
      return set[2] === 'in' ? has : !has;
    }
    const neq = /^([^!=]+)!=(.*)$/.exec(term);
    if (neq) return labels[(neq[1] ?? '').trim()] !== (neq[2] ?? '').trim();
    const eq = /^([^!=]+)==?(.*)$/.exec(term);
    if (eq) return labels[(eq[1] ?? '').trim()] === (eq[2] ?? '').trim();
    if (term.startsWith('!')) return labels[term.slice(1)] === undefined;
    return labels[term] !== undefined;
  });
}

function stringMapOf(node: TNode | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of asMap(node)?.entries ?? []) {
    const s = stringOf(v);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

function selects(selector: Selector, r: BuiltResource): boolean {
  const cur = r.ids[r.ids.length - 1] ?? currentId(r.node);
  const org = r.ids[0] ?? cur;
  if (selector.kind && !selector.kind.test(cur.kind)) return false;
  if (selector.group && !selector.group.test(cur.group)) return false;
  if (selector.version && !selector.version.test(cur.version)) return false;
  if (selector.name && !selector.name.test(org.name) && !selector.name.test(cur.name)) return false;
  const namespace = selector.namespace;
  // An object without a namespace is in `default` for a selector, as Kustomize's effective namespace.
  if (namespace && ![org.namespace, cur.namespace].some((n) => namespace.test(n) || namespace.test(n || 'default'))) return false;
  if (selector.labelSelector !== undefined && !matchesLabelSelector(selector.labelSelector, stringMapOf(getIn(r.node, 'metadata', 'labels')))) return false;
  if (selector.annotationSelector !== undefined && !matchesLabelSelector(selector.annotationSelector, stringMapOf(getIn(r.node, 'metadata', 'annotations')))) {
    return false;
  }
  return true;
}

function jsonOperations(patch: TNode, origin: Origin): JsonOperation[] {
  const list = asList(patch);
  if (!list) throw new BuildError('a JSON patch must be a list of operations', origin);
  return list.items.map((item) => {
    const op = asMap(item);
    const kind = stringOf(op?.entries.get('op'));
    const path = stringOf(op?.entries.get('path'));
    if (!op || kind === undefined || path === undefined) throw new BuildError('a JSON patch operation needs `op` and `path`', item.origin);
    const from = stringOf(op.entries.get('from'));
    const value = op.entries.get('value');
    return { op: kind, path, ...(from !== undefined ? { from } : {}), ...(value !== undefined ? { value } : {}) };
  });
}

function applyJson(targets: readonly BuiltResource[], operations: JsonOperation[], origin: Origin): void {
  for (const target of targets) {
    try {
      target.node = applyJsonPatch(target.node, operations, origin);
    } catch (error) {
      if (error instanceof PatchError) {
        const id = currentId(target.node);
        throw new BuildError(`${error.message} (${id.kind} ${id.name})`, origin);
      }
      throw error;
    }
    rename(target);
  }
}

function patches(ctx: BuildContext, k: Kustomization, list: BuiltResource[]): void {
  for (const [i, item] of (asList(k.root.entries.get('patches'))?.items ?? []).entries()) {
    const spec = asMap(item);
    if (!spec) throw new BuildError('a `patches` entry must have `path` or `patch`', item.origin);
    const pathNode = spec.entries.get('path');
    const inline = spec.entries.get('patch');
    const source = pathNode ?? inline;
    if (!source) throw new BuildError('a `patches` entry must have `path` or `patch`', item.origin);
    // A patch that may rename its target or change its kind produces objects this build would
    // name as before: kubectl's build (or the failure) is the honest answer, not a wrong name.
    const options = asMap(spec.entries.get('options'));
    for (const option of ['allowNameChange', 'allowKindChange']) {
      const value = options?.entries.get(option);
      if (value && stringOf(value) !== 'false') throw new BuildError(`a patch with \`${option}\` is not built natively`, value.origin);
    }
    const docs = patchDocuments(ctx, k, source, ['patches', i, pathNode ? 'path' : 'patch']);
    const selector = readSelector(spec.entries.get('target'));
    for (const doc of docs) {
      const patch = track(wholeValueOf(doc), { doc, path: [] });
      if (patch.t === 'list') {
        if (!selector) throw new BuildError('a JSON patch needs a `target`', item.origin);
        applyJson(
          list.filter((r) => selects(selector, r)),
          jsonOperations(patch, item.origin),
          item.origin,
        );
        continue;
      }
      if (patch.t !== 'map') continue;
      if (selector) {
        applyStrategicMerge(
          list,
          list.filter((r) => selects(selector, r)),
          patch,
        );
      } else {
        const targets = selfTargets(list, patch);
        if (targets.length === 0) throw noTarget(patch, 0, item.origin);
        applyStrategicMerge(list, targets, patch);
      }
    }
  }
}

function jsonPatches(ctx: BuildContext, k: Kustomization, list: BuiltResource[]): void {
  for (const [i, item] of (asList(k.root.entries.get('patchesJson6902'))?.items ?? []).entries()) {
    const spec = asMap(item);
    const selector = readSelector(spec?.entries.get('target'));
    if (!spec || !selector) throw new BuildError('a `patchesJson6902` entry needs a `target`', item.origin);
    const pathNode = spec.entries.get('path');
    const source = pathNode ?? spec.entries.get('patch');
    if (!source) throw new BuildError('a `patchesJson6902` entry needs `path` or `patch`', item.origin);
    const targets = list.filter((r) => selects(selector, r));
    for (const doc of patchDocuments(ctx, k, source, ['patchesJson6902', i, pathNode ? 'path' : 'patch'])) {
      applyJson(targets, jsonOperations(track(wholeValueOf(doc), { doc, path: [] }), item.origin), item.origin);
    }
  }
}

// --- namespace, names, labels, annotations ---

function setNamespace(k: Kustomization, list: BuiltResource[]): void {
  const node = k.root.entries.get('namespace');
  const namespace = stringOf(node);
  if (!node || !namespace) return;
  for (const r of list) {
    const id = currentId(r.node);
    if (id.kind === 'Namespace') {
      // Kustomize renames a Namespace object to the namespace it puts everything else in.
      ensureMap(r.node, ['metadata'], node.origin)?.entries.set('name', scalar(namespace, node.origin));
      rename(r);
      continue;
    }
    if (CLUSTER_SCOPED_KINDS.has(id.kind)) continue;
    ensureMap(r.node, ['metadata'], node.origin)?.entries.set('namespace', scalar(namespace, node.origin));
    rename(r);
  }
}

const PREFIX_SKIPPED: readonly { kind: string; group?: string }[] = [
  { kind: 'CustomResourceDefinition' },
  { kind: 'APIService', group: 'apiregistration.k8s.io' },
  { kind: 'Namespace' },
];

function prefixSuffix(k: Kustomization, list: BuiltResource[]): void {
  const prefix = stringOf(k.root.entries.get('namePrefix')) ?? '';
  const suffix = stringOf(k.root.entries.get('nameSuffix')) ?? '';
  if (!prefix && !suffix) return;
  for (const r of list) {
    const id = currentId(r.node);
    if (PREFIX_SKIPPED.some((s) => s.kind === id.kind && (s.group === undefined || s.group === id.group))) continue;
    const metadata = asMap(r.node.entries.get('metadata'));
    const name = metadata?.entries.get('name');
    // The name keeps the line of the object's own `name:`: that is where a reader finds the object.
    if (metadata && name?.t === 'scalar') metadata.entries.set('name', { ...name, value: `${prefix}${String(name.value)}${suffix}` });
    rename(r);
  }
}

function specApplies(spec: FieldSpec, id: Id): boolean {
  return (spec.kind === undefined || spec.kind === id.kind) && (spec.group === undefined || spec.group === id.group);
}

/** The maps at `path` under `node`, stepping into every element of the lists met on the way. */
function mapsAt(node: TNode, path: readonly string[], create: boolean, origin: Origin): TMap[] {
  if (path.length === 0) return node.t === 'map' ? [node] : [];
  if (node.t === 'list') return node.items.flatMap((item) => mapsAt(item, path, create, origin));
  if (node.t !== 'map') return [];
  const [key = '', ...rest] = path;
  let next = node.entries.get(key);
  if (next === undefined || (next.t === 'scalar' && next.value === null)) {
    if (!create) return [];
    next = ensureMap(node, [key], origin);
    if (!next) return [];
  }
  return mapsAt(next, rest, create, origin);
}

function addPairs(list: readonly BuiltResource[], pairs: TMap, specs: readonly FieldSpec[]): void {
  for (const r of list) {
    const id = currentId(r.node);
    for (const spec of specs) {
      if (!specApplies(spec, id)) continue;
      for (const target of mapsAt(r.node, spec.path, spec.create, pairs.origin)) {
        for (const [key, value] of pairs.entries) target.entries.set(key, scalar(stringOf(value) ?? '', value.origin));
      }
    }
  }
}

function labels(k: Kustomization, list: BuiltResource[]): void {
  for (const item of asList(k.root.entries.get('labels'))?.items ?? []) {
    const spec = asMap(item);
    const pairs = asMap(spec?.entries.get('pairs'));
    if (!spec || !pairs) continue;
    const includeSelectors = stringOf(spec.entries.get('includeSelectors')) === 'true';
    const includeTemplates = stringOf(spec.entries.get('includeTemplates')) === 'true';
    if (spec.entries.has('fields')) throw new BuildError('`labels` with custom `fields` is not built natively', spec.origin);
    addPairs(list, pairs, includeSelectors ? COMMON_LABELS : includeTemplates ? TEMPLATE_LABELS : METADATA_LABELS);
  }
  const common = asMap(k.root.entries.get('commonLabels'));
  if (common) addPairs(list, common, COMMON_LABELS);
}

function annotations(k: Kustomization, list: BuiltResource[]): void {
  const common = asMap(k.root.entries.get('commonAnnotations'));
  if (common) addPairs(list, common, COMMON_ANNOTATIONS);
}

// --- replicas, images ---

function replicas(k: Kustomization, list: BuiltResource[]): void {
  for (const [i, item] of (asList(k.root.entries.get('replicas'))?.items ?? []).entries()) {
    const spec = asMap(item);
    const name = stringOf(spec?.entries.get('name'));
    const count = spec?.entries.get('count');
    if (!spec || name === undefined || count?.t !== 'scalar') throw new BuildError('a `replicas` entry needs `name` and `count`', item.origin);
    const value = typeof count.value === 'number' ? count.value : Number(count.value);
    for (const r of list) {
      if (!REPLICATED_KINDS.has(currentId(r.node).kind) || !r.ids.some((id) => id.name === name)) continue;
      ensureMap(r.node, ['spec'], { doc: k.doc, path: ['replicas', i] })?.entries.set('replicas', scalar(value, count.origin));
    }
  }
}

/** An image reference split as Kustomize does: name, then `:tag` and/or `@digest`. */
export function splitImage(image: string): { name: string; tag?: string; digest?: string } {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : undefined;
  const rest = at >= 0 ? image.slice(0, at) : image;
  const colon = rest.lastIndexOf(':');
  const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : undefined;
  const name = tag !== undefined ? rest.slice(0, colon) : rest;
  return { name, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

function images(k: Kustomization, list: BuiltResource[]): void {
  const rules = (asList(k.root.entries.get('images'))?.items ?? []).flatMap((item) => {
    const spec = asMap(item);
    const name = stringOf(spec?.entries.get('name'));
    if (!spec || name === undefined) return [];
    const text = (key: string): string | undefined => stringOf(spec.entries.get(key));
    return [{ name, newName: text('newName'), newTag: text('newTag'), digest: text('digest'), origin: spec.origin }];
  });
  if (rules.length === 0) return;
  const rewrites = (image: string): boolean => {
    const name = splitImage(image).name;
    return rules.some((r) => r.name === name);
  };
  const visit = (node: TNode, field: string | undefined): void => {
    const unread = unreadValue(node);
    // A document's value that holds no image to rewrite is left unread (not made into tracked nodes).
    if (unread !== undefined && !holdsImage(unread, field, rewrites)) return;
    if (node.t === 'list') {
      for (const item of node.items) visit(item, field);
      return;
    }
    if (node.t !== 'map') return;
    if (field === 'containers' || field === 'initContainers') {
      const image = node.entries.get('image');
      const text = stringOf(image);
      if (image?.t === 'scalar' && text !== undefined) {
        const parts = splitImage(text);
        const rule = rules.find((r) => r.name === parts.name);
        if (rule) {
          const name = rule.newName ?? parts.name;
          const ref =
            rule.digest !== undefined
              ? `@${rule.digest}`
              : rule.newTag !== undefined
                ? `:${rule.newTag}`
                : `${parts.tag !== undefined ? `:${parts.tag}` : ''}${parts.digest !== undefined ? `@${parts.digest}` : ''}`;
          node.entries.set('image', scalar(`${name}${ref}`, rule.origin));
        }
      }
    }
    for (const [key, value] of node.entries) visit(value, key);
  };
  for (const r of list) visit(r.node, undefined);
}

/** Whether `visit` in `images` would rewrite an image in this plain value, reached through `field`. */
function holdsImage(value: unknown, field: string | undefined, rewrites: (image: string) => boolean): boolean {
  if (Array.isArray(value)) return value.some((item) => holdsImage(item, field, rewrites));
  if (!isMapValue(value)) return false;
  if ((field === 'containers' || field === 'initContainers') && Object.hasOwn(value, 'image')) {
    const text = plainText(value['image']);
    if (text !== undefined && rewrites(text)) return true;
  }
  for (const key in value) if (Object.hasOwn(value, key) && holdsImage(value[key], key, rewrites)) return true;
  return false;
}

/**
 * Name references the rules follow, once the whole tree is built: an autoscaler's
 * `scaleTargetRef` follows its target's renames (prefix, suffix). Service selectors are labels,
 * which the label transformer already wrote.
 */
export function fixNameReferences(list: readonly BuiltResource[]): void {
  for (const r of list) {
    if (currentId(r.node).kind !== 'HorizontalPodAutoscaler') continue;
    const ref = asMap(getIn(r.node, 'spec', 'scaleTargetRef'));
    const kind = stringOf(ref?.entries.get('kind'));
    const name = ref?.entries.get('name');
    if (!ref || !kind || name?.t !== 'scalar') continue;
    const namespace = currentId(r.node).namespace;
    const candidates = list.filter((t) => t !== r && currentId(t.node).kind === kind && t.ids.some((id) => id.name === String(name.value)));
    const target = candidates.find((t) => sameNamespace(currentId(t.node).namespace, namespace)) ?? candidates[0];
    if (target) ref.entries.set('name', { ...name, value: currentId(target.node).name });
  }
}
