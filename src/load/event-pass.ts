import { constructFromEvents, EVENT_ID, SCALAR_STYLE, getScalarValue, mapTag, seqTag, strTag, type Event, type Schema } from './js-yaml.js';

/*
 * One walk over a chunk's parser events that does what four walks did (js-yaml's
 * `constructFromEvents`, packing positions, counting nodes per document, looking for template
 * mappings): js-yaml's constructor allocates a `{ value, tag }` pair per scalar and a frame
 * object per collection, and resolves every plain scalar through the schema's tag lists; the
 * packing allocated a span object per node. Here the per-collection state lives in parallel
 * arrays indexed by depth and a scalar costs its string.
 *
 * Values are built here only for what the schema's defaults describe exactly: untagged,
 * unanchored nodes, no aliases, no merge keys (`<<`), scalar keys, no repeated key. A document
 * with anything else (a `!Ref`, an anchor, ...) is left to `constructFromEvents` whole (see
 * `slow`), so its value and any error are js-yaml's own.
 */

/*
 * Positions: one or two 32-bit numbers an event. The first holds the type (bits 0-2), a scalar's
 * style (bits 3-5), a flag (bit 6) and a count (from bit 7); the offset is either the same
 * number's top bits (narrow: a chunk short enough that its offsets and the counts it needs fit
 * together, nearly every manifest file) or a second number (wide: 25-bit counts, 32-bit offsets).
 * At 100k documents the packed events were 44.7 MB at two numbers an event, the largest thing
 * the review kept after the texts. A loaded chunk keeps them now as a byte stream
 * (src/load/event-stream.ts, written from this packing); the packing itself lasts until the
 * next pass. What an event means in the four numbers it used to take
 * (`PositionEvents.a/b/c`, the oracle test's form) is stored as:
 * - SCALAR without tag or anchor: offset = value start, count = value length;
 * - MAPPING/SEQUENCE without anchor: offset = start, count = distance to its closing POP (0: none);
 * - ALIAS: offset = anchor start, count = anchor length;
 * - POP closing a collection: offset = the collection's end;
 * - anything else (a tag or anchor, an empty scalar, a count or offset the layout cannot hold):
 *   the flag, and its three numbers in a side table of (event index, a, b, c) sorted by event
 *   index. Rare in manifests (CloudFormation's `!Ref` scalars are the common case) and never on
 *   a hot path: only a finding's position reads it.
 */
export const SPECIAL = 1 << 6;
export const COUNT_SHIFT = 7;
/**
 * The style of a plain key written in `KEY_TEXTS` (scalar styles are 1-5): its count is the key's
 * place there rather than its length, so that a file can let its text go and its keys still be
 * compared (src/load/yaml.ts, keyIs).
 */
export const KEYED = 7;

/*
 * The plain keys of files that let their text go (PassOptions.releasable), each once for the
 * whole process: manifests repeat a few hundred keys. Bounded: a key past the bound is written
 * as before and its file keeps its text.
 */
export const KEY_TEXTS: string[] = [];
const keyIds = new Map<string, number>();
const MAX_KEYS = 1 << 16;
const WIDE_COUNT_BITS = 25;
/**
 * The narrow layout gives the offset as many bits as the chunk's length needs and the count the
 * rest (25 - offset bits); below 8 bits of count (chunks of 128 KiB or more) too many scalars
 * would overflow to the side table, so those chunks are wide.
 */
const MIN_NARROW_COUNT_BITS = 8;

/** The packed events of one chunk, read back as the four numbers each event meant. */
export class PositionEvents {
  /** 1: narrow (the offset in the head's top `32 - shift` bits), 2: wide (the offset in a second number). */
  readonly slots: 1 | 2;
  /** Narrow: where the offset starts in the head. */
  readonly shift: number;
  readonly countMask: number;

  constructor(
    readonly packed: Int32Array,
    /** (event index, a, b, c) of the flagged events, by event index. */
    readonly side: Int32Array,
    /** Narrow: the bits of the head that hold the offset; 0: wide. */
    offsetBits: number,
  ) {
    this.slots = offsetBits > 0 ? 1 : 2;
    this.shift = 32 - offsetBits;
    this.countMask = offsetBits > 0 ? 2 ** (WIDE_COUNT_BITS - offsetBits) - 1 : 2 ** WIDE_COUNT_BITS - 1;
  }

  get count(): number {
    return this.packed.length / this.slots;
  }

  type(index: number): number {
    return (this.packed[index * this.slots] ?? 0) & 7;
  }

