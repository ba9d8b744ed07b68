export const id = 422;
export const ids = [422];
export const modules = {

/***/ 2422:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TERRAFORM_SUPPORT: () => (/* binding */ TERRAFORM_SUPPORT)
});

// EXTERNAL MODULE: ./src/load/input-finding.ts
var input_finding = __webpack_require__(4084);
// EXTERNAL MODULE: ./src/load/lines.ts
var load_lines = __webpack_require__(3747);
;// CONCATENATED MODULE: ./src/load/terraform-ast.ts
/**
 * The syntax of one Terraform (HCL native syntax) file, as src/load/hcl-parser.ts builds it:
 * bodies with attributes and blocks, expressions as a small tree. Every node keeps its start and
 * end offset in the file's text.
 */
/** Blocks of a body with this type (and these leading labels). */
function blocksOf(body, type, ...labels) {
    return body.blocks.filter((b) => b.type === type && labels.every((l, i) => b.labels[i] === l));
}
/** The text of a template without interpolations or directives (`"a"`, a quoted key or label); undefined for any other expression. */
function templateText(expr) {
    if (expr.type !== 'template')
        return undefined;
    let out = '';
    for (const part of expr.parts) {
        if (!('text' in part))
            return undefined;
        out += part.text;
    }
    return out;
}

// EXTERNAL MODULE: ./src/load/types.ts
var types = __webpack_require__(8557);
// EXTERNAL MODULE: ./src/load/terraform-parser.ts
var terraform_parser = __webpack_require__(7730);
// EXTERNAL MODULE: ./src/load/yaml.ts + 3 modules
var yaml = __webpack_require__(1564);
;// CONCATENATED MODULE: ./src/load/terraform-embedded.ts




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
class ShiftedDocument {
    inner;
    path;
    index;
    lineOffset;
    constructor(inner, path, index, lineOffset) {
        this.inner = inner;
        this.path = path;
        this.index = index;
        this.lineOffset = lineOffset;
    }
    get value() {
        return this.inner.value;
    }
    locate(p) {
        const r = this.inner.locate(p);
        return { start: { line: r.start.line + this.lineOffset, column: r.start.column }, end: { line: r.end.line + this.lineOffset, column: r.end.column } };
    }
    valueText(p) {
        return this.inner.valueText(p);
    }
}
/** A document standing for a block (a helm_release), every path located at the block. */
class BlockDocument {
    path;
    index;
    value;
    range;
    constructor(path, index, value, range) {
        this.path = path;
        this.index = index;
        this.value = value;
        this.range = range;
    }
    locate() {
        return this.range;
    }
    valueText() {
        return undefined;
    }
}
/**
 * A manifest written as an HCL object. Paths are located at the attribute (key to value) that
 * writes them; a path the object does not write resolves to the deepest part that it does.
 */
class HclObjectDocument {
    path;
    index;
    value;
    spans;
    text;
    position;
    constructor(path, index, value, 
    /** JSON of a path → the span of its entry (key to value) and of its value. */
    spans, text, position) {
        this.path = path;
        this.index = index;
        this.value = value;
        this.spans = spans;
        this.text = text;
        this.position = position;
    }
    nearest(p) {
        for (let n = p.length; n >= 0; n--) {
            const found = this.spans.get(JSON.stringify(p.slice(0, n)));
            if (found)
                return found;
        }
        return undefined;
    }
    locate(p) {
        const span = this.nearest(p)?.entry ?? { start: 0, end: 0 };
        return { start: this.position(span.start), end: this.position(span.end) };
    }
    valueText(p) {
        const span = this.spans.get(JSON.stringify(p))?.value;
        return span ? this.text.slice(span.start, span.end) : undefined;
    }
}
/** An object key as Terraform reads it: a bare word or a string without interpolation; undefined otherwise. */
function keyText(key) {
    if (key.type === 'variable')
        return key.name;
    if (key.type === 'literal')
        return key.value === null ? undefined : String(key.value);
    return templateText(key);
}
/**
 * The value an HCL expression writes, recording each path's spans. Literals are values; a
 * string with interpolations, or any other expression, is its source text: nothing is evaluated.
 */
function hclValue(expr, text, path, entry, spans) {
    spans.set(JSON.stringify(path), { entry, value: expr });
    // As deep as the YAML loader reads; deeper values stay their source text.
    if (path.length > types/* DEFAULT_LOAD_LIMITS */.QV.maxDepth)
        return text.slice(expr.start, expr.end);
    switch (expr.type) {
        case 'literal':
            return expr.value;
        case 'tuple':
            return expr.items.map((item, i) => hclValue(item, text, [...path, i], item, spans));
        case 'object': {
            const out = {};
            for (const item of expr.items) {
                const key = keyText(item.key);
                if (key === undefined)
                    continue;
                out[key] = hclValue(item.value, text, [...path, key], { start: item.key.start, end: item.value.end }, spans);
            }
            return out;
        }
        case 'template': {
            const literalText = templateText(expr);
            if (literalText !== undefined)
                return literalText;
            const source = text.slice(expr.start, expr.end);
            return source.startsWith('"') && source.endsWith('"') ? source.slice(1, -1) : source;
        }
        default:
            return text.slice(expr.start, expr.end);
    }
}
/** The HCL object a manifest attribute writes: `{...}`, or `yamlencode({...})` / `jsonencode({...})`. */
function hclObject(expr) {
    if (expr.type === 'object')
        return expr;
    if (expr.type === 'call' && (expr.name === 'yamlencode' || expr.name === 'jsonencode') && expr.args.length === 1 && expr.args[0]?.type === 'object')
        return expr.args[0];
    return undefined;
}
/** The heredoc (or plain string) whose text is YAML, possibly wrapped in yamldecode(). */
function yamlText(expr, text) {
    if (expr.type === 'call' && expr.name === 'yamldecode' && expr.args[0])
        return yamlText(expr.args[0], text);
    if (expr.type !== 'template')
        return undefined;
    if (expr.heredoc)
        return { start: expr.heredoc.contentStart, end: expr.heredoc.contentEnd };
    return undefined;
}
function literal(attribute) {
    const e = attribute?.expr;
    if (e?.type !== 'template' || e.parts.length !== 1)
        return undefined;
    const part = e.parts[0];
    return part && 'text' in part ? part.text : undefined;
}
function embeddedDocuments(file, body, text, position, firstIndex) {
    const out = [];
    const findings = [];
    const resources = blocksOf(body, 'resource');
    for (const block of resources) {
        const [type, name] = block.labels;
        if (type === 'kubectl_manifest' || type === 'kubernetes_manifest') {
            const attribute = block.body.attributes.get(type === 'kubectl_manifest' ? 'yaml_body' : 'manifest');
            const object = attribute ? hclObject(attribute.expr) : undefined;
            if (object) {
                const spans = new Map();
                const value = hclValue(object, text, [], attribute ?? object, spans);
                out.push(new HclObjectDocument(file, firstIndex + out.length, value, spans, text, position));
                continue;
            }
            const span = attribute ? yamlText(attribute.expr, text) : undefined;
            if (!span || span.end <= span.start)
                continue;
            const startLine = position(span.start).line;
            const loaded = (0,yaml/* loadFile */.ZN)({ path: file, text: text.slice(span.start, span.end) });
            for (const doc of loaded.documents)
                out.push(new ShiftedDocument(doc, file, firstIndex + out.length, startLine - 1));
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
        }
        else if (type === 'helm_release' && name) {
            const chart = literal(block.body.attributes.get('chart'));
            if (chart === undefined)
                continue;
            const version = literal(block.body.attributes.get('version'));
            const range = { start: position(block.start), end: position(block.end) };
            const value = {
                apiVersion: 'terraform.io/v1',
                kind: terraform_parser/* HELM_RELEASE_KIND */.Q,
                metadata: { name },
                spec: { chart, ...(version !== undefined ? { version } : {}), repository: literal(block.body.attributes.get('repository')) ?? null },
            };
            out.push(new BlockDocument(file, firstIndex + out.length, value, range));
        }
    }
    return { documents: out, findings };
}

