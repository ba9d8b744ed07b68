import type { Finding } from '../findings.js';
import { inputFinding } from './input-finding.js';
import { LineIndex, type SourceRange } from './lines.js';
import { embeddedDocuments } from './terraform-embedded.js';
import { parseHcl } from './hcl-parser.js';
import { templateText, type Block, type Body, type Expr } from './terraform-ast.js';
import type { LoadedDocument, LoadedFile, PathSegment, SourceFile } from './types.js';

/**
 * The document of a Terraform file. Its `value` is empty (no manifest, no template): the
 * Terraform model builder reads `body`, evaluates each directory as one root module, and
 * points findings at attributes through `rangeOf`.
 *
 * The syntax tree is not kept: `body` parses the text again each time it is asked for (findings
 * on a few files). Kept from loading to the end of the review, the trees were 24 MB of the
 * corpus's old generation for 3 MB of text, and only the directories whose resources the model
 * writes keep theirs (through their evaluation). A loader that evaluates each directory as soon
 * as its files are read (src/model/terraform-load.ts) has the tree held until then, so the
 * evaluation does not parse the file a second time.
 */
export class TerraformDocument implements LoadedDocument {
  /** What src/model/terraform-registry.ts tells Terraform documents apart by. */
  readonly format = 'terraform';
  readonly index = 0;
  readonly value: Readonly<Record<string, never>> = {};

  constructor(
    readonly path: string,
    private readonly read: () => Body,
    readonly text: string,
    private readonly lines: LineIndex,
    /** The tree the load parsed, kept until `release` (see `loadTerraformFile`'s `hold`). */
    private held?: Body,
  ) {}

  /** The file's syntax; the last one parsed is kept, so a finding's few lookups in one file parse it once. */
  get body(): Body {
    if (this.held) return this.held;
    if (lastRead?.doc !== this) lastRead = { doc: this, body: this.read() };
    return lastRead.body;
  }

  /** Lets the tree the load parsed go: `body` parses the text again from now on. */
  release(): void {
    this.held = undefined;
  }

  /** The range of a span of this file. */
  rangeOf(span: { start: number; end: number }): SourceRange {
    return { start: this.lines.position(span.start), end: this.lines.position(span.end) };
  }

  /**
   * Paths here are HCL paths: block type and labels, then attribute or nested block names,
   * then tuple indexes or object keys inside a literal value. A path that goes further than the
   * source does resolves to the deepest part that exists.
   */
  locate(path: readonly PathSegment[]): SourceRange {
    return this.rangeOf(this.spanAt(path));
  }

  valueText(path: readonly PathSegment[]): string | undefined {
    const span = this.spanAt(path, true);
    return span ? this.text.slice(span.start, span.end) : undefined;
  }

  private spanAt(path: readonly PathSegment[], exact: true): { start: number; end: number } | undefined;
  private spanAt(path: readonly PathSegment[], exact?: false): { start: number; end: number };
  private spanAt(path: readonly PathSegment[], exact = false): { start: number; end: number } | undefined {
    let body: Body | undefined = this.body;
    let span: { start: number; end: number } = { start: 0, end: 0 };
    let expr: Expr | undefined;
    let i = 0;
    while (i < path.length) {
      const segment = path[i];
      if (expr) {
        const next = childExpr(expr, segment);
        if (!next) return exact ? undefined : span;
        expr = next.expr;
        // An object entry spans from its key to its value, as a YAML mapping entry does.
        span = exact ? next.expr : next.span;
        i++;
        continue;
      }
      if (!body) return exact ? undefined : span;
      const attribute = typeof segment === 'string' ? body.attributes.get(segment) : undefined;
      if (attribute) {
        span = attribute;
        expr = attribute.expr;
        i++;
        continue;
      }
      // A block: its type, then as many labels as the path gives; a number picks among same-typed blocks.
      const candidates: Block[] = body.blocks.filter((b) => b.type === segment);
      if (candidates.length === 0) return exact ? undefined : span;
      let j = i + 1;
      let matching: Block[] = candidates;
      while (matching.length > 0 && j < path.length && matching.some((b) => b.labels.length > j - i - 1)) {
        const label = path[j];
        const narrowed = matching.filter((b) => b.labels[j - i - 1] === label);
        if (narrowed.length === 0) break;
        matching = narrowed;
        j++;
      }
      let block: Block | undefined = matching[0];
      if (typeof path[j] === 'number' && matching.length > 1) {
        block = matching[path[j] as number] ?? block;
        j++;
      } else if (typeof path[j] === 'number' && matching.length === 1 && path[j] === 0 && !hasAttributeOrBlock(block?.body, path[j])) {
        j++;
      }
      if (!block) return exact ? undefined : span;
      span = block;
      body = block.body;
      i = j;
    }
    return span;
  }
}

let lastRead: { readonly doc: TerraformDocument; readonly body: Body } | undefined;

function hasAttributeOrBlock(body: Body | undefined, segment: PathSegment | undefined): boolean {
  return !!body && typeof segment === 'string' && (body.attributes.has(segment) || body.blocks.some((b) => b.type === segment));
}

/** The item of a literal tuple or object a path segment names (also read by the model, src/model/terraform.ts). */
export function childExpr(expr: Expr, segment: PathSegment | undefined): { expr: Expr; span: { start: number; end: number } } | undefined {
  if (expr.type === 'tuple' && typeof segment === 'number') {
    const item = expr.items[segment];
    return item ? { expr: item, span: item } : undefined;
  }
  if (expr.type === 'object') {
    const item = expr.items.find(
      (it) =>
        (it.key.type === 'literal' || it.key.type === 'variable' ? String(it.key.type === 'literal' ? it.key.value : it.key.name) : templateText(it.key)) ===
        String(segment),
    );
    return item ? { expr: item.value, span: { start: item.key.start, end: item.value.end } } : undefined;
  }
  return undefined;
}

/**
 * Parses one `.tf` / `.tfvars` file. Never throws: a syntax error is an `input/parse-error` at
 * its line and column; the top-level blocks before it, and those after the next line that starts
 * a new one, are still read. With `hold`, the document keeps the parsed tree until it is released.
 */
export function loadTerraformFile(input: SourceFile, hold = false): LoadedFile {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const file: SourceFile = { path: input.path, text };
  const lines = new LineIndex(text);
  const { body, error } = parseHcl(text);
  const findings: Finding[] = [];
  if (error) {
    findings.push(
      inputFinding('input/parse-error', file, lines, error.offset, `Terraform syntax error: ${error.message}; blocks that parsed are still reviewed`),
    );
  }
  const embedded = embeddedDocuments(file.path, body, text, (offset) => lines.position(offset), 1);
  return {
    path: file.path,
    documents: [new TerraformDocument(file.path, () => parseHcl(text).body, text, lines, hold ? body : undefined), ...embedded.documents],
    findings: [...findings, ...embedded.findings],
    lineCount: lines.lineCount,
    text,
  };
}

/** Offsets of every comment of a Terraform file, for suppressions. */
export function terraformCommentStarts(text: string): number[] | undefined {
  return [...parseHcl(text).comments];
}