  style(index: number): number {
    const style = ((this.packed[index * this.slots] ?? 0) >> 3) & 7;
    return style === KEYED ? SCALAR_STYLE.PLAIN : style;
  }

  /** A plain key's text when it is in `KEY_TEXTS` (its file may have let its text go), else undefined. */
  keyText(index: number): string | undefined {
    const head = this.packed[index * this.slots] ?? 0;
    if (((head >> 3) & 7) !== KEYED || head & SPECIAL) return undefined;
    return KEY_TEXTS[(head >>> COUNT_SHIFT) & this.countMask];
  }

  /** A plain key's place in `KEY_TEXTS` (see keyText), else -1. */
  keyId(index: number): number {
    const head = this.packed[index * this.slots] ?? 0;
    if (((head >> 3) & 7) !== KEYED || head & SPECIAL) return -1;
    return (head >>> COUNT_SHIFT) & this.countMask;
  }

  /** SCALAR: value start; MAPPING/SEQUENCE: start; ALIAS: anchor start; POP: the closed collection's end. */
  a(index: number): number {
    const head = this.packed[index * this.slots] ?? 0;
    if (head & SPECIAL) return this.sideAt(index, 1);
    return this.offset(index, head);
  }

  /** SCALAR: value end; MAPPING/SEQUENCE: index of its closing POP (-1: none); ALIAS: anchor end. */
  b(index: number): number {
    const head = this.packed[index * this.slots] ?? 0;
    if (head & SPECIAL) return this.sideAt(index, 2);
    const count = (head >>> COUNT_SHIFT) & this.countMask;
    switch (head & 7) {
      case EVENT_ID.SCALAR:
        return this.offset(index, head) + (((head >> 3) & 7) === KEYED ? (KEY_TEXTS[count] ?? '').length : count);
      case EVENT_ID.ALIAS:
        return this.offset(index, head) + count;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        return count > 0 ? index + count : -1;
      default:
        return 0;
    }
  }

  /** SCALAR: start of its anchor or tag (-1: none); MAPPING/SEQUENCE: anchor start (-1: none). */
  c(index: number): number {
    const head = this.packed[index * this.slots] ?? 0;
    if (head & SPECIAL) return this.sideAt(index, 3);
    switch (head & 7) {
      case EVENT_ID.SCALAR:
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        return -1;
      default:
        return 0;
    }
  }

  private offset(index: number, head: number): number {
    return this.slots === 1 ? head >>> this.shift : (this.packed[index * 2 + 1] ?? 0);
  }

  private sideAt(index: number, field: number): number {
    const side = this.side;
    let lo = 0;
    let hi = side.length / 4 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = side[mid * 4] ?? 0;
      if (at === index) return side[mid * 4 + field] ?? 0;
      if (at < index) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }
}

export interface DocumentSpan {
  /** Index of the DOCUMENT event. */
  first: number;
  /** Index of its closing POP. */
  last: number;
  /** Nodes the document would expand to with every alias copied (billion-laughs guard). */
  expandedNodes: number;
  aliases: number;
  /** Offset of the first mapping that opens on `{{` (a template action YAML read as structure), or -1. */
  templateAt: number;
}

export interface EventPass {
  /**
   * Every event's type and position numbers (see PositionEvents). Until the next pass only: its
   * array is reused (the loader keeps them as a stream, src/load/event-stream.ts).
   */
  positions: PositionEvents;
  spans: DocumentSpan[];
  /** Per span, its value when this pass built it (undefined for the `slow` ones). */
  values: unknown[];
  /** Indexes of the spans whose value `constructFromEvents` must build, ascending. */
  slow: number[];
  /** Per span, whether its value holds only the identity fields (see PassOptions.identityOnly). */
  reduced: boolean[];
  /**
   * Whether a reader still needs the text once the pass is done: always, unless the pass was
   * `releasable` and every document was built here (none slow, none reduced), every key is in
   * `KEY_TEXTS`, and every scalar's text is its value's (String(value), see src/load/yaml.ts,
   * valueText).
   */
  needsText: boolean;
}

/**
 * Documents whose value no reader needs past a few top-level fields, by their top-level `kind`
 * (src/model/release.ts frees the rest once the model is built): the pass builds only `fields`
 * of them. A CRD's schema or a ConfigMap's data is most of a repository's YAML in many trees,
 * and building it only to free it cost allocation, promotion and collection.
 */
export interface IdentityOnly {
  kinds: ReadonlySet<string>;
  fields: ReadonlySet<string>;
}

