/**
 * Strategic-merge and JSON (RFC 6902) patches on tracked trees, with Kustomize's semantics for
 * the fields the rules read. What a patch sets carries the patch's origin; what it leaves
 * keeps the base's.
 *
 * Strategic merge, as Kubernetes defines it (api-conventions, "strategic merge patch"):
 * maps merge key by key; `null` deletes a key; lists of objects that Kubernetes declares with a
 * patch merge key (containers by `name`, container ports by `containerPort`, ...) merge element
 * by element; every other list is replaced whole (tolerations, args, command, ...).
 * Directives: `$patch: delete | replace | merge` on a map or a list element,
 * `$deleteFromPrimitiveList/<field>`, `$retainKeys`; `$setElementOrder/<field>` only orders.
 */
import { asList, asMap, clone, plain, type Origin, type TList, type TMap, type TNode } from './tracked.js';

export class PatchError extends Error {}

/**
 * The patch merge key Kubernetes declares for a list field, given the field names on the way
 * to it. Undefined means the list is replaced whole. Kinds Kubernetes does not know (custom
 * resources) fall back to the keys Kustomize guesses for schemaless lists (see `guessKey`).
 */
function declaredKey(path: readonly string[]): string | undefined | null {
  const field = path[path.length - 1];
  switch (field) {
    case 'containers':
    case 'initContainers':
    case 'ephemeralContainers':
    case 'env':
    case 'volumes':
    case 'imagePullSecrets':
    case 'resourceClaims':
      return 'name';
    case 'volumeMounts':
      return 'mountPath';
    case 'volumeDevices':
      return 'devicePath';
    case 'hostAliases':
      return 'ip';
    case 'topologySpreadConstraints':
      return 'topologyKey';
    case 'ports':
      // Container ports merge by containerPort, a Service's by port.
      return path.some((p) => p === 'containers' || p === 'initContainers' || p === 'ephemeralContainers') ? 'containerPort' : 'port';
    case 'tolerations':
    case 'args':
    case 'command':
    case 'envFrom':
    case 'nodeSelectorTerms':
    case 'matchExpressions':
    case 'values':
      return undefined;
    default:
      return null;
  }
}

/** Kustomize's guess for lists without a schema: the first key every element has, in this order. */
const GUESSED_KEYS = ['mountPath', 'devicePath', 'ip', 'type', 'topologyKey', 'name', 'containerPort'];

function guessKey(base: TList, patch: TList): string | undefined {
  const elements = [...base.items, ...patch.items].filter((n) => !(n.t === 'map' && n.entries.has('$patch') && n.entries.size === 1));
  if (elements.length === 0 || elements.some((n) => n.t !== 'map')) return undefined;
  return GUESSED_KEYS.find((k) => elements.every((n) => n.t === 'map' && n.entries.has(k)));
}

function directive(node: TNode | undefined): string | undefined {
  const d = asMap(node)?.entries.get('$patch');
  return d?.t === 'scalar' && typeof d.value === 'string' ? d.value : undefined;
}

function withoutDirectives(node: TNode): TNode {
  if (node.t === 'scalar') return node;
  if (node.t === 'list') {
    return {
      t: 'list',
      items: node.items.filter((n) => directive(n) !== 'delete' && !(directive(n) !== undefined && asMap(n)?.entries.size === 1)).map(withoutDirectives),
      origin: node.origin,
      seq: node.seq,
    };
  }
  const entries = new Map<string, TNode>();
  for (const [k, v] of node.entries) {
    if (k.startsWith('$')) continue;
    if (v.t === 'scalar' && v.value === null) continue;
    entries.set(k, withoutDirectives(v));
  }
  return { t: 'map', entries, origin: node.origin, seq: node.seq };
}

function sameKey(a: TNode | undefined, b: TNode | undefined): boolean {
  return a?.t === 'scalar' && b?.t === 'scalar' && String(a.value) === String(b.value);
}

function mergeList(base: TList, patch: TList, path: readonly string[]): TList {
  if (patch.items.some((n) => directive(n) === 'replace')) {
    return withoutDirectives({ t: 'list', items: patch.items.filter((n) => directive(n) !== 'replace'), origin: patch.origin, seq: patch.seq }) as TList;
  }
  const declared = declaredKey(path);
  const key = declared === null ? guessKey(base, patch) : declared;
  if (key === undefined) return withoutDirectives(clone(patch)) as TList;
  const items = [...base.items];
  for (const p of patch.items) {
    const pm = asMap(p);
    if (!pm) {
      items.push(clone(p));
      continue;
    }
    const at = items.findIndex((b) => sameKey(asMap(b)?.entries.get(key), pm.entries.get(key)));
    if (directive(pm) === 'delete') {
      if (at >= 0) items.splice(at, 1);
      continue;
    }
    const existing = items[at];
    if (at >= 0 && existing) {
      const merged = mergeNode(existing, pm, path);
      if (merged) items[at] = merged;
      else items.splice(at, 1);
    } else items.push(withoutDirectives(clone(pm)));
  }
  return { t: 'list', items, origin: base.origin, seq: base.seq };
}

