import { CHOMPING_MODE, EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type ScalarEvent } from './js-yaml.js';
import { INCOMPLETE_RULE, type Finding } from '../findings.js';
import { MANIFEST_SCHEMA } from './cfn-schema.js';
import { constructSlow, passEvents, type DocumentSpan, type IdentityOnly, type PassOptions } from './event-pass.js';
import { documentByte, documentEvents, encodeEvents, type DocumentEvents } from './event-stream.js';
import { inputFinding } from './input-finding.js';
import { LineIndex, type SourceRange } from './lines.js';
import {
  CHART_FILE,
  DEFAULT_LOAD_LIMITS,
  DOCUMENT_ROOT,
  IGNORE_COMMENT,
  DocumentWithDerived,
  type LoadedDocument,
  type LoadedFile,
  type LoadLimits,
  type PathSegment,
  type SourceFile,
} from './types.js';

/*
 * Why js-yaml 5's `parseEvents` rather than v4's `listener`: one parse yields a flat event
 * list with source offsets, from which one walk (event-pass.ts) builds the values and packs the
 * positions without a second parse (kept as a stream, event-stream.ts). A finding's position is
 * resolved by decoding its document's events and walking its path through them, skipping every
 * subtree off the path in one step, so a clean review pays
 * almost nothing for exact positions and a finding pays for its path, not its document. v4's
 * listener fires a callback per node on every document whether positions are needed or not.
 */

/** A node's source span: for a collection, from its first character to the end of its last child. */
interface Span {
  start: number;
  end: number;
}

/**
 * The parsed text of one chunk (a whole file, or one document when salvaging), with its events
 * as a stream (event-stream.ts): the parser's event objects cost several times the memory of the
 * values built from them, and a finding's position needs only offsets, types and where each
 * collection ends.
 */
class ParsedText {
  constructor(
    /** Undefined once nothing needs it (EventPass.needsText): keys and values are then read without it. */
    readonly text: string | undefined,
    /** The chunk's event stream (a region of a shared page): each document knows where its own starts. */
    readonly events: Uint8Array,
    readonly toFileOffset: (offset: number) => number,
    /** The file's path and line index, here once rather than on each of its documents (16 bytes a document). */
    readonly path: string,
    readonly lines: LineIndex,
  ) {}
}

function collectionStart(events: DocumentEvents, index: number): number {
  const a = events.a(index);
  const c = events.c(index);
  return c >= 0 ? Math.min(c - 1, a) : a;
}

/** The span of the node whose event is number `index` (its own, before a parent places an empty one). */
function spanAt(events: DocumentEvents, index: number): Span {
  switch (events.type(index)) {
    case EVENT_ID.SCALAR: {
      const c = events.c(index);
      const start = c >= 0 ? c : events.a(index);
      const b = events.b(index);
      return { start, end: b >= 0 ? b : start };
    }
    case EVENT_ID.ALIAS:
      return { start: events.a(index) - 1, end: events.b(index) };
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE: {
      const start = collectionStart(events, index);
      const pop = events.b(index);
      return { start, end: pop >= 0 ? events.a(pop) : start + 1 };
    }
    default:
      return { start: 0, end: 0 };
  }
}

/** The index of the event after the node whose event is number `index` (past its whole subtree). */
function after(events: DocumentEvents, index: number): number {
  const type = events.type(index);
  if (type !== EVENT_ID.MAPPING && type !== EVENT_ID.SEQUENCE) return index + 1;
  const pop = events.b(index);
  return pop >= 0 ? pop + 1 : events.count;
}

/** Where a path leads: the node reached, the span a finding gets (a mapping entry's from its key), and whether the whole path exists. */
interface Resolved {
  node: Span;
  range: Span;
  complete: boolean;
}

/**
 * Follows `path` from the node whose event is number `root`, one level at a time: at a mapping
 * it reads only the keys of that mapping (the last of equal keys wins, as its value does), at a
 * sequence only its items, stepping over each subtree in one step. Stops at the deepest node
 * that exists.
 */
