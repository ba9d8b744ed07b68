import { SharedPages } from './pages.js';

/** A 1-based line/column position, as GitHub annotations and SARIF expect. */
export interface Position {
  line: number;
  column: number;
}

export interface SourceRange {
  start: Position;
  end: Position;
  /**
   * The file the range is in, when it is not the document's own: a field of a built Kustomize
   * object lives in the base or patch that set it (src/load/kustomize).
   */
  path?: string;
}

/**
 * Where a finding on `range` starts and ends: a range that ends before it starts (an empty value
 * read at its key) ends where it starts, and one that spans lines ends at its start column.
 */
export function findingSpan(range: SourceRange): { startLine: number; endLine: number; startColumn: number; endColumn: number } {
  return {
    startLine: range.start.line,
    endLine: Math.max(range.end.line, range.start.line),
    startColumn: range.start.column,
    endColumn: range.end.line === range.start.line ? Math.max(range.end.column, range.start.column) : range.start.column,
  };
}

/**
 * A text up to this long answers positions by counting its line breaks up to the offset, and
 * never builds a table. Most files with findings are this small (the corpus's median is ~1 KiB;
 * every file of the synthetic trees is under 2 KiB): a count over a couple of thousand characters
 * costs about what building the table does, while each table (a typed array, its buffer and
 * its backing store, ~100 bytes beside 4 a line) stayed as long as the file's documents: 11.5 MB
 * for the 20,161 files of the synthetic 100k-document tree, all of it live at the review's peak.
 * Longer texts (CRD bundles of 200 KiB) are asked many positions, far apart: they keep the table.
 */
const COUNTED_TEXT_CHARS = 16 * 1024;

/**
 * Positions counted in one text before it builds its table after all: a file with many findings
 * (tens in one corpus file) is asked positions out of order, each counted from the start again.
 */
const COUNTED_POSITIONS = 8;

/**
 * Maps string offsets to 1-based line/column. The table of line starts is built on the first
 * position asked for, and only for a long text or one asked many positions (see
 * COUNTED_TEXT_CHARS, COUNTED_POSITIONS): most files of a review
 * never produce a finding, and the table (a number per line, kept as long as the file's
 * documents) was built and kept for every one of them.
 *
 * A file whose text is let go after the load (`dropText`, src/load/yaml.ts) keeps its line
 * lengths instead, a byte each (see `encodeLines`): the same answers, counted from those.
 */
export class LineIndex {
  // A typed array: half a JS array's 8 bytes a line, and no slack from growth (22.6 → ~10 MiB at 100k documents).
  private starts: Uint32Array | undefined;
  private count = -1;
  /**
   * Where the last counted position's line starts, and its number: a document's end is asked
   * right after its start, and counting goes on from there. `countedLine` 0: not counted yet
   * (a text with a lone CR is never counted: it takes the table's slower scan).
   */
  private countedFrom = 0;
  private countedLine = 0;
  private countedPositions = 0;
  /** Once the text is dropped: its length, and where its line lengths are (`lengths[from, to)`). */
  private length = 0;
  private lengths: Uint8Array | undefined;
  private from = 0;
  private to = 0;
  /** Where in `lengths` the counted line's length is: counting on from `countedLine` reads from there. */
  private countedByte = 0;

  constructor(private text: string | undefined) {}

  /**
   * Lets the text go, keeping its line lengths (the CPU of one scan of the text for its line
   * breaks, which a table would have cost anyway when a position was asked).
   */
  dropText(): void {
    const text = this.text;
    if (text === undefined || this.starts) {
      this.text = undefined;
      return;
    }
    const encoded = encodeLines(text);
    this.count = encoded.lines;
    this.length = text.length;
    this.lengths = encoded.bytes;
    this.from = encoded.from;
    this.to = encoded.to;
    this.countedFrom = 0;
    this.countedLine = 1;
    this.countedByte = encoded.from;
    this.countedPositions = 0;
    this.text = undefined;
  }

