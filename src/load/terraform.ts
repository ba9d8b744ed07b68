import type { Finding } from '../findings.js';
import { inputFinding } from './input-finding.js';
import { LineIndex, type SourceRange } from './lines.js';
import { embeddedDocuments } from './terraform-embedded.js';
import type { Attribute, Block, Body, Expr, Step, TemplatePart } from './terraform-ast.js';
import { terraformParser } from './terraform-parser.js';
import type { Tree } from 'web-tree-sitter';
import type { LoadedDocument, LoadedFile, PathSegment, SourceFile } from './types.js';

/**
 * The document of a Terraform file. Its `value` is empty (no manifest, no template): the
 * Terraform model builder reads `body`, evaluates each directory as one root module, and
 * points findings at attributes through `rangeOf`.
 */
export class TerraformDocument implements LoadedDocument {
  /** What src/model/terraform-registry.ts tells Terraform documents apart by. */
  readonly format = 'terraform';
  readonly index = 0;
  readonly value: Readonly<Record<string, never>> = {};

  constructor(
    readonly path: string,
    readonly body: Body,
    readonly text: string,
    private readonly lines: LineIndex,
  ) {}

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

function templateText(expr: Expr): string | undefined {
  if (expr.type !== 'template') return undefined;
  let out = '';
  for (const part of expr.parts) {
    if (!('text' in part)) return undefined;
    out += part.text;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Conversion from the tree-sitter tree.

/**
 * A node of the syntax tree copied into JavaScript in one cursor walk. Reading the wasm tree node
 * by node (`node.children`, `node.namedChildren`) allocates on every call across the wasm boundary
 * and made loading ~4x slower than parsing; the cursor walk copies each node once.
 */
class TsNode {
  readonly children: TsNode[] = [];
  hasError = false;
  private named: TsNode[] | undefined;

  constructor(
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    private readonly source: string,
  ) {}

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): TsNode[] {
    this.named ??= this.children.filter((c) => c.isNamed);
    return this.named;
  }
}

/** Node type names and namedness by type id, read once per language rather than per node. */
const typeCache = new Map<number, { type: string; isNamed: boolean }>();

function copyTree(tree: Tree, source: string): TsNode {
  // Missing nodes only exist in trees with errors: asking each node costs a call into wasm.
  const withErrors = tree.rootNode.hasError;
  const cursor = tree.walk();
  try {
    const make = () => {
      const id = cursor.nodeTypeId;
      let kind = typeCache.get(id);
      if (!kind) typeCache.set(id, (kind = { type: cursor.nodeType, isNamed: cursor.nodeIsNamed }));
      return new TsNode(kind.type, kind.isNamed, withErrors && cursor.nodeIsMissing, cursor.startIndex, cursor.endIndex, source);
    };
    const root = make();
    const stack: TsNode[] = [root];
    if (!cursor.gotoFirstChild()) return root;
    for (;;) {
      const node = make();
      const parent = stack[stack.length - 1] as TsNode;
      parent.children.push(node);
      if (cursor.gotoFirstChild()) {
        stack.push(node);
        continue;
      }
      if (node.type === 'ERROR' || node.isMissing) node.hasError = true;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return root;
        const done = stack.pop() as TsNode;
        done.hasError ||= done.type === 'ERROR' || done.isMissing || done.children.some((c) => c.hasError);
        if (stack.length === 0) return root;
      }
    }
  } finally {
    cursor.delete();
  }
}

class Converter {
  constructor(private readonly text: string) {}

