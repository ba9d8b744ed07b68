/** Small readers for untyped YAML values: they never throw, they answer undefined. */

export type Obj = Record<string, unknown>;

export function asObject(value: unknown): Obj | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  // A 400-digit string is digits too, but Infinity is not a count: junk must not become "Infinity" in a message.
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'True') return true;
  if (value === 'false' || value === 'False') return false;
  return undefined;
}

export function get(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof key === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[key];
    } else {
      const obj = asObject(current);
      if (!obj) return undefined;
      current = obj[key];
    }
  }
  return current;
}

export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const obj = asObject(value);
  if (!obj) return out;
  // Keys, not entries: a pair array per field of every label and annotation map of a tree.
  for (const k of Object.keys(obj)) {
    const s = asString(obj[k]);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

/** The map of a manifest without labels (annotations, a node selector): one for all, frozen since all share it. */
export const NO_STRINGS: Readonly<Record<string, string>> = Object.freeze({});

/**
 * `stringMap(value)` for maps the model keeps for every object of a tree (labels, annotations, node
 * selectors), without a copy each: the mapping itself when all its values are strings already (it
 * has the same keys in the same order), NO_STRINGS when it has none. Nothing writes to either: the
 * release (src/model/release.ts) keeps every `metadata`, and a test runs the rules over frozen ones.
 */
export function sharedStringMap(value: unknown): Readonly<Record<string, string>> {
  const obj = asObject(value);
  if (!obj) return NO_STRINGS;
  // A mapping with a `__proto__` key, or not a plain object, is copied as stringMap would: its copy differs.
  if (Object.getPrototypeOf(obj) !== Object.prototype) return stringMap(obj);
  let count = 0;
  for (const k in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, k) || typeof obj[k] !== 'string' || k === '__proto__') return stringMap(obj);
    count++;
  }
  return count === 0 ? NO_STRINGS : (obj as Record<string, string>);
}

/**
 * A Kubernetes minor version from what a manifest wrote: "1.29", "1.29.3", "v1.29",
 * or a YAML number (1.1 is what `version: 1.10` parses to, so numbers are read from source).
 */
export function normalizeMinor(value: unknown, sourceText?: string): string | undefined {
  const raw = sourceText !== undefined && typeof value === 'number' ? sourceText.trim().replace(/^['"]|['"]$/g, '') : asString(value);
  if (raw === undefined) return undefined;
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+].*)?$/.exec(raw.trim());
  return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}

/**
 * `entryOf` for a cache kept as long as the process, which may review many trees: emptied when it
 * holds `most` entries and a new one is asked for, so it never grows without bound.
 */
export function boundedEntryOf<K, V>(map: Map<K, V>, key: K, make: () => NoInfer<V>, most = 4096): V {
  if (map.size >= most && !map.has(key)) map.clear();
  return entryOf(map, key, make);
}

/** The entry of `map` at `key`, made by `make` (and kept) the first time it is asked for. */
export function entryOf<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => NoInfer<V>): V;
export function entryOf<K, V>(map: Map<K, V>, key: K, make: () => NoInfer<V>): V;
export function entryOf<K extends object, V>(map: WeakMap<K, V> | Map<K, V>, key: K, make: () => NoInfer<V>): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