export interface PassOptions {
  identityOnly?: IdentityOnly | undefined;
  /** For tests: a small one sends lengths and distances that would not fit the layout's count to the side table. */
  countLimit?: number;
  /** For tests: the wide layout whatever the chunk's length. */
  wide?: boolean;
  /**
   * The caller would let the text go if nothing needs it (EventPass.needsText): keys go to
   * `KEY_TEXTS`, and long scalars are copied out of the text (a slice of 13 characters or more
   * points into it and keeps all of it alive).
   */
  releasable?: boolean;
}

const MERGE_TAG = 'tag:yaml.org,2002:merge';

/**
 * What plain scalars may be other than strings under a schema: the first characters its
 * implicit tags claim (js-yaml dispatches on `source.charAt(0)` the same way). Null when
 * the fast path cannot be exact for this schema (it changed the default map, sequence or string
 * tag, or has an implicit tag that matches any first character): every document then goes to
 * `constructFromEvents`.
 */
interface PlainScalars {
  ascii: Uint8Array;
  other: Set<string>;
  empty: boolean;
  /** The first characters of a merge key (`<<`): the only implicit resolution a value the pass does not build must still make. */
  merge: Set<string>;
  /** Short plain scalars resolved before, to their value (see resolvePlain). */
  resolved: Map<string, unknown>;
}

const compiled = new WeakMap<Schema, PlainScalars | null>();

function plainScalarsOf(schema: Schema): PlainScalars | null {
  const known = compiled.get(schema);
  if (known !== undefined) return known;
  let result: PlainScalars | null = { ascii: new Uint8Array(128), other: new Set(), empty: false, merge: new Set(), resolved: new Map() };
  const exact = (kind: string, name: string) => schema.tags.filter((t) => t.nodeKind === kind && t.tagName === name && !t.matchByTagPrefix);
  const [map] = exact('mapping', 'tag:yaml.org,2002:map');
  const [seq] = exact('sequence', 'tag:yaml.org,2002:seq');
  const [str] = exact('scalar', 'tag:yaml.org,2002:str');
  if (map !== mapTag || seq !== seqTag || str !== strTag) result = null;
  for (const tag of schema.tags) {
    if (!result || tag.nodeKind !== 'scalar' || !tag.implicit) continue;
    if (!tag.implicitFirstChars) {
      result = null;
      break;
    }
    for (const ch of tag.implicitFirstChars) {
      if (tag.tagName === MERGE_TAG) result.merge.add(ch);
      if (ch === '') result.empty = true;
      else if (ch.length === 1 && ch.charCodeAt(0) < 128) result.ascii[ch.charCodeAt(0)] = 1;
      else result.other.add(ch);
    }
  }
  compiled.set(schema, result);
  return result;
}