function resolvePath(events: DocumentEvents, root: number, source: string | undefined, path: readonly PathSegment[]): Resolved {
  const count = events.count;
  if (root >= count) return { node: { start: 0, end: 0 }, range: { start: 0, end: 0 }, complete: path.length === 0 };
  let index = root;
  let node = spanAt(events, root);
  let range = node;
  for (const segment of path) {
    const type = events.type(index);
    if (type === EVENT_ID.MAPPING) {
      const wanted = String(segment);
      let found: { key: number; value: number } | undefined;
      for (let i = index + 1; i < count && events.type(i) !== EVENT_ID.POP;) {
        const value = after(events, i);
        if (events.type(i) === EVENT_ID.SCALAR ? keyIs(events, i, source, wanted) : wanted === '?') found = { key: i, value };
        i = after(events, value);
      }
      if (!found) return { node, range, complete: false };
      const key = spanAt(events, found.key);
      const own = spanAt(events, found.value);
      node = own.start < 0 ? { start: key.end, end: key.end } : own;
      range = { start: key.start, end: Math.max(node.end, key.start) };
      index = found.value;
    } else if (type === EVENT_ID.SEQUENCE && typeof segment === 'number') {
      const start = collectionStart(events, index);
      let end = start + 1;
      let item: { index: number; span: Span } | undefined;
      let position = 0;
      for (let i = index + 1; i < count && events.type(i) !== EVENT_ID.POP; i = after(events, i), position++) {
        const own = spanAt(events, i);
        const span = own.start < 0 ? { start: end, end } : own;
        if (position === segment) {
          item = { index: i, span };
          break;
        }
        end = Math.max(end, span.end);
      }
      if (!item) return { node, range, complete: false };
      node = item.span;
      range = node;
      index = item.index;
    } else {
      return { node, range, complete: false };
    }
  }
  return { node, range, complete: true };
}

class EventDocument extends DocumentWithDerived implements LoadedDocument {
  constructor(
    readonly index: number,
    readonly value: unknown,
    protected readonly parsed: ParsedText,
    /** Where the document's events start in the chunk's stream (`parsed.events`). */
    private readonly firstByte: number,
  ) {
    super();
  }

  get path(): string {
    return this.parsed.path;
  }

  /*
   * The document as the source reference of its root object (`{ doc, base }`, the model's
   * SourceRef), so that a manifest that is the whole document needs no object of its own for it
   * (40 bytes a manifest; src/model/kubernetes.ts, toManifest).
   */
  get doc(): this {
    return this;
  }

  get base(): readonly PathSegment[] {
    return DOCUMENT_ROOT;
  }

  private resolve(path: readonly PathSegment[]): Resolved {
    return resolvePath(documentEvents(this.parsed.events, this.firstByte), 1, this.parsed.text, path);
  }

  valueText(path: readonly PathSegment[]): string | undefined {
    const { node, complete } = this.resolve(path);
    if (!complete) return undefined;
    const from = Math.max(node.start, 0);
    const to = Math.max(node.end, node.start, 0);
    const text = this.parsed.text;
    if (text !== undefined) return text.slice(from, to);
    if (to <= from) return '';
    // The text was let go only if every scalar's text is String(its value) (EventPass.needsText).
    // A collection's text, or a value released since (src/model/release.ts frees only what no
    // rule reads), cannot be told: none is asked for today.
    const value = valueAt(this.value, path);
    return value === undefined || (value !== null && typeof value === 'object') ? undefined : String(value);
  }

  locate(path: readonly PathSegment[]): SourceRange {
    const { range } = this.resolve(path);
    const start = range.start;
    const end = range.end;
    const { lines, toFileOffset } = this.parsed;
    return {
      start: lines.position(toFileOffset(Math.max(start, 0))),
      end: lines.position(toFileOffset(Math.max(end, start, 0))),
    };
  }
}

/** The value at `path` in a built value (a mapping's key as a string, a sequence's index as a number), or undefined. */
function valueAt(value: unknown, path: readonly PathSegment[]): unknown {
  let at = value;
  for (const segment of path) {
    if (at === null || typeof at !== 'object') return undefined;
    if (Array.isArray(at)) {
      if (typeof segment !== 'number') return undefined;
      at = at[segment];
    } else {
      const key = String(segment);
      at = Object.prototype.hasOwnProperty.call(at, key) ? (at as Record<string, unknown>)[key] : undefined;
    }
  }
  return at;
}

