import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { inputFinding } from './input-finding.js';
import { LineIndex } from './lines.js';
import { TerraformDocument } from './terraform.js';
import type { Attribute, Block, Body, Expr, Step, TemplatePart } from './terraform-ast.js';
import { DEFAULT_LOAD_LIMITS, type LoadedFile, type SourceFile } from './types.js';

/**
 * Terraform's JSON syntax (`*.tf.json`, `*.tfvars.json`), read into the same syntax tree as HCL
 * (src/load/terraform-ast.ts) so the evaluator and the model read both alike; every node keeps its
 * offsets in the JSON text, so findings point into the JSON file. jsonc-parser gives those
 * offsets (JSON.parse does not).
 *
 * What JSON syntax leaves to the schema is decided without one: the labels of a top-level block
 * come from its type (`resource`/`data` two, `module`/`variable`/`output`/`provider` one), and an
 * object or a list of objects inside a resource is both an argument (a map) and nested blocks
 * (`vpc_config`), since only the provider's schema tells them apart. Strings are templates whose
 * `${...}` may hold a reference (`var.x`, `aws_subnet.a.id`, `module.vpc.private_subnets[0]`);
 * any other expression inside them is not read and evaluates to unknown, saying so.
 */

/** Labels of the top-level block types, as Terraform's JSON syntax nests them. */
const LABELS: Readonly<Record<string, number>> = { resource: 2, data: 2, module: 1, variable: 1, output: 1, provider: 1 };
/** Bodies whose object values are arguments only (maps), never nested blocks. */
const ARGUMENTS_ONLY = new Set(['locals', 'module', 'variable', 'output', 'terraform']);

class JsonConverter {
  /** A tfvars file's variable values. */
  variables(node: Node): ReadonlyMap<string, Attribute> {
    return this.body(node, true).attributes;
  }

  /** The file's top level: block types, each keyed by its labels. */
  root(node: Node): Body {
    const blocks: Block[] = [];
    for (const [key, value] of this.properties(node)) blocks.push(...this.labelled(key.value as string, LABELS[key.value as string] ?? 0, [], value, key));
    return { attributes: new Map(), blocks };
  }

  /** `{"aws_eks_cluster": {"prod": {...}}}`: one level per label, then the body (or a list of bodies). */
  private labelled(type: string, labels: number, got: string[], node: Node, keyNode: Node): Block[] {
    if (labels > 0) {
      if (node.type !== 'object') return [];
      return this.properties(node).flatMap(([key, value]) => this.labelled(type, labels - 1, [...got, String(key.value)], value, keyNode));
    }
    const bodies = node.type === 'array' ? (node.children ?? []) : [node];
    return bodies
      .filter((b) => b.type === 'object')
      .map((b) => ({ type, labels: got, start: keyNode.offset, end: b.offset + b.length, body: this.body(b, ARGUMENTS_ONLY.has(type)) }));
  }

  private body(node: Node, argumentsOnly: boolean): Body {
    const attributes = new Map<string, Attribute>();
    const blocks: Block[] = [];
    for (const [key, value] of this.properties(node)) {
      const name = String(key.value);
      const attribute: Attribute = { name, start: key.offset, end: value.offset + value.length, nameEnd: key.offset + key.length, expr: this.expr(value) };
      attributes.set(name, attribute);
      if (argumentsOnly) continue;
      const items = value.type === 'array' ? (value.children ?? []) : [value];
      if (items.length > 0 && items.every((i) => i.type === 'object'))
        for (const item of items) blocks.push({ type: name, labels: [], start: key.offset, end: item.offset + item.length, body: this.body(item, false) });
    }
    return { attributes, blocks };
  }

  /** An object's properties, without Terraform JSON's `"//"` comments. */
  private properties(node: Node): [Node, Node][] {
    if (node.type !== 'object') return [];
    return (node.children ?? []).flatMap((p) => {
      const [key, value] = p.children ?? [];
      return key && value && key.value !== '//' ? [[key, value] as [Node, Node]] : [];
    });
  }

  private expr(node: Node): Expr {
    const span = { start: node.offset, end: node.offset + node.length };
    switch (node.type) {
      case 'string':
        return this.template(String(node.value), span);
      case 'number':
      case 'boolean':
        return { ...span, type: 'literal', value: node.value as number | boolean };
      case 'null':
        return { ...span, type: 'literal', value: null };
      case 'array':
        return { ...span, type: 'tuple', items: (node.children ?? []).map((c) => this.expr(c)) };
      case 'object':
        return {
          ...span,
          type: 'object',
          items: this.properties(node).map(([key, value]) => ({
            key: { start: key.offset, end: key.offset + key.length, type: 'literal' as const, value: String(key.value) },
            value: this.expr(value),
          })),
        };
      default:
        return { ...span, type: 'invalid', reason: 'a JSON value this reader does not know' };
    }
  }

