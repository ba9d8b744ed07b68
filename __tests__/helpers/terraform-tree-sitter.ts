import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Tree } from 'web-tree-sitter';
import { stripIndent, unescapeHeredoc, unescapeQuoted } from '../../src/load/hcl-parser.js';
import type { Attribute, Block, Body, Expr, Step, TemplatePart } from '../../src/load/terraform-ast.js';

/*
 * The oracle for src/load/hcl-parser.ts: the loader's previous parser, web-tree-sitter with the
 * tree-sitter-hcl grammar (a devDependency kept for this alone), and its conversion of the
 * tree-sitter tree into the syntax tree of src/load/terraform-ast.ts, as it was in
 * src/load/terraform.ts. __tests__/terraform/hcl-parser-oracle.test.ts compares both parsers'
 * trees on every corpus file.
 */

type TreeSitter = typeof import('web-tree-sitter');
type ParserType = InstanceType<TreeSitter['Parser']>;

let parser: Promise<ParserType> | undefined;

/** Loads the wasm runtime and the Terraform grammar from node_modules, once. */
export function treeSitterParser(): Promise<ParserType> {
  parser ??= (async () => {
    const require = createRequire(import.meta.url);
    const ts = require('web-tree-sitter') as TreeSitter;
    await ts.Parser.init({ wasmBinary: readFileSync(require.resolve('web-tree-sitter/web-tree-sitter.wasm')) });
    const grammar = path.join(path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), 'tree-sitter-terraform.wasm');
    const language = await ts.Language.load(readFileSync(grammar));
    const p = new ts.Parser();
    p.setLanguage(language);
    return p;
  })();
  return parser;
}

/** The tree-sitter-derived syntax tree of `text`, its comments' offsets, and the offset of its first error node. */
export function treeSitterSyntax(p: ParserType, text: string): { body: Body; comments: number[]; errorAt?: number } {
  const tree = p.parse(text);
  if (!tree) throw new Error('tree-sitter gave no tree');
  try {
    const root = copyTree(tree, text);
    root.hasError ||= tree.rootNode.hasError;
    const comments: number[] = [];
    const walk = (n: TsNode) => {
      if (n.type === 'comment') comments.push(n.startIndex);
      for (const c of n.children) walk(c);
    };
    walk(root);
    const bodyNode = root.namedChildren.find((c) => c?.type === 'body');
    const body = bodyNode ? new Converter(text).body(bodyNode) : { attributes: new Map(), blocks: [] };
    return root.hasError ? { body, comments, errorAt: firstError(root)?.startIndex ?? 0 } : { body, comments };
  } finally {
    tree.delete();
  }
}

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