  private table(): Uint32Array {
    if (this.starts) return this.starts;
    const text = this.text;
    if (text === undefined) {
      this.starts = this.decoded();
      return this.starts;
    }
    const starts = [0];
    // YAML (and the parser) also break lines at a lone CR (old Mac files): without this, a file
    // with CR-only line endings put every finding on line 1. Rare, so only then the slow scan.
    if (lonelyCarriageReturn(text)) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    } else {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    }
    this.starts = Uint32Array.from(starts);
    return this.starts;
  }

  /** The table of line starts, from the line lengths kept when the text was dropped. */
  private decoded(): Uint32Array {
    const starts = new Uint32Array(this.count);
    const bytes = this.lengths as Uint8Array;
    let start = 0;
    let line = 1;
    for (let k = this.from; k < this.to; k = afterLineLength) {
      start += lineLength(bytes, k);
      starts[line++] = start;
    }
    this.lengths = undefined;
    return starts;
  }

  get lineCount(): number {
    if (this.starts) return this.starts.length;
    if (this.count < 0) {
      const text = this.text ?? '';
      if (lonelyCarriageReturn(text)) return this.table().length;
      let count = 1;
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
      this.count = count;
    }
    return this.count;
  }

  position(offset: number): Position {
    if (this.starts === undefined && this.countedPositions < COUNTED_POSITIONS) {
      if (this.text === undefined) {
        if (this.length <= COUNTED_TEXT_CHARS) {
          this.countedPositions++;
          return this.countedFromLengths(offset);
        }
      } else if (this.text.length <= COUNTED_TEXT_CHARS) {
        this.countedPositions++;
        if (this.countedLine === 0 && !lonelyCarriageReturn(this.text)) this.countedLine = 1;
        if (this.countedLine > 0) return this.counted(offset);
      }
    }
    const starts = this.table();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  }

  /** The table's answer, from the line breaks before `offset` (each break at `at` starts a line at `at + 1`). */
  private counted(offset: number): Position {
    const text = this.text ?? '';
    let line = 1;
    let start = 0;
    if (offset >= this.countedFrom) {
      line = this.countedLine;
      start = this.countedFrom;
    }
    for (let at = text.indexOf('\n', start); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
      line++;
      start = at + 1;
    }
    this.countedFrom = start;
    this.countedLine = line;
    return { line, column: offset - start + 1 };
  }

  /** The table's answer, from the line lengths: each line whose end is at or before `offset` is passed. */
  private countedFromLengths(offset: number): Position {
    const bytes = this.lengths as Uint8Array;
    let line = 1;
    let start = 0;
    let k = this.from;
    if (offset >= this.countedFrom) {
      line = this.countedLine;
      start = this.countedFrom;
      k = this.countedByte;
    }
    while (k < this.to) {
      const length = lineLength(bytes, k);
      if (start + length > offset) break;
      start += length;
      line++;
      k = afterLineLength;
    }
    this.countedFrom = start;
    this.countedLine = line;
    this.countedByte = k;
    return { line, column: offset - start + 1 };
  }
}

function lonelyCarriageReturn(text: string): boolean {
  return text.includes('\r') && /\r(?!\n)/.test(text);
}

/*
 * Line lengths (each with its line break; the last line's is not needed) as base-128 varints: a
 * byte for a line under 128 characters, nearly every line of a manifest. Written into shared
 * pages (SharedPages), as the events' byte stream is (event-stream.ts).
 */
const PAGE_BYTES = 1 << 16;
const LINE_PAGES = new SharedPages((length) => new Uint8Array(length), PAGE_BYTES);
let scratch = new Uint8Array(1024);

/** Where the line length `lineLength` read last ended: the next line's (no pair allocated a line). */
let afterLineLength = 0;

/** The line length written at `bytes[at]` (see encodeLines); sets `afterLineLength`. */
function lineLength(bytes: Uint8Array, at: number): number {
  let length = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[at++] ?? 0;
    // A shift, not `* 2 ** shift`: that product is a double, and a double once stored in
    // `countedFrom` boxed that field in every LineIndex (a 16-byte heap number each, 20,161 at
    // 100k documents). No line is 2^31 characters long.
    length += (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  afterLineLength = at;
  return length;
}

function encodeLines(text: string): { bytes: Uint8Array; from: number; to: number; lines: number } {
  let used = 0;
  let lines = 1;
  let start = 0;
  const put = (next: number): void => {
    if (used + 5 > scratch.length) {
      const grown = new Uint8Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    let length = next - start;
    while (length >= 0x80) {
      scratch[used++] = (length & 0x7f) | 0x80;
      length = Math.floor(length / 0x80);
    }
    scratch[used++] = length;
    start = next;
    lines++;
  };
  if (lonelyCarriageReturn(text)) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) put(i + 1);
    }
  } else {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) put(at + 1);
  }
  if (used > PAGE_BYTES >> 2) return { bytes: scratch.slice(0, used), from: 0, to: used, lines };
  const from = LINE_PAGES.reserve(used);
  const bytes = LINE_PAGES.current;
  bytes.set(scratch.subarray(0, used), from);
  return { bytes, from, to: used + from, lines };
}