/** A document loaded with only its identity fields (see IdentityOnly): the whole value is parsed again when asked for. */
class IdentityOnlyDocument extends EventDocument {
  constructor(
    index: number,
    value: unknown,
    parsed: ParsedText,
    firstByte: number,
    /** The document's place among its chunk's documents. */
    private readonly span: number,
  ) {
    super(index, value, parsed, firstByte);
  }

  wholeValue(): unknown {
    return wholeValuesOf(this.parsed)[this.span];
  }
}

// Whole values parsed again, by chunk, while a `withWholeValuesCached` call runs.
let wholeValueCache: Map<ParsedText, unknown[]> | undefined;

/**
 * Every document's value of a chunk, all of it. Only documents the pass built are asked for
 * (identity-only ones are never slow), so the pass alone builds them, as it did the first time.
 */
function wholeValuesOf(parsed: ParsedText): unknown[] {
  const cached = wholeValueCache?.get(parsed);
  if (cached) return cached;
  // A chunk with a reduced document keeps its text (EventPass.needsText).
  const text = parsed.text ?? '';
  // The text parsed within the limits once; it is the same text.
  const values = passEvents(parseEvents(text, { maxDepth: Number.MAX_SAFE_INTEGER }), text, MANIFEST_SCHEMA, passOptions(undefined, false)).values;
  wholeValueCache?.set(parsed, values);
  return values;
}

/** A document's whole value: `value`, or, for one loaded with only its identity fields, all of it parsed again. */
export function wholeValueOf(doc: LoadedDocument): unknown {
  return doc.wholeValue ? doc.wholeValue() : doc.value;
}

/**
 * Runs `read` with the whole values it parses again kept by chunk until it returns: a Kustomize
 * build reads every document of a file it consumes, and several builds may share a base.
 */
export function withWholeValuesCached<T>(read: () => T): T {
  if (wholeValueCache) return read();
  wholeValueCache = new Map();
  try {
    return read();
  } finally {
    wholeValueCache = undefined;
  }
}

/**
 * Whether a packed scalar key reads `wanted`: a key in KEY_TEXTS by its text there, another plain
 * key (nearly all when the text is kept) compared in place, without a copy.
 */
function keyIs(events: DocumentEvents, index: number, source: string | undefined, wanted: string): boolean {
  const known = events.keyText(index);
  if (known !== undefined) return known === wanted;
  // Every key of a chunk without its text is in KEY_TEXTS (EventPass.needsText).
  if (source === undefined) return false;
  if (events.style(index) !== SCALAR_STYLE.PLAIN) return keyText(events, index, source) === wanted;
  const valueStart = events.a(index);
  const valueEnd = events.b(index);
  if (valueStart < 0 || valueEnd < valueStart) return keyText(events, index, source) === wanted;
  return valueEnd - valueStart === wanted.length && source.startsWith(wanted, valueStart);
}

/** The decoded text of a packed scalar key: plain keys are their source, others are unescaped. */
function keyText(events: DocumentEvents, index: number, source: string): string {
  const style = events.style(index);
  const valueStart = events.a(index);
  const valueEnd = events.b(index);
  if (valueStart < 0) return '';
  if (style === SCALAR_STYLE.PLAIN) return source.slice(valueStart, valueEnd);
  const event: ScalarEvent = {
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style: style as ScalarEvent['style'],
    chomping: CHOMPING_MODE.CLIP,
    indent: -1,
    fast: false,
  };
  return getScalarValue(source, event);
}

interface YamlErrorLike {
  reason?: string;
  message?: string;
  mark?: { position?: number };
}

