import { EVENT_ID, SCALAR_STYLE } from './js-yaml.js';
import { COUNT_SHIFT, KEY_TEXTS, KEYED, SPECIAL, type PositionEvents } from './event-pass.js';
import { SharedPages } from './pages.js';

/*
 * What a loaded chunk keeps of its events: a byte stream that a finding's position decodes one
 * document of at a time. The packed events (event-pass.ts, PositionEvents) took 4 bytes an event
 * at least, kept to the end of the review for the few documents a finding is about: with the line
 * lengths, 23.7 MB of array buffers at the end of the synthetic 100k-document tree's review on
 * Node 24, 10.0 MB with the stream. Nearly every event here takes one or two bytes (1.44 an event
 * on the synthetic trees, 1.74 on the corpus's YAML). Offsets go as the distance from the last
 * event's (small: events come in source order) and a collection's closing event is found again
 * while decoding, so it is not written.
 *
 * An event is a byte whose low 3 bits give its code and high 5 bits the distance from the last
 * event's `a` (31: the distance follows, as a zigzag varint), then the code's numbers as varints:
 * - DOCUMENT: nothing (the distance counts from 0 again after it, so a document decodes alone);
 * - MAPPING, SEQUENCE without anchor: nothing;
 * - POP: nothing;
 * - KEY, a plain key in KEY_TEXTS: its place there;
 * - SCALAR without tag or anchor: length * 8 + style;
 * - OTHER, anything else: type + style * 8, then b and c (zigzag; `a` is the distance's);
 * - VALUE, a plain scalar of up to 31 characters that starts 2 after the end of the last event
 *   written as KEY, SCALAR or VALUE (`key: value`): its length in the high 5 bits, no distance.
 */
const CODE_DOCUMENT = 0;
const CODE_MAPPING = 1;
const CODE_SEQUENCE = 2;
const CODE_POP = 3;
const CODE_KEY = 4;
const CODE_SCALAR = 5;
const CODE_OTHER = 6;
const CODE_VALUE = 7;
const NEAR = 31;

/** The stream of a chunk, and where each of its documents starts in it. */
export interface EventStream {
  bytes: Uint8Array;
  /** How many bytes the stream takes in `bytes`, from its first document's. */
  length: number;
  /** Per DOCUMENT event, in order: its index among the chunk's events and its byte in `bytes`. */
  documentEvents: number[];
  documentBytes: number[];
}

const PAGE_BYTES = 1 << 16;
const STREAM_PAGES = new SharedPages((length) => new Uint8Array(length), PAGE_BYTES);
let scratch = new Uint8Array(4096);

/** -1 → 1, 1 → 2, ...: small magnitudes of either sign in few bytes. */
function zigzag(value: number): number {
  return value < 0 ? -2 * value - 1 : 2 * value;
}

function unzigzag(value: number): number {
  return value % 2 === 1 ? -(value + 1) / 2 : value / 2;
}

/** Writes `value` as a varint at `buffer[at]`; returns where it ended. */
function putVarint(buffer: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    buffer[at++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 0x80);
  }
  buffer[at++] = value;
  return at;
}

/** Writes an event's head byte (and its distance when it is not near); returns where it ended. */
function putHead(buffer: Uint8Array, at: number, code: number, distance: number): number {
  if (distance >= 0 && distance < NEAR) {
    buffer[at] = code | (distance << 3);
    return at + 1;
  }
  buffer[at] = code | (NEAR << 3);
  return putVarint(buffer, at + 1, zigzag(distance));
}

/** The end of the scalar putEvent wrote last as KEY or SCALAR, else -1 (see CODE_VALUE). */
let putEnd = -1;

/** Writes event `i` from its numbers as PositionEvents reads them (see encodeEvents); returns where it ended. */
function putEvent(out: Uint8Array, at: number, events: PositionEvents, i: number, last: number): number {
  putEnd = -1;
  const type = events.type(i);
  const a = events.a(i);
  const b = events.b(i);
  const c = events.c(i);
  const distance = a - last;
  if (type === EVENT_ID.DOCUMENT && a === 0 && b === 0 && c === 0) {
    out[at] = CODE_DOCUMENT;
    return at + 1;
  }
  if ((type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) && c === -1) {
    return putHead(out, at, type === EVENT_ID.MAPPING ? CODE_MAPPING : CODE_SEQUENCE, distance);
  }
  if (type === EVENT_ID.POP && b === 0 && c === 0) return putHead(out, at, CODE_POP, distance);
  if (type === EVENT_ID.SCALAR && c === -1) {
    const key = events.keyId(i);
    putEnd = b;
    if (key >= 0) return putVarint(out, putHead(out, at, CODE_KEY, distance), key);
    if (b >= a) return putVarint(out, putHead(out, at, CODE_SCALAR, distance), (b - a) * 8 + events.style(i));
  }
  putEnd = -1;
  at = putHead(out, at, CODE_OTHER, distance);
  at = putVarint(out, at, type + (type === EVENT_ID.SCALAR ? events.style(i) : 0) * 8);
  // A collection's closing event is found again when decoding (`b` is an event index).
  at = putVarint(out, at, type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE ? 0 : zigzag(b));
  return putVarint(out, at, zigzag(c));
}