/** Sets a key as js-yaml's default map does (`__proto__` as an own property, not the prototype). */
function setKey(container: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(container, key, { value, enumerable: true, configurable: true, writable: true });
  else container[key] = value;
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The walk. `text` is the source the events' offsets point into.
 *
 * Of an identity-only document (see IdentityOnly) it builds only the kept top-level fields; the
 * other subtrees are walked for everything that would send the document to js-yaml (tags,
 * anchors, aliases, merge keys, complex or repeated keys), with a key set per mapping and no
 * values, so that the same documents are slow and js-yaml gives the same errors.
 */
export function passEvents(
  events: readonly Event[],
  text: string,
  schema: Schema,
  { identityOnly, countLimit, wide, releasable = false }: PassOptions = {},
): EventPass {
  const count = events.length;
  // Offsets run to the text's length (a POP at its end); the narrow layout needs one bit at least.
  const lengthBits = Math.max(1, 32 - Math.clz32(text.length));
  const narrow = !wide && WIDE_COUNT_BITS - lengthBits >= MIN_NARROW_COUNT_BITS;
  const offsetBits = narrow ? lengthBits : 0;
  const slots = narrow ? 1 : 2;
  const shift = 32 - offsetBits;
  const offsetLimit = 2 ** lengthBits;
  const limit = Math.min(countLimit ?? Infinity, 2 ** (WIDE_COUNT_BITS - offsetBits));
  const packed = packedArray(count * slots);
  /** Writes an event's head and offset (its count, if any, is in `head`). */
  const put = (at: number, head: number, offset: number): void => {
    if (narrow) packed[at] = head | (offset << shift);
    else {
      packed[at] = head;
      packed[at + 1] = offset;
    }
  };
  /** Whether the layout holds the offset (wide: any, as it always did). */
  const fits = (offset: number): boolean => !narrow || (offset >= 0 && offset < offsetLimit);
  // (event index, a, b, c) of the events `packed` cannot hold; in event order unless `resort`.
  const side: number[] = [];
  let resort = false;
  const spans: DocumentSpan[] = [];
  const values: unknown[] = [];
  const slow: number[] = [];
  const reduced: boolean[] = [];
  const plain = plainScalarsOf(schema);
  let needsText = !releasable;

  // Open collections, by depth: event index, kind, span start and end so far, whether a key
  // was read and where it ended (mappings), expanded size, anchor name, the value being built
  // and the key it waits to set.
  const fAt: number[] = [];
  const fMapping: boolean[] = [];
  const fStart: number[] = [];
  const fEnd: number[] = [];
  const fHasKey: boolean[] = [];
  const fKeyEnd: number[] = [];
  const fSize: number[] = [];
  const fAnchor: (string | undefined)[] = [];
  const fValue: (Record<string, unknown> | unknown[])[] = [];
  const fKey: string[] = [];
  /** Where the collection's entry in `side` is, or -1. */
  const fSide: number[] = [];
  /** Whether a mapping's keys go to `fKeys` (its value is not built, or not all of it). */
  const fKeyed: boolean[] = [];
  /** Per depth, the keys of a keyed mapping: reused by the next mapping at that depth. */
  const fKeys: Set<string>[] = [];
  let depth = 0;

  let span: DocumentSpan | undefined;
  let anchors: Map<string, number> | undefined;
  let building = false;
  let root: unknown;
  // The document is identity-only; the node being read lies in a top-level field it does not keep.
  let identity = false;
  let skipping = false;

  for (let i = 0; i < count; i++) {
    const ev = events[i];
    if (!ev) continue;
    const at = i * slots;
    // A node this event completes, for its parent to take (below): its span, expanded size, value.
    let start: number;
    let end: number;
    let size = 1;
    let value: unknown;
    let collection = false;
    // A plain scalar's text when it could be a key in KEY_TEXTS (releasable only).
    let keyable: string | undefined;
    switch (ev.type) {
      case EVENT_ID.SCALAR: {
        const valueStart = ev.valueStart;
        const valueEnd = ev.valueEnd;
        const c = ev.anchorStart >= 0 ? ev.anchorStart - 1 : ev.tagStart;
        const length = valueEnd - valueStart;
        if (c < 0 && valueStart >= 0 && fits(valueStart) && length >= 0 && length < limit) {
          put(at, ev.type | (ev.style << 3) | (length << COUNT_SHIFT), valueStart);
        } else {
          packed[at] = ev.type | (ev.style << 3) | SPECIAL;
          addSide(side, i, valueStart, valueEnd, c);
        }
        start = c >= 0 ? c : valueStart;
        end = valueEnd >= 0 ? valueEnd : start;
        if (ev.anchorStart >= 0) {
          (anchors ??= new Map()).set(text.slice(ev.anchorStart, ev.anchorEnd), 1);
          building = false;
        }
        if (building) {
          if (ev.tagStart >= 0 || !plain) building = false;
          else if (skipping && !(depth > 0 && fMapping[depth - 1] && !fHasKey[depth - 1]) && !mayMerge(plain, text, ev.style, valueStart, length)) {
            // A value not built: only a key's text (repeats) or a merge key could change the outcome.
          } else {
            let source = ev.fast && valueStart >= 0 ? verbatim(text, valueStart, valueEnd) : getScalarValue(text, ev);
            // Once the chunk keeps its text, no copy or key table spares it.
            if (!needsText) {
              if (!ev.fast) {
                if (length > 0) needsText = true;
                // A key is kept as a property name, an internalized copy; KEY_TEXTS copies its own.
              } else if (source.length > SHARED_MAX_LENGTH && !(depth > 0 && fMapping[depth - 1] && !fHasKey[depth - 1])) source = flat(source);
            }
            // A scalar js-yaml unfolded (a block scalar, a multi-line or escaped one) comes back as a
            // chain of concatenations, a 32-byte cons string and often a sliced string per line, kept
            // as long as the value: reading a character flattens it into one string while the chain
            // is young. On the corpus the Grafana dashboards' ConfigMaps kept 3.2 MiB of cons strings
            // (live heap after reading 1.4 MiB lower).
            if (!ev.fast && source.length > 0) source.charCodeAt(0);
            value = source;
            if (ev.style === SCALAR_STYLE.PLAIN) {
              const implicit = mayResolve(plain, source);
              if (implicit) {
                value = resolvePlain(plain, schema, source);
                // `<<` merges: left to js-yaml (rare in manifests, and its bookkeeping spans documents).
                if (value === MERGE) {
                  building = false;
                  value = schema.resolveImplicitScalarTag(source).value;
                }
              }
              if (!needsText && ev.fast && length > 0 && c < 0 && !((packed[at] ?? 0) & SPECIAL)) keyable = source;
            }
            // Without the text, a scalar's text is told from its value (src/load/yaml.ts, valueText).
            if (!needsText && value !== source && length > 0 && (typeof value === 'string' || String(value) !== source)) needsText = true;
          }
        }
        break;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const mapping = ev.type === EVENT_ID.MAPPING;
        if (ev.anchorStart < 0 && fits(ev.start)) {
          put(at, ev.type, ev.start);
          fSide[depth] = -1;
        } else {
          packed[at] = ev.type | SPECIAL;
          fSide[depth] = addSide(side, i, ev.start, -1, ev.anchorStart >= 0 ? ev.anchorStart : -1);
        }
        const open = ev.anchorStart >= 0 ? Math.min(ev.anchorStart - 1, ev.start) : ev.start;
        if (ev.tagStart >= 0 || ev.anchorStart >= 0) building = false;
        if (depth === 0 && building && mapping && identityOnly && plain) {
          identity = isIdentityOnly(events, i, text, schema, plain, identityOnly.kinds);
          // A reduced document is parsed again from the text when read whole (src/load/yaml.ts).
          if (identity) needsText = true;
        }
        const keyed = building && mapping && (skipping || (depth === 0 && identity));
        fKeyed[depth] = keyed;
        // Every depth reached has an entry (NO_KEYS until a keyed mapping needs a set there), added
        // on the path every collection takes: a set stored past the end the first time a keyed
        // mapping went deeper deoptimized the pass's optimized code (out of bounds, then a wrong
        // map for the array grown with a hole), and it was compiled again.
        if (depth === fKeys.length) fKeys.push(NO_KEYS);
        if (keyed) {
          const keys = fKeys[depth] as Set<string>;
          if (keys === NO_KEYS) fKeys[depth] = new Set();
          else keys.clear();
        }
        if (mapping && span && span.templateAt < 0 && ev.start >= 0) {
          if (text.charCodeAt(ev.start) === 0x7b && text.charCodeAt(ev.start + 1) === 0x7b) span.templateAt = ev.start;
        }
        fAt[depth] = i;
        fMapping[depth] = mapping;
        fStart[depth] = open;
        fEnd[depth] = open + 1;
        fHasKey[depth] = false;
        fKeyEnd[depth] = -1;
        fSize[depth] = 1;
        fAnchor[depth] = ev.anchorStart >= 0 ? text.slice(ev.anchorStart, ev.anchorEnd) : undefined;
        fValue[depth] = building && !skipping ? (mapping ? {} : []) : EMPTY;
        depth++;
        continue;
      }
      case EVENT_ID.POP: {
        if (depth === 0) {
          packed[at] = ev.type;
          if (span) {
            span.last = i;
            if (!building) slow.push(spans.length);
            spans.push(span);
            values.push(building ? root : undefined);
            reduced.push(building && identity);
            span = undefined;
            root = undefined;
          }
          continue;
        }
        depth--;
        const d = depth;
        end = fEnd[d] ?? 0;
        start = fStart[d] ?? 0;
        const opened = fAt[d] ?? 0;
        const entry = fSide[d] ?? -1;
        if (entry >= 0) side[entry + 2] = i;
        else if (i - opened < limit) packed[opened * slots] = (packed[opened * slots] ?? 0) | ((i - opened) << COUNT_SHIFT);
        else {
          const head = packed[opened * slots] ?? 0;
          packed[opened * slots] = head | SPECIAL;
          addSide(side, opened, narrow ? head >>> shift : (packed[opened * slots + 1] ?? 0), i, -1);
          resort = true;
        }
        if (fits(end)) put(at, ev.type, end);
        else {
          packed[at] = ev.type | SPECIAL;
          addSide(side, i, end, 0, 0);
        }
        size = fSize[d] ?? 1;
        const anchor = fAnchor[d];
        if (anchor !== undefined) (anchors ??= new Map()).set(anchor, size);
        // A mapping closed after a key without its value: js-yaml's error to give.
        if (fMapping[d] && fHasKey[d]) building = false;
        value = fValue[d];
        fValue[d] = EMPTY;
        collection = true;
        break;
      }
      case EVENT_ID.ALIAS: {
        const length = ev.anchorEnd - ev.anchorStart;
        if (ev.anchorStart >= 0 && fits(ev.anchorStart) && length >= 0 && length < limit) {
          put(at, ev.type | (length << COUNT_SHIFT), ev.anchorStart);
        } else {
          packed[at] = ev.type | SPECIAL;
          addSide(side, i, ev.anchorStart, ev.anchorEnd, 0);
        }
        building = false;
        if (span) span.aliases++;
        start = ev.anchorStart - 1;
        end = ev.anchorEnd;
        size = anchors?.get(text.slice(ev.anchorStart, ev.anchorEnd)) ?? 1;
        break;
      }
      case EVENT_ID.DOCUMENT:
        packed[at] = ev.type;
        span = { first: i, last: i, expandedNodes: 0, aliases: 0, templateAt: -1 };
        anchors = undefined;
        building = plain !== null;
        root = undefined;
        depth = 0;
        identity = false;
        skipping = false;
        continue;
      default:
        packed[at] = (ev as { type: number }).type;
        continue;
    }

    // The parent takes the node as a key or a value. An empty value (`key:`) sits where its key
    // ends; an empty item where the sequence got to.
    if (depth === 0) {
      if (span) span.expandedNodes += size;
      root = value;
      continue;
    }
    const d = depth - 1;
    fSize[d] = (fSize[d] ?? 0) + size;
    const parentEnd = fEnd[d] ?? 0;
    if (fMapping[d]) {
      if (!fHasKey[d]) {
        fHasKey[d] = true;
        fKeyEnd[d] = end;
        if (end > parentEnd) fEnd[d] = end;
        if (building) {
          // A template literal, not String(): a call no key of the first files had made (a number, a
          // boolean) deoptimized the pass when one came (a conversion has no feedback to lack).
          const key = collection ? undefined : typeof value === 'string' ? value : `${value as string | number | boolean | null}`;
          // A complex key, or one given twice: js-yaml's answer (an error) is the one to give.
          // The load first: a miss (the usual answer) is cheaper than hasOwnProperty's, and it
          // leaves the key internalized for the store that follows. No value here is undefined.
          if (fKeyed[d]) {
            const keys = fKeys[d] as Set<string>;
            if (key === undefined || keys.has(key)) building = false;
            else {
              keys.add(key);
              fKey[d] = key;
              // The root of an identity-only document: its value is read only if the field is kept.
              if (d === 0 && identityOnly) skipping = !identityOnly.fields.has(key);
            }
          } else if (key === undefined || ((fValue[d] as Record<string, unknown>)[key] !== undefined && hasOwn.call(fValue[d], key))) building = false;
          else fKey[d] = key;
          if (!needsText && building) {
            const id = keyable !== undefined && key === keyable ? keyIdOf(keyable) : -1;
            if (id >= 0 && id < limit) put(i * slots, EVENT_ID.SCALAR | (KEYED << 3) | (id << COUNT_SHIFT), start);
            else needsText = true;
          }
        }
        continue;
      }
      const valueEnd = start < 0 ? (fKeyEnd[d] ?? 0) : end;
      if (valueEnd > parentEnd) fEnd[d] = valueEnd;
      fHasKey[d] = false;
      if (building && !skipping) setKey(fValue[d] as Record<string, unknown>, fKey[d] ?? '', value);
      if (d === 0) skipping = false;
    } else {
      const valueEnd = start < 0 ? parentEnd : end;
      if (valueEnd > parentEnd) fEnd[d] = valueEnd;
      if (building && !skipping) (fValue[d] as unknown[]).push(value);
    }
  }
  if (slow.length > 0 || reduced.includes(true)) needsText = true;
  return { positions: new PositionEvents(packed, sideTable(side, resort), offsetBits), spans, values, slow, reduced, needsText };
}

/*
 * Short scalars read verbatim, shared: V8 copies a slice under 13 characters into a string of its
 * own (longer ones point into the text), so every `kind: Deployment`, namespace, `apps/v1` or
 * `memory: 640Mi` was one more 24-32-byte string, kept as long as the value (~100k `kind`s at 100k
 * documents). A direct-mapped cache by a hash of the characters gives the last string read with
 * that hash back when the text is the same, so repeats cost no allocation either. Short strings
 * only: a cached slice of a long one would keep its whole text alive. Bounded (4,096 strings of at
 * most 12 characters), and a collision only costs a copy.
 */
const SHARED_MAX_LENGTH = 12;
const RECENT_BITS = 12;
const recent: string[] = new Array<string>(1 << RECENT_BITS).fill('');

/** `text.slice(start, end)`, the same string as the last equal one read when it is short. */
function verbatim(text: string, start: number, end: number): string {
  const length = end - start;
  if (length <= 0 || length > SHARED_MAX_LENGTH) return text.slice(start, end);
  let hash = length;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
  const slot = (hash ^ (hash >>> 15)) & ((1 << RECENT_BITS) - 1);
  const known = recent[slot] ?? '';
  if (known.length === length && text.startsWith(known, start)) return known;
  const read = text.slice(start, end);
  recent[slot] = read;
  return read;
}

/** A key's place in KEY_TEXTS, added if new; -1 once KEY_TEXTS is full. */
function keyIdOf(key: string): number {
  const known = keyIds.get(key);
  if (known !== undefined) return known;
  if (KEY_TEXTS.length >= MAX_KEYS) return -1;
  const own = flat(key);
  keyIds.set(own, KEY_TEXTS.length);
  KEY_TEXTS.push(own);
  return KEY_TEXTS.length - 1;
}

/*
 * A copy of a string sliced from a text, of its own: V8 makes a slice of 13 characters or more a
 * view of its parent (a SlicedString), which keeps the whole text alive as long as the value is
 * (141,929 of them at 100k documents). Through a buffer: ~120 ns a string on Node 20, where
 * `(' ' + s).slice(1)` is only another view. UTF-8 cannot carry a lone surrogate: such a string
 * (no file decoded from bytes has one) stays a slice.
 */
const FLAT = Buffer.allocUnsafe(1 << 15);

function flat(s: string): string {
  if (s.length <= SHARED_MAX_LENGTH) return s;
  const copy = s.length * 3 <= FLAT.length ? FLAT.toString('utf8', 0, FLAT.write(s, 0)) : Buffer.from(s).toString();
  return copy === s ? copy : s;
}

/*
 * The packed events live until the loader has written them as a stream (src/load/event-stream.ts),
 * which is what a loaded chunk keeps: one array for every chunk's, reused, rather than an array
 * per chunk. Up to a bound, so that one huge file does not keep its size for the process.
 */
const REUSED_MAX_LENGTH = 1 << 18;
let reused = new Int32Array(1 << 12);

/**
 * A zeroed Int32Array of `length`: a view of the reused array when it is small, so the
 * PositionEvents of a pass hold only until the next pass.
 */
function packedArray(length: number): Int32Array {
  if (length > REUSED_MAX_LENGTH) return new Int32Array(length);
  if (length > reused.length) reused = new Int32Array(Math.min(REUSED_MAX_LENGTH, Math.max(length, reused.length * 2)));
  const view = reused.subarray(0, length);
  view.fill(0);
  return view;
}

/**
 * Whether a plain scalar's text may resolve to something other than a string (see PlainScalars).
 * An empty text is told apart before any character is read: `charCodeAt(0)` of an empty string
 * is a read out of bounds, which optimized code does not expect (a deoptimization, and the
 * pass compiled again: on the corpus, whose files have empty values, several times a run).
 */
function mayResolve(plain: PlainScalars, source: string): boolean {
  if (source.length === 0) return plain.empty;
  const first = source.charCodeAt(0);
  return first < 128 ? plain.ascii[first] === 1 : plain.other.has(source.charAt(0));
}

/*
 * What a plain scalar resolves to is a function of its text alone under a schema, and manifests
 * write the same few again and again (`80`, `true`, `1`, `640Mi`, `250m`: a quantity starts with
 * a digit, so the integer and float rules try it, and fail, every time). Short ones are kept with
 * their value when it is a primitive (a value that is an object, a timestamp, is made anew each
 * time, as js-yaml makes it). Bounded: past RESOLVED_MAX a text is resolved as before.
 */
const RESOLVED_MAX = 1 << 12;
/** The value of a merge key (`<<`), which the pass does not build. */
const MERGE: unique symbol = Symbol('merge');

function resolvePlain(plain: PlainScalars, schema: Schema, source: string): unknown {
  const cache = plain.resolved;
  const known = source.length <= SHARED_MAX_LENGTH ? cache.get(source) : undefined;
  if (known !== undefined) return known;
  const resolved = schema.resolveImplicitScalarTag(source);
  const value = resolved.tag.tagName === MERGE_TAG ? MERGE : resolved.value;
  if (source.length <= SHARED_MAX_LENGTH && cache.size < RESOLVED_MAX && (value === null || typeof value !== 'object') && value !== undefined)
    cache.set(source, value);
  return value;
}

/** Whether a plain scalar may resolve to a merge key (`<<`), which sends its document to js-yaml. */
function mayMerge(plain: PlainScalars, text: string, style: number, valueStart: number, length: number): boolean {
  if (style !== SCALAR_STYLE.PLAIN) return false;
  return plain.merge.has(length > 0 ? text.charAt(valueStart) : '');
}

/**
 * Whether the document whose root mapping opens at event `root` has a top-level `kind` among
 * `kinds`, read as the pass would read it (an untagged scalar resolving to that string). The
 * kind usually comes second, so this reads a few events; found nowhere, it counts the
 * document's events once. A repeated `kind` is the walk's to reject.
 */
function isIdentityOnly(events: readonly Event[], root: number, text: string, schema: Schema, plain: PlainScalars, kinds: ReadonlySet<string>): boolean {
  let level = 0;
  let keyNext = true;
  let kindKey = false;
  for (let j = root + 1; j < events.length; j++) {
    const ev = events[j];
    if (!ev) continue;
    switch (ev.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        if (level === 0 && !keyNext && kindKey) return false;
        level++;
        continue;
      case EVENT_ID.POP:
        if (level === 0) return false;
        level--;
        if (level === 0) keyNext = !keyNext;
        continue;
      case EVENT_ID.ALIAS:
        if (level > 0) continue;
        if (!keyNext && kindKey) return false;
        kindKey = false;
        keyNext = !keyNext;
        continue;
      case EVENT_ID.SCALAR: {
        if (level > 0) continue;
        if (keyNext) {
          kindKey = ev.tagStart < 0 && ev.anchorStart < 0 && scalarIs(ev, text, 'kind');
          keyNext = false;
          continue;
        }
        if (kindKey) {
          if (ev.tagStart >= 0 || ev.anchorStart >= 0) return false;
          let value: unknown = getScalarValue(text, ev);
          if (ev.style === SCALAR_STYLE.PLAIN && typeof value === 'string') {
            if (mayResolve(plain, value)) value = schema.resolveImplicitScalarTag(value).value;
          }
          return typeof value === 'string' && kinds.has(value);
        }
        keyNext = true;
        continue;
      }
      default:
        continue;
    }
  }
  return false;
}

/** Whether a scalar's text is `wanted`: a plain one compared in place. */
function scalarIs(ev: Event & { type: typeof EVENT_ID.SCALAR }, text: string, wanted: string): boolean {
  if (ev.style === SCALAR_STYLE.PLAIN) return ev.valueEnd - ev.valueStart === wanted.length && text.startsWith(wanted, ev.valueStart);
  return getScalarValue(text, ev) === wanted;
}

/** The side table as PositionEvents reads it: sorted by event index. */
function sideTable(side: number[], resort: boolean): Int32Array {
  // Most chunks have no entry: one shared empty table, not a typed array and buffer per file.
  if (side.length === 0) return NO_SIDE;
  if (!resort) return new Int32Array(side);
  const quads = Array.from({ length: side.length / 4 }, (_, k) => side.slice(k * 4, k * 4 + 4));
  quads.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
  return new Int32Array(quads.flat());
}

/**
 * Builds, with js-yaml's `constructFromEvents`, the values the pass left (`slow`), in place in
 * `pass.values`; throws what js-yaml throws for them. One call for all of them, so that what
 * js-yaml counts across a stream (merge keys) counts the same: the other documents hold nothing
 * it would count or reject.
 */
export function constructSlow(events: Event[], text: string, pass: EventPass, options: { schema: Schema; maxAliases: number; json: boolean }): void {
  const { spans, slow, values } = pass;
  if (slow.length === 0) return;
  const slowEvents = slow.length === spans.length ? events : slow.flatMap((s) => events.slice(spans[s]?.first, (spans[s]?.last ?? -1) + 1));
  const built = constructFromEvents(slowEvents, { source: text, ...options });
  slow.forEach((s, k) => (values[s] = built[k]));
}

const NO_SIDE = new Int32Array(0);

/** A depth's place in `fKeys` until a keyed mapping there needs a set of its own (never written). */
const NO_KEYS: Set<string> = new Set();

/**
 * Appends an event's (index, a, b, c) to the side table; returns where. One push for every kind of
 * entry, with feedback from the common one (empty scalars): a push of its own on a path a tree
 * reaches late (an anchored collection) deoptimized the optimized pass the first time it ran. The
 * other operations on such a path still can (on the corpus the pass is compiled 7 times, as before).
 */
function addSide(side: number[], index: number, a: number, b: number, c: number): number {
  const at = side.length;
  side.push(index, a, b, c);
  return at;
}

/** A placeholder for a frame whose value is not being built (keeps fValue's element kind stable). */
const EMPTY: unknown[] = [];
