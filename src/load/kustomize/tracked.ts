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

/**
 * When a node entered the build: the base's nodes are read before the patches that change them,
 * and transformers write after both, so a larger number is a later word on the object.
 */
let entered = 0;
const next = (): number => ++entered;

/** Never changed in place: copies of a tree share their scalars (see `clone`). */
export interface TScalar {
  readonly t: 'scalar';
  readonly value: Scalar;
  readonly origin: Origin;
  readonly seq: number;
}

export interface TMap {
  readonly t: 'map';
  /** Insertion order is the written order, as in the YAML. */
  entries: Map<string, TNode>;
  origin: Origin;
  readonly seq: number;
}

export interface TList {
  readonly t: 'list';
  items: TNode[];
  origin: Origin;
  readonly seq: number;
}

export type TNode = TScalar | TMap | TList;

/**
 * A child's origin is its parent's plus a key; the path is spelled out only when asked (a
 * finding's position, a fix's text). Copied into every node, the paths were the larger part of
 * what a build keeps: on the corpus 88,000 arrays of ten steps each, 26 MiB of the heap after
 * the model was built.
 */
class ChildOrigin implements Origin {
  constructor(
    readonly doc: LoadedDocument,
    readonly parent: Origin,
    readonly key: PathSegment,
  ) {}

  get path(): readonly PathSegment[] {
    const keys: PathSegment[] = [this.key];
    let at = this.parent;
    while (at instanceof ChildOrigin) {
      keys.push(at.key);
      at = at.parent;
    }
    return [...at.path, ...keys.reverse()];
  }
}

export function child(origin: Origin, key: PathSegment): Origin {
  return new ChildOrigin(origin.doc, origin, key);
}

export const isMapValue = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** A scalar as `track` keeps it: a date as its ISO text, anything that is no YAML scalar as null. */
function scalarValue(value: unknown): Scalar {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return null;
}

/** A plain scalar's text as `stringOf` gives it once tracked: undefined for null or what is no scalar. */
export function plainText(value: unknown): string | undefined {
  const kept = scalarValue(value);
  return kept === null ? undefined : String(kept);
}

/** How many nodes `track` makes of a plain value: the seq numbers its subtree takes, in document order. */
function sizeOf(value: unknown): number {
  let size = 1;
  if (Array.isArray(value)) for (const v of value) size += sizeOf(v);
  // `for…in` with an own-key check walks the keys `Object.keys` gives, in its order, without an array of them per mapping.
  else if (isMapValue(value)) for (const k in value) if (Object.hasOwn(value, k)) size += sizeOf(value[k]);
  return size;
}

/**
 * A map read from a document, its entries made only when first asked for. Most of what a build
 * reads no transformer or patch touches (a container's probes, a CRD's schema): left as the
 * document's own value, it is not copied into a tracked tree node by node (a node object, an
 * origin, a `Map` for each mapping: most of what the corpus's builds promoted), and an overlay's
 * copy of a base shares it. The seq numbers of its subtree are taken when it is read, so a node
 * made later numbers as if it had been made then.
 */
class ReadMap implements TMap {
  readonly t = 'map' as const;
  private made: Map<string, TNode> | undefined;

  constructor(
    /** The document's value, until the entries are made. */
    public unread: Record<string, unknown> | undefined,
    public origin: Origin,
    readonly seq: number,
    /** Nodes in the subtree (`sizeOf` the value): a frozen tree is sized without walking it again. */
    readonly size: number,
  ) {}

  get entries(): Map<string, TNode> {
    if (this.made) return this.made;
    const value = this.unread ?? {};
    const entries = new Map<string, TNode>();
    const keys = Object.keys(value);
    const end = this.seq + this.size;
    let seq = this.seq + 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      const v = value[k];
      // The last child takes what is left of the subtree's numbers: not walked again (often the largest: `spec`, a CRD's `versions`).
      const size = i === keys.length - 1 ? end - seq : sizeOf(v);
      entries.set(k, tracked(v, child(this.origin, k), seq, size));
      seq += size;
    }
    this.made = entries;
    this.unread = undefined;
    return entries;
  }

  set entries(entries: Map<string, TNode>) {
    this.made = entries;
    this.unread = undefined;
  }
}