  body(node: TsNode): Body {
    const attributes = new Map<string, Attribute>();
    const blocks: Block[] = [];
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'attribute') {
        const name = child.namedChildren[0];
        const value = child.namedChildren[1];
        if (!name || !value) continue;
        attributes.set(name.text, { name: name.text, nameEnd: name.endIndex, start: child.startIndex, end: child.endIndex, expr: this.expr(value) });
      } else if (child.type === 'block') {
        blocks.push(this.block(child));
      }
    }
    return { attributes, blocks };
  }

  block(node: TsNode): Block {
    let type = '';
    const labels: string[] = [];
    let body: Body = { attributes: new Map(), blocks: [] };
    for (const child of node.namedChildren) {
      if (!child) continue;
      if (child.type === 'identifier') {
        if (type === '') type = child.text;
        else labels.push(child.text);
      } else if (child.type === 'string_lit') {
        labels.push(this.quoted(child));
      } else if (child.type === 'body') {
        body = this.body(child);
      }
    }
    return { type, labels, body, start: node.startIndex, end: node.endIndex };
  }

  /** The value of a string literal without interpolations (block labels, object keys). */
  private quoted(node: TsNode): string {
    const literal = node.namedChildren.find((c) => c?.type === 'template_literal');
    return literal ? unescapeQuoted(literal.text) : '';
  }

  expr(node: TsNode): Expr {
    const children = node.children.filter((c): c is TsNode => !!c && c.type !== 'comment');
    if (node.type === 'expression') {
      const first = children[0];
      if (!first) return this.invalid(node, 'empty expression');
      if (first.type === 'conditional') return this.expr(first);
      return this.term(children, node);
    }
    return this.term([node], node);
  }

  private invalid(node: TsNode, reason: string): Expr {
    return { type: 'invalid', reason, start: node.startIndex, end: node.endIndex };
  }

  /** A term followed by its postfix traversals (`.attr`, `[i]`, `[*]`), as tree-sitter flattens them. */
  private term(children: readonly TsNode[], whole: TsNode): Expr {
    let at = 0;
    let base: Expr;
    const first = children[0];
    if (!first) return this.invalid(whole, 'empty expression');
    if (first.type === '(') {
      const inner = children[1];
      base = inner ? this.expr(inner) : this.invalid(whole, 'empty parentheses');
      at = 3;
    } else {
      base = this.primary(first);
      at = 1;
    }
    const steps: Step[] = [];
    for (; at < children.length; at++) {
      const step = this.step(children[at]);
      if (step) steps.push(step);
    }
    if (steps.length === 0) return base;
    const last = children[children.length - 1];
    return { type: 'traversal', target: base, steps, start: first.startIndex, end: last?.endIndex ?? whole.endIndex };
  }

  private step(node: TsNode | undefined): Step | undefined {
    if (!node) return undefined;
    switch (node.type) {
      case 'get_attr': {
        const id = node.namedChildren.find((c) => c?.type === 'identifier');
        return { attr: id?.text ?? '', start: node.startIndex, end: node.endIndex };
      }
      case 'index': {
        const inner = node.namedChildren[0];
        if (inner?.type === 'legacy_index') {
          const n = Number(inner.text.replace(/^\./, ''));
          return { index: { type: 'literal', value: n, start: inner.startIndex, end: inner.endIndex }, start: node.startIndex, end: node.endIndex };
        }
        const e = inner?.namedChildren.find((c) => c?.type === 'expression');
        return e ? { index: this.expr(e), start: node.startIndex, end: node.endIndex } : undefined;
      }
      case 'splat': {
        const inner = node.namedChildren[0];
        const rest = (inner?.namedChildren ?? []).map((c) => this.step(c ?? undefined)).filter((s): s is Step => !!s);
        return { splat: rest, start: node.startIndex, end: node.endIndex };
      }
      default:
        return undefined;
    }
  }

  private primary(node: TsNode): Expr {
    const start = node.startIndex;
    const end = node.endIndex;
    switch (node.type) {
      case 'literal_value':
        return this.literal(node.namedChildren[0] ?? node);
      case 'template_expr': {
        const inner = node.namedChildren[0];
        return inner ? this.template(inner) : this.invalid(node, 'empty template');
      }
      case 'collection_value': {
        const inner = node.namedChildren[0];
        if (inner?.type === 'tuple') {
          return { type: 'tuple', items: inner.namedChildren.filter((c): c is TsNode => c?.type === 'expression').map((c) => this.expr(c)), start, end };
        }
        if (inner?.type === 'object') {
          const items = inner.namedChildren
            .filter((c): c is TsNode => c?.type === 'object_elem')
            .flatMap((elem) => {
              // object_elem is `key = value` (or `key : value`): its first and last expressions.
              const parts = elem.namedChildren.filter((c) => c.type === 'expression');
              const key = parts.length === 2 ? parts[0] : undefined;
              const value = parts.length === 2 ? parts[1] : undefined;
              return key && value ? [{ key: this.expr(key), value: this.expr(value) }] : [];
            });
          return { type: 'object', items, start, end };
        }
        return this.invalid(node, 'unknown collection');
      }
      case 'variable_expr':
        return { type: 'variable', name: node.text, start, end };
      case 'function_call': {
        const name = node.namedChildren.find((c) => c?.type === 'identifier')?.text ?? '';
        const argsNode = node.namedChildren.find((c) => c?.type === 'function_arguments');
        const args = (argsNode?.namedChildren ?? []).filter((c): c is TsNode => c?.type === 'expression').map((c) => this.expr(c));
        const expandLast = (argsNode?.namedChildren ?? []).some((c) => c?.type === 'ellipsis');
        return { type: 'call', name, args, expandLast, start, end };
      }
      case 'for_expr':
        return this.forExpr(node.namedChildren[0] ?? node);
      case 'operation': {
        const op = node.namedChildren[0];
        if (!op) return this.invalid(node, 'empty operation');
        const kids = op.children.filter((c): c is TsNode => !!c && c.type !== 'comment');
        if (op.type === 'unary_operation') {
          const operator = kids[0]?.type ?? '-';
          return { type: 'unary', op: operator, operand: this.term(kids.slice(1), op), start, end };
        }
        // Operands are flattened terms: the operator is the one anonymous token outside parentheses.
        let depth = 0;
        let split = -1;
        for (let i = 0; i < kids.length; i++) {
          const k = kids[i];
          if (!k) continue;
          if (k.type === '(') depth++;
          else if (k.type === ')') depth--;
          else if (depth === 0 && !k.isNamed && BINARY.has(k.type) && i > 0) {
            split = i;
            break;
          }
        }
        if (split < 0) return this.invalid(node, 'operation without operator');
        return {
          type: 'binary',
          op: kids[split]?.type ?? '',
          left: this.term(kids.slice(0, split), op),
          right: this.term(kids.slice(split + 1), op),
          start,
          end,
        };
      }
      case 'conditional': {
        const parts = node.namedChildren.filter((c): c is TsNode => c?.type === 'expression');
        const [c, a, b] = parts;
        if (!c || !a || !b) return this.invalid(node, 'incomplete conditional');
        return { type: 'conditional', condition: this.expr(c), then: this.expr(a), else: this.expr(b), start, end };
      }
      case 'expression':
        return this.expr(node);
      default:
        return this.invalid(node, `unsupported syntax ${node.type}`);
    }
  }

  private literal(node: TsNode): Expr {
    const start = node.startIndex;
    const end = node.endIndex;
    switch (node.type) {
      case 'numeric_lit':
        return { type: 'literal', value: Number(node.text), start, end };
      case 'bool_lit':
        return { type: 'literal', value: node.text === 'true', start, end };
      case 'null_lit':
        return { type: 'literal', value: null, start, end };
      case 'string_lit':
        return { type: 'template', parts: [{ text: this.quoted(node), start, end }], start, end };
      default:
        return this.invalid(node, `unsupported literal ${node.type}`);
    }
  }

  private forExpr(node: TsNode): Expr {
    const intro = node.namedChildren.find((c) => c?.type === 'for_intro');
    const ids = (intro?.namedChildren ?? []).filter((c): c is TsNode => c?.type === 'identifier').map((c) => c.text);
    const collectionNode = intro?.namedChildren.find((c) => c?.type === 'expression');
    const exprs = node.namedChildren.filter((c): c is TsNode => c?.type === 'expression');
    const condNode = node.namedChildren.find((c) => c?.type === 'for_cond')?.namedChildren.find((c) => c?.type === 'expression');
    if (!collectionNode || ids.length === 0) return this.invalid(node, 'incomplete for expression');
    const object = node.type === 'for_object_expr';
    const key = object ? exprs[0] : undefined;
    const value = object ? exprs[1] : exprs[0];
    if (!value) return this.invalid(node, 'incomplete for expression');
    return {
      type: 'for',
      ...(ids.length > 1 ? { keyVar: ids[0] } : {}),
      valueVar: ids[ids.length - 1] ?? '',
      collection: this.expr(collectionNode),
      ...(key ? { key: this.expr(key) } : {}),
      value: this.expr(value),
      ...(condNode ? { condition: this.expr(condNode) } : {}),
      grouping: node.namedChildren.some((c) => c?.type === 'ellipsis'),
      start: node.startIndex,
      end: node.endIndex,
    };
  }

  private template(node: TsNode): Expr {
    const start = node.startIndex;
    const end = node.endIndex;
    const kids = node.children.filter((c): c is TsNode => !!c);
    if (node.type === 'quoted_template') {
      const open = kids[0];
      const close = kids[kids.length - 1];
      const from = open?.endIndex ?? start;
      const to = close?.type === 'quoted_template_end' ? close.startIndex : end;
      return { type: 'template', parts: this.parts(kids.slice(1, -1), from, to, unescapeQuoted), start, end };
    }
    // heredoc_template: start marker, identifier, content..., identifier
    const marker = kids.find((c) => c.type === 'heredoc_start');
    const ids = kids.filter((c) => c.type === 'heredoc_identifier');
    const opening = ids[0];
    const closing = ids.length > 1 ? ids[ids.length - 1] : undefined;
    const newline = this.text.indexOf('\n', opening?.endIndex ?? start);
    const contentStart = newline < 0 ? end : newline + 1;
    const contentEnd = closing ? this.text.lastIndexOf('\n', closing.startIndex) + 1 : end;
    const inner = kids.filter((c) => c !== marker && c !== opening && c !== closing);
    const indented = marker?.text === '<<-';
    const parts = this.parts(inner, contentStart, Math.max(contentStart, contentEnd), unescapeHeredoc);
    return {
      type: 'template',
      parts: indented ? stripIndent(parts) : parts,
      heredoc: { contentStart, contentEnd: Math.max(contentStart, contentEnd), indented },
      start,
      end,
    };
  }

  /** Literal text is taken from the source between the non-literal parts, so no whitespace is lost. */
  private parts(kids: readonly TsNode[], from: number, to: number, unescape: (s: string) => string): TemplatePart[] {
    const out: TemplatePart[] = [];
    let at = from;
    const literal = (until: number) => {
      if (until > at) out.push({ text: unescape(this.text.slice(at, until)), start: at, end: until });
    };
    for (const kid of kids) {
      if (kid.type === 'template_interpolation') {
        literal(kid.startIndex);
        const e = kid.namedChildren.find((c) => c?.type === 'expression');
        out.push({ interpolation: e ? this.expr(e) : this.invalid(kid, 'empty interpolation') });
        at = kid.endIndex;
      } else if (kid.type === 'template_directive') {
        literal(kid.startIndex);
        out.push(this.directive(kid.namedChildren[0] ?? kid, unescape));
        at = kid.endIndex;
      }
    }
    literal(to);
    return out;
  }

  private directive(node: TsNode, unescape: (s: string) => string): TemplatePart {
    const kids = node.namedChildren.filter((c): c is TsNode => !!c);
    if (node.type === 'template_if') {
      const intro = kids.find((c) => c.type === 'template_if_intro');
      const elseIntro = kids.find((c) => c.type === 'template_else_intro');
      const endNode = kids.find((c) => c.type === 'template_if_end');
      const cond = intro?.namedChildren.find((c) => c?.type === 'expression');
      const thenKids = node.children.filter(
        (c): c is TsNode => !!c && c.startIndex >= (intro?.endIndex ?? 0) && c.endIndex <= ((elseIntro ?? endNode)?.startIndex ?? node.endIndex),
      );
      const elseKids = elseIntro
        ? node.children.filter((c): c is TsNode => !!c && c.startIndex >= elseIntro.endIndex && c.endIndex <= (endNode?.startIndex ?? node.endIndex))
        : [];
      return {
        if: cond ? this.expr(cond) : this.invalid(node, 'if without condition'),
        then: this.parts(thenKids, intro?.endIndex ?? node.startIndex, (elseIntro ?? endNode)?.startIndex ?? node.endIndex, unescape),
        else: elseIntro ? this.parts(elseKids, elseIntro.endIndex, endNode?.startIndex ?? node.endIndex, unescape) : [],
      };
    }
    const startNode = kids.find((c) => c.type === 'template_for_start');
    const endNode = kids.find((c) => c.type === 'template_for_end');
    const ids = (startNode?.namedChildren ?? []).filter((c): c is TsNode => c?.type === 'identifier').map((c) => c.text);
    const coll = startNode?.namedChildren.find((c) => c?.type === 'expression');
    const bodyKids = node.children.filter(
      (c): c is TsNode => !!c && c.startIndex >= (startNode?.endIndex ?? 0) && c.endIndex <= (endNode?.startIndex ?? node.endIndex),
    );
    return {
      for: {
        ...(ids.length > 1 ? { keyVar: ids[0] } : {}),
        valueVar: ids[ids.length - 1] ?? '',
        collection: coll ? this.expr(coll) : this.invalid(node, 'for without collection'),
      },
      body: this.parts(bodyKids, startNode?.endIndex ?? node.startIndex, endNode?.startIndex ?? node.endIndex, unescape),
    };
  }
}