function errorReason(error: unknown): string {
  const e = error as YamlErrorLike;
  // Only the reason: js-yaml's message embeds a snippet of the file, which must not reach logs.
  return (e.reason ?? (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? 'unknown error').slice(0, 200);
}

function errorOffset(error: unknown): number | undefined {
  const position = (error as YamlErrorLike).mark?.position;
  return typeof position === 'number' ? position : undefined;
}

/**
 * Offset of the first template action (`{{`) in `text` that is not inside a YAML comment, or
 * -1. A Go template action (Helm) may stand anywhere: after any key
 * (`app.kubernetes.io/name: {{ ... }}`), as a whole line (`{{- if ... }}`), inside a scalar.
 * Used only on text YAML rejected, so a `{{` in a string of a file that parses never counts.
 */
export function templateActionOffset(text: string): number {
  for (let at = text.indexOf('{{'); at >= 0; at = text.indexOf('{{', at + 2)) {
    const lineStart = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
    if (!/(?:^|\s)#/.test(text.slice(lineStart, at))) return at;
  }
  return -1;
}

export function looksLikeTemplate(text: string): boolean {
  return templateActionOffset(text) >= 0;
}

class LimitError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

interface ParsedChunk {
  documents: LoadedDocument[];
  /** Documents whose YAML is a template's (see DocumentSpan.templateAt): index in the file, offset of the `{{`. */
  templates: { index: number; offset: number }[];
  /** Chunk offsets of keys that repeat an earlier key of their mapping, with the key. */
  duplicateKeys: { offset: number; key: string }[];
  /** Its documents read nothing of the text any more (EventPass.needsText). */
  textDropped: boolean;
}

/**
 * CloudFormation deploys a template whose mapping repeats a key, taking the last value; YAML
 * 1.2 (and kubectl) reject it. A template is recognised by its top-level sections.
 */
const CLOUDFORMATION_TEMPLATE = /^(?:AWSTemplateFormatVersion|Resources)\s*:/m;

/** Every scalar key that repeats an earlier key of the same mapping, in order. */
function findDuplicateKeys(events: readonly Event[], text: string): { offset: number; key: string }[] {
  const duplicates: { offset: number; key: string }[] = [];
  // Per open collection: the keys seen so far (mappings) and whether the next node is a key.
  const stack: { keys?: Set<string>; expectKey: boolean }[] = [];
  const consumed = (): void => {
    const top = stack[stack.length - 1];
    if (top?.keys) top.expectKey = !top.expectKey;
  };
  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.MAPPING:
        stack.push({ keys: new Set(), expectKey: true });
        break;
      case EVENT_ID.SEQUENCE:
        stack.push({ expectKey: false });
        break;
      case EVENT_ID.POP:
        if (stack.pop()) consumed();
        break;
      case EVENT_ID.SCALAR: {
        const top = stack[stack.length - 1];
        if (top?.keys && top.expectKey) {
          const key = getScalarValue(text, ev);
          if (top.keys.has(key)) duplicates.push({ offset: ev.valueStart, key });
          top.keys.add(key);
        }
        consumed();
        break;
      }
      case EVENT_ID.ALIAS:
        consumed();
        break;
    }
  }
  return duplicates;
}

const MAX_INDENT_REPAIRS = 200;

/**
 * Each repair re-parses its chunk, so repairs are paid for in bytes re-parsed: at most three
 * times the file plus 64 KiB, so a large file costs about four parses however many of its
 * lines are under-indented, while a small one can still take dozens of repairs. The corpus's
 * templates need one or two repairs (50 KB files) and at most fourteen (700-byte files); a
 * crafted 5 MiB file with 200 such lines used to be parsed 400 times (278 s).
 */
const REPAIR_BYTES_PER_BYTE = 3;
const REPAIR_BYTES_SLACK = 64 * 1024;

/** What one file may still spend on repair, shared by the whole-file parse and the salvage. */
class RepairAllowance {
  remaining: number;
  exhausted = false;
  constructor(fileLength: number) {
    this.remaining = REPAIR_BYTES_PER_BYTE * fileLength + REPAIR_BYTES_SLACK;
  }
}

/** The review's time ran out inside a file. */
class OutOfTimeError extends Error {}

/**
 * js-yaml follows YAML 1.2 strictly: a line inside a flow collection or a multi-line quoted
 * scalar must be indented more than its parent. CloudFormation, kubectl and most YAML
 * libraries accept such lines anyway (the AWS quick-start templates are full of `]` closing
 * at the key's indentation), so rejecting them would call a deployable template broken.
 * Whitespace at the start of those lines carries no meaning, so the loader indents the line
 * and parses again, remembering the inserted spaces to map positions back to the file.
 */