/** A list read from a document, its items made only when first asked for (see `ReadMap`). */
class ReadList implements TList {
  readonly t = 'list' as const;
  private made: TNode[] | undefined;

  constructor(
    public unread: unknown[] | undefined,
    public origin: Origin,
    readonly seq: number,
    readonly size: number,
  ) {}

  get items(): TNode[] {
    if (this.made) return this.made;
    const value = this.unread ?? [];
    const items = new Array<TNode>(value.length);
    const end = this.seq + this.size;
    let seq = this.seq + 1;
    for (let i = 0; i < value.length; i++) {
      const size = i === value.length - 1 ? end - seq : sizeOf(value[i]);
      items[i] = tracked(value[i], child(this.origin, i), seq, size);
      seq += size;
    }
    this.made = items;
    this.unread = undefined;
    return items;
  }

  set items(items: TNode[]) {
    this.made = items;
    this.unread = undefined;
  }
}

function tracked(value: unknown, origin: Origin, seq: number, size: number): TNode {
  if (Array.isArray(value)) return new ReadList(value, origin, seq, size);
  if (isMapValue(value)) return new ReadMap(value, origin, seq, size);
  return { t: 'scalar', value: scalarValue(value), origin, seq };
}

/**
 * The document's value under `node` when no part of it has been made into tracked nodes yet
 * (nothing read or changed it), else undefined.
 */
export function unreadValue(node: TNode): unknown {
  return node instanceof ReadMap || node instanceof ReadList ? node.unread : undefined;
}

/** Wraps a plain value read from `origin`, every node at its own path in that document. */
export function track(value: unknown, origin: Origin): TNode {
  const seq = entered + 1;
  const size = sizeOf(value);
  entered += size;
  return tracked(value, origin, seq, size);
}

/** The plain value of a tracked tree, as the model reads it. */
export function plain(node: TNode): unknown {
  if (node.t === 'scalar') return node.value;
  const unread = unreadValue(node);
  // The document's own value, not a copy (on the corpus ~3.4 MB a review kept): the manifest schema
  // makes only JSON values (timestamps stay text), which is what a copy would hold, and nothing
  // changes a built value below its root in place (src/model/release.ts replaces the root's
  // fields; the root and metadata of every built object are made, never unread: build.ts reads
  // its identity). Overlays of one base share it as they share the unread tree.
  if (unread !== undefined) return unread;
  if (node.t === 'list') return node.items.map(plain);
  const out: Record<string, unknown> = {};
  // `forEach`, not `for…of` over the entries: that makes a [key, value] array for every field.
  node.entries.forEach((v, k) => (out[k] = plain(v)));
  return out;
}

/**
 * A copy whose maps and lists can be changed without touching the original. Scalars are never
 * changed in place (a transformer replaces the node), so copies share them: every overlay of a
 * base copies the base, and this is most of a build's time.
 */
export function clone(node: TNode): TNode {
  if (node.t === 'scalar') return node;
  // What is still the document's value is never changed in place: the copy shares it.
  if (node instanceof ReadMap && node.unread) return new ReadMap(node.unread, node.origin, node.seq, node.size);
  if (node instanceof ReadList && node.unread) return new ReadList(node.unread, node.origin, node.seq, node.size);
  if (node.t === 'list') {
    const items: TNode[] = new Array<TNode>(node.items.length);
    for (let i = 0; i < node.items.length; i++) items[i] = clone(node.items[i] as TNode);
    return { t: 'list', items, origin: node.origin, seq: node.seq };
  }
  const entries = new Map<string, TNode>();
  node.entries.forEach((v, k) => entries.set(k, clone(v)));
  return { t: 'map', entries, origin: node.origin, seq: node.seq };
}

export function scalar(value: Scalar, origin: Origin): TScalar {
  return { t: 'scalar', value, origin, seq: next() };
}

