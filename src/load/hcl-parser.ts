import type { Attribute, Block, Body, Expr, Step, TemplatePart } from './terraform-ast.js';

/*
 * A synchronous recursive-descent parser for HCL native syntax (Terraform's `.tf` and `.tfvars`),
 * written here because no npm package both gives positions and costs less than loading a YAML file
 * (measurements in src/load/terraform-parser.ts). It follows the HCL specification
 * (hashicorp/hcl hclsyntax/spec.md): newlines end attributes and separate object elements, and are
 * ignored inside parentheses, brackets, function arguments, for expressions and interpolations;
 * operator precedence `* / %` > `+ -` > `> >= < <=` > `== !=` > `&&` > `||`, all left-associative,
 * unary `-`/`!` above them, conditionals below and right-associative.
 *
 * It produces exactly the syntax tree the previous tree-sitter loader produced (terraform-ast.ts),
 * offsets included — __tests__/terraform/hcl-parser-oracle.test.ts compares both on every corpus
 * file. Parentheses leave no node: `(a)` is `a` with `a`'s span, as in that tree.
 *
 * It never throws: a syntax error is a message and an offset, and the top-level blocks before it
 * and after the next line that starts a new top-level item are still returned.
 */

export interface HclSyntaxError {
  readonly offset: number;
  readonly message: string;
}

export interface HclParseResult {
  readonly body: Body;
  /** Where each comment (`#`, `//`, `/* *\/`) starts: a suppression marker counts only inside one. */
  readonly comments: readonly number[];
  /** The first syntax error, if any. */
  readonly error?: HclSyntaxError;
}

/** Parses one HCL file. Never throws. */
export function parseHcl(text: string): HclParseResult {
  try {
    return new Parser(text).file();
  } catch (e) {
    // A defect of the parser, not of the file: the review goes on without this file's contents
    // and says so (the fuzz tests fail on this message, so it is never expected).
    return { body: { attributes: new Map(), blocks: [] }, comments: [], error: { offset: 0, message: `${INTERNAL_FAILURE} (${String(e)})` } };
  }
}

/** The start of the message of a parser defect. */
export const INTERNAL_FAILURE = 'the parser failed on this file';

// Token kinds. Punctuation and operators are one kind, told apart by `op` (always one of the
// string constants below, so comparisons are between interned strings).
const EOF = 0;
const NEWLINE = 1;
const IDENT = 2;
const NUMBER = 3;
const QUOTE = 4;
const HEREDOC = 5;
const PUNCT = 6;

// What ended a run of template parts.
const STOP_END = 0;
const STOP_ELSE = 1;
const STOP_ENDIF = 2;
const STOP_ENDFOR = 3;

/** Deeper nesting than any real file is an error, so that no input can overflow the stack. */
const MAX_DEPTH = 256;

class SyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const ID_START = /\p{ID_Start}/u;
const ID_CONTINUE = /\p{ID_Continue}/u;

function isAsciiIdStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isAsciiIdContinue(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Binding power of a binary operator (0: not one). */
function precedence(op: string): number {
  switch (op) {
    case '*':
    case '/':
    case '%':
      return 6;
    case '+':
    case '-':
      return 5;
    case '>':
    case '>=':
    case '<':
    case '<=':
      return 4;
    case '==':
    case '!=':
      return 3;
    case '&&':
      return 2;
    case '||':
      return 1;
    default:
      return 0;
  }
}

const QUOTED_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** The value of the literal text of a quoted string: backslash escapes, `$${` and `%%{`. */
export function unescapeQuoted(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{')) return raw;
  return raw
    .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, c: string) => {
      if (c[0] === 'u' || c[0] === 'U') return String.fromCodePoint(parseInt(c.slice(1), 16));
      return QUOTED_ESCAPES[c] ?? `\\${c}`;
    })
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

/** The value of a heredoc's literal text: only `$${` and `%%{` are escapes there. */
export function unescapeHeredoc(raw: string): string {
  if (!raw.includes('$${') && !raw.includes('%%{')) return raw;
  return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/** `<<-` removes the indentation common to every content line (interpolations count as content). */
export function stripIndent(parts: TemplatePart[]): TemplatePart[] {
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

/**
 * `list` with no room to spare. An array grown by `push` keeps room for 16 more elements, so a
 * label list, a traversal's steps or a one-part template took ~150 bytes instead of ~30: on the
 * corpus ~3 MB of the 24 MB its Terraform syntax trees took (measured in the old generation
 * after loading), trees the model keeps through the review.
 */
function exact<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

class Parser {
  private readonly length: number;
  // The current token: its kind, its span, and for punctuation which one.
  private tok = EOF;
  private tokStart = 0;
  private tokEnd = 0;
  private op = '';
  /** End of the last token consumed: where the expression just parsed ends. */
  private lastEnd = 0;
  /** Above 0 inside brackets, parentheses, interpolations: newlines are then not tokens. */
  private newlinesIgnored = 0;
  private depth = 0;
  private readonly comments: number[] = [];
  // Set by a run of template parts: what stopped it, where that starts and where scanning resumes.
  private stop = STOP_END;
  private stopStart = 0;
  private stopEnd = 0;
  /**
   * The furthest offset a failed scan reached (an unclosed heredoc or comment runs to the end):
   * recovery starts after it, or each following line would scan the same rest of the file again.
   */
  private reached = 0;
  /** A `~}` just closed a sequence: the literal text after it loses its leading whitespace. */
  private stripNextLiteral = false;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  file(): HclParseResult {
    const attributes = new Map<string, Attribute>();
    const blocks: Block[] = [];
    let error: HclSyntaxError | undefined;
    try {
      this.lex();
    } catch (e) {
      if (!(e instanceof SyntaxError)) throw e;
      return { body: { attributes, blocks: exact(blocks) }, comments: this.comments, error: { offset: e.offset, message: e.message } };
    }
    for (;;) {
      try {
        this.skipNewlines();
        if (this.tok === EOF) break;
        this.bodyItem(attributes, blocks, false);
      } catch (e) {
        if (!(e instanceof SyntaxError)) throw e;
        error ??= { offset: e.offset, message: e.message };
        if (!this.recoverAfter(e.offset)) break;
      }
    }
    const body = { attributes, blocks: exact(blocks) };
    return error ? { body, comments: this.comments, error } : { body, comments: this.comments };
  }

  /**
   * After an error, goes on at the next line that starts with a letter in its first column (a
   * new top-level block or attribute in any formatted file). False when there is none.
   */
  private recoverAfter(offset: number): boolean {
    this.depth = 0;
    this.newlinesIgnored = 0;
    let at = Math.max(offset, this.tokStart, this.reached);
    for (;;) {
      const newline = this.text.indexOf('\n', at);
      if (newline < 0) return false;
      at = newline + 1;
      const c = this.text.charCodeAt(at);
      if (isAsciiIdStart(c)) break;
    }
    // The line starts with an identifier, so lexing its first token cannot fail.
    this.tokEnd = at;
    this.lex();
    return true;
  }

  // -------------------------------------------------------------------------------------------
  // Lexer: one token at a time, from `tokEnd`. Templates are scanned by the parser itself.

  private lex(): void {
    const text = this.text;
    const length = this.length;
    let i = this.tokEnd;
    for (;;) {
      if (i >= length) {
        this.tok = EOF;
        this.tokStart = this.tokEnd = length;
        return;
      }
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 13 || c === 12 || c === 0xfeff) {
        i++;
      } else if (c === 10) {
        if (this.newlinesIgnored > 0) {
          i++;
          continue;
        }
        this.tok = NEWLINE;
        this.tokStart = i;
        this.tokEnd = i + 1;
        return;
      } else if (c === 35 || (c === 47 && text.charCodeAt(i + 1) === 47)) {
        this.comment(i);
        const newline = text.indexOf('\n', i);
        i = newline < 0 ? length : newline;
      } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
        this.comment(i);
        const close = text.indexOf('*/', i + 2);
        if (close < 0) throw this.scannedTo(this.length, new SyntaxError(i, 'unterminated /* comment'));
        i = close + 2;
      } else {
        this.tokStart = i;
        this.token(c, i);
        return;
      }
    }
  }

  private comment(at: number): void {
    // A lookahead that is undone lexes the same comment again: keep each once.
    const last = this.comments[this.comments.length - 1];
    if (last === undefined || at > last) this.comments.push(at);
  }

  private token(c: number, i: number): void {
    const text = this.text;
    if (isAsciiIdStart(c) || (c > 127 && ID_START.test(String.fromCodePoint(text.codePointAt(i) ?? 0)))) {
      this.tok = IDENT;
      this.tokEnd = this.identifierEnd(i);
      return;
    }
    if (isDigit(c)) {
      let j = i + 1;
      while (isDigit(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
        j += 2;
        while (isDigit(text.charCodeAt(j))) j++;
      }
      const e = text.charCodeAt(j);
      if (e === 101 || e === 69) {
        let k = j + 1;
        const sign = text.charCodeAt(k);
        if (sign === 43 || sign === 45) k++;
        if (isDigit(text.charCodeAt(k))) {
          j = k + 1;
          while (isDigit(text.charCodeAt(j))) j++;
        }
      }
      this.tok = NUMBER;
      this.tokEnd = j;
      return;
    }
    const next = text.charCodeAt(i + 1);
    this.tok = PUNCT;
    let size = 1;
    switch (c) {
      case 34: // "
        this.tok = QUOTE;
        break;
      case 61: // =
        if (next === 61) size = this.setOp('==', 2);
        else if (next === 62) size = this.setOp('=>', 2);
        else this.op = '=';
        break;
      case 33: // !
        if (next === 61) size = this.setOp('!=', 2);
        else this.op = '!';
        break;
      case 60: // <
        if (next === 60) {
          const dash = text.charCodeAt(i + 2) === 45;
          const id = text.charCodeAt(i + (dash ? 3 : 2));
          if (isAsciiIdContinue(id) && id !== 45) {
            this.tok = HEREDOC;
            this.op = dash ? '<<-' : '<<';
            size = dash ? 3 : 2;
            break;
          }
        }
        if (next === 61) size = this.setOp('<=', 2);
        else this.op = '<';
        break;
      case 62: // >
        if (next === 61) size = this.setOp('>=', 2);
        else this.op = '>';
        break;
      case 38: // &
        if (next !== 38) throw new SyntaxError(i, 'unexpected "&" (the "and" operator is &&)');
        this.op = '&&';
        size = 2;
        break;
      case 124: // |
        if (next !== 124) throw new SyntaxError(i, 'unexpected "|" (the "or" operator is ||)');
        this.op = '||';
        size = 2;
        break;
      case 46: // .
        if (next === 46 && text.charCodeAt(i + 2) === 46) size = this.setOp('...', 3);
        else this.op = '.';
        break;
      case 43:
        this.op = '+';
        break;
      case 45:
        this.op = '-';
        break;
      case 42:
        this.op = '*';
        break;
      case 47:
        this.op = '/';
        break;
      case 37:
        this.op = '%';
        break;
      case 63:
        this.op = '?';
        break;
      case 58:
        this.op = ':';
        break;
      case 44:
        this.op = ',';
        break;
      case 40:
        this.op = '(';
        break;
      case 41:
        this.op = ')';
        break;
      case 91:
        this.op = '[';
        break;
      case 93:
        this.op = ']';
        break;
      case 123:
        this.op = '{';
        break;
      case 125:
        this.op = '}';
        break;
      case 126:
        this.op = '~';
        break;
      default:
        throw new SyntaxError(i, `unexpected character ${JSON.stringify(String.fromCodePoint(text.codePointAt(i) ?? c))}`);
    }
    this.tokEnd = i + size;
  }

  private setOp(op: string, size: number): number {
    this.op = op;
    return size;
  }

  /** Identifiers continue with letters, digits, `_`, `-`, and `::` (provider functions). */
  private identifierEnd(i: number): number {
    const text = this.text;
    let j = i + 1;
    for (;;) {
      const c = text.charCodeAt(j);
      if (isAsciiIdContinue(c)) j++;
      else if (c === 58 && text.charCodeAt(j + 1) === 58) j += 2;
      else if (c > 127 && ID_CONTINUE.test(String.fromCodePoint(text.codePointAt(j) ?? 0))) j += (text.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
      else return j;
    }
  }

  private advance(): void {
    this.lastEnd = this.tokEnd;
    this.lex();
  }

  private skipNewlines(): void {
    while (this.tok === NEWLINE) this.advance();
  }

  private atLineEnd(): boolean {
    return this.tok === NEWLINE || this.tok === EOF;
  }

  private isOp(op: string): boolean {
    return this.tok === PUNCT && this.op === op;
  }

  private isKeyword(word: string): boolean {
    return this.tok === IDENT && this.tokEnd - this.tokStart === word.length && this.text.startsWith(word, this.tokStart);
  }

  private expectOp(op: string, what: string): void {
    if (!this.isOp(op)) throw this.unexpected(what);
  }

  private identifier(what: string): string {
    if (this.tok !== IDENT) throw this.unexpected(what);
    const name = this.text.slice(this.tokStart, this.tokEnd);
    this.advance();
    return name;
  }

  private unexpected(expected: string): SyntaxError {
    let found: string;
    if (this.tok === EOF) found = 'the end of the file';
    else if (this.tok === NEWLINE) found = 'a newline';
    else found = JSON.stringify(this.text.slice(this.tokStart, Math.min(this.tokEnd, this.tokStart + 20)));
    return new SyntaxError(this.tokStart, `expected ${expected}, found ${found}`);
  }

  /** Notes how far a scan went before its error, so that recovery does not scan that text again. */
  private scannedTo(offset: number, error: SyntaxError): SyntaxError {
    this.reached = Math.max(this.reached, offset);
    return error;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw new SyntaxError(this.tokStart, `nested more than ${MAX_DEPTH} levels deep`);
  }

  // -------------------------------------------------------------------------------------------
  // Bodies.

  private body(): Body {
    this.enter();
    const attributes = new Map<string, Attribute>();
    const blocks: Block[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isOp('}')) break;
      if (this.tok === EOF) throw this.unexpected('"}" closing the block');
      this.bodyItem(attributes, blocks, false);
    }
    this.depth--;
    return { attributes, blocks: exact(blocks) };
  }

  /** An attribute or a block; in a single-line block (`b { x = 1 }`), only an attribute, closed on its line. */
  private bodyItem(attributes: Map<string, Attribute>, blocks: Block[], singleLine: boolean): void {
    const start = this.tokStart;
    if (this.tok !== IDENT) throw this.unexpected('an attribute or block name');
    const nameEnd = this.tokEnd;
    const name = this.text.slice(start, nameEnd);
    this.advance();
    if (this.isOp('=')) {
      this.advance();
      const expr = this.expression();
      if (singleLine ? !this.isOp('}') : !this.atLineEnd())
        throw this.unexpected(singleLine ? '"}" closing the single-line block' : 'a newline after the attribute');
      attributes.set(name, { name, nameEnd, start, end: this.lastEnd, expr });
      return;
    }
    const labels: string[] = [];
    for (;;) {
      if (this.tok === IDENT) {
        labels.push(this.text.slice(this.tokStart, this.tokEnd));
        this.advance();
      } else if (this.tok === QUOTE) {
        const label = this.quoted();
        const part = label.type === 'template' && label.parts.length === 1 ? label.parts[0] : undefined;
        if (!part || !('text' in part) || part.start !== label.start)
          throw new SyntaxError(label.start, 'a block label must be a plain string, without ${...} or %{...}');
        labels.push(part.text);
      } else {
        break;
      }
    }
    if (singleLine) throw new SyntaxError(start, 'a single-line block holds one attribute, not a block');
    if (!this.isOp('{')) throw this.unexpected(labels.length === 0 ? '"=" or a block' : 'a label or "{"');
    this.advance();
    let body: Body;
    if (this.tok === NEWLINE) {
      body = this.body();
    } else if (this.isOp('}')) {
      body = { attributes: new Map(), blocks: [] };
    } else {
      // As HCL: an attribute on the block's first line makes it a single-line block.
      const attributes = new Map<string, Attribute>();
      this.bodyItem(attributes, [], true);
      body = { attributes, blocks: [] };
    }
    const end = this.tokEnd;
    this.advance();
    if (!this.atLineEnd()) throw this.unexpected('a newline after the block');
    blocks.push({ type: name, labels: exact(labels), body, start, end });
  }

  // -------------------------------------------------------------------------------------------
  // Expressions.

  private expression(): Expr {
    this.enter();
    const start = this.tokStart;
    const condition = this.binary(1);
    if (!this.isOp('?')) {
      this.depth--;
      return condition;
    }
    this.advance();
    const then = this.expression();
    this.expectOp(':', '":" of the conditional');
    this.advance();
    const otherwise = this.expression();
    this.depth--;
    return { type: 'conditional', condition, then, else: otherwise, start, end: this.lastEnd };
  }

  private binary(minimum: number): Expr {
    const start = this.tokStart;
    let left = this.unary();
    for (;;) {
      if (this.tok !== PUNCT) return left;
      const op = this.op;
      const level = precedence(op);
      if (level === 0 || level < minimum) return left;
      this.advance();
      const right = this.binary(level + 1);
      left = { type: 'binary', op, left, right, start, end: this.lastEnd };
    }
  }

  private unary(): Expr {
    if (this.isOp('-') || this.isOp('!')) {
      this.enter();
      const start = this.tokStart;
      const op = this.op;
      this.advance();
      const operand = this.unary();
      this.depth--;
      return { type: 'unary', op, operand, start, end: this.lastEnd };
    }
    return this.postfix();
  }

  /** A term and its traversals: `.attr`, `[index]`, legacy `.0`, splats `.*` and `[*]`. */
  private postfix(): Expr {
    const start = this.tokStart;
    const target = this.primary();
    let steps: Step[] | undefined;
    for (;;) {
      const step = this.isOp('.') ? this.dotStep(true) : this.isOp('[') ? this.bracketStep(true) : undefined;
      if (!step) break;
      (steps ??= []).push(step);
    }
    return steps ? { type: 'traversal', target, steps: exact(steps), start, end: this.lastEnd } : target;
  }

  /** After `.`: an attribute, a legacy index `.0`, or (when allowed) an attribute splat `.*`. */
  private dotStep(splatAllowed: boolean): Step | undefined {
    const start = this.tokStart;
    const after = this.tokEnd;
    const c = this.text.charCodeAt(after);
    if (isDigit(c)) {
      let j = after + 1;
      while (isDigit(this.text.charCodeAt(j))) j++;
      this.tokEnd = j;
      this.advance();
      return { index: { type: 'literal', value: Number(this.text.slice(after, j)), start, end: j }, start, end: j };
    }
    if (c === 42) {
      if (!splatAllowed) return undefined;
      this.tokEnd = after + 1;
      this.advance();
      // An attribute splat applies the attribute accesses after it to each element.
      const rest: Step[] = [];
      while (this.isOp('.') && this.text.charCodeAt(this.tokEnd) !== 42) {
        const step = this.dotStep(false);
        if (!step) break;
        rest.push(step);
      }
      return { splat: exact(rest), start, end: this.lastEnd };
    }
    this.advance();
    if (this.tok !== IDENT) throw this.unexpected('an attribute name after "."');
    const end = this.tokEnd;
    const attr = this.text.slice(this.tokStart, end);
    this.advance();
    return { attr, start, end };
  }

  /** After `[`: an index, or (when allowed) a full splat `[*]` taking every traversal after it. */
  private bracketStep(splatAllowed: boolean): Step | undefined {
    const start = this.tokStart;
    const after = this.tokEnd;
    if (this.text.charCodeAt(after) === 42 && this.text.charCodeAt(after + 1) === 93) {
      if (!splatAllowed) return undefined;
      this.tokEnd = after + 2;
      this.advance();
      const rest: Step[] = [];
      for (;;) {
        const step = this.isOp('.') ? this.dotStep(false) : this.isOp('[') ? this.bracketStep(false) : undefined;
        if (!step) break;
        rest.push(step);
      }
      return { splat: exact(rest), start, end: this.lastEnd };
    }
    this.newlinesIgnored++;
    this.advance();
    const index = this.expression();
    this.expectOp(']', '"]" closing the index');
    this.newlinesIgnored--;
    const end = this.tokEnd;
    this.advance();
    return { index, start, end };
  }

  private primary(): Expr {
    const start = this.tokStart;
    const end = this.tokEnd;
    switch (this.tok) {
      case NUMBER:
        this.advance();
        return { type: 'literal', value: Number(this.text.slice(start, end)), start, end };
      case IDENT: {
        const name = this.text.slice(start, end);
        this.advance();
        if (this.isOp('(')) return this.call(name, start);
        if (name === 'true' || name === 'false') return { type: 'literal', value: name === 'true', start, end };
        if (name === 'null') return { type: 'literal', value: null, start, end };
        return { type: 'variable', name, start, end };
      }
      case QUOTE:
        return this.quoted();
      case HEREDOC:
        return this.heredoc();
      case PUNCT:
        if (this.op === '(') {
          this.newlinesIgnored++;
          this.advance();
          const inner = this.expression();
          this.expectOp(')', '")" closing the parenthesis');
          this.newlinesIgnored--;
          this.advance();
          return inner;
        }
        if (this.op === '[') return this.tuple();
        if (this.op === '{') return this.object();
    }
    throw this.unexpected('an expression');
  }

  private call(name: string, start: number): Expr {
    this.newlinesIgnored++;
    this.advance();
    const args: Expr[] = [];
    let expandLast = false;
    while (!this.isOp(')')) {
      args.push(this.expression());
      if (this.isOp('...')) {
        expandLast = true;
        this.advance();
        this.expectOp(')', '")" after "..."');
      } else if (this.isOp(',')) {
        this.advance();
      } else {
        this.expectOp(')', '"," or ")" in the function call');
      }
    }
    this.newlinesIgnored--;
    const end = this.tokEnd;
    this.advance();
    return { type: 'call', name, args: exact(args), expandLast, start, end };
  }

  /** Whether the current `for` starts a for expression (`for` followed by a name). */
  private atFor(): boolean {
    if (!this.isKeyword('for')) return false;
    const saved = [this.tok, this.tokStart, this.tokEnd, this.lastEnd] as const;
    const op = this.op;
    this.advance();
    const isFor = this.tok === IDENT;
    [this.tok, this.tokStart, this.tokEnd, this.lastEnd] = saved;
    this.op = op;
    return isFor;
  }

  private tuple(): Expr {
    const start = this.tokStart;
    this.newlinesIgnored++;
    this.advance();
    if (this.atFor()) return this.forExpr(start, false);
    const items: Expr[] = [];
    while (!this.isOp(']')) {
      items.push(this.expression());
      if (this.isOp(',')) this.advance();
      else this.expectOp(']', '"," or "]" in the list');
    }
    this.newlinesIgnored--;
    const end = this.tokEnd;
    this.advance();
    return { type: 'tuple', items: exact(items), start, end };
  }

  private object(): Expr {
    const start = this.tokStart;
    const outer = this.newlinesIgnored;
    // Peek past newlines for `for`: an object's elements are separated by newlines, a for expression ignores them.
    this.newlinesIgnored = 1;
    this.advance();
    if (this.atFor()) return this.forExpr(start, true, outer);
    this.newlinesIgnored = 0;
    const items: { key: Expr; value: Expr }[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isOp('}')) break;
      const key = this.expression();
      if (!this.isOp('=') && !this.isOp(':')) throw this.unexpected('"=" or ":" after the object key');
      this.advance();
      const value = this.expression();
      items.push({ key, value });
      if (this.isOp(',')) this.advance();
      else if (this.tok !== NEWLINE && !this.isOp('}')) throw this.unexpected('a comma or newline after the object element');
    }
    this.newlinesIgnored = outer;
    const end = this.tokEnd;
    this.advance();
    return { type: 'object', items: exact(items), start, end };
  }

  /** `k, v in collection` after a `for` keyword (of an expression or a template directive). */
  private forIntro(): { keyVar?: string; valueVar: string; collection: Expr } {
    const first = this.identifier('a variable name after "for"');
    let second: string | undefined;
    if (this.isOp(',')) {
      this.advance();
      second = this.identifier('a second variable name');
    }
    if (!this.isKeyword('in')) throw this.unexpected('"in"');
    this.advance();
    const collection = this.expression();
    return second === undefined ? { valueVar: first, collection } : { keyVar: first, valueVar: second, collection };
  }

  /** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`, from `for`. */
  private forExpr(start: number, object: boolean, outerNewlines = this.newlinesIgnored - 1): Expr {
    this.advance();
    const { keyVar, valueVar, collection } = this.forIntro();
    this.expectOp(':', '":" after the for expression\'s collection');
    this.advance();
    let key: Expr | undefined;
    if (object) {
      key = this.expression();
      this.expectOp('=>', '"=>" in the object for expression');
      this.advance();
    }
    const value = this.expression();
    let grouping = false;
    if (object && this.isOp('...')) {
      grouping = true;
      this.advance();
    }
    let condition: Expr | undefined;
    if (this.isKeyword('if')) {
      this.advance();
      condition = this.expression();
    }
    this.expectOp(object ? '}' : ']', object ? '"}" closing the for expression' : '"]" closing the for expression');
    this.newlinesIgnored = outerNewlines;
    const end = this.tokEnd;
    this.advance();
    return {
      type: 'for',
      ...(keyVar !== undefined ? { keyVar } : {}),
      valueVar,
      collection,
      ...(key ? { key } : {}),
      value,
      ...(condition ? { condition } : {}),
      grouping,
      start,
      end,
    };
  }

  // -------------------------------------------------------------------------------------------
  // Templates: scanned character by character, with the parser called for each `${...}`.

  /** A quoted string. Without interpolations or directives it is one text part spanning the quotes. */
  private quoted(): Expr {
    const start = this.tokStart;
    const parts = this.templateParts(true, '', this.tokEnd);
    if (this.stop !== STOP_END) throw this.scannedTo(this.stopEnd, new SyntaxError(this.stopStart, 'a template directive closed where none was open'));
    const end = this.stopEnd;
    this.tokEnd = end;
    this.advance();
    if (parts.every((p) => 'text' in p)) {
      const text = parts.length === 0 ? '' : (parts[0] as { text: string }).text;
      return { type: 'template', parts: [{ text, start, end }], start, end };
    }
    return { type: 'template', parts, start, end };
  }

  private heredoc(): Expr {
    const start = this.tokStart;
    const indented = this.op === '<<-';
    const text = this.text;
    let j = this.tokEnd;
    while (j < this.length && (isAsciiIdContinue(text.charCodeAt(j)) || text.charCodeAt(j) > 127)) j++;
    const marker = text.slice(this.tokEnd, j);
    while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13) j++;
    if (j < this.length && text.charCodeAt(j) !== 10) throw new SyntaxError(j, `a heredoc's opening <<${marker} must end its line`);
    const contentStart = Math.min(j + 1, this.length);
    const parts = this.templateParts(false, marker, contentStart);
    if (this.stop !== STOP_END) throw this.scannedTo(this.stopEnd, new SyntaxError(this.stopStart, 'a template directive closed where none was open'));
    const contentEnd = Math.max(contentStart, this.stopStart);
    const end = this.stopEnd;
    this.tokEnd = end;
    this.advance();
    return { type: 'template', parts: indented ? stripIndent(parts) : parts, heredoc: { contentStart, contentEnd, indented }, start, end };
  }

  /** Whether the line starting at `at` closes the heredoc (its marker alone, maybe indented). */
  private closesHeredoc(at: number, marker: string): boolean {
    const text = this.text;
    let j = at;
    while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
    if (!text.startsWith(marker, j)) return false;
    let k = j + marker.length;
    while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13) k++;
    if (k < this.length && text.charCodeAt(k) !== 10) return false;
    this.stop = STOP_END;
    this.stopStart = at;
    this.stopEnd = j + marker.length;
    return true;
  }

  /**
   * Template parts from `from` up to what stops them: the closing quote or heredoc marker, or a
   * `%{else}` / `%{endif}` / `%{endfor}` (for the directive that called). Sets `stop*`.
   */
  private templateParts(quoted: boolean, marker: string, from: number): TemplatePart[] {
    return exact(this.scanTemplateParts(quoted, marker, from));
  }

  private scanTemplateParts(quoted: boolean, marker: string, from: number): TemplatePart[] {
    const text = this.text;
    const length = this.length;
    const parts: TemplatePart[] = [];
    const unescape = quoted ? unescapeQuoted : unescapeHeredoc;
    let at = from;
    let i = from;
    // A `~` strip marker removes the whitespace (newlines too) between it and the text next to it.
    const literal = (until: number, stripEnd = false) => {
      const stripStart = this.stripNextLiteral;
      this.stripNextLiteral = false;
      if (until <= at) return;
      let raw = text.slice(at, until);
      if (stripStart) raw = raw.replace(/^[ \t\r\n]+/, '');
      if (stripEnd) raw = raw.replace(/[ \t\r\n]+$/, '');
      if (raw !== '' || !(stripStart || stripEnd)) parts.push({ text: unescape(raw), start: at, end: until });
    };
    if (!quoted && (i === 0 || text.charCodeAt(i - 1) === 10) && this.closesHeredoc(i, marker)) return parts;
    for (;;) {
      if (i >= length) {
        throw this.scannedTo(length, new SyntaxError(from - 1, quoted ? 'a string without its closing quote' : `a heredoc without its closing ${marker} line`));
      }
      const c = text.charCodeAt(i);
      if (quoted && c === 34) {
        literal(i);
        this.stop = STOP_END;
        this.stopStart = i;
        this.stopEnd = i + 1;
        return parts;
      }
      if (quoted && c === 92) {
        i = this.escapeEnd(i);
        continue;
      }
      if (c === 10) {
        // Where the string starts says more than where its line ends.
        if (quoted)
          throw this.scannedTo(i, new SyntaxError(from - 1, 'a string without its closing quote on its line (write \\n for a newline, or use a heredoc)'));
        i++;
        if (this.closesHeredoc(i, marker)) {
          literal(i);
          return parts;
        }
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123) {
        literal(i, text.charCodeAt(i + 2) === 126);
        if (c === 36) {
          parts.push({ interpolation: this.interpolation(i) });
        } else {
          const directive = this.directive(quoted, marker, i);
          if (!directive) return parts; // an else / endif / endfor: the caller's
          parts.push(directive);
        }
        i = at = this.stopEnd;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) {
        i += 3; // `$${` and `%%{` are literal `${` and `%{`
        continue;
      }
      i++;
    }
  }

  private escapeEnd(i: number): number {
    const c = this.text.charCodeAt(i + 1);
    let hex = 0;
    if (c === 117) hex = 4;
    else if (c === 85) hex = 8;
    else if (c === 110 || c === 114 || c === 116 || c === 34 || c === 92) return i + 2;
    else throw new SyntaxError(i, `unknown escape ${JSON.stringify(this.text.slice(i, i + 2))} in a string`);
    for (let k = 0; k < hex; k++) {
      const h = this.text.charCodeAt(i + 2 + k);
      if (!(isDigit(h) || (h >= 97 && h <= 102) || (h >= 65 && h <= 70)))
        throw new SyntaxError(i, `a \\${c === 117 ? 'u' : 'U'} escape needs ${hex} hex digits`);
    }
    return i + 2 + hex;
  }

  /** Enters `${` or `%{` at `at`: newlines are ignored inside, and a `~` strip marker may follow. */
  private openTemplateSequence(at: number): number {
    const outer = this.newlinesIgnored;
    this.newlinesIgnored = 1;
    this.tokEnd = at + 2;
    this.lex();
    if (this.isOp('~')) this.advance();
    return outer;
  }

  /** Closes it at `}` (after an optional `~`); scanning resumes at `stopEnd`. */
  private closeTemplateSequence(outer: number, what: string): void {
    const strip = this.isOp('~');
    if (strip) this.advance();
    this.expectOp('}', `"}" closing the ${what}`);
    this.newlinesIgnored = outer;
    this.stopEnd = this.tokEnd;
    this.stripNextLiteral = strip;
  }

  private interpolation(at: number): Expr {
    this.enter();
    const outer = this.openTemplateSequence(at);
    const expr = this.expression();
    this.closeTemplateSequence(outer, 'interpolation');
    this.depth--;
    return expr;
  }

  /** An `%{if}` or `%{for}` directive with its body, or undefined for an `%{else}`/`%{endif}`/`%{endfor}` (then `stop` says which). */
  private directive(quoted: boolean, marker: string, at: number): TemplatePart | undefined {
    this.enter();
    const outer = this.openTemplateSequence(at);
    if (this.tok !== IDENT) throw this.unexpected('if, for, else, endif or endfor after "%{"');
    const keyword = this.text.slice(this.tokStart, this.tokEnd);
    this.advance();
    const close = (stop: number) => {
      this.closeTemplateSequence(outer, `%{${keyword}}`);
      this.depth--;
      this.stop = stop;
      this.stopStart = at;
    };
    switch (keyword) {
      case 'else':
        close(STOP_ELSE);
        return undefined;
      case 'endif':
        close(STOP_ENDIF);
        return undefined;
      case 'endfor':
        close(STOP_ENDFOR);
        return undefined;
      case 'if': {
        const condition = this.expression();
        this.closeTemplateSequence(outer, '%{if}');
        const then = this.templateParts(quoted, marker, this.stopEnd);
        let otherwise: TemplatePart[] = [];
        if (this.stop === STOP_ELSE) otherwise = this.templateParts(quoted, marker, this.stopEnd);
        if (this.stop !== STOP_ENDIF) throw this.scannedTo(this.stopEnd, new SyntaxError(at, '%{if} without its %{endif}'));
        this.depth--;
        return { if: condition, then, else: otherwise };
      }
      case 'for': {
        const intro = this.forIntro();
        this.closeTemplateSequence(outer, '%{for}');
        const body = this.templateParts(quoted, marker, this.stopEnd);
        if (this.stop !== STOP_ENDFOR) throw this.scannedTo(this.stopEnd, new SyntaxError(at, '%{for} without its %{endfor}'));
        this.depth--;
        return { for: intro, body };
      }
      default:
        throw new SyntaxError(at, `unknown template directive %{${keyword}}`);
    }
  }
}