function parseWithIndentRepair(
  source: string,
  limits: LoadLimits,
  allowance: RepairAllowance,
): { events: Event[]; text: string; toChunkOffset: (offset: number) => number } {
  let text = source;
  const inserted: number[] = []; // offsets in `text` where one space was inserted, ascending
  const toChunkOffset = (offset: number): number => {
    let shift = 0;
    for (const at of inserted) {
      if (at < offset) shift++;
      else break;
    }
    return offset - shift;
  };
  for (let attempt = 0; ; attempt++) {
    try {
      // Unrepaired (nearly every file): the shared identity, not a closure and scope kept per file.
      return { events: parseEvents(text, { maxDepth: limits.maxDepth }), text, toChunkOffset: inserted.length === 0 ? sameOffset : toChunkOffset };
    } catch (error) {
      const position = errorOffset(error);
      const repairable = (error as YamlErrorLike).reason === 'deficient indentation' && position !== undefined;
      const affordable = attempt < MAX_INDENT_REPAIRS && allowance.remaining >= text.length;
      if (repairable && !affordable) allowance.exhausted = true;
      if (!repairable || !affordable) {
        if (position !== undefined) (error as { mark: { position: number } }).mark.position = toChunkOffset(position);
        throw error;
      }
      if (limits.expired?.()) throw new OutOfTimeError();
      allowance.remaining -= text.length + 1;
      const lineStart = text.lastIndexOf('\n', Math.max(position - 1, 0)) + 1;
      // Keep earlier insertions' offsets valid: all of them lie before this line.
      for (let i = 0; i < inserted.length; i++) if ((inserted[i] ?? 0) >= lineStart) inserted[i] = (inserted[i] ?? 0) + 1;
      inserted.push(lineStart);
      inserted.sort((a, b) => a - b);
      text = `${text.slice(0, lineStart)} ${text.slice(lineStart)}`;
    }
  }
}

function parseChunk(
  file: SourceFile,
  source: string,
  base: number,
  firstIndex: number,
  lines: LineIndex,
  limits: LoadLimits,
  allowance: RepairAllowance,
  options: LoadOptions,
  releasable = false,
): ParsedChunk {
  let parsed: ReturnType<typeof parseWithIndentRepair>;
  try {
    parsed = parseWithIndentRepair(source, limits, allowance);
  } catch (error) {
    if (/maxDepth/.test(errorReason(error))) {
      throw new LimitError(`collections nest deeper than ${limits.maxDepth} levels`, errorOffset(error) ?? 0);
    }
    throw error;
  }
  const { events, text, toChunkOffset } = parsed;
  const pass = passEvents(events, text, MANIFEST_SCHEMA, passOptions(options.identityOnly, releasable));
  const { positions, spans, values, reduced } = pass;
  if (spans.length > limits.maxDocuments) {
    throw new LimitError(`file has ${spans.length} documents, over the limit of ${limits.maxDocuments}`, 0);
  }
  for (const span of spans) {
    if (span.aliases > limits.maxAliases) {
      throw new LimitError(`document uses ${span.aliases} aliases, over the limit of ${limits.maxAliases}`, toChunkOffset(docOffset(events, span)));
    }
    if (span.expandedNodes > limits.maxExpandedNodes) {
      throw new LimitError(
        `document expands through aliases to more than ${limits.maxExpandedNodes.toLocaleString('en-US')} nodes (an alias bomb)`,
        toChunkOffset(docOffset(events, span)),
      );
    }
  }
  let duplicateKeys: ParsedChunk['duplicateKeys'] = [];
  const construct = (json: boolean): void => constructSlow(events, text, pass, { schema: MANIFEST_SCHEMA, maxAliases: limits.maxAliases, json });
  try {
    try {
      construct(false);
    } catch (error) {
      // One document at a time (salvage splits a stream), so a template's tolerance never spreads to a manifest.
      if (errorReason(error) !== 'duplicated mapping key' || spans.length !== 1 || !CLOUDFORMATION_TEMPLATE.test(text)) throw error;
      construct(true);
      duplicateKeys = findDuplicateKeys(events, text).map((d) => ({ ...d, offset: toChunkOffset(d.offset) }));
    }
  } catch (error) {
    const offset = errorOffset(error);
    if (offset !== undefined && error && typeof error === 'object') {
      (error as { mark: { position: number } }).mark.position = toChunkOffset(offset);
    }
    throw error;
  }
  const stream = encodeEvents(positions);
  const parsedText = new ParsedText(pass.needsText ? text : undefined, stream.bytes, fileOffsets(base, toChunkOffset), file.path, lines);
  const documents: LoadedDocument[] = [];
  const templates: ParsedChunk['templates'] = [];
  spans.forEach((span, i) => {
    if (span.templateAt >= 0) templates.push({ index: firstIndex + i, offset: base + toChunkOffset(span.templateAt) });
    else if (reduced[i]) documents.push(new IdentityOnlyDocument(firstIndex + i, values[i], parsedText, documentByte(stream, span.first, i), i));
    else documents.push(new EventDocument(firstIndex + i, values[i], parsedText, documentByte(stream, span.first, i)));
  });
  return { documents, templates, duplicateKeys: duplicateKeys.map((d) => ({ ...d, offset: d.offset + base })), textDropped: !pass.needsText };
}