/** The head's code for a packed event's type (MAPPING, SEQUENCE, POP, SCALAR), by type. */
const CODES = [CODE_OTHER, CODE_OTHER, CODE_SEQUENCE, CODE_MAPPING, CODE_SCALAR, CODE_OTHER, CODE_POP, CODE_OTHER];

/*
 * Where the events are read from the packing directly (see encodeEvents) and how: one place
 * writes a head and one a number, so that the loop compiles small. Its rare events (flagged,
 * aliases, documents) go through putEvent.
 */
function encodeInto(events: PositionEvents, documents: number[], bytes: number[]): number {
  const { packed, slots, shift, countMask } = events;
  const count = events.count;
  const narrow = slots === 1;
  let out = scratch;
  let used = 0;
  let last = 0;
  // Where the last KEY, SCALAR or VALUE ended (-1: the last event was none).
  let end = -1;
  for (let i = 0; i < count; i++) {
    // A head and up to three numbers of at most 5 bytes each.
    if (used + 16 > out.length) {
      const grown = new Uint8Array(out.length * 2);
      grown.set(out.subarray(0, used));
      out = grown;
      scratch = grown;
    }
    const head = packed[i * slots] ?? 0;
    const type = head & 7;
    if (type === EVENT_ID.DOCUMENT) {
      documents.push(i);
      bytes.push(used);
    }
    if (head & SPECIAL || CODES[type] === CODE_OTHER) {
      used = putEvent(out, used, events, i, last);
      last = events.a(i);
      end = putEnd;
      continue;
    }
    const a = narrow ? head >>> shift : (packed[i * 2 + 1] ?? 0);
    const distance = a - last;
    last = a;
    let code = CODES[type] ?? CODE_OTHER;
    // The number after the head: a scalar's length and style, or a key's place in KEY_TEXTS.
    let number = -1;
    const after = end;
    end = -1;
    if (type === EVENT_ID.SCALAR) {
      const style = (head >> 3) & 7;
      const n = (head >>> COUNT_SHIFT) & countMask;
      if (style === KEYED) {
        code = CODE_KEY;
        number = n;
        end = a + (KEY_TEXTS[n] ?? '').length;
      } else {
        end = a + n;
        if (style === SCALAR_STYLE.PLAIN && a === after + 2 && n <= NEAR) {
          out[used++] = CODE_VALUE | (n << 3);
          continue;
        }
        number = n * 8 + style;
      }
    }
    if (distance >= 0 && distance < NEAR) out[used++] = code | (distance << 3);
    else used = putHead(out, used, code, distance);
    if (number >= 0) used = putVarint(out, used, number);
  }
  return used;
}

/** The chunk's events as a stream, written into shared pages (a long one into its own array). */
export function encodeEvents(events: PositionEvents): EventStream {
  const documentEvents: number[] = [];
  const documentBytes: number[] = [];
  const used = encodeInto(events, documentEvents, documentBytes);
  let bytes: Uint8Array;
  let from: number;
  if (used > PAGE_BYTES >> 2) {
    bytes = scratch.slice(0, used);
    from = 0;
  } else {
    from = STREAM_PAGES.reserve(used);
    bytes = STREAM_PAGES.current;
    bytes.set(scratch.subarray(0, used), from);
  }
  for (let k = 0; k < documentBytes.length; k++) documentBytes[k] = (documentBytes[k] ?? 0) + from;
  return { bytes, length: used, documentEvents, documentBytes };
}

/**
 * Where the document whose DOCUMENT event is number `event` starts in the stream, or -1; `k`, its
 * place among the chunk's documents, is looked at first (a file may hold 10,000 documents).
 */
export function documentByte(stream: EventStream, event: number, k = -1): number {
  const at = stream.documentEvents[k] === event ? k : stream.documentEvents.indexOf(event);
  return at < 0 ? -1 : (stream.documentBytes[at] ?? -1);
}

/*
 * One document's events decoded, read as PositionEvents reads a chunk's (indexes from its
 * DOCUMENT event, 0). One for the process: a position is resolved at once, and the document last
 * decoded is kept, since a finding's start, end, fix and message ask the same document in a row.
 */
const HEAD_KEYED = 1 << 6;
let heads = new Int32Array(256);
let as = new Int32Array(256);
let bs = new Int32Array(256);
let cs = new Int32Array(256);
let decodedBytes: Uint8Array | undefined;
let decodedAt = -1;
let decodedCount = 0;

function grow(): void {
  const length = heads.length * 2;
  const more = (old: Int32Array): Int32Array<ArrayBuffer> => {
    const next = new Int32Array(length);
    next.set(old);
    return next;
  };
  heads = more(heads);
  as = more(as);
  bs = more(bs);
  cs = more(cs);
}