;// CONCATENATED MODULE: ./src/load/hcl-parser.ts
/** Parses one HCL file. Never throws. */
function parseHcl(text) {
    try {
        return new Parser(text).file();
    }
    catch (e) {
        // A defect of the parser, not of the file: the review goes on without this file's contents
        // and says so (the fuzz tests fail on this message, so it is never expected).
        return { body: { attributes: new Map(), blocks: [] }, comments: [], error: { offset: 0, message: `${INTERNAL_FAILURE} (${String(e)})` } };
    }
}
/** The start of the message of a parser defect. */
const INTERNAL_FAILURE = 'the parser failed on this file';
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
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
const ID_START = /\p{ID_Start}/u;
const ID_CONTINUE = /\p{ID_Continue}/u;
function isAsciiIdStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isAsciiIdContinue(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/** Binding power of a binary operator (0: not one). */
function precedence(op) {
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
const QUOTED_ESCAPES = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
/** The value of the literal text of a quoted string: backslash escapes, `$${` and `%%{`. */
function unescapeQuoted(raw) {
    if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{'))
        return raw;
    return raw
        .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, c) => {
        if (c[0] === 'u' || c[0] === 'U')
            return String.fromCodePoint(parseInt(c.slice(1), 16));
        return QUOTED_ESCAPES[c] ?? `\\${c}`;
    })
        .replace(/\$\$\{/g, '${')
        .replace(/%%\{/g, '%{');
}
/** The value of a heredoc's literal text: only `$${` and `%%{` are escapes there. */
function unescapeHeredoc(raw) {
    if (!raw.includes('$${') && !raw.includes('%%{'))
        return raw;
    return raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}
/** `<<-` removes the indentation common to every content line (interpolations count as content). */
function stripIndent(parts) {
    let joined = '';
    for (const p of parts)
        joined += 'text' in p ? p.text : '\u0000';
    const lines = joined.split('\n');
    let indent = Infinity;
    for (const line of lines) {
        if (line.trim() === '')
            continue;
        indent = Math.min(indent, /^[ \t]*/.exec(line)?.[0].length ?? 0);
    }
    if (!Number.isFinite(indent) || indent === 0)
        return parts;
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
function exact(list) {
    return list.length === 0 ? list : list.slice();
}
class Parser {
    text;
    length;
    // The current token: its kind, its span, and for punctuation which one.
    tok = EOF;
    tokStart = 0;
    tokEnd = 0;
    op = '';
    /** End of the last token consumed: where the expression just parsed ends. */
    lastEnd = 0;
    /** Above 0 inside brackets, parentheses, interpolations: newlines are then not tokens. */
    newlinesIgnored = 0;
    depth = 0;
    comments = [];
    // Set by a run of template parts: what stopped it, where that starts and where scanning resumes.
    stop = STOP_END;
    stopStart = 0;
    stopEnd = 0;
    /**
     * The furthest offset a failed scan reached (an unclosed heredoc or comment runs to the end):
     * recovery starts after it, or each following line would scan the same rest of the file again.
     */
    reached = 0;
    /** A `~}` just closed a sequence: the literal text after it loses its leading whitespace. */
    stripNextLiteral = false;
    constructor(text) {
        this.text = text;
        this.length = text.length;
    }
    file() {
        const attributes = new Map();
        const blocks = [];
        let error;
        try {
            this.lex();
        }
        catch (e) {
            if (!(e instanceof SyntaxError))
                throw e;
            return { body: { attributes, blocks: exact(blocks) }, comments: this.comments, error: { offset: e.offset, message: e.message } };
        }
        for (;;) {
            try {
                this.skipNewlines();
                if (this.tok === EOF)
                    break;
                this.bodyItem(attributes, blocks, false);
            }
            catch (e) {
                if (!(e instanceof SyntaxError))
                    throw e;
                error ??= { offset: e.offset, message: e.message };
                if (!this.recoverAfter(e.offset))
                    break;
            }
        }
        const body = { attributes, blocks: exact(blocks) };
        return error ? { body, comments: this.comments, error } : { body, comments: this.comments };
    }
    /**
     * After an error, goes on at the next line that starts with a letter in its first column (a
     * new top-level block or attribute in any formatted file). False when there is none.
     */
    recoverAfter(offset) {
        this.depth = 0;
        this.newlinesIgnored = 0;
        let at = Math.max(offset, this.tokStart, this.reached);
        for (;;) {
            const newline = this.text.indexOf('\n', at);
            if (newline < 0)
                return false;
            at = newline + 1;
            const c = this.text.charCodeAt(at);
            if (isAsciiIdStart(c))
                break;
        }
        // The line starts with an identifier, so lexing its first token cannot fail.
        this.tokEnd = at;
        this.lex();
        return true;
    }
    // -------------------------------------------------------------------------------------------
    // Lexer: one token at a time, from `tokEnd`. Templates are scanned by the parser itself.
    lex() {
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
            }
            else if (c === 10) {
                if (this.newlinesIgnored > 0) {
                    i++;
                    continue;
                }
                this.tok = NEWLINE;
                this.tokStart = i;
                this.tokEnd = i + 1;
                return;
            }
            else if (c === 35 || (c === 47 && text.charCodeAt(i + 1) === 47)) {
                this.comment(i);
                const newline = text.indexOf('\n', i);
                i = newline < 0 ? length : newline;
            }
            else if (c === 47 && text.charCodeAt(i + 1) === 42) {
                this.comment(i);
                const close = text.indexOf('*/', i + 2);
                if (close < 0)
                    throw this.scannedTo(this.length, new SyntaxError(i, 'unterminated /* comment'));
                i = close + 2;
            }
            else {
                this.tokStart = i;
                this.token(c, i);
                return;
            }
        }
    }
    comment(at) {
        // A lookahead that is undone lexes the same comment again: keep each once.
        const last = this.comments[this.comments.length - 1];
        if (last === undefined || at > last)
            this.comments.push(at);
    }
    token(c, i) {
        const text = this.text;
        if (isAsciiIdStart(c) || (c > 127 && ID_START.test(String.fromCodePoint(text.codePointAt(i) ?? 0)))) {
            this.tok = IDENT;
            this.tokEnd = this.identifierEnd(i);
            return;
        }
        if (isDigit(c)) {
            let j = i + 1;
            while (isDigit(text.charCodeAt(j)))
                j++;
            if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
                j += 2;
                while (isDigit(text.charCodeAt(j)))
                    j++;
            }
            const e = text.charCodeAt(j);
            if (e === 101 || e === 69) {
                let k = j + 1;
                const sign = text.charCodeAt(k);
                if (sign === 43 || sign === 45)
                    k++;
                if (isDigit(text.charCodeAt(k))) {
                    j = k + 1;
                    while (isDigit(text.charCodeAt(j)))
                        j++;
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
                if (next === 61)
                    size = this.setOp('==', 2);
                else if (next === 62)
                    size = this.setOp('=>', 2);
                else
                    this.op = '=';
                break;
            case 33: // !
                if (next === 61)
                    size = this.setOp('!=', 2);
                else
                    this.op = '!';
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
                if (next === 61)
                    size = this.setOp('<=', 2);
                else
                    this.op = '<';
                break;
            case 62: // >
                if (next === 61)
                    size = this.setOp('>=', 2);
                else
                    this.op = '>';
                break;
            case 38: // &
                if (next !== 38)
                    throw new SyntaxError(i, 'unexpected "&" (the "and" operator is &&)');
                this.op = '&&';
                size = 2;
                break;
            case 124: // |
                if (next !== 124)
                    throw new SyntaxError(i, 'unexpected "|" (the "or" operator is ||)');
                this.op = '||';
                size = 2;
                break;
            case 46: // .
                if (next === 46 && text.charCodeAt(i + 2) === 46)
                    size = this.setOp('...', 3);
                else
                    this.op = '.';
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
    setOp(op, size) {
        this.op = op;
        return size;
    }
    /** Identifiers continue with letters, digits, `_`, `-`, and `::` (provider functions). */
    identifierEnd(i) {
        const text = this.text;
        let j = i + 1;
        for (;;) {
            const c = text.charCodeAt(j);
            if (isAsciiIdContinue(c))
                j++;
            else if (c === 58 && text.charCodeAt(j + 1) === 58)
                j += 2;
            else if (c > 127 && ID_CONTINUE.test(String.fromCodePoint(text.codePointAt(j) ?? 0)))
                j += (text.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
            else
                return j;
        }
    }
    advance() {
        this.lastEnd = this.tokEnd;
        this.lex();
    }
    skipNewlines() {
        while (this.tok === NEWLINE)
            this.advance();
    }
    atLineEnd() {
        return this.tok === NEWLINE || this.tok === EOF;
    }
    isOp(op) {
        return this.tok === PUNCT && this.op === op;
    }
    isKeyword(word) {
        return this.tok === IDENT && this.tokEnd - this.tokStart === word.length && this.text.startsWith(word, this.tokStart);
    }
    expectOp(op, what) {
        if (!this.isOp(op))
            throw this.unexpected(what);
    }
    identifier(what) {
        if (this.tok !== IDENT)
            throw this.unexpected(what);
        const name = this.text.slice(this.tokStart, this.tokEnd);
        this.advance();
        return name;
    }
    unexpected(expected) {
        let found;
        if (this.tok === EOF)
            found = 'the end of the file';
        else if (this.tok === NEWLINE)
            found = 'a newline';
        else
            found = JSON.stringify(this.text.slice(this.tokStart, Math.min(this.tokEnd, this.tokStart + 20)));
        return new SyntaxError(this.tokStart, `expected ${expected}, found ${found}`);
    }
    /** Notes how far a scan went before its error, so that recovery does not scan that text again. */
    scannedTo(offset, error) {
        this.reached = Math.max(this.reached, offset);
        return error;
    }
    enter() {
        if (++this.depth > MAX_DEPTH)
            throw new SyntaxError(this.tokStart, `nested more than ${MAX_DEPTH} levels deep`);
    }
    // -------------------------------------------------------------------------------------------
    // Bodies.
    body() {
        this.enter();
        const attributes = new Map();
        const blocks = [];
        for (;;) {
            this.skipNewlines();
            if (this.isOp('}'))
                break;
            if (this.tok === EOF)
                throw this.unexpected('"}" closing the block');
            this.bodyItem(attributes, blocks, false);
        }
        this.depth--;
        return { attributes, blocks: exact(blocks) };
    }
    /** An attribute or a block; in a single-line block (`b { x = 1 }`), only an attribute, closed on its line. */
    bodyItem(attributes, blocks, singleLine) {
        const start = this.tokStart;
        if (this.tok !== IDENT)
            throw this.unexpected('an attribute or block name');
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
        const labels = [];
        for (;;) {
            if (this.tok === IDENT) {
                labels.push(this.text.slice(this.tokStart, this.tokEnd));
                this.advance();
            }
            else if (this.tok === QUOTE) {
                const label = this.quoted();
                const part = label.type === 'template' && label.parts.length === 1 ? label.parts[0] : undefined;
                if (!part || !('text' in part) || part.start !== label.start)
                    throw new SyntaxError(label.start, 'a block label must be a plain string, without ${...} or %{...}');
                labels.push(part.text);
            }
            else {
                break;
            }
        }
        if (singleLine)
            throw new SyntaxError(start, 'a single-line block holds one attribute, not a block');
        if (!this.isOp('{'))
            throw this.unexpected(labels.length === 0 ? '"=" or a block' : 'a label or "{"');
        this.advance();
        let body;
        if (this.tok === NEWLINE) {
            body = this.body();
        }
        else if (this.isOp('}')) {
            body = { attributes: new Map(), blocks: [] };
        }
        else {
            // As HCL: an attribute on the block's first line makes it a single-line block.
            const attributes = new Map();
            this.bodyItem(attributes, [], true);
            body = { attributes, blocks: [] };
        }
        const end = this.tokEnd;
        this.advance();
        if (!this.atLineEnd())
            throw this.unexpected('a newline after the block');
        blocks.push({ type: name, labels: exact(labels), body, start, end });
    }
    // -------------------------------------------------------------------------------------------
    // Expressions.
    expression() {
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
    binary(minimum) {
        const start = this.tokStart;
        let left = this.unary();
        for (;;) {
            if (this.tok !== PUNCT)
                return left;
            const op = this.op;
            const level = precedence(op);
            if (level === 0 || level < minimum)
                return left;
            this.advance();
            const right = this.binary(level + 1);
            left = { type: 'binary', op, left, right, start, end: this.lastEnd };
        }
    }
    unary() {
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
    postfix() {
        const start = this.tokStart;
        const target = this.primary();
        let steps;
        for (;;) {
            const step = this.isOp('.') ? this.dotStep(true) : this.isOp('[') ? this.bracketStep(true) : undefined;
            if (!step)
                break;
            (steps ??= []).push(step);
        }
        return steps ? { type: 'traversal', target, steps: exact(steps), start, end: this.lastEnd } : target;
    }
    /** After `.`: an attribute, a legacy index `.0`, or (when allowed) an attribute splat `.*`. */
    dotStep(splatAllowed) {
        const start = this.tokStart;
        const after = this.tokEnd;
        const c = this.text.charCodeAt(after);
        if (isDigit(c)) {
            let j = after + 1;
            while (isDigit(this.text.charCodeAt(j)))
                j++;
            this.tokEnd = j;
            this.advance();
            return { index: { type: 'literal', value: Number(this.text.slice(after, j)), start, end: j }, start, end: j };
        }
        if (c === 42) {
            if (!splatAllowed)
                return undefined;
            this.tokEnd = after + 1;
            this.advance();
            // An attribute splat applies the attribute accesses after it to each element.
            const rest = [];
            while (this.isOp('.') && this.text.charCodeAt(this.tokEnd) !== 42) {
                const step = this.dotStep(false);
                if (!step)
                    break;
                rest.push(step);
            }
            return { splat: exact(rest), start, end: this.lastEnd };
        }
        this.advance();
        if (this.tok !== IDENT)
            throw this.unexpected('an attribute name after "."');
        const end = this.tokEnd;
        const attr = this.text.slice(this.tokStart, end);
        this.advance();
        return { attr, start, end };
    }
    /** After `[`: an index, or (when allowed) a full splat `[*]` taking every traversal after it. */
    bracketStep(splatAllowed) {
        const start = this.tokStart;
        const after = this.tokEnd;
        if (this.text.charCodeAt(after) === 42 && this.text.charCodeAt(after + 1) === 93) {
            if (!splatAllowed)
                return undefined;
            this.tokEnd = after + 2;
            this.advance();
            const rest = [];
            for (;;) {
                const step = this.isOp('.') ? this.dotStep(false) : this.isOp('[') ? this.bracketStep(false) : undefined;
                if (!step)
                    break;
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
    primary() {
        const start = this.tokStart;
        const end = this.tokEnd;
        switch (this.tok) {
            case NUMBER:
                this.advance();
                return { type: 'literal', value: Number(this.text.slice(start, end)), start, end };
            case IDENT: {
                const name = this.text.slice(start, end);
                this.advance();
                if (this.isOp('('))
                    return this.call(name, start);
                if (name === 'true' || name === 'false')
                    return { type: 'literal', value: name === 'true', start, end };
                if (name === 'null')
                    return { type: 'literal', value: null, start, end };
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
                if (this.op === '[')
                    return this.tuple();
                if (this.op === '{')
                    return this.object();
        }
        throw this.unexpected('an expression');
    }
    call(name, start) {
        this.newlinesIgnored++;
        this.advance();
        const args = [];
        let expandLast = false;
        while (!this.isOp(')')) {
            args.push(this.expression());
            if (this.isOp('...')) {
                expandLast = true;
                this.advance();
                this.expectOp(')', '")" after "..."');
            }
            else if (this.isOp(',')) {
                this.advance();
            }
            else {
                this.expectOp(')', '"," or ")" in the function call');
            }
        }
        this.newlinesIgnored--;
        const end = this.tokEnd;
        this.advance();
        return { type: 'call', name, args: exact(args), expandLast, start, end };
    }
    /** Whether the current `for` starts a for expression (`for` followed by a name). */
    atFor() {
        if (!this.isKeyword('for'))
            return false;
        const saved = [this.tok, this.tokStart, this.tokEnd, this.lastEnd];
        const op = this.op;
        this.advance();
        const isFor = this.tok === IDENT;
        [this.tok, this.tokStart, this.tokEnd, this.lastEnd] = saved;
        this.op = op;
        return isFor;
    }
    tuple() {
        const start = this.tokStart;
        this.newlinesIgnored++;
        this.advance();
        if (this.atFor())
            return this.forExpr(start, false);
        const items = [];
        while (!this.isOp(']')) {
            items.push(this.expression());
            if (this.isOp(','))
                this.advance();
            else
                this.expectOp(']', '"," or "]" in the list');
        }
        this.newlinesIgnored--;
        const end = this.tokEnd;
        this.advance();
        return { type: 'tuple', items: exact(items), start, end };
    }
    object() {
        const start = this.tokStart;
        const outer = this.newlinesIgnored;
        // Peek past newlines for `for`: an object's elements are separated by newlines, a for expression ignores them.
        this.newlinesIgnored = 1;
        this.advance();
        if (this.atFor())
            return this.forExpr(start, true, outer);
        this.newlinesIgnored = 0;
        const items = [];
        for (;;) {
            this.skipNewlines();
            if (this.isOp('}'))
                break;
            const key = this.expression();
            if (!this.isOp('=') && !this.isOp(':'))
                throw this.unexpected('"=" or ":" after the object key');
            this.advance();
            const value = this.expression();
            items.push({ key, value });
            if (this.isOp(','))
                this.advance();
            else if (this.tok !== NEWLINE && !this.isOp('}'))
                throw this.unexpected('a comma or newline after the object element');
        }
        this.newlinesIgnored = outer;
        const end = this.tokEnd;
        this.advance();
        return { type: 'object', items: exact(items), start, end };
    }
    /** `k, v in collection` after a `for` keyword (of an expression or a template directive). */
    forIntro() {
        const first = this.identifier('a variable name after "for"');
        let second;
        if (this.isOp(',')) {
            this.advance();
            second = this.identifier('a second variable name');
        }
        if (!this.isKeyword('in'))
            throw this.unexpected('"in"');
        this.advance();
        const collection = this.expression();
        return second === undefined ? { valueVar: first, collection } : { keyVar: first, valueVar: second, collection };
    }
    /** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`, from `for`. */
    forExpr(start, object, outerNewlines = this.newlinesIgnored - 1) {
        this.advance();
        const { keyVar, valueVar, collection } = this.forIntro();
        this.expectOp(':', '":" after the for expression\'s collection');
        this.advance();
        let key;
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
        let condition;
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
    quoted() {
        const start = this.tokStart;
        const parts = this.templateParts(true, '', this.tokEnd);
        if (this.stop !== STOP_END)
            throw this.scannedTo(this.stopEnd, new SyntaxError(this.stopStart, 'a template directive closed where none was open'));
        const end = this.stopEnd;
        this.tokEnd = end;
        this.advance();
        if (parts.every((p) => 'text' in p)) {
            const text = parts.length === 0 ? '' : parts[0].text;
            return { type: 'template', parts: [{ text, start, end }], start, end };
        }
        return { type: 'template', parts, start, end };
    }
    heredoc() {
        const start = this.tokStart;
        const indented = this.op === '<<-';
        const text = this.text;
        let j = this.tokEnd;
        while (j < this.length && (isAsciiIdContinue(text.charCodeAt(j)) || text.charCodeAt(j) > 127))
            j++;
        const marker = text.slice(this.tokEnd, j);
        while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9 || text.charCodeAt(j) === 13)
            j++;
        if (j < this.length && text.charCodeAt(j) !== 10)
            throw new SyntaxError(j, `a heredoc's opening <<${marker} must end its line`);
        const contentStart = Math.min(j + 1, this.length);
        const parts = this.templateParts(false, marker, contentStart);
        if (this.stop !== STOP_END)
            throw this.scannedTo(this.stopEnd, new SyntaxError(this.stopStart, 'a template directive closed where none was open'));
        const contentEnd = Math.max(contentStart, this.stopStart);
        const end = this.stopEnd;
        this.tokEnd = end;
        this.advance();
        return { type: 'template', parts: indented ? stripIndent(parts) : parts, heredoc: { contentStart, contentEnd, indented }, start, end };
    }
    /** Whether the line starting at `at` closes the heredoc (its marker alone, maybe indented). */
    closesHeredoc(at, marker) {
        const text = this.text;
        let j = at;
        while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)
            j++;
        if (!text.startsWith(marker, j))
            return false;
        let k = j + marker.length;
        while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)
            k++;
        if (k < this.length && text.charCodeAt(k) !== 10)
            return false;
        this.stop = STOP_END;
        this.stopStart = at;
        this.stopEnd = j + marker.length;
        return true;
    }
    /**
     * Template parts from `from` up to what stops them: the closing quote or heredoc marker, or a
     * `%{else}` / `%{endif}` / `%{endfor}` (for the directive that called). Sets `stop*`.
     */
    templateParts(quoted, marker, from) {
        return exact(this.scanTemplateParts(quoted, marker, from));
    }
    scanTemplateParts(quoted, marker, from) {
        const text = this.text;
        const length = this.length;
        const parts = [];
        const unescape = quoted ? unescapeQuoted : unescapeHeredoc;
        let at = from;
        let i = from;
        // A `~` strip marker removes the whitespace (newlines too) between it and the text next to it.
        const literal = (until, stripEnd = false) => {
            const stripStart = this.stripNextLiteral;
            this.stripNextLiteral = false;
            if (until <= at)
                return;
            let raw = text.slice(at, until);
            if (stripStart)
                raw = raw.replace(/^[ \t\r\n]+/, '');
            if (stripEnd)
                raw = raw.replace(/[ \t\r\n]+$/, '');
            if (raw !== '' || !(stripStart || stripEnd))
                parts.push({ text: unescape(raw), start: at, end: until });
        };
        if (!quoted && (i === 0 || text.charCodeAt(i - 1) === 10) && this.closesHeredoc(i, marker))
            return parts;
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
                }
                else {
                    const directive = this.directive(quoted, marker, i);
                    if (!directive)
                        return parts; // an else / endif / endfor: the caller's
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
    escapeEnd(i) {
        const c = this.text.charCodeAt(i + 1);
        let hex = 0;
        if (c === 117)
            hex = 4;
        else if (c === 85)
            hex = 8;
        else if (c === 110 || c === 114 || c === 116 || c === 34 || c === 92)
            return i + 2;
        else
            throw new SyntaxError(i, `unknown escape ${JSON.stringify(this.text.slice(i, i + 2))} in a string`);
        for (let k = 0; k < hex; k++) {
            const h = this.text.charCodeAt(i + 2 + k);
            if (!(isDigit(h) || (h >= 97 && h <= 102) || (h >= 65 && h <= 70)))
                throw new SyntaxError(i, `a \\${c === 117 ? 'u' : 'U'} escape needs ${hex} hex digits`);
        }
        return i + 2 + hex;
    }
    /** Enters `${` or `%{` at `at`: newlines are ignored inside, and a `~` strip marker may follow. */
    openTemplateSequence(at) {
        const outer = this.newlinesIgnored;
        this.newlinesIgnored = 1;
        this.tokEnd = at + 2;
        this.lex();
        if (this.isOp('~'))
            this.advance();
        return outer;
    }
    /** Closes it at `}` (after an optional `~`); scanning resumes at `stopEnd`. */
    closeTemplateSequence(outer, what) {
        const strip = this.isOp('~');
        if (strip)
            this.advance();
        this.expectOp('}', `"}" closing the ${what}`);
        this.newlinesIgnored = outer;
        this.stopEnd = this.tokEnd;
        this.stripNextLiteral = strip;
    }
    interpolation(at) {
        this.enter();
        const outer = this.openTemplateSequence(at);
        const expr = this.expression();
        this.closeTemplateSequence(outer, 'interpolation');
        this.depth--;
        return expr;
    }
    /** An `%{if}` or `%{for}` directive with its body, or undefined for an `%{else}`/`%{endif}`/`%{endfor}` (then `stop` says which). */
    directive(quoted, marker, at) {
        this.enter();
        const outer = this.openTemplateSequence(at);
        if (this.tok !== IDENT)
            throw this.unexpected('if, for, else, endif or endfor after "%{"');
        const keyword = this.text.slice(this.tokStart, this.tokEnd);
        this.advance();
        const close = (stop) => {
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
                let otherwise = [];
                if (this.stop === STOP_ELSE)
                    otherwise = this.templateParts(quoted, marker, this.stopEnd);
                if (this.stop !== STOP_ENDIF)
                    throw this.scannedTo(this.stopEnd, new SyntaxError(at, '%{if} without its %{endif}'));
                this.depth--;
                return { if: condition, then, else: otherwise };
            }
            case 'for': {
                const intro = this.forIntro();
                this.closeTemplateSequence(outer, '%{for}');
                const body = this.templateParts(quoted, marker, this.stopEnd);
                if (this.stop !== STOP_ENDFOR)
                    throw this.scannedTo(this.stopEnd, new SyntaxError(at, '%{for} without its %{endfor}'));
                this.depth--;
                return { for: intro, body };
            }
            default:
                throw new SyntaxError(at, `unknown template directive %{${keyword}}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/load/terraform.ts





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
class TerraformDocument {
    path;
    read;
    text;
    lines;
    held;
    /** What src/model/terraform-registry.ts tells Terraform documents apart by. */
    format = 'terraform';
    index = 0;
    value = {};
    constructor(path, read, text, lines, 
    /** The tree the load parsed, kept until `release` (see `loadTerraformFile`'s `hold`). */
    held) {
        this.path = path;
        this.read = read;
        this.text = text;
        this.lines = lines;
        this.held = held;
    }
    /** The file's syntax; the last one parsed is kept, so a finding's few lookups in one file parse it once. */
    get body() {
        if (this.held)
            return this.held;
        if (lastRead?.doc !== this)
            lastRead = { doc: this, body: this.read() };
        return lastRead.body;
    }
    /** Lets the tree the load parsed go: `body` parses the text again from now on. */
    release() {
        this.held = undefined;
    }
    /** The range of a span of this file. */
    rangeOf(span) {
        return { start: this.lines.position(span.start), end: this.lines.position(span.end) };
    }
    /**
     * Paths here are HCL paths: block type and labels, then attribute or nested block names,
     * then tuple indexes or object keys inside a literal value. A path that goes further than the
     * source does resolves to the deepest part that exists.
     */
    locate(path) {
        return this.rangeOf(this.spanAt(path));
    }
    valueText(path) {
        const span = this.spanAt(path, true);
        return span ? this.text.slice(span.start, span.end) : undefined;
    }
    spanAt(path, exact = false) {
        let body = this.body;
        let span = { start: 0, end: 0 };
        let expr;
        let i = 0;
        while (i < path.length) {
            const segment = path[i];
            if (expr) {
                const next = childExpr(expr, segment);
                if (!next)
                    return exact ? undefined : span;
                expr = next.expr;
                // An object entry spans from its key to its value, as a YAML mapping entry does.
                span = exact ? next.expr : next.span;
                i++;
                continue;
            }
            if (!body)
                return exact ? undefined : span;
            const attribute = typeof segment === 'string' ? body.attributes.get(segment) : undefined;
            if (attribute) {
                span = attribute;
                expr = attribute.expr;
                i++;
                continue;
            }
            // A block: its type, then as many labels as the path gives; a number picks among same-typed blocks.
            const candidates = body.blocks.filter((b) => b.type === segment);
            if (candidates.length === 0)
                return exact ? undefined : span;
            let j = i + 1;
            let matching = candidates;
            while (matching.length > 0 && j < path.length && matching.some((b) => b.labels.length > j - i - 1)) {
                const label = path[j];
                const narrowed = matching.filter((b) => b.labels[j - i - 1] === label);
                if (narrowed.length === 0)
                    break;
                matching = narrowed;
                j++;
            }
            let block = matching[0];
            if (typeof path[j] === 'number' && matching.length > 1) {
                block = matching[path[j]] ?? block;
                j++;
            }
            else if (typeof path[j] === 'number' && matching.length === 1 && path[j] === 0 && !hasAttributeOrBlock(block?.body, path[j])) {
                j++;
            }
            if (!block)
                return exact ? undefined : span;
            span = block;
            body = block.body;
            i = j;
        }
        return span;
    }
}
let lastRead;
function hasAttributeOrBlock(body, segment) {
    return !!body && typeof segment === 'string' && (body.attributes.has(segment) || body.blocks.some((b) => b.type === segment));
}
/** The item of a literal tuple or object a path segment names (also read by the model, src/model/terraform.ts). */
function childExpr(expr, segment) {
    if (expr.type === 'tuple' && typeof segment === 'number') {
        const item = expr.items[segment];
        return item ? { expr: item, span: item } : undefined;
    }
    if (expr.type === 'object') {
        const item = expr.items.find((it) => (it.key.type === 'literal' || it.key.type === 'variable' ? String(it.key.type === 'literal' ? it.key.value : it.key.name) : templateText(it.key)) ===
            String(segment));
        return item ? { expr: item.value, span: { start: item.key.start, end: item.value.end } } : undefined;
    }
    return undefined;
}
/**
 * Parses one `.tf` / `.tfvars` file. Never throws: a syntax error is an `input/parse-error` at
 * its line and column; the top-level blocks before it, and those after the next line that starts
 * a new one, are still read. With `hold`, the document keeps the parsed tree until it is released.
 */
function loadTerraformFile(input, hold = false) {
    const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
    const file = { path: input.path, text };
    const lines = new load_lines/* LineIndex */.r(text);
    const { body, error } = parseHcl(text);
    const findings = [];
    if (error) {
        findings.push((0,input_finding/* inputFinding */.u)('input/parse-error', file, lines, error.offset, `Terraform syntax error: ${error.message}; blocks that parsed are still reviewed`));
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
function terraformCommentStarts(text) {
    return [...parseHcl(text).comments];
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/addons.ts
var model_addons = __webpack_require__(8670);
// EXTERNAL MODULE: ./src/model/cloudformation.ts
var cloudformation = __webpack_require__(7313);
// EXTERNAL MODULE: ./src/model/types.ts
var model_types = __webpack_require__(440);
;// CONCATENATED MODULE: ./src/model/terraform-eval.ts

const unknown = (reason) => ({ unknown: true, reason });
const failed = (reason) => ({ unknown: true, reason, failed: true });
function isRef(value) {
    return (typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        typeof value.Ref === 'string' &&
        Object.keys(value).length === 1);
}
/** Known values evaluate deep: a tuple with one unknown item is a list with that item unknown. */
function firstUnknown(value, depth = 0) {
    if ((0,model_types/* isUnknown */.t)(value))
        return value;
    if (depth > 20)
        return undefined;
    if (Array.isArray(value)) {
        for (const v of value) {
            const u = firstUnknown(v, depth + 1);
            if (u)
                return u;
        }
    }
    else if (typeof value === 'object' && value !== null && !isRef(value)) {
        for (const v of Object.values(value)) {
            const u = firstUnknown(v, depth + 1);
            if (u)
                return u;
        }
    }
    return undefined;
}
const terraform_eval_MAX_DEPTH = 60;
const MAX_ITEMS = 10_000;
class Evaluator {
    scope;
    locals;
    depth = 0;
    constructor(scope, locals = new Map()) {
        this.scope = scope;
        this.locals = locals;
    }
    /** An evaluator with more local names (for-expression variables, `count`, `each`). */
    with(names) {
        const merged = new Map(this.locals);
        for (const [k, v] of names)
            merged.set(k, v);
        return new Evaluator(this.scope, merged);
    }
    evaluate(expr) {
        if (!expr)
            return null;
        if (this.depth > terraform_eval_MAX_DEPTH)
            return unknown('expression nested too deep');
        this.depth++;
        try {
            return this.eval(expr);
        }
        finally {
            this.depth--;
        }
    }
    eval(expr) {
        switch (expr.type) {
            case 'literal':
                return expr.value;
            case 'template':
                return this.template(expr.parts);
            case 'tuple':
                return expr.items.map((i) => this.evaluate(i));
            case 'object': {
                const out = {};
                for (const item of expr.items) {
                    // An object key that is a bare word is the word, not a variable (`{ name = 1 }`).
                    const key = item.key.type === 'variable' ? item.key.name : this.evaluate(item.key);
                    if ((0,model_types/* isUnknown */.t)(key))
                        return unknown(`an object key is not known (${key.reason})`);
                    out[String(key)] = this.evaluate(item.value);
                }
                return out;
            }
            case 'variable':
                return this.traverse(expr.name, []);
            case 'traversal': {
                if (expr.target.type === 'variable')
                    return this.traverse(expr.target.name, expr.steps);
                return this.steps(this.evaluate(expr.target), expr.steps);
            }
            case 'call':
                return this.call(expr.name, expr.args, expr.expandLast);
            case 'conditional': {
                const c = this.evaluate(expr.condition);
                if (typeof c === 'boolean')
                    return this.evaluate(c ? expr.then : expr.else);
                const a = this.evaluate(expr.then);
                const b = this.evaluate(expr.else);
                if (!firstUnknown(a) && JSON.stringify(a) === JSON.stringify(b))
                    return a;
                return (0,model_types/* isUnknown */.t)(c) ? unknown(`it depends on a condition that is not known (${c.reason})`) : failed('a condition that is not a boolean');
            }
            case 'unary': {
                const v = this.evaluate(expr.operand);
                if ((0,model_types/* isUnknown */.t)(v))
                    return v;
                if (expr.op === '!')
                    return typeof v === 'boolean' ? !v : failed('! of a non-boolean');
                return typeof v === 'number' ? -v : failed('- of a non-number');
            }
            case 'binary':
                return this.binary(expr.op, expr.left, expr.right);
            case 'for':
                return this.forExpr(expr);
            case 'invalid':
                return failed(expr.reason);
        }
    }
    traverse(name, steps) {
        if (this.locals.has(name))
            return this.steps(this.locals.get(name), steps);
        const found = this.scope.root(name, steps, (e) => this.evaluate(e));
        if (!found)
            return unknown(`${name} is not something this review evaluates`);
        return this.steps(found.value, steps.slice(found.consumed));
    }
    steps(value, steps) {
        let current = value;
        for (let i = 0; i < steps.length; i++) {
            const step = steps[i];
            if ((0,model_types/* isUnknown */.t)(current))
                return current;
            if ('splat' in step) {
                // `x[*].a`: applied to each element; a single non-list value is a one-item list.
                const list = Array.isArray(current) ? current : current === null ? [] : [current];
                return list.map((item) => this.steps(item, step.splat)).map((v, _, all) => (all.length ? v : v));
            }
            if ('attr' in step)
                current = attr(current, step.attr);
            else
                current = index(current, this.evaluate(step.index));
        }
        return current;
    }
    template(parts) {
        // A template that is one interpolation is that value, not its string form.
        if (parts.length === 1 && parts[0] && 'interpolation' in parts[0])
            return this.evaluate(parts[0].interpolation);
        let out = '';
        for (const part of parts) {
            if ('text' in part)
                out += part.text;
            else if ('interpolation' in part) {
                const v = this.evaluate(part.interpolation);
                const s = toText(v);
                if ((0,model_types/* isUnknown */.t)(s))
                    return s;
                out += s;
            }
            else if ('if' in part) {
                const c = this.evaluate(part.if);
                if (typeof c !== 'boolean')
                    return (0,model_types/* isUnknown */.t)(c) ? c : failed('template if on a non-boolean');
                const v = this.template(c ? part.then : part.else);
                if ((0,model_types/* isUnknown */.t)(v))
                    return v;
                out += String(v);
            }
            else {
                const coll = this.evaluate(part.for.collection);
                if ((0,model_types/* isUnknown */.t)(coll))
                    return coll;
                for (const [k, v] of entries(coll)) {
                    const inner = this.with(new Map([[part.for.valueVar, v], ...(part.for.keyVar ? [[part.for.keyVar, k]] : [])]));
                    const s = inner.template(part.body);
                    if ((0,model_types/* isUnknown */.t)(s))
                        return s;
                    out += String(s);
                }
            }
        }
        return out;
    }
    binary(op, l, r) {
        const a = this.evaluate(l);
        // && and || decide on one known side, as Terraform's short-circuit would.
        if (op === '&&' && a === false)
            return false;
        if (op === '||' && a === true)
            return true;
        const b = this.evaluate(r);
        if (op === '&&' && b === false)
            return false;
        if (op === '||' && b === true)
            return true;
        if (op === '==' || op === '!=') {
            if (firstUnknown(a) || firstUnknown(b))
                return firstUnknown(a) ?? firstUnknown(b);
            const eq = JSON.stringify(a) === JSON.stringify(b);
            return op === '==' ? eq : !eq;
        }
        if ((0,model_types/* isUnknown */.t)(a))
            return a;
        if ((0,model_types/* isUnknown */.t)(b))
            return b;
        if (op === '&&' || op === '||')
            return typeof a === 'boolean' && typeof b === 'boolean' ? (op === '&&' ? a && b : a || b) : failed(`${op} of non-booleans`);
        const x = typeof a === 'string' && a.trim() !== '' ? Number(a) : a;
        const y = typeof b === 'string' && b.trim() !== '' ? Number(b) : b;
        if (typeof x !== 'number' || typeof y !== 'number' || Number.isNaN(x) || Number.isNaN(y))
            return failed(`${op} of non-numbers`);
        switch (op) {
            case '+':
                return x + y;
            case '-':
                return x - y;
            case '*':
                return x * y;
            case '/':
                return y === 0 ? failed('division by zero') : x / y;
            case '%':
                return y === 0 ? failed('modulo by zero') : x % y;
            case '>':
                return x > y;
            case '>=':
                return x >= y;
            case '<':
                return x < y;
            case '<=':
                return x <= y;
            default:
                return failed(`operator ${op}`);
        }
    }
    forExpr(expr) {
        const coll = this.evaluate(expr.collection);
        if ((0,model_types/* isUnknown */.t)(coll))
            return coll;
        const items = entries(coll);
        if (items.length > MAX_ITEMS)
            return unknown(`a for expression over more than ${MAX_ITEMS} items`);
        const list = [];
        const obj = {};
        for (const [k, v] of items) {
            const inner = this.with(new Map([[expr.valueVar, v], ...(expr.keyVar ? [[expr.keyVar, k]] : [])]));
            if (expr.condition) {
                const c = inner.evaluate(expr.condition);
                if ((0,model_types/* isUnknown */.t)(c))
                    return unknown(`a for expression's condition is not known (${c.reason})`);
                if (c !== true)
                    continue;
            }
            if (expr.key) {
                const key = inner.evaluate(expr.key);
                if ((0,model_types/* isUnknown */.t)(key))
                    return unknown(`a for expression's key is not known (${key.reason})`);
                const value = inner.evaluate(expr.value);
                if (expr.grouping)
                    (obj[String(key)] ??= []).push(value);
                else
                    obj[String(key)] = value;
            }
            else {
                list.push(inner.evaluate(expr.value));
            }
        }
        return expr.key ? obj : list;
    }
    call(name, argExprs, expandLast) {
        // try() and can() must see failures as values, so their arguments are evaluated one by one.
        if (name === 'try') {
            let last = failed('try() with no argument that succeeds');
            for (const a of argExprs) {
                last = this.evaluate(a);
                if (!((0,model_types/* isUnknown */.t)(last) && last.failed))
                    return last;
            }
            return last;
        }
        if (name === 'can') {
            const v = this.evaluate(argExprs[0]);
            if ((0,model_types/* isUnknown */.t)(v))
                return v.failed ? false : v;
            return true;
        }
        let args = argExprs.map((a) => this.evaluate(a));
        if (expandLast) {
            const last = args[args.length - 1];
            if ((0,model_types/* isUnknown */.t)(last))
                return last;
            args = [...args.slice(0, -1), ...entries(last).map(([, v]) => v)];
        }
        const fn = FUNCTIONS[name.replace(/^provider::[^:]+::/, '')];
        if (!fn)
            return unknown(`function ${name}() is not evaluated by this review`);
        try {
            return fn(args);
        }
        catch (error) {
            return failed(`${name}(): ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}
function attr(value, name) {
    if ((0,model_types/* isUnknown */.t)(value))
        return value;
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return failed(`no attribute ${name} on a ${Array.isArray(value) ? 'list' : typeof value}`);
    if (isRef(value))
        return name === 'id' || name === 'arn' ? value : unknown(`attribute ${name} of ${value.Ref} is known only after apply`);
    const v = value[name];
    return v === undefined && !(name in value) ? failed(`no attribute ${name}`) : v;
}
function index(value, key) {
    if ((0,model_types/* isUnknown */.t)(value))
        return value;
    if ((0,model_types/* isUnknown */.t)(key))
        return key;
    if (Array.isArray(value)) {
        const i = typeof key === 'number' ? key : Number(key);
        return Number.isInteger(i) && i >= 0 && i < value.length ? value[i] : failed(`index ${String(key)} out of range`);
    }
    if (value !== null && typeof value === 'object' && !isRef(value)) {
        const k = String(key);
        return k in value ? value[k] : failed(`no key ${k}`);
    }
    return failed('index into a value that is not a collection');
}
/** Key/value pairs of a list (index keys), a map, or a set. */
function entries(value) {
    if (Array.isArray(value))
        return value.map((v, i) => [i, v]);
    if (value !== null && typeof value === 'object' && !isRef(value) && !(0,model_types/* isUnknown */.t)(value))
        return Object.entries(value);
    return [];
}
function toText(value) {
    if ((0,model_types/* isUnknown */.t)(value))
        return value;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (value === null)
        return failed('interpolation of null');
    if (isRef(value))
        return unknown(`the id of ${value.Ref} is known only after apply`);
    return failed('interpolation of a collection');
}
function known(args, deep = false) {
    for (const a of args) {
        const u = deep ? firstUnknown(a) : (0,model_types/* isUnknown */.t)(a) ? a : undefined;
        if (u)
            return u;
    }
    return undefined;
}
function list(value) {
    if (Array.isArray(value))
        return value;
    throw new Error('expected a list');
}
function str(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    throw new Error('expected a string');
}
function num(value) {
    const n = typeof value === 'string' ? Number(value) : value;
    if (typeof n !== 'number' || Number.isNaN(n))
        throw new Error('expected a number');
    return n;
}
function guard(fn, deep = false) {
    return (args) => known(args, deep) ?? fn(args);
}
function ipv4ToInt(ip) {
    const parts = ip.split('.').map(Number);
    if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255))
        throw new Error(`not an IPv4 address: ${ip}`);
    return (((parts[0] ?? 0) << 24) >>> 0) + ((parts[1] ?? 0) << 16) + ((parts[2] ?? 0) << 8) + (parts[3] ?? 0);
}
function intToIpv4(n) {
    return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}
function unique(items) {
    const seen = new Set();
    return items.filter((i) => {
        const k = JSON.stringify(i);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function flatten(items) {
    return items.flatMap((i) => (Array.isArray(i) ? flatten(i) : [i]));
}
const FUNCTIONS = {
    concat: guard((a) => a.flatMap(list)),
    merge: guard((a) => Object.assign({}, ...a
        .filter((x) => x !== null)
        .map((x) => {
        if (typeof x !== 'object' || Array.isArray(x))
            throw new Error('merge of a non-map');
        return x;
    }))),
    lookup: (a) => {
        const [map, key, dflt] = a;
        if ((0,model_types/* isUnknown */.t)(map))
            return map;
        if ((0,model_types/* isUnknown */.t)(key))
            return key;
        if (map === null || typeof map !== 'object' || Array.isArray(map))
            throw new Error('lookup in a non-map');
        const k = str(key);
        if (k in map)
            return map[k];
        if (a.length > 2)
            return dflt;
        return failed(`lookup: no key ${k}`);
    },
    coalesce: (a) => {
        for (const v of a) {
            if ((0,model_types/* isUnknown */.t)(v))
                return v;
            if (v !== null && v !== '')
                return v;
        }
        return failed('coalesce: no non-null argument');
    },
    coalescelist: (a) => {
        for (const v of a) {
            if ((0,model_types/* isUnknown */.t)(v))
                return v;
            if (Array.isArray(v) && v.length > 0)
                return v;
        }
        return failed('coalescelist: no non-empty list');
    },
    element: guard((a) => {
        const items = list(a[0]);
        if (items.length === 0)
            throw new Error('element of an empty list');
        const i = num(a[1]);
        return items[((i % items.length) + items.length) % items.length];
    }),
    slice: guard((a) => list(a[0]).slice(num(a[1]), num(a[2]))),
    tolist: guard((a) => (Array.isArray(a[0]) ? a[0] : list(a[0]))),
    toset: guard((a) => unique(list(a[0]))),
    tomap: guard((a) => a[0]),
    tostring: guard((a) => (a[0] === null ? null : str(a[0]))),
    tonumber: guard((a) => (a[0] === null ? null : num(a[0]))),
    tobool: guard((a) => (a[0] === null ? null : a[0] === true || a[0] === 'true')),
    length: guard((a) => {
        const v = a[0];
        if (typeof v === 'string')
            return [...v].length;
        if (Array.isArray(v))
            return v.length;
        if (v !== null && typeof v === 'object')
            return Object.keys(v).length;
        throw new Error('length of a non-collection');
    }),
    keys: guard((a) => Object.keys(a[0]).sort()),
    values: guard((a) => Object.keys(a[0])
        .sort()
        .map((k) => a[0][k])),
    flatten: guard((a) => flatten(list(a[0])), true),
    distinct: guard((a) => unique(list(a[0]))),
    compact: guard((a) => list(a[0]).filter((x) => x !== null && x !== '')),
    contains: guard((a) => list(a[0]).some((x) => JSON.stringify(x) === JSON.stringify(a[1])), true),
    join: guard((a) => list(a[1]).map(str).join(str(a[0])), true),
    split: guard((a) => str(a[1]).split(str(a[0]))),
    upper: guard((a) => str(a[0]).toUpperCase()),
    lower: guard((a) => str(a[0]).toLowerCase()),
    trimspace: guard((a) => str(a[0]).trim()),
    trimprefix: guard((a) => (str(a[0]).startsWith(str(a[1])) ? str(a[0]).slice(str(a[1]).length) : str(a[0]))),
    trimsuffix: guard((a) => (str(a[0]).endsWith(str(a[1])) && str(a[1]) !== '' ? str(a[0]).slice(0, -str(a[1]).length) : str(a[0]))),
    startswith: guard((a) => str(a[0]).startsWith(str(a[1]))),
    endswith: guard((a) => str(a[0]).endsWith(str(a[1]))),
    substr: guard((a) => {
        const s = [...str(a[0])];
        const from = num(a[1]);
        const len = num(a[2]);
        return s.slice(from, len < 0 ? undefined : from + len).join('');
    }),
    replace: guard((a) => {
        const [s, search, by] = [str(a[0]), str(a[1]), str(a[2])];
        const re = /^\/(.*)\/$/.exec(search);
        return re ? s.replace(new RegExp(re[1] ?? '', 'g'), by.replace(/\$\{(\d+)\}/g, '$$$1')) : s.split(search).join(by);
    }),
    format: guard((a) => {
        let i = 1;
        return str(a[0]).replace(/%(-?\d*)(\.\d+)?([sdvqf%])/g, (_whole, _w, _p, verb) => {
            if (verb === '%')
                return '%';
            const v = a[i++];
            if (verb === 'q')
                return JSON.stringify(v);
            if (verb === 'd')
                return String(Math.trunc(num(v)));
            return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
        });
    }, true),
    formatlist: guard((a) => {
        const lists = a.slice(1).filter(Array.isArray);
        const n = lists[0]?.length ?? 1;
        return Array.from({ length: n }, (_, k) => FUNCTIONS['format']([a[0], ...a.slice(1).map((x) => (Array.isArray(x) ? x[k] : x))]));
    }, true),
    min: guard((a) => Math.min(...a.map(num))),
    max: guard((a) => Math.max(...a.map(num))),
    abs: guard((a) => Math.abs(num(a[0]))),
    ceil: guard((a) => Math.ceil(num(a[0]))),
    floor: guard((a) => Math.floor(num(a[0]))),
    range: guard((a) => {
        const [start, end, step] = a.length === 1 ? [0, num(a[0]), 1] : [num(a[0]), num(a[1]), a.length > 2 ? num(a[2]) : 1];
        if (step === 0 || Math.abs((end - start) / step) > MAX_ITEMS)
            throw new Error('range too long');
        const out = [];
        for (let v = start; step > 0 ? v < end : v > end; v += step)
            out.push(v);
        return out;
    }),
    zipmap: guard((a) => Object.fromEntries(list(a[0]).map((k, i) => [str(k), list(a[1])[i]]))),
    one: guard((a) => {
        const items = list(a[0]);
        if (items.length > 1)
            throw new Error('one() of more than one item');
        return items[0] ?? null;
    }),
    cidrsubnet: guard((a) => {
        const [base, bits] = str(a[0]).split('/');
        const prefix = num(bits);
        const newbits = num(a[1]);
        const netnum = num(a[2]);
        const length = prefix + newbits;
        if (length > 32 || netnum >= 2 ** newbits)
            throw new Error('cidrsubnet out of range');
        const start = ipv4ToInt(base ?? '') + netnum * 2 ** (32 - length);
        return `${intToIpv4(start >>> 0)}/${length}`;
    }),
    jsonencode: guard((a) => JSON.stringify(a[0]), true),
    base64encode: guard((a) => Buffer.from(str(a[0]), 'utf8').toString('base64')),
    base64decode: guard((a) => Buffer.from(str(a[0]), 'base64').toString('utf8')),
    sort: guard((a) => list(a[0]).map(str).sort()),
    reverse: guard((a) => [...list(a[0])].reverse()),
    setunion: guard((a) => unique(a.flatMap(list))),
    index: guard((a) => list(a[0]).findIndex((x) => JSON.stringify(x) === JSON.stringify(a[1])), true),
    alltrue: guard((a) => list(a[0]).every((x) => x === true || x === 'true'), true),
    anytrue: guard((a) => list(a[0]).some((x) => x === true || x === 'true'), true),
    sensitive: (a) => a[0],
    nonsensitive: (a) => a[0],
};

;// CONCATENATED MODULE: ./src/data/terraform-modules.ts
/**
 * What the model reads from calls of two registry modules, per major version: the input that
 * carries each setting and its default, each row naming the module release and file it was
 * read from. The rows whose source is in ../shared/corpus are checked against those files by
 * __tests__/terraform/module-tables.test.ts; the older vpc majors were read from the upstream
 * repository at the tag named (terraform-aws-modules/terraform-aws-vpc).
 *
 * A setting with `input: undefined` does not exist in that major.
 */
const EKS_V19 = 'terraform-aws-eks v19.21.0 (2cb1fac31b0f)';
const EKS_V20 = 'terraform-aws-eks v20.37.2 (8a0efdbbc841)';
const EKS_V21 = 'terraform-aws-eks v21.19.0 (bef29c4d9523)';
/** terraform-aws-modules/eks: the cluster and its node group maps. */
const EKS_MODULE = {
    module: 'terraform-aws-modules/eks',
    source: /^(?:(?:registry\.terraform\.io\/)?terraform-aws-modules\/eks\/aws|.*terraform-aws-modules\/terraform-aws-eks(?:\.git)?)(?:\/\/?)?(?:[?].*)?$/,
    majors: {
        19: [
            { setting: 'name', input: 'cluster_name', default: '', readFrom: `${EKS_V19} variables.tf` },
            { setting: 'version', input: 'cluster_version', default: null, readFrom: `${EKS_V19} variables.tf` },
            { setting: 'endpointPublicAccess', input: 'cluster_endpoint_public_access', default: false, readFrom: `${EKS_V19} variables.tf` },
            { setting: 'endpointPrivateAccess', input: 'cluster_endpoint_private_access', default: true, readFrom: `${EKS_V19} variables.tf` },
            { setting: 'endpointPublicAccessCidrs', input: 'cluster_endpoint_public_access_cidrs', default: ['0.0.0.0/0'], readFrom: `${EKS_V19} variables.tf` },
            { setting: 'subnetIds', input: 'subnet_ids', default: [], readFrom: `${EKS_V19} variables.tf` },
            { setting: 'managedNodeGroups', input: 'eks_managed_node_groups', default: {}, readFrom: `${EKS_V19} variables.tf` },
            { setting: 'managedNodeGroupDefaults', input: 'eks_managed_node_group_defaults', default: {}, readFrom: `${EKS_V19} variables.tf` },
            { setting: 'addons', input: 'cluster_addons', default: {}, readFrom: `${EKS_V19} variables.tf` },
            { setting: 'computeConfig', default: null, readFrom: `${EKS_V19} variables.tf (no Auto Mode input)` },
            // Per node group, when neither the entry nor the defaults map sets it (node_groups.tf try(...) fallbacks).
            { setting: 'nodeGroup.min_size', input: 'min_size', default: 1, readFrom: `${EKS_V19} node_groups.tf` },
            { setting: 'nodeGroup.max_size', input: 'max_size', default: 3, readFrom: `${EKS_V19} node_groups.tf` },
            { setting: 'nodeGroup.desired_size', input: 'desired_size', default: 1, readFrom: `${EKS_V19} node_groups.tf` },
            { setting: 'nodeGroup.instance_types', input: 'instance_types', default: null, readFrom: `${EKS_V19} node_groups.tf` },
            { setting: 'nodeGroup.version', input: 'cluster_version', default: null, readFrom: `${EKS_V19} node_groups.tf (the cluster's version when unset)` },
            { setting: 'selfManagedNodeGroups', input: 'self_managed_node_groups', default: {}, readFrom: `${EKS_V19} variables.tf` },
            { setting: 'selfManagedNodeGroupDefaults', input: 'self_managed_node_group_defaults', default: {}, readFrom: `${EKS_V19} variables.tf` },
            { setting: 'selfNodeGroup.instance_type', input: 'instance_type', default: 'm6i.large', readFrom: `${EKS_V19} node_groups.tf` },
            { setting: 'selfNodeGroup.min_size', input: 'min_size', default: 0, readFrom: `${EKS_V19} node_groups.tf` },
            { setting: 'selfNodeGroup.max_size', input: 'max_size', default: 3, readFrom: `${EKS_V19} node_groups.tf` },
            { setting: 'selfNodeGroup.desired_size', input: 'desired_size', default: 1, readFrom: `${EKS_V19} node_groups.tf` },
            { setting: 'fargateProfiles', input: 'fargate_profiles', default: {}, readFrom: `${EKS_V19} variables.tf` },
            { setting: 'fargateProfileDefaults', input: 'fargate_profile_defaults', default: {}, readFrom: `${EKS_V19} variables.tf` },
        ],
        20: [
            { setting: 'name', input: 'cluster_name', default: '', readFrom: `${EKS_V20} variables.tf` },
            { setting: 'version', input: 'cluster_version', default: null, readFrom: `${EKS_V20} variables.tf` },
            { setting: 'endpointPublicAccess', input: 'cluster_endpoint_public_access', default: false, readFrom: `${EKS_V20} variables.tf` },
            { setting: 'endpointPrivateAccess', input: 'cluster_endpoint_private_access', default: true, readFrom: `${EKS_V20} variables.tf` },
            { setting: 'endpointPublicAccessCidrs', input: 'cluster_endpoint_public_access_cidrs', default: ['0.0.0.0/0'], readFrom: `${EKS_V20} variables.tf` },
            { setting: 'subnetIds', input: 'subnet_ids', default: [], readFrom: `${EKS_V20} variables.tf` },
            { setting: 'managedNodeGroups', input: 'eks_managed_node_groups', default: {}, readFrom: `${EKS_V20} variables.tf` },
            { setting: 'managedNodeGroupDefaults', input: 'eks_managed_node_group_defaults', default: {}, readFrom: `${EKS_V20} variables.tf` },
            { setting: 'addons', input: 'cluster_addons', default: {}, readFrom: `${EKS_V20} variables.tf` },
            { setting: 'computeConfig', input: 'cluster_compute_config', default: {}, readFrom: `${EKS_V20} variables.tf` },
            { setting: 'nodeGroup.min_size', input: 'min_size', default: 1, readFrom: `${EKS_V20} node_groups.tf` },
            { setting: 'nodeGroup.max_size', input: 'max_size', default: 3, readFrom: `${EKS_V20} node_groups.tf` },
            { setting: 'nodeGroup.desired_size', input: 'desired_size', default: 1, readFrom: `${EKS_V20} node_groups.tf` },
            { setting: 'nodeGroup.instance_types', input: 'instance_types', default: null, readFrom: `${EKS_V20} node_groups.tf` },
            { setting: 'nodeGroup.version', input: 'cluster_version', default: null, readFrom: `${EKS_V20} node_groups.tf (the cluster's version when unset)` },
            { setting: 'selfManagedNodeGroups', input: 'self_managed_node_groups', default: {}, readFrom: `${EKS_V20} variables.tf` },
            { setting: 'selfManagedNodeGroupDefaults', input: 'self_managed_node_group_defaults', default: {}, readFrom: `${EKS_V20} variables.tf` },
            { setting: 'selfNodeGroup.instance_type', input: 'instance_type', default: 'm6i.large', readFrom: `${EKS_V20} node_groups.tf` },
            { setting: 'selfNodeGroup.min_size', input: 'min_size', default: 0, readFrom: `${EKS_V20} node_groups.tf` },
            { setting: 'selfNodeGroup.max_size', input: 'max_size', default: 3, readFrom: `${EKS_V20} node_groups.tf` },
            { setting: 'selfNodeGroup.desired_size', input: 'desired_size', default: 1, readFrom: `${EKS_V20} node_groups.tf` },
            { setting: 'fargateProfiles', input: 'fargate_profiles', default: {}, readFrom: `${EKS_V20} variables.tf` },
            { setting: 'fargateProfileDefaults', input: 'fargate_profile_defaults', default: {}, readFrom: `${EKS_V20} variables.tf` },
        ],
        21: [
            { setting: 'name', input: 'name', default: '', readFrom: `${EKS_V21} variables.tf` },
            { setting: 'version', input: 'kubernetes_version', default: null, readFrom: `${EKS_V21} variables.tf` },
            { setting: 'endpointPublicAccess', input: 'endpoint_public_access', default: false, readFrom: `${EKS_V21} variables.tf` },
            { setting: 'endpointPrivateAccess', input: 'endpoint_private_access', default: true, readFrom: `${EKS_V21} variables.tf` },
            { setting: 'endpointPublicAccessCidrs', input: 'endpoint_public_access_cidrs', default: ['0.0.0.0/0'], readFrom: `${EKS_V21} variables.tf` },
            { setting: 'subnetIds', input: 'subnet_ids', default: [], readFrom: `${EKS_V21} variables.tf` },
            { setting: 'managedNodeGroups', input: 'eks_managed_node_groups', default: null, readFrom: `${EKS_V21} variables.tf` },
            { setting: 'managedNodeGroupDefaults', default: null, readFrom: `${EKS_V21} variables.tf (no defaults map in v21)` },
            { setting: 'addons', input: 'addons', default: null, readFrom: `${EKS_V21} variables.tf` },
            { setting: 'computeConfig', input: 'compute_config', default: null, readFrom: `${EKS_V21} variables.tf` },
            // v21 hands unset entry fields to the submodule, whose defaults apply.
            { setting: 'nodeGroup.min_size', input: 'min_size', default: 1, readFrom: `${EKS_V21} modules/eks-managed-node-group/variables.tf` },
            { setting: 'nodeGroup.max_size', input: 'max_size', default: 3, readFrom: `${EKS_V21} modules/eks-managed-node-group/variables.tf` },
            { setting: 'nodeGroup.desired_size', input: 'desired_size', default: 1, readFrom: `${EKS_V21} modules/eks-managed-node-group/variables.tf` },
            { setting: 'nodeGroup.instance_types', input: 'instance_types', default: null, readFrom: `${EKS_V21} modules/eks-managed-node-group/variables.tf` },
            { setting: 'nodeGroup.ami_type', input: 'ami_type', default: 'AL2023_x86_64_STANDARD', readFrom: `${EKS_V21} modules/eks-managed-node-group/variables.tf` },
            { setting: 'nodeGroup.version', input: 'kubernetes_version', default: null, readFrom: `${EKS_V21} node_groups.tf (the cluster's version when unset)` },
            { setting: 'selfManagedNodeGroups', input: 'self_managed_node_groups', default: null, readFrom: `${EKS_V21} variables.tf` },
            { setting: 'selfManagedNodeGroupDefaults', default: null, readFrom: `${EKS_V21} variables.tf (no defaults map in v21)` },
            { setting: 'selfNodeGroup.instance_type', input: 'instance_type', default: 'm6i.large', readFrom: `${EKS_V21} modules/self-managed-node-group/variables.tf` },
            { setting: 'selfNodeGroup.min_size', input: 'min_size', default: 1, readFrom: `${EKS_V21} modules/self-managed-node-group/variables.tf` },
            { setting: 'selfNodeGroup.max_size', input: 'max_size', default: 3, readFrom: `${EKS_V21} modules/self-managed-node-group/variables.tf` },
            { setting: 'selfNodeGroup.desired_size', input: 'desired_size', default: 1, readFrom: `${EKS_V21} modules/self-managed-node-group/variables.tf` },
            { setting: 'fargateProfiles', input: 'fargate_profiles', default: null, readFrom: `${EKS_V21} variables.tf` },
            { setting: 'fargateProfileDefaults', default: null, readFrom: `${EKS_V21} variables.tf (no defaults map in v21)` },
        ],
    },
};
const VPC_V6 = 'terraform-aws-vpc v6.6.0 (82d1929e669e)';
const vpcRows = (release, mapPublicIp) => [
    { setting: 'publicSubnets', input: 'public_subnets', default: [], readFrom: `${release} variables.tf` },
    { setting: 'privateSubnets', input: 'private_subnets', default: [], readFrom: `${release} variables.tf` },
    { setting: 'intraSubnets', input: 'intra_subnets', default: [], readFrom: `${release} variables.tf` },
    { setting: 'enableNatGateway', input: 'enable_nat_gateway', default: false, readFrom: `${release} variables.tf` },
    { setting: 'singleNatGateway', input: 'single_nat_gateway', default: false, readFrom: `${release} variables.tf` },
    { setting: 'mapPublicIpOnLaunch', input: 'map_public_ip_on_launch', default: mapPublicIp, readFrom: `${release} variables.tf` },
    { setting: 'createIgw', input: 'create_igw', default: true, readFrom: `${release} variables.tf` },
    { setting: 'publicSubnetTags', input: 'public_subnet_tags', default: {}, readFrom: `${release} variables.tf` },
    { setting: 'privateSubnetTags', input: 'private_subnet_tags', default: {}, readFrom: `${release} variables.tf` },
    { setting: 'natDestination', input: 'nat_gateway_destination_cidr_block', default: '0.0.0.0/0', readFrom: `${release} variables.tf` },
];
/** terraform-aws-modules/vpc. `map_public_ip_on_launch` defaulted to true until v4. */
const VPC_MODULE = {
    module: 'terraform-aws-modules/vpc',
    source: /^(?:(?:registry\.terraform\.io\/)?terraform-aws-modules\/vpc\/aws|.*terraform-aws-modules\/terraform-aws-vpc(?:\.git)?)(?:\/\/?)?(?:[?].*)?$/,
    majors: {
        3: vpcRows('terraform-aws-vpc v3.19.0 (upstream tag)', true),
        4: vpcRows('terraform-aws-vpc v4.0.2 (upstream tag)', false),
        5: vpcRows('terraform-aws-vpc v5.21.0 (upstream tag)', false),
        6: vpcRows(VPC_V6, false),
    },
};
/** The row of a setting in one major, if that major has the setting. */
function moduleRow(table, major, setting) {
    return table.majors[major]?.find((r) => r.setting === setting);
}

;// CONCATENATED MODULE: ./src/model/terraform-modules.ts



/** The module inputs a major has, as its table rows name them (entry fields of the node group maps aside). */
function inputsOf(table, major) {
    return new Set((table.majors[major] ?? []).flatMap((row) => (row.input && !row.setting.includes('.') ? [row.input] : [])));
}
/**
 * The major a call's `version` constraint (or a git `?ref=vN...`) picks. Without one Terraform
 * takes the newest release, which rejects inputs it no longer has: a call that sets an input only
 * older majors have (eks `cluster_version`, renamed `kubernetes_version` in v21) is read as the
 * newest major that has all the inputs it sets; any other as the newest of the table. Either way
 * the major is an assumption, and says so.
 */
function pickMajor(table, call) {
    const known = Object.keys(table.majors)
        .map(Number)
        .sort((a, b) => b - a);
    const stated = call.version ?? /[?&]ref=v?(\d+)/.exec(call.source ?? '')?.[1];
    if (stated === undefined) {
        const inputsByMajor = new Map(known.map((m) => [m, inputsOf(table, m)]));
        const tabled = new Set([...inputsByMajor.values()].flatMap((inputs) => [...inputs]));
        const used = [...(call.inputs?.keys() ?? [])].filter((i) => tabled.has(i));
        const fits = known.find((m) => used.every((i) => inputsByMajor.get(m)?.has(i)));
        const newest = known[0];
        if (fits === undefined || fits === newest)
            return { major: newest, assumed: true };
        const newestInputs = inputsByMajor.get(newest);
        return { major: fits, assumed: true, byInputs: used.filter((i) => !newestInputs?.has(i)) };
    }
    const major = Number(/(\d+)/.exec(stated)?.[1]);
    return known.includes(major) ? { major, assumed: false } : undefined;
}
const isMap = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && !(0,model_types/* isUnknown */.t)(v);
/** Reads settings of one call: the input when the call sets it, else the table's default. */
class CallReader {
    call;
    table;
    major;
    constructor(call, table, major) {
        this.call = call;
        this.table = table;
        this.major = major;
    }
    input(setting) {
        return moduleRow(this.table, this.major, setting)?.input;
    }
    /** The value, the HCL path (relative to the module block) it comes from, and the input that sets it. */
    get(setting) {
        const row = moduleRow(this.table, this.major, setting);
        if (!row?.input)
            return { value: null, from: [] };
        const given = this.call.inputs.get(row.input);
        if (given && given.value !== null)
            return { ...given, name: row.input };
        return { value: row.default, from: [], name: row.input };
    }
}
/**
 * A field of one entry of a map input (a node group, a Fargate profile): the entry's own, else the
 * defaults map's (v19/v20 `*_defaults`), else the module's fallback, pointing at the entry.
 */
function entryField(at, defaults, name, fallback = null) {
    const own = at.entry[name];
    if (own !== undefined && own !== null)
        return { value: own, from: [at.input, at.key, name], name };
    const shared = defaults.map[name];
    if (defaults.input && shared !== undefined && shared !== null)
        return { value: shared, from: [defaults.input, name], name };
    return { value: fallback ?? null, from: [at.input, at.key], name };
}
function set(w, prop, read) {
    w.set(prop, read.value, read.from, read.name);
}
// ---------------------------------------------------------------------------------------------
// terraform-aws-modules/eks
function eksModule(call, writer, major) {
    const r = new CallReader(call, EKS_MODULE, major);
    const prefix = `module.${call.name}`;
    const clusterId = `${prefix}.aws_eks_cluster.this[0]`;
    const cluster = writer.add(clusterId, 'AWS::EKS::Cluster', call.doc, call.block, call.reading);
    const name = r.get('name');
    set(cluster, 'Name', name);
    const versionInput = r.input('version');
    const version = versionInput && call.inputs.has(versionInput) ? { value: call.versionText(versionInput), from: [versionInput] } : { value: null, from: [] };
    set(cluster, 'Version', version);
    set(cluster, 'ResourcesVpcConfig/EndpointPublicAccess', r.get('endpointPublicAccess'));
    set(cluster, 'ResourcesVpcConfig/EndpointPrivateAccess', r.get('endpointPrivateAccess'));
    // The module's default CIDRs are EKS's own (0.0.0.0/0): left unset, a finding says the list
    // defaults to them and points at what the call writes, not at the whole module block.
    const cidrs = r.get('endpointPublicAccessCidrs');
    set(cluster, 'ResourcesVpcConfig/PublicAccessCidrs', cidrs.from.length > 0 ? cidrs : { ...cidrs, value: null });
    const subnets = r.get('subnetIds');
    set(cluster, 'ResourcesVpcConfig/SubnetIds', subnets);
    const compute = r.get('computeConfig');
    if (isMap(compute.value) && compute.value['enabled'] !== undefined)
        cluster.set('ComputeConfig/Enabled', compute.value['enabled'], [...compute.from, 'enabled']);
    const groupsInput = r.input('managedNodeGroups') ?? '';
    const groups = r.get('managedNodeGroups');
    const defaultsInput = r.input('managedNodeGroupDefaults');
    const defaults = r.get('managedNodeGroupDefaults');
    const defaultsMap = isMap(defaults.value) ? defaults.value : {};
    if (isMap(groups.value)) {
        for (const [key, raw] of Object.entries(groups.value)) {
            const entry = isMap(raw) ? raw : {};
            if (entry['create'] === false)
                continue;
            /** An entry field, else the defaults map's, else the table's per-group default. */
            const field = (name, setting) => entryField({ entry, input: groupsInput, key }, { input: defaultsInput, map: defaultsMap }, name, setting && moduleRow(EKS_MODULE, major, setting)?.default);
            const id = `${prefix}.module.eks_managed_node_group[${JSON.stringify(key)}].aws_eks_node_group.this[0]`;
            const w = writer.add(id, 'AWS::EKS::Nodegroup', call.doc, call.block, call.reading);
            w.set('ClusterName', name.value, name.from);
            w.set('NodegroupName', entry['name'] ?? key, [groupsInput, key]);
            set(w, 'InstanceTypes', field('instance_types', 'nodeGroup.instance_types'));
            set(w, 'AmiType', field('ami_type', 'nodeGroup.ami_type'));
            set(w, 'ReleaseVersion', field('ami_release_version'));
            // The module passes the cluster's version to a node group that does not set its own.
            const ownVersion = field(moduleRow(EKS_MODULE, major, 'nodeGroup.version')?.input ?? 'kubernetes_version');
            set(w, 'Version', ownVersion.value !== null ? { value: String(ownVersion.value), from: ownVersion.from } : version);
            const subnetField = field('subnet_ids');
            set(w, 'Subnets', subnetField.value !== null ? subnetField : subnets);
            set(w, 'ScalingConfig/MinSize', field('min_size', 'nodeGroup.min_size'));
            set(w, 'ScalingConfig/MaxSize', field('max_size', 'nodeGroup.max_size'));
            set(w, 'ScalingConfig/DesiredSize', field('desired_size', 'nodeGroup.desired_size'));
            set(w, 'Labels', field('labels'));
            const taints = field('taints');
            const list = isMap(taints.value) ? Object.values(taints.value) : Array.isArray(taints.value) ? taints.value : [];
            if (list.length) {
                w.set('Taints', list.map((t) => ({
                    Key: t['key'],
                    Value: t['value'],
                    Effect: TAINT_EFFECTS[String(t['effect'])],
                })), taints.from);
            }
        }
    }
    selfManagedGroups(call, writer, r, prefix, name, subnets, major);
    fargateProfiles(call, writer, r, prefix, name, subnets);
    const addons = r.get('addons');
    if (isMap(addons.value)) {
        const addonsInput = r.input('addons') ?? '';
        for (const [key, raw] of Object.entries(addons.value)) {
            const entry = isMap(raw) ? raw : {};
            const w = writer.add(`${prefix}.aws_eks_addon.this[${JSON.stringify(key)}]`, 'AWS::EKS::Addon', call.doc, call.block, call.reading);
            w.set('ClusterName', name.value, name.from);
            w.set('AddonName', entry['name'] ?? key, [addonsInput, key]);
            // Without addon_version the module asks AWS for the default (or most recent) version at plan time.
            w.set('AddonVersion', entry['addon_version'] ?? unknown(`addon ${key} takes the version AWS picks at plan time`), [addonsInput, key]);
        }
    }
    const clusterName = (0,model_types/* isUnknown */.t)(name.value) ? name.value : name.value;
    return {
        outputs: {
            cluster_name: clusterName,
            cluster_id: clusterName,
            cluster_version: version.value ?? unknown(`module ${call.name} leaves the version to EKS`),
            cluster_arn: { Ref: clusterId },
        },
        outputInputs: Object.fromEntries([
            ['cluster_name', r.input('name')],
            ['cluster_id', r.input('name')],
            ['cluster_version', versionInput],
        ].filter((e) => typeof e[1] === 'string')),
    };
}
/**
 * `self_managed_node_groups`: an Auto Scaling group per entry with its launch template's instance
 * type, tagged as the module tags it for the cluster. The module picks the EKS AMI for the
 * cluster's version at plan time (an SSM parameter), so the nodes' version is not read.
 */
function selfManagedGroups(call, writer, r, prefix, name, subnets, major) {
    const groupsInput = r.input('selfManagedNodeGroups') ?? '';
    const groups = r.get('selfManagedNodeGroups');
    if (!isMap(groups.value))
        return;
    const defaultsInput = r.input('selfManagedNodeGroupDefaults');
    const defaults = r.get('selfManagedNodeGroupDefaults');
    const defaultsMap = isMap(defaults.value) ? defaults.value : {};
    for (const [key, raw] of Object.entries(groups.value)) {
        const entry = isMap(raw) ? raw : {};
        if (entry['create'] === false)
            continue;
        const field = (fieldName, setting) => entryField({ entry, input: groupsInput, key }, { input: defaultsInput, map: defaultsMap }, fieldName, setting && moduleRow(EKS_MODULE, major, setting)?.default);
        const base = `${prefix}.module.self_managed_node_group[${JSON.stringify(key)}]`;
        const lt = `${base}.aws_launch_template.this[0]`;
        const template = writer.add(lt, 'AWS::EC2::LaunchTemplate', call.doc, call.block, call.reading);
        set(template, 'LaunchTemplateData/InstanceType', field('instance_type', 'selfNodeGroup.instance_type'));
        template.set('LaunchTemplateData/ImageId', unknown(`module ${call.name} looks up the EKS AMI for the cluster's version at plan time`), [groupsInput, key]);
        const w = writer.add(`${base}.aws_autoscaling_group.this[0]`, 'AWS::AutoScaling::AutoScalingGroup', call.doc, call.block, call.reading);
        w.set('LaunchTemplate/LaunchTemplateId', { Ref: lt }, [groupsInput, key]);
        set(w, 'MinSize', field('min_size', 'selfNodeGroup.min_size'));
        set(w, 'MaxSize', field('max_size', 'selfNodeGroup.max_size'));
        set(w, 'DesiredCapacity', field('desired_size', 'selfNodeGroup.desired_size'));
        const subnetField = field('subnet_ids');
        set(w, 'VPCZoneIdentifier', subnetField.value !== null ? subnetField : subnets);
        if (typeof name.value === 'string' && name.value !== '')
            w.set('Tags', [{ Key: `kubernetes.io/cluster/${name.value}`, Value: 'owned' }], name.from);
    }
}
/**
 * `fargate_profiles`: a Fargate profile per entry (modules/fargate-profile), as `aws_eks_fargate_profile`
 * is read: the pods its selectors match run on Fargate, not on the cluster's nodes. An entry's
 * `selectors`, else v19/v20's `fargate_profile_defaults.selectors`, else none (node_groups.tf).
 */
function fargateProfiles(call, writer, r, prefix, name, subnets) {
    const profilesInput = r.input('fargateProfiles') ?? '';
    const profiles = r.get('fargateProfiles');
    if (!isMap(profiles.value))
        return;
    const defaultsInput = r.input('fargateProfileDefaults');
    const defaults = r.get('fargateProfileDefaults');
    const defaultsMap = isMap(defaults.value) ? defaults.value : {};
    for (const [key, raw] of Object.entries(profiles.value)) {
        const entry = isMap(raw) ? raw : {};
        if (entry['create'] === false)
            continue;
        const field = (fieldName) => entryField({ entry, input: profilesInput, key }, { input: defaultsInput, map: defaultsMap }, fieldName);
        const w = writer.add(`${prefix}.module.fargate_profile[${JSON.stringify(key)}].aws_eks_fargate_profile.this[0]`, 'AWS::EKS::FargateProfile', call.doc, call.block, call.reading);
        w.set('ClusterName', name.value, name.from);
        w.set('FargateProfileName', entry['name'] ?? key, [profilesInput, key]);
        const subnetField = field('subnet_ids');
        set(w, 'Subnets', subnetField.value !== null ? subnetField : subnets);
        const selectors = field('selectors');
        const list = (0,model_types/* isUnknown */.t)(selectors.value) ? selectors.value : entries(selectors.value).map(([, v]) => v);
        w.set('Selectors', Array.isArray(list)
            ? list.map((sel) => {
                const s = isMap(sel) ? sel : {};
                const labels = s['labels'];
                return { Namespace: s['namespace'], Labels: isMap(labels) ? Object.entries(labels).map(([Key, Value]) => ({ Key, Value })) : labels };
            })
            : list, selectors.from, selectors.name);
    }
}
const TAINT_EFFECTS = { NO_SCHEDULE: 'NoSchedule', NO_EXECUTE: 'NoExecute', PREFER_NO_SCHEDULE: 'PreferNoSchedule' };
// ---------------------------------------------------------------------------------------------
// terraform-aws-modules/vpc
function vpcModule(call, writer, major) {
    const r = new CallReader(call, VPC_MODULE, major);
    const prefix = `module.${call.name}`;
    const vpcId = `${prefix}.aws_vpc.this[0]`;
    writer.add(vpcId, 'AWS::EC2::VPC', call.doc, call.block, call.reading);
    /**
     * A subnet list the root does not fix (CIDRs computed from AZs a data source returns) still
     * makes subnets that all share one routing: one subnet `[*]` stands for every one of them.
     */
    const list = (setting) => {
        const read = r.get(setting);
        const items = (0,model_types/* isUnknown */.t)(read.value) ? [{ representative: read.value }] : entries(read.value).map(([, v]) => v);
        return { ...read, items };
    };
    const cidrOf = (item) => (isMap(item) && 'representative' in item ? item['representative'] : item);
    const indexOf = (item, i) => (isMap(item) && 'representative' in item ? '*' : String(i));
    const tags = (setting) => {
        const read = r.get(setting);
        return { ...read, value: isMap(read.value) ? Object.entries(read.value).map(([Key, Value]) => ({ Key, Value })) : read.value };
    };
    const outputs = { vpc_id: { Ref: vpcId } };
    const natDestination = r.get('natDestination');
    const publicSubnets = list('publicSubnets');
    const privateSubnets = list('privateSubnets');
    const intraSubnets = list('intraSubnets');
    const enableNat = r.get('enableNatGateway');
    const singleNat = r.get('singleNatGateway');
    const createIgw = r.get('createIgw');
    {
        const igw = `${prefix}.aws_internet_gateway.this[0]`;
        const table = `${prefix}.aws_route_table.public[0]`;
        if (publicSubnets.items.length > 0) {
            writer.add(table, 'AWS::EC2::RouteTable', call.doc, call.block, call.reading).set('VpcId', { Ref: vpcId }, []);
            if (createIgw.value === true) {
                writer.add(igw, 'AWS::EC2::InternetGateway', call.doc, call.block, call.reading).set('VpcId', { Ref: vpcId }, []);
                const route = writer.add(`${prefix}.aws_route.public_internet_gateway[0]`, 'AWS::EC2::Route', call.doc, call.block, call.reading);
                route.set('RouteTableId', { Ref: table }, []);
                route.set('DestinationCidrBlock', '0.0.0.0/0', publicSubnets.from);
                route.set('GatewayId', { Ref: igw }, createIgw.from);
            }
        }
        outputs['public_subnets'] = publicSubnets.items.map((item, i) => {
            const id = `${prefix}.aws_subnet.public[${indexOf(item, i)}]`;
            const w = writer.add(id, 'AWS::EC2::Subnet', call.doc, call.block, call.reading);
            w.set('VpcId', { Ref: vpcId }, []);
            w.set('CidrBlock', cidrOf(item), [...publicSubnets.from, i]);
            set(w, 'MapPublicIpOnLaunch', r.get('mapPublicIpOnLaunch'));
            set(w, 'Tags', tags('publicSubnetTags'));
            const a = writer.add(`${prefix}.aws_route_table_association.public[${indexOf(item, i)}]`, 'AWS::EC2::SubnetRouteTableAssociation', call.doc, call.block, call.reading);
            a.set('SubnetId', { Ref: id }, []);
            a.set('RouteTableId', { Ref: table }, []);
            return { Ref: id };
        });
    }
    const privateLike = (kind, read, withNat) => {
        const natKnown = typeof enableNat.value === 'boolean' && typeof singleNat.value === 'boolean';
        return read.items.map((item, n) => {
            const i = indexOf(item, n);
            const id = `${prefix}.aws_subnet.${kind}[${i}]`;
            const w = writer.add(id, 'AWS::EC2::Subnet', call.doc, call.block, call.reading);
            w.set('VpcId', { Ref: vpcId }, []);
            w.set('CidrBlock', cidrOf(item), [...read.from, n]);
            if (kind === 'private')
                set(w, 'Tags', tags('privateSubnetTags'));
            // One route table per subnet (the module makes one per NAT gateway or per AZ; only its routes matter here).
            const table = `${prefix}.aws_route_table.${kind}[${i}]`;
            writer.add(table, 'AWS::EC2::RouteTable', call.doc, call.block, call.reading).set('VpcId', { Ref: vpcId }, []);
            const a = writer.add(`${prefix}.aws_route_table_association.${kind}[${i}]`, 'AWS::EC2::SubnetRouteTableAssociation', call.doc, call.block, call.reading);
            a.set('SubnetId', { Ref: id }, []);
            a.set('RouteTableId', { Ref: table }, []);
            if (withNat && (enableNat.value === true || !natKnown)) {
                const nat = `${prefix}.aws_nat_gateway.this[${singleNat.value === true ? '0' : i}]`;
                const route = writer.add(`${prefix}.aws_route.${kind}_nat_gateway[${i}]`, 'AWS::EC2::Route', call.doc, call.block, call.reading);
                route.set('RouteTableId', { Ref: table }, []);
                // A NAT switch the root does not fix leaves the route's target unknown, never assumed.
                route.set('DestinationCidrBlock', natKnown ? natDestination.value : unknown('whether the module creates NAT gateways is not known'), natDestination.from);
                route.set('NatGatewayId', { Ref: nat }, enableNat.from);
            }
            return { Ref: id };
        });
    };
    outputs['private_subnets'] = privateLike('private', privateSubnets, true);
    outputs['intra_subnets'] = privateLike('intra', intraSubnets, false);
    return { outputs, outputInputs: { public_subnets: 'public_subnets', private_subnets: 'private_subnets', intra_subnets: 'intra_subnets' } };
}
/** The modules the tables know, each with what writes a call's resources. */
const KNOWN_MODULES = [
    [EKS_MODULE, eksModule],
    [VPC_MODULE, vpcModule],
];
/** Whether `knownModuleResources` writes anything for a call of `source`: any other call's inputs are never read. */
function isKnownModule(source) {
    return source !== undefined && KNOWN_MODULES.some(([table]) => table.source.test(source));
}
/**
 * Writes the resources of a call of a module the tables know; for one at a major they do not
 * have, why it is not read (said to the reader rather than left silent: v17 and v18 of the eks
 * module are still common); undefined for any other module.
 */
function knownModuleResources(call, writer) {
    for (const [table, build] of KNOWN_MODULES) {
        if (!call.source || !table.source.test(call.source))
            continue;
        const picked = pickMajor(table, call);
        if (!picked)
            return { unread: unreadReason(table, call) };
        // Input names and defaults differ between majors: a finding on what the call writes names the one assumed.
        const why = picked.byInputs?.length ? ` (the newest with ${picked.byInputs.map((i) => `\`${i}\``).join(', ')})` : '';
        const assumed = picked.assumed ? { assumed: `${table.module}, no version constraint: v${picked.major} assumed${why}` } : {};
        return build({ ...call, reading: { ...call.reading, ...assumed } }, writer, picked.major);
    }
    return undefined;
}
/** The message for a call whose version picks a major `table` does not have. */
function unreadReason(table, call) {
    const majors = Object.keys(table.majors)
        .map(Number)
        .sort((a, b) => a - b);
    const read = `${majors.slice(0, -1).join(', ')} and ${String(majors.at(-1))}`;
    const what = table === EKS_MODULE ? 'the cluster, node groups and add-ons it creates are' : 'the subnets and routes it creates are';
    const stated = call.version !== undefined ? `version \`${call.version}\`` : 'the ref of its source';
    return `module.${call.name} calls ${table.module} at ${stated}, a major this review does not read (it reads majors ${read}): ${what} not reviewed`;
}
/** Whether a call is of the vpc module: those are read first, since eks calls use their outputs. */
function isVpcModule(source) {
    return source !== undefined && VPC_MODULE.source.test(source);
}

;// CONCATENATED MODULE: ./src/model/terraform.ts








const TF_PREFIX = 'resource';
function addressOf(type, name, key) {
    if (key === undefined)
        return `${type}.${name}`;
    return typeof key === 'number' ? `${type}.${name}[${key}]` : `${type}.${name}[${JSON.stringify(String(key))}]`;
}
/** Reads tfvars files (`terraform.tfvars`, `*.auto.tfvars`) of a directory: Terraform loads those by itself. */
function autoLoaded(doc) {
    const base = external_node_path_default().posix.basename(doc.path).replace(/\.json$/, '');
    return base === 'terraform.tfvars' || base.endsWith('.auto.tfvars');
}
const isTfvars = (doc) => /\.tfvars(\.json)?$/.test(doc.path);
class ModuleEvaluation {
    docs;
    variables = new Map();
    tfvars = new Map();
    locals = new Map();
    resources = new Map();
    moduleCalls = new Map();
    localCache = new Map();
    inProgress = new Set();
    instanceCache = new Map();
    /** Open records of variable defaults read (name → default), innermost last (see `defaultsRead`). */
    defaultFrames = [];
    /** The variable defaults each cached local read, replayed when the cache answers. */
    localDefaults = new Map();
    /** Notes defaults in every open frame, the outer ones too: a nested `defaultsRead` need not pass its record on. */
    noteDefaults(read) {
        for (const [name, value] of read)
            for (const frame of this.defaultFrames)
                frame.set(name, value);
    }
    base;
    /** Outputs of known registry modules (terraform-aws-modules/vpc, /eks), set once they are read. */
    moduleOutputs = new Map();
    /** Per module call, the variable defaults each output was read with (those of the input it passes on). */
    moduleOutputDefaults = new Map();
    constructor(docs) {
        this.docs = docs;
        for (const doc of docs) {
            if (isTfvars(doc)) {
                // Only auto-loaded tfvars count: another tfvars file is chosen with -var-file at apply time.
                if (!autoLoaded(doc))
                    continue;
                for (const [name, attribute] of doc.body.attributes)
                    this.tfvars.set(name, { doc, expr: attribute.expr });
                continue;
            }
            for (const block of doc.body.blocks) {
                const [a, b] = block.labels;
                if (block.type === 'variable' && a)
                    this.variables.set(a, { doc, block });
                else if (block.type === 'locals')
                    for (const [name, attribute] of block.body.attributes)
                        this.locals.set(name, { doc, expr: attribute.expr });
                else if ((block.type === 'resource' || block.type === 'data') && a && b) {
                    const key = block.type === 'data' ? `data.${a}.${b}` : `${a}.${b}`;
                    this.resources.set(key, { type: a, name: b, block, doc, data: block.type === 'data' });
                }
                else if (block.type === 'module' && a)
                    this.moduleCalls.set(a, { doc, block });
            }
        }
        this.base = new Evaluator(this);
    }
    variable(name) {
        const fromVars = this.tfvars.get(name);
        if (fromVars)
            return this.base.evaluate(fromVars.expr);
        const decl = this.variables.get(name);
        if (!decl)
            return failed(`variable ${name} is not declared`);
        const dflt = decl.block.body.attributes.get('default');
        if (!dflt)
            return unknown(`variable ${name} has no default and no terraform.tfvars value`);
        const value = this.base.evaluate(dflt.expr);
        // A default stands in for what `-var` or a -var-file may set at apply time: noted, so a finding says so.
        this.noteDefaults(new Map([[name, value]]));
        return value;
    }
    /** Runs an evaluation, returning the variables whose default it read (through locals too). */
    defaultsRead = (run) => {
        const frame = new Map();
        this.defaultFrames.push(frame);
        try {
            run();
        }
        finally {
            this.defaultFrames.pop();
        }
        return frame;
    };
    /** Evaluates an expression in the module's scope, with the variable defaults it read. */
    evaluateReading(expr) {
        let value;
        const defaults = this.defaultsRead(() => (value = this.base.evaluate(expr)));
        return { value, defaults };
    }
    local(name) {
        if (this.localCache.has(name)) {
            this.noteDefaults(this.localDefaults.get(name) ?? new Map());
            return this.localCache.get(name);
        }
        const decl = this.locals.get(name);
        if (!decl)
            return failed(`local ${name} is not defined`);
        const key = `local.${name}`;
        if (this.inProgress.has(key))
            return unknown(`local ${name} refers to itself`);
        this.inProgress.add(key);
        const { value, defaults: read } = this.evaluateReading(decl.expr);
        this.inProgress.delete(key);
        this.localCache.set(name, value);
        this.localDefaults.set(name, read);
        return value;
    }
    /** The instances of a resource, or why they are not known (a count or for_each not known). */
    instances(key) {
        const cached = this.instanceCache.get(key);
        if (cached)
            return cached;
        const decl = this.resources.get(key);
        if (!decl)
            return failed(`${key} is not declared`);
        if (this.inProgress.has(key))
            return unknown(`${key} depends on itself`);
        this.inProgress.add(key);
        let result;
        const count = decl.block.body.attributes.get('count');
        const forEach = decl.block.body.attributes.get('for_each');
        const prefix = decl.data ? 'data.' : '';
        if (count) {
            const n = this.base.evaluate(count.expr);
            result =
                typeof n === 'number' && n >= 0 && n <= 1000
                    ? Array.from({ length: n }, (_, i) => ({
                        decl,
                        address: prefix + addressOf(decl.type, decl.name, i),
                        evaluator: this.base.with(new Map([['count', { index: i }]])),
                    }))
                    : unknown(`the count of ${key} is not known (${(0,model_types/* isUnknown */.t)(n) ? n.reason : 'not a number'})`);
        }
        else if (forEach) {
            const { value: coll, defaults: eachDefaults } = this.evaluateReading(forEach.expr);
            const u = (0,model_types/* isUnknown */.t)(coll) ? coll : undefined;
            result = u
                ? unknown(`the for_each of ${key} is not known (${u.reason})`)
                : entries(coll).map(([k, v]) => {
                    const eachKey = Array.isArray(coll) ? v : k;
                    return {
                        decl,
                        address: prefix + addressOf(decl.type, decl.name, String(eachKey)),
                        evaluator: this.base.with(new Map([['each', { key: eachKey, value: v }]])),
                        ...(eachDefaults.size > 0 ? { eachDefaults } : {}),
                    };
                });
        }
        else {
            result = [{ decl, address: prefix + addressOf(decl.type, decl.name, undefined), evaluator: this.base }];
        }
        this.inProgress.delete(key);
        this.instanceCache.set(key, result);
        return result;
    }
    /** An instance as a value: `id`/`arn` a reference, arguments as written, anything else known after apply. */
    instanceValue(instance) {
        if (instance.decl.data)
            return unknown(`${instance.address} is a data source, read at plan time`);
        const body = instance.decl.block.body;
        const evaluating = new Set();
        const target = {};
        return new Proxy(target, {
            has: () => true,
            get: (_t, prop) => {
                if (typeof prop !== 'string')
                    return undefined;
                if (prop === 'id' || prop === 'arn')
                    return { Ref: instance.address };
                const attribute = body.attributes.get(prop);
                if (!attribute) {
                    const nested = blocksOf(body, prop);
                    if (nested.length)
                        return nested.map((b) => blockValue(instance.evaluator, b));
                    return unknown(`${prop} of ${instance.address} is known only after apply`);
                }
                if (evaluating.has(prop))
                    return unknown(`${prop} of ${instance.address} refers to itself`);
                evaluating.add(prop);
                try {
                    return instance.evaluator.evaluate(attribute.expr);
                }
                finally {
                    evaluating.delete(prop);
                }
            },
            ownKeys: () => [],
        });
    }
    root(name, steps, evaluate) {
        const first = steps[0];
        const firstAttr = first && 'attr' in first ? first.attr : undefined;
        switch (name) {
            case 'var':
                return firstAttr ? { value: this.variable(firstAttr), consumed: 1 } : undefined;
            case 'local':
                return firstAttr ? { value: this.local(firstAttr), consumed: 1 } : undefined;
            case 'path':
                return { value: { module: '.', root: '.', cwd: '.' }, consumed: 0 };
            case 'terraform':
                return { value: unknown('terraform.workspace is chosen at apply time'), consumed: 1 };
            case 'module': {
                if (!firstAttr)
                    return undefined;
                const outputs = this.moduleOutputs.get(firstAttr);
                if (outputs) {
                    const second = steps[1];
                    if (second && 'attr' in second) {
                        const v = outputs[second.attr];
                        this.noteDefaults(this.moduleOutputDefaults.get(firstAttr)?.get(second.attr) ?? new Map());
                        return { value: v === undefined ? unknown(`output ${second.attr} of module ${firstAttr} is not read by this review`) : v, consumed: 2 };
                    }
                    return { value: outputs, consumed: 1 };
                }
                const call = this.moduleCalls.get(firstAttr);
                const source = call ? this.base.evaluate(call.block.body.attributes.get('source')?.expr) : undefined;
                return {
                    value: unknown(`outputs of module ${firstAttr}${typeof source === 'string' ? ` (${source})` : ''} are not evaluated`),
                    consumed: steps.length,
                };
            }
            case 'data': {
                const second = steps[1];
                const label = firstAttr && second && 'attr' in second ? `data.${firstAttr}.${second.attr}` : 'a data source';
                return { value: unknown(`${label} is read at plan time`), consumed: steps.length };
            }
            default: {
                if (!firstAttr || !this.resources.has(`${name}.${firstAttr}`))
                    return undefined;
                const key = `${name}.${firstAttr}`;
                const decl = this.resources.get(key);
                const found = this.instances(key);
                if ((0,model_types/* isUnknown */.t)(found))
                    return { value: found, consumed: steps.length };
                const expanded = decl.block.body.attributes.has('count') || decl.block.body.attributes.has('for_each');
                if (!expanded)
                    return { value: found[0] ? this.instanceValue(found[0]) : failed(`${key} has no instance`), consumed: 1 };
                if (decl.block.body.attributes.has('count'))
                    return { value: found.map((i) => this.instanceValue(i)), consumed: 1 };
                const byKey = {};
                for (const i of found) {
                    const k = /\["(.*)"\]$/.exec(i.address)?.[1];
                    if (k !== undefined)
                        byKey[JSON.parse(`"${k}"`)] = this.instanceValue(i);
                }
                void evaluate;
                return { value: byKey, consumed: 1 };
            }
        }
    }
}
/** A nested block's arguments as an object (a `vpc_config { ... }` read as a value). */
function blockValue(evaluator, block) {
    const out = {};
    for (const [name, attribute] of block.body.attributes)
        out[name] = evaluator.evaluate(attribute.expr);
    for (const nested of block.body.blocks)
        (out[nested.type] ??= []).push(blockValue(evaluator, nested));
    return out;
}
// ---------------------------------------------------------------------------------------------
// Writing resources the CloudFormation way.
/** The template being written, with the origin of each property. */
class TemplateWriter {
    resources = {};
    origins = new Map();
    /** Calls of a known module that wrote nothing, and why. */
    unread = [];
    add(logicalId, type, doc, block, reading) {
        const properties = {};
        this.resources[logicalId] = { Type: type, Properties: properties };
        // Both fields are there from the start (undefined when unset): one object shape before and after `settle`.
        const origin = { doc, block, props: new Map(), names: new Map(), reading, settled: undefined };
        this.origins.set(logicalId, origin);
        return new ResourceWriter(properties, origin);
    }
}
/** The attribute or input an HCL path ends in (its last name; list indexes skipped). */
function lastName(from) {
    return [...from].reverse().find((s) => typeof s === 'string');
}
class ResourceWriter {
    properties;
    origin;
    constructor(properties, origin) {
        this.properties = properties;
        this.origin = origin;
    }
    /**
     * Sets a property (a `/`-separated path), noting its HCL origin; null is Terraform's "not set".
     * `name` is the attribute or module input that sets it (by default the last name of `from`),
     * kept even when unset: a message tells the reader which attribute to write.
     */
    set(prop, value, from, name) {
        const named = name ?? lastName(from);
        if (named !== undefined)
            this.origin.names.set(`Properties/${prop}`, named);
        if (value === undefined || value === null)
            return;
        const keys = prop.split('/');
        let target = this.properties;
        for (const k of keys.slice(0, -1))
            target = (target[k] ??= {});
        target[keys[keys.length - 1]] = value;
        this.origin.props.set(`Properties/${prop}`, from);
    }
    /** Notes where a property path that another property's value spells out lives in HCL. */
    note(prop, from) {
        this.origin.props.set(`Properties/${prop}`, from);
        const named = lastName(from);
        if (named !== undefined)
            this.origin.names.set(`Properties/${prop}`, named);
    }
}
/** Versions are strings to EKS; `version = 1.30` in HCL would otherwise read as 1.3. */
function versionText(evaluator, doc, expr) {
    if (!expr)
        return undefined;
    if (expr.type === 'literal' && typeof expr.value === 'number')
        return doc.text.slice(expr.start, expr.end);
    const v = evaluator.evaluate(expr);
    return typeof v === 'number' ? String(v) : v;
}
const terraform_TAINT_EFFECTS = { NO_SCHEDULE: 'NoSchedule', NO_EXECUTE: 'NoExecute', PREFER_NO_SCHEDULE: 'PreferNoSchedule' };
function tagList(value) {
    if ((0,model_types/* isUnknown */.t)(value) || value === undefined || value === null)
        return value ?? undefined;
    if (typeof value !== 'object' || Array.isArray(value))
        return undefined;
    return Object.entries(value).map(([Key, Value]) => ({ Key, Value }));
}
function decodeUserData(value) {
    if (typeof value !== 'string')
        return value;
    const trimmed = value.trim();
    if (/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) && trimmed.length % 4 === 0) {
        const text = Buffer.from(trimmed, 'base64').toString('utf8');
        if (!text.includes('\ufffd'))
            return text;
    }
    return value;
}
/** Writes one resource instance of a kind the model reads. */
function writeInstance(writer, instance, evaluation) {
    const { decl, address, evaluator } = instance;
    const body = decl.block.body;
    const block = [TF_PREFIX, decl.type, decl.name];
    const reading = {
        body,
        evaluator,
        defaultsRead: evaluation.defaultsRead,
        ...(instance.eachDefaults ? { eachDefaults: instance.eachDefaults } : {}),
    };
    const attr = (name) => body.attributes.get(name)?.expr;
    const val = (name) => (body.attributes.has(name) ? evaluator.evaluate(attr(name)) : undefined);
    const nested = (type) => blocksOf(body, type);
    const nestedVal = (type, name, i = 0) => {
        const b = nested(type)[i];
        return b && b.body.attributes.has(name) ? evaluator.evaluate(b.body.attributes.get(name)?.expr) : undefined;
    };
    const add = (type) => writer.add(address, type, decl.doc, block, reading);
    switch (decl.type) {
        case 'aws_eks_cluster': {
            const w = add('AWS::EKS::Cluster');
            w.set('Name', val('name'), ['name']);
            w.set('Version', versionText(evaluator, decl.doc, attr('version')), ['version']);
            const vpc = nested('vpc_config')[0];
            if (vpc) {
                w.set('ResourcesVpcConfig/SubnetIds', nestedVal('vpc_config', 'subnet_ids'), ['vpc_config', 'subnet_ids']);
                w.set('ResourcesVpcConfig/EndpointPublicAccess', nestedVal('vpc_config', 'endpoint_public_access'), ['vpc_config', 'endpoint_public_access']);
                w.set('ResourcesVpcConfig/EndpointPrivateAccess', nestedVal('vpc_config', 'endpoint_private_access'), ['vpc_config', 'endpoint_private_access']);
                w.set('ResourcesVpcConfig/PublicAccessCidrs', nestedVal('vpc_config', 'public_access_cidrs'), ['vpc_config', 'public_access_cidrs']);
                w.note('ResourcesVpcConfig', ['vpc_config']);
            }
            w.set('ComputeConfig/Enabled', nestedVal('compute_config', 'enabled'), ['compute_config', 'enabled']);
            w.set('UpgradePolicy/SupportType', nestedVal('upgrade_policy', 'support_type'), ['upgrade_policy', 'support_type']);
            return;
        }
        case 'aws_eks_node_group': {
            const w = add('AWS::EKS::Nodegroup');
            w.set('ClusterName', val('cluster_name'), ['cluster_name']);
            w.set('NodegroupName', val('node_group_name'), ['node_group_name']);
            w.set('InstanceTypes', val('instance_types'), ['instance_types']);
            w.set('AmiType', val('ami_type'), ['ami_type']);
            w.set('ReleaseVersion', val('release_version'), ['release_version']);
            w.set('Version', versionText(evaluator, decl.doc, attr('version')), ['version']);
            w.set('Subnets', val('subnet_ids'), ['subnet_ids']);
            w.set('Labels', val('labels'), ['labels']);
            w.set('ScalingConfig/MinSize', nestedVal('scaling_config', 'min_size'), ['scaling_config', 'min_size']);
            w.set('ScalingConfig/MaxSize', nestedVal('scaling_config', 'max_size'), ['scaling_config', 'max_size']);
            w.set('ScalingConfig/DesiredSize', nestedVal('scaling_config', 'desired_size'), ['scaling_config', 'desired_size']);
            const taints = nested('taint').map((t) => {
                const v = blockValue(evaluator, t);
                return { Key: v['key'], Value: v['value'], Effect: terraform_TAINT_EFFECTS[String(v['effect'])] ?? v['effect'] };
            });
            if (taints.length)
                w.set('Taints', taints, ['taint']);
            const lt = nested('launch_template')[0];
            if (lt) {
                w.set('LaunchTemplate/Id', nestedVal('launch_template', 'id'), ['launch_template', 'id']);
                w.set('LaunchTemplate/Name', nestedVal('launch_template', 'name'), ['launch_template', 'name']);
                w.set('LaunchTemplate/Version', nestedVal('launch_template', 'version'), ['launch_template', 'version']);
            }
            return;
        }
        case 'aws_launch_template':
        case 'aws_launch_configuration': {
            const isLt = decl.type === 'aws_launch_template';
            const w = add(isLt ? 'AWS::EC2::LaunchTemplate' : 'AWS::AutoScaling::LaunchConfiguration');
            const pre = isLt ? 'LaunchTemplateData/' : '';
            w.set(`${pre}InstanceType`, val('instance_type'), ['instance_type']);
            w.set(`${pre}ImageId`, val(isLt ? 'image_id' : 'image_id'), ['image_id']);
            w.set(`${pre}UserData`, decodeUserData(val('user_data') ?? (isLt ? undefined : val('user_data_base64'))), ['user_data']);
            if (isLt) {
                nested('network_interfaces').forEach((nic, i) => {
                    const v = blockValue(evaluator, nic)['associate_public_ip_address'];
                    if (v !== undefined) {
                        const list = w.properties['LaunchTemplateData']?.['NetworkInterfaces'] ?? [];
                        list[i] = { AssociatePublicIpAddress: typeof v === 'string' ? v === 'true' : v };
                        w.set('LaunchTemplateData/NetworkInterfaces', list, ['network_interfaces']);
                        w.note(`LaunchTemplateData/NetworkInterfaces/${i}/AssociatePublicIpAddress`, ['network_interfaces', i, 'associate_public_ip_address']);
                    }
                });
            }
            else {
                w.set('AssociatePublicIpAddress', val('associate_public_ip_address'), ['associate_public_ip_address']);
            }
            return;
        }
        case 'aws_autoscaling_group': {
            const w = add('AWS::AutoScaling::AutoScalingGroup');
            w.set('MinSize', val('min_size'), ['min_size']);
            w.set('MaxSize', val('max_size'), ['max_size']);
            w.set('DesiredCapacity', val('desired_capacity'), ['desired_capacity']);
            w.set('VPCZoneIdentifier', val('vpc_zone_identifier'), ['vpc_zone_identifier']);
            w.set('LaunchConfigurationName', val('launch_configuration'), ['launch_configuration']);
            w.set('LaunchTemplate/LaunchTemplateId', nestedVal('launch_template', 'id'), ['launch_template', 'id']);
            w.set('LaunchTemplate/LaunchTemplateName', nestedVal('launch_template', 'name'), ['launch_template', 'name']);
            const mixed = nested('mixed_instances_policy')[0];
            const mlt = mixed ? blocksOf(mixed.body, 'launch_template')[0] : undefined;
            if (mlt) {
                const spec = blocksOf(mlt.body, 'launch_template_specification')[0];
                const specValue = spec ? blockValue(evaluator, spec) : {};
                const overrides = blocksOf(mlt.body, 'override').map((o) => ({ InstanceType: blockValue(evaluator, o)['instance_type'] }));
                w.set('MixedInstancesPolicy/LaunchTemplate', {
                    LaunchTemplateSpecification: { LaunchTemplateId: specValue['launch_template_id'], LaunchTemplateName: specValue['launch_template_name'] },
                    Overrides: overrides,
                }, ['mixed_instances_policy']);
            }
            const tags = nested('tag').map((t) => {
                const v = blockValue(evaluator, t);
                return { Key: v['key'], Value: v['value'] };
            });
            if (tags.length)
                w.set('Tags', tags, ['tag']);
            return;
        }
        case 'aws_eks_fargate_profile': {
            const w = add('AWS::EKS::FargateProfile');
            w.set('ClusterName', val('cluster_name'), ['cluster_name']);
            w.set('Subnets', val('subnet_ids'), ['subnet_ids']);
            const selectors = nested('selector').map((s) => {
                const v = blockValue(evaluator, s);
                return { Namespace: v['namespace'], Labels: tagList(v['labels']) };
            });
            w.set('Selectors', selectors, ['selector']);
            return;
        }
        case 'aws_eks_addon': {
            const w = add('AWS::EKS::Addon');
            w.set('ClusterName', val('cluster_name'), ['cluster_name']);
            w.set('AddonName', val('addon_name'), ['addon_name']);
            w.set('AddonVersion', val('addon_version'), ['addon_version']);
            return;
        }
        case 'aws_vpc': {
            const w = add('AWS::EC2::VPC');
            w.set('CidrBlock', val('cidr_block'), ['cidr_block']);
            return;
        }
        case 'aws_subnet': {
            const w = add('AWS::EC2::Subnet');
            w.set('VpcId', val('vpc_id'), ['vpc_id']);
            w.set('CidrBlock', val('cidr_block'), ['cidr_block']);
            w.set('MapPublicIpOnLaunch', val('map_public_ip_on_launch'), ['map_public_ip_on_launch']);
            w.set('Tags', tagList(val('tags')), ['tags']);
            return;
        }
        case 'aws_internet_gateway':
            add('AWS::EC2::InternetGateway').set('VpcId', val('vpc_id'), ['vpc_id']);
            return;
        case 'aws_nat_gateway':
            add('AWS::EC2::NatGateway').set('SubnetId', val('subnet_id'), ['subnet_id']);
            return;
        case 'aws_route_table': {
            add('AWS::EC2::RouteTable').set('VpcId', val('vpc_id'), ['vpc_id']);
            // Inline routes are routes of the table: written as routes of their own, named after it.
            nested('route').forEach((route, i) => {
                const r = writer.add(`${address}.route[${i}]`, 'AWS::EC2::Route', decl.doc, [...block, 'route', i], { ...reading, body: route.body });
                r.set('RouteTableId', { Ref: address }, []);
                writeRouteTargets(r, blockValue(evaluator, route), { cidr: 'cidr_block', ipv6: 'ipv6_cidr_block' });
            });
            return;
        }
        case 'aws_route': {
            const w = add('AWS::EC2::Route');
            w.set('RouteTableId', val('route_table_id'), ['route_table_id']);
            const v = {};
            for (const name of body.attributes.keys())
                v[name] = val(name);
            writeRouteTargets(w, v, { cidr: 'destination_cidr_block', ipv6: 'destination_ipv6_cidr_block' });
            return;
        }
        case 'aws_route_table_association': {
            if (!body.attributes.has('subnet_id'))
                return; // a gateway association, not a subnet's
            const w = add('AWS::EC2::SubnetRouteTableAssociation');
            w.set('SubnetId', val('subnet_id'), ['subnet_id']);
            w.set('RouteTableId', val('route_table_id'), ['route_table_id']);
            return;
        }
        case 'aws_vpc_endpoint': {
            const w = add('AWS::EC2::VPCEndpoint');
            w.set('VpcId', val('vpc_id'), ['vpc_id']);
            w.set('ServiceName', val('service_name'), ['service_name']);
            return;
        }
        default:
            return;
    }
}
const ROUTE_TARGET_FIELDS = [
    ['gateway_id', 'GatewayId'],
    ['nat_gateway_id', 'NatGatewayId'],
    ['transit_gateway_id', 'TransitGatewayId'],
    ['network_interface_id', 'NetworkInterfaceId'],
    ['egress_only_gateway_id', 'EgressOnlyInternetGatewayId'],
    ['vpc_peering_connection_id', 'VpcPeeringConnectionId'],
    ['vpc_endpoint_id', 'VpcEndpointId'],
    ['carrier_gateway_id', 'CarrierGatewayId'],
    ['local_gateway_id', 'LocalGatewayId'],
    ['core_network_arn', 'CoreNetworkArn'],
];
function writeRouteTargets(w, v, fields) {
    const set = (cfn, tf) => {
        const value = v[tf];
        if (value !== undefined && value !== null && value !== '')
            w.set(cfn, value, [tf]);
    };
    set('DestinationCidrBlock', fields.cidr);
    set('DestinationIpv6CidrBlock', fields.ipv6);
    if (v['destination_prefix_list_id'] !== undefined)
        set('DestinationPrefixListId', 'destination_prefix_list_id');
    for (const [tf, cfn] of ROUTE_TARGET_FIELDS)
        set(cfn, tf);
}
/** Resource types the model reads; others are not evaluated at all. */
const READ_TYPES = new Set([
    'aws_eks_cluster',
    'aws_eks_node_group',
    'aws_launch_template',
    'aws_launch_configuration',
    'aws_autoscaling_group',
    'aws_eks_fargate_profile',
    'aws_eks_addon',
    'aws_vpc',
    'aws_subnet',
    'aws_internet_gateway',
    'aws_nat_gateway',
    'aws_route_table',
    'aws_route',
    'aws_route_table_association',
    'aws_vpc_endpoint',
]);
// ---------------------------------------------------------------------------------------------
// Positions: CloudFormation property paths back to HCL attributes.
/** The origin of a written property path and its HCL path relative to the origin's block (undefined: not written from HCL). */
function originOf(origins, cfnPath) {
    const id = cfnPath[0] === 'Resources' ? cfnPath[1] : undefined;
    const origin = typeof id === 'string' ? origins.get(id) : undefined;
    if (!origin || typeof id !== 'string')
        return undefined;
    const rest = cfnPath.slice(2);
    for (let n = rest.length; n > 0; n--) {
        const key = rest.slice(0, n).join('/');
        const from = origin.props.get(key);
        const name = origin.names.get(key);
        if (from || name !== undefined) {
            const tail = rest.slice(n).filter((s) => typeof s === 'number');
            return {
                origin,
                id,
                key,
                indexed: tail.length > 0,
                ...(from ? { from: [...from, ...tail] } : {}),
                ...(name !== undefined ? { name } : {}),
            };
        }
    }
    return { origin, id };
}
/**
 * The expression at an HCL path of a body (attributes, nested blocks by type then index, literal
 * items), and the rest of the path when the value is built by an expression (a local, a merge):
 * that rest then leads into the expression's value.
 */
function exprAlong(body, path) {
    let current = body;
    let expr;
    for (let i = 0; i < path.length; i++) {
        const segment = path[i];
        if (expr) {
            const child = childExpr(expr, segment)?.expr;
            if (!child)
                return { expr, rest: path.slice(i) };
            expr = child;
            continue;
        }
        if (!current || typeof segment !== 'string')
            return undefined;
        const attribute = current.attributes.get(segment);
        if (attribute) {
            expr = attribute.expr;
            continue;
        }
        const blocks = blocksOf(current, segment);
        const next = path[i + 1];
        const index = typeof next === 'number' ? next : 0;
        if (typeof next === 'number')
            i++;
        current = blocks[index]?.body;
    }
    // A whole block is not a value: what its many attributes assumed is not one fact's assumption.
    return expr ? { expr, rest: [] } : undefined;
}
function valueAlong(value, rest) {
    let v = value;
    for (const segment of rest) {
        if (typeof v !== 'object' || v === null)
            return undefined;
        v = v[segment];
    }
    return v;
}
/** Whether an expression reads `each` (a `for_each` instance's key or value). */
function readsEach(node, depth = 0) {
    if (typeof node !== 'object' || node === null || depth > 200)
        return false;
    const n = node;
    if (n.type === 'variable' && n.name === 'each')
        return true;
    return Object.values(node).some((child) => readsEach(child, depth + 1));
}
const backticked = (names) => names.map((n) => `\`${n}\``);
/**
 * What reading a written property assumed: the variables whose default its HCL expression read,
 * and what the whole resource rests on (a module major picked without a version constraint).
 */
function assumptionsAt(origins, cfnPath) {
    const found = originOf(origins, cfnPath);
    const { reading, settled } = found?.origin ?? {};
    if (!found || (!reading && !settled))
        return [];
    const out = [];
    if (found.from && found.from.length > 0) {
        const known = settled && !found.indexed && found.key !== undefined ? settled.byProp.get(found.key) : undefined;
        if (known)
            out.push(...known);
        else {
            const from = reading ?? settled?.again(found.id);
            if (from)
                out.push(...defaultClauses(from, found.from));
        }
    }
    const assumed = reading ? reading.assumed : settled?.assumed;
    if (assumed)
        out.push(assumed);
    return out;
}
const NONE = [];
/** The clauses naming the variables whose default the expression at an HCL path of a reading read. */
function defaultClauses(reading, hclPath) {
    const out = [];
    const at = exprAlong(reading.body, hclPath);
    if (at) {
        let value;
        const read = new Map(reading.defaultsRead(() => (value = valueAlong(reading.evaluator.evaluate(at.expr), at.rest))));
        if (reading.eachDefaults && readsEach(at.expr))
            for (const [name, dflt] of reading.eachDefaults)
                read.set(name, dflt);
        // A value built from many variables (a node group map merged in a local) names the one whose
        // default it is, when one is; only otherwise every default that went into it.
        const same = [...read].filter(([, dflt]) => JSON.stringify(dflt) === JSON.stringify(value)).map(([name]) => name);
        const names = same.length > 0 ? same : [...read.keys()].sort();
        if (names.length === 1)
            out.push(`with the default of variable ${backticked(names).join('')}, which a tfvars file or -var may change`);
        else if (names.length > 1)
            out.push(`with the defaults of variables ${backticked(names).slice(0, -1).join(', ')} and ${backticked(names).at(-1)}, which a tfvars file or -var may change`);
    }
    return out.length > 0 ? out : NONE;
}
/**
 * Works out, while the module's evaluation is still at hand, what each written property assumed,
 * and lets the evaluation go. Readings shared by many resources (a module call's) evaluate each
 * HCL path once.
 */
function settle(origins, again) {
    const byReading = new Map();
    for (const origin of origins.values()) {
        const reading = origin.reading;
        if (!reading)
            continue;
        let done = byReading.get(reading);
        if (!done)
            byReading.set(reading, (done = new Map()));
        const byProp = new Map();
        for (const [key, from] of origin.props) {
            if (from.length === 0)
                continue;
            const pathKey = JSON.stringify(from);
            let clauses = done.get(pathKey);
            if (!clauses) {
                try {
                    clauses = defaultClauses(reading, from);
                }
                catch {
                    // Left to `again`: a finding that asks evaluates it as the module was evaluated before.
                    continue;
                }
                done.set(pathKey, clauses);
            }
            byProp.set(key, clauses);
        }
        origin.settled = { byProp, ...(reading.assumed ? { assumed: reading.assumed } : {}), again };
        origin.reading = undefined;
    }
}
/** Finds the HCL range of a written property path, or the resource block for what was not written from HCL. */
function locateIn(origins, home, cfnPath) {
    const id = cfnPath[0] === 'Resources' ? cfnPath[1] : undefined;
    const origin = typeof id === 'string' ? origins.get(id) : undefined;
    if (!origin || (home && origin.doc !== home.doc))
        return home ? home.doc.locate(home.block) : undefined;
    const rest = cfnPath.slice(2);
    for (let n = rest.length; n > 0; n--) {
        const key = rest.slice(0, n).join('/');
        const from = origin.props.get(key);
        if (from) {
            // Deeper segments of a list property (InstanceTypes/0) index into the HCL value too.
            const tail = rest.slice(n).filter((s) => typeof s === 'number');
            return origin.doc.locate([...origin.block, ...from, ...tail]);
        }
    }
    return origin.doc.locate(origin.block);
}
/** The document a written object points into: its own file, with CloudFormation paths read as HCL. */
class ResourceView {
    origins;
    home;
    index = 0;
    value;
    path;
    constructor(origins, home, templateValue) {
        this.origins = origins;
        this.home = home;
        this.path = home.doc.path;
        this.value = templateValue;
    }
    locate(p) {
        return locateIn(this.origins, this.home, p) ?? this.home.doc.locate(this.home.block);
    }
    assumptions(p) {
        return assumptionsAt(this.origins, p);
    }
    valueText() {
        return undefined;
    }
}
/** The template of a whole module: objects written from it carry views of their own file instead. */
class ModuleDocument {
    path;
    value;
    origins;
    first;
    index = 0;
    views = new Map();
    constructor(path, value, origins, first) {
        this.path = path;
        this.value = value;
        this.origins = origins;
        this.first = first;
    }
    locate(p) {
        return locateIn(this.origins, undefined, p) ?? this.first.locate([]);
    }
    assumptions(p) {
        return assumptionsAt(this.origins, p);
    }
    valueText() {
        return undefined;
    }
    /** The view of the file that declares a written resource (one per resource, so identity holds). */
    view(logicalId) {
        const origin = this.origins.get(logicalId);
        if (!origin)
            return undefined;
        let view = this.views.get(logicalId);
        if (!view)
            this.views.set(logicalId, (view = new ResourceView(this.origins, origin, this.value)));
        return { doc: view, base: [] };
    }
}
const KIND_OF = {
    'AWS::EKS::Cluster': 'aws_eks_cluster',
    'AWS::EKS::Nodegroup': 'aws_eks_node_group',
    'AWS::AutoScaling::AutoScalingGroup': 'aws_autoscaling_group',
};
/** Messages about written resources name the attribute or module input that sets each property. */
function hclTerms(origins) {
    return {
        tool: 'Terraform',
        nameAt: (p) => originOf(origins, p)?.name,
        assignment: (name, value) => `${name} = ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
    };
}
/** A template's values are evaluated already: references stay references and unknowns stay unknown. */
const asEvaluated = (v) => v;
/**
 * A module's resources, from a new evaluation, for what a finding asks that `settle` did not
 * work out; the first such question evaluates the module again (rare: a path indexing into a list).
 */
function evaluatedAgain(docs) {
    let origins;
    return (logicalId) => (origins ??= writtenResources(docs).origins).get(logicalId)?.reading;
}
/** Evaluates one directory of Terraform files as a root module. */
function terraformModule(dir, docs) {
    // Evaluated in a function of its own: a closure made here must not keep the evaluation alive.
    const writer = writtenResources(docs);
    if (Object.keys(writer.resources).length === 0 && writer.unread.length === 0)
        return undefined;
    const first = docs.find((d) => !isTfvars(d)) ?? docs[0];
    if (!first)
        return undefined;
    settle(writer.origins, evaluatedAgain(docs));
    return moduleTemplate(dir, first, writer);
}
/** The resources of a module evaluated statically, written the CloudFormation way, still with their readings. */
function writtenResources(docs) {
    const evaluation = new ModuleEvaluation(docs);
    const writer = new TemplateWriter();
    // Only calls of a module the tables know write resources or have outputs: another call's inputs
    // are never read, and evaluating them was most of the corpus's module-call time.
    // (Only `source` is evaluated to pick them: a local read too early would keep an unknown.)
    const calls = [];
    for (const [name, decl] of evaluation.moduleCalls) {
        const value = evaluation.base.evaluate(decl.block.body.attributes.get('source')?.expr);
        const source = typeof value === 'string' ? value : undefined;
        if (isKnownModule(source))
            calls.push({ name, decl, vpc: isVpcModule(source) });
    }
    // vpc calls first: eks calls take their subnets from the vpc module's outputs.
    for (const { name, decl } of [...calls.filter((c) => c.vpc), ...calls.filter((c) => !c.vpc)]) {
        const call = moduleCall(evaluation, name, decl.doc, decl.block);
        const known = knownModuleResources(call, writer);
        if (known && 'unread' in known) {
            const at = decl.block.body.attributes.has('version') ? 'version' : 'source';
            writer.unread.push({ doc: decl.doc, path: ['module', name, at], message: known.unread });
        }
        else if (known) {
            evaluation.moduleOutputs.set(call.name, known.outputs);
            const defaults = Object.entries(known.outputInputs ?? {}).map(([output, input]) => [output, call.inputs.get(input)?.defaults ?? new Map()]);
            evaluation.moduleOutputDefaults.set(call.name, new Map(defaults));
        }
    }
    for (const [key, decl] of evaluation.resources) {
        if (decl.data || !READ_TYPES.has(decl.type))
            continue;
        const found = evaluation.instances(key);
        if ((0,model_types/* isUnknown */.t)(found))
            continue;
        for (const instance of found)
            writeInstance(writer, instance, evaluation);
    }
    return writer;
}
function moduleTemplate(dir, first, writer) {
    const templateValue = { Resources: writer.resources };
    const moduleDoc = new ModuleDocument(first.path, templateValue, writer.origins, first);
    const resources = writer.resources;
    const template = {
        file: dir === '' ? '.' : dir,
        ref: { doc: moduleDoc, base: [] },
        resources,
        parameters: {},
        resolve: asEvaluated,
    };
    const terms = hclTerms(writer.origins);
    const rehome = (object) => {
        const id = object.path[1];
        const ref = typeof id === 'string' ? moduleDoc.view(id) : undefined;
        return ref ? { ...object, ref, kind: KIND_OF[object.kind] ?? object.kind, name: object.name, terms } : object;
    };
    const clusters = (0,cloudformation/* cfnClusters */.z7)(template).map(rehome);
    const nodeGroups = (0,cloudformation/* cfnNodeGroups */.CV)(template).map(rehome);
    const addons = (0,model_addons/* cfnAddons */.N2)(template).map((addon) => {
        const ref = moduleDoc.view(addon.name);
        return { ...addon, kind: 'aws_eks_addon', source: 'terraform', ...(ref ? { ref } : {}) };
    });
    return { dir, unread: writer.unread, template, clusters, nodeGroups, addons, terms };
}
function moduleCall(evaluation, name, doc, block) {
    const inputs = new Map();
    for (const [attrName, attribute] of block.body.attributes) {
        if (attrName === 'source' || attrName === 'version' || attrName === 'providers' || attrName === 'depends_on')
            continue;
        inputs.set(attrName, { ...evaluation.evaluateReading(attribute.expr), from: [attrName] });
    }
    const source = evaluation.base.evaluate(block.body.attributes.get('source')?.expr);
    const version = evaluation.base.evaluate(block.body.attributes.get('version')?.expr);
    return {
        name,
        doc,
        block: ['module', name],
        reading: { body: block.body, evaluator: evaluation.base, defaultsRead: evaluation.defaultsRead },
        ...(typeof source === 'string' ? { source } : {}),
        ...(typeof version === 'string' ? { version } : {}),
        inputs,
        versionText: (input) => {
            const e = block.body.attributes.get(input)?.expr;
            return versionText(evaluation.base, doc, e);
        },
    };
}
/**
 * Modules evaluated as their files were read (src/model/terraform-load.ts), by the directory's
 * first file: each is taken once, by the first model whose directory has exactly those files.
 */
const evaluatedAtLoad = new WeakMap();
/** Evaluates one directory while its files' syntax trees are still held, for `terraformModules` to take. */
function evaluateAtLoad(dir, docs) {
    const first = docs[0];
    if (first)
        evaluatedAtLoad.set(first, { docs, module: terraformModule(dir, docs) });
}
/** Groups Terraform documents by directory (one root module each) and evaluates each. */
function terraformModules(docs) {
    const byDir = new Map();
    for (const doc of docs) {
        const dir = external_node_path_default().posix.dirname(doc.path);
        const list = byDir.get(dir);
        if (list)
            list.push(doc);
        else
            byDir.set(dir, [doc]);
    }
    const out = [];
    for (const [dir, list] of byDir) {
        const first = list[0];
        const atLoad = evaluatedAtLoad.get(first);
        // Taken once: another model of the same files (a change's reduced one) gets objects of its own, as before.
        if (atLoad)
            evaluatedAtLoad.delete(first);
        const module = atLoad && sameDocuments(atLoad.docs, list) ? atLoad.module : terraformModule(dir === '.' ? '' : dir, list);
        if (module)
            out.push(module);
    }
    return out;
}
function sameDocuments(a, b) {
    return a.length === b.length && a.every((doc, i) => doc === b[i]);
}
/** Subnets of Terraform templates point into their own `.tf` file, not the module's first one. */
function rehomeTerraformSubnets(network, modules) {
    if (modules.length === 0)
        return network;
    const byFile = new Map(modules.map((m) => [m.template.file, m]));
    const moved = new Map();
    const subnets = network.subnets.map((s) => {
        const module = byFile.get(s.file);
        const ref = module ? viewFor(module, s.logicalId) : undefined;
        const next = ref && module ? { ...s, ref, terms: module.terms } : s;
        moved.set(s, next);
        return next;
    });
    return {
        ...network,
        subnets,
        subnet: (file, logicalId) => {
            const s = network.subnet(file, logicalId);
            return s ? (moved.get(s) ?? s) : undefined;
        },
    };
}
function viewFor(module, logicalId) {
    const doc = module.template.ref.doc;
    if (!(doc instanceof ModuleDocument))
        return undefined;
    return doc.view(logicalId);
}


// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/load/terraform-json.ts





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
const LABELS = { resource: 2, data: 2, module: 1, variable: 1, output: 1, provider: 1 };
/** Bodies whose object values are arguments only (maps), never nested blocks. */
const ARGUMENTS_ONLY = new Set(['locals', 'module', 'variable', 'output', 'terraform']);
class JsonConverter {
    /** A tfvars file's variable values. */
    variables(node) {
        return this.body(node, true).attributes;
    }
    /** The file's top level: block types, each keyed by its labels. */
    root(node) {
        const blocks = [];
        for (const [key, value] of this.properties(node))
            blocks.push(...this.labelled(key.value, LABELS[key.value] ?? 0, [], value, key));
        return { attributes: new Map(), blocks };
    }
    /** `{"aws_eks_cluster": {"prod": {...}}}`: one level per label, then the body (or a list of bodies). */
    labelled(type, labels, got, node, keyNode) {
        if (labels > 0) {
            if (node.type !== 'object')
                return [];
            return this.properties(node).flatMap(([key, value]) => this.labelled(type, labels - 1, [...got, String(key.value)], value, keyNode));
        }
        const bodies = node.type === 'array' ? (node.children ?? []) : [node];
        return bodies
            .filter((b) => b.type === 'object')
            .map((b) => ({ type, labels: got, start: keyNode.offset, end: b.offset + b.length, body: this.body(b, ARGUMENTS_ONLY.has(type)) }));
    }
    body(node, argumentsOnly) {
        const attributes = new Map();
        const blocks = [];
        for (const [key, value] of this.properties(node)) {
            const name = String(key.value);
            const attribute = { name, start: key.offset, end: value.offset + value.length, nameEnd: key.offset + key.length, expr: this.expr(value) };
            attributes.set(name, attribute);
            if (argumentsOnly)
                continue;
            const items = value.type === 'array' ? (value.children ?? []) : [value];
            if (items.length > 0 && items.every((i) => i.type === 'object'))
                for (const item of items)
                    blocks.push({ type: name, labels: [], start: key.offset, end: item.offset + item.length, body: this.body(item, false) });
        }
        return { attributes, blocks };
    }
    /** An object's properties, without Terraform JSON's `"//"` comments. */
    properties(node) {
        if (node.type !== 'object')
            return [];
        return (node.children ?? []).flatMap((p) => {
            const [key, value] = p.children ?? [];
            return key && value && key.value !== '//' ? [[key, value]] : [];
        });
    }
    expr(node) {
        const span = { start: node.offset, end: node.offset + node.length };
        switch (node.type) {
            case 'string':
                return this.template(String(node.value), span);
            case 'number':
            case 'boolean':
                return { ...span, type: 'literal', value: node.value };
            case 'null':
                return { ...span, type: 'literal', value: null };
            case 'array':
                return { ...span, type: 'tuple', items: (node.children ?? []).map((c) => this.expr(c)) };
            case 'object':
                return {
                    ...span,
                    type: 'object',
                    items: this.properties(node).map(([key, value]) => ({
                        key: { start: key.offset, end: key.offset + key.length, type: 'literal', value: String(key.value) },
                        value: this.expr(value),
                    })),
                };
            default:
                return { ...span, type: 'invalid', reason: 'a JSON value this reader does not know' };
        }
    }
    /** A JSON string as a template: `$${` is a literal `${`, `${ref}` an interpolation of a reference. */
    template(value, span) {
        const parts = [];
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
                if (text)
                    parts.push({ text, ...span });
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
        if (text || parts.length === 0)
            parts.push({ text, ...span });
        return { ...span, type: 'template', parts };
    }
    /** `var.x`, `aws_subnet.a[0].id`, `module.vpc.private_subnets[*]`, `local.m["k"]`; undefined for anything else. */
    reference(source, span) {
        const head = /^([A-Za-z_][\w-]*)/.exec(source);
        if (!head?.[1])
            return undefined;
        const steps = [];
        let rest = source.slice(head[1].length);
        while (rest.length > 0) {
            const attr = /^\.([A-Za-z_][\w-]*)/.exec(rest);
            const index = /^\[(\d+)\]/.exec(rest);
            const key = /^\["([^"\\]*)"\]/.exec(rest);
            if (attr?.[1])
                steps.push({ attr: attr[1], ...span });
            else if (index?.[1])
                steps.push({ index: { ...span, type: 'literal', value: Number(index[1]) }, ...span });
            else if (key?.[1] !== undefined)
                steps.push({ index: { ...span, type: 'literal', value: key[1] }, ...span });
            else if (rest.startsWith('[*]') || rest.startsWith('.*')) {
                // A splat applies the steps after it to each element.
                const after = this.reference(`x${rest.slice(rest.startsWith('[*]') ? 3 : 2)}`, span);
                const tail = after?.type === 'traversal' ? after.steps : [];
                if (after === undefined)
                    return undefined;
                steps.push({ splat: tail, ...span });
                break;
            }
            else
                return undefined;
            rest = rest.slice((attr ?? index ?? key)?.[0].length ?? rest.length);
        }
        const target = { ...span, type: 'variable', name: head[1] };
        return steps.length === 0 ? target : { ...span, type: 'traversal', target, steps };
    }
}
/** The deepest nesting of `[` and `{` outside strings, counted without recursion. */
function maxNesting(text) {
    let depth = 0;
    let max = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
        }
        else if (c === '"')
            inString = true;
        else if (c === '[' || c === '{')
            max = Math.max(max, ++depth);
        else if (c === ']' || c === '}')
            depth--;
    }
    return max;
}
/** Parses one `*.tf.json` / `*.tfvars.json` file. Never throws: invalid JSON is an `input/parse-error` at its line. */
function loadTerraformJsonFile(input) {
    const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
    const file = { path: input.path, text };
    const lines = new load_lines/* LineIndex */.r(text);
    const errors = [];
    // jsonc-parser and the conversion recurse: nesting past the YAML loader's limit is not read, as there.
    const depth = maxNesting(text);
    if (depth > types/* DEFAULT_LOAD_LIMITS */.QV.maxDepth)
        return {
            path: file.path,
            documents: [],
            findings: [(0,input_finding/* inputFinding */.u)('input/skipped', file, lines, 0, `not reviewed: nested ${depth} levels deep (limit ${types/* DEFAULT_LOAD_LIMITS */.QV.maxDepth})`)],
            lineCount: lines.lineCount,
            text,
        };
    const tree = (0,main.parseTree)(text, errors, { allowTrailingComma: false, disallowComments: true });
    const result = (body, findings) => ({
        path: file.path,
        // JSON syntax is rare and its conversion is not kept apart from the parse: its tree is kept.
        documents: [new TerraformDocument(file.path, () => body, text, lines)],
        findings,
        lineCount: lines.lineCount,
        text,
    });
    const error = errors[0];
    if (error || !tree) {
        const what = error ? (0,main.printParseErrorCode)(error.error) : 'no JSON value';
        return result({ attributes: new Map(), blocks: [] }, [
            (0,input_finding/* inputFinding */.u)('input/parse-error', file, lines, error?.offset ?? 0, `Terraform JSON syntax error: ${what}`),
        ]);
    }
    const converter = new JsonConverter();
    // A tfvars file is one object of variable values; a configuration file is blocks.
    const body = /\.tfvars\.json$/i.test(file.path) ? { attributes: converter.variables(tree), blocks: [] } : converter.root(tree);
    return result(body, []);
}

;// CONCATENATED MODULE: ./src/model/terraform-load.ts




/** One `.tf`/`.tfvars` file, in HCL native syntax or JSON syntax (`*.tf.json`, `*.tfvars.json`). */
function loadOneTerraformFile(source, hold = false) {
    return /\.json$/i.test(source.path) ? loadTerraformJsonFile(source) : loadTerraformFile(source, hold);
}
/**
 * Loads the Terraform files of a tree so that each file is parsed once: a file's syntax tree is
 * held until every file of its directory has been read, then the directory's module is
 * evaluated (src/model/terraform.ts `evaluateAtLoad`, which the model takes) and the trees let
 * go. Evaluated by the model instead, every file was parsed again there (~94 ms CPU on the
 * corpus's 709 files). Files of a directory are read close together (the load reads small
 * files in path order), so the held trees die young. A directory with a file that is already
 * loaded (`sources` may hold loaded files) is left to the model.
 */
function terraformLoader(sources, isTerraformPath) {
    const byName = new Map();
    const byPath = new Map();
    const preloaded = new Set();
    for (const source of sources) {
        if (!isTerraformPath(source.path))
            continue;
        const name = directoryOf(source.path);
        if ('documents' in source) {
            preloaded.add(name);
            continue;
        }
        let dir = byName.get(name);
        if (!dir)
            byName.set(name, (dir = { name, paths: [], docs: new Map(), left: 0 }));
        if (byPath.has(source.path))
            continue;
        dir.paths.push(source.path);
        dir.left++;
        byPath.set(source.path, dir);
    }
    for (const name of preloaded) {
        const dir = byName.get(name);
        if (dir)
            for (const p of dir.paths)
                byPath.delete(p);
    }
    const done = (dir, file) => {
        if (byPath.get(file) !== dir)
            return;
        byPath.delete(file);
        if (--dir.left > 0)
            return;
        const docs = dir.paths.flatMap((p) => dir.docs.get(p) ?? []);
        if (docs.length > 0)
            evaluateAtLoad(dir.name, docs);
        for (const doc of docs)
            doc.release();
        dir.docs.clear();
    };
    return {
        load(source) {
            const dir = byPath.get(source.path);
            const file = loadOneTerraformFile(source, dir !== undefined);
            if (!dir)
                return file;
            for (const doc of file.documents)
                if (doc instanceof TerraformDocument)
                    dir.docs.set(source.path, doc);
            done(dir, source.path);
            return file;
        },
        skip(file) {
            const dir = byPath.get(file);
            if (dir)
                done(dir, file);
        },
    };
}
/** A module's directory as `terraformModules` names it. */
function directoryOf(file) {
    const dir = external_node_path_default().posix.dirname(file);
    return dir === '.' ? '' : dir;
}

;// CONCATENATED MODULE: ./src/model/terraform-support.ts



/** Everything Terraform, in one module that src/engine/terraform.ts imports only when needed. */
const TERRAFORM_SUPPORT = {
    loadTerraformFile: (source) => loadOneTerraformFile(source),
    terraformLoader: terraformLoader,
    terraformModules: terraformModules,
    rehomeTerraformSubnets: rehomeTerraformSubnets,
    terraformCommentStarts: terraformCommentStarts,
};


/***/ })

};