/**
 * The pass's options, made in one place so that they have one shape: the pass reads them where
 * it starts, and an options object of a shape its optimized code had not seen (the spread of an
 * optional field gave two, and a reparse none) deoptimized it.
 */
function passOptions(identityOnly: IdentityOnly | undefined, releasable: boolean): PassOptions {
  return { identityOnly, releasable };
}

/**
 * Made outside parseChunk on purpose: a closure created there would share its scope, which holds
 * the chunk's event objects (other closures there read them), and every document keeps this
 * function. The events, 47 % of the heap after loading, were kept alive that way.
 */
function fileOffsets(base: number, toChunkOffset: (offset: number) => number): (offset: number) => number {
  if (base === 0 && toChunkOffset === sameOffset) return sameOffset;
  return (offset) => base + toChunkOffset(offset);
}

const sameOffset = (offset: number): number => offset;

function docOffset(events: readonly Event[], span: DocumentSpan): number {
  for (let i = span.first; i <= span.last; i++) {
    const ev = events[i];
    if (ev && 'start' in ev) return ev.start;
    if (ev?.type === EVENT_ID.SCALAR && ev.valueStart >= 0) return ev.valueStart;
  }
  return 0;
}

/** Splits a multi-document stream at `---` lines, keeping offsets, to salvage good documents. */
function splitDocuments(text: string): { start: number; text: string }[] {
  const chunks: { start: number; text: string }[] = [];
  const separator = /^---(?=\s|$)/gm;
  let start = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    if (m.index > start) chunks.push({ start, text: text.slice(start, m.index) });
    start = m.index;
  }
  chunks.push({ start, text: text.slice(start) });
  return chunks;
}

export interface LoadOptions {
  /**
   * Build only these fields of documents of these kinds (their `wholeValue()` parses the rest
   * when a reader needs it): for a tree whose model and rules read no more of them.
   */
  identityOnly?: IdentityOnly;
  /**
   * Let the file's text go once it is loaded when nothing will read it (see EventPass.needsText;
   * a file that mentions IGNORE_COMMENT, or that fails to parse whole, keeps it): for a tree
   * whose files no Kustomize build reads. At 100k documents the texts were 39 MB of the heap.
   */
  releaseText?: boolean;
}

/** The findings of a file without any, nearly every one: one list for all, frozen since all share it. */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

/**
 * A loaded YAML/JSON file. A class, not an object literal: a literal with a getter is created in
 * dictionary mode (a hash table of its properties, ~430 bytes a file, 8.6 MiB at 100k documents),
 * and the getter belongs on the prototype anyway.
 */
class YamlFile implements LoadedFile {
  // Set with `this.`, the assignments V8 sizes the objects by; readers see a readonly LoadedFile.
  declare path: string;
  declare documents: readonly LoadedDocument[];
  declare findings: readonly Finding[];
  declare text: string | undefined;
  // Private (#), so a spread of the file does not copy its line index along.
  readonly #lines: LineIndex;

  constructor(path: string, documents: readonly LoadedDocument[], findings: readonly Finding[], text: string | undefined, lines: LineIndex) {
    this.path = path;
    // A copy of exactly its length: the list was grown by pushes, with room for a dozen more
    // documents that a file keeps for the whole review (2.9 MiB of lists at 100k documents).
    this.documents = documents.slice();
    this.findings = findings.length === 0 ? NO_FINDINGS : findings;
    this.text = text;
    this.#lines = lines;
  }