/** The events of the document that starts at byte `at` of `bytes`, decoded (until its closing POP). */
export function documentEvents(bytes: Uint8Array, at: number): DocumentEvents {
  if (bytes !== decodedBytes || at !== decodedAt) {
    decodedBytes = undefined;
    decodedCount = decode(bytes, at);
    decodedBytes = bytes;
    decodedAt = at;
  }
  return DOCUMENT_EVENTS;
}

/** The collections open while decoding, by depth (their event indexes). */
let open = new Int32Array(64);
/** Where the varint `varint` read last ended. */
let afterVarint = 0;

/** The varint at `bytes[at]` (see afterVarint). */
function varint(bytes: Uint8Array, at: number): number {
  let value = 0;
  let scale = 1;
  let byte: number;
  do {
    byte = bytes[at++] ?? 0;
    value += (byte & 0x7f) * scale;
    scale *= 0x80;
  } while (byte & 0x80);
  afterVarint = at;
  return value;
}

function decode(bytes: Uint8Array, start: number): number {
  let p = start;
  let last = 0;
  let n = 0;
  let depth = 0;
  // Where the last KEY, SCALAR or VALUE ended (-1: the last event was none).
  let end = -1;
  while (p < bytes.length) {
    if (n === heads.length) grow();
    const head = bytes[p++] ?? 0;
    const code = head & 7;
    if (code === CODE_DOCUMENT) {
      // The next document's: this one ended without its POP (cannot happen in a parsed chunk).
      if (n > 0) break;
      heads[n] = EVENT_ID.DOCUMENT;
      as[n] = 0;
      bs[n] = 0;
      cs[n] = 0;
      last = 0;
      n++;
      continue;
    }
    let type: number;
    if (code === CODE_VALUE) {
      const a = end + 2;
      last = a;
      end = a + (head >>> 3);
      heads[n] = EVENT_ID.SCALAR | (SCALAR_STYLE.PLAIN << 3);
      as[n] = a;
      bs[n] = end;
      cs[n] = -1;
      n++;
      continue;
    }
    let a = last + (head >>> 3);
    if (head >>> 3 === NEAR) {
      a = last + unzigzag(varint(bytes, p));
      p = afterVarint;
    }
    last = a;
    as[n] = a;
    end = -1;
    if (code === CODE_MAPPING || code === CODE_SEQUENCE || code === CODE_POP) {
      type = code === CODE_MAPPING ? EVENT_ID.MAPPING : code === CODE_SEQUENCE ? EVENT_ID.SEQUENCE : EVENT_ID.POP;
      heads[n] = type;
      bs[n] = 0;
      cs[n] = type === EVENT_ID.POP ? 0 : -1;
    } else if (code === CODE_KEY || code === CODE_SCALAR) {
      // One byte nearly always (a key among the first 128, a value under 16 characters).
      let value = bytes[p++] ?? 0;
      if (value >= 0x80) {
        value = varint(bytes, p - 1);
        p = afterVarint;
      }
      type = EVENT_ID.SCALAR;
      if (code === CODE_KEY) {
        heads[n] = EVENT_ID.SCALAR | (SCALAR_STYLE.PLAIN << 3) | HEAD_KEYED | (value << 7);
        bs[n] = a + (KEY_TEXTS[value] ?? '').length;
      } else {
        const style = value % 8;
        heads[n] = EVENT_ID.SCALAR | (style << 3);
        bs[n] = a + (value - style) / 8;
      }
      cs[n] = -1;
      end = bs[n] ?? -1;
    } else {
      const kind = varint(bytes, p);
      type = kind % 8;
      heads[n] = type === EVENT_ID.SCALAR ? kind : type;
      bs[n] = unzigzag(varint(bytes, afterVarint));
      cs[n] = unzigzag(varint(bytes, afterVarint));
      p = afterVarint;
    }
    if (type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE) {
      // Its closing POP's index, set when it comes (-1 if it never does).
      bs[n] = -1;
      if (depth === open.length) {
        const deeper = new Int32Array(depth * 2);
        deeper.set(open);
        open = deeper;
      }
      open[depth++] = n;
    } else if (type === EVENT_ID.POP) {
      // The document's own POP closes it.
      if (depth === 0) return n + 1;
      bs[open[--depth] ?? 0] = n;
    }
    n++;
  }
  return n;
}

/** The decoded document's events (see documentEvents): what PositionEvents answers, from index 0. */
export class DocumentEvents {
  get count(): number {
    return decodedCount;
  }

  type(index: number): number {
    return (heads[index] ?? 0) & 7;
  }

  style(index: number): number {
    return ((heads[index] ?? 0) >> 3) & 7;
  }

  keyText(index: number): string | undefined {
    const head = heads[index] ?? 0;
    return head & HEAD_KEYED ? KEY_TEXTS[head >>> 7] : undefined;
  }

  a(index: number): number {
    return as[index] ?? 0;
  }

  b(index: number): number {
    return bs[index] ?? 0;
  }

  c(index: number): number {
    return cs[index] ?? 0;
  }
}

const DOCUMENT_EVENTS = new DocumentEvents();
