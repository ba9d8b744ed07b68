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

/** Maps string offsets to 1-based line/column; built once per file, on first use. */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    let at = text.indexOf('\n');
    while (at !== -1) {
      starts.push(at + 1);
      at = text.indexOf('\n', at + 1);
    }
    // YAML (and the parser) also break lines at a lone CR (old Mac files): without this, a file
    // with CR-only line endings put every finding on line 1. Rare, so only then the slow scan.
    if (text.includes('\r') && /\r(?!\n)/.test(text)) {
      starts.length = 1;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
}