  /** Counted when asked: a scan of every file's text for its newlines, and a review asks for none. */
  get lineCount(): number {
    return this.#lines.lineCount;
  }
}

/**
 * Parses every document of a YAML or JSON file, keeping exact source positions. Never
 * throws: syntax errors, templates and limit violations come back as findings, and the
 * documents that did parse are still returned.
 */
export function loadFile(input: SourceFile, limits: LoadLimits = DEFAULT_LOAD_LIMITS, options: LoadOptions = {}): LoadedFile {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const file: SourceFile = { path: input.path, text };
  const lines = new LineIndex(text);
  const result = (documents: LoadedDocument[], findings: Finding[]): LoadedFile => new YamlFile(file.path, documents, findings, text, lines);
  const allowance = new RepairAllowance(text.length);
  try {
    // Suppression comments are read from the text after the rules (src/engine/suppress.ts), a
    // chart's name from its Chart.yaml's (src/load/helm.ts, findCharts).
    const releasable = options.releaseText === true && !text.includes(IGNORE_COMMENT) && !CHART_FILE.test(file.path);
    const parsed = parseChunk(file, text, 0, 0, lines, limits, allowance, options, releasable);
    const findings = [
      ...duplicateKeyFindings(file, lines, parsed),
      ...templateNotice(file, lines, parsed.templates, parsed.documents.length + parsed.templates.length),
    ];
    if (!parsed.textDropped) return result(parsed.documents, findings);
    lines.dropText();
    return new YamlFile(file.path, parsed.documents, findings, undefined, lines);
  } catch (error) {
    if (error instanceof OutOfTimeError) return result([], [outOfTime(file, lines, 0)]);
    if (error instanceof LimitError) return result([], [overLimit(file, lines, limits, error.message, error.offset)]);
    const mayHoldTemplates = looksLikeTemplate(text);
    if (!mayHoldTemplates && /\.json$/i.test(file.path)) {
      const json = loadJson(file, lines);
      if (json) return result([json], []);
    }
    return salvage(file, lines, limits, error, mayHoldTemplates, result, allowance, options);
  }
}

/** A file or document over a loader limit: an error unless the limits say otherwise (see LoadLimits.overLimit). */
function overLimit(file: SourceFile, lines: LineIndex, limits: LoadLimits, reason: string, offset: number): Finding {
  if (limits.overLimit === 'notice') return inputFinding('input/skipped', file, lines, offset, `not reviewed: ${reason}`);
  return inputFinding(
    'input/incomplete',
    file,
    lines,
    offset,
    `${reason}: not reviewed, although kubectl may apply it; split the file, or exclude it (\`paths.exclude\`) if it is not a manifest`,
  );
}

/** The time budget ran out inside this file: an error, so the gate closes (see src/engine/budget.ts). */
function outOfTime(file: SourceFile, lines: LineIndex, offset: number): Finding {
  return {
    ...inputFinding('input/parse-error', file, lines, offset, ''),
    rule: INCOMPLETE_RULE,
    message: "the review's time budget ran out while this file was parsed, so it was not reviewed (or only in part)",
  };
}

function syntaxReason(error: unknown, allowance: RepairAllowance): string {
  const reason = errorReason(error);
  return reason === 'deficient indentation' && allowance.exhausted
    ? `${reason} (the loader re-indents only a few under-indented lines per file, and this file has more: indent them under their parent)`
    : reason;
}

function duplicateKeyFindings(file: SourceFile, lines: LineIndex, parsed: ParsedChunk): Finding[] {
  return parsed.duplicateKeys.map(({ offset, key }) =>
    inputFinding(
      'input/duplicate-key',
      file,
      lines,
      offset,
      `key ${JSON.stringify(key.slice(0, 80))} is given again in the same mapping; CloudFormation deploys the template with this later value and ignores the earlier one, which is how it is reviewed too; delete one of the two`,
    ),
  );
}

export const TEMPLATE_ADVICE = 'review the rendered output instead (`helm template <chart> | manifest-review -`)';

