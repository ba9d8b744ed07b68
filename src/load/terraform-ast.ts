/**
 * The syntax of one Terraform (HCL native syntax) file, as src/load/hcl-parser.ts builds it:
 * bodies with attributes and blocks, expressions as a small tree. Every node keeps its start and
 * end offset in the file's text.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Step =
  | { readonly attr: string; readonly start: number; readonly end: number }
  | { readonly index: Expr; readonly start: number; readonly end: number }
  /** `[*]` or `.*`, with the steps after it applied to each element. */
  | { readonly splat: readonly Step[]; readonly start: number; readonly end: number };

/** A piece of a template: literal text, an interpolation, or an `%{if}` / `%{for}` directive. */
export type TemplatePart =
  | { readonly text: string; readonly start: number; readonly end: number }
  | { readonly interpolation: Expr }
  | { readonly if: Expr; readonly then: readonly TemplatePart[]; readonly else: readonly TemplatePart[] }
  | { readonly for: { readonly keyVar?: string; readonly valueVar: string; readonly collection: Expr }; readonly body: readonly TemplatePart[] };

export type Expr = Span &
  (
    | { readonly type: 'literal'; readonly value: string | number | boolean | null }
    | {
        readonly type: 'template';
        readonly parts: readonly TemplatePart[];
        /** For a heredoc: the offset where its first content line starts, and whether `<<-` strips indentation. */
        readonly heredoc?: { readonly contentStart: number; readonly contentEnd: number; readonly indented: boolean };
      }
    | { readonly type: 'tuple'; readonly items: readonly Expr[] }
    | { readonly type: 'object'; readonly items: readonly { readonly key: Expr; readonly value: Expr }[] }
    | { readonly type: 'variable'; readonly name: string }
    | { readonly type: 'traversal'; readonly target: Expr; readonly steps: readonly Step[] }
    | { readonly type: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly expandLast: boolean }
    | { readonly type: 'conditional'; readonly condition: Expr; readonly then: Expr; readonly else: Expr }
    | { readonly type: 'unary'; readonly op: string; readonly operand: Expr }
    | { readonly type: 'binary'; readonly op: string; readonly left: Expr; readonly right: Expr }
    | {
        readonly type: 'for';
        readonly keyVar?: string;
        readonly valueVar: string;
        readonly collection: Expr;
        /** Present for `{ for ... : k => v }`. */
        readonly key?: Expr;
        readonly value: Expr;
        readonly condition?: Expr;
        readonly grouping: boolean;
      }
    | { readonly type: 'invalid'; readonly reason: string }
  );

export interface Attribute extends Span {
  readonly name: string;
  readonly nameEnd: number;
  readonly expr: Expr;
}

export interface Block extends Span {
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: Body;
}

export interface Body {
  readonly attributes: ReadonlyMap<string, Attribute>;
  readonly blocks: readonly Block[];
}

/** Blocks of a body with this type (and these leading labels). */
export function blocksOf(body: Body, type: string, ...labels: string[]): Block[] {
  return body.blocks.filter((b) => b.type === type && labels.every((l, i) => b.labels[i] === l));
}

/** The text of a template without interpolations or directives (`"a"`, a quoted key or label); undefined for any other expression. */
export function templateText(expr: Expr): string | undefined {
  if (expr.type !== 'template') return undefined;
  let out = '';
  for (const part of expr.parts) {
    if (!('text' in part)) return undefined;
    out += part.text;
  }
  return out;
}