/** Merges `patch` into `base` (neither is modified); undefined when the patch deletes it. */
export function mergeNode(base: TNode, patch: TNode, path: readonly string[]): TNode | undefined {
  if (patch.t === 'list' && base.t === 'list') return mergeList(base, patch, path);
  if (patch.t !== 'map' || base.t !== 'map') return withoutDirectives(clone(patch));
  const d = directive(patch);
  if (d === 'delete') return undefined;
  if (d === 'replace') return withoutDirectives(clone(patch));
  const entries = new Map(base.entries);
  let retain: string[] | undefined;
  for (const [k, v] of patch.entries) {
    if (k === '$patch' || k.startsWith('$setElementOrder/')) continue;
    if (k === '$retainKeys') {
      retain = asList(v)?.items.flatMap((n) => (n.t === 'scalar' ? [String(n.value)] : []));
      continue;
    }
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      const list = asList(entries.get(field));
      const drop = new Set(asList(v)?.items.map((n) => JSON.stringify(plain(n))) ?? []);
      if (list) entries.set(field, { t: 'list', items: list.items.filter((n) => !drop.has(JSON.stringify(plain(n)))), origin: list.origin, seq: list.seq });
      continue;
    }
    if (v.t === 'scalar' && v.value === null) {
      entries.delete(k);
      continue;
    }
    const existing = entries.get(k);
    if (existing === undefined) {
      if (directive(v) !== 'delete') entries.set(k, withoutDirectives(clone(v)));
      continue;
    }
    const merged = mergeNode(existing, v, [...path, k]);
    if (merged) entries.set(k, merged);
    else entries.delete(k);
  }
  if (retain) for (const k of [...entries.keys()]) if (!retain.includes(k)) entries.delete(k);
  return { t: 'map', entries, origin: base.origin, seq: base.seq };
}

/** One JSON patch operation, its value tracked to where the patch wrote it. */
export interface JsonOperation {
  readonly op: string;
  readonly path: string;
  readonly from?: string;
  readonly value?: TNode;
}

function pointer(text: string): string[] {
  if (text === '') return [];
  if (!text.startsWith('/')) throw new PatchError(`JSON patch path "${text}" does not start with "/"`);
  return text
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(root: TNode, segments: readonly string[], text: string): { parent: TNode; last: string } {
  let at: TNode | undefined = root;
  for (const s of segments.slice(0, -1)) {
    if (at?.t === 'map') at = at.entries.get(s);
    else if (at?.t === 'list') at = at.items[Number(s)];
    else at = undefined;
    if (!at) throw new PatchError(`JSON patch path "${text}" does not exist in the target`);
  }
  const last = segments[segments.length - 1];
  if (last === undefined) throw new PatchError('JSON patch cannot replace the whole object');
  return { parent: at, last };
}

function index(list: TList, segment: string, text: string, adding: boolean): number {
  if (segment === '-' && adding) return list.items.length;
  if (!/^\d+$/.test(segment)) throw new PatchError(`JSON patch path "${text}": "${segment}" is not a list index`);
  const i = Number(segment);
  if (i > list.items.length || (!adding && i === list.items.length)) throw new PatchError(`JSON patch path "${text}": index ${i} is out of range`);
  return i;
}

function read(root: TNode, text: string): TNode {
  const { parent, last } = parentOf(root, pointer(text), text);
  const found = parent.t === 'map' ? parent.entries.get(last) : parent.t === 'list' ? parent.items[index(parent, last, text, false)] : undefined;
  if (!found) throw new PatchError(`JSON patch path "${text}" does not exist in the target`);
  return found;
}

function remove(root: TNode, text: string): TNode {
  const { parent, last } = parentOf(root, pointer(text), text);
  if (parent.t === 'map') {
    const found = parent.entries.get(last);
    if (!found) throw new PatchError(`JSON patch cannot remove "${text}": it does not exist`);
    parent.entries.delete(last);
    return found;
  }
  if (parent.t === 'list') return parent.items.splice(index(parent, last, text, false), 1)[0] as TNode;
  throw new PatchError(`JSON patch cannot remove "${text}": its parent is a scalar`);
}

function add(root: TNode, text: string, value: TNode, replace: boolean): void {
  const { parent, last } = parentOf(root, pointer(text), text);
  if (parent.t === 'map') {
    if (replace && !parent.entries.has(last)) throw new PatchError(`JSON patch cannot replace "${text}": it does not exist`);
    parent.entries.set(last, value);
  } else if (parent.t === 'list') {
    const i = index(parent, last, text, !replace);
    parent.items.splice(i, replace ? 1 : 0, value);
  } else throw new PatchError(`JSON patch path "${text}": its parent is a scalar`);
}

/** Applies JSON patch operations in place to a copy of `target` and returns it. */
export function applyJsonPatch(target: TMap, operations: readonly JsonOperation[], patchOrigin: Origin): TMap {
  const root = clone(target) as TMap;
  for (const operation of operations) {
    const value = operation.value ? clone(operation.value) : undefined;
    switch (operation.op) {
      case 'add':
      case 'replace':
        if (!value) throw new PatchError(`JSON patch "${operation.op}" at "${operation.path}" has no value`);
        add(root, operation.path, value, operation.op === 'replace');
        break;
      case 'remove':
        remove(root, operation.path);
        break;
      case 'move':
      case 'copy': {
        if (operation.from === undefined) throw new PatchError(`JSON patch "${operation.op}" to "${operation.path}" has no "from"`);
        const moved = operation.op === 'move' ? remove(root, operation.from) : clone(read(root, operation.from));
        add(root, operation.path, moved, false);
        break;
      }
      case 'test': {
        const actual = JSON.stringify(plain(read(root, operation.path)));
        if (!value || actual !== JSON.stringify(plain(value))) throw new PatchError(`JSON patch test at "${operation.path}" failed`);
        break;
      }
      default:
        throw new PatchError(`JSON patch operation "${operation.op}" is not one of add, remove, replace, move, copy, test (${patchOrigin.doc.path})`);
    }
  }
  return root;
}
