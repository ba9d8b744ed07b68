/**
 * Values that remember where they were written. A Kustomize build copies, merges and rewrites
 * values from many files; every node of the tree it builds keeps the document and path that set
 * it, so a finding about any field of the built object points at the line that decided it —
 * the base, a patch, or the kustomization's own `namespace:` / `images:` entry.
 */
import type { SourceRange } from '../lines.js';
import type { LoadedDocument, PathSegment } from '../types.js';

/** The document and the path in it that set a value. */
export interface Origin {
  readonly doc: LoadedDocument;
  readonly path: readonly PathSegment[];
}

export type Scalar = string | number | boolean | null;

export interface TScalar {
  readonly t: 'scalar';
  value: Scalar;
  origin: Origin;
}

export interface TMap {
  readonly t: 'map';
  /** Insertion order is the written order, as in the YAML. */
  entries: Map<string, TNode>;
  origin: Origin;
}

export interface TList {
  readonly t: 'list';
  items: TNode[];
  origin: Origin;
}

export type TNode = TScalar | TMap | TList;

export function child(origin: Origin, key: PathSegment): Origin {
  return { doc: origin.doc, path: [...origin.path, key] };
}

/** Wraps a plain value read from `origin`, every node at its own path in that document. */
export function track(value: unknown, origin: Origin): TNode {
  if (Array.isArray(value)) return { t: 'list', items: value.map((v, i) => track(v, child(origin, i))), origin };
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const entries = new Map<string, TNode>();
    for (const [k, v] of Object.entries(value)) entries.set(k, track(v, child(origin, k)));
    return { t: 'map', entries, origin };
  }
  if (value instanceof Date) return { t: 'scalar', value: value.toISOString(), origin };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return { t: 'scalar', value, origin };
  }
  return { t: 'scalar', value: null, origin };
}

/** The plain value of a tracked tree, as the model reads it. */
export function plain(node: TNode): unknown {
  if (node.t === 'scalar') return node.value;
  if (node.t === 'list') return node.items.map(plain);
  const out: Record<string, unknown> = {};
  for (const [k, v] of node.entries) out[k] = plain(v);
  return out;
}

export function clone(node: TNode): TNode {
  if (node.t === 'scalar') return { ...node };
  if (node.t === 'list') return { t: 'list', items: node.items.map(clone), origin: node.origin };
  return { t: 'map', entries: new Map([...node.entries].map(([k, v]) => [k, clone(v)])), origin: node.origin };
}

export function scalar(value: Scalar, origin: Origin): TScalar {
  return { t: 'scalar', value, origin };
}

export function emptyMap(origin: Origin): TMap {
  return { t: 'map', entries: new Map(), origin };
}

export function getIn(node: TNode | undefined, ...path: PathSegment[]): TNode | undefined {
  let at = node;
  for (const key of path) {
    if (!at) return undefined;
    if (at.t === 'map' && typeof key === 'string') at = at.entries.get(key);
    else if (at.t === 'list' && typeof key === 'number') at = at.items[key];
    else return undefined;
  }
  return at;
}

export function asMap(node: TNode | undefined): TMap | undefined {
  return node?.t === 'map' ? node : undefined;
}

export function asList(node: TNode | undefined): TList | undefined {
  return node?.t === 'list' ? node : undefined;
}

export function stringOf(node: TNode | undefined): string | undefined {
  if (node?.t !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}

/**
 * The map at `path` under `node`, created (with `origin`) where missing, as Kustomize's field
 * specs with `create: true` do. Undefined when something on the way is not a map.
 */
export function ensureMap(node: TMap, path: readonly string[], origin: Origin): TMap | undefined {
  let at: TMap = node;
  for (const key of path) {
    const next = at.entries.get(key);
    if (next === undefined || (next.t === 'scalar' && next.value === null)) {
      const created = emptyMap(origin);
      at.entries.set(key, created);
      at = created;
    } else if (next.t === 'map') at = next;
    else return undefined;
  }
  return at;
}

/**
 * The node that decided the value at `path`: the deepest node that exists on the way, so a
 * missing field resolves to the closest ancestor, as a loaded document's `locate` does.
 */
export function deciding(root: TNode, path: readonly PathSegment[]): TNode {
  let at: TNode = root;
  for (const key of path) {
    const next = getIn(at, key);
    if (!next) break;
    at = next;
  }
  return at;
}

/** A range in the origin's own file: `path` says which file, since it is not the built document's. */
export function locateOrigin(origin: Origin): SourceRange {
  return { ...origin.doc.locate(origin.path), path: origin.doc.path };
}