export function emptyMap(origin: Origin): TMap {
  return { t: 'map', entries: new Map(), origin, seq: next() };
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

/** The node under `node` that a later file wrote last; `node` itself when no other file changed it. */
function latest(node: TNode): TNode {
  let best = node;
  const visit = (n: TNode): void => {
    if (n.origin.doc !== node.origin.doc && (best === node || n.seq > best.seq)) best = n;
    if (n.t === 'map') for (const v of n.entries.values()) visit(v);
    else if (n.t === 'list') for (const v of n.items) visit(v);
  };
  visit(node);
  return best;
}

/**
 * The node that decided the value at `path`: the deepest node that exists on the way, so a
 * missing field resolves to the closest ancestor, as a loaded document's `locate` does.
 *
 * A named element (a container, an env entry, the object's metadata) is where it was first
 * written, whatever patches changed inside it later. An anonymous block (`resources`,
 * `nodeSelector`, `affinity`) is what the last file that changed it made it: a finding about
 * a container's resources that an overlay raised points at the overlay's line, not the base's.
 * Built documents keep a `FrozenTree`, whose `deciding` must answer as this one (tested against it).
 */
export function deciding(root: TNode, path: readonly PathSegment[]): TNode {
  let at: TNode = root;
  for (const key of path) {
    const found = getIn(at, key);
    if (!found) break;
    at = found;
  }
  return at !== root && at.t === 'map' && !at.entries.has('name') ? latest(at) : at;
}

/** A range in the origin's own file: `path` says which file, since it is not the built document's. */
export function locateOrigin(origin: Origin): SourceRange {
  return { ...origin.doc.locate(origin.path), path: origin.doc.path };
}

const MAP = 0;
const LIST = 1;
const SCALAR = 2;

/**
 * A built object's tree as the review keeps it once the build is done: what `deciding`, `getIn`
 * and a node's origin and value tell, in flat arrays in document order (a node, then its
 * children's subtrees in order), a node being an index. The build's form, an object and a `Map`
 * for every map, is made to be copied and changed; kept for every built object through the
 * whole review (a finding may ask any path of it), it was ~15 MiB of the corpus's heap.
 */
export class FrozenTree {
  /** The index after node i's subtree: its children are i + 1, then each one's end, up to this. */
  private readonly ends: Int32Array;
  private readonly seqs: Float64Array;
  private readonly kinds: Uint8Array;
  /** Under a map, the key of the node; under a list, undefined (its place is its key). */
  private readonly keys: (string | undefined)[];
  private readonly values: Scalar[];
  /**
   * Undefined where the origin is the parent's plus the node's own place in it, as `track` made
   * it (most nodes: every one a build copied and did not move): made again when asked.
   */
  private readonly origins: (Origin | undefined)[];

  constructor(root: TNode) {
    const size = countNodes(root);
    this.ends = new Int32Array(size);
    this.seqs = new Float64Array(size);
    this.kinds = new Uint8Array(size);
    this.keys = new Array<string | undefined>(size);
    this.values = new Array<Scalar>(size);
    this.origins = new Array<Origin | undefined>(size);
    this.add(root, undefined, 0, undefined, 0);
  }

  /** Writes `node`'s subtree from index `at`; gives the index after it. */
  private add(node: TNode, key: string | undefined, at: number, parent: Origin | undefined, place: PathSegment): number {
    this.seqs[at] = node.seq;
    this.keys[at] = key;
    const origin = node.origin;
    this.origins[at] = origin instanceof ChildOrigin && origin.parent === parent && origin.key === place ? undefined : origin;
    const unread = unreadValue(node);
    // Every node below is at its parent's origin plus its own place, as `track` would have made it.
    if (unread !== undefined) return this.addUnread(unread, at, node.seq);
    let next = at + 1;
    if (node.t === 'scalar') {
      this.kinds[at] = SCALAR;
      this.values[at] = node.value;
    } else if (node.t === 'map') {
      this.kinds[at] = MAP;
      this.values[at] = null;
      node.entries.forEach((v, k) => (next = this.add(v, k, next, origin, k)));
    } else {
      this.kinds[at] = LIST;
      this.values[at] = null;
      node.items.forEach((v, i) => (next = this.add(v, undefined, next, origin, i)));
    }
    this.ends[at] = next;
    return next;
  }

  /** Writes a document's value from index `at` (its key and origin written), seq numbers as `track` gave them. */
  private addUnread(value: unknown, at: number, seq: number): number {
    this.seqs[at] = seq;
    let next = at + 1;
    if (Array.isArray(value)) {
      this.kinds[at] = LIST;
      this.values[at] = null;
      for (const v of value) {
        this.keys[next] = undefined;
        this.origins[next] = undefined;
        next = this.addUnread(v, next, seq + (next - at));
      }
    } else if (isMapValue(value)) {
      this.kinds[at] = MAP;
      this.values[at] = null;
      for (const k in value) {
        if (!Object.hasOwn(value, k)) continue;
        this.keys[next] = k;
        this.origins[next] = undefined;
        next = this.addUnread(value[k], next, seq + (next - at));
      }
    } else {
      this.kinds[at] = SCALAR;
      this.values[at] = scalarValue(value);
    }
    this.ends[at] = next;
    return next;
  }

  isScalar(node: number): boolean {
    return this.kinds[node] === SCALAR;
  }

  origin(node: number): Origin {
    const kept = this.origins[node];
    if (kept) return kept;
    // The parent is the closest node before this one whose subtree holds it.
    let parent = node - 1;
    while ((this.ends[parent] as number) <= node) parent--;
    let place: PathSegment | undefined = this.keys[node];
    if (place === undefined) {
      place = 0;
      for (let c = parent + 1; c !== node; c = this.ends[c] as number) place++;
    }
    return child(this.origin(parent), place);
  }

  /** A scalar's value (null for maps and lists). */
  value(node: number): Scalar {
    return this.values[node] as Scalar;
  }

  /** `getIn(root, ...path)`: the node at `path`, or -1. */
  find(path: readonly PathSegment[]): number {
    let at = 0;
    for (const key of path) {
      at = this.childOf(at, key);
      if (at < 0) return -1;
    }
    return at;
  }

  private childOf(node: number, key: PathSegment): number {
    const kind = this.kinds[node];
    if (kind === MAP && typeof key === 'string') {
      for (let c = node + 1; c < (this.ends[node] as number); c = this.ends[c] as number) if (this.keys[c] === key) return c;
      return -1;
    }
    if (kind === LIST && typeof key === 'number') {
      // As `items[key]`: a negative or fractional key is no element.
      if (!Number.isInteger(key) || key < 0) return -1;
      let c = node + 1;
      for (let i = 0; i < key && c < (this.ends[node] as number); i++) c = this.ends[c] as number;
      return c < (this.ends[node] as number) ? c : -1;
    }
    return -1;
  }

  /** `deciding(root, path)` of the tree this was made from. */
  deciding(path: readonly PathSegment[]): number {
    let at = 0;
    for (const key of path) {
      const found = this.childOf(at, key);
      if (found < 0) break;
      at = found;
    }
    return at !== 0 && this.kinds[at] === MAP && this.childOf(at, 'name') < 0 ? this.latest(at) : at;
  }

  /** `latest`: its subtree in the order `latest` visits it is the index order. */
  private latest(node: number): number {
    const doc = this.origin(node).doc;
    let best = node;
    // The documents of the nodes above `n`, innermost last, with where their subtrees end: a
    // node made again from its parent's origin is in its parent's document.
    const docs: LoadedDocument[] = [doc];
    const ends: number[] = [this.ends[node] as number];
    for (let n = node + 1; n < (this.ends[node] as number); n++) {
      while ((ends[ends.length - 1] as number) <= n) {
        ends.pop();
        docs.pop();
      }
      const nodeDoc = this.origins[n]?.doc ?? (docs[docs.length - 1] as LoadedDocument);
      docs.push(nodeDoc);
      ends.push(this.ends[n] as number);
      if (nodeDoc !== doc && (best === node || (this.seqs[n] as number) > (this.seqs[best] as number))) best = n;
    }
    return best;
  }
}

function countNodes(node: TNode): number {
  if ((node instanceof ReadMap || node instanceof ReadList) && node.unread) return node.size;
  let count = 1;
  if (node.t === 'map') node.entries.forEach((v) => (count += countNodes(v)));
  else if (node.t === 'list') for (const v of node.items) count += countNodes(v);
  return count;
}