const BINARY = new Set(['*', '/', '%', '+', '-', '>', '>=', '<', '<=', '==', '!=', '&&', '||']);

function unescapeQuoted(raw: string): string {
  return raw
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, c: string) => {
      if (c[0] === 'u' || c[0] === 'U') return String.fromCodePoint(parseInt(c.slice(1), 16));
      return ({ n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' } as Record<string, string>)[c] ?? `\\${c}`;
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

function unescapeHeredoc(raw: string): string {
  return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** `<<-` removes the indentation common to every content line (interpolations count as content). */
function stripIndent(parts: TemplatePart[]): TemplatePart[] {
  let joined = '';
  for (const p of parts) joined += 'text' in p ? p.text : '\u0000';
  const lines = joined.split('\n');
  let indent = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    indent = Math.min(indent, /^[ \t]*/.exec(line)?.[0].length ?? 0);
  }
  if (!Number.isFinite(indent) || indent === 0) return parts;
  let atLineStart = true;
  return parts.map((p) => {
    if (!('text' in p)) {
      atLineStart = false;
      return p;
    }
    const text = p.text
      .split('\n')
      .map((line, i) => (i === 0 && !atLineStart ? line : line.slice(Math.min(indent, /^[ \t]*/.exec(line)?.[0].length ?? 0))))
      .join('\n');
    atLineStart = p.text.endsWith('\n');
    return { ...p, text };
  });
}

/** The first error or missing node, for the parse-error finding. */
function firstError(node: TsNode): TsNode | undefined {
  if (node.type === 'ERROR' || node.isMissing) return node;
  for (const child of node.children) {
    if (child?.hasError || child?.isMissing) {
      const found = firstError(child);
      if (found) return found;
    }
  }
  return node.hasError ? node : undefined;
}

/**
 * Parses one `.tf` / `.tfvars` file. Never throws: a syntax error is an `input/parse-error` at
 * its line (the blocks around it that did parse are still read); a parser that could not be
 * loaded makes the file an `input/skipped` notice.
 */
export function loadTerraformFile(input: SourceFile): LoadedFile {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const file: SourceFile = { path: input.path, text };
  const lines = new LineIndex(text);
  const result = (documents: LoadedDocument[], findings: Finding[]): LoadedFile => ({ path: file.path, documents, findings, lineCount: lines.lineCount, text });
  const available = terraformParser();
  if ('unavailable' in available) return result([], [inputFinding('input/skipped', file, lines, 0, `not reviewed: ${available.unavailable}`)]);
  const tree = available.parser.parse(text);
  if (!tree) return result([], [inputFinding('input/skipped', file, lines, 0, 'not reviewed: the Terraform parser gave no tree')]);
  try {
    const root = copyTree(tree, text);
    root.hasError ||= tree.rootNode.hasError;
    const findings: Finding[] = [];
    if (root.hasError) {
      const bad = firstError(root);
      const offset = bad?.startIndex ?? 0;
      const what = bad?.isMissing ? `missing ${bad.type}` : `unexpected ${JSON.stringify(text.slice(offset, offset + 20).split('\n')[0])}`;
      findings.push(inputFinding('input/parse-error', file, lines, offset, `Terraform syntax error: ${what}; blocks that parsed are still reviewed`));
    }
    const bodyNode = root.namedChildren.find((c) => c?.type === 'body');
    const body = bodyNode ? new Converter(text).body(bodyNode) : { attributes: new Map(), blocks: [] };
    const embedded = embeddedDocuments(file.path, body, text, (offset) => lines.position(offset), 1);
    return result([new TerraformDocument(file.path, body, text, lines), ...embedded.documents], [...findings, ...embedded.findings]);
  } finally {
    tree.delete();
  }
}

/** Offsets of every comment of a Terraform file, for suppressions. */
export function terraformCommentStarts(text: string): number[] | undefined {
  const available = terraformParser();
  if ('unavailable' in available) return undefined;
  const tree = available.parser.parse(text);
  if (!tree) return undefined;
  try {
    const out: number[] = [];
    const walk = (n: TsNode) => {
      if (n.type === 'comment') out.push(n.startIndex);
      for (const c of n.children) walk(c);
    };
    walk(copyTree(tree, text));
    return out;
  } finally {
    tree.delete();
  }
}