  /** A JSON string as a template: `$${` is a literal `${`, `${ref}` an interpolation of a reference. */
  private template(value: string, span: { start: number; end: number }): Expr {
    const parts: TemplatePart[] = [];
    let text = '';
    let i = 0;
    while (i < value.length) {
      if (value.startsWith('$${', i) || value.startsWith('%%{', i)) {
        text += value.slice(i + 1, i + 3);
        i += 3;
        continue;
      }
      if (value.startsWith('${', i) || value.startsWith('%{', i)) {
        const close = value.indexOf('}', i);
        if (text) parts.push({ text, ...span });
        text = '';
        const inner = close === -1 ? value.slice(i + 2) : value.slice(i + 2, close);
        const reference = value[i] === '$' ? this.reference(inner.trim(), span) : undefined;
        parts.push({
          interpolation: reference ?? {
            ...span,
            type: 'invalid',
            reason: `the expression ${JSON.stringify(value.slice(i, close + 1))} in Terraform JSON syntax is not read`,
          },
        });
        i = close === -1 ? value.length : close + 1;
        continue;
      }
      text += value[i];
      i++;
    }
    if (text || parts.length === 0) parts.push({ text, ...span });
    return { ...span, type: 'template', parts };
  }

  /** `var.x`, `aws_subnet.a[0].id`, `module.vpc.private_subnets[*]`, `local.m["k"]`; undefined for anything else. */
  private reference(source: string, span: { start: number; end: number }): Expr | undefined {
    const head = /^([A-Za-z_][\w-]*)/.exec(source);
    if (!head?.[1]) return undefined;
    const steps: Step[] = [];
    let rest = source.slice(head[1].length);
    while (rest.length > 0) {
      const attr = /^\.([A-Za-z_][\w-]*)/.exec(rest);
      const index = /^\[(\d+)\]/.exec(rest);
      const key = /^\["([^"\\]*)"\]/.exec(rest);
      if (attr?.[1]) steps.push({ attr: attr[1], ...span });
      else if (index?.[1]) steps.push({ index: { ...span, type: 'literal', value: Number(index[1]) }, ...span });
      else if (key?.[1] !== undefined) steps.push({ index: { ...span, type: 'literal', value: key[1] }, ...span });
      else if (rest.startsWith('[*]') || rest.startsWith('.*')) {
        // A splat applies the steps after it to each element.
        const after = this.reference(`x${rest.slice(rest.startsWith('[*]') ? 3 : 2)}`, span);
        const tail = after?.type === 'traversal' ? after.steps : [];
        if (after === undefined) return undefined;
        steps.push({ splat: tail, ...span });
        break;
      } else return undefined;
      rest = rest.slice((attr ?? index ?? key)?.[0].length ?? rest.length);
    }
    const target: Expr = { ...span, type: 'variable', name: head[1] };
    return steps.length === 0 ? target : { ...span, type: 'traversal', target, steps };
  }
}

/** The deepest nesting of `[` and `{` outside strings, counted without recursion. */
function maxNesting(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') max = Math.max(max, ++depth);
    else if (c === ']' || c === '}') depth--;
  }
  return max;
}

/** Parses one `*.tf.json` / `*.tfvars.json` file. Never throws: invalid JSON is an `input/parse-error` at its line. */
export function loadTerraformJsonFile(input: SourceFile): LoadedFile {
  const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
  const file: SourceFile = { path: input.path, text };
  const lines = new LineIndex(text);
  const errors: ParseError[] = [];
  // jsonc-parser and the conversion recurse: nesting past the YAML loader's limit is not read, as there.
  const depth = maxNesting(text);
  if (depth > DEFAULT_LOAD_LIMITS.maxDepth)
    return {
      path: file.path,
      documents: [],
      findings: [inputFinding('input/skipped', file, lines, 0, `not reviewed: nested ${depth} levels deep (limit ${DEFAULT_LOAD_LIMITS.maxDepth})`)],
      lineCount: lines.lineCount,
      text,
    };
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const result = (body: Body, findings: LoadedFile['findings']): LoadedFile => ({
    path: file.path,
    // JSON syntax is rare and its conversion is not kept apart from the parse: its tree is kept.
    documents: [new TerraformDocument(file.path, () => body, text, lines)],
    findings,
    lineCount: lines.lineCount,
    text,
  });
  const error = errors[0];
  if (error || !tree) {
    const what = error ? printParseErrorCode(error.error) : 'no JSON value';
    return result({ attributes: new Map(), blocks: [] }, [
      inputFinding('input/parse-error', file, lines, error?.offset ?? 0, `Terraform JSON syntax error: ${what}`),
    ]);
  }
  const converter = new JsonConverter();
  // A tfvars file is one object of variable values; a configuration file is blocks.
  const body = /\.tfvars\.json$/i.test(file.path) ? { attributes: converter.variables(tree), blocks: [] } : converter.root(tree);
  return result(body, []);
}
