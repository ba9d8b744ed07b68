import type { Finding } from '../findings.js';
import type { SourceRange } from './lines.js';
import { blocksOf, templateText, type Attribute, type Body, type Expr, type Span } from './terraform-ast.js';
import { DEFAULT_LOAD_LIMITS, type LoadedDocument, type PathSegment } from './types.js';
import { HELM_RELEASE_KIND } from './terraform-parser.js';
import { loadFile } from './yaml.js';

/**
 * Kubernetes manifests written inside Terraform: `kubectl_manifest` `yaml_body` and
 * `kubernetes_manifest` `manifest = yamldecode(...)` heredocs. They are read when the file is
 * loaded, as the YAML they are, so positions are exact: a heredoc's content is a slice of the
 * file that starts at a line start, so only lines shift. An interpolation (`${var.x}`) stays
 * as its text, a string the rules cannot read as a number or quantity: never a guessed value.
 * Manifests built from HCL objects (`yaml_body = yamlencode({...})` or `jsonencode({...})`,
 * `manifest = {...}`) are read from the object as written: each value found at its attribute,
 * and an expression that is not a literal (`var.inbound_cidrs`, a call) kept as its source text,
 * as an interpolation in a heredoc is.
 *
 * A `helm_release` of a chart is kept as a small document of kind `helm_release`: the
 * load-balancer model takes the AWS Load Balancer Controller's chart as controller evidence.
 */

class ShiftedDocument implements LoadedDocument {
  constructor(
    private readonly inner: LoadedDocument,
    readonly path: string,
    readonly index: number,
    private readonly lineOffset: number,
  ) {}

  get value(): unknown {
    return this.inner.value;
  }

  locate(p: readonly PathSegment[]): SourceRange {
    const r = this.inner.locate(p);
    return { start: { line: r.start.line + this.lineOffset, column: r.start.column }, end: { line: r.end.line + this.lineOffset, column: r.end.column } };
  }

  valueText(p: readonly PathSegment[]): string | undefined {
    return this.inner.valueText(p);
  }
}

/** A document standing for a block (a helm_release), every path located at the block. */
class BlockDocument implements LoadedDocument {
  constructor(
    readonly path: string,
    readonly index: number,
    readonly value: unknown,
    private readonly range: SourceRange,
  ) {}

  locate(): SourceRange {
    return this.range;
  }

  valueText(): string | undefined {
    return undefined;
  }
}

/**
 * A manifest written as an HCL object. Paths are located at the attribute (key to value) that
 * writes them; a path the object does not write resolves to the deepest part that it does.
 */
class HclObjectDocument implements LoadedDocument {
  constructor(
    readonly path: string,
    readonly index: number,
    readonly value: unknown,
    /** JSON of a path → the span of its entry (key to value) and of its value. */
    private readonly spans: ReadonlyMap<string, { entry: Span; value: Span }>,
    private readonly text: string,
    private readonly position: (offset: number) => { line: number; column: number },
  ) {}

  private nearest(p: readonly PathSegment[]): { entry: Span; value: Span } | undefined {
    for (let n = p.length; n >= 0; n--) {
      const found = this.spans.get(JSON.stringify(p.slice(0, n)));
      if (found) return found;
    }
    return undefined;
  }

  locate(p: readonly PathSegment[]): SourceRange {
    const span = this.nearest(p)?.entry ?? { start: 0, end: 0 };
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  valueText(p: readonly PathSegment[]): string | undefined {
    const span = this.spans.get(JSON.stringify(p))?.value;
    return span ? this.text.slice(span.start, span.end) : undefined;
  }
}

/** An object key as Terraform reads it: a bare word or a string without interpolation; undefined otherwise. */
function keyText(key: Expr): string | undefined {
  if (key.type === 'variable') return key.name;
  if (key.type === 'literal') return key.value === null ? undefined : String(key.value);
  return templateText(key);
}

/**
 * The value an HCL expression writes, recording each path's spans. Literals are values; a
 * string with interpolations, or any other expression, is its source text: nothing is evaluated.
 */
function hclValue(expr: Expr, text: string, path: PathSegment[], entry: Span, spans: Map<string, { entry: Span; value: Span }>): unknown {
  spans.set(JSON.stringify(path), { entry, value: expr });
  // As deep as the YAML loader reads; deeper values stay their source text.
  if (path.length > DEFAULT_LOAD_LIMITS.maxDepth) return text.slice(expr.start, expr.end);
  switch (expr.type) {
    case 'literal':
      return expr.value;
    case 'tuple':
      return expr.items.map((item, i) => hclValue(item, text, [...path, i], item, spans));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const item of expr.items) {
        const key = keyText(item.key);
        if (key === undefined) continue;
        out[key] = hclValue(item.value, text, [...path, key], { start: item.key.start, end: item.value.end }, spans);
      }
      return out;
    }
    case 'template': {
      const literalText = templateText(expr);
      if (literalText !== undefined) return literalText;
      const source = text.slice(expr.start, expr.end);
      return source.startsWith('"') && source.endsWith('"') ? source.slice(1, -1) : source;
    }
    default:
      return text.slice(expr.start, expr.end);
  }
}

