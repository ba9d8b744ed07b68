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

/** Numbers per event in the packed array (EventPass.packed); yaml.ts walks finding paths through it. */
export const SLOTS = 4;

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
   * Four 32-bit numbers per event. Slot 0 is the event type and scalar style; then SCALAR:
   * value start, value end, start of its anchor or tag (-1 when none); MAPPING/SEQUENCE:
   * start, index of its closing POP, anchor start; ALIAS: anchor start, end; the POP closing a
   * collection: the collection's end offset.
   */
  packed: Int32Array;
  spans: DocumentSpan[];
  /** Per span, its value when this pass built it (undefined for the `slow` ones). */
  values: unknown[];
  /** Indexes of the spans whose value `constructFromEvents` must build, ascending. */
  slow: number[];
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
}

const compiled = new WeakMap<Schema, PlainScalars | null>();

function plainScalarsOf(schema: Schema): PlainScalars | null {
  const known = compiled.get(schema);
  if (known !== undefined) return known;
  let result: PlainScalars | null = { ascii: new Uint8Array(128), other: new Set(), empty: false };
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
 */
export function passEvents(events: readonly Event[], text: string, schema: Schema): EventPass {
  const count = events.length;
  const packed = new Int32Array(count * SLOTS);
  const spans: DocumentSpan[] = [];
  const values: unknown[] = [];
  const slow: number[] = [];
  const plain = plainScalarsOf(schema);

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
  let depth = 0;

  let span: DocumentSpan | undefined;
  let anchors: Map<string, number> | undefined;
  let building = false;
  let root: unknown;

  for (let i = 0; i < count; i++) {
    const ev = events[i];
    if (!ev) continue;
    const at = i * SLOTS;
    // A node this event completes, for its parent to take (below): its span, expanded size, value.
    let start: number;
    let end: number;
    let size = 1;
    let value: unknown;
    let collection = false;
    switch (ev.type) {
      case EVENT_ID.SCALAR: {
        const valueStart = ev.valueStart;
        const valueEnd = ev.valueEnd;
        const c = ev.anchorStart >= 0 ? ev.anchorStart - 1 : ev.tagStart;
        packed[at] = ev.type | (ev.style << 3);
        packed[at + 1] = valueStart;
        packed[at + 2] = valueEnd;
        packed[at + 3] = c;
        start = c >= 0 ? c : valueStart;
        end = valueEnd >= 0 ? valueEnd : start;
        if (ev.anchorStart >= 0) {
          (anchors ??= new Map()).set(text.slice(ev.anchorStart, ev.anchorEnd), 1);
          building = false;
        }
        if (building) {
          if (ev.tagStart >= 0 || !plain) building = false;
          else {
            const source = getScalarValue(text, ev);
            value = source;
            if (ev.style === SCALAR_STYLE.PLAIN) {
              const first = source.charCodeAt(0);
              const implicit = source.length === 0 ? plain.empty : first < 128 ? plain.ascii[first] === 1 : plain.other.has(source.charAt(0));
              if (implicit) {
                const resolved = schema.resolveImplicitScalarTag(source);
                // `<<` merges: left to js-yaml (rare in manifests, and its bookkeeping spans documents).
                if (resolved.tag.tagName === MERGE_TAG) building = false;
                value = resolved.value;
              }
            }
          }
        }
        break;
      }
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const mapping = ev.type === EVENT_ID.MAPPING;
        packed[at] = ev.type;
        packed[at + 1] = ev.start;
        packed[at + 2] = -1;
        packed[at + 3] = ev.anchorStart;
        const open = ev.anchorStart >= 0 ? Math.min(ev.anchorStart - 1, ev.start) : ev.start;
        if (ev.tagStart >= 0 || ev.anchorStart >= 0) building = false;
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
        fValue[depth] = building ? (mapping ? {} : []) : EMPTY;
        depth++;
        continue;
      }
      case EVENT_ID.POP: {
        packed[at] = ev.type;
        if (depth === 0) {
          if (span) {
            span.last = i;
            if (!building) slow.push(spans.length);
            spans.push(span);
            values.push(building ? root : undefined);
            span = undefined;
            root = undefined;
          }
          continue;
        }
        depth--;
        const d = depth;
        end = fEnd[d] ?? 0;
        start = fStart[d] ?? 0;
        packed[(fAt[d] ?? 0) * SLOTS + 2] = i;
        packed[at + 1] = end;
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
        packed[at] = ev.type;
        packed[at + 1] = ev.anchorStart;
        packed[at + 2] = ev.anchorEnd;
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
          const key = collection ? undefined : typeof value === 'string' ? value : String(value);
          // A complex key, or one given twice: js-yaml's answer (an error) is the one to give.
          // The load first: a miss (the usual answer) is cheaper than hasOwnProperty's, and it
          // leaves the key internalized for the store that follows. No value here is undefined.
          if (key === undefined || ((fValue[d] as Record<string, unknown>)[key] !== undefined && hasOwn.call(fValue[d], key))) building = false;
          else fKey[d] = key;
        }
        continue;
      }
      const valueEnd = start < 0 ? (fKeyEnd[d] ?? 0) : end;
      if (valueEnd > parentEnd) fEnd[d] = valueEnd;
      fHasKey[d] = false;
      if (building) setKey(fValue[d] as Record<string, unknown>, fKey[d] ?? '', value);
    } else {
      const valueEnd = start < 0 ? parentEnd : end;
      if (valueEnd > parentEnd) fEnd[d] = valueEnd;
      if (building) (fValue[d] as unknown[]).push(value);
    }
  }
  return { packed, spans, values, slow };
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

/** A placeholder for a frame whose value is not being built (keeps fValue's element kind stable). */
const EMPTY: unknown[] = [];