/** One notice for a file's template documents: the other documents are reviewed as usual. */
function templateNotice(file: SourceFile, lines: LineIndex, templates: readonly { index: number; offset: number }[], total: number): Finding[] {
  const first = templates[0];
  if (!first) return [];
  const what =
    templates.length === total
      ? 'a Helm/Go template (`{{ ... }}`), not plain YAML'
      : `document${templates.length > 1 ? 's' : ''} ${templates.map((t) => t.index + 1).join(', ')} of ${total} ${templates.length > 1 ? 'are Helm/Go templates' : 'is a Helm/Go template'} (\`{{ ... }}\`), not plain YAML; the other documents were reviewed`;
  return [inputFinding('input/skipped', file, lines, first.offset, `not reviewed: ${what}; ${TEMPLATE_ADVICE}`)];
}

/**
 * Parses document by document after the whole file failed: good documents are kept, broken
 * ones become findings. With `templateAware`, a document that fails and holds a template
 * action is a template (a notice), not a syntax error: one `{{- if }}` line must neither hide
 * the plain documents beside it nor fail the job.
 */
function salvage(
  file: SourceFile,
  lines: LineIndex,
  limits: LoadLimits,
  firstError: unknown,
  templateAware: boolean,
  result: (documents: LoadedDocument[], findings: Finding[]) => LoadedFile,
  allowance: RepairAllowance,
  options: LoadOptions,
): LoadedFile {
  const documents: LoadedDocument[] = [];
  const findings: Finding[] = [];
  const templates: { index: number; offset: number }[] = [];
  let failures = 0;
  const chunks = splitDocuments(file.text);
  if (chunks.length > limits.maxDocuments) chunks.length = limits.maxDocuments;
  let index = 0;
  if (chunks.length <= 1 && templateAware) {
    // The whole file, one document, failed: with a template action in it, it is a template.
    const templateAt = templateActionOffset(file.text);
    if (templateAt >= 0) return result([], templateNotice(file, lines, [{ index: 0, offset: templateAt }], 1));
  }
  // One chunk is the file itself: parsing it again would only repeat the first error.
  for (const chunk of chunks.length > 1 ? chunks : []) {
    if (limits.expired?.()) {
      findings.push(outOfTime(file, lines, chunk.start));
      failures++;
      break;
    }
    try {
      const parsed = parseChunk(file, chunk.text, chunk.start, index, lines, limits, allowance, options);
      documents.push(...parsed.documents);
      templates.push(...parsed.templates);
      findings.push(...duplicateKeyFindings(file, lines, parsed));
      index += parsed.documents.length + parsed.templates.length;
    } catch (error) {
      if (error instanceof OutOfTimeError) {
        findings.push(outOfTime(file, lines, chunk.start));
        failures++;
        break;
      }
      const templateAt = templateAware && !(error instanceof LimitError) ? templateActionOffset(chunk.text) : -1;
      if (templateAt >= 0) {
        templates.push({ index, offset: chunk.start + templateAt });
        index++;
        continue;
      }
      const offset = chunk.start + (errorOffset(error) ?? 0);
      findings.push(
        error instanceof LimitError
          ? overLimit(file, lines, limits, error.message, offset)
          : inputFinding(
              'input/parse-error',
              file,
              lines,
              offset,
              `YAML syntax error: ${syntaxReason(error, allowance)}; this document was not reviewed, fix the syntax so the rest of the review can read it`,
            ),
      );
      failures++;
      index++;
    }
  }
  if (failures === 0 && templates.length === 0) {
    // Splitting fixed nothing the whole-file parse rejected (e.g. a directive); report that error.
    return result(
      [],
      [inputFinding('input/parse-error', file, lines, errorOffset(firstError) ?? 0, `YAML syntax error: ${syntaxReason(firstError, allowance)}`)],
    );
  }
  return result(documents, [...findings, ...templateNotice(file, lines, templates, index)]);
}

/** JSON that YAML rejects (tabs in odd places): values still count, positions fall back to line 1. */
function loadJson(file: SourceFile, lines: LineIndex): LoadedDocument | undefined {
  try {
    const value: unknown = JSON.parse(file.text);
    return {
      path: file.path,
      index: 0,
      value,
      locate: () => ({ start: lines.position(0), end: lines.position(0) }),
      valueText: () => undefined,
    };
  } catch {
    return undefined;
  }
}