/** The HCL object a manifest attribute writes: `{...}`, or `yamlencode({...})` / `jsonencode({...})`. */
function hclObject(expr: Expr): Expr | undefined {
  if (expr.type === 'object') return expr;
  if (expr.type === 'call' && (expr.name === 'yamlencode' || expr.name === 'jsonencode') && expr.args.length === 1 && expr.args[0]?.type === 'object')
    return expr.args[0];
  return undefined;
}

/** The heredoc (or plain string) whose text is YAML, possibly wrapped in yamldecode(). */
function yamlText(expr: Expr, text: string): { start: number; end: number } | undefined {
  if (expr.type === 'call' && expr.name === 'yamldecode' && expr.args[0]) return yamlText(expr.args[0], text);
  if (expr.type !== 'template') return undefined;
  if (expr.heredoc) return { start: expr.heredoc.contentStart, end: expr.heredoc.contentEnd };
  return undefined;
}

function literal(attribute: Attribute | undefined): string | undefined {
  const e = attribute?.expr;
  if (e?.type !== 'template' || e.parts.length !== 1) return undefined;
  const part = e.parts[0];
  return part && 'text' in part ? part.text : undefined;
}

export function embeddedDocuments(
  file: string,
  body: Body,
  text: string,
  position: (offset: number) => { line: number; column: number },
  firstIndex: number,
): { documents: LoadedDocument[]; findings: Finding[] } {
  const out: LoadedDocument[] = [];
  const findings: Finding[] = [];
  const resources = blocksOf(body, 'resource');
  for (const block of resources) {
    const [type, name] = block.labels;
    if (type === 'kubectl_manifest' || type === 'kubernetes_manifest') {
      const attribute = block.body.attributes.get(type === 'kubectl_manifest' ? 'yaml_body' : 'manifest');
      const object = attribute ? hclObject(attribute.expr) : undefined;
      if (object) {
        const spans = new Map<string, { entry: Span; value: Span }>();
        const value = hclValue(object, text, [], attribute ?? object, spans);
        out.push(new HclObjectDocument(file, firstIndex + out.length, value, spans, text, position));
        continue;
      }
      const span = attribute ? yamlText(attribute.expr, text) : undefined;
      if (!span || span.end <= span.start) continue;
      const startLine = position(span.start).line;
      const loaded = loadFile({ path: file, text: text.slice(span.start, span.end) });
      for (const doc of loaded.documents) out.push(new ShiftedDocument(doc, file, firstIndex + out.length, startLine - 1));
      // YAML that does not parse as written may be fine once Terraform fills in its interpolations
      // and directives: not an error of the file, but what is not reviewed is said.
      const problem = loaded.findings[0];
      if (problem) {
        const line = problem.startLine + startLine - 1;
        findings.push({
          rule: 'input/skipped',
          severity: 'notice',
          path: file,
          startLine: line,
          endLine: line,
          message: `not reviewed: the YAML of ${type}.${name ?? ''} does not parse as written (${problem.message}); interpolations and directives are not evaluated`,
        });
      }
    } else if (type === 'helm_release' && name) {
      const chart = literal(block.body.attributes.get('chart'));
      if (chart === undefined) continue;
      const version = literal(block.body.attributes.get('version'));
      const range = { start: position(block.start), end: position(block.end) };
      const value = {
        apiVersion: 'terraform.io/v1',
        kind: HELM_RELEASE_KIND,
        metadata: { name },
        spec: { chart, ...(version !== undefined ? { version } : {}), repository: literal(block.body.attributes.get('repository')) ?? null },
      };
      out.push(new BlockDocument(file, firstIndex + out.length, value, range));
    }
  }
  return { documents: out, findings };
}
