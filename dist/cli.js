#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 2103:
/***/ ((__unused_webpack_module, exports) => {

/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	var _options$implicit, _options$matchByTagPr, _options$implicitFirs, _options$represent, _options$representTag;
	return {
		tagName,
		nodeKind: "scalar",
		implicit: (_options$implicit = options.implicit) !== null && _options$implicit !== void 0 ? _options$implicit : false,
		matchByTagPrefix: (_options$matchByTagPr = options.matchByTagPrefix) !== null && _options$matchByTagPr !== void 0 ? _options$matchByTagPr : false,
		implicitFirstChars: (_options$implicitFirs = options.implicitFirstChars) !== null && _options$implicitFirs !== void 0 ? _options$implicitFirs : null,
		resolve: options.resolve,
		identify: options.identify,
		represent: (_options$represent = options.represent) !== null && _options$represent !== void 0 ? _options$represent : ((data) => String(data)),
		representTagName: (_options$representTag = options.representTagName) !== null && _options$representTag !== void 0 ? _options$representTag : (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	var _options$matchByTagPr2, _options$finalize, _options$represent2, _options$representTag2;
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: (_options$matchByTagPr2 = options.matchByTagPrefix) !== null && _options$matchByTagPr2 !== void 0 ? _options$matchByTagPr2 : false,
		create: options.create,
		addItem: options.addItem,
		finalize: (_options$finalize = options.finalize) !== null && _options$finalize !== void 0 ? _options$finalize : ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: (_options$represent2 = options.represent) !== null && _options$represent2 !== void 0 ? _options$represent2 : ((data) => data),
		representTagName: (_options$representTag2 = options.representTagName) !== null && _options$representTag2 !== void 0 ? _options$representTag2 : (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	var _options$matchByTagPr3, _options$finalize2, _options$represent3, _options$representTag3;
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: (_options$matchByTagPr3 = options.matchByTagPrefix) !== null && _options$matchByTagPr3 !== void 0 ? _options$matchByTagPr3 : false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: (_options$finalize2 = options.finalize) !== null && _options$finalize2 !== void 0 ? _options$finalize2 : ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: (_options$represent3 = options.represent) !== null && _options$represent3 !== void 0 ? _options$represent3 : ((data) => data),
		representTagName: (_options$representTag3 = options.representTagName) !== null && _options$representTag3 !== void 0 ? _options$representTag3 : (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/typeof.js
function _typeof(o) {
	"@babel/helpers - typeof";
	return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o) {
		return typeof o;
	} : function(o) {
		return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o;
	}, _typeof(o);
}
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/toPrimitive.js
function toPrimitive(t, r) {
	if ("object" != _typeof(t) || !t) return t;
	var e = t[Symbol.toPrimitive];
	if (void 0 !== e) {
		var i = e.call(t, r || "default");
		if ("object" != _typeof(i)) return i;
		throw new TypeError("@@toPrimitive must return a primitive value.");
	}
	return ("string" === r ? String : Number)(t);
}
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/toPropertyKey.js
function toPropertyKey(t) {
	var i = toPrimitive(t, "string");
	return "symbol" == _typeof(i) ? i : i + "";
}
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/defineProperty.js
function _defineProperty(e, r, t) {
	return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
		value: t,
		enumerable: !0,
		configurable: !0,
		writable: !0
	}) : e[r] = t, e;
}
//#endregion
//#region \0@oxc-project+runtime@0.154.0/helpers/esm/objectSpread2.js
function ownKeys(e, r) {
	var t = Object.keys(e);
	if (Object.getOwnPropertySymbols) {
		var o = Object.getOwnPropertySymbols(e);
		r && (o = o.filter(function(r) {
			return Object.getOwnPropertyDescriptor(e, r).enumerable;
		})), t.push.apply(t, o);
	}
	return t;
}
function _objectSpread2(e) {
	for (var r = 1; r < arguments.length; r++) {
		var t = null != arguments[r] ? arguments[r] : {};
		r % 2 ? ownKeys(Object(t), !0).forEach(function(r) {
			_defineProperty(e, r, t[r]);
		}) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function(r) {
			Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r));
		});
	}
	return e;
}
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	constructor(tags) {
		_defineProperty(this, "tags", void 0);
		_defineProperty(
			this,
			/** @internal */
			"implicitScalarTags",
			void 0
		);
		_defineProperty(
			this,
			/**
			* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
			* the resolvers that may match that key, in schema order; a key absent from
			* the map uses
			* {@link Schema.implicitScalarAnyFirstChar}
			* (resolvers that declared no first-char constraint, so they apply to any
			* first character).
			*/
			"implicitScalarByFirstChar",
			void 0
		);
		_defineProperty(this, "implicitScalarAnyFirstChar", void 0);
		_defineProperty(
			this,
			/**
			* The default scalar tag (`!!str`), resolved once so the composer's fallback
			* for unresolved plain scalars avoids a keyed lookup per scalar.
			*
			* @internal
			*/
			"defaultScalarTag",
			void 0
		);
		_defineProperty(
			this,
			/**
			* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
			* value is identified by its default tag, the tag is implicit and not
			* printed. Undefined if the schema does not define them (then such values
			* can't be dumped).
			*
			* @internal
			*/
			"defaultSequenceTag",
			void 0
		);
		_defineProperty(
			this,
			/** @internal */
			"defaultMappingTag",
			void 0
		);
		_defineProperty(this, "exact", void 0);
		_defineProperty(this, "prefix", void 0);
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		var _this$implicitScalarB;
		const candidates = (_this$implicitScalarB = this.implicitScalarByFirstChar.get(source.charAt(0))) !== null && _this$implicitScalarB !== void 0 ? _this$implicitScalarB : this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags(_objectSpread2(_objectSpread2({}, intYaml11Tag), {}, { resolve: (source, isExplicit, tagName) => {
	const result = intYaml11Tag.resolve(source, isExplicit, tagName);
	return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
} }), _objectSpread2(_objectSpread2({}, floatYaml11Tag), {}, { resolve: (source, isExplicit, tagName) => {
	const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
	return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
} }));
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = _objectSpread2(_objectSpread2({}, DEFAULT_SNIPPET_OPTIONS), options);
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		_defineProperty(this, "reason", void 0);
		_defineProperty(this, "mark", void 0);
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	var _ref, _tagHandlers$handle;
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode((_ref = (_tagHandlers$handle = tagHandlers === null || tagHandlers === void 0 ? void 0 : tagHandlers[handle]) !== null && _tagHandlers$handle !== void 0 ? _tagHandlers$handle : DEFAULT_TAG_HANDLERS[handle]) !== null && _ref !== void 0 ? _ref : handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		var _state$schema$lookupM;
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = (_state$schema$lookupM = state.schema.lookupMappingTag(tagName)) !== null && _state$schema$lookupM !== void 0 ? _state$schema$lookupM : state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		var _frame$overridable;
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		(_frame$overridable = frame.overridable) !== null && _frame$overridable !== void 0 || (frame.overridable = /* @__PURE__ */ new Set());
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	var _frame$overridable2, _frame$overridable3;
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !((_frame$overridable2 = frame.overridable) === null || _frame$overridable2 === void 0 ? void 0 : _frame$overridable2.has(key))) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	(_frame$overridable3 = frame.overridable) === null || _frame$overridable3 === void 0 || _frame$overridable3.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = _objectSpread2(_objectSpread2(_objectSpread2({}, DEFAULT_CONSTRUCTOR_OPTIONS), options), {}, {
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	});
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			var _state$events$fallbac;
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && ((_state$events$fallbac = state.events[fallbackState.eventsLength]) === null || _state$events$fallbac === void 0 ? void 0 : _state$events$fallbac.type) === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					var _state$events$fallbac2;
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && ((_state$events$fallbac2 = state.events[fallbackState.eventsLength]) === null || _state$events$fallbac2 === void 0 ? void 0 : _state$events$fallbac2.type) === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if ((documentEvent === null || documentEvent === void 0 ? void 0 : documentEvent.type) === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = _objectSpread2(_objectSpread2(_objectSpread2({}, DEFAULT_PARSER_OPTIONS), options), {}, {
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	});
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = _objectSpread2(_objectSpread2({}, DEFAULT_PARSER_OPTIONS), DEFAULT_CONSTRUCTOR_OPTIONS);
function loadDocuments(input, options = {}) {
	const opts = _objectSpread2(_objectSpread2({}, DEFAULT_LOAD_OPTIONS), options);
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), _objectSpread2(_objectSpread2({}, pick(opts, CONSTRUCTOR_OPT_KEYS)), {}, { source }));
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	var _options$noRefs, _options$skipInvalid;
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: (_options$noRefs = options.noRefs) !== null && _options$noRefs !== void 0 ? _options$noRefs : false,
		skipInvalid: (_options$skipInvalid = options.skipInvalid) !== null && _options$skipInvalid !== void 0 ? _options$skipInvalid : false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = _objectSpread2(_objectSpread2({}, DEFAULT_PRESENTER_OPTIONS), options);
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return _objectSpread2(_objectSpread2({}, opts), {}, {
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	});
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	var _ctx$compact;
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = (_ctx$compact = ctx.compact) !== null && _ctx$compact !== void 0 ? _ctx$compact : false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && (parent === null || parent === void 0 ? void 0 : parent.kind) === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = _objectSpread2(_objectSpread2({}, DEFAULT_PRESENTER_OPTIONS), {}, {
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
});
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = _objectSpread2(_objectSpread2({}, DEFAULT_DUMP_OPTIONS), options);
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, _objectSpread2(_objectSpread2({}, pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS))), {}, { schema: opts.schema }));
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = -1;
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion
exports.CHOMPING_CLIP = CHOMPING_CLIP;
exports.CHOMPING_KEEP = CHOMPING_KEEP;
exports.CHOMPING_MODE = CHOMPING_MODE;
exports.CHOMPING_STRIP = CHOMPING_STRIP;
exports.COLLECTION_STYLE = COLLECTION_STYLE;
exports.COLLECTION_STYLE_BLOCK = COLLECTION_STYLE_BLOCK;
exports.COLLECTION_STYLE_FLOW = COLLECTION_STYLE_FLOW;
exports.CORE_SCHEMA = CORE_SCHEMA;
exports.DEFAULT_SCALAR_STYLE_RULES = DEFAULT_SCALAR_STYLE_RULES;
exports.DUMP_SCHEMA = DUMP_SCHEMA;
exports.EVENT_ALIAS = EVENT_ALIAS;
exports.EVENT_DOCUMENT = EVENT_DOCUMENT;
exports.EVENT_ID = EVENT_ID;
exports.EVENT_MAPPING = EVENT_MAPPING;
exports.EVENT_POP = EVENT_POP;
exports.EVENT_SCALAR = EVENT_SCALAR;
exports.EVENT_SEQUENCE = EVENT_SEQUENCE;
exports.FAILSAFE_SCHEMA = FAILSAFE_SCHEMA;
exports.JSON_SCHEMA = JSON_SCHEMA;
exports.NOT_RESOLVED = NOT_RESOLVED;
exports.SCALAR_STYLE = SCALAR_STYLE;
exports.SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE_DOUBLE_QUOTED;
exports.SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE_FOLDED_BLOCK;
exports.SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE_LITERAL_BLOCK;
exports.SCALAR_STYLE_PLAIN = SCALAR_STYLE_PLAIN;
exports.SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE_SINGLE_QUOTED;
exports.Schema = Schema;
exports.VISIT_BREAK = VISIT_BREAK;
exports.VISIT_SKIP = VISIT_SKIP;
exports.YAML11_SCHEMA = YAML11_SCHEMA;
exports.YAMLException = YAMLException;
exports.binaryTag = binaryTag;
exports.boolCoreTag = boolCoreTag;
exports.boolJsonTag = boolJsonTag;
exports.boolYaml11Tag = boolYaml11Tag;
exports.constructFromEvents = constructFromEvents;
exports.defineMappingTag = defineMappingTag;
exports.defineScalarTag = defineScalarTag;
exports.defineSequenceTag = defineSequenceTag;
exports.dump = dump;
exports.eventsToAst = eventsToAst;
exports.floatCoreTag = floatCoreTag;
exports.floatJsonTag = floatJsonTag;
exports.floatYaml11Tag = floatYaml11Tag;
exports.getScalarValue = getScalarValue;
exports.intCoreTag = intCoreTag;
exports.intJsonTag = intJsonTag;
exports.intYaml11Tag = intYaml11Tag;
exports.jsToAst = jsToAst;
exports.legacyMapTag = legacyMapTag;
exports.load = load;
exports.loadAll = loadAll;
exports.mapTag = mapTag;
exports.mergeTag = mergeTag;
exports.nullCoreTag = nullCoreTag;
exports.nullJsonTag = nullJsonTag;
exports.nullYaml11Tag = nullYaml11Tag;
exports.omapTag = omapTag;
exports.pairsTag = pairsTag;
exports.parseEvents = parseEvents;
exports.present = present;
exports.realMapTag = realMapTag;
exports.seqTag = seqTag;
exports.setTag = setTag;
exports.strTag = strTag;
exports.timestampTag = timestampTag;
exports.visit = visit;

//# sourceMappingURL=js-yaml.cjs.js.map

/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 1721:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// Loaded through a CommonJS module so that Node, jest and ncc all resolve js-yaml with the
// `require` export condition: its CommonJS build (see js-yaml.ts for why that matters).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the require is the point
module.exports = __nccwpck_require__(2103);


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/choice.ts
/**
 * Reads one of a fixed set of words from a user (a CLI flag, an action input), case-insensitively.
 * The caller names the setting as its user writes it (`--fail-on`, `input fail-on`) and picks the
 * error type its front end reports as a usage problem.
 */
function oneOf(setting, raw, allowed, fail) {
    const value = raw.toLowerCase();
    if (allowed.includes(value))
        return value;
    throw fail(`${setting} must be one of ${allowed.join(', ')} (got "${raw}")`);
}

;// CONCATENATED MODULE: ./src/findings.ts
/** Severities from most to least severe. */
const findings_SEVERITIES = ['error', 'warning', 'notice'];
const RANK = { error: 3, warning: 2, notice: 1 };
/** True when `severity` is at least as severe as `threshold`. */
function atLeast(severity, threshold) {
    return RANK[severity] >= RANK[threshold];
}
const FAIL_ON_LEVELS = [...findings_SEVERITIES, 'never'];
/** True when some finding reaches `failOn`: the one gate the CLI and the action share. */
function reachesFailOn(findings, failOn) {
    return failOn !== 'never' && findings.some((f) => atLeast(f.severity, failOn));
}
function findings_compareSeverity(a, b) {
    return RANK[b] - RANK[a];
}
function objectLabel(object) {
    if (!object)
        return '';
    return object.namespace ? `${object.kind} ${object.namespace}/${object.name}` : `${object.kind} ${object.name}`;
}
/** Stable order: by path, then line, column, severity, rule. */
function findings_compareFindings(a, b) {
    if (a.path !== b.path)
        return a.path < b.path ? -1 : 1;
    if (a.startLine !== b.startLine)
        return a.startLine - b.startLine;
    const ac = a.startColumn ?? 0;
    const bc = b.startColumn ?? 0;
    if (ac !== bc)
        return ac - bc;
    const s = findings_compareSeverity(a.severity, b.severity);
    if (s !== 0)
        return s;
    if (a.rule !== b.rule)
        return a.rule < b.rule ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
/**
 * The rule of a review that did not finish (a budget overrun, a `paths` entry that matches
 * nothing): always an error, never filtered or suppressed (src/engine/budget.ts says why).
 * Here because every layer reports it, from the collector up.
 */
const INCOMPLETE_RULE = 'input/incomplete';
/** A finding that says the review is incomplete; `path` is where it stopped ('.' for the whole review). */
function incompleteFinding(path, message) {
    return { rule: INCOMPLETE_RULE, severity: 'error', path, startLine: 1, endLine: 1, message };
}
function isIncomplete(finding) {
    return finding.rule === INCOMPLETE_RULE;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/collect/glob.ts
/**
 * Glob matching without backtracking. The include/exclude globs come from the repository's
 * config, which a pull request controls, and regex-based matchers backtrack on them: with
 * picomatch, `**\/a/**\/a/**\/b` took 2.9 s against one 1,000-directory path and
 * `**\/a*a*\/**\/a*a*\/**\/b` 80 s against an 80-directory one; 14 segments never finished.
 *
 * Here a pattern is split into path segments and matched by dynamic programming: over segments
 * (`**` spans any number of them) and, inside a segment, over characters (`*`, `?`, `[...]`).
 * Time is O(pattern length × path length) per pattern, whatever either contains. Braces
 * (`{a,b}`, `{1..3}` is not supported) expand to alternatives, at most MAX_ALTERNATIVES per
 * pattern; a leading `!` negates. Matching is picomatch's `{ dot: true }` (checked by a
 * differential test): `*` matches names that start with a dot, and `a/**` also matches `a`.
 * Two differences, both deliberate: `[!...]` negates as in POSIX (picomatch reads the `!`
 * literally), and a trailing `/**` may match nothing after any segment (picomatch: only after
 * a literal name, so `*\/**` did not match `a`).
 */
const MAX_ALTERNATIVES = 256;
const MAX_PATTERN_LENGTH = 4096;
class GlobError extends Error {
}
/** `{a,b}c` → `ac`, `bc`. Throws GlobError past MAX_ALTERNATIVES. */
function expandBraces(pattern) {
    const open = findUnescaped(pattern, '{', 0);
    if (open === -1)
        return [pattern];
    let depth = 0;
    const commas = [];
    let close = -1;
    for (let i = open; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            continue;
        }
        if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0) {
            close = i;
            break;
        }
        else if (c === ',' && depth === 1)
            commas.push(i);
    }
    // No closing brace or no comma: the braces are literal text, as in picomatch.
    if (close === -1 || commas.length === 0) {
        const rest = expandBraces(pattern.slice(open + 1));
        return rest.map((r) => `${pattern.slice(0, open + 1)}${r}`);
    }
    const bounds = [open, ...commas, close];
    const options = [];
    for (let k = 0; k + 1 < bounds.length; k++)
        options.push(pattern.slice((bounds[k] ?? 0) + 1, bounds[k + 1]));
    const prefix = pattern.slice(0, open);
    const suffixes = expandBraces(pattern.slice(close + 1));
    const out = [];
    for (const option of options) {
        for (const inner of expandBraces(option)) {
            for (const suffix of suffixes) {
                out.push(`${prefix}${inner}${suffix}`);
                if (out.length > MAX_ALTERNATIVES)
                    throw new GlobError(`expands to more than ${MAX_ALTERNATIVES} alternatives`);
            }
        }
    }
    return out;
}
function findUnescaped(text, char, from) {
    for (let i = from; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === char)
            return i;
    }
    return -1;
}
function parseSegment(segment) {
    if (segment === '**')
        return { kind: 'globstar' };
    const tokens = [];
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i] ?? '';
        if (c === '\\' && i + 1 < segment.length)
            tokens.push({ kind: 'char', char: segment[++i] ?? '' });
        else if (c === '*') {
            // `**` inside a name is a plain `*`; consecutive stars are one.
            if (tokens[tokens.length - 1]?.kind !== 'star')
                tokens.push({ kind: 'star' });
        }
        else if (c === '?')
            tokens.push({ kind: 'any' });
        else if (c === '[') {
            const parsed = parseClass(segment, i);
            if (parsed) {
                tokens.push(parsed.token);
                i = parsed.end;
            }
            else
                tokens.push({ kind: 'char', char: c });
        }
        else
            tokens.push({ kind: 'char', char: c });
    }
    return { kind: 'name', tokens };
}
/** `[abc]`, `[a-z]`, `[!x]` / `[^x]`; undefined when unclosed (then `[` is literal). */
function parseClass(segment, start) {
    let i = start + 1;
    const negated = segment[i] === '!' || segment[i] === '^';
    if (negated)
        i++;
    const ranges = [];
    let first = true;
    for (; i < segment.length; i++) {
        let c = segment[i] ?? '';
        if (c === ']' && !first)
            return { token: { kind: 'class', negated, ranges }, end: i };
        first = false;
        if (c === '\\' && i + 1 < segment.length)
            c = segment[++i] ?? '';
        if (segment[i + 1] === '-' && i + 2 < segment.length && segment[i + 2] !== ']') {
            ranges.push([c, segment[i + 2] ?? c]);
            i += 2;
        }
        else
            ranges.push([c, c]);
    }
    return undefined;
}
function tokenMatches(token, char) {
    switch (token.kind) {
        case 'char':
            return token.char === char;
        case 'any':
            return char !== '/';
        case 'class':
            return ranges(token.ranges, char) !== token.negated;
        case 'star':
            return true;
    }
}
function ranges(list, char) {
    return list.some(([from, to]) => char >= from && char <= to);
}
/** Wildcard matching of one name, O(tokens × characters). */
function nameMatches(tokens, name) {
    // reach[j]: the tokens so far can consume exactly name[0..j).
    let reach = new Uint8Array(name.length + 1);
    reach[0] = 1;
    for (const token of tokens) {
        const next = new Uint8Array(name.length + 1);
        if (token.kind === 'star') {
            let seen = false;
            for (let j = 0; j <= name.length; j++) {
                if (reach[j])
                    seen = true;
                if (seen)
                    next[j] = 1;
            }
        }
        else {
            for (let j = 0; j < name.length; j++)
                if (reach[j] && tokenMatches(token, name[j] ?? ''))
                    next[j + 1] = 1;
        }
        reach = next;
    }
    return reach[name.length] === 1;
}
/** Segment matching, O(pattern segments × path segments) name tests. */
function segmentsMatch(pattern, path) {
    let reach = new Uint8Array(path.length + 1);
    reach[0] = 1;
    for (const segment of pattern) {
        const next = new Uint8Array(path.length + 1);
        if (segment.kind === 'globstar') {
            let seen = false;
            for (let j = 0; j <= path.length; j++) {
                // `**` never crosses `..` or `.`: they are not names in a reviewed path anyway.
                if (reach[j])
                    seen = true;
                if (seen)
                    next[j] = 1;
            }
        }
        else {
            for (let j = 0; j < path.length; j++)
                if (reach[j] && nameMatches(segment.tokens, path[j] ?? ''))
                    next[j + 1] = 1;
        }
        reach = next;
    }
    return reach[path.length] === 1;
}
function compile(pattern) {
    if (pattern.length > MAX_PATTERN_LENGTH)
        throw new GlobError(`is longer than ${MAX_PATTERN_LENGTH} characters`);
    const negated = pattern.startsWith('!');
    const body = (negated ? pattern.slice(1) : pattern).replace(/^\.\//, '');
    return {
        negated,
        alternatives: expandBraces(body).map((alt) => alt
            .split('/')
            .filter((s, i, all) => s !== '' || (i > 0 && i < all.length - 1))
            .map(parseSegment)),
    };
}
/**
 * A matcher for relative, forward-slash paths: true when any pattern matches (a negated
 * pattern matches every path its body does not). Throws GlobError naming the bad pattern.
 */
function globMatcher(patterns) {
    const compiled = patterns.map((p) => {
        try {
            return compile(p);
        }
        catch (error) {
            throw error instanceof GlobError ? new GlobError(`glob \`${p.slice(0, 80)}\` ${error.message}`) : error;
        }
    });
    return (path) => {
        const segments = path.split('/').filter((s) => s !== '');
        return compiled.some((c) => c.alternatives.some((alt) => segmentsMatch(alt, segments)) !== c.negated);
    };
}
/** True when the text has glob syntax (so a `paths` entry that does not exist is matched, not read). */
function isGlob(text) {
    return /[*?[\]{}]/.test(text) || text.startsWith('!');
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/collect/collect.ts





const DEFAULT_INCLUDE = ['**/*.{yaml,yml,json}'];
const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '.github/workflows/**'];
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
function isInside(root, candidate) {
    const rel = external_node_path_default().relative(root, candidate);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
/** Why a file is not reviewed; shared with the base-revision reader (git.ts) so both trees agree. */
const SKIP_REASONS = {
    tooLarge: (size, max) => `not reviewed: ${size} bytes is over the ${max}-byte file size limit`,
    binary: 'not reviewed: binary content (NUL bytes or invalid UTF-8), not a text manifest',
    brokenLink: 'not reviewed: a broken symbolic link',
    linkOutside: 'not reviewed: a symbolic link that points outside the reviewed tree',
};
/** The review cannot start: a workspace that is not a directory, a glob that cannot be matched. */
class CollectError extends Error {
}
/**
 * `paths` entries (and the file names git gives) may be globs; `.` and `./` name the whole tree,
 * which may be empty, but any other entry that matches no file is a typo that would pass green.
 */
function namesWholeTree(given) {
    return given === '.' || given === './' || given === '';
}
function matchedNothing(given, exists) {
    return incompleteFinding(toPosix(given), exists
        ? `the \`paths\` entry \`${given}\` holds no file the review reads (see \`paths.include\` / \`exclude\`), so nothing was reviewed for it; fix or remove the entry`
        : `the \`paths\` entry \`${given}\` matches no file, so nothing was reviewed for it (a typo?); fix or remove the entry`);
}
function skipped(file, message) {
    return { rule: 'input/skipped', severity: 'notice', path: file, startLine: 1, endLine: 1, message };
}
/**
 * Decodes a manifest's bytes: UTF-8 (BOM stripped), or UTF-16 with a BOM. Returns undefined
 * for anything else with NUL bytes or invalid UTF-8, which is treated as binary.
 */
function decodeText(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    if (bytes.subarray(0, 8192).includes(0))
        return undefined;
    // isUtf8 is a native check: far cheaper than a fatal TextDecoder on every file of a large repo.
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(bytes))
        return undefined;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/**
 * Finds the files to review. Each path argument is a boundary: a symlink that resolves
 * outside it is never read (its target is not even named in the finding), and directory
 * symlinks are not followed at all, which also rules out cycles.
 */
function collectFiles(options) {
    let include;
    let exclude;
    try {
        include = globMatcher([...(options.include ?? DEFAULT_INCLUDE)]);
        exclude = globMatcher([...(options.exclude ?? DEFAULT_EXCLUDE)]);
    }
    catch (error) {
        throw new CollectError(`paths.include / paths.exclude: ${error.message}`);
    }
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const files = [];
    const findings = [];
    const seen = new Set();
    let workspace;
    if (options.workspace !== undefined) {
        try {
            workspace = (0,external_node_fs_namespaceObject.realpathSync)(options.workspace);
            if (!(0,external_node_fs_namespaceObject.statSync)(workspace).isDirectory())
                throw new Error('not a directory');
        }
        catch {
            // Reviewing nothing would pass green: a misconfigured checkout must fail the job.
            throw new CollectError(`the workspace ${options.workspace} is not a directory (is the repository checked out?)`);
        }
    }
    /** A file the entry asked for: counted (for "matches nothing") whether or not it could be read. */
    let matched = 0;
    const readOne = (absolute, display, stats) => {
        matched++;
        if (seen.has(absolute))
            return;
        seen.add(absolute);
        if (stats.size > maxBytes) {
            findings.push(skipped(display, SKIP_REASONS.tooLarge(stats.size, maxBytes)));
            return;
        }
        let bytes;
        try {
            bytes = (0,external_node_fs_namespaceObject.readFileSync)(absolute);
        }
        catch (error) {
            findings.push(skipped(display, `not reviewed: cannot read the file (${error.code ?? 'error'})`));
            return;
        }
        const text = decodeText(bytes);
        if (text === undefined) {
            findings.push(skipped(display, SKIP_REASONS.binary));
            return;
        }
        files.push({ path: display, text });
    };
    /**
     * `wanted` decides for files found by walking: the include/exclude globs, or a `paths` glob.
     * Undefined for a file named explicitly, which is read whatever the globs say.
     */
    const visit = (root, absolute, relToRoot, wanted) => {
        const display = toPosix(external_node_path_default().relative(options.cwd, absolute)) || '.';
        let stats;
        try {
            stats = (0,external_node_fs_namespaceObject.lstatSync)(absolute);
        }
        catch {
            findings.push(skipped(display, 'not reviewed: the path does not exist'));
            return;
        }
        if (stats.isSymbolicLink()) {
            let target;
            try {
                target = (0,external_node_fs_namespaceObject.realpathSync)(absolute);
            }
            catch {
                matched++;
                findings.push(skipped(display, SKIP_REASONS.brokenLink));
                return;
            }
            if (!isInside(root, target)) {
                matched++;
                findings.push(skipped(display, SKIP_REASONS.linkOutside));
                return;
            }
            const targetStats = (0,external_node_fs_namespaceObject.statSync)(target);
            if (!targetStats.isFile())
                return;
            if (wanted && !wanted(relToRoot, absolute))
                return;
            readOne(target, display, targetStats);
            return;
        }
        if (stats.isDirectory()) {
            if (relToRoot && (exclude(relToRoot) || exclude(`${relToRoot}/`)))
                return;
            let entries;
            try {
                entries = (0,external_node_fs_namespaceObject.readdirSync)(absolute).sort();
            }
            catch (error) {
                // A directory the review cannot list may hold anything: not knowing is not "clean".
                matched++;
                findings.push(incompleteFinding(display, `the directory could not be read (${error.code ?? 'error'}), so nothing under it was reviewed`));
                return;
            }
            for (const entry of entries) {
                visit(root, external_node_path_default().join(absolute, entry), relToRoot ? `${relToRoot}/${entry}` : entry, wanted ?? byGlobs);
            }
            return;
        }
        if (!stats.isFile())
            return;
        if (wanted && !wanted(relToRoot, absolute))
            return;
        readOne(absolute, display, stats);
    };
    const byGlobs = (relToRoot) => include(relToRoot) && !exclude(relToRoot);
    for (const given of options.paths) {
        matched = 0;
        const absolute = external_node_path_default().resolve(options.cwd, given);
        let boundary;
        let isDir;
        let exists = true;
        try {
            isDir = (0,external_node_fs_namespaceObject.lstatSync)(absolute).isDirectory();
            boundary = (0,external_node_fs_namespaceObject.realpathSync)(isDir ? absolute : external_node_path_default().dirname(absolute));
        }
        catch {
            exists = false;
            isDir = false;
            boundary = '';
        }
        if (!exists && isGlob(given)) {
            collectGlob(given);
            if (matched === 0)
                findings.push(matchedNothing(given, false));
            continue;
        }
        if (!exists) {
            findings.push(namesWholeTree(given) ? skipped(toPosix(given), 'not reviewed: the path does not exist') : matchedNothing(given, false));
            continue;
        }
        if (workspace !== undefined) {
            if (!isInside(workspace, boundary)) {
                findings.push(incompleteFinding(toPosix(given), `the \`paths\` entry \`${given}\` is outside the workspace, so it was not reviewed`));
                continue;
            }
            boundary = workspace;
        }
        // Globs apply relative to the directory given, as readTreeAt applies them to the base.
        visit(boundary, absolute, isDir ? '' : external_node_path_default().basename(absolute), isDir ? undefined : noGlobs);
        if (matched === 0 && !namesWholeTree(given))
            findings.push(matchedNothing(given, true));
    }
    /** A `paths` glob: relative to `cwd`, walked from its literal leading directories, excludes applied. */
    function collectGlob(given) {
        const glob = globMatcher([toPosix(given)]);
        const literal = [];
        for (const segment of toPosix(given).split('/')) {
            if (isGlob(segment))
                break;
            literal.push(segment);
        }
        const start = external_node_path_default().resolve(options.cwd, literal.join('/') || '.');
        let boundary;
        try {
            if (!(0,external_node_fs_namespaceObject.lstatSync)(start).isDirectory())
                return;
            boundary = workspace ?? (0,external_node_fs_namespaceObject.realpathSync)(options.cwd);
        }
        catch {
            return;
        }
        if (!isInside(boundary, (0,external_node_fs_namespaceObject.realpathSync)(start)))
            return;
        visit(boundary, start, toPosix(external_node_path_default().relative(boundary, start)), (relToRoot, absolute) => !exclude(relToRoot) && glob(toPosix(external_node_path_default().relative(options.cwd, absolute))));
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files, findings };
}
const noGlobs = () => true;

;// CONCATENATED MODULE: ./src/collect/git.ts
/**
 * Reads the tree of another revision straight from git (`git ls-tree` + `git cat-file`, the
 * batch form of `git show REF:path`): nothing is checked out and the working tree is never touched.
 */





/** A git problem the user can fix (bad ref, not a repository, shallow clone): exit 2, one line. */
class GitError extends Error {
}
const MAX_OUTPUT = 512 * 1024 * 1024;
function git(cwd, args, input) {
    const result = (0,external_node_child_process_namespaceObject.spawnSync)('git', args, { cwd, input, maxBuffer: MAX_OUTPUT, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
    if (result.error)
        throw new GitError(`cannot run git: ${result.error.message}`);
    if (result.status !== 0) {
        const stderr = result.stderr.toString('utf8').trim().split('\n')[0] ?? '';
        throw new GitError(`git ${args[0]} failed: ${stderr || `exit ${result.status}`}`);
    }
    return result.stdout;
}
function git_toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
/** The repository's top directory for `cwd` (which may be any subdirectory of it). */
function repositoryRoot(cwd) {
    try {
        return (0,external_node_child_process_namespaceObject.execFileSync)('git', ['rev-parse', '--show-toplevel'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8').trim();
    }
    catch {
        throw new GitError(`${cwd} is not inside a git repository (--base-ref needs one)`);
    }
}
/**
 * The commit a ref names. Refs that look like options are refused before git sees them; a ref
 * missing from a shallow clone gets a hint, since that is the usual cause in CI.
 */
function resolveCommit(cwd, ref) {
    return locateCommit(cwd, ref).commit;
}
/** `resolveCommit`, with the repository's top directory it found on the way. */
function locateCommit(cwd, ref) {
    if (ref.trim() === '' || ref.startsWith('-'))
        throw new GitError(`--base-ref "${ref}" is not a git revision`);
    // One git process for both: it prints the top directory even when the ref does not verify.
    const result = (0,external_node_child_process_namespaceObject.spawnSync)('git', ['rev-parse', '--show-toplevel', '--verify', '--quiet', `${ref}^{commit}`], {
        cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    const [root, commit] = result.error ? [] : result.stdout.toString('utf8').trim().split('\n');
    if (!root)
        throw new GitError(`${cwd} is not inside a git repository (--base-ref needs one)`);
    if (result.status !== 0 || !commit) {
        throw new GitError(`--base-ref ${ref} is not a commit of this repository (in CI, fetch it: actions/checkout with fetch-depth: 0, or git fetch origin ${ref})`);
    }
    return { commit, root };
}
/**
 * `git ls-tree -r -z --full-tree`: every entry of the commit. Sizes are asked for later and
 * only for the blobs to read: `-l` would look up every object, which costs more than the
 * listing itself in a large tree.
 */
function listTree(root, commit) {
    const out = git(root, ['ls-tree', '-r', '-z', '--full-tree', commit]).toString('utf8');
    return out
        .split('\0')
        .filter((line) => line !== '')
        .flatMap((line) => {
        const tab = line.indexOf('\t');
        const [mode, type, object] = line.slice(0, tab).split(/\s+/);
        if (tab < 0 || !mode || !type || !object)
            return [];
        return [{ mode, type, object, file: line.slice(tab + 1) }];
    });
}
/** Blob sizes in bytes through one `git cat-file --batch-check`. */
function blobSizes(root, objects) {
    const sizes = new Map();
    if (objects.length === 0)
        return sizes;
    const out = git(root, ['cat-file', '--batch-check'], `${objects.join('\n')}\n`).toString('utf8');
    for (const line of out.split('\n')) {
        const [object, type, size] = line.split(' ');
        if (object && type !== 'missing' && size !== undefined)
            sizes.set(object, Number(size));
    }
    return sizes;
}
/** Blob contents for many objects through one `git cat-file --batch`. */
function readBlobs(root, objects) {
    const blobs = new Map();
    if (objects.length === 0)
        return blobs;
    const out = git(root, ['cat-file', '--batch'], `${objects.join('\n')}\n`);
    let offset = 0;
    while (offset < out.length) {
        const newline = out.indexOf(0x0a, offset);
        if (newline < 0)
            break;
        const [object, type, size] = out.subarray(offset, newline).toString('utf8').split(' ');
        if (type === 'missing' || !object || size === undefined) {
            offset = newline + 1;
            continue;
        }
        const start = newline + 1;
        const end = start + Number(size);
        blobs.set(object, out.subarray(start, end));
        offset = end + 1;
    }
    return blobs;
}
/** Where a symbolic link of the tree leads, as a repository path (undefined: out of the repository). */
function linkTarget(link, target) {
    const joined = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(link), target));
    return target.startsWith('/') || joined.startsWith('..') ? undefined : joined;
}
/**
 * How the review names a repository file: relative to `cwd` (a real path), forward slashes.
 * Files below `cwd` only lose its prefix, which spares a path.relative per file of a large tree.
 */
function displayName(root, cwd) {
    const fromRoot = git_toPosix(external_node_path_default().relative(root, cwd));
    const prefix = fromRoot === '' ? '' : fromRoot.startsWith('..') || external_node_path_default().isAbsolute(fromRoot) ? undefined : `${fromRoot}/`;
    return (file) => (prefix !== undefined && file.startsWith(prefix) ? file.slice(prefix.length) : git_toPosix(external_node_path_default().relative(cwd, external_node_path_default().join(root, file))) || '.');
}
/**
 * The files of `commit` the working-tree review would read under the same paths and globs,
 * named relative to `cwd` exactly as that review names them, with the same `input/skipped`
 * findings (size, binary, symbolic links out of the reviewed path). Submodules are not entered.
 */
function readTreeAt(commit, options) {
    const root = options.root ?? repositoryRoot(options.cwd);
    const cwd = (0,external_node_fs_namespaceObject.realpathSync)(options.cwd);
    const include = globMatcher([...(options.include ?? DEFAULT_INCLUDE)]);
    const exclude = globMatcher([...(options.exclude ?? DEFAULT_EXCLUDE)]);
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const entries = listTree(root, commit).filter((e) => e.type === 'blob');
    const byFile = new Map(entries.map((e) => [e.file, e]));
    const display = displayName(root, cwd);
    // Many files share a directory: each is matched against the excludes once.
    const excludedDirs = new Map();
    const excludedDir = (dir) => {
        let excluded = excludedDirs.get(dir);
        if (excluded === undefined)
            excludedDirs.set(dir, (excluded = exclude(dir) || exclude(`${dir}/`)));
        return excluded;
    };
    // Each path argument is a boundary, as in collectFiles: globs apply below it, links may not leave it.
    const wanted = new Map();
    for (const given of options.paths) {
        if (isGlob(given) && !(0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().resolve(cwd, given))) {
            // A `paths` glob, as collectFiles reads it: relative to cwd, excludes applied from the root.
            const glob = globMatcher([git_toPosix(given)]);
            for (const entry of entries) {
                const dirs = entry.file.split('/').slice(0, -1).map((_, i, all) => all.slice(0, i + 1).join('/'));
                if (glob(display(entry.file)) && !exclude(entry.file) && !dirs.some(excludedDir))
                    wanted.set(entry.file, { entry, boundary: '' });
            }
            continue;
        }
        const boundary = git_toPosix(external_node_path_default().relative(root, external_node_path_default().resolve(cwd, given)));
        if (boundary.startsWith('..') || external_node_path_default().isAbsolute(boundary))
            continue;
        for (const entry of entries) {
            if (boundary === entry.file) {
                wanted.set(entry.file, { entry, boundary: external_node_path_default().posix.dirname(entry.file) }); // explicit file: no glob applies
                continue;
            }
            const inside = boundary === '' ? entry.file : entry.file.startsWith(`${boundary}/`) ? entry.file.slice(boundary.length + 1) : undefined;
            if (inside === undefined || !include(inside) || exclude(inside))
                continue;
            const dirs = inside.split('/').slice(0, -1).map((_, i, all) => all.slice(0, i + 1).join('/'));
            if (dirs.some(excludedDir))
                continue;
            wanted.set(entry.file, { entry, boundary });
        }
    }
    const reused = [];
    // Findings in the order of the files, as the working-tree review gives them.
    const outcomes = [];
    const linkTexts = readBlobs(root, [...wanted.values()].filter((w) => w.entry.mode === '120000').map((w) => w.entry.object));
    for (const [file, { entry, boundary }] of wanted) {
        let blob = entry;
        if (entry.mode === '120000') {
            const target = linkTarget(file, linkTexts.get(entry.object)?.toString('utf8') ?? '');
            const resolved = target !== undefined ? byFile.get(target) : undefined;
            const within = target !== undefined && (boundary === '.' || boundary === '' || target.startsWith(`${boundary}/`));
            if (target !== undefined && !within) {
                outcomes.push({ file, finding: skipped(display(file), SKIP_REASONS.linkOutside) });
                continue;
            }
            if (!resolved) {
                if (target === undefined)
                    outcomes.push({ file, finding: skipped(display(file), SKIP_REASONS.linkOutside) });
                else if (!entries.some((e) => e.file.startsWith(`${target}/`)))
                    outcomes.push({ file, finding: skipped(display(file), SKIP_REASONS.brokenLink) });
                continue; // a link to a directory is not followed
            }
            blob = resolved;
        }
        else if (options.reuse?.has(display(file))) {
            reused.push(display(file));
            continue;
        }
        if (blob.mode === '120000')
            continue; // links to links: the working tree resolves them, but nothing here needs it
        outcomes.push({ file, blob });
    }
    const sizes = blobSizes(root, [...new Set(outcomes.flatMap((o) => ('blob' in o ? [o.blob.object] : [])))]);
    const findings = [];
    const toRead = new Map();
    for (const outcome of outcomes) {
        if ('finding' in outcome) {
            findings.push(outcome.finding);
            continue;
        }
        const size = sizes.get(outcome.blob.object) ?? 0;
        if (size > maxBytes)
            findings.push(skipped(display(outcome.file), SKIP_REASONS.tooLarge(size, maxBytes)));
        else
            toRead.set(outcome.file, outcome.blob);
    }
    const blobs = readBlobs(root, [...new Set([...toRead.values()].map((e) => e.object))]);
    const files = [];
    for (const [file, blob] of toRead) {
        const bytes = blobs.get(blob.object);
        const text = bytes ? decodeText(bytes) : undefined;
        if (text === undefined)
            findings.push(skipped(display(file), SKIP_REASONS.binary));
        else
            files.push({ path: display(file), text });
    }
    const byPath = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    files.sort((a, b) => byPath(a.path, b.path));
    return { files, findings, reused: reused.sort(byPath) };
}
/**
 * Files that differ between `commit` and the working tree (committed, staged or not, and
 * untracked files not ignored), named relative to `cwd`. Renames count as a new file.
 */
function changedFilesSince(commit, cwdGiven, root = repositoryRoot(cwdGiven)) {
    const cwd = (0,external_node_fs_namespaceObject.realpathSync)(cwdGiven);
    const diff = git(root, ['diff', '--name-only', '--no-renames', '-z', commit, '--']).toString('utf8');
    const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z']).toString('utf8');
    const names = [...diff.split('\0'), ...untracked.split('\0')].filter((n) => n !== '');
    return new Set(names.map(displayName(root, cwd)));
}

;// CONCATENATED MODULE: ./src/engine/budget.ts
/**
 * What a review may spend: time, and input (bytes and documents). A review that runs out must
 * fail closed: whatever it did not read or check may hide an error, so an overrun is itself an
 * error finding (`input/incomplete`) that no config severity, suppression or filter can hide.
 * Before this, files past the deadline became notices and a PR could pad itself with slow
 * files to turn its real errors into a green check.
 */

/** Default total time; generous, so only pathological input reaches it. */
const DEFAULT_TIME_BUDGET_MS = 10 * 60 * 1000;
/**
 * Default total input of one tree. Parsed YAML costs 10–20× its size in memory: 120 copies of a
 * 3.4 MB file (408 MB) exhausted a runner's memory with nothing reported, while the largest
 * real repositories we know of hold a few tens of MB of manifests.
 */
const DEFAULT_MAX_INPUT_BYTES = 128 * 1024 * 1024;
const DEFAULT_MAX_INPUT_DOCUMENTS = 200_000;
const READING_SHARE = 0.75;
/** One review's allowance. The deadline is shared by everything the review does (head, base, rules). */
class Budget {
    timeMs;
    deadline;
    maxInputBytes;
    maxInputDocuments;
    clock;
    constructor(options = {}) {
        this.clock = options.clock ?? (() => performance.now());
        this.timeMs = positive(options.timeBudgetMs, DEFAULT_TIME_BUDGET_MS);
        this.deadline = this.clock() + this.timeMs;
        this.maxInputBytes = positive(options.maxInputBytes, DEFAULT_MAX_INPUT_BYTES);
        this.maxInputDocuments = positive(options.maxInputDocuments, DEFAULT_MAX_INPUT_DOCUMENTS);
    }
    expired() {
        return this.clock() > this.deadline;
    }
    /**
     * Reading stops at three quarters of the time, so the rules still get to check what was read:
     * an overrun while reading then reports the errors in the files that were read, not only itself.
     */
    readingExpired() {
        return this.clock() > this.deadline - this.timeMs * (1 - READING_SHARE);
    }
    /** "600 s", for messages. */
    get timeText() {
        return this.timeMs >= 1000 ? `${Math.round(this.timeMs / 1000)} s` : `${Math.round(this.timeMs)} ms`;
    }
}
/** Junk (NaN, negative, Infinity) never becomes a limit: it falls back to the default. */
function positive(value, fallback) {
    return value !== undefined && Number.isFinite(value) && value >= 0 ? value : fallback;
}
/** "a.yaml, b.yaml, c.yaml and 12 more": names a list without letting it grow without bound. */
function someOf(paths, shown = 5) {
    const head = paths.slice(0, shown).map((p) => `\`${p}\``);
    return paths.length > shown ? `${head.join(', ')} and ${paths.length - shown} more` : head.join(', ');
}

;// CONCATENATED MODULE: ./src/rules/types.ts
/** The rule families; the first segment of every rule id. */
const RULE_FAMILIES = ['input', 'memory-budget', 'version-skew', 'subnet-placement'];
/** Thrown by a rule that stopped because the review's time ran out (see `RuleContext.expired`). */
class RuleOutOfTime extends Error {
    constructor() {
        super("the review's time budget ran out");
    }
}
/**
 * Registers a rule with typed options. The engine hands a rule the options the config loader
 * validated against `optionsSchema` (invalid ones are reported and left out), so reading them
 * as `O` is sound; a caller that passes options directly (tests) is trusted to do the same.
 */
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./src/rules/input/duplicate-key.ts

/* harmony default export */ const duplicate_key = (defineRule({
    id: 'input/duplicate-key',
    family: 'input',
    defaultSeverity: 'warning',
    description: 'A CloudFormation template repeats a key in one mapping: it deploys with the later value, which is what is reviewed.',
    check: ({ inputFindings }) => inputFindings.filter((f) => f.rule === 'input/duplicate-key').map((f) => ({ location: f, message: f.message })),
}));

;// CONCATENATED MODULE: ./src/rules/input/incomplete.ts


/* harmony default export */ const incomplete = (defineRule({
    id: INCOMPLETE_RULE,
    family: 'input',
    defaultSeverity: 'error',
    description: 'The review did not finish: its time or input budget ran out, or a configured path could not be read, so findings may be missing.',
    // After suppressions and mandatory: a PR that pads itself until the budget runs out must not
    // also be able to hide the overrun with a comment or a config entry.
    phase: 'after-suppressions',
    mandatory: true,
    check: ({ inputFindings }) => inputFindings.filter((f) => f.rule === INCOMPLETE_RULE).map((f) => ({ location: f, message: f.message })),
}));

;// CONCATENATED MODULE: ./src/rules/input/invalid-config.ts

/* harmony default export */ const invalid_config = (defineRule({
    id: 'input/invalid-config',
    family: 'input',
    defaultSeverity: 'error',
    description: 'The configuration file is not valid YAML or does not match its schema; the invalid entries are ignored.',
    check: ({ inputFindings }) => inputFindings
        .filter((f) => f.rule === 'input/invalid-config')
        // Warnings (a setting the reviewed files override) keep their level.
        .map((f) => ({ location: f, message: f.message, severity: f.severity })),
}));

;// CONCATENATED MODULE: ./src/rules/input/parse-error.ts

/* harmony default export */ const parse_error = (defineRule({
    id: 'input/parse-error',
    family: 'input',
    defaultSeverity: 'error',
    description: 'A file or document is not valid YAML/JSON, so nothing in it can be reviewed.',
    check: ({ inputFindings }) => inputFindings
        .filter((f) => f.rule === 'input/parse-error')
        .map((f) => ({ location: f, message: f.message })),
}));

;// CONCATENATED MODULE: ./src/rules/input/skipped.ts

/* harmony default export */ const input_skipped = (defineRule({
    id: 'input/skipped',
    family: 'input',
    defaultSeverity: 'notice',
    description: 'A file was not reviewed: a template, binary, too large, a symlink out of the tree, or over a parser limit.',
    check: ({ inputFindings }) => inputFindings.filter((f) => f.rule === 'input/skipped').map((f) => ({ location: f, message: f.message })),
}));

;// CONCATENATED MODULE: ./src/rules/input/suppression-without-reason.ts

/* harmony default export */ const suppression_without_reason = (defineRule({
    id: 'input/suppression-without-reason',
    family: 'input',
    defaultSeverity: 'notice',
    description: 'A suppression gives no reason after `--`; the next reader cannot tell whether it still holds.',
    phase: 'after-suppressions',
    check: ({ suppressions = [] }) => suppressions
        .filter(({ suppression }) => suppression.reason === undefined && suppression.targets.length > 0)
        .map(({ suppression }) => ({
        location: suppression.location,
        message: `suppression of ${suppression.targets.join(', ')} gives no reason; add one after \`--\` (\`${suppression.targets.join(', ')} -- why this is safe\`) so a reviewer can tell when it no longer holds`,
    })),
}));

;// CONCATENATED MODULE: ./src/rules/suppressions.ts
/** The annotation that suppresses findings on a Kubernetes object. */
const IGNORE_ANNOTATION = 'manifest-review.io/ignore';
/** The comment marker that suppresses findings on one line of any YAML file. */
const IGNORE_COMMENT = 'manifest-review-ignore';

;// CONCATENATED MODULE: ./src/rules/input/unused-suppression.ts


/* harmony default export */ const unused_suppression = (defineRule({
    id: 'input/unused-suppression',
    family: 'input',
    defaultSeverity: 'notice',
    description: 'A suppression names an unknown rule, or a rule that found nothing where it applies: it hides nothing and can go.',
    phase: 'after-suppressions',
    check: ({ suppressions = [] }) => suppressions.flatMap(({ suppression, targets }) => {
        const where = suppression.kind === 'annotation'
            ? `on ${suppression.object?.kind ?? 'this object'} ${suppression.object?.name ?? ''}`.trimEnd()
            : `on line ${suppression.covers.fromLine}`;
        if (targets.length === 0) {
            return [
                {
                    location: suppression.location,
                    message: `this suppression names no rule: write the rule ids or families to ignore, then \`-- reason\` (e.g. \`${suppression.kind === 'annotation' ? `${IGNORE_ANNOTATION}: "memory-budget -- why"` : '# manifest-review-ignore memory-budget -- why'}\`)`,
                },
            ];
        }
        return targets.flatMap(({ target, status }) => {
            if (status === 'unknown') {
                return [{ location: suppression.location, message: `\`${target}\` is not a rule id or family of manifest-review, so this suppression hides nothing; fix the name or remove it` }];
            }
            if (status === 'unused') {
                return [
                    {
                        location: suppression.location,
                        message: `no ${target} finding ${where} to suppress; remove \`${target}\` from this suppression${suppression.kind === 'comment' ? ", or move the comment to the line above the finding's line" : ''}`,
                    },
                ];
            }
            return [];
        });
    }),
}));

;// CONCATENATED MODULE: ./src/rules/input/index.ts







const inputRules = [parse_error, duplicate_key, input_skipped, invalid_config, unused_suppression, suppression_without_reason, incomplete];

;// CONCATENATED MODULE: ./src/data/system-pods.ts
// Generated by scripts/generate-node-data.mjs from data/system-pods.csv; do not edit.
// Sources: the add-on manifests and Helm charts named in each row's `source` (see
// data/README.md §6); `defaultOnEks` = installed on every new EKS cluster.
const SYSTEM_PODS = [
    {
        name: 'aws-cloudwatch-metrics',
        kind: 'DaemonSet',
        namespace: 'amazon-cloudwatch',
        component: 'aws/eks-charts aws-cloudwatch-metrics 0.0.11 (CloudWatch agent)',
        containers: ['aws-cloudwatch-metrics'],
        memoryRequestMiB: 200,
        memoryLimitMiB: 200,
        cpuRequestMillis: 200,
        defaultOnEks: false,
        source: 'aws/eks-charts stable/aws-cloudwatch-metrics/values.yaml@5239609242f3',
    },
    {
        name: 'aws-for-fluent-bit',
        kind: 'DaemonSet',
        namespace: 'kube-system',
        component: 'aws/eks-charts aws-for-fluent-bit 0.2.0',
        containers: ['aws-for-fluent-bit'],
        memoryRequestMiB: 50,
        memoryLimitMiB: 250,
        cpuRequestMillis: 50,
        defaultOnEks: false,
        source: 'aws/eks-charts stable/aws-for-fluent-bit/values.yaml@5239609242f3',
    },
    {
        name: 'aws-node',
        kind: 'DaemonSet',
        namespace: 'kube-system',
        component: 'Amazon VPC CNI v1.23.1 (EKS built-in add-on)',
        containers: ['aws-node', 'aws-eks-nodeagent', 'init:aws-vpc-cni-init'],
        cpuRequestMillis: 50,
        defaultOnEks: true,
        source: 'aws/amazon-vpc-cni-k8s config/master/aws-k8s-cni.yaml@b52188387f2e',
    },
    {
        name: 'cloudwatch-agent',
        kind: 'DaemonSet',
        namespace: 'amazon-cloudwatch',
        component: 'amazon-cloudwatch-observability chart 6.4.0 (EKS add-on; AmazonCloudWatchAgent CR mode daemonset)',
        containers: ['cloudwatch-agent'],
        memoryRequestMiB: 128,
        memoryLimitMiB: 512,
        cpuRequestMillis: 250,
        defaultOnEks: false,
        source: 'aws-observability/helm-charts charts/amazon-cloudwatch-observability/values.yaml@71a298ffdebe',
    },
    {
        name: 'coredns',
        kind: 'Deployment',
        namespace: 'kube-system',
        component: 'CoreDNS v1.14.3-eksbuild.11 (EKS built-in add-on; 2 replicas)',
        containers: ['coredns'],
        memoryRequestMiB: 70,
        memoryLimitMiB: 170,
        cpuRequestMillis: 100,
        defaultOnEks: true,
        source: 'eksctl-io/eksctl pkg/addons/default/assets/coredns-1.36.json@99984adb6164',
    },
    {
        name: 'datadog',
        kind: 'DaemonSet',
        namespace: '*',
        component: 'Datadog Helm chart 3.240.0 (agent DaemonSet)',
        containers: ['agent', 'trace-agent', 'init:init-volume', 'init:init-config'],
        defaultOnEks: false,
        source: 'DataDog/helm-charts charts/datadog/values.yaml;charts/datadog/templates/daemonset.yaml;charts/datadog/templates/_container-resources.yaml@79f7c74fd252',
    },
    {
        name: 'dcgm-exporter',
        kind: 'DaemonSet',
        namespace: 'amazon-cloudwatch',
        component: 'amazon-cloudwatch-observability chart 6.4.0 (NVIDIA GPU instance types only)',
        containers: ['dcgm-exporter'],
        memoryRequestMiB: 128,
        memoryLimitMiB: 750,
        cpuRequestMillis: 250,
        defaultOnEks: false,
        source: 'aws-observability/helm-charts charts/amazon-cloudwatch-observability/values.yaml@71a298ffdebe',
    },
    {
        name: 'ebs-csi-node',
        kind: 'DaemonSet',
        namespace: 'kube-system',
        component: 'aws-ebs-csi-driver Helm chart 2.64.0 (EKS add-on)',
        containers: ['ebs-plugin', 'node-driver-registrar', 'liveness-probe'],
        memoryRequestMiB: 104,
        memoryLimitMiB: 320,
        cpuRequestMillis: 30,
        defaultOnEks: false,
        source: 'kubernetes-sigs/aws-ebs-csi-driver charts/aws-ebs-csi-driver/values.yaml;charts/aws-ebs-csi-driver/templates/_node.tpl@429e202e5897',
    },
    {
        name: 'efs-csi-node',
        kind: 'DaemonSet',
        namespace: 'kube-system',
        component: 'aws-efs-csi-driver Helm chart 4.4.1 (EKS add-on)',
        containers: ['efs-plugin', 'csi-driver-registrar', 'liveness-probe'],
        defaultOnEks: false,
        source: 'kubernetes-sigs/aws-efs-csi-driver charts/aws-efs-csi-driver/values.yaml;charts/aws-efs-csi-driver/templates/node-daemonset.yaml@a4fc67600be6',
    },
    {
        name: 'eks-pod-identity-agent',
        kind: 'DaemonSet',
        namespace: 'kube-system',
        component: 'eks-pod-identity-agent Helm chart 1.2.0 (EKS add-on)',
        containers: ['eks-pod-identity-agent', 'init:eks-pod-identity-agent-init'],
        defaultOnEks: false,
        source: 'aws/eks-pod-identity-agent charts/eks-pod-identity-agent/values.yaml;charts/eks-pod-identity-agent/templates/daemonset.yaml@d4dc0f3fedd7',
    },
    {
        name: 'fluent-bit',
        kind: 'DaemonSet',
        namespace: '*',
        component: 'fluent/helm-charts fluent-bit 0.58.1',
        containers: ['fluent-bit'],
        defaultOnEks: false,
        source: 'fluent/helm-charts charts/fluent-bit/values.yaml@5b81bf7a5a5d',
    },
    {
        name: 'fluent-bit',
        kind: 'DaemonSet',
        namespace: 'amazon-cloudwatch',
        component: 'amazon-cloudwatch-observability chart 6.4.0 (EKS add-on; containerLogs.enabled=true)',
        containers: ['fluent-bit'],
        memoryRequestMiB: 25,
        memoryLimitMiB: 250,
        cpuRequestMillis: 50,
        defaultOnEks: false,
        source: 'aws-observability/helm-charts charts/amazon-cloudwatch-observability/values.yaml;charts/amazon-cloudwatch-observability/templates/linux/fluent-bit-daemonset.yaml@71a298ffdebe',
    },
    {
        name: 'kube-proxy',
        kind: 'DaemonSet',
        namespace: 'kube-system',
        component: 'kube-proxy (EKS built-in add-on)',
        containers: ['kube-proxy'],
        cpuRequestMillis: 100,
        defaultOnEks: true,
        source: 'eksctl-io/eksctl pkg/addons/default/testdata/sample-old-kube-proxy-amd.json@99984adb6164',
    },
    {
        name: 'neuron-monitor',
        kind: 'DaemonSet',
        namespace: 'amazon-cloudwatch',
        component: 'amazon-cloudwatch-observability chart 6.4.0 (Inferentia/Trainium instance types only)',
        containers: ['neuron-monitor'],
        memoryRequestMiB: 128,
        memoryLimitMiB: 500,
        cpuRequestMillis: 256,
        defaultOnEks: false,
        source: 'aws-observability/helm-charts charts/amazon-cloudwatch-observability/values.yaml@71a298ffdebe',
    },
    {
        name: 'node-exporter',
        kind: 'DaemonSet',
        namespace: 'amazon-cloudwatch',
        component: 'amazon-cloudwatch-observability chart 6.4.0 (only if otelContainerInsights.enabled=true; default false)',
        containers: ['node-exporter'],
        memoryRequestMiB: 30,
        memoryLimitMiB: 100,
        cpuRequestMillis: 50,
        defaultOnEks: false,
        source: 'aws-observability/helm-charts charts/amazon-cloudwatch-observability/values.yaml;charts/amazon-cloudwatch-observability/templates/linux/node-exporter-daemonset.yaml@71a298ffdebe',
    },
    {
        name: 'prometheus-node-exporter',
        kind: 'DaemonSet',
        namespace: '*',
        component: 'prometheus-community prometheus-node-exporter 4.56.1 (also kube-prometheus-stack 88.5.3 dependency)',
        containers: ['node-exporter'],
        defaultOnEks: false,
        source: 'prometheus-community/helm-charts charts/prometheus-node-exporter/values.yaml;charts/kube-prometheus-stack/Chart.yaml@cf408a290aec',
    },
];

;// CONCATENATED MODULE: ./src/model/quantity.ts
const BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL = { '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E))?$/;
/**
 * Parses a Kubernetes resource quantity ("3.5Gi", "512M", "1e9", 1024) to a number in base
 * units (bytes for memory). Returns undefined for anything Kubernetes would reject.
 */
function parseQuantity(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const m = QUANTITY.exec(value.trim());
    if (!m)
        return undefined;
    const base = Number(m[1]);
    if (m[2])
        return base * 10 ** Number(m[2].slice(1));
    const suffix = m[3] ?? '';
    const factor = BINARY[suffix] ?? DECIMAL[suffix];
    return factor === undefined ? undefined : base * factor;
}
/** CPU quantity ("250m", "1", 0.5) in millicores. */
function parseCpuMillis(value) {
    const cores = parseQuantity(value);
    return cores === undefined ? undefined : Math.round(cores * 1000);
}
const MiB = 2 ** 20;
function mib(n) {
    return n * MiB;
}
function toMiB(bytes) {
    return bytes / MiB;
}

;// CONCATENATED MODULE: ./src/model/util.ts
/** Small readers for untyped YAML values: they never throw, they answer undefined. */
function asObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function asArray(value) {
    return Array.isArray(value) ? value : [];
}
function asString(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
function asNumber(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    // A 400-digit string is digits too, but Infinity is not a count: junk must not become "Infinity" in a message.
    if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value) && Number.isFinite(Number(value)))
        return Number(value);
    return undefined;
}
function asBoolean(value) {
    if (typeof value === 'boolean')
        return value;
    if (value === 'true' || value === 'True')
        return true;
    if (value === 'false' || value === 'False')
        return false;
    return undefined;
}
function get(value, ...path) {
    let current = value;
    for (const key of path) {
        if (typeof key === 'number') {
            if (!Array.isArray(current))
                return undefined;
            current = current[key];
        }
        else {
            const obj = asObject(current);
            if (!obj)
                return undefined;
            current = obj[key];
        }
    }
    return current;
}
function stringMap(value) {
    const out = {};
    const obj = asObject(value);
    if (!obj)
        return out;
    for (const [k, v] of Object.entries(obj)) {
        const s = asString(v);
        if (s !== undefined)
            out[k] = s;
    }
    return out;
}
/**
 * A Kubernetes minor version from what a manifest wrote: "1.29", "1.29.3", "v1.29",
 * or a YAML number (1.1 is what `version: 1.10` parses to, so numbers are read from source).
 */
function normalizeMinor(value, sourceText) {
    const raw = sourceText !== undefined && typeof value === 'number' ? sourceText.trim().replace(/^['"]|['"]$/g, '') : asString(value);
    if (raw === undefined)
        return undefined;
    const m = /^v?(\d+)\.(\d+)(?:\.\d+)?(?:[-+].*)?$/.exec(raw.trim());
    return m ? `${Number(m[1])}.${Number(m[2])}` : undefined;
}

;// CONCATENATED MODULE: ./src/rules/memory-budget/_match.ts
const ABSENT = { kind: 'absent' };
const UNKNOWN = { kind: 'unknown' };
const labelValue = (value) => ({ kind: 'value', value });
function and(a, b) {
    if (a === 'no' || b === 'no')
        return 'no';
    return a === 'maybe' || b === 'maybe' ? 'maybe' : 'yes';
}
function or(a, b) {
    if (a === 'yes' || b === 'yes')
        return 'yes';
    return a === 'maybe' || b === 'maybe' ? 'maybe' : 'no';
}
function compareNumber(value, bound, operator) {
    const v = Number(value);
    const b = Number(bound);
    if (!/^-?\d+$/.test(value) || bound === undefined || !/^-?\d+$/.test(bound))
        return false;
    return operator === 'Gt' ? v > b : v < b;
}
function satisfiesOne(value, req) {
    switch (req.operator) {
        case 'In':
            return req.values.includes(value);
        case 'NotIn':
            return !req.values.includes(value);
        case 'Exists':
            return true;
        case 'DoesNotExist':
            return false;
        case 'Gt':
        case 'Lt':
            return compareNumber(value, req.values[0], req.operator);
    }
}
/** One requirement against what is known of the label. */
function evaluate(req, label) {
    switch (label.kind) {
        case 'unknown':
            return 'maybe';
        case 'absent':
            return req.operator === 'NotIn' || req.operator === 'DoesNotExist' ? 'yes' : 'no';
        case 'value':
            return satisfiesOne(label.value, req) ? 'yes' : 'no';
        case 'oneOf':
            return label.values.some((v) => satisfiesOne(v, req)) ? 'yes' : 'no';
    }
}
function labelText(label) {
    switch (label.kind) {
        case 'absent':
            return 'no such label';
        case 'unknown':
            return 'label not known';
        case 'value':
            return `has ${label.value}`;
        case 'oneOf':
            return `has one of ${label.values.join(', ')}`;
    }
}
function requirementText(req) {
    if (req.operator === 'Exists' || req.operator === 'DoesNotExist')
        return `${req.key} ${req.operator}`;
    return `${req.key} ${req.operator} [${req.values.join(', ')}]`;
}
function tolerates(toleration, taint) {
    if (toleration.effect && toleration.effect !== taint.effect)
        return false;
    if (toleration.operator === 'Exists')
        return toleration.key === undefined || toleration.key === '' || toleration.key === taint.key;
    return toleration.key === taint.key && (toleration.value ?? '') === (taint.value ?? '');
}
const toleratesEverything = (tolerations) => tolerations.some((t) => t.operator === 'Exists' && (t.key === undefined || t.key === '') && !t.effect);
function taintText(taint) {
    return `taint ${taint.key}${taint.value !== undefined ? `=${taint.value}` : ''}:${taint.effect} not tolerated`;
}
/** Whether the pod can be scheduled on the node, with the reasons it cannot (or may not). */
function matchPod(pod, node) {
    const reasons = [];
    let result = 'yes';
    let by;
    const exclude = (tri, reason, part) => {
        result = and(result, tri);
        if (tri !== 'yes')
            reasons.push(reason);
        if (tri === 'no' && by === undefined)
            by = part;
    };
    for (const [key, value] of Object.entries(pod.nodeSelector)) {
        const label = node.label(key);
        exclude(evaluate({ key, operator: 'In', values: [value] }, label), `nodeSelector ${key}=${value} (${labelText(label)})`, 'nodeSelector');
    }
    if (pod.requiredNodeAffinity.length > 0) {
        let any = 'no';
        const termReasons = [];
        for (const term of pod.requiredNodeAffinity) {
            let all = 'yes';
            for (const req of term) {
                const label = node.label(req.key);
                const tri = evaluate(req, label);
                all = and(all, tri);
                if (tri !== 'yes')
                    termReasons.push(`affinity ${requirementText(req)} (${labelText(label)})`);
            }
            any = or(any, all);
        }
        exclude(any, termReasons.join('; '), 'affinity');
    }
    const blocking = (node.taints ?? []).filter((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
    for (const taint of blocking) {
        if (!pod.tolerations.some((t) => tolerates(t, taint)))
            exclude('no', taintText(taint), 'tolerations');
    }
    if (node.taints === undefined && !toleratesEverything(pod.tolerations)) {
        exclude('maybe', 'node taints not known', 'tolerations');
    }
    return { result, reasons, ...(by ? { by } : {}) };
}
/**
 * `matchPod(pod, node).result` without the reasons: a Karpenter pool is matched once per
 * instance type it can launch, and building every reason's text for hundreds of types per pod
 * and pool was most of the rule phase's time (issue 18).
 */
function podFits(pod, node) {
    let result = 'yes';
    for (const [key, value] of Object.entries(pod.nodeSelector)) {
        result = and(result, evaluate({ key, operator: 'In', values: [value] }, node.label(key)));
        if (result === 'no')
            return 'no';
    }
    if (pod.requiredNodeAffinity.length > 0) {
        let any = 'no';
        for (const term of pod.requiredNodeAffinity) {
            let all = 'yes';
            for (const req of term) {
                all = and(all, evaluate(req, node.label(req.key)));
                if (all === 'no')
                    break;
            }
            any = or(any, all);
            if (any === 'yes')
                break;
        }
        result = and(result, any);
        if (result === 'no')
            return 'no';
    }
    for (const taint of node.taints ?? []) {
        if ((taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') && !pod.tolerations.some((t) => tolerates(t, taint)))
            return 'no';
    }
    if (node.taints === undefined && !toleratesEverything(pod.tolerations))
        result = and(result, 'maybe');
    return result;
}
/** Whether the pod's selectors read any of these label keys (to evaluate per instance type only then). */
function readsAnyLabel(pod, keys) {
    if (Object.keys(pod.nodeSelector).some((k) => keys.has(k)))
        return true;
    return pod.requiredNodeAffinity.some((term) => term.some((r) => keys.has(r.key)));
}

;// CONCATENATED MODULE: ./src/data/instance-types.ts
// Generated by scripts/generate-node-data.mjs from data/instance-types.csv; do not edit.
// Source: aws/karpenter-provider-aws website/content/en/docs/reference/instance-types.md
// @ 1d927085dd81a9df9301e613f371dac5b4d16bfe (Apache-2.0): vCPU, nominal memory (EC2 MemoryInfo.SizeInMiB),
// ENI-limited max pods and Karpenter's pre-launch allocatable-memory estimate (AL2023, default settings).
const INSTANCE_TYPES_SOURCE = 'aws/karpenter-provider-aws website/content/en/docs/reference/instance-types.md @ 1d927085dd81a9df9301e613f371dac5b4d16bfe';
// One type a line: name, arch (x = amd64, a = arm64), vCPU, memory MiB, ENI max pods, Karpenter
// allocatable MiB. A string parsed on first use starts faster than 1363 object literals.
const TABLE = `a1.2xlarge a 8 16384 58 14103
a1.4xlarge a 16 32768 234 27322
a1.large a 2 4096 29 3055
a1.medium a 1 2048 8 1392
a1.metal a 16 32768 234 27322
a1.xlarge a 4 8192 58 6525
c1.medium x 2 1740 12 1122
c1.xlarge x 8 7168 58 5637
c3.2xlarge x 8 15360 58 13215
c3.4xlarge x 16 30720 234 25487
c3.8xlarge x 32 61440 234 53903
c3.large x 2 3840 29 2878
c3.xlarge x 4 7680 58 6111
c4.2xlarge x 8 15360 58 13215
c4.4xlarge x 16 30720 234 25487
c4.8xlarge x 36 61440 234 53903
c4.large x 2 3840 29 2878
c4.xlarge x 4 7680 58 6111
c5.12xlarge x 48 98304 234 88002
c5.18xlarge x 72 147456 737 127934
c5.24xlarge x 96 196608 737 173400
c5.2xlarge x 8 16384 58 14162
c5.4xlarge x 16 32768 234 27381
c5.9xlarge x 36 73728 234 65269
c5.large x 2 4096 29 3114
c5.metal x 96 196608 737 173400
c5.xlarge x 4 8192 58 6584
c5a.12xlarge x 48 98304 234 88002
c5a.16xlarge x 64 131072 737 112779
c5a.24xlarge x 96 196608 737 173400
c5a.2xlarge x 8 16384 58 14162
c5a.4xlarge x 16 32768 234 27381
c5a.8xlarge x 32 65536 234 57691
c5a.large x 2 4096 29 3114
c5a.xlarge x 4 8192 58 6584
c5ad.12xlarge x 48 98304 234 88002
c5ad.16xlarge x 64 131072 737 112779
c5ad.24xlarge x 96 196608 737 173400
c5ad.2xlarge x 8 16384 58 14162
c5ad.4xlarge x 16 32768 234 27381
c5ad.8xlarge x 32 65536 234 57691
c5ad.large x 2 4096 29 3114
c5ad.xlarge x 4 8192 58 6584
c5d.12xlarge x 48 98304 234 88002
c5d.18xlarge x 72 147456 737 127934
c5d.24xlarge x 96 196608 737 173400
c5d.2xlarge x 8 16384 58 14162
c5d.4xlarge x 16 32768 234 27381
c5d.9xlarge x 36 73728 234 65269
c5d.large x 2 4096 29 3114
c5d.metal x 96 196608 737 173400
c5d.xlarge x 4 8192 58 6584
c5n.18xlarge x 72 196608 737 173400
c5n.2xlarge x 8 21504 58 18898
c5n.4xlarge x 16 43008 234 36853
c5n.9xlarge x 36 98304 234 88002
c5n.large x 2 5376 29 4298
c5n.metal x 72 196608 737 173400
c5n.xlarge x 4 10752 58 8952
c6a.12xlarge x 48 98304 234 88002
c6a.16xlarge x 64 131072 737 112779
c6a.24xlarge x 96 196608 737 173400
c6a.2xlarge x 8 16384 58 14162
c6a.32xlarge x 128 262144 737 234021
c6a.48xlarge x 192 393216 737 355262
c6a.4xlarge x 16 32768 234 27381
c6a.8xlarge x 32 65536 234 57691
c6a.large x 2 4096 29 3114
c6a.metal x 192 393216 737 355262
c6a.xlarge x 4 8192 58 6584
c6g.12xlarge a 48 98304 234 87943
c6g.16xlarge a 64 131072 737 112720
c6g.2xlarge a 8 16384 58 14103
c6g.4xlarge a 16 32768 234 27322
c6g.8xlarge a 32 65536 234 57632
c6g.large a 2 4096 29 3055
c6g.medium a 1 2048 8 1392
c6g.metal a 64 131072 737 112720
c6g.xlarge a 4 8192 58 6525
c6gd.12xlarge a 48 98304 234 87943
c6gd.16xlarge a 64 131072 737 112720
c6gd.2xlarge a 8 16384 58 14103
c6gd.4xlarge a 16 32768 234 27322
c6gd.8xlarge a 32 65536 234 57632
c6gd.large a 2 4096 29 3055
c6gd.medium a 1 2048 8 1392
c6gd.metal a 64 131072 737 112720
c6gd.xlarge a 4 8192 58 6525
c6gn.12xlarge a 48 98304 234 87943
c6gn.16xlarge a 64 131072 737 112720
c6gn.2xlarge a 8 16384 58 14103
c6gn.4xlarge a 16 32768 234 27322
c6gn.8xlarge a 32 65536 234 57632
c6gn.large a 2 4096 29 3055
c6gn.medium a 1 2048 8 1392
c6gn.xlarge a 4 8192 58 6525
c6i.12xlarge x 48 98304 234 88002
c6i.16xlarge x 64 131072 737 112779
c6i.24xlarge x 96 196608 737 173400
c6i.2xlarge x 8 16384 58 14162
c6i.32xlarge x 128 262144 737 234021
c6i.4xlarge x 16 32768 234 27381
c6i.8xlarge x 32 65536 234 57691
c6i.large x 2 4096 29 3114
c6i.metal x 128 262144 737 234021
c6i.xlarge x 4 8192 58 6584
c6id.12xlarge x 48 98304 234 88002
c6id.16xlarge x 64 131072 737 112779
c6id.24xlarge x 96 196608 737 173400
c6id.2xlarge x 8 16384 58 14162
c6id.32xlarge x 128 262144 737 234021
c6id.4xlarge x 16 32768 234 27381
c6id.8xlarge x 32 65536 234 57691
c6id.large x 2 4096 29 3114
c6id.metal x 128 262144 737 234021
c6id.xlarge x 4 8192 58 6584
c6in.12xlarge x 48 98304 234 88002
c6in.16xlarge x 64 131072 737 112779
c6in.24xlarge x 96 196608 737 173400
c6in.2xlarge x 8 16384 58 14162
c6in.32xlarge x 128 262144 394 237794
c6in.4xlarge x 16 32768 234 27381
c6in.8xlarge x 32 65536 234 57691
c6in.large x 2 4096 29 3114
c6in.metal x 128 262144 394 237794
c6in.xlarge x 4 8192 58 6584
c7a.12xlarge x 48 98304 234 88002
c7a.16xlarge x 64 131072 737 112779
c7a.24xlarge x 96 196608 737 173400
c7a.2xlarge x 8 16384 58 14162
c7a.32xlarge x 128 262144 737 234021
c7a.48xlarge x 192 393216 737 355262
c7a.4xlarge x 16 32768 234 27381
c7a.8xlarge x 32 65536 234 57691
c7a.large x 2 4096 29 3114
c7a.medium x 1 2048 8 1451
c7a.metal-48xl x 192 393216 737 355262
c7a.xlarge x 4 8192 58 6584
c7g.12xlarge a 48 98304 234 87943
c7g.16xlarge a 64 131072 737 112720
c7g.2xlarge a 8 16384 58 14103
c7g.4xlarge a 16 32768 234 27322
c7g.8xlarge a 32 65536 234 57632
c7g.large a 2 4096 29 3055
c7g.medium a 1 2048 8 1392
c7g.metal a 64 131072 737 112720
c7g.xlarge a 4 8192 58 6525
c7gd.12xlarge a 48 98304 234 87943
c7gd.16xlarge a 64 131072 737 112720
c7gd.2xlarge a 8 16384 58 14103
c7gd.4xlarge a 16 32768 234 27322
c7gd.8xlarge a 32 65536 234 57632
c7gd.large a 2 4096 29 3055
c7gd.medium a 1 2048 8 1392
c7gd.metal a 64 131072 737 112720
c7gd.xlarge a 4 8192 58 6525
c7gn.12xlarge a 48 98304 234 87943
c7gn.16xlarge a 64 131072 737 112720
c7gn.2xlarge a 8 16384 58 14103
c7gn.4xlarge a 16 32768 234 27322
c7gn.8xlarge a 32 65536 234 57632
c7gn.large a 2 4096 29 3055
c7gn.medium a 1 2048 8 1392
c7gn.metal a 64 131072 737 112720
c7gn.xlarge a 4 8192 58 6525
c7i-flex.12xlarge x 48 98304 234 88002
c7i-flex.16xlarge x 64 131072 737 112779
c7i-flex.2xlarge x 8 16384 58 14162
c7i-flex.4xlarge x 16 32768 234 27381
c7i-flex.8xlarge x 32 65536 234 57691
c7i-flex.large x 2 4096 29 3114
c7i-flex.xlarge x 4 8192 58 6584
c7i.12xlarge x 48 98304 234 88002
c7i.16xlarge x 64 131072 737 112779
c7i.24xlarge x 96 196608 737 173400
c7i.2xlarge x 8 16384 58 14162
c7i.48xlarge x 192 393216 737 355262
c7i.4xlarge x 16 32768 234 27381
c7i.8xlarge x 32 65536 234 57691
c7i.large x 2 4096 29 3114
c7i.metal-24xl x 96 196608 737 173400
c7i.metal-48xl x 192 393216 737 355262
c7i.xlarge x 4 8192 58 6584
c8a.12xlarge x 48 98304 758 82238
c8a.16xlarge x 64 131072 1010 109776
c8a.24xlarge x 96 196608 1010 170397
c8a.2xlarge x 8 16384 158 13062
c8a.48xlarge x 192 393216 1514 346715
c8a.4xlarge x 16 32768 314 26501
c8a.8xlarge x 32 65536 392 55953
c8a.large x 2 4096 59 2784
c8a.medium x 1 2048 8 1451
c8a.metal-24xl x 96 196608 1010 170397
c8a.metal-48xl x 192 393216 1514 346715
c8a.xlarge x 4 8192 78 6364
c8g.12xlarge a 48 98304 234 87943
c8g.16xlarge a 64 131072 737 112720
c8g.24xlarge a 96 196608 737 173341
c8g.2xlarge a 8 16384 58 14103
c8g.48xlarge a 192 393216 737 355203
c8g.4xlarge a 16 32768 234 27322
c8g.8xlarge a 32 65536 234 57632
c8g.large a 2 4096 29 3055
c8g.medium a 1 2048 8 1392
c8g.metal-24xl a 96 196608 737 173341
c8g.metal-48xl a 192 393216 737 355203
c8g.xlarge a 4 8192 58 6525
c8gb.12xlarge a 48 98304 350 86667
c8gb.16xlarge a 64 131072 786 112181
c8gb.24xlarge a 96 196608 1178 168490
c8gb.2xlarge a 8 16384 58 14103
c8gb.48xlarge a 192 393216 590 356820
c8gb.4xlarge a 16 32768 234 27322
c8gb.8xlarge a 32 65536 292 56994
c8gb.large a 2 4096 29 3055
c8gb.medium a 1 2048 8 1392
c8gb.metal-24xl a 96 196608 1178 168490
c8gb.metal-48xl a 192 393216 590 356820
c8gb.xlarge a 4 8192 58 6525
c8gd.12xlarge a 48 98304 234 87943
c8gd.16xlarge a 64 131072 737 112720
c8gd.24xlarge a 96 196608 737 173341
c8gd.2xlarge a 8 16384 58 14103
c8gd.48xlarge a 192 393216 737 355203
c8gd.4xlarge a 16 32768 234 27322
c8gd.8xlarge a 32 65536 234 57632
c8gd.large a 2 4096 29 3055
c8gd.medium a 1 2048 8 1392
c8gd.metal-24xl a 96 196608 737 173341
c8gd.metal-48xl a 192 393216 737 355203
c8gd.xlarge a 4 8192 58 6525
c8gn.12xlarge a 48 98304 350 86667
c8gn.16xlarge a 64 131072 786 112181
c8gn.24xlarge a 96 196608 1178 168490
c8gn.2xlarge a 8 16384 58 14103
c8gn.48xlarge a 192 393216 590 356820
c8gn.4xlarge a 16 32768 234 27322
c8gn.8xlarge a 32 65536 292 56994
c8gn.large a 2 4096 29 3055
c8gn.medium a 1 2048 8 1392
c8gn.metal-24xl a 96 196608 1178 168490
c8gn.metal-48xl a 192 393216 590 356820
c8gn.xlarge a 4 8192 58 6525
c8i-flex.12xlarge x 48 98304 590 84086
c8i-flex.16xlarge x 64 131072 1010 109776
c8i-flex.2xlarge x 8 16384 118 13502
c8i-flex.4xlarge x 16 32768 394 25621
c8i-flex.8xlarge x 32 65536 492 54853
c8i-flex.large x 2 4096 59 2784
c8i-flex.xlarge x 4 8192 118 5924
c8i.12xlarge x 48 98304 590 84086
c8i.16xlarge x 64 131072 1010 109776
c8i.24xlarge x 96 196608 1010 170397
c8i.2xlarge x 8 16384 118 13502
c8i.32xlarge x 128 262144 1514 225474
c8i.48xlarge x 192 393216 1514 346715
c8i.4xlarge x 16 32768 394 25621
c8i.8xlarge x 32 65536 492 54853
c8i.96xlarge x 384 786432 1514 710440
c8i.large x 2 4096 59 2784
c8i.metal-48xl x 192 393216 1514 346715
c8i.metal-96xl x 384 786432 1514 710440
c8i.xlarge x 4 8192 118 5924
c8ib.12xlarge x 48 98304 590 84086
c8ib.16xlarge x 64 131072 1010 109776
c8ib.24xlarge x 96 196608 1010 170397
c8ib.2xlarge x 8 16384 118 13502
c8ib.32xlarge x 128 262144 1010 231018
c8ib.48xlarge x 192 393216 1514 346715
c8ib.4xlarge x 16 32768 394 25621
c8ib.8xlarge x 32 65536 394 55931
c8ib.96xlarge x 384 786432 758 718756
c8ib.large x 2 4096 78 2575
c8ib.metal-48xl x 192 393216 1514 346715
c8ib.metal-96xl x 384 786432 758 718756
c8ib.xlarge x 4 8192 118 5924
c8id.12xlarge x 48 98304 590 84086
c8id.16xlarge x 64 131072 1010 109776
c8id.24xlarge x 96 196608 1010 170397
c8id.2xlarge x 8 16384 118 13502
c8id.32xlarge x 128 262144 1514 225474
c8id.48xlarge x 192 393216 1514 346715
c8id.4xlarge x 16 32768 394 25621
c8id.8xlarge x 32 65536 492 54853
c8id.96xlarge x 384 786432 1514 710440
c8id.large x 2 4096 59 2784
c8id.metal-48xl x 192 393216 1514 346715
c8id.metal-96xl x 384 786432 1514 710440
c8id.xlarge x 4 8192 118 5924
c8in.12xlarge x 48 98304 590 84086
c8in.16xlarge x 64 131072 1010 109776
c8in.24xlarge x 96 196608 1010 170397
c8in.2xlarge x 8 16384 118 13502
c8in.32xlarge x 128 262144 1010 231018
c8in.48xlarge x 192 393216 1514 346715
c8in.4xlarge x 16 32768 394 25621
c8in.8xlarge x 32 65536 394 55931
c8in.96xlarge x 384 786432 758 718756
c8in.large x 2 4096 78 2575
c8in.metal-48xl x 192 393216 1514 346715
c8in.metal-96xl x 384 786432 758 718756
c8in.xlarge x 4 8192 118 5924
c8ine.12xlarge x 48 98304 590 84086
c8ine.2xlarge x 8 16384 118 13502
c8ine.4xlarge x 16 32768 394 25621
c8ine.8xlarge x 32 65536 394 55931
c8ine.large x 2 4096 78 2575
c8ine.xlarge x 4 8192 118 5924
c9g.12xlarge a 48 98304 590 84027
c9g.16xlarge a 64 131072 1010 109717
c9g.24xlarge a 96 196608 1514 164794
c9g.2xlarge a 8 16384 118 13443
c9g.48xlarge a 192 393216 1514 346656
c9g.4xlarge a 16 32768 394 25562
c9g.8xlarge a 32 65536 492 54794
c9g.large a 2 4096 59 2725
c9g.medium a 1 2048 40 1040
c9g.metal-48xl a 192 393216 1514 346656
c9g.xlarge a 4 8192 118 5865
c9gd.12xlarge a 48 98304 590 84027
c9gd.16xlarge a 64 131072 1010 109717
c9gd.24xlarge a 96 196608 1514 164794
c9gd.2xlarge a 8 16384 118 13443
c9gd.48xlarge a 192 393216 1514 346656
c9gd.4xlarge a 16 32768 394 25562
c9gd.8xlarge a 32 65536 492 54794
c9gd.large a 2 4096 59 2725
c9gd.medium a 1 2048 40 1040
c9gd.metal-48xl a 192 393216 1514 346656
c9gd.xlarge a 4 8192 118 5865
d2.2xlarge x 8 62464 58 56786
d2.4xlarge x 16 124928 234 112629
d2.8xlarge x 36 249856 234 228187
d2.xlarge x 4 31232 58 27896
d3.2xlarge x 8 65536 18 60067
d3.4xlarge x 16 131072 38 120468
d3.8xlarge x 32 262144 59 241479
d3.xlarge x 4 32768 10 29845
d3en.12xlarge x 48 196608 89 180528
d3en.2xlarge x 8 32768 18 29757
d3en.4xlarge x 16 65536 38 59847
d3en.6xlarge x 24 98304 58 89938
d3en.8xlarge x 32 131072 78 120028
d3en.xlarge x 4 16384 10 14690
dl2q.24xlarge x 96 786432 737 718987
f2.12xlarge x 48 524288 234 482037
f2.48xlarge x 192 2097152 737 1931403
f2.6xlarge x 24 262144 234 239554
g4ad.16xlarge x 64 262144 234 239554
g4ad.2xlarge x 8 32768 8 29867
g4ad.4xlarge x 16 65536 29 59946
g4ad.8xlarge x 32 131072 58 120248
g4ad.xlarge x 4 16384 8 14712
g4dn.12xlarge x 48 196608 234 178933
g4dn.16xlarge x 64 262144 58 241490
g4dn.2xlarge x 8 32768 29 29636
g4dn.4xlarge x 16 65536 29 59946
g4dn.8xlarge x 32 131072 58 120248
g4dn.metal x 96 393216 737 355262
g4dn.xlarge x 4 16384 29 14481
g5.12xlarge x 48 196608 737 173400
g5.16xlarge x 64 262144 234 239554
g5.24xlarge x 96 393216 737 355262
g5.2xlarge x 8 32768 58 29317
g5.48xlarge x 192 786432 345 723299
g5.4xlarge x 16 65536 234 57691
g5.8xlarge x 32 131072 234 118312
g5.xlarge x 4 16384 58 14162
g5g.16xlarge a 64 131072 737 112720
g5g.2xlarge a 8 16384 58 14103
g5g.4xlarge a 16 32768 234 27322
g5g.8xlarge a 32 65536 234 57632
g5g.metal a 64 131072 737 112720
g5g.xlarge a 4 8192 58 6525
g6.12xlarge x 48 196608 234 178933
g6.16xlarge x 64 262144 737 234021
g6.24xlarge x 96 393216 737 355262
g6.2xlarge x 8 32768 58 29317
g6.48xlarge x 192 786432 737 718987
g6.4xlarge x 16 65536 234 57691
g6.8xlarge x 32 131072 234 118312
g6.xlarge x 4 16384 58 14162
g6e.12xlarge x 48 393216 292 360157
g6e.16xlarge x 64 524288 737 476504
g6e.24xlarge x 96 786432 492 721682
g6e.2xlarge x 8 65536 58 59627
g6e.48xlarge x 192 1572864 492 1449132
g6e.4xlarge x 16 131072 234 118312
g6e.8xlarge x 32 262144 234 239554
g6e.xlarge x 4 32768 58 29317
g6f.2xlarge x 8 32768 58 29317
g6f.4xlarge x 16 65536 234 57691
g6f.large x 2 8192 20 7002
g6f.xlarge x 4 16384 58 14162
g7.12xlarge x 48 196608 758 173169
g7.24xlarge x 96 393216 1514 346715
g7.2xlarge x 8 32768 254 27161
g7.48xlarge x 192 786432 758 718756
g7.4xlarge x 16 65536 506 54699
g7.8xlarge x 32 131072 632 113934
g7e.12xlarge x 48 524288 632 477659
g7e.24xlarge x 96 1048576 632 962625
g7e.2xlarge x 8 65536 254 57471
g7e.48xlarge x 192 2097152 632 1932558
g7e.4xlarge x 16 131072 506 115320
g7e.8xlarge x 32 262144 506 236562
gr6.4xlarge x 16 131072 234 118312
gr6.8xlarge x 32 262144 234 239554
gr6f.4xlarge x 16 131072 234 118312
h1.16xlarge x 64 262144 394 237794
h1.2xlarge x 8 32768 58 29317
h1.4xlarge x 16 65536 234 57691
h1.8xlarge x 32 131072 234 118312
hpc6a.48xlarge x 96 393216 100 362269
hpc6id.32xlarge x 64 1048576 51 969016
hpc7a.12xlarge x 24 786432 100 725994
hpc7a.24xlarge x 48 786432 100 725994
hpc7a.48xlarge x 96 786432 100 725994
hpc7a.96xlarge x 192 786432 100 725994
hpc7g.16xlarge a 64 131072 198 118649
hpc7g.4xlarge a 16 131072 198 118649
hpc7g.8xlarge a 32 131072 198 118649
hpc8a.96xlarge x 192 786432 100 725994
i2.2xlarge x 8 62464 58 56786
i2.4xlarge x 16 124928 234 112629
i2.8xlarge x 32 249856 234 228187
i2.xlarge x 4 31232 58 27896
i3.16xlarge x 64 499712 737 453771
i3.2xlarge x 8 62464 58 56786
i3.4xlarge x 16 124928 234 112629
i3.8xlarge x 32 249856 234 228187
i3.large x 2 15616 29 13770
i3.xlarge x 4 31232 58 27896
i3en.12xlarge x 48 393216 234 360795
i3en.24xlarge x 96 786432 737 718987
i3en.2xlarge x 8 65536 58 59627
i3en.3xlarge x 12 98304 58 89938
i3en.6xlarge x 24 196608 234 178933
i3en.large x 2 16384 29 14481
i3en.metal x 96 786432 737 718987
i3en.xlarge x 4 32768 58 29317
i4g.16xlarge a 64 524288 737 476445
i4g.2xlarge a 8 65536 58 59568
i4g.4xlarge a 16 131072 234 118253
i4g.8xlarge a 32 262144 234 239495
i4g.large a 2 16384 29 14422
i4g.xlarge a 4 32768 58 29258
i4i.12xlarge x 48 393216 234 360795
i4i.16xlarge x 64 524288 737 476504
i4i.24xlarge x 96 786432 437 722287
i4i.2xlarge x 8 65536 58 59627
i4i.32xlarge x 128 1048576 737 961470
i4i.4xlarge x 16 131072 234 118312
i4i.8xlarge x 32 262144 234 239554
i4i.large x 2 16384 29 14481
i4i.metal x 128 1048576 737 961470
i4i.xlarge x 4 32768 58 29317
i7i.12xlarge x 48 393216 234 360795
i7i.16xlarge x 64 524288 737 476504
i7i.24xlarge x 96 786432 737 718987
i7i.2xlarge x 8 65536 58 59627
i7i.48xlarge x 192 1572864 737 1446437
i7i.4xlarge x 16 131072 234 118312
i7i.8xlarge x 32 262144 234 239554
i7i.large x 2 16384 29 14481
i7i.metal-24xl x 96 786432 737 718987
i7i.metal-48xl x 192 1572864 737 1446437
i7i.xlarge x 4 32768 58 29317
i7ie.12xlarge x 48 393216 394 359035
i7ie.18xlarge x 72 589824 737 537125
i7ie.24xlarge x 96 786432 737 718987
i7ie.2xlarge x 8 65536 58 59627
i7ie.3xlarge x 12 98304 58 89938
i7ie.48xlarge x 192 1572864 737 1446437
i7ie.6xlarge x 24 196608 234 178933
i7ie.large x 2 16384 29 14481
i7ie.metal-24xl x 96 786432 737 718987
i7ie.metal-48xl x 192 1572864 737 1446437
i7ie.xlarge x 4 32768 58 29317
i8g.12xlarge a 48 393216 234 360736
i8g.16xlarge a 64 524288 737 476445
i8g.24xlarge a 96 786432 737 718928
i8g.2xlarge a 8 65536 58 59568
i8g.48xlarge a 192 1572864 737 1446378
i8g.4xlarge a 16 131072 234 118253
i8g.8xlarge a 32 262144 234 239495
i8g.large a 2 16384 29 14422
i8g.metal-24xl a 96 786432 737 718928
i8g.metal-48xl a 192 1572864 737 1446378
i8g.xlarge a 4 32768 58 29258
i8ge.12xlarge a 48 393216 350 359460
i8ge.18xlarge a 72 589824 786 536527
i8ge.24xlarge a 96 786432 786 718389
i8ge.2xlarge a 8 65536 58 59568
i8ge.3xlarge a 12 98304 176 88581
i8ge.48xlarge a 192 1572864 1178 1441527
i8ge.6xlarge a 24 196608 292 178236
i8ge.large a 2 16384 29 14422
i8ge.metal-24xl a 96 786432 786 718389
i8ge.metal-48xl a 192 1572864 1178 1441527
i8ge.xlarge a 4 32768 58 29258
im4gn.16xlarge a 64 262144 737 233962
im4gn.2xlarge a 8 32768 58 29258
im4gn.4xlarge a 16 65536 234 57632
im4gn.8xlarge a 32 131072 234 118253
im4gn.large a 2 8192 29 6844
im4gn.xlarge a 4 16384 58 14103
inf1.24xlarge x 96 196608 321 177976
inf1.2xlarge x 8 16384 38 14382
inf1.6xlarge x 24 49152 234 42536
inf1.xlarge x 4 8192 38 6804
inf2.24xlarge x 96 393216 737 355262
inf2.48xlarge x 192 786432 737 718987
inf2.8xlarge x 32 131072 234 118312
inf2.xlarge x 4 16384 58 14162
is4gen.2xlarge a 8 49152 58 44413
is4gen.4xlarge a 16 98304 234 87943
is4gen.8xlarge a 32 196608 234 178874
is4gen.large a 2 12288 29 10633
is4gen.medium a 1 6144 8 5181
is4gen.xlarge a 4 24576 58 21680
m1.large x 2 7680 29 6430
m1.medium x 1 3788 12 3016
m1.small x 1 1740 8 1166
m1.xlarge x 4 15360 58 13215
m2.2xlarge x 4 35020 118 30740
m2.4xlarge x 8 70041 234 61858
m2.xlarge x 2 17510 58 15203
m3.2xlarge x 8 30720 118 26763
m3.large x 2 7680 29 6430
m3.medium x 1 3840 12 3065
m3.xlarge x 4 15360 58 13215
m4.10xlarge x 40 163840 234 148623
m4.16xlarge x 64 262144 234 239554
m4.2xlarge x 8 32768 58 29317
m4.4xlarge x 16 65536 234 57691
m4.large x 2 8192 20 7002
m4.xlarge x 4 16384 58 14162
m5.12xlarge x 48 196608 234 178933
m5.16xlarge x 64 262144 737 234021
m5.24xlarge x 96 393216 737 355262
m5.2xlarge x 8 32768 58 29317
m5.4xlarge x 16 65536 234 57691
m5.8xlarge x 32 131072 234 118312
m5.large x 2 8192 29 6903
m5.metal x 96 393216 737 355262
m5.xlarge x 4 16384 58 14162
m5a.12xlarge x 48 196608 234 178933
m5a.16xlarge x 64 262144 737 234021
m5a.24xlarge x 96 393216 737 355262
m5a.2xlarge x 8 32768 58 29317
m5a.4xlarge x 16 65536 234 57691
m5a.8xlarge x 32 131072 234 118312
m5a.large x 2 8192 29 6903
m5a.xlarge x 4 16384 58 14162
m5ad.12xlarge x 48 196608 234 178933
m5ad.16xlarge x 64 262144 737 234021
m5ad.24xlarge x 96 393216 737 355262
m5ad.2xlarge x 8 32768 58 29317
m5ad.4xlarge x 16 65536 234 57691
m5ad.8xlarge x 32 131072 234 118312
m5ad.large x 2 8192 29 6903
m5ad.xlarge x 4 16384 58 14162
m5d.12xlarge x 48 196608 234 178933
m5d.16xlarge x 64 262144 737 234021
m5d.24xlarge x 96 393216 737 355262
m5d.2xlarge x 8 32768 58 29317
m5d.4xlarge x 16 65536 234 57691
m5d.8xlarge x 32 131072 234 118312
m5d.large x 2 8192 29 6903
m5d.metal x 96 393216 737 355262
m5d.xlarge x 4 16384 58 14162
m5dn.12xlarge x 48 196608 234 178933
m5dn.16xlarge x 64 262144 737 234021
m5dn.24xlarge x 96 393216 737 355262
m5dn.2xlarge x 8 32768 58 29317
m5dn.4xlarge x 16 65536 234 57691
m5dn.8xlarge x 32 131072 234 118312
m5dn.large x 2 8192 29 6903
m5dn.metal x 96 393216 737 355262
m5dn.xlarge x 4 16384 58 14162
m5n.12xlarge x 48 196608 234 178933
m5n.16xlarge x 64 262144 737 234021
m5n.24xlarge x 96 393216 737 355262
m5n.2xlarge x 8 32768 58 29317
m5n.4xlarge x 16 65536 234 57691
m5n.8xlarge x 32 131072 234 118312
m5n.large x 2 8192 29 6903
m5n.metal x 96 393216 737 355262
m5n.xlarge x 4 16384 58 14162
m5zn.12xlarge x 48 196608 737 173400
m5zn.2xlarge x 8 32768 58 29317
m5zn.3xlarge x 12 49152 234 42536
m5zn.6xlarge x 24 98304 234 88002
m5zn.large x 2 8192 29 6903
m5zn.metal x 48 196608 737 173400
m5zn.xlarge x 4 16384 58 14162
m6a.12xlarge x 48 196608 234 178933
m6a.16xlarge x 64 262144 737 234021
m6a.24xlarge x 96 393216 737 355262
m6a.2xlarge x 8 32768 58 29317
m6a.32xlarge x 128 524288 737 476504
m6a.48xlarge x 192 786432 737 718987
m6a.4xlarge x 16 65536 234 57691
m6a.8xlarge x 32 131072 234 118312
m6a.large x 2 8192 29 6903
m6a.metal x 192 786432 737 718987
m6a.xlarge x 4 16384 58 14162
m6g.12xlarge a 48 196608 234 178874
m6g.16xlarge a 64 262144 737 233962
m6g.2xlarge a 8 32768 58 29258
m6g.4xlarge a 16 65536 234 57632
m6g.8xlarge a 32 131072 234 118253
m6g.large a 2 8192 29 6844
m6g.medium a 1 4096 8 3286
m6g.metal a 64 262144 737 233962
m6g.xlarge a 4 16384 58 14103
m6gd.12xlarge a 48 196608 234 178874
m6gd.16xlarge a 64 262144 737 233962
m6gd.2xlarge a 8 32768 58 29258
m6gd.4xlarge a 16 65536 234 57632
m6gd.8xlarge a 32 131072 234 118253
m6gd.large a 2 8192 29 6844
m6gd.medium a 1 4096 8 3286
m6gd.metal a 64 262144 737 233962
m6gd.xlarge a 4 16384 58 14103
m6i.12xlarge x 48 196608 234 178933
m6i.16xlarge x 64 262144 737 234021
m6i.24xlarge x 96 393216 737 355262
m6i.2xlarge x 8 32768 58 29317
m6i.32xlarge x 128 524288 737 476504
m6i.4xlarge x 16 65536 234 57691
m6i.8xlarge x 32 131072 234 118312
m6i.large x 2 8192 29 6903
m6i.metal x 128 524288 737 476504
m6i.xlarge x 4 16384 58 14162
m6id.12xlarge x 48 196608 234 178933
m6id.16xlarge x 64 262144 737 234021
m6id.24xlarge x 96 393216 737 355262
m6id.2xlarge x 8 32768 58 29317
m6id.32xlarge x 128 524288 737 476504
m6id.4xlarge x 16 65536 234 57691
m6id.8xlarge x 32 131072 234 118312
m6id.large x 2 8192 29 6903
m6id.metal x 128 524288 737 476504
m6id.xlarge x 4 16384 58 14162
m6idn.12xlarge x 48 196608 234 178933
m6idn.16xlarge x 64 262144 737 234021
m6idn.24xlarge x 96 393216 737 355262
m6idn.2xlarge x 8 32768 58 29317
m6idn.32xlarge x 128 524288 394 480277
m6idn.4xlarge x 16 65536 234 57691
m6idn.8xlarge x 32 131072 234 118312
m6idn.large x 2 8192 29 6903
m6idn.metal x 128 524288 394 480277
m6idn.xlarge x 4 16384 58 14162
m6in.12xlarge x 48 196608 234 178933
m6in.16xlarge x 64 262144 737 234021
m6in.24xlarge x 96 393216 737 355262
m6in.2xlarge x 8 32768 58 29317
m6in.32xlarge x 128 524288 394 480277
m6in.4xlarge x 16 65536 234 57691
m6in.8xlarge x 32 131072 234 118312
m6in.large x 2 8192 29 6903
m6in.metal x 128 524288 394 480277
m6in.xlarge x 4 16384 58 14162
m7a.12xlarge x 48 196608 234 178933
m7a.16xlarge x 64 262144 737 234021
m7a.24xlarge x 96 393216 737 355262
m7a.2xlarge x 8 32768 58 29317
m7a.32xlarge x 128 524288 737 476504
m7a.48xlarge x 192 786432 737 718987
m7a.4xlarge x 16 65536 234 57691
m7a.8xlarge x 32 131072 234 118312
m7a.large x 2 8192 29 6903
m7a.medium x 1 4096 8 3345
m7a.metal-48xl x 192 786432 737 718987
m7a.xlarge x 4 16384 58 14162
m7g.12xlarge a 48 196608 234 178874
m7g.16xlarge a 64 262144 737 233962
m7g.2xlarge a 8 32768 58 29258
m7g.4xlarge a 16 65536 234 57632
m7g.8xlarge a 32 131072 234 118253
m7g.large a 2 8192 29 6844
m7g.medium a 1 4096 8 3286
m7g.metal a 64 262144 737 233962
m7g.xlarge a 4 16384 58 14103
m7gd.12xlarge a 48 196608 234 178874
m7gd.16xlarge a 64 262144 737 233962
m7gd.2xlarge a 8 32768 58 29258
m7gd.4xlarge a 16 65536 234 57632
m7gd.8xlarge a 32 131072 234 118253
m7gd.large a 2 8192 29 6844
m7gd.medium a 1 4096 8 3286
m7gd.metal a 64 262144 737 233962
m7gd.xlarge a 4 16384 58 14103
m7i-flex.12xlarge x 48 196608 234 178933
m7i-flex.16xlarge x 64 262144 737 234021
m7i-flex.2xlarge x 8 32768 58 29317
m7i-flex.4xlarge x 16 65536 234 57691
m7i-flex.8xlarge x 32 131072 234 118312
m7i-flex.large x 2 8192 29 6903
m7i-flex.xlarge x 4 16384 58 14162
m7i.12xlarge x 48 196608 234 178933
m7i.16xlarge x 64 262144 737 234021
m7i.24xlarge x 96 393216 737 355262
m7i.2xlarge x 8 32768 58 29317
m7i.48xlarge x 192 786432 737 718987
m7i.4xlarge x 16 65536 234 57691
m7i.8xlarge x 32 131072 234 118312
m7i.large x 2 8192 29 6903
m7i.metal-24xl x 96 393216 737 355262
m7i.metal-48xl x 192 786432 737 718987
m7i.xlarge x 4 16384 58 14162
m8a.12xlarge x 48 196608 758 173169
m8a.16xlarge x 64 262144 1010 231018
m8a.24xlarge x 96 393216 1010 352259
m8a.2xlarge x 8 32768 158 28217
m8a.48xlarge x 192 786432 1514 710440
m8a.4xlarge x 16 65536 314 56811
m8a.8xlarge x 32 131072 392 116574
m8a.large x 2 8192 59 6573
m8a.medium x 1 4096 8 3345
m8a.metal-24xl x 96 393216 1010 352259
m8a.metal-48xl x 192 786432 1514 710440
m8a.xlarge x 4 16384 78 13942
m8azn.12xlarge x 48 196608 1010 170397
m8azn.24xlarge x 96 393216 1010 352259
m8azn.3xlarge x 12 49152 314 41656
m8azn.6xlarge x 24 98304 314 87122
m8azn.large x 2 8192 78 6364
m8azn.medium x 1 4096 11 3312
m8azn.metal-12xl x 48 196608 1010 170397
m8azn.metal-24xl x 96 393216 1010 352259
m8azn.xlarge x 4 16384 78 13942
m8g.12xlarge a 48 196608 234 178874
m8g.16xlarge a 64 262144 737 233962
m8g.24xlarge a 96 393216 737 355203
m8g.2xlarge a 8 32768 58 29258
m8g.48xlarge a 192 786432 737 718928
m8g.4xlarge a 16 65536 234 57632
m8g.8xlarge a 32 131072 234 118253
m8g.large a 2 8192 29 6844
m8g.medium a 1 4096 8 3286
m8g.metal-24xl a 96 393216 737 355203
m8g.metal-48xl a 192 786432 737 718928
m8g.xlarge a 4 16384 58 14103
m8gb.12xlarge a 48 196608 350 177598
m8gb.16xlarge a 64 262144 786 233423
m8gb.24xlarge a 96 393216 1178 350352
m8gb.2xlarge a 8 32768 58 29258
m8gb.48xlarge a 192 786432 590 720545
m8gb.4xlarge a 16 65536 234 57632
m8gb.8xlarge a 32 131072 292 117615
m8gb.large a 2 8192 29 6844
m8gb.medium a 1 4096 8 3286
m8gb.metal-24xl a 96 393216 1178 350352
m8gb.metal-48xl a 192 786432 590 720545
m8gb.xlarge a 4 16384 58 14103
m8gd.12xlarge a 48 196608 234 178874
m8gd.16xlarge a 64 262144 737 233962
m8gd.24xlarge a 96 393216 737 355203
m8gd.2xlarge a 8 32768 58 29258
m8gd.48xlarge a 192 786432 737 718928
m8gd.4xlarge a 16 65536 234 57632
m8gd.8xlarge a 32 131072 234 118253
m8gd.large a 2 8192 29 6844
m8gd.medium a 1 4096 8 3286
m8gd.metal-24xl a 96 393216 737 355203
m8gd.metal-48xl a 192 786432 737 718928
m8gd.xlarge a 4 16384 58 14103
m8gn.12xlarge a 48 196608 350 177598
m8gn.16xlarge a 64 262144 786 233423
m8gn.24xlarge a 96 393216 1178 350352
m8gn.2xlarge a 8 32768 58 29258
m8gn.48xlarge a 192 786432 590 720545
m8gn.4xlarge a 16 65536 234 57632
m8gn.8xlarge a 32 131072 292 117615
m8gn.large a 2 8192 29 6844
m8gn.medium a 1 4096 8 3286
m8gn.metal-24xl a 96 393216 1178 350352
m8gn.metal-48xl a 192 786432 590 720545
m8gn.xlarge a 4 16384 58 14103
m8i-flex.12xlarge x 48 196608 590 175017
m8i-flex.16xlarge x 64 262144 1010 231018
m8i-flex.2xlarge x 8 32768 118 28657
m8i-flex.4xlarge x 16 65536 394 55931
m8i-flex.8xlarge x 32 131072 492 115474
m8i-flex.large x 2 8192 59 6573
m8i-flex.xlarge x 4 16384 118 13502
m8i.12xlarge x 48 196608 590 175017
m8i.16xlarge x 64 262144 1010 231018
m8i.24xlarge x 96 393216 1010 352259
m8i.2xlarge x 8 32768 118 28657
m8i.32xlarge x 128 524288 1514 467957
m8i.48xlarge x 192 786432 1514 710440
m8i.4xlarge x 16 65536 394 55931
m8i.8xlarge x 32 131072 492 115474
m8i.96xlarge x 384 1572864 1514 1437890
m8i.large x 2 8192 59 6573
m8i.metal-48xl x 192 786432 1514 710440
m8i.metal-96xl x 384 1572864 1514 1437890
m8i.xlarge x 4 16384 118 13502
m8ib.12xlarge x 48 196608 590 175017
m8ib.16xlarge x 64 262144 1010 231018
m8ib.24xlarge x 96 393216 1010 352259
m8ib.2xlarge x 8 32768 118 28657
m8ib.32xlarge x 128 524288 1010 473501
m8ib.48xlarge x 192 786432 1514 710440
m8ib.4xlarge x 16 65536 394 55931
m8ib.8xlarge x 32 131072 394 116552
m8ib.96xlarge x 384 1572864 758 1446206
m8ib.large x 2 8192 78 6364
m8ib.metal-48xl x 192 786432 1514 710440
m8ib.metal-96xl x 384 1572864 758 1446206
m8ib.xlarge x 4 16384 118 13502
m8id.12xlarge x 48 196608 590 175017
m8id.16xlarge x 64 262144 1010 231018
m8id.24xlarge x 96 393216 1010 352259
m8id.2xlarge x 8 32768 118 28657
m8id.32xlarge x 128 524288 1514 467957
m8id.48xlarge x 192 786432 1514 710440
m8id.4xlarge x 16 65536 394 55931
m8id.8xlarge x 32 131072 492 115474
m8id.96xlarge x 384 1572864 1514 1437890
m8id.large x 2 8192 59 6573
m8id.metal-48xl x 192 786432 1514 710440
m8id.metal-96xl x 384 1572864 1514 1437890
m8id.xlarge x 4 16384 118 13502
m8idb.12xlarge x 48 196608 590 175017
m8idb.16xlarge x 64 262144 1010 231018
m8idb.24xlarge x 96 393216 1010 352259
m8idb.2xlarge x 8 32768 118 28657
m8idb.32xlarge x 128 524288 1010 473501
m8idb.48xlarge x 192 786432 1514 710440
m8idb.4xlarge x 16 65536 394 55931
m8idb.8xlarge x 32 131072 394 116552
m8idb.96xlarge x 384 1572864 758 1446206
m8idb.large x 2 8192 78 6364
m8idb.metal-48xl x 192 786432 1514 710440
m8idb.metal-96xl x 384 1572864 758 1446206
m8idb.xlarge x 4 16384 118 13502
m8idn.12xlarge x 48 196608 590 175017
m8idn.16xlarge x 64 262144 1010 231018
m8idn.24xlarge x 96 393216 1010 352259
m8idn.2xlarge x 8 32768 118 28657
m8idn.32xlarge x 128 524288 1010 473501
m8idn.48xlarge x 192 786432 1514 710440
m8idn.4xlarge x 16 65536 394 55931
m8idn.8xlarge x 32 131072 394 116552
m8idn.96xlarge x 384 1572864 758 1446206
m8idn.large x 2 8192 78 6364
m8idn.metal-48xl x 192 786432 1514 710440
m8idn.metal-96xl x 384 1572864 758 1446206
m8idn.xlarge x 4 16384 118 13502
m8in.12xlarge x 48 196608 590 175017
m8in.16xlarge x 64 262144 1010 231018
m8in.24xlarge x 96 393216 1010 352259
m8in.2xlarge x 8 32768 118 28657
m8in.32xlarge x 128 524288 1010 473501
m8in.48xlarge x 192 786432 1514 710440
m8in.4xlarge x 16 65536 394 55931
m8in.8xlarge x 32 131072 394 116552
m8in.96xlarge x 384 1572864 758 1446206
m8in.large x 2 8192 78 6364
m8in.metal-48xl x 192 786432 1514 710440
m8in.metal-96xl x 384 1572864 758 1446206
m8in.xlarge x 4 16384 118 13502
m8ine.12xlarge x 48 196608 590 175017
m8ine.2xlarge x 8 32768 118 28657
m8ine.4xlarge x 16 65536 394 55931
m8ine.8xlarge x 32 131072 394 116552
m8ine.large x 2 8192 78 6364
m8ine.xlarge x 4 16384 118 13502
m9g.12xlarge a 48 196608 590 174958
m9g.16xlarge a 64 262144 1010 230959
m9g.24xlarge a 96 393216 1514 346656
m9g.2xlarge a 8 32768 118 28598
m9g.48xlarge a 192 786432 1514 710381
m9g.4xlarge a 16 65536 394 55872
m9g.8xlarge a 32 131072 492 115415
m9g.large a 2 8192 59 6514
m9g.medium a 1 4096 40 2934
m9g.metal-48xl a 192 786432 1514 710381
m9g.xlarge a 4 16384 118 13443
m9gd.12xlarge a 48 196608 590 174958
m9gd.16xlarge a 64 262144 1010 230959
m9gd.24xlarge a 96 393216 1514 346656
m9gd.2xlarge a 8 32768 118 28598
m9gd.48xlarge a 192 786432 1514 710381
m9gd.4xlarge a 16 65536 394 55872
m9gd.8xlarge a 32 131072 492 115415
m9gd.large a 2 8192 59 6514
m9gd.medium a 1 4096 40 2934
m9gd.metal-48xl a 192 786432 1514 710381
m9gd.xlarge a 4 16384 118 13443
p3dn.24xlarge x 96 786432 737 718987
p4d.24xlarge x 96 1179648 737 1082712
p4de.24xlarge x 96 1179648 737 1082712
p5.48xlarge x 192 2097152 100 1938410
p5.4xlarge x 16 262144 118 240830
p5e.48xlarge x 192 2097152 100 1938410
p5en.48xlarge x 192 2097152 198 1937332
p6-b200.48xlarge x 192 2097152 198 1937332
p6-b300.48xlarge x 192 4194304 198 3877198
r3.2xlarge x 8 62464 58 56786
r3.4xlarge x 16 124928 234 112629
r3.8xlarge x 32 249856 234 228187
r3.large x 2 15360 29 13534
r3.xlarge x 4 31232 58 27896
r4.16xlarge x 64 499712 737 453771
r4.2xlarge x 8 62464 58 56786
r4.4xlarge x 16 124928 234 112629
r4.8xlarge x 32 249856 234 228187
r4.large x 2 15616 29 13770
r4.xlarge x 4 31232 58 27896
r5.12xlarge x 48 393216 234 360795
r5.16xlarge x 64 524288 737 476504
r5.24xlarge x 96 786432 737 718987
r5.2xlarge x 8 65536 58 59627
r5.4xlarge x 16 131072 234 118312
r5.8xlarge x 32 262144 234 239554
r5.large x 2 16384 29 14481
r5.metal x 96 786432 737 718987
r5.xlarge x 4 32768 58 29317
r5a.12xlarge x 48 393216 234 360795
r5a.16xlarge x 64 524288 737 476504
r5a.24xlarge x 96 786432 737 718987
r5a.2xlarge x 8 65536 58 59627
r5a.4xlarge x 16 131072 234 118312
r5a.8xlarge x 32 262144 234 239554
r5a.large x 2 16384 29 14481
r5a.xlarge x 4 32768 58 29317
r5ad.12xlarge x 48 393216 234 360795
r5ad.16xlarge x 64 524288 737 476504
r5ad.24xlarge x 96 786432 737 718987
r5ad.2xlarge x 8 65536 58 59627
r5ad.4xlarge x 16 131072 234 118312
r5ad.8xlarge x 32 262144 234 239554
r5ad.large x 2 16384 29 14481
r5ad.xlarge x 4 32768 58 29317
r5b.12xlarge x 48 393216 234 360795
r5b.16xlarge x 64 524288 737 476504
r5b.24xlarge x 96 786432 737 718987
r5b.2xlarge x 8 65536 58 59627
r5b.4xlarge x 16 131072 234 118312
r5b.8xlarge x 32 262144 234 239554
r5b.large x 2 16384 29 14481
r5b.metal x 96 786432 737 718987
r5b.xlarge x 4 32768 58 29317
r5d.12xlarge x 48 393216 234 360795
r5d.16xlarge x 64 524288 737 476504
r5d.24xlarge x 96 786432 737 718987
r5d.2xlarge x 8 65536 58 59627
r5d.4xlarge x 16 131072 234 118312
r5d.8xlarge x 32 262144 234 239554
r5d.large x 2 16384 29 14481
r5d.metal x 96 786432 737 718987
r5d.xlarge x 4 32768 58 29317
r5dn.12xlarge x 48 393216 234 360795
r5dn.16xlarge x 64 524288 737 476504
r5dn.24xlarge x 96 786432 737 718987
r5dn.2xlarge x 8 65536 58 59627
r5dn.4xlarge x 16 131072 234 118312
r5dn.8xlarge x 32 262144 234 239554
r5dn.large x 2 16384 29 14481
r5dn.metal x 96 786432 737 718987
r5dn.xlarge x 4 32768 58 29317
r5n.12xlarge x 48 393216 234 360795
r5n.16xlarge x 64 524288 737 476504
r5n.24xlarge x 96 786432 737 718987
r5n.2xlarge x 8 65536 58 59627
r5n.4xlarge x 16 131072 234 118312
r5n.8xlarge x 32 262144 234 239554
r5n.large x 2 16384 29 14481
r5n.metal x 96 786432 737 718987
r5n.xlarge x 4 32768 58 29317
r6a.12xlarge x 48 393216 234 360795
r6a.16xlarge x 64 524288 737 476504
r6a.24xlarge x 96 786432 737 718987
r6a.2xlarge x 8 65536 58 59627
r6a.32xlarge x 128 1048576 737 961470
r6a.48xlarge x 192 1572864 737 1446437
r6a.4xlarge x 16 131072 234 118312
r6a.8xlarge x 32 262144 234 239554
r6a.large x 2 16384 29 14481
r6a.metal x 192 1572864 737 1446437
r6a.xlarge x 4 32768 58 29317
r6g.12xlarge a 48 393216 234 360736
r6g.16xlarge a 64 524288 737 476445
r6g.2xlarge a 8 65536 58 59568
r6g.4xlarge a 16 131072 234 118253
r6g.8xlarge a 32 262144 234 239495
r6g.large a 2 16384 29 14422
r6g.medium a 1 8192 8 7075
r6g.metal a 64 524288 737 476445
r6g.xlarge a 4 32768 58 29258
r6gd.12xlarge a 48 393216 234 360736
r6gd.16xlarge a 64 524288 737 476445
r6gd.2xlarge a 8 65536 58 59568
r6gd.4xlarge a 16 131072 234 118253
r6gd.8xlarge a 32 262144 234 239495
r6gd.large a 2 16384 29 14422
r6gd.medium a 1 8192 8 7075
r6gd.metal a 64 524288 737 476445
r6gd.xlarge a 4 32768 58 29258
r6i.12xlarge x 48 393216 234 360795
r6i.16xlarge x 64 524288 737 476504
r6i.24xlarge x 96 786432 737 718987
r6i.2xlarge x 8 65536 58 59627
r6i.32xlarge x 128 1048576 737 961470
r6i.4xlarge x 16 131072 234 118312
r6i.8xlarge x 32 262144 234 239554
r6i.large x 2 16384 29 14481
r6i.metal x 128 1048576 737 961470
r6i.xlarge x 4 32768 58 29317
r6id.12xlarge x 48 393216 234 360795
r6id.16xlarge x 64 524288 737 476504
r6id.24xlarge x 96 786432 737 718987
r6id.2xlarge x 8 65536 58 59627
r6id.32xlarge x 128 1048576 737 961470
r6id.4xlarge x 16 131072 234 118312
r6id.8xlarge x 32 262144 234 239554
r6id.large x 2 16384 29 14481
r6id.metal x 128 1048576 737 961470
r6id.xlarge x 4 32768 58 29317
r6idn.12xlarge x 48 393216 234 360795
r6idn.16xlarge x 64 524288 737 476504
r6idn.24xlarge x 96 786432 737 718987
r6idn.2xlarge x 8 65536 58 59627
r6idn.32xlarge x 128 1048576 394 965243
r6idn.4xlarge x 16 131072 234 118312
r6idn.8xlarge x 32 262144 234 239554
r6idn.large x 2 16384 29 14481
r6idn.metal x 128 1048576 394 965243
r6idn.xlarge x 4 32768 58 29317
r6in.12xlarge x 48 393216 234 360795
r6in.16xlarge x 64 524288 737 476504
r6in.24xlarge x 96 786432 737 718987
r6in.2xlarge x 8 65536 58 59627
r6in.32xlarge x 128 1048576 394 965243
r6in.4xlarge x 16 131072 234 118312
r6in.8xlarge x 32 262144 234 239554
r6in.large x 2 16384 29 14481
r6in.metal x 128 1048576 394 965243
r6in.xlarge x 4 32768 58 29317
r7a.12xlarge x 48 393216 234 360795
r7a.16xlarge x 64 524288 737 476504
r7a.24xlarge x 96 786432 737 718987
r7a.2xlarge x 8 65536 58 59627
r7a.32xlarge x 128 1048576 737 961470
r7a.48xlarge x 192 1572864 737 1446437
r7a.4xlarge x 16 131072 234 118312
r7a.8xlarge x 32 262144 234 239554
r7a.large x 2 16384 29 14481
r7a.medium x 1 8192 8 7134
r7a.metal-48xl x 192 1572864 737 1446437
r7a.xlarge x 4 32768 58 29317
r7g.12xlarge a 48 393216 234 360736
r7g.16xlarge a 64 524288 737 476445
r7g.2xlarge a 8 65536 58 59568
r7g.4xlarge a 16 131072 234 118253
r7g.8xlarge a 32 262144 234 239495
r7g.large a 2 16384 29 14422
r7g.medium a 1 8192 8 7075
r7g.metal a 64 524288 737 476445
r7g.xlarge a 4 32768 58 29258
r7gd.12xlarge a 48 393216 234 360736
r7gd.16xlarge a 64 524288 737 476445
r7gd.2xlarge a 8 65536 58 59568
r7gd.4xlarge a 16 131072 234 118253
r7gd.8xlarge a 32 262144 234 239495
r7gd.large a 2 16384 29 14422
r7gd.medium a 1 8192 8 7075
r7gd.metal a 64 524288 737 476445
r7gd.xlarge a 4 32768 58 29258
r7i.12xlarge x 48 393216 234 360795
r7i.16xlarge x 64 524288 737 476504
r7i.24xlarge x 96 786432 737 718987
r7i.2xlarge x 8 65536 58 59627
r7i.48xlarge x 192 1572864 737 1446437
r7i.4xlarge x 16 131072 234 118312
r7i.8xlarge x 32 262144 234 239554
r7i.large x 2 16384 29 14481
r7i.metal-24xl x 96 786432 737 718987
r7i.metal-48xl x 192 1572864 737 1446437
r7i.xlarge x 4 32768 58 29317
r7iz.12xlarge x 48 393216 234 360795
r7iz.16xlarge x 64 524288 737 476504
r7iz.2xlarge x 8 65536 58 59627
r7iz.32xlarge x 128 1048576 737 961470
r7iz.4xlarge x 16 131072 234 118312
r7iz.8xlarge x 32 262144 234 239554
r7iz.large x 2 16384 29 14481
r7iz.metal-16xl x 64 524288 737 476504
r7iz.metal-32xl x 128 1048576 737 961470
r7iz.xlarge x 4 32768 58 29317
r8a.12xlarge x 48 393216 758 355031
r8a.16xlarge x 64 524288 1010 473501
r8a.24xlarge x 96 786432 1010 715984
r8a.2xlarge x 8 65536 158 58527
r8a.48xlarge x 192 1572864 1514 1437890
r8a.4xlarge x 16 131072 314 117432
r8a.8xlarge x 32 262144 392 237816
r8a.large x 2 16384 59 14151
r8a.medium x 1 8192 8 7134
r8a.metal-24xl x 96 786432 1010 715984
r8a.metal-48xl x 192 1572864 1514 1437890
r8a.xlarge x 4 32768 78 29097
r8g.12xlarge a 48 393216 234 360736
r8g.16xlarge a 64 524288 737 476445
r8g.24xlarge a 96 786432 737 718928
r8g.2xlarge a 8 65536 58 59568
r8g.48xlarge a 192 1572864 737 1446378
r8g.4xlarge a 16 131072 234 118253
r8g.8xlarge a 32 262144 234 239495
r8g.large a 2 16384 29 14422
r8g.medium a 1 8192 8 7075
r8g.metal-24xl a 96 786432 737 718928
r8g.metal-48xl a 192 1572864 737 1446378
r8g.xlarge a 4 32768 58 29258
r8gb.12xlarge a 48 393216 350 359460
r8gb.16xlarge a 64 524288 786 475906
r8gb.24xlarge a 96 786432 1178 714077
r8gb.2xlarge a 8 65536 58 59568
r8gb.48xlarge a 192 1572864 590 1447995
r8gb.4xlarge a 16 131072 234 118253
r8gb.8xlarge a 32 262144 292 238857
r8gb.large a 2 16384 29 14422
r8gb.medium a 1 8192 8 7075
r8gb.metal-24xl a 96 786432 1178 714077
r8gb.metal-48xl a 192 1572864 590 1447995
r8gb.xlarge a 4 32768 58 29258
r8gd.12xlarge a 48 393216 234 360736
r8gd.16xlarge a 64 524288 737 476445
r8gd.24xlarge a 96 786432 737 718928
r8gd.2xlarge a 8 65536 58 59568
r8gd.48xlarge a 192 1572864 737 1446378
r8gd.4xlarge a 16 131072 234 118253
r8gd.8xlarge a 32 262144 234 239495
r8gd.large a 2 16384 29 14422
r8gd.medium a 1 8192 8 7075
r8gd.metal-24xl a 96 786432 737 718928
r8gd.metal-48xl a 192 1572864 737 1446378
r8gd.xlarge a 4 32768 58 29258
r8gn.12xlarge a 48 393216 350 359460
r8gn.16xlarge a 64 524288 786 475906
r8gn.24xlarge a 96 786432 1178 714077
r8gn.2xlarge a 8 65536 58 59568
r8gn.48xlarge a 192 1572864 590 1447995
r8gn.4xlarge a 16 131072 234 118253
r8gn.8xlarge a 32 262144 292 238857
r8gn.large a 2 16384 29 14422
r8gn.medium a 1 8192 8 7075
r8gn.metal-24xl a 96 786432 1178 714077
r8gn.metal-48xl a 192 1572864 590 1447995
r8gn.xlarge a 4 32768 58 29258
r8i-flex.12xlarge x 48 393216 590 356879
r8i-flex.16xlarge x 64 524288 1010 473501
r8i-flex.2xlarge x 8 65536 118 58967
r8i-flex.4xlarge x 16 131072 394 116552
r8i-flex.8xlarge x 32 262144 492 236716
r8i-flex.large x 2 16384 59 14151
r8i-flex.xlarge x 4 32768 118 28657
r8i.12xlarge x 48 393216 590 356879
r8i.16xlarge x 64 524288 1010 473501
r8i.24xlarge x 96 786432 1010 715984
r8i.2xlarge x 8 65536 118 58967
r8i.32xlarge x 128 1048576 1514 952923
r8i.48xlarge x 192 1572864 1514 1437890
r8i.4xlarge x 16 131072 394 116552
r8i.8xlarge x 32 262144 492 236716
r8i.96xlarge x 384 3145728 1514 2892789
r8i.large x 2 16384 59 14151
r8i.metal-48xl x 192 1572864 1514 1437890
r8i.metal-96xl x 384 3145728 1514 2892789
r8i.xlarge x 4 32768 118 28657
r8ib.12xlarge x 48 393216 590 356879
r8ib.16xlarge x 64 524288 1010 473501
r8ib.24xlarge x 96 786432 1010 715984
r8ib.2xlarge x 8 65536 118 58967
r8ib.32xlarge x 128 1048576 1010 958467
r8ib.48xlarge x 192 1572864 1514 1437890
r8ib.4xlarge x 16 131072 394 116552
r8ib.8xlarge x 32 262144 394 237794
r8ib.96xlarge x 384 3145728 758 2901105
r8ib.large x 2 16384 78 13942
r8ib.metal-48xl x 192 1572864 1514 1437890
r8ib.metal-96xl x 384 3145728 758 2901105
r8ib.xlarge x 4 32768 118 28657
r8id.12xlarge x 48 393216 590 356879
r8id.16xlarge x 64 524288 1010 473501
r8id.24xlarge x 96 786432 1010 715984
r8id.2xlarge x 8 65536 118 58967
r8id.32xlarge x 128 1048576 1514 952923
r8id.48xlarge x 192 1572864 1514 1437890
r8id.4xlarge x 16 131072 394 116552
r8id.8xlarge x 32 262144 492 236716
r8id.96xlarge x 384 3145728 1514 2892789
r8id.large x 2 16384 59 14151
r8id.metal-48xl x 192 1572864 1514 1437890
r8id.metal-96xl x 384 3145728 1514 2892789
r8id.xlarge x 4 32768 118 28657
r8idb.12xlarge x 48 393216 590 356879
r8idb.16xlarge x 64 524288 1010 473501
r8idb.24xlarge x 96 786432 1010 715984
r8idb.2xlarge x 8 65536 118 58967
r8idb.32xlarge x 128 1048576 1010 958467
r8idb.48xlarge x 192 1572864 1514 1437890
r8idb.4xlarge x 16 131072 394 116552
r8idb.8xlarge x 32 262144 394 237794
r8idb.96xlarge x 384 3145728 758 2901105
r8idb.large x 2 16384 78 13942
r8idb.metal-48xl x 192 1572864 1514 1437890
r8idb.metal-96xl x 384 3145728 758 2901105
r8idb.xlarge x 4 32768 118 28657
r8idn.12xlarge x 48 393216 590 356879
r8idn.16xlarge x 64 524288 1010 473501
r8idn.24xlarge x 96 786432 1010 715984
r8idn.2xlarge x 8 65536 118 58967
r8idn.32xlarge x 128 1048576 1010 958467
r8idn.48xlarge x 192 1572864 1514 1437890
r8idn.4xlarge x 16 131072 394 116552
r8idn.8xlarge x 32 262144 394 237794
r8idn.96xlarge x 384 3145728 758 2901105
r8idn.large x 2 16384 78 13942
r8idn.metal-48xl x 192 1572864 1514 1437890
r8idn.metal-96xl x 384 3145728 758 2901105
r8idn.xlarge x 4 32768 118 28657
r8in.12xlarge x 48 393216 590 356879
r8in.16xlarge x 64 524288 1010 473501
r8in.24xlarge x 96 786432 1010 715984
r8in.2xlarge x 8 65536 118 58967
r8in.32xlarge x 128 1048576 1010 958467
r8in.48xlarge x 192 1572864 1514 1437890
r8in.4xlarge x 16 131072 394 116552
r8in.8xlarge x 32 262144 394 237794
r8in.96xlarge x 384 3145728 758 2901105
r8in.large x 2 16384 78 13942
r8in.metal-48xl x 192 1572864 1514 1437890
r8in.metal-96xl x 384 3145728 758 2901105
r8in.xlarge x 4 32768 118 28657
t1.micro x 1 627 4 180
t2.2xlarge x 8 32768 44 29471
t2.large x 2 8192 35 6837
t2.medium x 2 4096 17 3246
t2.micro x 1 1024 4 548
t2.nano x 1 512 4 74
t2.small x 1 2048 11 1418
t2.xlarge x 4 16384 44 14316
t3.2xlarge x 8 32768 58 29317
t3.large x 2 8192 35 6837
t3.medium x 2 4096 17 3246
t3.micro x 2 1024 4 548
t3.nano x 2 512 4 74
t3.small x 2 2048 11 1418
t3.xlarge x 4 16384 58 14162
t3a.2xlarge x 8 32768 58 29317
t3a.large x 2 8192 35 6837
t3a.medium x 2 4096 17 3246
t3a.micro x 2 1024 4 548
t3a.nano x 2 512 4 74
t3a.small x 2 2048 8 1451
t3a.xlarge x 4 16384 58 14162
t4g.2xlarge a 8 32768 58 29258
t4g.large a 2 8192 35 6778
t4g.medium a 2 4096 17 3187
t4g.micro a 2 1024 4 489
t4g.nano a 2 512 4 15
t4g.small a 2 2048 11 1359
t4g.xlarge a 4 16384 58 14103
trn1.2xlarge x 8 32768 58 29317
trn1.32xlarge x 128 524288 247 481894
trn1n.32xlarge x 128 524288 247 481894
trn2.48xlarge x 192 2097152 100 1938410
u-3tb1.56xlarge x 224 3145728 234 2906869
u-6tb1.112xlarge x 448 6291456 737 5811134
u-6tb1.56xlarge x 224 6291456 737 5811134
u7i-12tb.224xlarge x 896 12582912 737 11630731
u7i-6tb.112xlarge x 448 6291456 737 5811134
u7i-8tb.112xlarge x 448 8388608 737 7751000
u7in-16tb.224xlarge x 896 16777216 394 15514235
u7in-24tb.224xlarge x 896 25165824 394 23273698
u7in-32tb.224xlarge x 896 33554432 394 31033160
vt1.24xlarge x 96 196608 737 173400
vt1.3xlarge x 12 24576 58 21739
vt1.6xlarge x 24 49152 234 42536
x1.16xlarge x 64 999424 234 921538
x1.32xlarge x 128 1998848 234 1846005
x1e.16xlarge x 64 1998848 234 1846005
x1e.2xlarge x 8 249856 58 230123
x1e.32xlarge x 128 3997696 234 3694939
x1e.4xlarge x 16 499712 58 461240
x1e.8xlarge x 32 999424 58 923474
x1e.xlarge x 4 124928 29 114884
x2gd.12xlarge a 48 786432 234 724461
x2gd.16xlarge a 64 1048576 737 961411
x2gd.2xlarge a 8 131072 58 120189
x2gd.4xlarge a 16 262144 234 239495
x2gd.8xlarge a 32 524288 234 481978
x2gd.large a 2 32768 29 29577
x2gd.medium a 1 16384 8 14653
x2gd.metal a 64 1048576 737 961411
x2gd.xlarge a 4 65536 58 59568
x2idn.16xlarge x 64 1048576 737 961470
x2idn.24xlarge x 96 1572864 737 1446437
x2idn.32xlarge x 128 2097152 737 1931403
x2idn.metal x 128 2097152 737 1931403
x2iedn.16xlarge x 64 2097152 737 1931403
x2iedn.24xlarge x 96 3145728 737 2901336
x2iedn.2xlarge x 8 262144 58 241490
x2iedn.32xlarge x 128 4194304 737 3871269
x2iedn.4xlarge x 16 524288 234 482037
x2iedn.8xlarge x 32 1048576 234 967003
x2iedn.metal x 128 4194304 737 3871269
x2iedn.xlarge x 4 131072 58 120248
x2iezn.12xlarge x 48 1572864 737 1446437
x2iezn.2xlarge x 8 262144 58 241490
x2iezn.4xlarge x 16 524288 234 482037
x2iezn.6xlarge x 24 786432 234 724520
x2iezn.8xlarge x 32 1048576 234 967003
x2iezn.metal x 48 1572864 737 1446437
x8aedz.12xlarge x 48 1572864 1010 1443434
x8aedz.24xlarge x 96 3145728 1010 2898333
x8aedz.3xlarge x 12 393216 314 359915
x8aedz.6xlarge x 24 786432 314 723640
x8aedz.large x 2 65536 78 59407
x8aedz.metal-12xl x 48 1572864 1010 1443434
x8aedz.metal-24xl x 96 3145728 1010 2898333
x8aedz.xlarge x 4 131072 78 120028
x8g.12xlarge a 48 786432 234 724461
x8g.16xlarge a 64 1048576 737 961411
x8g.24xlarge a 96 1572864 737 1446378
x8g.2xlarge a 8 131072 58 120189
x8g.48xlarge a 192 3145728 737 2901277
x8g.4xlarge a 16 262144 234 239495
x8g.8xlarge a 32 524288 234 481978
x8g.large a 2 32768 29 29577
x8g.medium a 1 16384 8 14653
x8g.metal-24xl a 96 1572864 737 1446378
x8g.metal-48xl a 192 3145728 737 2901277
x8g.xlarge a 4 65536 58 59568
x8i.12xlarge x 48 786432 590 720604
x8i.16xlarge x 64 1048576 1010 958467
x8i.24xlarge x 96 1572864 1010 1443434
x8i.2xlarge x 8 131072 118 119588
x8i.32xlarge x 128 2097152 1514 1922856
x8i.48xlarge x 192 3145728 1514 2892789
x8i.4xlarge x 16 262144 394 237794
x8i.64xlarge x 256 4194304 1514 3862722
x8i.8xlarge x 32 524288 492 479199
x8i.96xlarge x 384 6291456 1514 5802587
x8i.large x 2 32768 59 29306
x8i.metal-48xl x 192 3145728 1514 2892789
x8i.metal-96xl x 384 6291456 1514 5802587
x8i.xlarge x 4 65536 118 58967
z1d.12xlarge x 48 393216 737 355262
z1d.2xlarge x 8 65536 58 59627
z1d.3xlarge x 12 98304 234 88002
z1d.6xlarge x 24 196608 234 178933
z1d.large x 2 16384 29 14481
z1d.metal x 48 393216 737 355262
z1d.xlarge x 4 32768 58 29317`;
let byName;
function index() {
    if (byName)
        return byName;
    byName = new Map();
    for (const line of TABLE.split('\n')) {
        const [name = '', arch, vcpu, memory, pods, allocatable] = line.split(' ');
        const dot = name.indexOf('.');
        byName.set(name, {
            name,
            family: name.slice(0, dot),
            size: name.slice(dot + 1),
            arch: arch === 'a' ? 'arm64' : 'amd64',
            vcpu: Number(vcpu),
            memoryMiB: Number(memory),
            eniMaxPods: Number(pods),
            karpenterAllocatableMiB: Number(allocatable),
        });
    }
    return byName;
}
/** The instance type, or undefined when the table does not know it. */
function instanceType(name) {
    return index().get(name);
}
/** Every instance type of the table, in name order. */
function allInstanceTypes() {
    return [...index().values()];
}

// EXTERNAL MODULE: ./src/load/js-yaml-commonjs.cjs
var js_yaml_commonjs = __nccwpck_require__(1721);
var js_yaml_commonjs_default = /*#__PURE__*/__nccwpck_require__.n(js_yaml_commonjs);
;// CONCATENATED MODULE: ./src/load/js-yaml.ts
/**
 * The one door to js-yaml for the whole code base.
 *
 * Why require() and not `import`: js-yaml 5 ships an ES-module build and a CommonJS build, and
 * an `import` (and ncc bundling an `import`) picks the ES-module one. On Node 20 that build
 * parses the same text about 1.6–2.8× slower (measured in bench/): its parser state is made with
 * an object spread of the default options, each call gets a new hidden class and V8 keeps
 * deoptimising the parser. The CommonJS build spreads through a helper and stays fast. On Node
 * 24 both are equally fast, so this costs nothing there. A CommonJS `require` resolves with the
 * `require` export condition, in Node, in jest and in ncc's bundle alike; a test checks the bundle.
 */

const { CHOMPING_MODE, CORE_SCHEMA, EVENT_ID, SCALAR_STYLE, constructFromEvents, defineMappingTag, defineScalarTag, defineSequenceTag, dump, getScalarValue, load, loadAll, mergeTag, parseEvents, } = (js_yaml_commonjs_default());

;// CONCATENATED MODULE: ./src/model/kubernetes.ts


/** Where each workload kind keeps its pod spec. Any apiVersion: old extensions/apps betas too. */
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    ReplicationController: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
function isWorkloadKind(kind) {
    return Object.prototype.hasOwnProperty.call(POD_SPEC_PATHS, kind);
}
/**
 * The Kubernetes objects of one document: the document itself, or the items of a `kind: List`
 * (or any `*List` with `items`). Anything without string `apiVersion` and `kind` is not one.
 */
function manifestsOf(doc) {
    const root = asObject(doc.value);
    if (!root)
        return [];
    const kind = asString(root['kind']);
    const apiVersion = asString(root['apiVersion']);
    if (typeof root['kind'] !== 'string' || typeof root['apiVersion'] !== 'string' || !kind || !apiVersion)
        return [];
    if (kind.endsWith('List') && Array.isArray(root['items'])) {
        return root['items'].flatMap((item, i) => {
            const m = toManifest(doc, ['items', i], item);
            return m ? [m] : [];
        });
    }
    const m = toManifest(doc, [], root);
    return m ? [m] : [];
}
function toManifest(doc, base, value) {
    const raw = asObject(value);
    if (!raw)
        return undefined;
    const kind = raw['kind'];
    const apiVersion = raw['apiVersion'];
    if (typeof kind !== 'string' || typeof apiVersion !== 'string')
        return undefined;
    const metadata = asObject(raw['metadata']) ?? {};
    const namespace = asString(metadata['namespace']);
    return {
        kind,
        apiVersion,
        name: asString(metadata['name']) ?? asString(metadata['generateName']) ?? '(unnamed)',
        ...(namespace !== undefined ? { namespace } : {}),
        ref: { doc, base },
        raw,
        annotations: stringMap(metadata['annotations']),
        labels: stringMap(metadata['labels']),
    };
}
function container(value, path, type) {
    const resources = get(value, 'resources');
    const requestRaw = get(resources, 'requests', 'memory');
    const limitRaw = get(resources, 'limits', 'memory');
    const memoryRequest = parseQuantity(requestRaw);
    const memoryLimit = parseQuantity(limitRaw);
    const cpu = parseCpuMillis(get(resources, 'requests', 'cpu'));
    return {
        name: asString(get(value, 'name')) ?? `#${String(path[path.length - 1])}`,
        path,
        type,
        ...(memoryRequest !== undefined ? { memoryRequest, memoryRequestText: String(requestRaw) } : {}),
        ...(memoryLimit !== undefined ? { memoryLimit, memoryLimitText: String(limitRaw) } : {}),
        ...(cpu !== undefined ? { cpuRequestMillis: cpu } : {}),
    };
}
function kubernetes_requirements(value) {
    return asArray(value).flatMap((expr) => {
        const key = asString(get(expr, 'key'));
        const operator = asString(get(expr, 'operator'));
        if (!key || !operator || !['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'].includes(operator))
            return [];
        return [{ key, operator: operator, values: asArray(get(expr, 'values')).map(String) }];
    });
}
/** Node selector requirements of Kubernetes, Karpenter and eksctl shapes. */

function readTolerations(value) {
    return asArray(value).flatMap((t) => {
        const obj = asObject(t);
        if (!obj)
            return [];
        const key = asString(obj['key']);
        const value = asString(obj['value']);
        const effect = asString(obj['effect']);
        const operator = asString(obj['operator']);
        return [
            {
                ...(key !== undefined ? { key } : {}),
                ...(operator === 'Exists' || operator === 'Equal' ? { operator } : {}),
                ...(value !== undefined ? { value } : {}),
                ...(effect ? { effect } : {}),
            },
        ];
    });
}
const EFFECTS = new Set(['NoSchedule', 'PreferNoSchedule', 'NoExecute']);
/** AWS spells taint effects NO_SCHEDULE in CloudFormation / the EKS API. */
const AWS_EFFECTS = {
    NO_SCHEDULE: 'NoSchedule',
    PREFER_NO_SCHEDULE: 'PreferNoSchedule',
    NO_EXECUTE: 'NoExecute',
};
function normalizeEffect(effect) {
    const s = asString(effect);
    if (!s)
        return undefined;
    if (EFFECTS.has(s))
        return s;
    return AWS_EFFECTS[s];
}
function podSpec(manifest, kind) {
    const path = POD_SPEC_PATHS[kind];
    const spec = asObject(get(manifest.raw, ...path));
    if (!spec)
        return undefined;
    const containers = asArray(spec['containers']).map((c, i) => container(c, [...path, 'containers', i], 'container'));
    const initContainers = asArray(spec['initContainers']).map((c, i) => container(c, [...path, 'initContainers', i], get(c, 'restartPolicy') === 'Always' ? 'sidecar' : 'init'));
    const overhead = parseQuantity(get(spec, 'overhead', 'memory'));
    const terms = asArray(get(spec, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'));
    const templateLabels = kind === 'Pod' ? manifest.labels : stringMap(get(manifest.raw, ...path.slice(0, -1), 'metadata', 'labels'));
    return {
        path,
        containers,
        initContainers,
        ...(overhead !== undefined ? { overheadMemory: overhead } : {}),
        nodeSelector: stringMap(spec['nodeSelector']),
        requiredNodeAffinity: terms.map((t) => kubernetes_requirements(get(t, 'matchExpressions'))).filter((t) => t.length > 0),
        tolerations: readTolerations(spec['tolerations']),
        hostNetwork: spec['hostNetwork'] === true,
        labels: templateLabels,
    };
}
function toWorkload(manifest) {
    const kind = manifest.kind;
    if (!isWorkloadKind(kind))
        return undefined;
    const pod = podSpec(manifest, kind);
    if (!pod)
        return undefined;
    const spec = asObject(manifest.raw['spec']) ?? {};
    const replicas = asNumber(spec['replicas']);
    const parallelism = asNumber(kind === 'CronJob' ? get(spec, 'jobTemplate', 'spec', 'parallelism') : spec['parallelism']);
    const strategyRaw = asObject(spec['strategy']) ?? asObject(spec['updateStrategy']);
    const rolling = asObject(strategyRaw?.['rollingUpdate']);
    const surge = rolling?.['maxSurge'];
    const unavailable = rolling?.['maxUnavailable'];
    const type = asString(strategyRaw?.['type']);
    return {
        ...manifest,
        kind,
        pod,
        ...(replicas !== undefined ? { replicas } : {}),
        ...(parallelism !== undefined ? { parallelism } : {}),
        ...(strategyRaw
            ? {
                strategy: {
                    ...(type !== undefined ? { type } : {}),
                    ...(typeof surge === 'number' || typeof surge === 'string' ? { maxSurge: surge } : {}),
                    ...(typeof unavailable === 'number' || typeof unavailable === 'string' ? { maxUnavailable: unavailable } : {}),
                },
            }
            : {}),
    };
}
function toService(manifest) {
    if (manifest.kind !== 'Service')
        return undefined;
    const lbClass = asString(get(manifest.raw, 'spec', 'loadBalancerClass'));
    return {
        ...manifest,
        type: asString(get(manifest.raw, 'spec', 'type')) ?? 'ClusterIP',
        ...(lbClass !== undefined ? { loadBalancerClass: lbClass } : {}),
    };
}
function toIngress(manifest) {
    if (manifest.kind !== 'Ingress')
        return undefined;
    const className = asString(get(manifest.raw, 'spec', 'ingressClassName'));
    return { ...manifest, ...(className !== undefined ? { ingressClassName: className } : {}) };
}
function toAutoscaler(manifest) {
    if (manifest.kind !== 'HorizontalPodAutoscaler')
        return undefined;
    const spec = asObject(manifest.raw['spec']) ?? {};
    const targetKind = asString(get(spec, 'scaleTargetRef', 'kind'));
    const targetName = asString(get(spec, 'scaleTargetRef', 'name'));
    const min = asNumber(spec['minReplicas']);
    const max = asNumber(spec['maxReplicas']);
    return {
        ...manifest,
        ...(targetKind && targetName ? { target: { kind: targetKind, name: targetName } } : {}),
        ...(min !== undefined ? { minReplicas: min } : {}),
        ...(max !== undefined ? { maxReplicas: max } : {}),
    };
}

;// CONCATENATED MODULE: ./src/rules/memory-budget/_userdata.ts
/**
 * Kubelet settings that node user data changes: AL2 `bootstrap.sh` arguments
 * (`--kubelet-extra-args '--max-pods=.. --kube-reserved memory=..'`, `--use-max-pods false`),
 * an AL2023 nodeadm `NodeConfig`, and Bottlerocket TOML settings.
 */




const EMPTY = { kubelet: {}, labels: {}, taints: [], argumentsUnknown: false };
/** `k=v,k2=v2` of `--node-labels`. */
function labelList(text) {
    const out = {};
    for (const pair of text.split(',')) {
        const eq = pair.indexOf('=');
        if (eq > 0)
            out[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
    }
    return out;
}
/** `key=value:Effect,key2:Effect` of `--register-with-taints`. */
function taintList(text) {
    return text.split(',').flatMap((spec) => {
        const colon = spec.lastIndexOf(':');
        if (colon < 0)
            return [];
        const effect = normalizeEffect(spec.slice(colon + 1).trim());
        const [key = '', value] = spec.slice(0, colon).split('=');
        return effect && key.trim() ? [{ key: key.trim(), effect, ...(value !== undefined ? { value: value.trim() } : {}) }] : [];
    });
}
/** `memory=1Gi,cpu=100m` of `--kube-reserved` / `--system-reserved`. */
function memoryOf(list) {
    const m = /(?:^|,)\s*memory=([^,\s'"]+)/.exec(list);
    return m ? parseQuantity(m[1]) : undefined;
}
/** `memory.available<200Mi,nodefs.available<10%` of `--eviction-hard`. */
function evictionOf(list) {
    const m = /memory\.available<([^,\s'"]+)/.exec(list);
    return m?.[1];
}
/** The value of a kubelet or bootstrap flag written `--flag=value` or `--flag value`. */
function flag(text, name) {
    const m = new RegExp(`--${name}(?:=|\\s+)(?:'([^']*)'|"([^"]*)"|([^\\s'"\\\\]+))`).exec(text);
    return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}
/** Kubelet flags (from `--kubelet-extra-args` or a nodeadm `flags` list). */
function kubeletFlags(text) {
    const maxPods = asNumber(flag(text, 'max-pods'));
    const kubeReserved = flag(text, 'kube-reserved');
    const systemReserved = flag(text, 'system-reserved');
    const eviction = flag(text, 'eviction-hard');
    const kubeReservedMemory = kubeReserved !== undefined ? memoryOf(kubeReserved) : undefined;
    const systemReservedMemory = systemReserved !== undefined ? memoryOf(systemReserved) : undefined;
    const evictionHardMemory = eviction !== undefined ? evictionOf(eviction) : undefined;
    const labels = flag(text, 'node-labels');
    const taints = flag(text, 'register-with-taints');
    return {
        kubelet: {
            ...(maxPods !== undefined ? { maxPods } : {}),
            ...(kubeReservedMemory !== undefined ? { kubeReservedMemory } : {}),
            ...(systemReservedMemory !== undefined ? { systemReservedMemory } : {}),
            ...(evictionHardMemory !== undefined ? { evictionHardMemory } : {}),
        },
        labels: labels !== undefined ? labelList(labels) : {},
        taints: taints !== undefined ? taintList(taints) : [],
    };
}
/** The YAML of a nodeadm NodeConfig inside (MIME multi-part) user data. */
function nodeConfig(userData) {
    if (!/kind:\s*NodeConfig/.test(userData))
        return undefined;
    const parts = userData.split(/^--\S*\s*$/m);
    for (const part of parts) {
        if (!/kind:\s*NodeConfig/.test(part))
            continue;
        // A MIME part's headers end at the first blank line; plain YAML user data has none.
        const body = /^[\w-]+:\s.*\n/.test(part) && /^Content-Type:/im.test(part) ? part.slice(part.search(/\n\s*\n/) + 1) : part;
        try {
            const value = asObject(load(body));
            if (value && value['kind'] === 'NodeConfig')
                return value;
        }
        catch {
            // not YAML after all: nothing known from it
        }
    }
    return undefined;
}
function fromNodeConfig(config) {
    const kubelet = get(config, 'spec', 'kubelet', 'config');
    const flags = asArray(get(config, 'spec', 'kubelet', 'flags')).map(asString).filter((f) => f !== undefined).join(' ');
    const fromFlags = kubeletFlags(flags);
    const maxPods = asNumber(get(kubelet, 'maxPods')) ?? fromFlags.kubelet.maxPods;
    const kubeReserved = parseQuantity(get(kubelet, 'kubeReserved', 'memory')) ?? fromFlags.kubelet.kubeReservedMemory;
    const systemReserved = parseQuantity(get(kubelet, 'systemReserved', 'memory')) ?? fromFlags.kubelet.systemReservedMemory;
    const eviction = asString(get(kubelet, 'evictionHard', 'memory.available')) ?? fromFlags.kubelet.evictionHardMemory;
    return {
        family: 'al2023',
        kubelet: {
            ...(maxPods !== undefined ? { maxPods } : {}),
            ...(kubeReserved !== undefined ? { kubeReservedMemory: kubeReserved } : {}),
            ...(systemReserved !== undefined ? { systemReservedMemory: systemReserved } : {}),
            ...(eviction !== undefined ? { evictionHardMemory: eviction } : {}),
        },
        labels: fromFlags.labels,
        taints: fromFlags.taints,
        argumentsUnknown: false,
    };
}
/** Bottlerocket user data is TOML: `[settings.kubernetes]` and its sub-tables. */
function fromBottlerocket(userData) {
    const tables = new Map();
    let current = '';
    for (const raw of userData.split('\n')) {
        const line = raw.trim();
        const header = /^\[([^\]]+)\]$/.exec(line);
        if (header) {
            current = (header[1] ?? '').replace(/["\s]/g, '');
            continue;
        }
        const kv = /^("?)([^"=]+)\1\s*=\s*(.+)$/.exec(line);
        if (!kv)
            continue;
        const table = tables.get(current) ?? new Map();
        table.set((kv[2] ?? '').trim(), (kv[3] ?? '').trim().replace(/^"(.*)"$/, '$1'));
        tables.set(current, table);
    }
    const k8s = tables.get('settings.kubernetes');
    const maxPods = asNumber(k8s?.get('max-pods'));
    const kubeReserved = parseQuantity(tables.get('settings.kubernetes.kube-reserved')?.get('memory'));
    const systemReserved = parseQuantity(tables.get('settings.kubernetes.system-reserved')?.get('memory'));
    const eviction = tables.get('settings.kubernetes.eviction-hard')?.get('memory.available');
    const labels = Object.fromEntries(tables.get('settings.kubernetes.node-labels') ?? []);
    const taints = [...(tables.get('settings.kubernetes.node-taints') ?? [])].flatMap(([key, spec]) => spec
        .replace(/^\[|\]$/g, '')
        .split(',')
        .flatMap((one) => taintList(`${key}=${one.trim().replace(/^"|"$/g, '')}`)));
    return {
        family: 'bottlerocket',
        kubelet: {
            ...(maxPods !== undefined ? { maxPods } : {}),
            ...(kubeReserved !== undefined ? { kubeReservedMemory: kubeReserved } : {}),
            ...(systemReserved !== undefined ? { systemReservedMemory: systemReserved } : {}),
            ...(eviction !== undefined ? { evictionHardMemory: eviction } : {}),
        },
        labels,
        taints,
        argumentsUnknown: false,
    };
}
/** What the user data says about the kubelet, or nothing when it says nothing we read. */
function parseUserData(userData) {
    if (!userData)
        return EMPTY;
    const config = nodeConfig(userData);
    if (config)
        return fromNodeConfig(config);
    if (/^\s*\[settings\.kubernetes/m.test(userData))
        return fromBottlerocket(userData);
    const lines = userData.split('\n');
    // The bootstrap invocation may span lines joined with backslashes.
    const bootstrap = lines
        .join('\n')
        .replace(/\\\n/g, ' ')
        .split('\n')
        .filter((l) => /bootstrap\.sh|--kubelet-extra-args|KUBELET_EXTRA_ARGS/.test(l));
    if (bootstrap.length === 0)
        return EMPTY;
    const text = bootstrap.join('\n');
    const useMaxPods = flag(text, 'use-max-pods');
    const extra = flag(text, 'kubelet-extra-args') ?? '';
    const env = /KUBELET_EXTRA_ARGS\+?=\s*(?:'([^']*)'|"([^"]*)")/.exec(text);
    const parsed = kubeletFlags(`${extra} ${env?.[1] ?? env?.[2] ?? ''}`);
    return {
        family: 'al2',
        ...parsed,
        ...(useMaxPods === 'false' ? { useMaxPods: false } : useMaxPods === 'true' ? { useMaxPods: true } : {}),
        argumentsUnknown: hasUnknownArguments(text, `${extra} ${env?.[1] ?? env?.[2] ?? ''}`),
    };
}
const PLACEHOLDER = /\$\{[^}]+\}|\$[A-Za-z_][A-Za-z0-9_]*/;
/**
 * A value the template leaves open where flags go (`bootstrap.sh ${ClusterName}
 * ${BootstrapArguments}`, kubelet args from a variable) may set labels, taints or reserves we
 * cannot see. Placeholders that are the cluster name or a flag's value are harmless.
 */
function hasUnknownArguments(text, kubeletArgs) {
    if (PLACEHOLDER.test(kubeletArgs))
        return true;
    const tokens = text.replace(/['"]/g, ' ').split(/\s+/);
    return tokens.some((token, i) => {
        if (!PLACEHOLDER.test(token) || token.startsWith('--'))
            return false;
        const previous = tokens[i - 1] ?? '';
        const isFlagValue = previous.startsWith('--') && !previous.includes('=') && previous !== '--kubelet-extra-args';
        return !previous.endsWith('bootstrap.sh') && !isFlagValue && !/^[A-Za-z_]+\+?=/.test(token);
    });
}

;// CONCATENATED MODULE: ./src/rules/memory-budget/_units.ts
/** How findings print memory. Quantities are bytes; the data tables are MiB. */


const _units_MiB = mib(1);
const GiB = mib(1024);
/** Whole MiB, for the arithmetic in `details` ("3114Mi"). */
function mi(bytes) {
    return `${Math.round(bytes / _units_MiB)}Mi`;
}
/**
 * What a reviewer reads in a message: "574Mi" below 1Gi, "3.5Gi" above (one decimal, so a
 * 3114Mi allocatable reads "3.0Gi" and not "3Gi"), whole numbers bare ("4Gi").
 */
function mem(bytes) {
    if (!Number.isFinite(bytes))
        return 'unbounded';
    if (Math.abs(bytes) < GiB)
        return mi(bytes);
    const gib = bytes / GiB;
    return Number.isInteger(gib) ? `${gib}Gi` : `${gib.toFixed(1)}Gi`;
}
/**
 * A bound to suggest ("lower the limit to ≤ 1.7Gi"), rounded down so that following the advice
 * really fits: to 0.1Gi above 1Gi, to the MiB below.
 */
function memFloor(bytes) {
    if (bytes < GiB)
        return `${Math.floor(bytes / _units_MiB)}Mi`;
    const tenths = Math.floor((bytes / GiB) * 10) / 10;
    return Number.isInteger(tenths) ? `${tenths}Gi` : `${tenths.toFixed(1)}Gi`;
}
/**
 * The formatter for every amount of one comparison: `mem`, unless rounding would print the two
 * compared amounts equal ("3.0Gi > 3.0Gi"); then MiB throughout, so the arithmetic a reviewer
 * reads is the one that was computed.
 */
function formatFor(a, b) {
    return mem(a) === mem(b) ? mi : mem;
}
/** Sum of finite amounts, for overhead lists. */
function sum(values) {
    let total = 0;
    for (const v of values)
        total += v;
    return total;
}

;// CONCATENATED MODULE: ./src/rules/memory-budget/_nodes.ts
/**
 * Node types and their memory budgets: for every node group, the instance types it can launch,
 * each with its allocatable memory after the VM overhead, kube-reserved, system-reserved and the
 * hard eviction threshold (data/allocatable.md §2–3, §6), and what its nodes are
 * labelled and tainted with.
 */





/** Karpenter's default `vmMemoryOverheadPercent`: memory the hypervisor and OS keep (allocatable.md §3). */
const VM_OVERHEAD_RATIO = 0.075;
/** Graviton CMA memory Karpenter subtracts on arm64 (allocatable.md §3). */
const ARM64_RESERVED_MIB = 64;
/**
 * Upper bound of kubelet capacity / nominal memory (allocatable.md §6.2). A pod that does not fit
 * even this optimistic node surely does not fit: errors use it, warnings the conservative estimate.
 */
const OPTIMISTIC_CAPACITY_RATIO = 0.97;
const DEFAULT_EVICTION_MIB = 100;
/** Kubelet's own default pod limit, used when bootstrap is told not to set one. */
const KUBELET_DEFAULT_MAX_PODS = 110;
function evictionBytes(setting, capacity) {
    if (setting === undefined)
        return undefined;
    const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(setting);
    if (percent)
        return (Number(percent[1]) / 100) * capacity;
    const bytes = parseQuantity(setting);
    return bytes !== undefined && bytes >= 0 ? bytes : undefined;
}
const nonNegative = (n) => (n !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined);
/**
 * Allocatable memory of an instance type. EKS AMIs reserve `11 × pods + 255` MiB for the
 * kubelet: Amazon Linux on the ENI max pods even when max-pods is overridden, Bottlerocket on the
 * resolved max-pods; explicit kube-reserved wins. Windows is not modelled (undefined).
 */
function budgetOf(type, ami, kubelet, useMaxPods) {
    if (ami === 'windows')
        return undefined;
    const nominalMiB = type.memoryMiB;
    const baseMiB = nominalMiB - (type.arch === 'arm64' ? ARM64_RESERVED_MIB : 0);
    const capacityMiB = baseMiB - Math.ceil(baseMiB * VM_OVERHEAD_RATIO);
    const optimisticCapacityMiB = nominalMiB * OPTIMISTIC_CAPACITY_RATIO;
    const overrideMaxPods = kubelet.maxPods !== undefined && kubelet.maxPods > 0 ? Math.floor(kubelet.maxPods) : undefined;
    const maxPods = overrideMaxPods ?? (useMaxPods === false && ami === 'amazon-linux' ? KUBELET_DEFAULT_MAX_PODS : type.eniMaxPods);
    const reservePods = ami === 'bottlerocket' ? maxPods : type.eniMaxPods;
    const kubeReservedOverride = nonNegative(kubelet.kubeReservedMemory);
    const kubeReserved = kubeReservedOverride ?? mib(11 * reservePods + 255);
    const kubeReservedFrom = kubeReservedOverride !== undefined
        ? 'kube-reserved set on the node group'
        : `11 × ${reservePods} ${ami === 'bottlerocket' ? 'max pods' : 'ENI max pods'} + 255`;
    const systemReserved = nonNegative(kubelet.systemReservedMemory) ?? 0;
    const capacity = mib(capacityMiB);
    const optimisticCapacity = mib(optimisticCapacityMiB);
    const eviction = evictionBytes(kubelet.evictionHardMemory, capacity) ?? mib(DEFAULT_EVICTION_MIB);
    const evictionOptimistic = evictionBytes(kubelet.evictionHardMemory, optimisticCapacity) ?? mib(DEFAULT_EVICTION_MIB);
    const reserved = kubeReserved + systemReserved;
    return {
        type,
        ami,
        nominal: mib(nominalMiB),
        vmOverhead: mib(nominalMiB - capacityMiB),
        kubeReserved,
        kubeReservedFrom,
        systemReserved,
        eviction,
        evictionText: kubelet.evictionHardMemory !== undefined && evictionBytes(kubelet.evictionHardMemory, capacity) !== undefined ? kubelet.evictionHardMemory : mem(eviction),
        conservative: capacity - reserved - eviction,
        optimistic: optimisticCapacity - reserved - evictionOptimistic,
        maxPods,
    };
}
/** "nominal 4Gi − 308Mi VM overhead − 574Mi kube-reserved − 100Mi eviction". */
function budgetTerms(b, fmt = mem) {
    const terms = [`nominal ${fmt(b.nominal)}`, `${fmt(b.vmOverhead)} VM overhead`, `${fmt(b.kubeReserved)} kube-reserved`];
    if (b.systemReserved > 0)
        terms.push(`${fmt(b.systemReserved)} system-reserved`);
    terms.push(`${fmt(b.eviction)} eviction`);
    return terms.join(' − ');
}
/** The whole computation, one line a step, for `details`. */
function budgetDetails(b) {
    const t = b.type;
    const n = t.memoryMiB;
    const arm = t.arch === 'arm64' ? ` − ${ARM64_RESERVED_MIB} (arm64)` : '';
    const base = n - (t.arch === 'arm64' ? ARM64_RESERVED_MIB : 0);
    const toMi = (bytes) => String(Math.round(bytes / mib(1)));
    return [
        `${t.name}: ${t.vcpu} vCPU, ${n}Mi nominal, ${t.arch}, ENI max pods ${t.eniMaxPods}, pod limit ${b.maxPods}, ${b.ami === 'bottlerocket' ? 'Bottlerocket' : 'Amazon Linux'} reserves`,
        `  capacity (Karpenter estimate) = ${n}${arm} − ceil(${base} × ${VM_OVERHEAD_RATIO}) = ${toMi(b.nominal - b.vmOverhead)}Mi`,
        `  kube-reserved = ${b.kubeReservedFrom} = ${toMi(b.kubeReserved)}Mi; system-reserved = ${toMi(b.systemReserved)}Mi; eviction (memory.available) = ${b.evictionText}`,
        `  allocatable = ${toMi(b.nominal - b.vmOverhead)} − ${toMi(b.kubeReserved)} − ${toMi(b.systemReserved)} − ${toMi(b.eviction)} = ${toMi(b.conservative)}Mi (optimistic bound ${OPTIMISTIC_CAPACITY_RATIO} × nominal: ${toMi(b.optimistic)}Mi)`,
    ];
}
// ---------------------------------------------------------------------------------------------
// Labels
const INSTANCE_TYPE_KEYS = ['node.kubernetes.io/instance-type', 'beta.kubernetes.io/instance-type'];
const ARCH_KEYS = ['kubernetes.io/arch', 'beta.kubernetes.io/arch'];
const OS_KEYS = new Set(['kubernetes.io/os', 'beta.kubernetes.io/os']);
/** Labels whose value depends on the instance type (Kubernetes well-known and Karpenter's). */
const TYPE_KEYS = new Set([
    ...INSTANCE_TYPE_KEYS,
    ...ARCH_KEYS,
    'karpenter.k8s.aws/instance-family',
    'karpenter.k8s.aws/instance-size',
    'karpenter.k8s.aws/instance-cpu',
    'karpenter.k8s.aws/instance-memory',
    'karpenter.k8s.aws/instance-category',
    'karpenter.k8s.aws/instance-generation',
]);
function typeLabel(type, key) {
    if (INSTANCE_TYPE_KEYS.includes(key))
        return labelValue(type.name);
    if (ARCH_KEYS.includes(key))
        return labelValue(type.arch);
    const generation = /^([a-z]+)(\d+)/.exec(type.family);
    switch (key) {
        case 'karpenter.k8s.aws/instance-family':
            return labelValue(type.family);
        case 'karpenter.k8s.aws/instance-size':
            return labelValue(type.size);
        case 'karpenter.k8s.aws/instance-cpu':
            return labelValue(String(type.vcpu));
        case 'karpenter.k8s.aws/instance-memory':
            return labelValue(String(type.memoryMiB));
        case 'karpenter.k8s.aws/instance-category':
            return generation?.[1] ? labelValue(generation[1]) : UNKNOWN;
        case 'karpenter.k8s.aws/instance-generation':
            return generation?.[2] ? labelValue(generation[2]) : UNKNOWN;
        default:
            return UNKNOWN;
    }
}
/** Labels set on nodes by the cloud, operators or the kubelet, whose values the manifests do not fix. */
const UNKNOWN_VALUED = [
    /^topology\.kubernetes\.io\//,
    /^failure-domain\.beta\.kubernetes\.io\//,
    /^kubernetes\.io\/hostname$/,
    /^topology\.k8s\.aws\//,
    /^topology\.ebs\.csi\.aws\.com\//,
    /^feature\.node\.kubernetes\.io\//,
    /^nvidia\.com\//,
    /^k8s\.amazonaws\.com\//,
    /^vpc\.amazonaws\.com\//,
    /^node\.kubernetes\.io\//,
];
const MANAGED_UNKNOWN = /^eks\.amazonaws\.com\//;
const KARPENTER_UNKNOWN = /^karpenter\.(?:sh|k8s\.aws)\//;
/** The AMI family from what the node group says (eksctl amiFamily, EKS AmiType, Karpenter, image path, user data). */
function amiKindOf(group, userData) {
    const said = `${group.amiFamily ?? ''} ${group.ami?.value ?? ''}`.toLowerCase();
    if (said.includes('windows'))
        return 'windows';
    if (said.includes('bottlerocket') || userData.family === 'bottlerocket')
        return 'bottlerocket';
    return 'amazon-linux';
}
function mergeKubelet(model, userData) {
    // Flags on the kubelet command line override its config file (eksctl kubeletExtraConfig).
    return { ...model, ...userData };
}
/** Karpenter requirements on keys we cannot evaluate against the table keep every type (a superset). */
function karpenterCandidates(requirements) {
    const typeReqs = requirements.filter((r) => TYPE_KEYS.has(r.key));
    const approximate = requirements.some((r) => !TYPE_KEYS.has(r.key) && r.key.startsWith('karpenter.k8s.aws/'));
    const types = allInstanceTypes().filter((t) => typeReqs.every((r) => evaluate(r, typeLabel(t, r.key)) === 'yes'));
    const named = requirements.filter((r) => INSTANCE_TYPE_KEYS.includes(r.key) && r.operator === 'In').flatMap((r) => r.values);
    return { types, approximate, unknown: [...new Set(named.filter((n) => !instanceType(n)))] };
}
function groupLabel(group) {
    if (group.source === 'karpenter')
        return `${group.kind} ${group.name}`;
    if (apiDefaultType(group).length > 0 && group.instanceTypes.length === 0)
        return `node group ${group.name} (${EKS_DEFAULT_INSTANCE_TYPE}, the EKS default)`;
    return `node group ${group.name}`;
}
/** What `CreateNodegroup` launches when neither InstanceTypes nor a launch template names a type. */
const EKS_DEFAULT_INSTANCE_TYPE = 't3.medium';
function apiDefaultType(group) {
    const statesNothing = group.source === 'cfn-nodegroup' && group.instanceTypes.length === 0 && JSON.stringify(group.instanceTypesPath ?? group.path) === JSON.stringify(group.path);
    return statesNothing ? [EKS_DEFAULT_INSTANCE_TYPE] : [];
}
function autoLabels(group) {
    switch (group.source) {
        case 'eksctl-nodegroup':
            return { 'alpha.eksctl.io/nodegroup-name': group.name, ...(group.clusterName ? { 'alpha.eksctl.io/cluster-name': group.clusterName } : {}) };
        case 'eksctl-managed':
            return {
                'eks.amazonaws.com/nodegroup': group.name,
                'alpha.eksctl.io/nodegroup-name': group.name,
                ...(group.clusterName ? { 'alpha.eksctl.io/cluster-name': group.clusterName } : {}),
            };
        case 'cfn-nodegroup':
            return { 'eks.amazonaws.com/nodegroup': group.name };
        case 'karpenter':
            return {
                [group.kind === 'Provisioner' ? 'karpenter.sh/provisioner-name' : 'karpenter.sh/nodepool']: group.name,
                ...(group.nodeClass ? { 'karpenter.k8s.aws/ec2nodeclass': group.nodeClass.name } : {}),
            };
        default:
            return {};
    }
}
/** Resolves one node group: candidate types, budgets, labels and taints. */
function nodeGroupTarget(group) {
    const userData = parseUserData(group.userData);
    const ami = amiKindOf(group, userData);
    const kubelet = mergeKubelet(group.kubelet, userData.kubelet);
    const karpenter = group.source === 'karpenter';
    let types;
    let unknownTypes;
    let approximate = false;
    if (karpenter) {
        const c = karpenterCandidates(group.requirements ?? []);
        types = c.types;
        unknownTypes = c.unknown;
        approximate = c.approximate;
    }
    else {
        const names = [...new Set(group.instanceTypes.length > 0 ? group.instanceTypes : apiDefaultType(group))];
        types = names.map((n) => instanceType(n)).filter((t) => t !== undefined);
        unknownTypes = names.filter((n) => !instanceType(n));
    }
    const budgets = types
        .map((t) => budgetOf(t, ami, kubelet, userData.useMaxPods))
        .filter((b) => b !== undefined)
        .sort((a, b) => a.type.memoryMiB - b.type.memoryMiB || a.type.name.localeCompare(b.type.name));
    const explicit = { ...autoLabels(group), ...userData.labels, ...group.labels };
    const requirementLabels = new Map();
    for (const r of group.requirements ?? []) {
        if (TYPE_KEYS.has(r.key) || OS_KEYS.has(r.key))
            continue;
        const value = r.operator === 'In' ? (r.values.length === 1 && r.values[0] !== undefined ? labelValue(r.values[0]) : { kind: 'oneOf', values: r.values }) : r.operator === 'DoesNotExist' ? ABSENT : UNKNOWN;
        requirementLabels.set(r.key, value);
    }
    // A plain ASG's labels and taints come from bootstrap arguments; when those are open, we do not know them.
    const labelsKnown = !userData.argumentsUnknown && (group.source !== 'cfn-autoscaling' || group.userData !== undefined);
    const taints = labelsKnown ? [...group.taints, ...userData.taints] : undefined;
    const single = budgets.length === 1 && unknownTypes.length === 0 && !karpenter ? budgets[0] : undefined;
    const view = (budget) => ({
        taints,
        label(key) {
            if (TYPE_KEYS.has(key)) {
                const b = budget ?? single;
                if (b)
                    return typeLabel(b.type, key);
                return UNKNOWN;
            }
            if (OS_KEYS.has(key))
                return labelValue(ami === 'windows' ? 'windows' : 'linux');
            const value = explicit[key];
            if (value !== undefined)
                return labelValue(value);
            const fromRequirement = requirementLabels.get(key);
            if (fromRequirement)
                return fromRequirement;
            if (UNKNOWN_VALUED.some((re) => re.test(key)))
                return UNKNOWN;
            if (group.managed && MANAGED_UNKNOWN.test(key))
                return UNKNOWN;
            if (karpenter && KARPENTER_UNKNOWN.test(key))
                return UNKNOWN;
            return labelsKnown ? ABSENT : UNKNOWN;
        },
    });
    return {
        subject: group,
        at: group.instanceTypesPath ?? group.path,
        label: groupLabel(group),
        group,
        karpenter,
        ami,
        budgets,
        unknownTypes,
        typesIncomplete: unknownTypes.length > 0 || types.length === 0 || ami === 'windows',
        approximate,
        ...(group.maxSize !== undefined ? { maxSize: group.maxSize } : {}),
        view,
        budgetFor: (type) => budgetOf(type, ami, kubelet, userData.useMaxPods),
    };
}
/**
 * The instance types a pod pins itself to with the well-known label, in its nodeSelector or in
 * every term of its required node affinity; undefined when it does not pin one.
 */
function pinnedInstanceTypes(pod) {
    for (const key of INSTANCE_TYPE_KEYS) {
        const value = pod.nodeSelector[key];
        if (value !== undefined)
            return { names: [value], at: [...pod.path, 'nodeSelector', key] };
    }
    const terms = pod.requiredNodeAffinity;
    if (terms.length === 0)
        return undefined;
    const names = new Set();
    for (const term of terms) {
        const inTerm = term.filter((r) => INSTANCE_TYPE_KEYS.includes(r.key) && r.operator === 'In').flatMap((r) => r.values);
        if (inTerm.length === 0)
            return undefined;
        for (const n of inTerm)
            names.add(n);
    }
    return { names: [...names], at: [...pod.path, 'affinity', 'nodeAffinity'] };
}
/** A node type a pod names itself when no node group is in its scope: its own (virtual) target. */
function virtualTarget(workload) {
    const pinned = pinnedInstanceTypes(workload.pod);
    if (!pinned)
        return undefined;
    const types = pinned.names.map((n) => instanceType(n)).filter((t) => t !== undefined);
    const budgets = types
        .map((t) => budgetOf(t, 'amazon-linux', {}))
        .filter((b) => b !== undefined)
        .sort((a, b) => a.type.memoryMiB - b.type.memoryMiB);
    const unknownTypes = pinned.names.filter((n) => !instanceType(n));
    return {
        subject: workload,
        at: pinned.at,
        label: 'the instance type it selects',
        virtualFor: workload,
        karpenter: false,
        ami: 'amazon-linux',
        budgets,
        unknownTypes,
        typesIncomplete: unknownTypes.length > 0 || budgets.length === 0,
        approximate: false,
        budgetFor: (type) => budgetOf(type, 'amazon-linux', {}),
        // Nothing says how such nodes are tainted; the pod chose the type, so it is assumed to land.
        view: (budget) => ({
            taints: [],
            label(key) {
                if (TYPE_KEYS.has(key))
                    return budget ? typeLabel(budget.type, key) : UNKNOWN;
                if (OS_KEYS.has(key))
                    return labelValue('linux');
                return UNKNOWN;
            },
        }),
    };
}
/** The instance types of a family, smallest first: where "use a larger size" suggestions come from. */
function familyTypes(family) {
    return allInstanceTypes()
        .filter((t) => t.family === family && !t.size.startsWith('metal'))
        .sort((a, b) => a.memoryMiB - b.memoryMiB || a.vcpu - b.vcpu);
}

;// CONCATENATED MODULE: ./src/rules/memory-budget/_pod.ts



const _pod_positive = (n) => (n !== undefined && Number.isFinite(n) && n >= 0 ? n : undefined);
/**
 * LimitRange defaults as the API server fills them (`SetDefaults_LimitRangeItem`): a missing
 * `default` takes `max`; a missing `defaultRequest` takes `default`, else `min`.
 */
function limitRangeDefaults(manifest) {
    for (const item of asArray(get(manifest.raw, 'spec', 'limits'))) {
        if (asString(get(item, 'type')) !== 'Container')
            continue;
        const limit = _pod_positive(parseQuantity(get(item, 'default', 'memory'))) ?? _pod_positive(parseQuantity(get(item, 'max', 'memory')));
        const request = _pod_positive(parseQuantity(get(item, 'defaultRequest', 'memory'))) ?? limit ?? _pod_positive(parseQuantity(get(item, 'min', 'memory')));
        if (limit === undefined && request === undefined)
            continue;
        return { ...(limit !== undefined ? { limit } : {}), ...(request !== undefined ? { request } : {}) };
    }
    return undefined;
}
function containerMemory(info, defaults) {
    const ownLimit = _pod_positive(info.memoryLimit);
    const ownRequest = _pod_positive(info.memoryRequest);
    const limit = ownLimit ?? defaults?.limit;
    // API defaulting copies the container's own limit into a missing request before admission
    // applies the LimitRange; only a container with neither gets `defaultRequest`.
    const request = ownRequest ?? ownLimit ?? defaults?.request ?? 0;
    const defaulted = (ownLimit === undefined && defaults?.limit !== undefined) || (ownRequest === undefined && ownLimit === undefined && defaults?.request !== undefined);
    return { info, request, limit, defaulted };
}
/**
 * The scheduler's aggregation: app containers and native sidecars run together; each regular
 * init container runs alone beside the sidecars started before it; the pod needs the larger.
 */
function aggregate(app, inits, pick) {
    const running = [...app];
    let appTotal = app.reduce((n, c) => n + pick(c), 0);
    const sidecars = [];
    let sidecarTotal = 0;
    let initMax = 0;
    let initParts = [];
    for (const c of inits) {
        if (c.info.type === 'sidecar') {
            running.push(c);
            sidecars.push(c);
            appTotal += pick(c);
            sidecarTotal += pick(c);
            if (sidecarTotal > initMax)
                [initMax, initParts] = [sidecarTotal, [...sidecars]];
        }
        else if (pick(c) + sidecarTotal > initMax) {
            [initMax, initParts] = [pick(c) + sidecarTotal, [c, ...sidecars]];
        }
    }
    const parts = initMax > appTotal ? initParts : running;
    const main = parts.reduce((best, c) => (best === undefined || pick(c) > pick(best) ? c : best), undefined);
    return { total: Math.max(appTotal, initMax), parts, ...(main ? { main } : {}) };
}
/**
 * Effective request and limit of the workload's pod. `overhead` is the RuntimeClass overhead
 * admission would copy into `spec.overhead` when the manifest does not carry it already.
 */
function podMemory(workload, defaults, runtimeOverhead) {
    const pod = workload.pod;
    const containers = pod.containers.map((c) => containerMemory(c, defaults));
    const inits = pod.initContainers.map((c) => containerMemory(c, defaults));
    const overhead = _pod_positive(pod.overheadMemory) ?? _pod_positive(runtimeOverhead) ?? 0;
    const requests = aggregate(containers, inits, (c) => c.request);
    const limits = aggregate(containers, inits, (c) => c.limit ?? Infinity);
    // Pod-level resources (PodLevelResources) replace the container sums where they are set.
    const podRequest = _pod_positive(parseQuantity(get(workload.raw, ...pod.path, 'resources', 'requests', 'memory')));
    const podLimit = _pod_positive(parseQuantity(get(workload.raw, ...pod.path, 'resources', 'limits', 'memory')));
    const requestValue = podRequest ?? requests.total;
    const limitValue = podLimit ?? limits.total;
    return {
        request: {
            value: requestValue + overhead,
            parts: requests.parts,
            ...(requests.main ? { main: requests.main } : {}),
            ...(podRequest !== undefined ? { podLevel: podRequest } : {}),
        },
        // Overhead is added to a limit only when there is one (`PodLimits`).
        limit: {
            value: Number.isFinite(limitValue) ? limitValue + overhead : Infinity,
            parts: limits.parts,
            ...(limits.main ? { main: limits.main } : {}),
            ...(podLimit !== undefined ? { podLevel: podLimit } : {}),
        },
        overhead,
        containers: [...containers, ...inits],
        podPath: pod.path,
    };
}
/** Where a finding about one side of the pod points: the main container's field, or pod level. */
function fieldPath(memory, side, leaf) {
    const agg = memory[side];
    const key = side === 'request' ? 'requests' : 'limits';
    if (agg.podLevel !== undefined)
        return [...memory.podPath, 'resources', ...(leaf === 'memory' ? [key, 'memory'] : [])];
    const main = agg.main;
    if (!main)
        return memory.podPath;
    return [...main.info.path, 'resources', ...(leaf === 'memory' ? [key, 'memory'] : [])];
}
/**
 * The pod's side in words: "limit 3.5Gi", "limits 4.5Gi (app 3.5Gi + proxy 1Gi)",
 * "limit 2Gi (init container migrate)", with "+ 120Mi overhead" when there is one.
 */
function describe(memory, side, fmt = mem) {
    const agg = memory[side];
    const pick = (c) => (side === 'request' ? c.request : (c.limit ?? Infinity));
    const word = side;
    const overhead = memory.overhead > 0 ? ` incl. ${fmt(memory.overhead)} pod overhead` : '';
    if (agg.podLevel !== undefined)
        return `pod-level ${word} ${fmt(agg.value)}${overhead}`;
    const parts = agg.parts.filter((c) => pick(c) > 0);
    const total = mem(agg.value);
    if (parts.length === 1 && parts[0]) {
        const c = parts[0];
        const kind = c.info.type === 'init' ? ` (init container ${c.info.name})` : memory.containers.length > 1 ? ` (container ${c.info.name})` : '';
        return `${word} ${total}${kind}${overhead}`;
    }
    if (parts.length === 0)
        return `${word} ${total}${overhead}`;
    const shown = parts.slice(0, 4).map((c) => `${c.info.name} ${fmt(pick(c))}`);
    const more = parts.length > 4 ? ` + ${parts.length - 4} more` : '';
    return `${word}s ${total} (${shown.join(' + ')}${more}${memory.overhead > 0 ? ` + ${fmt(memory.overhead)} overhead` : ''})`;
}

;// CONCATENATED MODULE: ./src/rules/memory-budget/_analysis.ts
/**
 * What the memory-budget rules share, computed once per model: node targets per scope, the
 * per-node overhead of DaemonSets and system pods, each workload's pod memory and where it can
 * land.
 *
 * Certainty. Scopes assign objects to clusters by directory; an object equally near several
 * clusters joins all of them, so its pairing with any one is a guess. A node group or DaemonSet
 * counts for a verdict only when it belongs to exactly one scope, and a workload that belongs to
 * several scopes is flagged only when every one of them flags it: findings never rest on a
 * pairing the repository does not make.
 */








/**
 * The per-node system pods of the `systemPods` option (docs/configuration.md): by default the
 * DaemonSets EKS installs on every cluster (system-pods.csv, `defaultOnEks`); `extend` adds the
 * option's pods, `replace` counts only them. A pod without quantities that the table names
 * (`ebs-csi-node`, or `fluent-bit` in `amazon-cloudwatch`) takes the table's figures; a pod the
 * table does not name and that gives none counts 0. Deployments (CoreDNS) are not per node.
 */
function systemPodLoads(option) {
    const table = SYSTEM_PODS.filter((p) => p.kind === 'DaemonSet');
    const fromRow = (row) => {
        const request = mib(row.memoryRequestMiB ?? 0);
        const limit = row.memoryLimitMiB !== undefined ? mib(row.memoryLimitMiB) : request;
        return { name: `${row.name} (system pod)`, podName: row.name, namespace: row.namespace, request, limit, unbounded: row.memoryLimitMiB === undefined };
    };
    const defaults = option?.mode === 'replace' ? [] : table.filter((p) => p.defaultOnEks).map(fromRow);
    const configured = (option?.pods ?? []).map((pod) => {
        const request = parseQuantity(pod.memoryRequest);
        const limit = parseQuantity(pod.memoryLimit);
        if (request === undefined && limit === undefined) {
            const row = table.find((p) => p.name === pod.name && (pod.namespace === undefined || p.namespace === pod.namespace));
            if (row)
                return fromRow(row);
        }
        const req = request !== undefined && request >= 0 ? request : (limit ?? 0);
        return {
            name: `${pod.name} (system pod)`,
            podName: pod.name,
            namespace: pod.namespace ?? '*',
            request: req,
            limit: limit !== undefined && limit >= 0 ? limit : req,
            unbounded: limit === undefined,
        };
    });
    // A pod the option names again replaces its default entry rather than counting twice.
    const named = (l) => configured.some((c) => c.podName === l.podName && (c.namespace === '*' || c.namespace === l.namespace));
    return [...defaults.filter((d) => !named(d)), ...configured];
}
/**
 * The `headroomPercent` option as a per-node load: that share of the node type's allocatable
 * memory, kept free for what the manifests do not show, so every rule's arithmetic subtracts it
 * like a DaemonSet's memory. None at 0 (the default).
 */
function headroomLoad(percent, budget) {
    if (!percent || percent <= 0)
        return [];
    const bytes = Math.round((budget.conservative * percent) / 100);
    return [{ name: `headroom (${percent}% of ${mi(budget.conservative)} allocatable)`, request: bytes, limit: bytes, unbounded: false }];
}
function globMatch(pattern, value) {
    const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    return re.test(value);
}
function fargateSelectors(scope, model, single) {
    const out = [];
    for (const m of scope.manifests) {
        if (m.kind !== 'ClusterConfig' || !m.apiVersion.startsWith('eksctl.io/'))
            continue;
        for (const profile of asArray(m.raw['fargateProfiles'])) {
            for (const s of asArray(get(profile, 'selectors'))) {
                const namespace = asString(get(s, 'namespace'));
                if (namespace)
                    out.push({ namespace, labels: stringMap(get(s, 'labels')) });
            }
        }
    }
    const clusterName = scope.cluster?.name;
    for (const t of model.templates) {
        for (const resource of Object.values(t.resources)) {
            if (resource.Type !== 'AWS::EKS::FargateProfile')
                continue;
            const p = resource.Properties ?? {};
            const ref = asString(get(p, 'ClusterName', 'Ref'));
            const named = ref ? asString(t.resolve(t.resources[ref]?.Properties?.['Name'])) ?? ref : asString(t.resolve(p['ClusterName']));
            if (!single && (clusterName === undefined || named !== clusterName))
                continue;
            for (const s of asArray(p['Selectors'])) {
                const namespace = asString(t.resolve(get(s, 'Namespace')));
                const labels = {};
                for (const l of asArray(get(s, 'Labels'))) {
                    const k = asString(get(l, 'Key'));
                    const v = asString(get(l, 'Value'));
                    if (k && v !== undefined)
                        labels[k] = v;
                }
                if (namespace)
                    out.push({ namespace, labels });
            }
        }
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
const identity = (m) => `${m.kind}/${m.namespace ?? ''}/${m.name}`;
function minLoad(a, b) {
    return a.limit < b.limit || (a.limit === b.limit && a.request <= b.request) ? a : b;
}
function build(model, options, expired) {
    const scopeIndex = new Map();
    model.scopes.forEach((scope, i) => {
        for (const o of [...scope.workloads, ...scope.nodeGroups, ...scope.manifests, ...scope.autoscalers]) {
            const list = scopeIndex.get(o) ?? [];
            if (list[list.length - 1] !== i)
                list.push(i);
            scopeIndex.set(o, list);
        }
    });
    const scopesOf = (o) => scopeIndex.get(o) ?? [];
    const single = model.scopes.length === 1;
    const groupTargets = new Map();
    const targetOf = (g) => {
        let t = groupTargets.get(g);
        if (!t)
            groupTargets.set(g, (t = nodeGroupTarget(g)));
        return t;
    };
    const scopeTargets = model.scopes.map((s) => s.nodeGroups.map(targetOf));
    const virtuals = new Map();
    const virtualOf = (w) => {
        if (!virtuals.has(w))
            virtuals.set(w, virtualTarget(w));
        return virtuals.get(w);
    };
    const targetsFor = (w, scope) => {
        const groups = scopeTargets[scope] ?? [];
        if (groups.length > 0)
            return groups;
        const v = virtualOf(w);
        return v ? [v] : [];
    };
    const targetScopes = (t) => (t.group ? scopesOf(t.group) : t.virtualFor ? scopesOf(t.virtualFor) : []);
    const isCertain = (t) => t.virtualFor !== undefined || targetScopes(t).length === 1;
    // Pod memory, with the LimitRange and RuntimeClass of the workload's namespace and scope.
    const limitRanges = model.manifests.filter((m) => m.kind === 'LimitRange');
    const runtimeClasses = model.manifests.filter((m) => m.kind === 'RuntimeClass');
    const sharesScope = (a, b) => scopesOf(a).some((s) => scopesOf(b).includes(s));
    const memo = new Map();
    const memory = (w) => {
        let m = memo.get(w);
        if (m)
            return m;
        const lr = limitRanges.find((l) => l.namespace === w.namespace && sharesScope(l, w));
        const defaults = lr ? limitRangeDefaults(lr) : undefined;
        const runtimeClassName = asString(get(w.raw, ...w.pod.path, 'runtimeClassName'));
        const rc = runtimeClassName ? runtimeClasses.find((r) => r.name === runtimeClassName && sharesScope(r, w)) : undefined;
        const rcOverhead = rc ? parseQuantity(get(rc.raw, 'overhead', 'podFixed', 'memory')) : undefined;
        m = podMemory(w, defaults, rcOverhead);
        memo.set(w, m);
        return m;
    };
    /*
     * A pod that reads instance-type labels is matched per instance type, and a Karpenter pool can
     * launch hundreds of them: matching every type for every pod and pool took 278 s on 221 KB of
     * NodePools and workloads. Types that agree on every label the pod reads get the same answer,
     * and pods that select alike (same selectors and tolerations) get the same answers too; so
     * each distinct answer is computed once per target.
     */
    const typeClasses = new Map();
    const classesOf = (target, keys) => {
        let byKeys = typeClasses.get(target);
        if (!byKeys)
            typeClasses.set(target, (byKeys = new Map()));
        const keySet = keys.join('\n');
        let classes = byKeys.get(keySet);
        if (!classes) {
            const bySignature = new Map();
            for (const budget of target.budgets) {
                const view = target.view(budget);
                const signature = JSON.stringify(keys.map((k) => view.label(k)));
                const members = bySignature.get(signature);
                if (members)
                    members.push(budget);
                else
                    bySignature.set(signature, [budget]);
            }
            byKeys.set(keySet, (classes = [...bySignature.values()]));
        }
        return classes;
    };
    const perTypeMemo = new Map();
    const perType = (w, target) => {
        const selection = JSON.stringify([w.pod.nodeSelector, w.pod.requiredNodeAffinity, w.pod.tolerations]);
        let byPod = perTypeMemo.get(target);
        if (!byPod)
            perTypeMemo.set(target, (byPod = new Map()));
        const known = byPod.get(selection);
        if (known)
            return known;
        // With the type labels unknown ('maybe'), an answer of 'no' holds for every type: the pod's
        // other selectors or the taints rule the target out, and no type needs a look.
        if (podFits(w.pod, target.view()) === 'no') {
            const excluded = { target, result: 'no', types: [], match: matchPod(w.pod, target.view(target.budgets[0])) };
            byPod.set(selection, excluded);
            return excluded;
        }
        const keys = [...new Set([...Object.keys(w.pod.nodeSelector), ...w.pod.requiredNodeAffinity.flatMap((term) => term.map((r) => r.key))])]
            .filter((k) => TYPE_KEYS.has(k))
            .sort();
        const fits = new Map();
        let overall = 'no';
        for (const members of classesOf(target, keys)) {
            const first = members[0];
            if (!first)
                continue;
            const tri = podFits(w.pod, target.view(first));
            for (const budget of members)
                fits.set(budget, tri);
            overall = or(overall, tri);
        }
        // The reasons are spelled out once, for the first type that gives the overall answer.
        const representative = target.budgets.find((b) => fits.get(b) === overall);
        const result = {
            target,
            result: overall,
            types: target.budgets.flatMap((budget) => {
                const tri = fits.get(budget) ?? 'no';
                return tri === 'no' ? [] : [{ budget, result: tri }];
            }),
            match: matchPod(w.pod, target.view(representative)),
        };
        byPod.set(selection, result);
        return result;
    };
    // Placement of a workload on a target, per instance type.
    const placements = new Map();
    const placement = (w, target) => {
        let byTarget = placements.get(w);
        if (!byTarget)
            placements.set(w, (byTarget = new Map()));
        const known = byTarget.get(target);
        if (known)
            return known;
        // Workloads × node groups × instance types is the review's largest product: it stops on time.
        if (expired?.())
            throw new RuleOutOfTime();
        let result;
        if (target.maxSize === 0) {
            // A node group scaled to zero has no node to land on.
            result = { target, result: 'no', types: [], match: { result: 'no', reasons: ['max size 0: no nodes'] } };
        }
        else if (asString(get(w.raw, ...w.pod.path, 'nodeName')) !== undefined) {
            // `nodeName` bypasses the scheduler: the node is named, its group is not.
            result = { target, result: 'maybe', types: target.budgets.map((budget) => ({ budget, result: 'maybe' })), match: { result: 'maybe', reasons: ['pinned to a node by nodeName'] } };
        }
        else if (target.virtualFor === w) {
            result = { target, result: 'yes', types: target.budgets.map((budget) => ({ budget, result: 'yes' })), match: { result: 'yes', reasons: [] } };
        }
        else if (readsAnyLabel(w.pod, TYPE_KEYS) && target.budgets.length > 0) {
            result = perType(w, target);
        }
        else {
            const match = matchPod(w.pod, target.view());
            result = { target, result: match.result, types: match.result === 'no' ? [] : target.budgets.map((budget) => ({ budget, result: match.result })), match };
        }
        byTarget.set(target, result);
        return result;
    };
    // Fargate profiles per scope.
    const fargate = model.scopes.map((s) => fargateSelectors(s, model, single));
    const onFargate = (w, scope) => (fargate[scope] ?? []).some((sel) => {
        const ns = w.namespace ?? 'default';
        return globMatch(sel.namespace, ns) && Object.entries(sel.labels).every(([k, v]) => w.pod.labels[k] === v);
    });
    // Per-node overhead: DaemonSets that certainly run on the node type, and the system pods.
    const systemPods = systemPodLoads(options.systemPods);
    const daemonSetsOf = model.scopes.map((s, i) => s.workloads.filter((w) => w.kind === 'DaemonSet' && scopesOf(w).length === 1 && !onFargate(w, i)));
    const overheadCache = new Map();
    const loadOf = (w) => {
        const m = memory(w);
        const unbounded = !Number.isFinite(m.limit.value);
        return { name: `DaemonSet ${w.namespace ? `${w.namespace}/` : ''}${w.name}`, workload: w, request: m.request.value, limit: unbounded ? m.request.value : m.limit.value, unbounded };
    };
    const computeOverhead = (target, budget) => {
        const scopes = targetScopes(target);
        const scope = isCertain(target) && scopes.length === 1 ? scopes[0] : undefined;
        const byIdentity = new Map();
        const daemonSets = scope !== undefined ? (daemonSetsOf[scope] ?? []) : [];
        for (const ds of daemonSets) {
            if (podFits(ds.pod, target.view(budget)) !== 'yes')
                continue;
            const load = loadOf(ds);
            const key = identity(ds);
            const seen = byIdentity.get(key);
            byIdentity.set(key, seen ? minLoad(seen, load) : load);
        }
        // A system pod the repository defines itself is counted once, as the repository has it.
        const defined = (p) => daemonSets.some((ds) => ds.name === p.podName && (p.namespace === '*' || (ds.namespace ?? p.namespace) === p.namespace));
        const loads = [...byIdentity.values(), ...systemPods.filter((p) => !defined(p)), ...headroomLoad(options.headroomPercent, budget)];
        return { loads, request: loads.reduce((n, l) => n + l.request, 0), limit: loads.reduce((n, l) => n + l.limit, 0) };
    };
    const overhead = (target, budget, except) => {
        let byType = overheadCache.get(target);
        if (!byType)
            overheadCache.set(target, (byType = new Map()));
        let o = byType.get(budget.type.name);
        if (!o)
            byType.set(budget.type.name, (o = computeOverhead(target, budget)));
        if (!except || !o.loads.some((l) => l.workload === except))
            return o;
        const loads = o.loads.filter((l) => l.workload !== except);
        return { loads, request: loads.reduce((n, l) => n + l.request, 0), limit: loads.reduce((n, l) => n + l.limit, 0) };
    };
    // Indexed by target once: a linear search per workload is quadratic in a large repo.
    const autoscalersByTarget = new Map();
    for (const h of model.autoscalers) {
        if (!h.target)
            continue;
        const key = `${h.target.kind}/${h.namespace ?? ''}/${h.target.name}`;
        autoscalersByTarget.set(key, [...(autoscalersByTarget.get(key) ?? []), h]);
    }
    const autoscaler = (w) => autoscalersByTarget.get(identity(w))?.find((h) => sharesScope(h, w));
    return {
        model,
        scopesOf,
        targetsFor,
        targets: [...new Set(scopeTargets.flat())],
        isCertain,
        placement,
        overhead,
        memory,
        onFargate,
        autoscaler,
        podWorkloads: model.workloads.filter((w) => w.kind !== 'DaemonSet'),
    };
}
const cache = new WeakMap();
/** The analysis of the context's model, shared by every memory-budget rule with the same options. */
function analyze(context) {
    const key = JSON.stringify([context.options.systemPods ?? null, context.options.headroomPercent ?? 0]);
    let byOptions = cache.get(context.model);
    if (!byOptions)
        cache.set(context.model, (byOptions = new Map()));
    let a = byOptions.get(key);
    if (!a)
        byOptions.set(key, (a = build(context.model, context.options, context.expired)));
    return a;
}
/**
 * Runs `verdict` in every scope of the workload and returns the results only when every scope
 * gave one (see the certainty note above); Fargate scopes give none.
 */
function inEveryScope(a, w, verdict) {
    const scopes = a.scopesOf(w);
    if (scopes.length === 0)
        return undefined;
    const out = [];
    for (const s of scopes) {
        if (a.onFargate(w, s))
            return undefined;
        const v = verdict(s);
        if (v === undefined)
            return undefined;
        out.push(v);
    }
    return out;
}
/** The overhead one line a pod, for `details`. */
function overheadDetails(o, side) {
    if (o.loads.length === 0)
        return ['  (no DaemonSet or system pod memory on this node type)'];
    return o.loads.map((l) => {
        const v = side === 'request' ? l.request : l.limit;
        const note = side === 'limit' && l.unbounded ? (l.request > 0 ? ' (no limit: its request)' : ' (no memory request or limit)') : '';
        return `  ${l.name}: ${mi(v)}${note}`;
    });
}

;// CONCATENATED MODULE: ./src/rules/memory-budget/_advice.ts



/** The smallest larger size of the same family whose allocatable holds `need` after the overhead. */
function largerSize(target, budget, fits) {
    for (const type of familyTypes(budget.type.family)) {
        if (type.memoryMiB <= budget.type.memoryMiB)
            continue;
        const candidate = target.budgetFor(type);
        if (candidate && fits(candidate))
            return candidate;
    }
    return undefined;
}
/** "use c5.xlarge (6.4Gi allocatable)", or for Karpenter how to keep it off the small types. */
function sizeAdvice(target, budget, fits) {
    if (target.karpenter) {
        return `keep ${target.label} off types this small (e.g. a requirement karpenter.k8s.aws/instance-memory Gt ${budget.type.memoryMiB})`;
    }
    const larger = largerSize(target, budget, fits);
    return larger ? `use ${larger.type.name} (${mem(larger.conservative)} allocatable)` : undefined;
}
/** "Deployment web/rails-app" for details. */
function workloadName(w) {
    return `${w.kind} ${w.namespace ? `${w.namespace}/` : ''}${w.name}`;
}
/** Where the node type comes from, for details. */
function targetSource(target) {
    const file = target.subject.ref.doc.path;
    return target.virtualFor ? `the instance type the pod selects (${file})` : `${target.label} (${file})`;
}
/** The detail lines every fit finding shares: the pod, the node type's budget, the per-node pods. */
function fitDetails(w, memory, target, budget, overhead, side) {
    const parts = (side === 'request' ? memory.request : memory.limit).parts;
    const pick = side === 'request' ? (c) => c.request : (c) => c.limit ?? Infinity;
    const containers = parts.map((c) => `${c.info.type === 'container' ? '' : `${c.info.type} `}${c.info.name} ${mi(pick(c))}`).join(' + ');
    return [
        `Pod of ${workloadName(w)}: effective memory request ${mi(memory.request.value)}, limit ${Number.isFinite(memory.limit.value) ? mi(memory.limit.value) : 'unbounded'}${containers ? ` (${side}: ${containers}${memory.overhead > 0 ? ` + overhead ${mi(memory.overhead)}` : ''})` : ''}`,
        `Node type: ${budget.type.name} of ${targetSource(target)}`,
        ...budgetDetails(budget),
        `Per-node pods counted (${side === 'limit' ? 'limits; requests where no limit is set' : 'requests'}):`,
        ...overheadDetails(overhead, side),
    ];
}

;// CONCATENATED MODULE: ./src/rules/memory-budget/_replicas.ts
const DEFAULT_SURGE = '25%';
/** Deployment `maxSurge`: a count, or a percentage of the replicas rounded up (Kubernetes' rule). */
function surgeOf(workload, replicas) {
    if (workload.kind !== 'Deployment')
        return 0;
    if (workload.strategy?.type === 'Recreate')
        return 0;
    const raw = workload.strategy?.maxSurge ?? DEFAULT_SURGE;
    if (typeof raw === 'number')
        return Number.isFinite(raw) && raw > 0 ? Math.floor(raw) : 0;
    const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(raw);
    if (percent) {
        const surge = Math.ceil((replicas * Number(percent[1])) / 100);
        return Number.isSafeInteger(surge) ? surge : replicas;
    }
    const n = Number(raw);
    return Number.isInteger(n) && n > 0 ? n : Math.ceil(replicas * 0.25);
}
const count = (n, fallback) => (n !== undefined && Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback);
/** The pod count of a workload that schedules like ordinary pods (not a DaemonSet). */
function podCount(workload, hpa) {
    if (workload.kind === 'DaemonSet')
        return undefined;
    if (workload.kind === 'Job' || workload.kind === 'CronJob') {
        const n = count(workload.parallelism, 1);
        const at = workload.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'parallelism'] : ['spec', 'parallelism'];
        return { max: n, min: n, steady: n, surge: 0, text: `parallelism ${n}`, subject: workload, at };
    }
    if (workload.kind === 'Pod')
        return { max: 1, min: 1, steady: 1, surge: 0, text: 'a single pod', subject: workload, at: ['metadata', 'name'] };
    const replicas = count(workload.replicas, 1);
    if (hpa && hpa.maxReplicas !== undefined) {
        const max = count(hpa.maxReplicas, replicas);
        const min = Math.min(count(hpa.minReplicas, 1), max);
        const surge = surgeOf(workload, max);
        return {
            max: max + surge,
            min,
            steady: max,
            surge,
            text: `HPA ${hpa.name} maxReplicas ${max}${surge ? ` + rolling-update surge ${surge}` : ''}`,
            subject: hpa,
            at: ['spec', 'maxReplicas'],
        };
    }
    const surge = surgeOf(workload, replicas);
    return {
        max: replicas + surge,
        min: replicas,
        steady: replicas,
        surge,
        text: `replicas ${replicas}${surge ? ` + rolling-update surge ${surge}` : ''}`,
        subject: workload,
        at: ['spec', 'replicas'],
    };
}

;// CONCATENATED MODULE: ./src/rules/memory-budget/_options.ts
/** Kubernetes resource quantity, as `parseQuantity` accepts it (the config's kubelet settings use it too). */
const QUANTITY_SCHEMA = {
    description: 'a Kubernetes memory quantity (512Mi, 2Gi, 1.5G, 1073741824)',
    type: ['string', 'number'],
    pattern: '^\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$',
};
const quantity = { ...QUANTITY_SCHEMA, nullable: true };
const MEMORY_BUDGET_OPTIONS = {
    type: 'object',
    properties: {
        systemPods: {
            description: 'Pods that run on every node besides the DaemonSets in the reviewed files.',
            type: 'object',
            additionalProperties: false,
            required: ['pods'],
            nullable: true,
            properties: {
                mode: { description: 'replace the built-in list, or extend it (default).', type: 'string', enum: ['replace', 'extend'], nullable: true },
                pods: {
                    type: 'array',
                    items: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['name'],
                        properties: {
                            name: { type: 'string', minLength: 1 },
                            namespace: { type: 'string', minLength: 1, nullable: true },
                            memoryRequest: quantity,
                            memoryLimit: quantity,
                        },
                    },
                },
            },
        },
        headroomPercent: {
            description: "Percent of each node type's allocatable memory to keep free, counted on every node like a per-node pod (default 0).",
            type: 'number',
            minimum: 0,
            exclusiveMaximum: 100,
            nullable: true,
        },
    },
};

;// CONCATENATED MODULE: ./src/rules/memory-budget/capacity.ts







function perNode(budget, overhead, request, allocatable) {
    const byMemory = Math.floor((allocatable - overhead.request) / request);
    const byPods = budget.maxPods - overhead.loads.length;
    return Math.max(0, Math.min(byMemory, byPods));
}
/**
 * In one scope: the pods do not fit the node groups they can land on at their max sizes.
 * Undefined (no verdict) when a group they may use has no max size or types we cannot size,
 * or belongs to several scopes: then the room is not known.
 */
function verdictIn(a, w, request, count, scope) {
    const placements = a.targetsFor(w, scope).map((t) => a.placement(w, t)).filter((p) => p.result !== 'no');
    if (placements.length === 0)
        return undefined;
    const rooms = [];
    for (const p of placements) {
        const t = p.target;
        if (!a.isCertain(t) || t.maxSize === undefined || t.typesIncomplete || p.types.length === 0)
            return undefined;
        const perType = p.types.map(({ budget }) => {
            const overhead = a.overhead(t, budget, w);
            return { budget, overhead, cons: perNode(budget, overhead, request, budget.conservative), best: perNode(budget, overhead, request, budget.optimistic) };
        });
        // A static group may be all of its smallest type; Karpenter launches whatever type fits.
        const chosen = perType.reduce((x, y) => (t.karpenter ? (y.cons > x.cons ? y : x) : y.cons < x.cons ? y : x));
        rooms.push({
            target: t,
            nodes: Math.max(0, Math.floor(t.maxSize)),
            perNode: chosen.cons,
            perNodeBest: Math.max(...perType.map((x) => x.best)),
            budget: chosen.budget,
            overhead: chosen.overhead,
        });
    }
    const capacity = rooms.reduce((n, r) => n + r.nodes * r.perNode, 0);
    const best = rooms.reduce((n, r) => n + r.nodes * r.perNodeBest, 0);
    // A pod no node can hold is pod-exceeds-node's finding, not a capacity one.
    if (count.max <= capacity || rooms.every((r) => r.perNode === 0))
        return undefined;
    return { severity: count.min > best ? 'error' : 'warning', rooms, capacity, best };
}
function report(w, request, count, v, severity) {
    const groups = v.rooms.map((r) => `${r.target.label}: ${r.nodes} node${r.nodes === 1 ? '' : 's'} × ${r.perNode} pod${r.perNode === 1 ? '' : 's'} (${r.budget.type.name}: ${mem(r.budget.conservative)} allocatable − DaemonSets ${mem(r.overhead.request)})`);
    const single = v.rooms.length === 1 ? v.rooms[0] : undefined;
    const needed = single && single.perNode > 0 ? Math.ceil(count.max / single.perNode) : undefined;
    // Never advise an absurd number ("raise maxSize to Infinity"): past any real group size, only the other fix stands.
    const nodesNeeded = needed !== undefined && Number.isSafeInteger(needed) && needed <= 100_000 ? needed : undefined;
    const fix = [
        ...(nodesNeeded !== undefined ? [`raise ${single?.target.karpenter ? 'limits.nodes' : 'maxSize'} to ${nodesNeeded}`] : []),
        `lower the ${count.subject === w ? 'replicas' : 'HPA maxReplicas'} or the request`,
    ].join(' or ');
    const need = severity === 'error' ? `needs at least ${count.min} pods` : `needs up to ${count.max} pods (${count.text})`;
    const room = severity === 'error' ? `${v.best} even on the largest nodes they may get` : String(v.capacity);
    const message = `${w.name} ${need} × ${mem(request)} request, but the node groups it can use hold at most ${room}: ${groups.join(' + ')}; ${fix}.`;
    const details = [
        `${workloadName(w)}: ${count.text} → up to ${count.max} pods, at least ${count.min}; effective request ${mi(request)} each`,
        ...v.rooms.flatMap((r) => [
            `${r.target.label} (${r.target.subject.ref.doc.path}): max size ${r.nodes}, ${r.perNode} pod(s) per node (conservative), ${r.perNodeBest} at best`,
            ...budgetDetails(r.budget).map((l) => `  ${l}`),
            `  per-node pods (requests), ${r.overhead.loads.length} of the ${r.budget.maxPods}-pod limit:`,
            ...overheadDetails(r.overhead, 'request').map((l) => `  ${l}`),
        ]),
        `Capacity: ${v.capacity} pods (conservative), ${v.best} at best; needed ${count.max}`,
    ].join('\n');
    const at = severity === 'error' && count.subject !== w ? ['spec', 'minReplicas'] : count.at;
    return { subject: count.subject, at, severity, message, details };
}
/* harmony default export */ const capacity = (defineRule({
    id: 'memory-budget/capacity',
    family: 'memory-budget',
    optionsSchema: MEMORY_BUDGET_OPTIONS,
    defaultSeverity: 'warning',
    // Reported at the workload's HorizontalPodAutoscaler when it has one: a linked object.
    reach: 'object',
    description: "A workload's pods (HPA max and rolling-update surge included) do not fit the node groups it can use at their max size.",
    check(context) {
        const a = analyze(context);
        const reports = [];
        for (const w of a.podWorkloads) {
            const request = a.memory(w).request.value;
            if (!(request > 0))
                continue;
            const count = podCount(w, a.autoscaler(w));
            if (!count || count.max === 0)
                continue;
            const verdicts = inEveryScope(a, w, (scope) => verdictIn(a, w, request, count, scope));
            if (!verdicts || !verdicts[0])
                continue;
            const severity = verdicts.every((v) => v.severity === 'error') ? 'error' : 'warning';
            reports.push(report(w, request, count, verdicts.find((v) => v.severity === severity) ?? verdicts[0], severity));
        }
        return reports;
    },
}));

;// CONCATENATED MODULE: ./src/rules/memory-budget/limit-exceeds-node.ts








/**
 * The node type in one scope where the pod's limit plus the per-node limits exceed allocatable.
 * Error: a node group it surely lands on, a type its request surely fits (so it can be placed
 * there), and even the optimistic allocatable is exceeded. Warning: the conservative estimate is
 * exceeded. Karpenter picks the type per pod, so there it is an error only when every type the
 * request fits would be exceeded.
 */
function worstIn(a, w, memory, scope) {
    let worst;
    const better = (v) => !worst || (v.severity === 'error' && worst.severity !== 'error') || (v.severity === worst.severity && v.total - v.budget.conservative > worst.total - worst.budget.conservative);
    for (const target of a.targetsFor(w, scope)) {
        if (!a.isCertain(target))
            continue;
        const placement = a.placement(w, target);
        if (placement.result === 'no')
            continue;
        const rows = placement.types.map(({ budget, result }) => {
            const overhead = a.overhead(target, budget, w);
            const total = memory.limit.value + overhead.limit;
            const request = memory.request.value + overhead.request;
            return { budget, result, overhead, total, placeable: request <= budget.conservative, maybePlaceable: request <= budget.optimistic };
        });
        const exceeding = rows.filter((r) => r.maybePlaceable && r.total > r.budget.conservative);
        if (exceeding.length === 0)
            continue;
        const surely = (r) => r.result === 'yes' && r.placeable && r.total > r.budget.optimistic;
        let pick = exceeding[0];
        let severity = 'warning';
        if (target.karpenter) {
            const choosable = rows.filter((r) => r.placeable);
            if (choosable.length > 0 && choosable.every(surely))
                severity = 'error';
            // Requirements we could not evaluate may exclude the small type: too unsure for a warning.
            else if (target.approximate)
                continue;
        }
        else {
            const sure = exceeding.find(surely);
            if (sure)
                [pick, severity] = [sure, 'error'];
        }
        if (!pick)
            continue;
        const v = { severity, target, budget: pick.budget, overhead: pick.overhead, result: pick.result, total: pick.total };
        if (better(v))
            worst = v;
    }
    return worst;
}
function limit_exceeds_node_report(w, memory, v, severity) {
    const { budget, overhead, target, total } = v;
    const f = formatFor(total, budget.conservative);
    const excess = total - budget.conservative;
    const main = memory.limit.podLevel !== undefined ? undefined : memory.limit.main;
    const mainLimit = main?.limit ?? memory.limit.value;
    const allowed = mainLimit - excess;
    const owner = main && memory.containers.length > 1 ? `${main.info.name}'s ` : 'the ';
    const fixes = [];
    let fix;
    if (allowed > 0) {
        const request = main?.request ?? memory.request.value;
        fixes.push(allowed >= request ? `lower ${owner}limit to ≤ ${memFloor(allowed)}` : `lower ${owner}request and limit to ≤ ${memFloor(allowed)}`);
        // A one-value edit (the review suggestion) only when the container's own limit changes and
        // the rounded value still holds the request.
        const lowered = memFloor(allowed);
        if (main && !main.defaulted && (parseQuantity(lowered) ?? 0) >= request)
            fix = { at: fieldPath(memory, 'limit', 'memory'), replacement: lowered };
    }
    const size = sizeAdvice(target, budget, (b) => {
        const o = overhead;
        return memory.limit.value + o.limit <= b.conservative && memory.request.value + o.request <= b.conservative;
    });
    if (size)
        fixes.push(size);
    const hedge = severity === 'error' ? '' : ` (an estimate: nodes may get up to ${mem(budget.optimistic)})`;
    const where = target.virtualFor ? '' : ` on ${target.label}`;
    const maybe = v.result === 'maybe' ? ' if it lands there' : '';
    const message = `${w.name} ${describe(memory, 'limit', f)} + DaemonSets ${f(overhead.limit)} = ${f(total)} > ${budget.type.name} allocatable ${f(budget.conservative)}` +
        ` (${budgetTerms(budget, f)})${where}${hedge}: one pod bursting to its limit can run the node out of memory${maybe}` +
        `${fixes.length ? `; ${fixes.join(' or ')}` : ''}.`;
    const details = [
        ...fitDetails(w, memory, target, budget, overhead, 'limit'),
        `Total: ${mi(memory.limit.value)} + ${mi(overhead.limit)} = ${mi(total)} > ${mi(budget.conservative)} allocatable${severity === 'error' ? ` (and > ${mi(budget.optimistic)}, the optimistic bound)` : ` (≤ ${mi(budget.optimistic)}, the optimistic bound, so real nodes may hold it)`}`,
    ].join('\n');
    return { subject: w, at: fieldPath(memory, 'limit', 'memory'), severity, message, details, ...(fix ? { fix } : {}) };
}
/* harmony default export */ const limit_exceeds_node = (defineRule({
    id: 'memory-budget/limit-exceeds-node',
    family: 'memory-budget',
    optionsSchema: MEMORY_BUDGET_OPTIONS,
    defaultSeverity: 'error',
    reach: 'object',
    description: "A pod's memory limit plus the DaemonSets' limits exceeds the allocatable memory of a node type it can land on.",
    check(context) {
        const a = analyze(context);
        const reports = [];
        for (const w of a.model.workloads) {
            const memory = a.memory(w);
            if (!Number.isFinite(memory.limit.value) || memory.limit.value <= 0)
                continue;
            const verdicts = inEveryScope(a, w, (scope) => worstIn(a, w, memory, scope));
            if (!verdicts || verdicts.length === 0 || !verdicts[0])
                continue;
            const severity = verdicts.every((v) => v.severity === 'error') ? 'error' : 'warning';
            const shown = verdicts.find((v) => v.severity === severity) ?? verdicts[0];
            reports.push(limit_exceeds_node_report(w, memory, shown, severity));
        }
        return reports;
    },
}));

;// CONCATENATED MODULE: ./src/rules/memory-budget/missing-memory.ts




const KIND = { container: 'container', init: 'init container', sidecar: 'sidecar container' };
/* harmony default export */ const missing_memory = (defineRule({
    id: 'memory-budget/missing-memory',
    family: 'memory-budget',
    optionsSchema: MEMORY_BUDGET_OPTIONS,
    defaultSeverity: 'warning',
    reach: 'object',
    description: 'A container or init container sets no memory limit, or neither a memory request nor a limit.',
    check(context) {
        const a = analyze(context);
        const reports = [];
        for (const w of a.model.workloads) {
            const memory = a.memory(w);
            // A pod-level limit bounds every container of the pod.
            if (memory.limit.podLevel !== undefined)
                continue;
            for (const c of memory.containers) {
                if (c.limit !== undefined)
                    continue;
                const what = `${KIND[c.info.type]} ${c.info.name} of ${w.name}`;
                const message = c.request > 0
                    ? `${what} requests ${mem(c.request)} of memory but sets no limit: it can grow until the node runs out of memory and pods get evicted or OOM-killed; set resources.limits.memory (the request, ${mem(c.request)}, if it should never burst).`
                    : `${what} sets no memory request or limit: the scheduler reserves nothing for it and it can use all of the node's memory; set resources.requests.memory and resources.limits.memory.`;
                reports.push({
                    subject: w,
                    at: c.info.path,
                    message,
                    details: `No resources.limits.memory on ${KIND[c.info.type]} ${c.info.name}${c.request > 0 ? `; request ${mem(c.request)}` : ' and no resources.requests.memory'}, and no LimitRange default for namespace ${w.namespace ?? '(unset)'} in the repository.`,
                });
            }
        }
        return reports;
    },
}));

;// CONCATENATED MODULE: ./src/rules/memory-budget/no-eligible-node.ts



const PARTS = { nodeSelector: 'nodeSelector', affinity: 'required node affinity', tolerations: 'tolerations' };
/* harmony default export */ const no_eligible_node = (defineRule({
    id: 'memory-budget/no-eligible-node',
    family: 'memory-budget',
    optionsSchema: MEMORY_BUDGET_OPTIONS,
    defaultSeverity: 'warning',
    reach: 'object',
    description: "Node groups exist, but the pod's nodeSelector, required node affinity or tolerations match none of them.",
    check(context) {
        const a = analyze(context);
        const reports = [];
        for (const w of a.model.workloads) {
            const scopes = a.scopesOf(w);
            if (scopes.some((s) => a.onFargate(w, s)))
                continue;
            const targets = [...new Set(scopes.flatMap((s) => a.targetsFor(w, s)))].filter((t) => t.group !== undefined);
            if (targets.length === 0)
                continue;
            const placements = targets.map((t) => a.placement(w, t));
            if (placements.some((p) => p.result !== 'no'))
                continue;
            const by = placements.map((p) => p.match.by).find((b) => b !== undefined) ?? 'nodeSelector';
            const parts = [...new Set(placements.map((p) => p.match.by).filter((b) => b !== undefined))].map((b) => PARTS[b]);
            const shown = placements.slice(0, 3).map((p) => `${p.target.label}: ${p.match.reasons.slice(0, 2).join('; ')}`);
            const more = placements.length > 3 ? `; and ${placements.length - 3} more` : '';
            const n = placements.length;
            const at = [...w.pod.path, by === 'affinity' ? 'affinity' : by];
            reports.push({
                subject: w,
                at,
                message: `${w.name}'s ${parts.join(' and ') || 'selectors'} ${n > 1 ? `match${parts.length === 1 ? 'es' : ''} none of the ${n} node groups of its cluster` : `exclude${parts.length === 1 ? 's' : ''} the only node group of its cluster`} (${shown.join(' | ')}${more}), ` +
                    `so its pods stay Pending; change the selector or toleration, or add the label or toleration to a node group.`,
                details: placements.map((p) => `${p.target.label} (${p.target.subject.ref.doc.path}): ${p.match.reasons.join('; ')}`).join('\n'),
            });
        }
        return reports;
    },
}));

;// CONCATENATED MODULE: ./src/rules/memory-budget/node-overcommit.ts







/**
 * What the scheduler can put on one node of this type by requests, packing first the pods whose
 * limits exceed their requests the most (greedy, so a lower bound on the worst case); undefined
 * when their limits and the per-node limits fit allocatable.
 */
function overcommitOn(a, target, budget, workloads) {
    const overhead = a.overhead(target, budget);
    const candidates = workloads.flatMap((w) => {
        const placement = a.placement(w, target);
        if (!placement.types.some((t) => t.budget === budget && t.result === 'yes'))
            return [];
        const m = a.memory(w);
        const request = m.request.value;
        const limit = m.limit.value;
        if (!(request > 0) || !Number.isFinite(limit))
            return [];
        // A pod that alone exceeds the node is limit-exceeds-node's (or pod-exceeds-node's) finding.
        if (limit + overhead.limit > budget.conservative || request + overhead.request > budget.conservative)
            return [];
        const count = podCount(w, a.autoscaler(w));
        return count && count.steady > 0 ? [{ workload: w, request, limit, count: count.steady }] : [];
    });
    candidates.sort((x, y) => y.limit / y.request - x.limit / x.request || y.limit - x.limit);
    let room = budget.conservative - overhead.request;
    const maxPods = budget.maxPods - overhead.loads.length;
    let pods = 0;
    const packed = [];
    for (const c of candidates) {
        const n = Math.min(c.count, Math.floor(room / c.request), maxPods - pods);
        if (n <= 0)
            continue;
        packed.push({ workload: c.workload, pods: n, request: c.request, limit: c.limit });
        room -= n * c.request;
        pods += n;
    }
    if (pods < 2)
        return undefined;
    const limits = packed.reduce((s, p) => s + p.pods * p.limit, 0);
    if (limits + overhead.limit <= budget.conservative)
        return undefined;
    return { budget, overhead, packed, requests: packed.reduce((s, p) => s + p.pods * p.request, 0), limits };
}
function node_overcommit_report(target, o) {
    const { budget, overhead } = o;
    const total = o.limits + overhead.limit;
    const f = formatFor(total, budget.conservative);
    const list = o.packed.slice(0, 3).map((p) => `${p.pods}× ${p.workload.name} (request ${f(p.request)}, limit ${f(p.limit)})`);
    const more = o.packed.length > 3 ? ` and ${o.packed.length - 3} more` : '';
    const message = `On ${budget.type.name} (${target.label}) the scheduler can fit ${list.join(' + ')}${more} by their requests (${f(o.requests)}), ` +
        `but their limits ${f(o.limits)} + DaemonSets ${f(overhead.limit)} = ${f(total)} > allocatable ${f(budget.conservative)}: if they burst together the node runs out of memory; ` +
        `raise the requests toward the limits (or lower the limits) so that what fits by request also fits by limit.`;
    const details = [
        ...budgetDetails(budget),
        `Packed by request into ${mi(budget.conservative)} − ${mi(overhead.request)} (per-node requests) = ${mi(budget.conservative - overhead.request)}:`,
        ...o.packed.map((p) => `  ${p.pods}× ${workloadName(p.workload)}: request ${mi(p.request)}, limit ${mi(p.limit)}`),
        'Per-node pods (limits; requests where no limit is set):',
        ...overheadDetails(overhead, 'limit'),
        `Limits: ${mi(o.limits)} + ${mi(overhead.limit)} = ${mi(total)} > ${mi(budget.conservative)} allocatable`,
    ].join('\n');
    return { subject: target.subject, at: target.at, message, details };
}
/* harmony default export */ const node_overcommit = (defineRule({
    id: 'memory-budget/node-overcommit',
    family: 'memory-budget',
    optionsSchema: MEMORY_BUDGET_OPTIONS,
    defaultSeverity: 'warning',
    // A node's finding names the workloads packed on it: any of them changes it.
    reach: 'aggregate',
    description: 'On a node type, the pods the scheduler can pack there by requests have limits whose sum exceeds allocatable memory.',
    check(context) {
        const a = analyze(context);
        const reports = [];
        // Only workloads that surely run in the node group's cluster: those of exactly one scope.
        const byScope = new Map();
        for (const w of a.podWorkloads) {
            const scopes = a.scopesOf(w);
            const [scope] = scopes;
            if (scopes.length !== 1 || scope === undefined || a.onFargate(w, scope))
                continue;
            const list = byScope.get(scope) ?? [];
            list.push(w);
            byScope.set(scope, list);
        }
        for (const target of a.targets) {
            if (!a.isCertain(target) || !target.group)
                continue;
            const [scope] = a.scopesOf(target.group);
            const workloads = scope === undefined ? undefined : byScope.get(scope);
            if (!workloads)
                continue;
            for (const budget of target.budgets) {
                const found = overcommitOn(a, target, budget, workloads);
                if (found) {
                    reports.push(node_overcommit_report(target, found));
                    break;
                }
            }
        }
        return reports;
    },
}));

;// CONCATENATED MODULE: ./src/data/eni-max-pods.ts
// Generated by scripts/generate-node-data.mjs from data/eni-max-pods.txt; do not edit.
// Source: aws/amazon-vpc-cni-k8s misc/eni-max-pods.txt @ b52188387f2e2f10bf289ace929d6a63b176a4fa
// (Apache-2.0): `# of ENI × (# of IPv4 per ENI − 1) + 2`, network card 0 only.
const ENI_MAX_PODS_SOURCE = 'aws/amazon-vpc-cni-k8s misc/eni-max-pods.txt @ b52188387f2e2f10bf289ace929d6a63b176a4fa';
// One type a line: name and max pods; parsed on first use.
const eni_max_pods_TABLE = `a1.2xlarge 58
a1.4xlarge 234
a1.large 29
a1.medium 8
a1.metal 234
a1.xlarge 58
bmn-sf1.metal 737
c1.medium 12
c1.xlarge 58
c3.2xlarge 58
c3.4xlarge 234
c3.8xlarge 234
c3.large 29
c3.xlarge 58
c4.2xlarge 58
c4.4xlarge 234
c4.8xlarge 234
c4.large 29
c4.xlarge 58
c5.12xlarge 234
c5.18xlarge 737
c5.24xlarge 737
c5.2xlarge 58
c5.4xlarge 234
c5.9xlarge 234
c5.large 29
c5.metal 737
c5.xlarge 58
c5a.12xlarge 234
c5a.16xlarge 737
c5a.24xlarge 737
c5a.2xlarge 58
c5a.4xlarge 234
c5a.8xlarge 234
c5a.large 29
c5a.metal 737
c5a.xlarge 58
c5ad.12xlarge 234
c5ad.16xlarge 737
c5ad.24xlarge 737
c5ad.2xlarge 58
c5ad.4xlarge 234
c5ad.8xlarge 234
c5ad.large 29
c5ad.metal 737
c5ad.xlarge 58
c5d.12xlarge 234
c5d.18xlarge 737
c5d.24xlarge 737
c5d.2xlarge 58
c5d.4xlarge 234
c5d.9xlarge 234
c5d.large 29
c5d.metal 737
c5d.xlarge 58
c5n.18xlarge 737
c5n.2xlarge 58
c5n.4xlarge 234
c5n.9xlarge 234
c5n.large 29
c5n.metal 737
c5n.xlarge 58
c6a.12xlarge 234
c6a.16xlarge 737
c6a.24xlarge 737
c6a.2xlarge 58
c6a.32xlarge 737
c6a.48xlarge 737
c6a.4xlarge 234
c6a.8xlarge 234
c6a.large 29
c6a.metal 737
c6a.xlarge 58
c6g.12xlarge 234
c6g.16xlarge 737
c6g.2xlarge 58
c6g.4xlarge 234
c6g.8xlarge 234
c6g.large 29
c6g.medium 8
c6g.metal 737
c6g.xlarge 58
c6gd.12xlarge 234
c6gd.16xlarge 737
c6gd.2xlarge 58
c6gd.4xlarge 234
c6gd.8xlarge 234
c6gd.large 29
c6gd.medium 8
c6gd.metal 737
c6gd.xlarge 58
c6gn.12xlarge 234
c6gn.16xlarge 737
c6gn.2xlarge 58
c6gn.4xlarge 234
c6gn.8xlarge 234
c6gn.large 29
c6gn.medium 8
c6gn.xlarge 58
c6i.12xlarge 234
c6i.16xlarge 737
c6i.24xlarge 737
c6i.2xlarge 58
c6i.32xlarge 737
c6i.4xlarge 234
c6i.8xlarge 234
c6i.large 29
c6i.metal 737
c6i.xlarge 58
c6id.12xlarge 234
c6id.16xlarge 737
c6id.24xlarge 737
c6id.2xlarge 58
c6id.32xlarge 737
c6id.4xlarge 234
c6id.8xlarge 234
c6id.large 29
c6id.metal 737
c6id.xlarge 58
c6in.12xlarge 234
c6in.16xlarge 737
c6in.24xlarge 737
c6in.2xlarge 58
c6in.32xlarge 394
c6in.4xlarge 234
c6in.8xlarge 234
c6in.large 29
c6in.metal 394
c6in.xlarge 58
c7a.12xlarge 234
c7a.16xlarge 737
c7a.24xlarge 737
c7a.2xlarge 58
c7a.32xlarge 737
c7a.48xlarge 737
c7a.4xlarge 234
c7a.8xlarge 234
c7a.large 29
c7a.medium 8
c7a.metal-48xl 737
c7a.xlarge 58
c7g.12xlarge 234
c7g.16xlarge 737
c7g.2xlarge 58
c7g.4xlarge 234
c7g.8xlarge 234
c7g.large 29
c7g.medium 8
c7g.metal 737
c7g.xlarge 58
c7gd.12xlarge 234
c7gd.16xlarge 737
c7gd.2xlarge 58
c7gd.4xlarge 234
c7gd.8xlarge 234
c7gd.large 29
c7gd.medium 8
c7gd.metal 737
c7gd.xlarge 58
c7gn.12xlarge 234
c7gn.16xlarge 737
c7gn.2xlarge 58
c7gn.4xlarge 234
c7gn.8xlarge 234
c7gn.large 29
c7gn.medium 8
c7gn.metal 737
c7gn.xlarge 58
c7i-flex.12xlarge 234
c7i-flex.16xlarge 737
c7i-flex.2xlarge 58
c7i-flex.4xlarge 234
c7i-flex.8xlarge 234
c7i-flex.large 29
c7i-flex.xlarge 58
c7i.12xlarge 234
c7i.16xlarge 737
c7i.24xlarge 737
c7i.2xlarge 58
c7i.32xlarge 737
c7i.48xlarge 737
c7i.4xlarge 234
c7i.8xlarge 234
c7i.large 29
c7i.metal-24xl 737
c7i.metal-48xl 737
c7i.xlarge 58
c8a.12xlarge 758
c8a.16xlarge 1010
c8a.24xlarge 1010
c8a.2xlarge 158
c8a.48xlarge 1514
c8a.4xlarge 314
c8a.8xlarge 392
c8a.large 59
c8a.medium 8
c8a.metal-24xl 1010
c8a.metal-48xl 1514
c8a.xlarge 78
c8g.12xlarge 234
c8g.16xlarge 737
c8g.24xlarge 737
c8g.2xlarge 58
c8g.48xlarge 737
c8g.4xlarge 234
c8g.8xlarge 234
c8g.large 29
c8g.medium 8
c8g.metal-24xl 737
c8g.metal-48xl 737
c8g.xlarge 58
c8gb.12xlarge 350
c8gb.16xlarge 786
c8gb.24xlarge 1178
c8gb.2xlarge 58
c8gb.48xlarge 590
c8gb.4xlarge 234
c8gb.8xlarge 292
c8gb.large 29
c8gb.medium 8
c8gb.metal-24xl 1178
c8gb.metal-48xl 590
c8gb.xlarge 58
c8gd.12xlarge 234
c8gd.16xlarge 737
c8gd.24xlarge 737
c8gd.2xlarge 58
c8gd.48xlarge 737
c8gd.4xlarge 234
c8gd.8xlarge 234
c8gd.large 29
c8gd.medium 8
c8gd.metal-24xl 737
c8gd.metal-48xl 737
c8gd.xlarge 58
c8gn.12xlarge 350
c8gn.16xlarge 786
c8gn.24xlarge 1178
c8gn.2xlarge 58
c8gn.48xlarge 590
c8gn.4xlarge 234
c8gn.8xlarge 292
c8gn.large 29
c8gn.medium 8
c8gn.metal-24xl 1178
c8gn.metal-48xl 590
c8gn.xlarge 58
c8i-flex.12xlarge 590
c8i-flex.16xlarge 1010
c8i-flex.2xlarge 118
c8i-flex.4xlarge 394
c8i-flex.8xlarge 492
c8i-flex.large 59
c8i-flex.xlarge 118
c8i.12xlarge 590
c8i.16xlarge 1010
c8i.24xlarge 1010
c8i.2xlarge 118
c8i.32xlarge 1514
c8i.48xlarge 1514
c8i.4xlarge 394
c8i.8xlarge 492
c8i.96xlarge 1514
c8i.large 59
c8i.metal-48xl 1514
c8i.metal-96xl 1514
c8i.xlarge 118
c8ib.12xlarge 590
c8ib.16xlarge 1010
c8ib.24xlarge 1010
c8ib.2xlarge 118
c8ib.32xlarge 1010
c8ib.48xlarge 1514
c8ib.4xlarge 394
c8ib.8xlarge 394
c8ib.96xlarge 758
c8ib.large 78
c8ib.metal-48xl 1514
c8ib.metal-96xl 758
c8ib.xlarge 118
c8id.12xlarge 590
c8id.16xlarge 1010
c8id.24xlarge 1010
c8id.2xlarge 118
c8id.32xlarge 1514
c8id.48xlarge 1514
c8id.4xlarge 394
c8id.8xlarge 492
c8id.96xlarge 1514
c8id.large 59
c8id.metal-48xl 1514
c8id.metal-96xl 1514
c8id.xlarge 118
c8in.12xlarge 590
c8in.16xlarge 1010
c8in.24xlarge 1010
c8in.2xlarge 118
c8in.32xlarge 1010
c8in.48xlarge 1514
c8in.4xlarge 394
c8in.8xlarge 394
c8in.96xlarge 758
c8in.large 78
c8in.metal-48xl 1514
c8in.metal-96xl 758
c8in.xlarge 118
c8ine.12xlarge 590
c8ine.2xlarge 118
c8ine.4xlarge 394
c8ine.8xlarge 394
c8ine.large 78
c8ine.xlarge 118
c9g.12xlarge 590
c9g.16xlarge 1010
c9g.24xlarge 1514
c9g.2xlarge 118
c9g.48xlarge 1514
c9g.4xlarge 394
c9g.8xlarge 492
c9g.large 59
c9g.medium 40
c9g.metal-48xl 1514
c9g.xlarge 118
c9gd.12xlarge 590
c9gd.16xlarge 1010
c9gd.24xlarge 1514
c9gd.2xlarge 118
c9gd.48xlarge 1514
c9gd.4xlarge 394
c9gd.8xlarge 492
c9gd.large 59
c9gd.medium 40
c9gd.metal-48xl 1514
c9gd.xlarge 118
cr1.8xlarge 234
d2.2xlarge 58
d2.4xlarge 234
d2.8xlarge 234
d2.xlarge 58
d3.2xlarge 18
d3.4xlarge 38
d3.8xlarge 59
d3.xlarge 10
d3en.12xlarge 89
d3en.2xlarge 18
d3en.4xlarge 38
d3en.6xlarge 58
d3en.8xlarge 78
d3en.xlarge 10
dl1.24xlarge 737
dl2q.24xlarge 737
f1.16xlarge 394
f1.2xlarge 58
f1.4xlarge 234
f2.12xlarge 234
f2.48xlarge 737
f2.6xlarge 234
g4ad.16xlarge 234
g4ad.2xlarge 8
g4ad.4xlarge 29
g4ad.8xlarge 58
g4ad.xlarge 8
g4dn.12xlarge 234
g4dn.16xlarge 58
g4dn.2xlarge 29
g4dn.4xlarge 29
g4dn.8xlarge 58
g4dn.metal 737
g4dn.xlarge 29
g5.12xlarge 737
g5.16xlarge 234
g5.24xlarge 737
g5.2xlarge 58
g5.48xlarge 345
g5.4xlarge 234
g5.8xlarge 234
g5.xlarge 58
g5g.16xlarge 737
g5g.2xlarge 58
g5g.4xlarge 234
g5g.8xlarge 234
g5g.metal 737
g5g.xlarge 58
g6.12xlarge 234
g6.16xlarge 737
g6.24xlarge 737
g6.2xlarge 58
g6.48xlarge 737
g6.4xlarge 234
g6.8xlarge 234
g6.xlarge 58
g6e.12xlarge 292
g6e.16xlarge 737
g6e.24xlarge 492
g6e.2xlarge 58
g6e.48xlarge 492
g6e.4xlarge 234
g6e.8xlarge 234
g6e.xlarge 58
g6f.2xlarge 58
g6f.4xlarge 234
g6f.large 20
g6f.xlarge 58
g7.12xlarge 758
g7.24xlarge 1514
g7.2xlarge 254
g7.48xlarge 758
g7.4xlarge 506
g7.8xlarge 632
g7e.12xlarge 632
g7e.24xlarge 632
g7e.2xlarge 254
g7e.48xlarge 632
g7e.4xlarge 506
g7e.8xlarge 506
gr6.4xlarge 234
gr6.8xlarge 234
gr6f.4xlarge 234
h1.16xlarge 394
h1.2xlarge 58
h1.4xlarge 234
h1.8xlarge 234
hpc6a.48xlarge 100
hpc6id.32xlarge 51
hpc7a.12xlarge 100
hpc7a.24xlarge 100
hpc7a.48xlarge 100
hpc7a.96xlarge 100
hpc7g.16xlarge 198
hpc7g.4xlarge 198
hpc7g.8xlarge 198
hpc8a.96xlarge 100
hs1.8xlarge 234
i2.2xlarge 58
i2.4xlarge 234
i2.8xlarge 234
i2.xlarge 58
i3.16xlarge 737
i3.2xlarge 58
i3.4xlarge 234
i3.8xlarge 234
i3.large 29
i3.xlarge 58
i3en.12xlarge 234
i3en.24xlarge 737
i3en.2xlarge 58
i3en.3xlarge 58
i3en.6xlarge 234
i3en.large 29
i3en.metal 737
i3en.xlarge 58
i4g.16xlarge 737
i4g.2xlarge 58
i4g.4xlarge 234
i4g.8xlarge 234
i4g.large 29
i4g.xlarge 58
i4i.12xlarge 234
i4i.16xlarge 737
i4i.24xlarge 437
i4i.2xlarge 58
i4i.32xlarge 737
i4i.4xlarge 234
i4i.8xlarge 234
i4i.large 29
i4i.metal 737
i4i.xlarge 58
i7i.12xlarge 234
i7i.16xlarge 737
i7i.24xlarge 737
i7i.2xlarge 58
i7i.48xlarge 737
i7i.4xlarge 234
i7i.8xlarge 234
i7i.large 29
i7i.metal-24xl 737
i7i.metal-48xl 737
i7i.xlarge 58
i7ie.12xlarge 394
i7ie.18xlarge 737
i7ie.24xlarge 737
i7ie.2xlarge 58
i7ie.3xlarge 58
i7ie.48xlarge 737
i7ie.6xlarge 234
i7ie.large 29
i7ie.metal-24xl 737
i7ie.metal-48xl 737
i7ie.xlarge 58
i8g.12xlarge 234
i8g.16xlarge 737
i8g.24xlarge 737
i8g.2xlarge 58
i8g.48xlarge 737
i8g.4xlarge 234
i8g.8xlarge 234
i8g.large 29
i8g.metal-24xl 737
i8g.metal-48xl 737
i8g.xlarge 58
i8ge.12xlarge 350
i8ge.18xlarge 786
i8ge.24xlarge 786
i8ge.2xlarge 58
i8ge.3xlarge 176
i8ge.48xlarge 1178
i8ge.6xlarge 292
i8ge.large 29
i8ge.metal-24xl 786
i8ge.metal-48xl 1178
i8ge.xlarge 58
im4gn.16xlarge 737
im4gn.2xlarge 58
im4gn.4xlarge 234
im4gn.8xlarge 234
im4gn.large 29
im4gn.xlarge 58
inf1.24xlarge 321
inf1.2xlarge 38
inf1.6xlarge 234
inf1.xlarge 38
inf2.24xlarge 737
inf2.48xlarge 737
inf2.8xlarge 234
inf2.xlarge 58
is4gen.2xlarge 58
is4gen.4xlarge 234
is4gen.8xlarge 234
is4gen.large 29
is4gen.medium 8
is4gen.xlarge 58
m1.large 29
m1.medium 12
m1.small 8
m1.xlarge 58
m2.2xlarge 118
m2.4xlarge 234
m2.xlarge 58
m3.2xlarge 118
m3.large 29
m3.medium 12
m3.xlarge 58
m4.10xlarge 234
m4.16xlarge 234
m4.2xlarge 58
m4.4xlarge 234
m4.large 20
m4.xlarge 58
m5.12xlarge 234
m5.16xlarge 737
m5.24xlarge 737
m5.2xlarge 58
m5.4xlarge 234
m5.8xlarge 234
m5.large 29
m5.metal 737
m5.xlarge 58
m5a.12xlarge 234
m5a.16xlarge 737
m5a.24xlarge 737
m5a.2xlarge 58
m5a.4xlarge 234
m5a.8xlarge 234
m5a.large 29
m5a.xlarge 58
m5ad.12xlarge 234
m5ad.16xlarge 737
m5ad.24xlarge 737
m5ad.2xlarge 58
m5ad.4xlarge 234
m5ad.8xlarge 234
m5ad.large 29
m5ad.xlarge 58
m5d.12xlarge 234
m5d.16xlarge 737
m5d.24xlarge 737
m5d.2xlarge 58
m5d.4xlarge 234
m5d.8xlarge 234
m5d.large 29
m5d.metal 737
m5d.xlarge 58
m5dn.12xlarge 234
m5dn.16xlarge 737
m5dn.24xlarge 737
m5dn.2xlarge 58
m5dn.4xlarge 234
m5dn.8xlarge 234
m5dn.large 29
m5dn.metal 737
m5dn.xlarge 58
m5n.12xlarge 234
m5n.16xlarge 737
m5n.24xlarge 737
m5n.2xlarge 58
m5n.4xlarge 234
m5n.8xlarge 234
m5n.large 29
m5n.metal 737
m5n.xlarge 58
m5zn.12xlarge 737
m5zn.2xlarge 58
m5zn.3xlarge 234
m5zn.6xlarge 234
m5zn.large 29
m5zn.metal 737
m5zn.xlarge 58
m6a.12xlarge 234
m6a.16xlarge 737
m6a.24xlarge 737
m6a.2xlarge 58
m6a.32xlarge 737
m6a.48xlarge 737
m6a.4xlarge 234
m6a.8xlarge 234
m6a.large 29
m6a.metal 737
m6a.xlarge 58
m6g.12xlarge 234
m6g.16xlarge 737
m6g.2xlarge 58
m6g.4xlarge 234
m6g.8xlarge 234
m6g.large 29
m6g.medium 8
m6g.metal 737
m6g.xlarge 58
m6gd.12xlarge 234
m6gd.16xlarge 737
m6gd.2xlarge 58
m6gd.4xlarge 234
m6gd.8xlarge 234
m6gd.large 29
m6gd.medium 8
m6gd.metal 737
m6gd.xlarge 58
m6i.12xlarge 234
m6i.16xlarge 737
m6i.24xlarge 737
m6i.2xlarge 58
m6i.32xlarge 737
m6i.4xlarge 234
m6i.8xlarge 234
m6i.large 29
m6i.metal 737
m6i.xlarge 58
m6id.12xlarge 234
m6id.16xlarge 737
m6id.24xlarge 737
m6id.2xlarge 58
m6id.32xlarge 737
m6id.4xlarge 234
m6id.8xlarge 234
m6id.large 29
m6id.metal 737
m6id.xlarge 58
m6idn.12xlarge 234
m6idn.16xlarge 737
m6idn.24xlarge 737
m6idn.2xlarge 58
m6idn.32xlarge 394
m6idn.4xlarge 234
m6idn.8xlarge 234
m6idn.large 29
m6idn.metal 394
m6idn.xlarge 58
m6in.12xlarge 234
m6in.16xlarge 737
m6in.24xlarge 737
m6in.2xlarge 58
m6in.32xlarge 394
m6in.4xlarge 234
m6in.8xlarge 234
m6in.large 29
m6in.metal 394
m6in.xlarge 58
m7a.12xlarge 234
m7a.16xlarge 737
m7a.24xlarge 737
m7a.2xlarge 58
m7a.32xlarge 737
m7a.48xlarge 737
m7a.4xlarge 234
m7a.8xlarge 234
m7a.large 29
m7a.medium 8
m7a.metal-48xl 737
m7a.xlarge 58
m7g.12xlarge 234
m7g.16xlarge 737
m7g.2xlarge 58
m7g.4xlarge 234
m7g.8xlarge 234
m7g.large 29
m7g.medium 8
m7g.metal 737
m7g.xlarge 58
m7gd.12xlarge 234
m7gd.16xlarge 737
m7gd.2xlarge 58
m7gd.4xlarge 234
m7gd.8xlarge 234
m7gd.large 29
m7gd.medium 8
m7gd.metal 737
m7gd.xlarge 58
m7i-flex.12xlarge 234
m7i-flex.16xlarge 737
m7i-flex.2xlarge 58
m7i-flex.4xlarge 234
m7i-flex.8xlarge 234
m7i-flex.large 29
m7i-flex.xlarge 58
m7i.12xlarge 234
m7i.16xlarge 737
m7i.24xlarge 737
m7i.2xlarge 58
m7i.48xlarge 737
m7i.4xlarge 234
m7i.8xlarge 234
m7i.large 29
m7i.metal-24xl 737
m7i.metal-48xl 737
m7i.xlarge 58
m8a.12xlarge 758
m8a.16xlarge 1010
m8a.24xlarge 1010
m8a.2xlarge 158
m8a.48xlarge 1514
m8a.4xlarge 314
m8a.8xlarge 392
m8a.large 59
m8a.medium 8
m8a.metal-24xl 1010
m8a.metal-48xl 1514
m8a.xlarge 78
m8azn.12xlarge 1010
m8azn.24xlarge 1010
m8azn.3xlarge 314
m8azn.6xlarge 314
m8azn.large 78
m8azn.medium 11
m8azn.metal-12xl 1010
m8azn.metal-24xl 1010
m8azn.xlarge 78
m8g.12xlarge 234
m8g.16xlarge 737
m8g.24xlarge 737
m8g.2xlarge 58
m8g.48xlarge 737
m8g.4xlarge 234
m8g.8xlarge 234
m8g.large 29
m8g.medium 8
m8g.metal-24xl 737
m8g.metal-48xl 737
m8g.xlarge 58
m8gb.12xlarge 350
m8gb.16xlarge 786
m8gb.24xlarge 1178
m8gb.2xlarge 58
m8gb.48xlarge 590
m8gb.4xlarge 234
m8gb.8xlarge 292
m8gb.large 29
m8gb.medium 8
m8gb.metal-24xl 1178
m8gb.metal-48xl 590
m8gb.xlarge 58
m8gd.12xlarge 234
m8gd.16xlarge 737
m8gd.24xlarge 737
m8gd.2xlarge 58
m8gd.48xlarge 737
m8gd.4xlarge 234
m8gd.8xlarge 234
m8gd.large 29
m8gd.medium 8
m8gd.metal-24xl 737
m8gd.metal-48xl 737
m8gd.xlarge 58
m8gn.12xlarge 350
m8gn.16xlarge 786
m8gn.24xlarge 1178
m8gn.2xlarge 58
m8gn.48xlarge 590
m8gn.4xlarge 234
m8gn.8xlarge 292
m8gn.large 29
m8gn.medium 8
m8gn.metal-24xl 1178
m8gn.metal-48xl 590
m8gn.xlarge 58
m8i-flex.12xlarge 590
m8i-flex.16xlarge 1010
m8i-flex.2xlarge 118
m8i-flex.4xlarge 394
m8i-flex.8xlarge 492
m8i-flex.large 59
m8i-flex.xlarge 118
m8i.12xlarge 590
m8i.16xlarge 1010
m8i.24xlarge 1010
m8i.2xlarge 118
m8i.32xlarge 1514
m8i.48xlarge 1514
m8i.4xlarge 394
m8i.8xlarge 492
m8i.96xlarge 1514
m8i.large 59
m8i.metal-48xl 1514
m8i.metal-96xl 1514
m8i.xlarge 118
m8ib.12xlarge 590
m8ib.16xlarge 1010
m8ib.24xlarge 1010
m8ib.2xlarge 118
m8ib.32xlarge 1010
m8ib.48xlarge 1514
m8ib.4xlarge 394
m8ib.8xlarge 394
m8ib.96xlarge 758
m8ib.large 78
m8ib.metal-48xl 1514
m8ib.metal-96xl 758
m8ib.xlarge 118
m8id.12xlarge 590
m8id.16xlarge 1010
m8id.24xlarge 1010
m8id.2xlarge 118
m8id.32xlarge 1514
m8id.48xlarge 1514
m8id.4xlarge 394
m8id.8xlarge 492
m8id.96xlarge 1514
m8id.large 59
m8id.metal-48xl 1514
m8id.metal-96xl 1514
m8id.xlarge 118
m8idb.12xlarge 590
m8idb.16xlarge 1010
m8idb.24xlarge 1010
m8idb.2xlarge 118
m8idb.32xlarge 1010
m8idb.48xlarge 1514
m8idb.4xlarge 394
m8idb.8xlarge 394
m8idb.96xlarge 758
m8idb.large 78
m8idb.metal-48xl 1514
m8idb.metal-96xl 758
m8idb.xlarge 118
m8idn.12xlarge 590
m8idn.16xlarge 1010
m8idn.24xlarge 1010
m8idn.2xlarge 118
m8idn.32xlarge 1010
m8idn.48xlarge 1514
m8idn.4xlarge 394
m8idn.8xlarge 394
m8idn.96xlarge 758
m8idn.large 78
m8idn.metal-48xl 1514
m8idn.metal-96xl 758
m8idn.xlarge 118
m8in.12xlarge 590
m8in.16xlarge 1010
m8in.24xlarge 1010
m8in.2xlarge 118
m8in.32xlarge 1010
m8in.48xlarge 1514
m8in.4xlarge 394
m8in.8xlarge 394
m8in.96xlarge 758
m8in.large 78
m8in.metal-48xl 1514
m8in.metal-96xl 758
m8in.xlarge 118
m8ine.12xlarge 590
m8ine.2xlarge 118
m8ine.4xlarge 394
m8ine.8xlarge 394
m8ine.large 78
m8ine.xlarge 118
m9g.12xlarge 590
m9g.16xlarge 1010
m9g.24xlarge 1514
m9g.2xlarge 118
m9g.48xlarge 1514
m9g.4xlarge 394
m9g.8xlarge 492
m9g.large 59
m9g.medium 40
m9g.metal-48xl 1514
m9g.xlarge 118
m9gd.12xlarge 590
m9gd.16xlarge 1010
m9gd.24xlarge 1514
m9gd.2xlarge 118
m9gd.48xlarge 1514
m9gd.4xlarge 394
m9gd.8xlarge 492
m9gd.large 59
m9gd.medium 40
m9gd.metal-48xl 1514
m9gd.xlarge 118
mac-m3ultra.metal 234
mac-m4.metal 234
mac-m4max.metal 234
mac-m4pro.metal 234
mac1.metal 234
mac2-m1ultra.metal 234
mac2-m2.metal 234
mac2-m2pro.metal 234
mac2.metal 234
p3.16xlarge 234
p3.2xlarge 58
p3.8xlarge 234
p3dn.24xlarge 737
p4d.24xlarge 737
p4de.24xlarge 737
p5.48xlarge 100
p5.4xlarge 118
p5e.48xlarge 100
p5en.48xlarge 198
p6-b200.48xlarge 198
p6-b300.48xlarge 198
r3.2xlarge 58
r3.4xlarge 234
r3.8xlarge 234
r3.large 29
r3.xlarge 58
r4.16xlarge 737
r4.2xlarge 58
r4.4xlarge 234
r4.8xlarge 234
r4.large 29
r4.xlarge 58
r5.12xlarge 234
r5.16xlarge 737
r5.24xlarge 737
r5.2xlarge 58
r5.4xlarge 234
r5.8xlarge 234
r5.large 29
r5.metal 737
r5.xlarge 58
r5a.12xlarge 234
r5a.16xlarge 737
r5a.24xlarge 737
r5a.2xlarge 58
r5a.4xlarge 234
r5a.8xlarge 234
r5a.large 29
r5a.xlarge 58
r5ad.12xlarge 234
r5ad.16xlarge 737
r5ad.24xlarge 737
r5ad.2xlarge 58
r5ad.4xlarge 234
r5ad.8xlarge 234
r5ad.large 29
r5ad.xlarge 58
r5b.12xlarge 234
r5b.16xlarge 737
r5b.24xlarge 737
r5b.2xlarge 58
r5b.4xlarge 234
r5b.8xlarge 234
r5b.large 29
r5b.metal 737
r5b.xlarge 58
r5d.12xlarge 234
r5d.16xlarge 737
r5d.24xlarge 737
r5d.2xlarge 58
r5d.4xlarge 234
r5d.8xlarge 234
r5d.large 29
r5d.metal 737
r5d.xlarge 58
r5dn.12xlarge 234
r5dn.16xlarge 737
r5dn.24xlarge 737
r5dn.2xlarge 58
r5dn.4xlarge 234
r5dn.8xlarge 234
r5dn.large 29
r5dn.metal 737
r5dn.xlarge 58
r5n.12xlarge 234
r5n.16xlarge 737
r5n.24xlarge 737
r5n.2xlarge 58
r5n.4xlarge 234
r5n.8xlarge 234
r5n.large 29
r5n.metal 737
r5n.xlarge 58
r6a.12xlarge 234
r6a.16xlarge 737
r6a.24xlarge 737
r6a.2xlarge 58
r6a.32xlarge 737
r6a.48xlarge 737
r6a.4xlarge 234
r6a.8xlarge 234
r6a.large 29
r6a.metal 737
r6a.xlarge 58
r6g.12xlarge 234
r6g.16xlarge 737
r6g.2xlarge 58
r6g.4xlarge 234
r6g.8xlarge 234
r6g.large 29
r6g.medium 8
r6g.metal 737
r6g.xlarge 58
r6gd.12xlarge 234
r6gd.16xlarge 737
r6gd.2xlarge 58
r6gd.4xlarge 234
r6gd.8xlarge 234
r6gd.large 29
r6gd.medium 8
r6gd.metal 737
r6gd.xlarge 58
r6i.12xlarge 234
r6i.16xlarge 737
r6i.24xlarge 737
r6i.2xlarge 58
r6i.32xlarge 737
r6i.4xlarge 234
r6i.8xlarge 234
r6i.large 29
r6i.metal 737
r6i.xlarge 58
r6id.12xlarge 234
r6id.16xlarge 737
r6id.24xlarge 737
r6id.2xlarge 58
r6id.32xlarge 737
r6id.4xlarge 234
r6id.8xlarge 234
r6id.large 29
r6id.metal 737
r6id.xlarge 58
r6idn.12xlarge 234
r6idn.16xlarge 737
r6idn.24xlarge 737
r6idn.2xlarge 58
r6idn.32xlarge 394
r6idn.4xlarge 234
r6idn.8xlarge 234
r6idn.large 29
r6idn.metal 394
r6idn.xlarge 58
r6in.12xlarge 234
r6in.16xlarge 737
r6in.24xlarge 737
r6in.2xlarge 58
r6in.32xlarge 394
r6in.4xlarge 234
r6in.8xlarge 234
r6in.large 29
r6in.metal 394
r6in.xlarge 58
r7a.12xlarge 234
r7a.16xlarge 737
r7a.24xlarge 737
r7a.2xlarge 58
r7a.32xlarge 737
r7a.48xlarge 737
r7a.4xlarge 234
r7a.8xlarge 234
r7a.large 29
r7a.medium 8
r7a.metal-48xl 737
r7a.xlarge 58
r7g.12xlarge 234
r7g.16xlarge 737
r7g.2xlarge 58
r7g.4xlarge 234
r7g.8xlarge 234
r7g.large 29
r7g.medium 8
r7g.metal 737
r7g.xlarge 58
r7gd.12xlarge 234
r7gd.16xlarge 737
r7gd.2xlarge 58
r7gd.4xlarge 234
r7gd.8xlarge 234
r7gd.large 29
r7gd.medium 8
r7gd.metal 737
r7gd.xlarge 58
r7i.12xlarge 234
r7i.16xlarge 737
r7i.24xlarge 737
r7i.2xlarge 58
r7i.48xlarge 737
r7i.4xlarge 234
r7i.8xlarge 234
r7i.large 29
r7i.metal-24xl 737
r7i.metal-48xl 737
r7i.xlarge 58
r7iz.12xlarge 234
r7iz.16xlarge 737
r7iz.2xlarge 58
r7iz.32xlarge 737
r7iz.4xlarge 234
r7iz.8xlarge 234
r7iz.large 29
r7iz.metal-16xl 737
r7iz.metal-32xl 737
r7iz.xlarge 58
r8a.12xlarge 758
r8a.16xlarge 1010
r8a.24xlarge 1010
r8a.2xlarge 158
r8a.48xlarge 1514
r8a.4xlarge 314
r8a.8xlarge 392
r8a.large 59
r8a.medium 8
r8a.metal-24xl 1010
r8a.metal-48xl 1514
r8a.xlarge 78
r8g.12xlarge 234
r8g.16xlarge 737
r8g.24xlarge 737
r8g.2xlarge 58
r8g.48xlarge 737
r8g.4xlarge 234
r8g.8xlarge 234
r8g.large 29
r8g.medium 8
r8g.metal-24xl 737
r8g.metal-48xl 737
r8g.xlarge 58
r8gb.12xlarge 350
r8gb.16xlarge 786
r8gb.24xlarge 1178
r8gb.2xlarge 58
r8gb.48xlarge 590
r8gb.4xlarge 234
r8gb.8xlarge 292
r8gb.large 29
r8gb.medium 8
r8gb.metal-24xl 1178
r8gb.metal-48xl 590
r8gb.xlarge 58
r8gd.12xlarge 234
r8gd.16xlarge 737
r8gd.24xlarge 737
r8gd.2xlarge 58
r8gd.48xlarge 737
r8gd.4xlarge 234
r8gd.8xlarge 234
r8gd.large 29
r8gd.medium 8
r8gd.metal-24xl 737
r8gd.metal-48xl 737
r8gd.xlarge 58
r8gn.12xlarge 350
r8gn.16xlarge 786
r8gn.24xlarge 1178
r8gn.2xlarge 58
r8gn.48xlarge 590
r8gn.4xlarge 234
r8gn.8xlarge 292
r8gn.large 29
r8gn.medium 8
r8gn.metal-24xl 1178
r8gn.metal-48xl 590
r8gn.xlarge 58
r8i-flex.12xlarge 590
r8i-flex.16xlarge 1010
r8i-flex.2xlarge 118
r8i-flex.4xlarge 394
r8i-flex.8xlarge 492
r8i-flex.large 59
r8i-flex.xlarge 118
r8i.12xlarge 590
r8i.16xlarge 1010
r8i.24xlarge 1010
r8i.2xlarge 118
r8i.32xlarge 1514
r8i.48xlarge 1514
r8i.4xlarge 394
r8i.8xlarge 492
r8i.96xlarge 1514
r8i.large 59
r8i.metal-48xl 1514
r8i.metal-96xl 1514
r8i.xlarge 118
r8ib.12xlarge 590
r8ib.16xlarge 1010
r8ib.24xlarge 1010
r8ib.2xlarge 118
r8ib.32xlarge 1010
r8ib.48xlarge 1514
r8ib.4xlarge 394
r8ib.8xlarge 394
r8ib.96xlarge 758
r8ib.large 78
r8ib.metal-48xl 1514
r8ib.metal-96xl 758
r8ib.xlarge 118
r8id.12xlarge 590
r8id.16xlarge 1010
r8id.24xlarge 1010
r8id.2xlarge 118
r8id.32xlarge 1514
r8id.48xlarge 1514
r8id.4xlarge 394
r8id.8xlarge 492
r8id.96xlarge 1514
r8id.large 59
r8id.metal-48xl 1514
r8id.metal-96xl 1514
r8id.xlarge 118
r8idb.12xlarge 590
r8idb.16xlarge 1010
r8idb.24xlarge 1010
r8idb.2xlarge 118
r8idb.32xlarge 1010
r8idb.48xlarge 1514
r8idb.4xlarge 394
r8idb.8xlarge 394
r8idb.96xlarge 758
r8idb.large 78
r8idb.metal-48xl 1514
r8idb.metal-96xl 758
r8idb.xlarge 118
r8idn.12xlarge 590
r8idn.16xlarge 1010
r8idn.24xlarge 1010
r8idn.2xlarge 118
r8idn.32xlarge 1010
r8idn.48xlarge 1514
r8idn.4xlarge 394
r8idn.8xlarge 394
r8idn.96xlarge 758
r8idn.large 78
r8idn.metal-48xl 1514
r8idn.metal-96xl 758
r8idn.xlarge 118
r8in.12xlarge 590
r8in.16xlarge 1010
r8in.24xlarge 1010
r8in.2xlarge 118
r8in.32xlarge 1010
r8in.48xlarge 1514
r8in.4xlarge 394
r8in.8xlarge 394
r8in.96xlarge 758
r8in.large 78
r8in.metal-48xl 1514
r8in.metal-96xl 758
r8in.xlarge 118
t1.micro 4
t2.2xlarge 44
t2.large 35
t2.medium 17
t2.micro 4
t2.nano 4
t2.small 11
t2.xlarge 44
t3.2xlarge 58
t3.large 35
t3.medium 17
t3.micro 4
t3.nano 4
t3.small 11
t3.xlarge 58
t3a.2xlarge 58
t3a.large 35
t3a.medium 17
t3a.micro 4
t3a.nano 4
t3a.small 8
t3a.xlarge 58
t4g.2xlarge 58
t4g.large 35
t4g.medium 17
t4g.micro 4
t4g.nano 4
t4g.small 11
t4g.xlarge 58
trn1.2xlarge 58
trn1.32xlarge 247
trn1n.32xlarge 247
trn2.3xlarge 30
trn2.48xlarge 100
u-12tb1.metal 147
u-18tb1.metal 737
u-24tb1.metal 737
u-3tb1.56xlarge 234
u-6tb1.112xlarge 737
u-6tb1.56xlarge 737
u-6tb1.metal 147
u-9tb1.metal 147
u7i-12tb.224xlarge 737
u7i-6tb.112xlarge 737
u7i-8tb.112xlarge 737
u7in-16tb.224xlarge 394
u7in-24tb.224xlarge 394
u7in-32tb.224xlarge 394
vt1.24xlarge 737
vt1.3xlarge 58
vt1.6xlarge 234
x1.16xlarge 234
x1.32xlarge 234
x1e.16xlarge 234
x1e.2xlarge 58
x1e.32xlarge 234
x1e.4xlarge 58
x1e.8xlarge 58
x1e.xlarge 29
x2gd.12xlarge 234
x2gd.16xlarge 737
x2gd.2xlarge 58
x2gd.4xlarge 234
x2gd.8xlarge 234
x2gd.large 29
x2gd.medium 8
x2gd.metal 737
x2gd.xlarge 58
x2idn.16xlarge 737
x2idn.24xlarge 737
x2idn.32xlarge 737
x2idn.metal 737
x2iedn.16xlarge 737
x2iedn.24xlarge 737
x2iedn.2xlarge 58
x2iedn.32xlarge 737
x2iedn.4xlarge 234
x2iedn.8xlarge 234
x2iedn.metal 737
x2iedn.xlarge 58
x2iezn.12xlarge 737
x2iezn.2xlarge 58
x2iezn.4xlarge 234
x2iezn.6xlarge 234
x2iezn.8xlarge 234
x2iezn.metal 737
x8aedz.12xlarge 1010
x8aedz.24xlarge 1010
x8aedz.3xlarge 314
x8aedz.6xlarge 314
x8aedz.large 78
x8aedz.metal-12xl 1010
x8aedz.metal-24xl 1010
x8aedz.xlarge 78
x8g.12xlarge 234
x8g.16xlarge 737
x8g.24xlarge 737
x8g.2xlarge 58
x8g.48xlarge 737
x8g.4xlarge 234
x8g.8xlarge 234
x8g.large 29
x8g.medium 8
x8g.metal-24xl 737
x8g.metal-48xl 737
x8g.xlarge 58
x8i.12xlarge 590
x8i.16xlarge 1010
x8i.24xlarge 1010
x8i.2xlarge 118
x8i.32xlarge 1514
x8i.48xlarge 1514
x8i.4xlarge 394
x8i.64xlarge 1514
x8i.8xlarge 492
x8i.96xlarge 1514
x8i.large 59
x8i.metal-48xl 1514
x8i.metal-96xl 1514
x8i.xlarge 118
z1d.12xlarge 737
z1d.2xlarge 58
z1d.3xlarge 234
z1d.6xlarge 234
z1d.large 29
z1d.metal 737
z1d.xlarge 58`;
let eni_max_pods_byName;
/** ENI-limited max pods of an instance type, or undefined when the table does not list it. */
function eniMaxPods(name) {
    if (!eni_max_pods_byName) {
        eni_max_pods_byName = new Map();
        for (const line of eni_max_pods_TABLE.split('\n')) {
            const [type = '', pods] = line.split(' ');
            eni_max_pods_byName.set(type, Number(pods));
        }
    }
    return eni_max_pods_byName.get(name);
}

;// CONCATENATED MODULE: ./src/rules/memory-budget/pod-exceeds-node.ts









/**
 * In one scope: the pod's request fits no node type it may land on. Error when it exceeds even
 * the optimistic allocatable of every one, warning when it fits only optimistically. Any
 * candidate whose types we cannot size means we cannot say (undefined).
 */
function pod_exceeds_node_verdictIn(a, w, memory, scope) {
    const placements = a.targetsFor(w, scope).map((t) => a.placement(w, t)).filter((p) => p.result !== 'no');
    if (placements.length === 0)
        return undefined;
    if (placements.some((p) => p.target.typesIncomplete || p.types.length === 0))
        return undefined;
    let best;
    let fitsOptimistically = false;
    for (const p of placements) {
        for (const { budget } of p.types) {
            const overhead = a.overhead(p.target, budget, w);
            const room = budget.conservative - overhead.request;
            if (memory.request.value <= room)
                return undefined;
            if (memory.request.value <= budget.optimistic - overhead.request)
                fitsOptimistically = true;
            if (!best || room > best.room)
                best = { target: p.target, budget, overhead, room };
        }
    }
    if (!best)
        return undefined;
    const candidates = placements.reduce((n, p) => n + p.types.length, 0);
    return { severity: fitsOptimistically ? 'warning' : 'error', target: best.target, budget: best.budget, overhead: best.overhead, candidates };
}
function pod_exceeds_node_report(w, memory, v, severity) {
    const { budget, overhead, target } = v;
    const total = memory.request.value + overhead.request;
    const f = formatFor(total, budget.conservative);
    const main = memory.request.podLevel !== undefined ? undefined : memory.request.main;
    const allowed = (main?.request ?? memory.request.value) - (total - budget.conservative);
    const owner = main && memory.containers.length > 1 ? `${main.info.name}'s ` : 'the ';
    const fixes = [];
    let fix;
    if (allowed > 0) {
        fixes.push(`lower ${owner}request to ≤ ${memFloor(allowed)}`);
        // The review suggestion: the container's own request, written in the manifest, lowered.
        if (main && !main.defaulted)
            fix = { at: fieldPath(memory, 'request', 'memory'), replacement: memFloor(allowed) };
    }
    const size = sizeAdvice(target, budget, (b) => memory.request.value + overhead.request <= b.conservative);
    if (size)
        fixes.push(size);
    const which = v.candidates > 1 ? `the largest of the ${v.candidates} node types it can land on` : 'the only node type it can land on';
    const where = target.virtualFor ? '' : ` (${target.label})`;
    const hedge = severity === 'error' ? '' : ` (an estimate: nodes may get up to ${mem(budget.optimistic)}, so it may fit)`;
    const message = `${w.name} ${describe(memory, 'request', f)} + DaemonSets ${f(overhead.request)} = ${f(total)} > ${budget.type.name} allocatable ${f(budget.conservative)}` +
        ` (${budgetTerms(budget, f)}), ${which}${where}${hedge}: the pod stays Pending${fixes.length ? `; ${fixes.join(' or ')}` : ''}.`;
    const details = [
        ...fitDetails(w, memory, target, budget, overhead, 'request'),
        `Total: ${mi(memory.request.value)} + ${mi(overhead.request)} = ${mi(total)} > ${mi(budget.conservative)} allocatable (optimistic bound ${mi(budget.optimistic)})`,
    ].join('\n');
    return { subject: w, at: fieldPath(memory, 'request', 'resources'), severity, message, details, ...(fix ? { fix } : {}) };
}
/** Instance types the table does not know: said once per node group (or selecting pod), never guessed. */
function unknownTypeNotices(a) {
    const reports = [];
    const seen = new Set();
    const notice = (target) => {
        if (seen.has(target) || target.unknownTypes.length === 0)
            return;
        seen.add(target);
        const names = target.unknownTypes.join(', ');
        const plural = target.unknownTypes.length > 1;
        const retired = target.unknownTypes.filter((n) => eniMaxPods(n) !== undefined);
        reports.push({
            subject: target.subject,
            at: target.at,
            severity: 'notice',
            message: `instance type${plural ? 's' : ''} ${names} ${plural ? 'are' : 'is'} not in the instance-type table, so memory budgets on ${target.virtualFor ? 'it' : target.label} are not checked` +
                `${plural ? ' for them' : ''}; ${retired.length > 0 ? `${retired.join(', ')} ${retired.length > 1 ? 'are' : 'is'} in the ENI max-pods table but has no memory data (retired or not offered in us-east-1, us-east-2 and us-west-2)` : 'check the spelling or use a type the table lists'}.`,
            details: `Instance-type table: ${INSTANCE_TYPES_SOURCE} (types offered in us-east-1, us-east-2 and us-west-2); ENI max pods: ${ENI_MAX_PODS_SOURCE}.`,
        });
    };
    for (const t of a.targets)
        notice(t);
    for (const w of a.model.workloads)
        for (const s of a.scopesOf(w))
            for (const t of a.targetsFor(w, s))
                if (t.virtualFor)
                    notice(t);
    return reports;
}
/* harmony default export */ const pod_exceeds_node = (defineRule({
    id: 'memory-budget/pod-exceeds-node',
    family: 'memory-budget',
    optionsSchema: MEMORY_BUDGET_OPTIONS,
    defaultSeverity: 'error',
    reach: 'object',
    description: "A pod's memory request does not fit any node type it can land on after DaemonSets and system pods: it stays Pending.",
    check(context) {
        const a = analyze(context);
        const reports = unknownTypeNotices(a);
        for (const w of a.model.workloads) {
            const memory = a.memory(w);
            if (!(memory.request.value > 0))
                continue;
            const verdicts = inEveryScope(a, w, (scope) => pod_exceeds_node_verdictIn(a, w, memory, scope));
            if (!verdicts || !verdicts[0])
                continue;
            const severity = verdicts.every((v) => v.severity === 'error') ? 'error' : 'warning';
            reports.push(pod_exceeds_node_report(w, memory, verdicts.find((v) => v.severity === severity) ?? verdicts[0], severity));
        }
        return reports;
    },
}));

;// CONCATENATED MODULE: ./src/rules/memory-budget/index.ts






/** The memory-budget rules, one file each. */
const memoryBudgetRules = [missing_memory, pod_exceeds_node, limit_exceeds_node, node_overcommit, capacity, no_eligible_node];

;// CONCATENATED MODULE: ./src/model/load-balancers.ts

const SERVICE_TYPE = 'service.beta.kubernetes.io/aws-load-balancer-type';
const SERVICE_INTERNAL = 'service.beta.kubernetes.io/aws-load-balancer-internal';
const SERVICE_SCHEME = 'service.beta.kubernetes.io/aws-load-balancer-scheme';
const SERVICE_SUBNETS = 'service.beta.kubernetes.io/aws-load-balancer-subnets';
const INGRESS_CLASS = 'kubernetes.io/ingress.class';
const INGRESS_SCHEME = 'alb.ingress.kubernetes.io/scheme';
const INGRESS_SUBNETS = 'alb.ingress.kubernetes.io/subnets';
const DEFAULT_CLASS = 'ingressclass.kubernetes.io/is-default-class';
/** The name of LBC's Service mutating webhook (config/webhook/manifests.yaml, v2.5.0+). */
const LBC_SERVICE_WEBHOOK = 'mservice.elbv2.k8s.aws';
const LBC_SERVICE_CLASS = 'service.k8s.aws/nlb';
const AUTO_MODE_SERVICE_CLASS = 'eks.amazonaws.com/nlb';
const LBC_INGRESS_CONTROLLER = 'ingress.k8s.aws/alb';
const AUTO_MODE_INGRESS_CONTROLLER = 'eks.amazonaws.com/alb';
/** Annotations of other clouds' and bare-metal load balancer controllers: such a Service is not for EKS. */
const OTHER_PROVIDER_ANNOTATION = /^(service\.beta\.kubernetes\.io\/(do|oci|exoscale|scw|azure|linode|alibaba-cloud|openstack|hcloud|vultr|ovh|tencent|civo)-|cloud\.google\.com\/|networking\.gke\.io\/|oci\.oraclecloud\.com\/|loadbalancer\.openstack\.org\/|load-balancer\.hetzner\.cloud\/|metallb\.universe\.tf\/|service\.kubernetes\.io\/ibm-|kube-vip\.io\/|lbipam\.cilium\.io\/)/;
const SCHEMES = new Set(['internet-facing', 'internal']);
/** Go's strconv.ParseBool, which LBC uses for boolean annotations. */
const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);
const annotationPath = (key) => ['metadata', 'annotations', key];
function lbcServiceWebhook(manifests) {
    return manifests.find((m) => m.kind === 'MutatingWebhookConfiguration' && asArray(get(m.raw, 'webhooks')).some((w) => asString(get(w, 'name')) === LBC_SERVICE_WEBHOOK));
}
const LBC_IMAGE = /(?:aws-load-balancer-controller|aws-alb-ingress-controller)(?::v?(\d+)\.(\d+))?/;
/** The first release whose webhook gives new LoadBalancer Services its class. */
const LBC_WEBHOOK_SINCE = [2, 5];
/** The Load Balancer Controller images a Deployment's containers run, whatever their version. */
function lbcImages(deployment) {
    return asArray(get(deployment.raw, 'spec', 'template', 'spec', 'containers')).flatMap((c) => {
        const match = LBC_IMAGE.exec(asString(get(c, 'image')) ?? '');
        return match ? [match] : [];
    });
}
/** A Deployment of the AWS Load Balancer Controller (any version): it decides which controller a Service gets. */
function isLoadBalancerControllerDeployment(m) {
    return m.kind === 'Deployment' && lbcImages(m).length > 0;
}
/**
 * Signs that a version of the AWS Load Balancer Controller with the Service webhook (v2.5+)
 * may run in the scope's cluster, though the webhook itself is not in the repository: its
 * Deployment (at v2.5 or a tag that does not say), or an IAM policy for it in the cluster's
 * own eksctl config. The in-tree default can then no longer be assumed.
 */
function lbcMayTakeServices(scope) {
    for (const m of scope.manifests) {
        if (m.kind === 'Deployment') {
            for (const match of lbcImages(m)) {
                const [major, minor] = [Number(match[1]), Number(match[2])];
                const older = match[1] !== undefined && (major < LBC_WEBHOOK_SINCE[0] || (major === LBC_WEBHOOK_SINCE[0] && minor < LBC_WEBHOOK_SINCE[1]));
                if (!older)
                    return `Deployment ${m.name} (${m.ref.doc.path})`;
            }
        }
        if (m.kind === 'ClusterConfig' && m.ref.doc === scope.cluster?.ref.doc) {
            const accounts = asArray(get(m.raw, 'iam', 'serviceAccounts'));
            const groups = [...asArray(get(m.raw, 'nodeGroups')), ...asArray(get(m.raw, 'managedNodeGroups'))];
            const policy = accounts.some((a) => get(a, 'wellKnownPolicies', 'awsLoadBalancerController') === true) ||
                groups.some((g) => get(g, 'iam', 'withAddonPolicies', 'awsLoadBalancerController') === true || get(g, 'iam', 'withAddonPolicies', 'albIngress') === true);
            if (policy)
                return `an IAM policy for it in ${m.ref.doc.path}`;
        }
    }
    return undefined;
}
function controllerFacts(scope) {
    return {
        webhook: lbcServiceWebhook(scope.manifests),
        installed: lbcMayTakeServices(scope),
        ingressClasses: scope.manifests.filter((m) => m.kind === 'IngressClass'),
        ingressClassParams: scope.manifests.filter((m) => m.kind === 'IngressClassParams'),
    };
}
function serviceController(service, scope, facts) {
    const lbClass = service.loadBalancerClass;
    if (lbClass === LBC_SERVICE_CLASS)
        return { controller: 'aws-load-balancer-controller', reason: `spec.loadBalancerClass is ${lbClass}` };
    if (lbClass === AUTO_MODE_SERVICE_CLASS)
        return { controller: 'eks-auto-mode', reason: `spec.loadBalancerClass is ${lbClass}` };
    if (lbClass !== undefined)
        return { controller: 'other', reason: `spec.loadBalancerClass ${lbClass} names another controller` };
    const foreign = Object.keys(service.annotations).find((k) => OTHER_PROVIDER_ANNOTATION.test(k));
    if (foreign !== undefined)
        return { controller: 'other', reason: `annotation ${foreign} is for another provider's load balancer controller` };
    const type = service.annotations[SERVICE_TYPE];
    if (type === 'external' || type === 'nlb-ip') {
        return { controller: 'aws-load-balancer-controller', reason: `annotation ${SERVICE_TYPE} is ${type}` };
    }
    const webhook = facts.webhook;
    const autoMode = scope.cluster?.autoMode === true;
    if (webhook || autoMode) {
        // Both would claim the Service, or the webhook meets a legacy type annotation: not decidable here.
        if ((webhook && autoMode) || (webhook && type !== undefined))
            return { controller: 'unknown', reason: 'the cluster has more than one candidate controller' };
        return webhook
            ? { controller: 'aws-load-balancer-controller', reason: `the AWS Load Balancer Controller's Service webhook (${webhook.ref.doc.path}) gives new Services its class` }
            : { controller: 'eks-auto-mode', reason: `cluster ${scope.cluster?.name ?? ''} runs EKS Auto Mode, whose class is the default` };
    }
    const installed = facts.installed;
    if (installed) {
        return { controller: 'unknown', reason: `the AWS Load Balancer Controller may run (${installed}), and from v2.5 its webhook takes Services without a class` };
    }
    return {
        controller: 'in-tree',
        reason: `it has no spec.loadBalancerClass and no ${SERVICE_TYPE}: external, so on EKS the in-tree AWS cloud provider reconciles it`,
    };
}
function serviceView(service, scope, facts) {
    const { controller, reason } = serviceController(service, scope, facts);
    const a = service.annotations;
    const explicitSubnets = a[SERVICE_SUBNETS] !== undefined;
    const fallbackAt = Object.keys(a).length > 0 ? ['metadata', 'annotations'] : ['spec', 'type'];
    const base = { subject: service, controller, controllerReason: reason, explicitSubnets };
    if (controller === 'in-tree') {
        const internal = a[SERVICE_INTERNAL];
        const ignored = a[SERVICE_SCHEME] !== undefined ? { ignoredAnnotation: { key: SERVICE_SCHEME, value: a[SERVICE_SCHEME] } } : {};
        if (internal === undefined || internal === '') {
            return {
                ...base,
                ...ignored,
                scheme: 'internet-facing',
                schemeExplicit: false,
                schemeReason: `that controller makes internet-facing load balancers unless ${SERVICE_INTERNAL} is set`,
                schemeAt: a[SERVICE_SCHEME] !== undefined ? annotationPath(SERVICE_SCHEME) : fallbackAt,
            };
        }
        // cloud-provider-aws: "false" means internet-facing, any other value internal.
        const scheme = internal === 'false' ? 'internet-facing' : 'internal';
        return { ...base, ...ignored, scheme, schemeExplicit: true, schemeReason: `${SERVICE_INTERNAL} is "${internal}"`, schemeAt: annotationPath(SERVICE_INTERNAL) };
    }
    if (controller === 'aws-load-balancer-controller' || controller === 'eks-auto-mode') {
        const scheme = a[SERVICE_SCHEME];
        if (scheme !== undefined) {
            return {
                ...base,
                scheme: SCHEMES.has(scheme) ? scheme : 'unknown',
                schemeExplicit: true,
                schemeReason: `${SERVICE_SCHEME} is ${scheme}`,
                schemeAt: annotationPath(SERVICE_SCHEME),
            };
        }
        const internal = a[SERVICE_INTERNAL];
        if (internal !== undefined && (GO_TRUE.has(internal) || GO_FALSE.has(internal))) {
            return {
                ...base,
                scheme: GO_TRUE.has(internal) ? 'internal' : 'internet-facing',
                schemeExplicit: true,
                schemeReason: `${SERVICE_INTERNAL} is "${internal}"`,
                schemeAt: annotationPath(SERVICE_INTERNAL),
            };
        }
        // Auto Mode documents no default scheme: say nothing rather than guess.
        return controller === 'aws-load-balancer-controller'
            ? { ...base, scheme: 'internal', schemeExplicit: false, schemeReason: 'the AWS Load Balancer Controller makes internal load balancers by default', schemeAt: fallbackAt }
            : { ...base, scheme: 'unknown', schemeExplicit: false, schemeReason: 'EKS Auto Mode decides the default scheme', schemeAt: fallbackAt };
    }
    return { ...base, scheme: 'unknown', schemeExplicit: false, schemeReason: reason, schemeAt: fallbackAt };
}
function ingressClassOf(ingress, classes) {
    const name = ingress.ingressClassName ?? ingress.annotations[INGRESS_CLASS];
    if (name !== undefined) {
        const cls = classes.find((c) => c.name === name);
        return { name, ...(cls ? { cls } : {}), reason: `its class is ${name}` };
    }
    const defaults = classes.filter((c) => c.annotations[DEFAULT_CLASS] === 'true');
    if (defaults.length === 1 && defaults[0])
        return { name: defaults[0].name, cls: defaults[0], reason: `IngressClass ${defaults[0].name} is the default class` };
    return { reason: 'it names no class and the repository defines no single default IngressClass' };
}
function ingressView(ingress, facts) {
    const a = ingress.annotations;
    const { name, cls, reason: classReason } = ingressClassOf(ingress, facts.ingressClasses);
    let controller = 'unknown';
    let controllerReason = classReason;
    let params;
    if (cls) {
        const named = asString(get(cls.raw, 'spec', 'controller')) ?? '';
        controller = named === LBC_INGRESS_CONTROLLER ? 'aws-load-balancer-controller' : named === AUTO_MODE_INGRESS_CONTROLLER ? 'eks-auto-mode' : 'other';
        controllerReason = `${classReason}, whose controller is ${named || 'not stated'}`;
        const ref = get(cls.raw, 'spec', 'parameters');
        const paramsName = asString(get(ref, 'name'));
        if (asString(get(ref, 'kind')) === 'IngressClassParams' && paramsName !== undefined) {
            params = facts.ingressClassParams.find((m) => m.name === paramsName);
        }
    }
    else if (name === 'alb') {
        controller = 'aws-load-balancer-controller';
        controllerReason = 'its class alb is the AWS Load Balancer Controller\u2019s default ingress class';
    }
    else if (name !== undefined) {
        controller = 'other';
        controllerReason = `its class ${name} is not an AWS load balancer class the repository defines`;
    }
    const paramsScheme = params ? asString(get(params.raw, 'spec', 'scheme')) : undefined;
    const explicitSubnets = a[INGRESS_SUBNETS] !== undefined || (params !== undefined && get(params.raw, 'spec', 'subnets') !== undefined);
    const base = { subject: ingress, controller, controllerReason, explicitSubnets };
    const fallbackAt = Object.keys(a).length > 0 ? ['metadata', 'annotations'] : ['metadata', 'name'];
    if (controller !== 'aws-load-balancer-controller' && controller !== 'eks-auto-mode') {
        return { ...base, scheme: 'unknown', schemeExplicit: false, schemeReason: controllerReason, schemeAt: fallbackAt };
    }
    // IngressClassParams settings win over the Ingress's own annotations (LBC guide/ingress/ingress_class.md).
    if (params && paramsScheme !== undefined) {
        return {
            ...base,
            scheme: SCHEMES.has(paramsScheme) ? paramsScheme : 'unknown',
            schemeExplicit: true,
            schemeReason: `IngressClassParams ${params.name} sets scheme ${paramsScheme}`,
            schemeAt: fallbackAt,
        };
    }
    const scheme = a[INGRESS_SCHEME];
    if (scheme !== undefined) {
        return {
            ...base,
            scheme: SCHEMES.has(scheme) ? scheme : 'unknown',
            schemeExplicit: true,
            schemeReason: `${INGRESS_SCHEME} is ${scheme}`,
            schemeAt: annotationPath(INGRESS_SCHEME),
        };
    }
    return controller === 'aws-load-balancer-controller'
        ? { ...base, scheme: 'internal', schemeExplicit: false, schemeReason: 'the AWS Load Balancer Controller makes internal ALBs by default', schemeAt: fallbackAt }
        : { ...base, scheme: 'unknown', schemeExplicit: false, schemeReason: 'EKS Auto Mode decides the default scheme', schemeAt: fallbackAt };
}
/** Every load balancer the scope asks for: `type: LoadBalancer` Services and Ingresses. */
const viewsByScope = new WeakMap();
function loadBalancersOf(scope) {
    const cached = viewsByScope.get(scope);
    if (cached)
        return cached;
    const services = scope.services.filter((s) => s.type === 'LoadBalancer');
    const facts = services.length || scope.ingresses.length ? controllerFacts(scope) : undefined;
    const views = facts ? [...services.map((s) => serviceView(s, scope, facts)), ...scope.ingresses.map((i) => ingressView(i, facts))] : [];
    viewsByScope.set(scope, views);
    return views;
}

;// CONCATENATED MODULE: ./src/rules/subnet-placement/implicit-public-lb.ts


function label(kind, namespace, name) {
    return `${kind} ${namespace ? `${namespace}/` : ''}${name}`;
}
/* harmony default export */ const implicit_public_lb = (defineRule({
    id: 'subnet-placement/implicit-public-lb',
    family: 'subnet-placement',
    defaultSeverity: 'warning',
    reach: 'object',
    description: 'A LoadBalancer Service or an Ingress becomes internet-facing only because its controller defaults to it, not because the manifest says so.',
    check: ({ model }) => model.scopes.flatMap((scope) => loadBalancersOf(scope).flatMap((lb) => {
        // Only the in-tree controller defaults to internet-facing; LBC defaults to internal, Auto Mode is not assumed.
        if (lb.scheme !== 'internet-facing' || lb.schemeExplicit || lb.controller !== 'in-tree')
            return [];
        const s = lb.subject;
        const who = label(s.kind, s.namespace, s.name);
        const ignored = lb.ignoredAnnotation
            ? ` It ignores ${lb.ignoredAnnotation.key}: ${lb.ignoredAnnotation.value}, which only the AWS Load Balancer Controller reads (add ${SERVICE_TYPE}: external to hand the Service to it).`
            : '';
        return [
            {
                subject: s,
                at: lb.schemeAt,
                message: `${who} (type: LoadBalancer) will be internet-facing only by default: ${lb.controllerReason}, and ${lb.schemeReason}.${ignored} ` +
                    `State the intent: ${SERVICE_INTERNAL}: "true" for an internal load balancer, "false" to keep it public (or ${SERVICE_SCHEME} under the AWS Load Balancer Controller).`,
                details: 'The in-tree controller reconciles it unless the AWS Load Balancer Controller (v2.5+) with its Service webhook is installed, ' +
                    'in which case it would get an internal NLB instead: either way its exposure depends on the cluster, not on the manifest.',
            },
        ];
    })),
}));

;// CONCATENATED MODULE: ./src/rules/subnet-placement/_subnets.ts
/*
 * Judging the subnets a node group, a cluster or a load balancer names, from the network the
 * model built out of the repository's templates (src/model/network.ts: which subnets route to an
 * internet gateway) and the subnet ids the options declare. Only the subnet-placement rules
 * judge placement, so this lives beside them.
 */
/** Each subnet a node group can launch into, judged public / private / unknown. */
function nodeGroupSubnets(group, model, options) {
    const decl = declaredSubnets(options);
    return group.subnets.flatMap((ref) => judgeSubnetRef(model.network, ref, decl));
}
const NO_DECLARED_SUBNETS = { publicIds: new Set(), privateIds: new Set() };
/** The `publicSubnetIds` / `privateSubnetIds` options as sets. */
function declaredSubnets(options) {
    const ids = (list) => new Set((list ?? []).map((v) => v.trim()));
    return { publicIds: ids(options.publicSubnetIds), privateIds: ids(options.privateSubnetIds) };
}
function declared(id, decl) {
    if (decl.publicIds.has(id))
        return { placement: 'public', label: id, reason: 'the publicSubnetIds option lists it', exact: true };
    if (decl.privateIds.has(id))
        return { placement: 'private', label: id, reason: 'the privateSubnetIds option lists it', exact: true };
    return undefined;
}
function fromSubnet(subnet, exact, prefix = '') {
    return { placement: subnet.placement, label: subnet.logicalId, reason: `${prefix}${subnet.placementReason}`, subnet, exact };
}
/** Karpenter tag matching: `*` (or an empty value) matches any value, `*` inside a value is a wildcard. */
function tagMatches(pattern, value) {
    if (value === undefined)
        return false;
    if (pattern === '*' || pattern === '')
        return true;
    if (!pattern.includes('*'))
        return pattern === value;
    const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    return re.test(value);
}
/** Judges each subnet a reference leads to. Never guesses: what the repo cannot tell is `unknown`. */
function judgeSubnetRef(network, ref, decl = NO_DECLARED_SUBNETS) {
    switch (ref.kind) {
        case 'logical': {
            const subnet = network?.subnet(ref.file, ref.logicalId);
            return subnet
                ? [fromSubnet(subnet, true)]
                : [{ placement: 'unknown', label: ref.logicalId, reason: `${ref.logicalId} is not an AWS::EC2::Subnet of ${ref.file}`, exact: true }];
        }
        case 'id':
            return [declared(ref.id, decl) ?? { placement: 'unknown', label: ref.id, reason: `${ref.id} is not defined in the repository`, exact: true }];
        case 'eksctl': {
            const byOption = ref.id !== undefined ? declared(ref.id, decl) : undefined;
            if (byOption)
                return [byOption];
            const label = ref.name ?? `the ${ref.access} subnets`;
            const reason = ref.name
                ? `listed under vpc.subnets.${ref.access} in the eksctl config`
                : ref.access === 'public'
                    ? 'without privateNetworking: true eksctl places the nodes in the cluster\u2019s public subnets'
                    : 'with privateNetworking: true eksctl places the nodes in the cluster\u2019s private subnets';
            // eksctl takes vpc.subnets on trust; its own public subnets route to an internet gateway.
            return [{ placement: ref.access, label, reason, exact: false }];
        }
        case 'selector': {
            if (ref.ids.length > 0) {
                return ref.ids.map((id) => declared(id, decl) ?? { placement: 'unknown', label: id, reason: `${id} is not defined in the repository`, exact: true });
            }
            const entries = Object.entries(ref.tags);
            if (entries.length === 0)
                return [{ placement: 'unknown', label: 'subnetSelectorTerms', reason: 'the selector term names no tags', exact: false }];
            const matched = (network?.subnets ?? []).filter((s) => entries.every(([k, v]) => tagMatches(v, s.tags[k])));
            const text = entries.map(([k, v]) => `${k}=${v}`).join(', ');
            if (matched.length === 0) {
                return [{ placement: 'unknown', label: text, reason: `no subnet of the repository carries the tags ${text}`, exact: false }];
            }
            return matched.map((s) => fromSubnet(s, false, `its tags match ${text}; `));
        }
        case 'unknown': {
            const exported = ref.importName !== undefined ? network?.exported(ref.importName) : undefined;
            const subnet = exported ? network?.subnet(exported.file, exported.logicalId) : undefined;
            if (subnet)
                return [fromSubnet(subnet, true, `${exported?.file} exports it as ${ref.importName}; `)];
            return [{ placement: 'unknown', label: ref.importName ?? 'subnet', reason: ref.reason, exact: true }];
        }
    }
}
/** VPC endpoints of the repository that could serve a subnet of this VPC (undefined VPC: unknown, so maybe). */
function endpointsFor(network, vpc) {
    return (network?.endpoints ?? []).filter((e) => e.vpc === undefined || vpc === undefined || (e.vpc.file === vpc.file && e.vpc.logicalId === vpc.logicalId));
}
/** Subnets of one VPC. */
function subnetsOfVpc(network, vpc) {
    return (network?.subnets ?? []).filter((s) => s.vpc?.file === vpc.file && s.vpc.logicalId === vpc.logicalId);
}
/** "a", "a and b", "a, b and 3 more". */
function listText(items, max = 4) {
    const unique = [...new Set(items)];
    if (unique.length <= 1)
        return unique[0] ?? '';
    if (unique.length > max)
        return `${unique.slice(0, max).join(', ')} and ${unique.length - max} more`;
    return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}
/** Subnets grouped by the reason behind their verdict: "A and B (<reason>); C (<reason>)". */
function verdictText(verdicts) {
    const byReason = new Map();
    for (const v of verdicts)
        byReason.set(v.reason, [...(byReason.get(v.reason) ?? []), v.label]);
    return [...byReason].map(([reason, labels]) => `${listText(labels)} (${reason})`).join('; ');
}
const GROUP_KINDS = {
    NodeGroup: 'node group',
    ManagedNodeGroup: 'managed node group',
    'AWS::EKS::Nodegroup': 'managed node group',
    'AWS::AutoScaling::AutoScalingGroup': 'Auto Scaling group',
};
/** How a message names a node group: "node group ng-1", "Auto Scaling group NodeGroup". */
function _subnets_groupLabel(group) {
    return `${GROUP_KINDS[group.kind] ?? group.kind} ${group.name}`;
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/rules/subnet-placement/_options.ts
const subnetIds = (description) => ({
    description,
    type: 'array',
    items: { description: 'a subnet id (subnet-0123abcd)', type: 'string', pattern: '^subnet-[0-9a-f]+$' },
    nullable: true,
});
const DECLARED_SUBNET_OPTIONS = {
    type: 'object',
    properties: {
        publicSubnetIds: subnetIds('Subnets known to be public (route to an internet gateway).'),
        privateSubnetIds: subnetIds('Subnets known to be private.'),
    },
};
const ENDPOINT_OPTIONS = {
    type: 'object',
    properties: {
        allowedEndpointCidrs: {
            description: 'CIDRs allowed to reach a public API endpoint.',
            type: 'array',
            items: { description: 'an IPv4 or IPv6 CIDR (203.0.113.0/24)', type: 'string', pattern: '^[0-9a-fA-F:.]+/\\d{1,3}$' },
            nullable: true,
        },
    },
};

;// CONCATENATED MODULE: ./src/rules/subnet-placement/lb-subnet-tags.ts





/** The role tag each scheme's subnet discovery looks for (LBC docs deploy/subnet_discovery.md). */
const ROLE_TAG = {
    'internet-facing': 'kubernetes.io/role/elb',
    internal: 'kubernetes.io/role/internal-elb',
};
/** LBC accepts the role tag with the value "1" or an empty value. */
const hasRole = (subnet, tag) => subnet.tags[tag] === '1' || subnet.tags[tag] === '';
/**
 * The VPC the scope's load balancers go to, when the repository defines it: the cluster's own
 * subnets decide (the controllers discover subnets in the cluster's VPC); node groups only
 * stand in when the scope has no cluster subnets the repository defines.
 */
function scopeVpcs(scope, model, options) {
    const decl = declaredSubnets(options);
    const vpcsOf = (refs) => {
        const vpcs = new Map();
        for (const verdict of refs.flatMap((ref) => judgeSubnetRef(model.network, ref, decl))) {
            const vpc = verdict.exact ? verdict.subnet?.vpc : undefined;
            if (vpc)
                vpcs.set(`${vpc.file}\u0000${vpc.logicalId}`, vpc);
        }
        return [...vpcs.values()];
    };
    const fromCluster = vpcsOf(scope.cluster?.subnets ?? []);
    return fromCluster.length > 0 ? fromCluster : vpcsOf(scope.nodeGroups.flatMap((g) => g.subnets));
}
function lbLabel(lb) {
    const s = lb.subject;
    return `${s.kind} ${s.namespace ? `${s.namespace}/` : ''}${s.name}`;
}
/* harmony default export */ const lb_subnet_tags = (defineRule({
    id: 'subnet-placement/lb-subnet-tags',
    family: 'subnet-placement',
    optionsSchema: DECLARED_SUBNET_OPTIONS,
    defaultSeverity: 'warning',
    // A VPC's finding lists every load balancer that needs the tag.
    reach: 'aggregate',
    description: 'The repository defines the cluster subnets and asks for load balancers, but no subnet carries the kubernetes.io/role/elb or internal-elb tag their controller discovers subnets by.',
    check: ({ model, options }) => {
        // One finding per VPC and tag, however many scopes (clusters) share the VPC.
        const needs = new Map();
        for (const scope of model.scopes) {
            // The in-tree controller falls back to route tables; subnets named on the LB need no discovery.
            const lbs = loadBalancersOf(scope).filter((lb) => (lb.controller === 'aws-load-balancer-controller' || lb.controller === 'eks-auto-mode') && lb.scheme !== 'unknown' && !lb.explicitSubnets);
            if (lbs.length === 0)
                continue;
            for (const vpc of scopeVpcs(scope, model, options)) {
                for (const lb of lbs) {
                    const scheme = lb.scheme;
                    const key = `${vpc.file}\u0000${vpc.logicalId}\u0000${scheme}`;
                    const entry = needs.get(key) ?? { vpc, scheme, lbs: [] };
                    if (!entry.lbs.includes(lb))
                        entry.lbs.push(lb);
                    needs.set(key, entry);
                }
            }
        }
        return [...needs.values()].flatMap(({ vpc, scheme, lbs }) => {
            const subnets = subnetsOfVpc(model.network, vpc);
            const tag = ROLE_TAG[scheme];
            // A subnet whose tag keys (or this tag's value) the template does not fix might carry it.
            if (subnets.length === 0 || subnets.some((s) => hasRole(s, tag) || !s.tagsKnown || s.tagsUnresolved.includes(tag)))
                return [];
            const wanted = scheme === 'internet-facing' ? 'public' : 'private';
            const candidates = subnets.filter((s) => s.placement === wanted);
            const target = candidates[0] ?? subnets[0];
            if (!target)
                return [];
            const autoMode = lbs.some((lb) => lb.controller === 'eks-auto-mode');
            const lbc = lbs.some((lb) => lb.controller === 'aws-load-balancer-controller');
            const consequence = [
                ...(lbc ? ['the AWS Load Balancer Controller before v2.12.1 cannot place them (later versions fall back to route tables)'] : []),
                ...(autoMode ? ['EKS Auto Mode requires it'] : []),
            ].join(', and ');
            return [
                {
                    subject: target,
                    at: [...target.path, 'Properties', 'Tags'],
                    message: `No subnet of VPC ${vpc.logicalId} (${vpc.file}) carries ${tag}, the tag controllers discover subnets by for ${scheme} load balancers ` +
                        `such as ${listText(lbs.map(lbLabel), 3)}: ${consequence}. ` +
                        `Tag the ${wanted} subnets${candidates.length > 0 ? ` ${listText(candidates.map((s) => s.logicalId))}` : ''} with ${tag}: "1".`,
                },
            ];
        });
    },
}));

;// CONCATENATED MODULE: ./src/rules/subnet-placement/no-egress.ts




/** Endpoints that would let nodes without a default route pull images and authenticate. */
const NEEDED = new Set(['ecr.api', 'ecr.dkr', 's3', 'sts']);
/* harmony default export */ const no_egress = (defineRule({
    id: 'subnet-placement/no-egress',
    family: 'subnet-placement',
    optionsSchema: DECLARED_SUBNET_OPTIONS,
    defaultSeverity: 'error',
    reach: 'context',
    description: 'Nodes sit only in private subnets with no default route (NAT, transit gateway, ...) and no ECR/S3/STS VPC endpoints: they cannot join the cluster or pull images.',
    check: ({ model, options }) => model.nodeGroups.flatMap((group) => {
        const verdicts = nodeGroupSubnets(group, model, options);
        // Only subnets the repository defines completely: anything unknown may well have egress.
        const isolated = verdicts.map((v) => (v.exact && v.subnet?.placement === 'private' && v.subnet.egress === 'none' ? v.subnet : undefined));
        if (verdicts.length === 0 || isolated.some((s) => s === undefined))
            return [];
        const subnets = isolated;
        if (subnets.some((s) => s.vpc === undefined))
            return [];
        // An endpoint of the same VPC, or of a VPC the repo cannot name, with a needed or unknown service, may serve them.
        const endpoint = subnets
            .flatMap((s) => endpointsFor(model.network, s.vpc))
            .find((e) => e.service === 'unknown' || NEEDED.has(e.service));
        if (endpoint)
            return [];
        const tables = [...new Set(subnets.flatMap((s) => (s.routeTable ? [s.routeTable.logicalId] : [])))];
        const routing = tables.length === 1 ? `its route table ${tables[0]} has` : `their route tables ${listText(tables)} have`;
        const vpcs = [...new Set(subnets.map((s) => s.vpc?.logicalId ?? ''))];
        return [
            {
                subject: group,
                at: group.subnetsPath ?? group.path,
                message: `${capitalize(_subnets_groupLabel(group))} launches nodes only in private subnets ${listText(subnets.map((s) => s.logicalId))} with no way out of the VPC: ` +
                    `${routing} no default route (0.0.0.0/0 or ::/0), and the repository defines no VPC endpoint for ECR (api, dkr), S3 or STS in ${listText(vpcs)}; ` +
                    `the nodes can neither pull images nor reach the AWS APIs they need to join the cluster. ` +
                    `Add a 0.0.0.0/0 route to a NAT gateway, or VPC endpoints for ecr.api, ecr.dkr, s3 and sts.`,
            },
        ];
    }),
}));

;// CONCATENATED MODULE: ./src/rules/subnet-placement/_cidr.ts
/** IPv4/IPv6 CIDR containment, enough to compare endpoint access lists. */
function parseIpv4(text) {
    const parts = text.split('.');
    if (parts.length !== 4)
        return undefined;
    let value = 0n;
    for (const part of parts) {
        if (!/^\d{1,3}$/.test(part) || Number(part) > 255)
            return undefined;
        value = (value << 8n) | BigInt(Number(part));
    }
    return value;
}
function parseIpv6(text) {
    const halves = text.split('::');
    if (halves.length > 2)
        return undefined;
    const groups = (s) => (s === '' ? [] : s.split(':'));
    const head = groups(halves[0] ?? '');
    const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
    const missing = 8 - head.length - tail.length;
    if ((halves.length === 1 && missing !== 0) || missing < 0)
        return undefined;
    let value = 0n;
    for (const g of [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail]) {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g))
            return undefined;
        value = (value << 16n) | BigInt(parseInt(g, 16));
    }
    return value;
}
function parseCidr(text) {
    const [address = '', prefixText] = text.trim().split('/');
    const width = address.includes(':') ? 128 : 32;
    const bits = width === 32 ? parseIpv4(address) : parseIpv6(address);
    const prefix = prefixText === undefined ? width : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
    if (bits === undefined || !(prefix >= 0 && prefix <= width))
        return undefined;
    return { bits, prefix, width };
}
/** True when every address of `inner` is inside `outer`. Unparseable CIDRs only match themselves. */
function cidrWithin(inner, outer) {
    if (inner.trim() === outer.trim())
        return true;
    const a = parseCidr(inner);
    const b = parseCidr(outer);
    if (!a || !b || a.width !== b.width || a.prefix < b.prefix)
        return false;
    const shift = BigInt(a.width - b.prefix);
    return a.bits >> shift === b.bits >> shift;
}
/** A CIDR that lets every address in: 0.0.0.0/0 or ::/0. */
function isOpenToAll(cidr) {
    const c = parseCidr(cidr);
    return c !== undefined && c.prefix === 0;
}

;// CONCATENATED MODULE: ./src/rules/subnet-placement/public-endpoint.ts




/** The field names each source uses, for messages and pointers. */
const FIELDS = {
    eksctl: { public: 'vpc.clusterEndpoints.publicAccess', private: 'vpc.clusterEndpoints.privateAccess', cidrs: 'vpc.publicAccessCIDRs' },
    cloudformation: { public: 'EndpointPublicAccess', private: 'EndpointPrivateAccess', cidrs: 'PublicAccessCidrs' },
    config: { public: 'publicAccess', private: 'privateAccess', cidrs: 'publicAccessCidrs' },
};
/** EKS (and eksctl) defaults: public access on, open to all addresses (EKS API VpcConfigRequest). */
const DEFAULT_PUBLIC_CIDRS = ['0.0.0.0/0'];
function pointAt(cluster) {
    const ep = cluster.endpoint;
    if (cluster.source === 'eksctl') {
        if (ep.publicCidrs !== undefined && ep.publicCidrs.length > 0)
            return ['vpc', 'publicAccessCIDRs'];
        return ep.publicAccess !== undefined ? [...ep.path, 'publicAccess'] : ep.path;
    }
    if (cluster.source === 'cloudformation') {
        if (ep.publicCidrs !== undefined && ep.publicCidrs.length > 0)
            return [...ep.path, 'PublicAccessCidrs'];
        return ep.publicAccess !== undefined ? [...ep.path, 'EndpointPublicAccess'] : ep.path;
    }
    return ep.path;
}
/* harmony default export */ const public_endpoint = (defineRule({
    id: 'subnet-placement/public-endpoint',
    family: 'subnet-placement',
    optionsSchema: ENDPOINT_OPTIONS,
    defaultSeverity: 'warning',
    reach: 'context',
    description: 'The Kubernetes API endpoint is public and open to 0.0.0.0/0 (or to CIDRs outside allowedEndpointCidrs), by setting or by default.',
    check: ({ model, options }) => {
        const allowed = options.allowedEndpointCidrs ?? [];
        return model.clusters.flatMap((cluster) => {
            const ep = cluster.endpoint;
            const unresolved = new Set(ep.unresolved ?? []);
            // eksctl's fully-private cluster turns public access off; an unresolved value is never defaulted.
            if (cluster.privateCluster === true || unresolved.has('publicAccess') || unresolved.has('publicCidrs'))
                return [];
            // A cluster the config declares is defined elsewhere (Terraform, the console): EKS's defaults
            // say nothing about how it was created, so only what the config states is judged.
            if (cluster.source === 'config' && ep.publicAccess === undefined && ep.publicCidrs === undefined)
                return [];
            if ((ep.publicAccess ?? true) === false)
                return [];
            const cidrsStated = ep.publicCidrs !== undefined && ep.publicCidrs.length > 0;
            const cidrs = cidrsStated ? ep.publicCidrs : DEFAULT_PUBLIC_CIDRS;
            const offending = allowed.length > 0 ? cidrs.filter((c) => !allowed.some((a) => cidrWithin(c, a))) : cidrs.filter(isOpenToAll);
            if (offending.length === 0)
                return [];
            const f = FIELDS[cluster.source];
            const how = [
                ep.publicAccess === undefined ? `${f.public} defaults to true` : `${f.public} is true`,
                cidrsStated ? `${f.cidrs} lists ${listText(offending)}` : `${f.cidrs} defaults to 0.0.0.0/0`,
            ].join(' and ');
            const reach = allowed.length > 0 && !offending.some(isOpenToAll)
                ? `${listText(offending)} ${offending.length > 1 ? 'are' : 'is'} outside allowedEndpointCidrs (${listText(allowed)})`
                : 'anyone on the internet can reach the API server, with authentication as the only barrier';
            return [
                {
                    subject: cluster,
                    at: pointAt(cluster),
                    message: `The Kubernetes API endpoint of cluster ${cluster.name} is public (${how}): ${reach}. ` +
                        `Restrict ${f.cidrs} to the networks that need it (office, VPN, CI), or set ${f.private}: true and ${f.public}: false.`,
                },
            ];
        });
    },
}));

;// CONCATENATED MODULE: ./src/rules/subnet-placement/public-nodes.ts



const FIX_SUBNETS = 'move them to private subnets whose default route goes to a NAT gateway';
/** What a public IP exposes, given the subnets: reachable now, one route away, or wherever the subnet routes. */
function exposure(verdicts) {
    const publicSubnets = verdicts.filter((v) => v.placement === 'public');
    if (publicSubnets.length > 0)
        return ` reachable from the internet, in public subnets ${verdictText(publicSubnets)}`;
    if (verdicts.length > 0 && verdicts.every((v) => v.placement === 'private')) {
        return `, unused while its subnets ${verdictText(verdicts)} stay private but exposed by any route to an internet gateway`;
    }
    return ', reachable from the internet wherever its subnet routes to an internet gateway';
}
/** Where public IPs are switched on, in the words of the manifest that does it. */
function publicIpFinding(group, verdicts) {
    const exposed = exposure(verdicts);
    if (group.source === 'karpenter' && group.nodeClass) {
        return {
            subject: group.nodeClass,
            at: ['spec', 'associatePublicIPAddress'],
            message: `${group.nodeClass.kind} ${group.nodeClass.name} sets associatePublicIPAddress: true, so every node Karpenter launches from it ` +
                `gets a public IPv4 address${exposed}; remove it (or set it to false) and select private subnets.`,
        };
    }
    const path = group.associatePublicIpPath;
    const where = path?.[0] === 'Resources' && typeof path[1] === 'string' ? path[1] : undefined;
    const parameter = group.associatePublicIpParameter;
    const fromDefault = parameter ? ` (with the default of Parameter ${parameter.name}; a stack may deploy another value)` : '';
    return {
        subject: group,
        at: group.associatePublicIpPath ?? group.path,
        message: `${where ? `${where} sets` : 'The launch settings set'} AssociatePublicIpAddress: true${fromDefault}, so every node of ${_subnets_groupLabel(group)} ` +
            `gets a public IPv4 address${exposed}; remove it (or set it to false) and ${FIX_SUBNETS}.`,
    };
}
function publicSubnetFinding(group, publicSubnets, total) {
    const some = publicSubnets.length < total ? ` (${publicSubnets.length} of its ${total} subnets)` : '';
    if (group.source === 'karpenter' && group.nodeClass) {
        return {
            subject: group.nodeClass,
            at: ['spec', 'subnetSelectorTerms'],
            message: `${group.nodeClass.kind} ${group.nodeClass.name} selects public subnets ${verdictText(publicSubnets)}, so Karpenter may launch ` +
                `nodes there; select only private subnets (a tag that only they carry, or their ids).`,
        };
    }
    // eksctl's own choice (no `subnets` list): the fix is privateNetworking, not a subnet.
    if (group.subnets.every((r) => r.kind === 'eksctl' && r.name === undefined)) {
        const stated = group.privateNetworking === false ? 'sets privateNetworking: false' : 'does not set privateNetworking: true';
        return {
            subject: group,
            at: group.subnetsPath ?? group.path,
            message: `${capitalize(_subnets_groupLabel(group))} ${stated}, so eksctl places its nodes in the cluster's public subnets; ` +
                `set privateNetworking: true to place them in the private subnets (eksctl's own VPC routes those through its NAT gateway).`,
        };
    }
    return {
        subject: group,
        at: group.subnetsPath ?? group.path,
        message: `${capitalize(_subnets_groupLabel(group))} launches nodes in public subnets${some}: ${verdictText(publicSubnets)}; ${FIX_SUBNETS}.`,
    };
}
/* harmony default export */ const public_nodes = (defineRule({
    id: 'subnet-placement/public-nodes',
    family: 'subnet-placement',
    optionsSchema: DECLARED_SUBNET_OPTIONS,
    defaultSeverity: 'warning',
    reach: 'context',
    description: 'Worker nodes get public IP addresses or are placed in public subnets (routed to an internet gateway).',
    check: ({ model, options }) => model.nodeGroups.flatMap((group) => {
        const verdicts = nodeGroupSubnets(group, model, options);
        const publicSubnets = verdicts.filter((v) => v.placement === 'public');
        if (group.associatePublicIp === true)
            return [publicIpFinding(group, verdicts)];
        if (publicSubnets.length > 0)
            return [publicSubnetFinding(group, publicSubnets, verdicts.length)];
        return [];
    }),
}));

;// CONCATENATED MODULE: ./src/rules/subnet-placement/index.ts





/** The subnet-placement rules, one file each. */
const subnetPlacementRules = [public_nodes, public_endpoint, implicit_public_lb, no_egress, lb_subnet_tags];

;// CONCATENATED MODULE: ./src/data/api-lifecycle.ts
// Generated by scripts/generate-version-data.mjs from data/deprecated-apis.csv: do not edit.
// Source: kubernetes/website content/en/docs/reference/using-api/deprecation-guide.md ("guide") and
// FairwindsOps/pluto versions.yaml @ dd5ec8cc ("pluto"), corrected with kubernetes/api
// zz_generated.prerelease-lifecycle.go @ 10b39a39 (see data/README.md §4).
const API_LIFECYCLE = [
    { apiVersion: 'admissionregistration.k8s.io/v1alpha1', kind: 'ValidatingAdmissionPolicy', deprecatedIn: '1.29', removedIn: '1.32', replacementApi: 'admissionregistration.k8s.io/v1', replacementAvailableIn: '1.30', source: 'pluto' },
    { apiVersion: 'admissionregistration.k8s.io/v1alpha1', kind: 'ValidatingAdmissionPolicyBinding', deprecatedIn: '1.29', removedIn: '1.32', replacementApi: 'admissionregistration.k8s.io/v1', replacementAvailableIn: '1.30', source: 'pluto' },
    { apiVersion: 'admissionregistration.k8s.io/v1beta1', kind: 'MutatingWebhookConfiguration', deprecatedIn: '1.16', removedIn: '1.22', replacementApi: 'admissionregistration.k8s.io/v1', replacementAvailableIn: '1.16', source: 'both' },
    { apiVersion: 'admissionregistration.k8s.io/v1beta1', kind: 'ValidatingWebhookConfiguration', deprecatedIn: '1.16', removedIn: '1.22', replacementApi: 'admissionregistration.k8s.io/v1', replacementAvailableIn: '1.16', source: 'both' },
    { apiVersion: 'apiextensions.k8s.io/v1beta1', kind: 'CustomResourceDefinition', deprecatedIn: '1.16', removedIn: '1.22', replacementApi: 'apiextensions.k8s.io/v1', replacementAvailableIn: '1.16', source: 'both' },
    { apiVersion: 'apiregistration.k8s.io/v1beta1', kind: 'APIService', deprecatedIn: '1.10', removedIn: '1.22', replacementApi: 'apiregistration.k8s.io/v1', replacementAvailableIn: '1.10', source: 'both' },
    { apiVersion: 'apps/v1beta1', kind: 'Deployment', deprecatedIn: '1.8', removedIn: '1.16', replacementApi: 'apps/v1', replacementAvailableIn: '1.9', source: 'both' },
    { apiVersion: 'apps/v1beta1', kind: 'ReplicaSet', removedIn: '1.16', replacementApi: 'apps/v1', replacementAvailableIn: '1.9', source: 'both' },
    { apiVersion: 'apps/v1beta1', kind: 'StatefulSet', deprecatedIn: '1.8', removedIn: '1.16', replacementApi: 'apps/v1', replacementAvailableIn: '1.9', source: 'both' },
    { apiVersion: 'apps/v1beta2', kind: 'DaemonSet', deprecatedIn: '1.9', removedIn: '1.16', replacementApi: 'apps/v1', replacementAvailableIn: '1.9', source: 'both' },
    { apiVersion: 'apps/v1beta2', kind: 'Deployment', deprecatedIn: '1.9', removedIn: '1.16', replacementApi: 'apps/v1', replacementAvailableIn: '1.9', source: 'both' },
    { apiVersion: 'apps/v1beta2', kind: 'ReplicaSet', deprecatedIn: '1.9', removedIn: '1.16', replacementApi: 'apps/v1', replacementAvailableIn: '1.9', source: 'both' },
    { apiVersion: 'apps/v1beta2', kind: 'StatefulSet', deprecatedIn: '1.9', removedIn: '1.16', replacementApi: 'apps/v1', replacementAvailableIn: '1.9', source: 'both' },
    { apiVersion: 'authentication.k8s.io/v1beta1', kind: 'TokenReview', deprecatedIn: '1.19', removedIn: '1.22', replacementApi: 'authentication.k8s.io/v1', replacementAvailableIn: '1.6', source: 'both' },
    { apiVersion: 'authorization.k8s.io/v1beta1', kind: 'LocalSubjectAccessReview', deprecatedIn: '1.19', removedIn: '1.22', replacementApi: 'authorization.k8s.io/v1', replacementAvailableIn: '1.6', source: 'guide' },
    { apiVersion: 'authorization.k8s.io/v1beta1', kind: 'SelfSubjectAccessReview', deprecatedIn: '1.19', removedIn: '1.22', replacementApi: 'authorization.k8s.io/v1', replacementAvailableIn: '1.6', source: 'guide' },
    { apiVersion: 'authorization.k8s.io/v1beta1', kind: 'SelfSubjectRulesReview', deprecatedIn: '1.19', removedIn: '1.22', replacementApi: 'authorization.k8s.io/v1', replacementAvailableIn: '1.6', source: 'guide' },
    { apiVersion: 'authorization.k8s.io/v1beta1', kind: 'SubjectAccessReview', deprecatedIn: '1.19', removedIn: '1.22', replacementApi: 'authorization.k8s.io/v1', replacementAvailableIn: '1.6', source: 'guide' },
    { apiVersion: 'autoscaling/v2beta1', kind: 'HorizontalPodAutoscaler', deprecatedIn: '1.22', removedIn: '1.25', replacementApi: 'autoscaling/v2', replacementAvailableIn: '1.23', source: 'both' },
    { apiVersion: 'autoscaling/v2beta1', kind: 'HorizontalPodAutoscalerList', deprecatedIn: '1.22', removedIn: '1.25', replacementApi: 'autoscaling/v2', replacementAvailableIn: '1.23', source: 'pluto' },
    { apiVersion: 'autoscaling/v2beta2', kind: 'HorizontalPodAutoscaler', deprecatedIn: '1.23', removedIn: '1.26', replacementApi: 'autoscaling/v2', replacementAvailableIn: '1.23', source: 'both' },
    { apiVersion: 'autoscaling/v2beta2', kind: 'HorizontalPodAutoscalerList', deprecatedIn: '1.23', removedIn: '1.26', replacementApi: 'autoscaling/v2', replacementAvailableIn: '1.23', source: 'pluto' },
    { apiVersion: 'batch/v1beta1', kind: 'CronJob', deprecatedIn: '1.21', removedIn: '1.25', replacementApi: 'batch/v1', replacementAvailableIn: '1.21', source: 'both' },
    { apiVersion: 'batch/v1beta1', kind: 'CronJobList', deprecatedIn: '1.21', removedIn: '1.25', replacementApi: 'batch/v1', replacementAvailableIn: '1.21', source: 'pluto' },
    { apiVersion: 'certificates.k8s.io/v1beta1', kind: 'CertificateSigningRequest', deprecatedIn: '1.19', removedIn: '1.22', replacementApi: 'certificates.k8s.io/v1', replacementAvailableIn: '1.19', source: 'both' },
    { apiVersion: 'coordination.k8s.io/v1beta1', kind: 'Lease', deprecatedIn: '1.19', removedIn: '1.22', replacementApi: 'coordination.k8s.io/v1', replacementAvailableIn: '1.14', source: 'both' },
    { apiVersion: 'discovery.k8s.io/v1beta1', kind: 'EndpointSlice', deprecatedIn: '1.21', removedIn: '1.25', replacementApi: 'discovery.k8s.io/v1', replacementAvailableIn: '1.21', source: 'both' },
    { apiVersion: 'events.k8s.io/v1beta1', kind: 'Event', deprecatedIn: '1.22', removedIn: '1.25', replacementApi: 'events.k8s.io/v1', replacementAvailableIn: '1.19', source: 'both' },
    { apiVersion: 'extensions/v1beta1', kind: 'DaemonSet', deprecatedIn: '1.8', removedIn: '1.16', replacementApi: 'apps/v1', replacementAvailableIn: '1.9', source: 'both' },
    { apiVersion: 'extensions/v1beta1', kind: 'Deployment', deprecatedIn: '1.8', removedIn: '1.16', replacementApi: 'apps/v1', replacementAvailableIn: '1.9', source: 'both' },
    { apiVersion: 'extensions/v1beta1', kind: 'Ingress', deprecatedIn: '1.14', removedIn: '1.22', replacementApi: 'networking.k8s.io/v1', replacementAvailableIn: '1.19', source: 'both' },
    { apiVersion: 'extensions/v1beta1', kind: 'NetworkPolicy', deprecatedIn: '1.9', removedIn: '1.16', replacementApi: 'networking.k8s.io/v1', replacementAvailableIn: '1.8', source: 'both' },
    { apiVersion: 'extensions/v1beta1', kind: 'PodSecurityPolicy', deprecatedIn: '1.10', removedIn: '1.16', replacementApi: 'policy/v1beta1', replacementAvailableIn: '1.10', source: 'both' },
    { apiVersion: 'extensions/v1beta1', kind: 'ReplicaSet', deprecatedIn: '1.8', removedIn: '1.16', replacementApi: 'apps/v1', replacementAvailableIn: '1.9', source: 'both' },
    { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kind: 'FlowSchema', deprecatedIn: '1.23', removedIn: '1.26', replacementApi: 'flowcontrol.apiserver.k8s.io/v1beta2', replacementAvailableIn: '1.23', source: 'both' },
    { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kind: 'PriorityLevelConfiguration', deprecatedIn: '1.23', removedIn: '1.26', replacementApi: 'flowcontrol.apiserver.k8s.io/v1beta2', replacementAvailableIn: '1.23', source: 'both' },
    { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kind: 'FlowSchema', deprecatedIn: '1.26', removedIn: '1.29', replacementApi: 'flowcontrol.apiserver.k8s.io/v1', replacementAvailableIn: '1.29', source: 'both' },
    { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kind: 'PriorityLevelConfiguration', deprecatedIn: '1.26', removedIn: '1.29', replacementApi: 'flowcontrol.apiserver.k8s.io/v1', replacementAvailableIn: '1.29', source: 'both' },
    { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kind: 'FlowSchema', deprecatedIn: '1.29', removedIn: '1.32', replacementApi: 'flowcontrol.apiserver.k8s.io/v1', replacementAvailableIn: '1.29', source: 'both' },
    { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kind: 'PriorityLevelConfiguration', deprecatedIn: '1.29', removedIn: '1.32', replacementApi: 'flowcontrol.apiserver.k8s.io/v1', replacementAvailableIn: '1.29', source: 'both' },
    { apiVersion: 'networking.k8s.io/v1beta1', kind: 'Ingress', deprecatedIn: '1.19', removedIn: '1.22', replacementApi: 'networking.k8s.io/v1', replacementAvailableIn: '1.19', source: 'both' },
    { apiVersion: 'networking.k8s.io/v1beta1', kind: 'IngressClass', deprecatedIn: '1.19', removedIn: '1.22', replacementApi: 'networking.k8s.io/v1', replacementAvailableIn: '1.19', source: 'both' },
    { apiVersion: 'node.k8s.io/v1beta1', kind: 'RuntimeClass', deprecatedIn: '1.22', removedIn: '1.25', replacementApi: 'node.k8s.io/v1', replacementAvailableIn: '1.20', source: 'both' },
    { apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget', deprecatedIn: '1.21', removedIn: '1.25', replacementApi: 'policy/v1', replacementAvailableIn: '1.21', source: 'both' },
    { apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudgetList', deprecatedIn: '1.21', removedIn: '1.25', replacementApi: 'policy/v1', replacementAvailableIn: '1.21', source: 'pluto' },
    { apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', deprecatedIn: '1.21', removedIn: '1.25', source: 'both' },
    { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kind: 'ClusterRole', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'pluto' },
    { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kind: 'ClusterRoleBinding', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'pluto' },
    { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kind: 'ClusterRoleBindingList', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'pluto' },
    { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kind: 'ClusterRoleList', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'pluto' },
    { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kind: 'Role', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'pluto' },
    { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kind: 'RoleBinding', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'pluto' },
    { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kind: 'RoleBindingList', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'pluto' },
    { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kind: 'RoleList', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'pluto' },
    { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kind: 'ClusterRole', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'both' },
    { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kind: 'ClusterRoleBinding', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'both' },
    { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kind: 'ClusterRoleBindingList', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'pluto' },
    { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kind: 'ClusterRoleList', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'pluto' },
    { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kind: 'Role', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'both' },
    { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kind: 'RoleBinding', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'both' },
    { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kind: 'RoleBindingList', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'pluto' },
    { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kind: 'RoleList', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'rbac.authorization.k8s.io/v1', replacementAvailableIn: '1.8', source: 'pluto' },
    { apiVersion: 'resource.k8s.io/v1alpha3', kind: 'DeviceClass', deprecatedIn: '1.32', removedIn: '1.34', replacementApi: 'resource.k8s.io/v1', replacementAvailableIn: '1.34', source: 'pluto' },
    { apiVersion: 'resource.k8s.io/v1alpha3', kind: 'ResourceClaim', deprecatedIn: '1.32', removedIn: '1.34', replacementApi: 'resource.k8s.io/v1', replacementAvailableIn: '1.34', source: 'pluto' },
    { apiVersion: 'resource.k8s.io/v1alpha3', kind: 'ResourceClaimTemplate', deprecatedIn: '1.32', removedIn: '1.34', replacementApi: 'resource.k8s.io/v1', replacementAvailableIn: '1.34', source: 'pluto' },
    { apiVersion: 'resource.k8s.io/v1alpha3', kind: 'ResourceSlice', deprecatedIn: '1.32', removedIn: '1.34', replacementApi: 'resource.k8s.io/v1', replacementAvailableIn: '1.34', source: 'pluto' },
    { apiVersion: 'resource.k8s.io/v1beta1', kind: 'DeviceClass', deprecatedIn: '1.35', removedIn: '1.38', replacementApi: 'resource.k8s.io/v1beta2', replacementAvailableIn: '1.33', source: 'pluto' },
    { apiVersion: 'resource.k8s.io/v1beta1', kind: 'ResourceClaim', deprecatedIn: '1.35', removedIn: '1.38', replacementApi: 'resource.k8s.io/v1beta2', replacementAvailableIn: '1.33', source: 'pluto' },
    { apiVersion: 'resource.k8s.io/v1beta1', kind: 'ResourceClaimTemplate', deprecatedIn: '1.35', removedIn: '1.38', replacementApi: 'resource.k8s.io/v1beta2', replacementAvailableIn: '1.33', source: 'pluto' },
    { apiVersion: 'resource.k8s.io/v1beta1', kind: 'ResourceSlice', deprecatedIn: '1.35', removedIn: '1.38', replacementApi: 'resource.k8s.io/v1beta2', replacementAvailableIn: '1.33', source: 'pluto' },
    { apiVersion: 'scheduling.k8s.io/v1alpha1', kind: 'PriorityClass', deprecatedIn: '1.14', removedIn: '1.17', replacementApi: 'scheduling.k8s.io/v1', replacementAvailableIn: '1.14', source: 'pluto' },
    { apiVersion: 'scheduling.k8s.io/v1beta1', kind: 'PriorityClass', deprecatedIn: '1.14', removedIn: '1.22', replacementApi: 'scheduling.k8s.io/v1', replacementAvailableIn: '1.14', source: 'both' },
    { apiVersion: 'storage.k8s.io/v1alpha1', kind: 'VolumeAttributesClass', deprecatedIn: '1.32', removedIn: '1.35', replacementApi: 'storage.k8s.io/v1', replacementAvailableIn: '1.34', source: 'pluto' },
    { apiVersion: 'storage.k8s.io/v1beta1', kind: 'CSIDriver', deprecatedIn: '1.19', removedIn: '1.22', replacementApi: 'storage.k8s.io/v1', replacementAvailableIn: '1.19', source: 'both' },
    { apiVersion: 'storage.k8s.io/v1beta1', kind: 'CSINode', deprecatedIn: '1.17', removedIn: '1.22', replacementApi: 'storage.k8s.io/v1', replacementAvailableIn: '1.17', source: 'both' },
    { apiVersion: 'storage.k8s.io/v1beta1', kind: 'CSIStorageCapacity', deprecatedIn: '1.24', removedIn: '1.27', replacementApi: 'storage.k8s.io/v1', replacementAvailableIn: '1.24', source: 'both' },
    { apiVersion: 'storage.k8s.io/v1beta1', kind: 'StorageClass', deprecatedIn: '1.19', removedIn: '1.22', replacementApi: 'storage.k8s.io/v1', replacementAvailableIn: '1.6', source: 'both' },
    { apiVersion: 'storage.k8s.io/v1beta1', kind: 'VolumeAttachment', deprecatedIn: '1.19', removedIn: '1.22', replacementApi: 'storage.k8s.io/v1', replacementAvailableIn: '1.13', source: 'both' },
    { apiVersion: 'storage.k8s.io/v1beta1', kind: 'VolumeAttributesClass', deprecatedIn: '1.34', removedIn: '1.37', replacementApi: 'storage.k8s.io/v1', replacementAvailableIn: '1.34', source: 'pluto' },
    { apiVersion: 'storagemigration.k8s.io/v1alpha1', kind: 'StorageVersionMigration', deprecatedIn: '1.35', removedIn: '1.35', replacementApi: 'storagemigration.k8s.io/v1beta1', replacementAvailableIn: '1.35', source: 'pluto' },
];

;// CONCATENATED MODULE: ./src/data/eks-versions.ts
// Generated by scripts/generate-version-data.mjs from data/eks-versions.csv: do not edit.
// Source: the Amazon EKS Kubernetes version calendar (awsdocs/amazon-eks-user-guide
// latest/ug/versioning/kubernetes-versions.adoc @ 013856044148 and the git history of
// doc_source/kubernetes-versions.md; 1.35–1.36 from endoflife-date/endoflife.date @ a70eca33,
// marked "secondary"). Dates are UTC days.
const EKS_VERSIONS = [
    { version: '1.10', upstreamRelease: '2018-03-26', eksRelease: '2018-06-05', endOfStandardSupport: '2019-07-22', sourceQuality: 'primary' },
    { version: '1.11', upstreamRelease: '2018-06-27', eksRelease: '2018-12-12', endOfStandardSupport: '2019-11-04', sourceQuality: 'primary' },
    { version: '1.12', upstreamRelease: '2018-09-27', eksRelease: '2019-03-28', endOfStandardSupport: '2020-05-11', sourceQuality: 'primary' },
    { version: '1.13', upstreamRelease: '2018-12-03', eksRelease: '2019-06-18', endOfStandardSupport: '2020-06-30', sourceQuality: 'primary' },
    { version: '1.14', upstreamRelease: '2019-03-25', eksRelease: '2019-09-04', endOfStandardSupport: '2020-12-08', sourceQuality: 'primary' },
    { version: '1.15', upstreamRelease: '2019-06-19', eksRelease: '2020-03-10', endOfStandardSupport: '2021-05-03', sourceQuality: 'primary' },
    { version: '1.16', upstreamRelease: '2019-09-08', eksRelease: '2020-04-30', endOfStandardSupport: '2021-09-27', sourceQuality: 'primary' },
    { version: '1.17', upstreamRelease: '2019-12-09', eksRelease: '2020-07-10', endOfStandardSupport: '2021-11-02', sourceQuality: 'primary' },
    { version: '1.18', upstreamRelease: '2020-03-23', eksRelease: '2020-10-13', endOfStandardSupport: '2022-03-31', sourceQuality: 'primary' },
    { version: '1.19', upstreamRelease: '2020-08-26', eksRelease: '2021-02-16', endOfStandardSupport: '2022-08-01', sourceQuality: 'primary' },
    { version: '1.20', upstreamRelease: '2020-12-08', eksRelease: '2021-05-18', endOfStandardSupport: '2022-11-01', sourceQuality: 'primary' },
    { version: '1.21', upstreamRelease: '2021-04-08', eksRelease: '2021-07-19', endOfStandardSupport: '2023-02-16', endOfExtendedSupport: '2024-07-15', sourceQuality: 'primary' },
    { version: '1.22', upstreamRelease: '2021-08-04', eksRelease: '2022-04-04', endOfStandardSupport: '2023-06-04', endOfExtendedSupport: '2024-09-01', sourceQuality: 'primary' },
    { version: '1.23', upstreamRelease: '2021-12-07', eksRelease: '2022-08-11', endOfStandardSupport: '2023-10-11', endOfExtendedSupport: '2024-10-11', sourceQuality: 'primary' },
    { version: '1.24', upstreamRelease: '2022-05-03', eksRelease: '2022-11-15', endOfStandardSupport: '2024-01-31', endOfExtendedSupport: '2025-01-31', sourceQuality: 'primary' },
    { version: '1.25', upstreamRelease: '2022-08-23', eksRelease: '2023-02-22', endOfStandardSupport: '2024-05-01', endOfExtendedSupport: '2025-05-01', sourceQuality: 'primary' },
    { version: '1.26', upstreamRelease: '2022-12-09', eksRelease: '2023-04-11', endOfStandardSupport: '2024-06-11', endOfExtendedSupport: '2025-06-11', sourceQuality: 'primary' },
    { version: '1.27', upstreamRelease: '2023-04-11', eksRelease: '2023-05-24', endOfStandardSupport: '2024-07-24', endOfExtendedSupport: '2025-07-24', sourceQuality: 'primary' },
    { version: '1.28', upstreamRelease: '2023-08-15', eksRelease: '2023-09-26', endOfStandardSupport: '2024-11-26', endOfExtendedSupport: '2025-11-26', sourceQuality: 'primary' },
    { version: '1.29', upstreamRelease: '2023-12-13', eksRelease: '2024-01-23', endOfStandardSupport: '2025-03-23', endOfExtendedSupport: '2026-03-23', sourceQuality: 'primary' },
    { version: '1.30', upstreamRelease: '2024-04-17', eksRelease: '2024-05-23', endOfStandardSupport: '2025-07-23', endOfExtendedSupport: '2026-07-23', sourceQuality: 'primary' },
    { version: '1.31', upstreamRelease: '2024-08-13', eksRelease: '2024-09-26', endOfStandardSupport: '2025-11-26', endOfExtendedSupport: '2026-11-26', sourceQuality: 'primary' },
    { version: '1.32', upstreamRelease: '2024-12-11', eksRelease: '2025-01-23', endOfStandardSupport: '2026-03-23', endOfExtendedSupport: '2027-03-23', sourceQuality: 'primary' },
    { version: '1.33', upstreamRelease: '2025-04-23', eksRelease: '2025-05-29', endOfStandardSupport: '2026-07-29', endOfExtendedSupport: '2027-07-29', sourceQuality: 'primary' },
    { version: '1.34', upstreamRelease: '2025-08-27', eksRelease: '2025-10-02', endOfStandardSupport: '2026-12-02', endOfExtendedSupport: '2027-12-02', sourceQuality: 'primary' },
    { version: '1.35', upstreamRelease: '2025-12-17', eksRelease: '2026-01-27', endOfStandardSupport: '2027-03-27', endOfExtendedSupport: '2028-03-27', sourceQuality: 'secondary' },
    { version: '1.36', upstreamRelease: '2026-04-22', eksRelease: '2026-06-02', endOfStandardSupport: '2027-08-02', endOfExtendedSupport: '2028-08-02', sourceQuality: 'secondary' },
];

;// CONCATENATED MODULE: ./src/model/types.ts
function isUnknown(value) {
    return typeof value === 'object' && value !== null && value.unknown === true;
}

;// CONCATENATED MODULE: ./src/model/versions.ts


/** The minor number of a "1.N" version; undefined for anything else (there is no Kubernetes 2). */
function minorNumber(version) {
    const normalized = normalizeMinor(version);
    const m = normalized ? /^1\.(\d{1,3})$/.exec(normalized) : null;
    return m ? Number(m[1]) : undefined;
}
/** An EKS upgrade policy's support type, `STANDARD` or `EXTENDED` as written (any case); undefined for anything else. */
function supportTypeOf(value) {
    const text = typeof value === 'string' ? value.trim().toUpperCase() : undefined;
    return text === 'STANDARD' || text === 'EXTENDED' ? text : undefined;
}
function minorText(minor) {
    return `1.${minor}`;
}
// Longest AMI reference worth reading; anything longer is not an SSM path or AMI name.
const MAX_REFERENCE_LENGTH = 2048;
/** Each pattern captures the Kubernetes minor in group 1. */
const AMI_VERSION_PATTERNS = [
    // EKS-optimized AL2 / AL2023 parameters: /aws/service/eks/optimized-ami/1.29/amazon-linux-2/recommended/image_id
    /\/aws\/service\/eks\/optimized-ami\/(\d+\.\d+)\//,
    // Bottlerocket parameters (/aws/service/bottlerocket/aws-k8s-1.29-nvidia/x86_64/latest/image_id) and names (bottlerocket-aws-k8s-1.29-x86_64-v1.19.2-29cc92cc)
    /(?:^|[^a-z0-9])aws-k8s-(\d+\.\d+)(?=[-/]|$)/,
    // Windows parameters and names: /aws/service/ami-windows-latest/Windows_Server-2022-English-Core-EKS_Optimized-1.29/image_id
    /EKS_Optimized-(\d+\.\d+)(?=[-/]|$)/,
    // EKS AMI names: amazon-eks-node-1.13-v20190927, amazon-eks-gpu-node-1.29-v…, amazon-eks-node-al2023-x86_64-standard-1.30-v20240807, filters ending in -*
    /(?:^|[^a-z0-9])amazon-eks-(?:[a-z0-9]+-)?node-(?:al2023-[a-z0-9_]+-[a-z0-9]+-)?(\d+\.\d+)(?=-v|-?\*|$)/,
    // Canonical Ubuntu EKS: /aws/service/canonical/ubuntu/eks/22.04/1.29/stable/current/amd64/hvm/ebs-gp2/ami-id, names ubuntu-eks/k8s_1.29/images/…
    /\/aws\/service\/canonical\/ubuntu\/eks(?:-pro)?\/[0-9.]+\/(\d+\.\d+)\//,
    /(?:^|[^a-z0-9])ubuntu-eks(?:-pro)?\/k8s_(\d+\.\d+)\//,
];
/** The Kubernetes minor an AMI reference names ("1.29"), or undefined when it names none. */
function kubernetesMinorOfAmi(reference) {
    if (reference.length > MAX_REFERENCE_LENGTH)
        return undefined;
    for (const pattern of AMI_VERSION_PATTERNS) {
        const m = pattern.exec(reference);
        const minor = m?.[1] !== undefined ? minorNumber(m[1]) : undefined;
        if (minor !== undefined)
            return minorText(minor);
    }
    return undefined;
}
/**
 * A managed node group's AMI release version ("1.29.0-20240202": Kubernetes patch and build
 * date). Bottlerocket release versions ("1.19.2-29cc92cc") number the OS instead, so they
 * are never read as Kubernetes versions.
 */
function minorOfReleaseVersion(release, amiType) {
    if (amiType !== undefined && /bottlerocket/i.test(amiType))
        return undefined;
    const m = /^v?(\d+)\.(\d+)\.\d+-\d{8}$/.exec(release.trim());
    if (!m || m[1] !== '1')
        return undefined;
    return minorText(Number(m[2]));
}
const FOLLOWS_CLUSTER = { kind: 'follows-cluster' };
/** Spreads a reading into the optional NodeGroup fields (`version`, `versionUnknown`). */
function nodeVersionFields(reading) {
    if (reading.kind === 'pinned')
        return { version: reading.version };
    if (reading.kind === 'unknown')
        return { versionUnknown: reading.reason };
    return {};
}
function describeReference(reference) {
    const shown = reference.length > 120 ? `${reference.slice(0, 117)}...` : reference;
    return /^ami-[0-9a-f]+$/.test(reference.trim()) ? `the AMI id ${shown} does not say its Kubernetes version` : `"${shown}" does not name a Kubernetes version`;
}
/** An AMI reference as written (id, SSM path, resolve:ssm string, AMI name). */
function readAmiReference(reference, path, from) {
    const minor = kubernetesMinorOfAmi(reference);
    if (minor === undefined)
        return { kind: 'unknown', reason: describeReference(reference) };
    return { kind: 'pinned', version: { value: minor, path, from: `${from} ${reference}` } };
}
/**
 * A CloudFormation `ImageId`. A `Ref` to an SSM-typed parameter reads the parameter's Default
 * (an SSM path), remembering that a stack may override it; any other parameter, condition or
 * import is unknown.
 */
function readCfnImageId(template, raw, path) {
    const refName = asString(asObject(raw)?.['Ref']);
    const parameter = refName !== undefined ? template.parameters[refName] : undefined;
    if (refName !== undefined && parameter) {
        const type = asString(parameter['Type']) ?? '';
        const dflt = asString(parameter['Default']);
        if (!type.startsWith('AWS::SSM::Parameter::Value') || !dflt) {
            return { kind: 'unknown', reason: `the AMI comes from parameter ${refName}, whose value is chosen at deploy time` };
        }
        const reading = readAmiReference(dflt, path, `ImageId parameter ${refName} default`);
        return reading.kind === 'pinned' ? { kind: 'pinned', version: { ...reading.version, parameter: refName } } : reading;
    }
    const resolved = template.resolve(raw);
    if (typeof resolved === 'string')
        return readAmiReference(resolved, path, 'ImageId');
    if (isUnknown(resolved))
        return { kind: 'unknown', reason: `the AMI is not fixed by the template (${resolved.reason})` };
    return { kind: 'unknown', reason: 'the ImageId is not a string the template fixes' };
}
/**
 * A Karpenter EC2NodeClass (v1 `amiSelectorTerms`) or AWSNodeTemplate (`amiSelector`).
 * An alias (`al2023@latest`, `al2023@v20240807`) or no selector at all lets Karpenter pick
 * the AMI for the cluster's own version; names and SSM parameters may pin one; ids and tags
 * say nothing.
 */
function readKarpenterAmi(nodeClass) {
    if (!nodeClass)
        return { kind: 'unknown', reason: 'its EC2NodeClass is not among the reviewed files' };
    const terms = asArray(get(nodeClass.raw, 'spec', 'amiSelectorTerms'));
    const legacy = asObject(get(nodeClass.raw, 'spec', 'amiSelector'));
    if (terms.length === 0 && !legacy)
        return FOLLOWS_CLUSTER;
    const readings = [];
    terms.forEach((term, i) => {
        const at = (key) => ['spec', 'amiSelectorTerms', i, key];
        const alias = asString(get(term, 'alias'));
        const name = asString(get(term, 'name'));
        const ssm = asString(get(term, 'ssmParameter'));
        if (alias !== undefined)
            readings.push(FOLLOWS_CLUSTER);
        else if (ssm !== undefined)
            readings.push(readAmiReference(ssm, at('ssmParameter'), 'amiSelectorTerms ssmParameter'));
        else if (name !== undefined)
            readings.push(readAmiReference(name, at('name'), 'amiSelectorTerms name'));
        else
            readings.push({ kind: 'unknown', reason: 'an amiSelectorTerms entry selects AMIs by id or tags, which do not say their Kubernetes version' });
    });
    if (legacy) {
        const name = asString(legacy['aws::name']);
        readings.push(name !== undefined
            ? readAmiReference(name, ['spec', 'amiSelector', 'aws::name'], 'amiSelector aws::name')
            : { kind: 'unknown', reason: 'amiSelector selects AMIs by id or tags, which do not say their Kubernetes version' });
    }
    const unknown = readings.find((r) => r.kind === 'unknown');
    if (unknown)
        return unknown;
    const pinned = readings.flatMap((r) => (r.kind === 'pinned' ? [r] : []));
    if (pinned.length === 0)
        return FOLLOWS_CLUSTER;
    const minors = new Set(pinned.map((r) => r.version.value));
    if (minors.size > 1 || pinned.length < readings.length) {
        return { kind: 'unknown', reason: `its AMI selector matches several Kubernetes versions (${[...minors].join(', ')}${pinned.length < readings.length ? ', the cluster\'s' : ''}); Karpenter picks the newest match` };
    }
    const first = pinned[0];
    return { kind: 'pinned', version: { ...first.version, subject: nodeClass } };
}
/** eksctl `ami`: `auto`, `auto-ssm` and `static` follow the cluster; an id or path may pin. */
function readEksctlAmi(ami, path) {
    if (/^(auto|auto-ssm|static)$/i.test(ami.trim()))
        return FOLLOWS_CLUSTER;
    return readAmiReference(ami, path, 'ami');
}

;// CONCATENATED MODULE: ./src/rules/version-skew/_versions.ts
/**
 * Version arithmetic shared by the version-skew rules: which cluster (and so which target
 * version) an object belongs to, the kubelet skew policy, and base/head matching.
 */



const TABLE_MINORS = EKS_VERSIONS.map((v) => minorNumber(v.version)).filter((m) => m !== undefined);
/** The oldest and newest minors EKS has offered, as the version table knows them. */
const EKS_MINORS = { oldest: Math.min(...TABLE_MINORS), newest: Math.max(...TABLE_MINORS) };
/**
 * Minors past the newest in the table that may simply be newer than the table: a Kubernetes
 * minor comes about every four months, so two cover a table a few months old.
 */
const NEWER_THAN_TABLE = 2;
/** Whether EKS may run this minor: in the table, or just past it. 1.3 and 1.99 are not versions to judge by. */
function plausibleEksMinor(minor) {
    return minor >= EKS_MINORS.oldest && minor <= EKS_MINORS.newest + NEWER_THAN_TABLE;
}
function clusterVersion(cluster) {
    const minor = minorNumber(cluster?.version?.value);
    // A version EKS does not have is reported by version-skew/invalid-version, never judged by.
    return cluster && minor !== undefined && plausibleEksMinor(minor) ? { cluster, minor } : undefined;
}
/**
 * How a cluster's version came to be read, for messages: " (the default of Parameter
 * KubernetesVersion)" when a CloudFormation Parameter gives it, else nothing.
 */
function versionOrigin(cluster) {
    const parameter = cluster.version?.parameter;
    return parameter ? ` (with the default of Parameter ${parameter.name}; a stack may deploy another value)` : '';
}
function describeCluster(target) {
    const parameter = target.cluster.version?.parameter;
    return `cluster ${target.cluster.name} (${minorText(target.minor)}${parameter ? `, the default of Parameter ${parameter.name}` : ''})`;
}
const membership = new WeakMap();
function membersOf(scope, field) {
    let sets = membership.get(scope);
    if (!sets) {
        sets = { nodeGroups: new Set(scope.nodeGroups), manifests: new Set(scope.manifests), workloads: new Set(scope.workloads) };
        membership.set(scope, sets);
    }
    return sets[field];
}
/**
 * The clusters of every scope holding the object. Usually one; an object as near to several
 * clusters by directory belongs to each of them. A finding that must hold whichever cluster
 * is the real one checks `known.length === total` first.
 */
function targetsOf(model, object, field) {
    const known = [];
    let total = 0;
    for (const scope of model.scopes) {
        if (!scope.cluster || !membersOf(scope, field).has(object))
            continue;
        total++;
        const target = clusterVersion(scope.cluster);
        if (target)
            known.push(target);
    }
    return { known, total };
}
/**
 * Upstream skew policy (kubernetes.io/releases/version-skew-policy): a kubelet may lag the
 * API server by 3 minors from kubelet 1.25 on, by 2 before (data/skew-policy.md §2).
 */
function maxKubeletLag(kubeletMinor) {
    return kubeletMinor >= 25 ? 3 : 2;
}
/** The oldest kubelet minor an API server minor accepts (1.27 → 1.25, 1.28 → 1.25, 1.30 → 1.27). */
function oldestKubeletFor(apiServerMinor) {
    let k = apiServerMinor;
    while (k > 0 && apiServerMinor - (k - 1) <= maxKubeletLag(k - 1))
        k--;
    return k;
}
/** A node group's kubelet minor when its manifests pin one; undefined when it follows the cluster or is unknown. */
function nodeMinor(group) {
    const minor = minorNumber(group.version?.value);
    return minor !== undefined && plausibleEksMinor(minor) ? minor : undefined;
}
/** Where to point at a node group's version: its own document, or the EC2NodeClass that pins it. */
function atNodeVersion(group) {
    if (!group.version)
        return { subject: group, at: group.path };
    return { subject: group.version.subject ?? group, at: group.version.path };
}
/** How a node group is named in messages: "managed node group workers", "AutoScalingGroup NodeGroup". */
function describeNodeGroup(group) {
    switch (group.source) {
        case 'eksctl-managed':
        case 'cfn-nodegroup':
            return `managed node group ${group.name}`;
        case 'eksctl-nodegroup':
            return `self-managed node group ${group.name}`;
        case 'cfn-autoscaling':
            return `self-managed node group (AutoScalingGroup) ${group.name}`;
        case 'karpenter':
            return `Karpenter ${group.kind} ${group.name}`;
        default:
            return `node group ${group.name}`;
    }
}
/** "(from Version)" and, for a CloudFormation Parameter default, the caveat that a stack may override it. */
function versionSource(group) {
    const version = group.version;
    if (!version)
        return '';
    const where = version.subject ? ` in ${version.subject.kind} ${version.subject.name}` : '';
    return `(from ${version.from}${where}${version.parameter ? `; a stack that overrides ${version.parameter} may run another version` : ''})`;
}
/**
 * The same object in another revision: same kind and name in the same file, else the only
 * object of that kind and name (a file may move in the change).
 */
function matchObject(object, candidates) {
    const same = candidates.filter((c) => c.kind === object.kind && c.name === object.name);
    const inFile = same.filter((c) => c.ref.doc.path === object.ref.doc.path);
    if (inFile.length === 1)
        return inFile[0];
    return same.length === 1 ? same[0] : undefined;
}

;// CONCATENATED MODULE: ./src/rules/version-skew/_apis.ts
/** Lookups in the API lifecycle table (src/data/api-lifecycle.ts) shared by removed-api and deprecated-api. */


const BY_KEY = new Map(API_LIFECYCLE.map((row) => [`${row.apiVersion} ${row.kind}`, row]));
function lifecycleOf(apiVersion, kind) {
    return BY_KEY.get(`${apiVersion.trim()} ${kind.trim()}`);
}
function apiUses(model) {
    return model.manifests.flatMap((manifest) => {
        const row = lifecycleOf(manifest.apiVersion, manifest.kind);
        const removed = minorNumber(row?.removedIn);
        if (!row || removed === undefined)
            return [];
        const { known, total } = targetsOf(model, manifest, 'manifests');
        return known.length ? [{ manifest, row, removed, targets: known, total }] : [];
    });
}
/**
 * What to migrate to for clusters up to `newest`: the table's replacement, followed while that
 * one is itself gone by then (flowcontrol v1beta1 → v1beta2 → v1). Undefined: no replacement.
 */
function replacementFor(row, newest) {
    let current = row;
    for (let hops = 0; hops < 10 && current.replacementApi; hops++) {
        const next = lifecycleOf(current.replacementApi, row.kind);
        const nextRemoved = minorNumber(next?.removedIn);
        if (!next || nextRemoved === undefined || nextRemoved > newest)
            break;
        current = next;
    }
    if (!current.replacementApi)
        return undefined;
    return { apiVersion: current.replacementApi, ...(current.replacementAvailableIn ? { since: current.replacementAvailableIn } : {}) };
}
/** The replacement apiVersion as an edit of the `apiVersion` value (a review suggestion), when there is one. */
function replacementFix(row, newest) {
    const replacement = replacementFor(row, newest);
    return replacement ? { fix: { at: ['apiVersion'], replacement: replacement.apiVersion } } : {};
}
/** "use apiVersion: apps/v1 (served since 1.9)[ before …], adjusting any fields that changed" */
function replacementAdvice(row, newest, when = '') {
    const replacement = replacementFor(row, newest);
    if (!replacement) {
        return `${row.apiVersion} ${row.kind} has no replacement API: remove the object${when} (for PodSecurityPolicy, use Pod Security Admission or a policy webhook)`;
    }
    const since = replacement.since ? ` (served since ${replacement.since})` : '';
    return `use apiVersion: ${replacement.apiVersion}${since}${when}, adjusting any fields that changed`;
}
/** "cluster prod runs 1.23, cluster staging runs 1.24" */
function clustersRun(targets) {
    if (targets.length > 3)
        return `${describeTargets(targets)} run it`;
    return targets.map((t) => `cluster ${t.cluster.name} runs ${minorText(t.minor)}`).join(', ');
}
/** "cluster a (1.22), cluster b (1.21), cluster c (1.31) and 6 more": a tie can hold many clusters. */
function describeTargets(targets, shown = 3) {
    const named = targets.slice(0, shown).map(describeCluster).join(', ');
    return targets.length > shown ? `${named} and ${targets.length - shown} more` : named;
}
/**
 * "this change upgrades cluster prod from 1.21 to 1.22, which stops serving it": why a file
 * the change did not touch has a new finding.
 */
function upgradeCause(baseModel, targets, threshold, what) {
    if (!baseModel)
        return undefined;
    for (const target of targets) {
        const base = clusterVersion(matchObject(target.cluster, baseModel.clusters));
        if (base && base.minor < threshold && target.minor >= threshold) {
            return `this change upgrades cluster ${target.cluster.name} from ${minorText(base.minor)} to ${minorText(target.minor)}, which ${what}`;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/version-skew/deprecated-api.ts



/* harmony default export */ const deprecated_api = (defineRule({
    id: 'version-skew/deprecated-api',
    family: 'version-skew',
    defaultSeverity: 'warning',
    reach: 'object',
    description: "A manifest's apiVersion and kind are deprecated in its cluster's Kubernetes version and removed in a later one.",
    check: ({ model, baseModel }) => apiUses(model).flatMap(({ manifest, row, removed, targets, total }) => {
        const deprecated = minorNumber(row.deprecatedIn);
        // Once any of its clusters stops serving it, removed-api speaks instead.
        if (deprecated === undefined || targets.some((t) => t.minor >= removed))
            return [];
        const affected = targets.filter((t) => t.minor >= deprecated);
        if (affected.length === 0)
            return [];
        const api = `${row.apiVersion} ${row.kind}`;
        const newest = Math.max(...affected.map((t) => t.minor));
        const upgrades = removed - newest;
        const cause = upgradeCause(baseModel, affected, deprecated, `deprecates ${api}`);
        const available = minorNumber(row.replacementAvailableIn);
        // Too early to switch while the cluster does not serve the replacement: no suggestion then.
        const notYet = row.replacementApi !== undefined && available !== undefined && available > newest;
        const advice = notYet
            ? `${row.replacementApi} is served from ${row.replacementAvailableIn}: switch to it once the cluster is there, before ${row.removedIn}`
            : replacementAdvice(row, newest, ` before upgrading to ${row.removedIn}`);
        return [
            {
                subject: manifest,
                at: ['apiVersion'],
                message: `${cause ? `${cause}: ` : ''}${api} is deprecated since Kubernetes ${row.deprecatedIn} (${clustersRun(affected)}${total > 1 ? `, of ${total} clusters this manifest is as near to by directory` : ''}) and no longer served from ${row.removedIn}, ` +
                    `${upgrades === 1 ? 'the next minor upgrade' : `${upgrades} minor upgrades away`}: ${advice}.`,
                ...(notYet ? {} : replacementFix(row, newest)),
            },
        ];
    }),
}));

;// CONCATENATED MODULE: ./src/rules/version-skew/_calendar.ts
/** The EKS support calendar (src/data/eks-versions.ts) read against an injected "today". */


function eksVersion(minor) {
    return EKS_VERSIONS.find((v) => minorNumber(v.version) === minor);
}
/** Midnight UTC of a calendar day: AWS bills extended support from the start of the end-of-standard-support day. */
function startOfDay(isoDate) {
    return Date.parse(`${isoDate}T00:00:00Z`);
}
/** A version's phase on `now`; each end date is the first day of the next phase. */
function supportPhase(version, now) {
    const t = now.getTime();
    if (t < startOfDay(version.endOfStandardSupport))
        return 'standard';
    if (version.endOfExtendedSupport !== undefined && t < startOfDay(version.endOfExtendedSupport))
        return 'extended';
    return 'ended';
}
/** The oldest version EKS offers in standard support on `now`, the target worth upgrading to. */
function oldestInStandardSupport(now) {
    return EKS_VERSIONS.filter((v) => startOfDay(v.eksRelease) <= now.getTime() && supportPhase(v, now) === 'standard').sort((a, b) => (minorNumber(a.version) ?? 0) - (minorNumber(b.version) ?? 0))[0];
}

;// CONCATENATED MODULE: ./src/rules/version-skew/end-of-support.ts



/** What a cluster of a version past standard support is running on, and what EKS does next. */
function pastSupport(cluster, version, row, now) {
    const today = now.toISOString().slice(0, 10);
    const goal = oldestInStandardSupport(now);
    const upgrade = goal
        ? `upgrade one minor at a time to ${goal.version} or later (in standard support until ${goal.endOfStandardSupport})`
        : 'upgrade one minor at a time to a version in standard support';
    const phase = supportPhase(row, now);
    const origin = versionOrigin(cluster);
    if (phase === 'extended' && cluster.supportType?.value === 'STANDARD') {
        return {
            severity: 'warning',
            message: `cluster ${cluster.name} runs ${version}${origin}, which left EKS standard support on ${row.endOfStandardSupport} (today is ${today}); ` +
                `its upgrade policy (supportType: STANDARD) declines extended support, so EKS upgrades the control plane (not the nodes) to the next minor by itself ` +
                `at the end of standard support and this definition no longer matches the cluster; ${upgrade}.`,
        };
    }
    if (phase === 'extended') {
        return {
            severity: 'warning',
            message: `cluster ${cluster.name} runs ${version}${origin}, which left EKS standard support on ${row.endOfStandardSupport} (today is ${today}): ` +
                `it runs on paid extended support until ${row.endOfExtendedSupport}, when EKS upgrades the control plane (not the nodes) by itself; ${upgrade}.`,
        };
    }
    const ended = row.endOfExtendedSupport
        ? `EKS extended support for ${version} ended on ${row.endOfExtendedSupport}`
        : `EKS support for ${version} ended on ${row.endOfStandardSupport} (it had no extended support)`;
    return {
        message: `cluster ${cluster.name} runs ${version}${origin}: ${ended}, and today is ${today}; ` +
            `EKS no longer creates ${version} clusters and upgrades remaining control planes (not their nodes) automatically; ${upgrade}.`,
    };
}
/**
 * A Parameter's other AllowedValues past all support: a stack deployed with one of them fails
 * to create (EKS no longer creates such clusters). Reported at the AllowedValues list.
 */
function allowedPastSupport(cluster, now) {
    const parameter = cluster.version?.parameter;
    if (!parameter?.allowedValues)
        return [];
    const ended = parameter.allowedValues.filter((value) => {
        const minor = minorNumber(value);
        const row = minor !== undefined ? eksVersion(minor) : undefined;
        return value !== cluster.version?.value && row !== undefined && supportPhase(row, now) === 'ended';
    });
    if (ended.length === 0)
        return [];
    return [
        {
            subject: cluster,
            // The Parameter lives at the top of the template that defines the cluster.
            at: ['Parameters', parameter.name, 'AllowedValues'],
            severity: 'warning',
            message: `Parameter ${parameter.name} (the Kubernetes version of cluster ${cluster.name}) allows ${ended.join(', ')}, past all EKS support ` +
                `(today is ${now.toISOString().slice(0, 10)}): a stack deployed with ${ended.length === 1 ? 'it' : 'one of them'} fails, as EKS no longer creates such clusters; ` +
                `remove ${ended.length === 1 ? 'it' : 'them'} from AllowedValues.`,
        },
    ];
}
/* harmony default export */ const end_of_support = (defineRule({
    id: 'version-skew/end-of-support',
    family: 'version-skew',
    defaultSeverity: 'error',
    reach: 'context',
    description: "A cluster's Kubernetes version is past the end of EKS standard support (warning) or of all support (error).",
    check: ({ model, now }) => model.clusters.flatMap((cluster) => {
        const target = clusterVersion(cluster);
        const row = target ? eksVersion(target.minor) : undefined;
        const allowed = allowedPastSupport(cluster, now);
        if (!target || !row || !cluster.version || supportPhase(row, now) === 'standard')
            return allowed;
        return [{ subject: cluster, at: cluster.version.path, ...pastSupport(cluster, minorText(target.minor), row, now) }, ...allowed];
    }),
}));

;// CONCATENATED MODULE: ./src/rules/version-skew/invalid-version.ts



const { oldest: OLDEST, newest: NEWEST } = EKS_MINORS;
function judge(stated, now) {
    const minor = minorNumber(stated.value);
    if (minor !== undefined && minor >= OLDEST && minor <= NEWEST)
        return [];
    const range = `EKS has offered 1.${OLDEST} to 1.${NEWEST} (the newest this review knows)`;
    const goal = oldestInStandardSupport(now);
    const fix = goal ? `set a version EKS offers, such as ${goal.version} or newer` : 'set a version EKS offers';
    if (minor !== undefined && plausibleEksMinor(minor)) {
        return [
            {
                subject: stated.subject,
                at: stated.at,
                severity: 'warning',
                message: `${stated.label} states Kubernetes ${stated.value}, newer than any version this review knows (${range}); ` +
                    `if EKS has released it, update manifest-review; otherwise ${fix}. Version checks skip it until then.`,
            },
        ];
    }
    return [
        {
            subject: stated.subject,
            at: stated.at,
            message: `${stated.label} states Kubernetes ${stated.value}, a version EKS does not have (${range}); EKS rejects it, and no version check can run; ${fix}.`,
        },
    ];
}
/* harmony default export */ const invalid_version = (defineRule({
    id: 'version-skew/invalid-version',
    family: 'version-skew',
    defaultSeverity: 'error',
    reach: 'context',
    description: 'A cluster or node group states a Kubernetes version that EKS does not have (1.3, 1.99, 2.0).',
    check: ({ model, now }) => [
        ...model.clusters.flatMap((cluster) => cluster.version && cluster.source !== 'config'
            ? judge({ subject: cluster, label: `cluster ${cluster.name}`, value: cluster.version.value, at: cluster.version.path }, now)
            : []),
        // Only versions a field states outright: AMI names and release versions are read, not written.
        ...model.nodeGroups.flatMap((group) => group.version && group.version.from === 'Version' && !group.version.subject
            ? judge({ subject: group, label: describeNodeGroup(group), value: group.version.value, at: group.version.path }, now)
            : []),
    ],
}));

;// CONCATENATED MODULE: ./src/rules/version-skew/kube-proxy-skew.ts


/**
 * The clusters an add-on runs on: the one it names (the nearest of that name when several
 * share it), else — for a DaemonSet — the clusters its manifest joins. Undefined entries are
 * clusters without a known version: a finding must then hold for none of them.
 */
function clustersOf(model, addon) {
    if (addon.workload)
        return targetsOf(model, addon.workload, 'workloads');
    const named = model.clusters.filter((c) => c.name === addon.clusterName);
    if (named.length === 0)
        return { known: [], total: 0 };
    if (named.length > 1)
        return { known: [], total: named.length };
    const target = clusterVersion(named[0]);
    return { known: target ? [target] : [], total: 1 };
}
function where(addon) {
    switch (addon.source) {
        case 'manifest':
            return `DaemonSet ${addon.name} runs kube-proxy ${addon.version.value}`;
        case 'eksctl':
            return `the kube-proxy add-on of eksctl cluster ${addon.clusterName ?? ''} is pinned to ${addon.version.value}`;
        default:
            return `${addon.kind} ${addon.name} pins kube-proxy ${addon.version.value}`;
    }
}
/* harmony default export */ const kube_proxy_skew = (defineRule({
    id: 'version-skew/kube-proxy-skew',
    family: 'version-skew',
    defaultSeverity: 'error',
    reach: 'context',
    description: 'kube-proxy is newer than the control plane, or older than the skew policy allows (3 minors from 1.25, else 2).',
    check: ({ model }) => model.addons.flatMap((addon) => {
        if (addon.addon !== 'kube-proxy')
            return [];
        const p = minorNumber(addon.version.value);
        if (p === undefined || !plausibleEksMinor(p))
            return [];
        const { known, total } = clustersOf(model, addon);
        // Only when every cluster it may run on is known and disagrees with it: otherwise the pairing is a guess.
        if (known.length === 0 || known.length < total)
            return [];
        const tooNew = known.every((t) => p > t.minor);
        const tooOld = known.every((t) => t.minor - p > maxKubeletLag(p));
        if (!tooNew && !tooOld)
            return [];
        const at = { subject: addon.workload ?? addon, at: addon.version.path };
        if (tooNew) {
            const nearest = known.reduce((a, b) => (b.minor > a.minor ? b : a));
            return [
                {
                    ...at,
                    message: `${where(addon)}, newer than the API server of ${describeCluster(nearest)}: kube-proxy must never be newer than the control plane; ` +
                        `pin kube-proxy ${minorText(nearest.minor)} (or upgrade the control plane first, one minor at a time).`,
                },
            ];
        }
        const nearest = known.reduce((a, b) => (b.minor < a.minor ? b : a));
        return [
            {
                ...at,
                message: `${where(addon)}, ${nearest.minor - p} minors behind the API server of ${describeCluster(nearest)}; kube-proxy ${minorText(p)} may lag it by at most ` +
                    `${maxKubeletLag(p)} minors (${p >= 25 ? 'before 1.25: 2' : 'from 1.25 on: 3'}); upgrade kube-proxy to ${minorText(nearest.minor)}.`,
            },
        ];
    }),
}));

;// CONCATENATED MODULE: ./src/rules/version-skew/kubelet-newer.ts


/* harmony default export */ const kubelet_newer = (defineRule({
    id: 'version-skew/kubelet-newer',
    family: 'version-skew',
    defaultSeverity: 'error',
    reach: 'context',
    description: "A node group's Kubernetes version is newer than its control plane's.",
    check: ({ model }) => model.nodeGroups.flatMap((group) => {
        const k = nodeMinor(group);
        const { known: targets, total } = targetsOf(model, group, 'nodeGroups');
        // Only when every cluster the group may join is known and older: otherwise the pairing is a guess.
        if (k === undefined || targets.length === 0 || targets.length < total || !targets.every((t) => k > t.minor))
            return [];
        const newest = targets.reduce((a, b) => (b.minor > a.minor ? b : a));
        const refusal = group.managed ? 'and EKS refuses a managed node group newer than its cluster' : 'such nodes are unsupported and may fail to register';
        return [
            {
                ...atNodeVersion(group),
                message: `${describeNodeGroup(group)} runs Kubernetes ${minorText(k)} ${versionSource(group)} but the control plane of ${describeCluster(newest)} is older: ` +
                    `a kubelet must never be newer than the API server, ${refusal}; ` +
                    `use ${minorText(newest.minor)} for the nodes, or upgrade the control plane to ${minorText(k)} first (one minor at a time).`,
                ...(group.version?.parameter ? { severity: 'warning' } : {}),
            },
        ];
    }),
}));

;// CONCATENATED MODULE: ./src/rules/version-skew/kubelet-too-old.ts


/* harmony default export */ const kubelet_too_old = (defineRule({
    id: 'version-skew/kubelet-too-old',
    family: 'version-skew',
    defaultSeverity: 'error',
    reach: 'context',
    description: 'A node group lags its control plane by more minors than the skew policy allows (3 from kubelet 1.25, else 2).',
    check: ({ model }) => model.nodeGroups.flatMap((group) => {
        const k = nodeMinor(group);
        const { known: targets, total } = targetsOf(model, group, 'nodeGroups');
        const tooOld = (a) => k !== undefined && a - k > maxKubeletLag(k);
        // Only when every cluster the group may join is known and rejects it: otherwise the pairing is a guess.
        if (k === undefined || targets.length === 0 || targets.length < total || !targets.every((t) => tooOld(t.minor)))
            return [];
        const nearest = targets.reduce((a, b) => (b.minor < a.minor ? b : a));
        const lag = nearest.minor - k;
        return [
            {
                ...atNodeVersion(group),
                message: `${describeNodeGroup(group)} runs Kubernetes ${minorText(k)} ${versionSource(group)}, ${lag} minors behind the control plane of ${describeCluster(nearest)}; ` +
                    `a ${minorText(k)} kubelet may lag the API server by at most ${maxKubeletLag(k)} minors (${k >= 25 ? 'kubelets before 1.25: 2' : 'from kubelet 1.25 on: 3'}), ` +
                    `so ${minorText(nearest.minor)} needs nodes at ${minorText(oldestKubeletFor(nearest.minor))} or newer: upgrade the nodes (ideally to ${minorText(nearest.minor)}).`,
                ...(group.version?.parameter ? { severity: 'warning' } : {}),
            },
        ];
    }),
}));

;// CONCATENATED MODULE: ./src/rules/version-skew/removed-api.ts



/* harmony default export */ const removed_api = (defineRule({
    id: 'version-skew/removed-api',
    family: 'version-skew',
    defaultSeverity: 'error',
    reach: 'object',
    description: "A manifest's apiVersion and kind are no longer served by its cluster's Kubernetes version.",
    check: ({ model, baseModel }) => apiUses(model).flatMap(({ manifest, row, removed, targets, total }) => {
        const failing = targets.filter((t) => t.minor >= removed);
        if (failing.length === 0)
            return [];
        const api = `${row.apiVersion} ${row.kind}`;
        const newest = Math.max(...targets.map((t) => t.minor));
        const cause = upgradeCause(baseModel, failing, removed, `stops serving ${api}`);
        const served = failing.length === total;
        const only = total === 1 ? targets[0] : undefined;
        const unknown = total - targets.length;
        const head = only
            ? `${api} is no longer served from Kubernetes ${row.removedIn} on and cluster ${only.cluster.name} runs ${minorText(only.minor)}: the API server rejects this manifest`
            : served
                ? `${api} is no longer served from Kubernetes ${row.removedIn} on and all ${total} clusters this manifest is as near to by directory run ${row.removedIn} or later (${describeTargets(targets)}): the API server rejects it`
                : `${api} is no longer served from Kubernetes ${row.removedIn} on; this manifest is as near by directory to ${total} clusters${unknown ? ` (${unknown} of unknown version)` : ''}, and ${failing.length} of them run ${row.removedIn} or later and would reject it (${describeTargets(failing)})`;
        return [
            {
                subject: manifest,
                at: ['apiVersion'],
                message: `${cause ? `${cause}: ` : ''}${head}; ${replacementAdvice(row, newest)}.`,
                ...replacementFix(row, newest),
                ...(served ? {} : { severity: 'warning' }),
            },
        ];
    }),
}));

;// CONCATENATED MODULE: ./src/rules/version-skew/upgrade-jump.ts


/**
 * The minor a managed node group runs once the change is deployed. A CloudFormation node
 * group without Version, ReleaseVersion or custom AMI is not updated when only the cluster
 * changes, so it stays where the base left it; an eksctl one is upgraded by a separate
 * command the files do not show, so it is not guessed.
 */
function minorAfterChange(group, baseModel, baseMinor) {
    const pinned = nodeMinor(group);
    if (pinned !== undefined)
        return { minor: pinned, stays: false };
    if (group.versionUnknown !== undefined || group.source !== 'cfn-nodegroup')
        return undefined;
    const before = matchObject(group, baseModel.nodeGroups);
    if (!before || before.version || before.versionUnknown !== undefined)
        return undefined;
    return { minor: baseMinor, stays: true };
}
function laggingNodeGroups(model, baseModel, head, baseMinor) {
    const scope = model.scopes.find((s) => s.cluster === head.cluster);
    return (scope?.nodeGroups ?? []).flatMap((group) => {
        if (!group.managed || targetsOf(model, group, 'nodeGroups').total !== 1)
            return [];
        const after = minorAfterChange(group, baseModel, baseMinor);
        if (!after || after.minor >= head.minor)
            return [];
        const k = minorText(after.minor);
        const runs = after.stays
            ? `${describeNodeGroup(group)} has no Version, so CloudFormation leaves it at ${k}`
            : `${describeNodeGroup(group)} runs ${k} ${versionSource(group)}`;
        const change = `this change moves the control plane of cluster ${head.cluster.name} from ${minorText(baseMinor)} to ${minorText(head.minor)}`;
        const consequence = after.minor < baseMinor
            ? `EKS refuses to update a control plane while a managed node group is not at its current minor (${minorText(baseMinor)}), so this update fails: upgrade the node group to ${minorText(baseMinor)} first`
            : `EKS allows this update but refuses the next one (to ${minorText(head.minor + 1)}) until the node group runs ${minorText(head.minor)}: ${after.stays ? `set its Version to '${minorText(head.minor)}'` : `move it to ${minorText(head.minor)}`} once the control plane is updated`;
        return [{ ...atNodeVersion(group), severity: 'warning', message: `${runs} while ${change}; ${consequence}.` }];
    });
}
/* harmony default export */ const upgrade_jump = (defineRule({
    id: 'version-skew/upgrade-jump',
    family: 'version-skew',
    defaultSeverity: 'error',
    reach: 'context',
    description: 'Compared with the base of the change, a control plane skips a minor version or goes down; or moves up while a managed node group lags it.',
    check: ({ model, baseModel }) => {
        if (!baseModel)
            return [];
        return model.clusters.flatMap((cluster) => {
            const head = clusterVersion(cluster);
            const before = matchObject(cluster, baseModel.clusters);
            const base = clusterVersion(before);
            if (!head || !base || !cluster.version)
                return [];
            const at = { subject: cluster, at: cluster.version.path };
            const from = minorText(base.minor);
            const to = minorText(head.minor);
            if (head.minor > base.minor + 1) {
                const steps = Array.from({ length: head.minor - base.minor + 1 }, (_, i) => minorText(base.minor + i)).join(' → ');
                return [
                    {
                        ...at,
                        message: `the control plane of cluster ${cluster.name} goes from ${from} to ${to} in one change, ${head.minor - base.minor} minors at once: ` +
                            `EKS updates a control plane one minor at a time (${steps}), so this update fails; set ${minorText(base.minor + 1)} here and ship each next minor in its own change.`,
                    },
                ];
            }
            if (head.minor < base.minor) {
                return [
                    {
                        ...at,
                        message: `the control plane of cluster ${cluster.name} goes down from ${from} to ${to}: EKS cannot downgrade a control plane, so this update fails; keep ${from}.`,
                    },
                ];
            }
            return head.minor === base.minor + 1 ? laggingNodeGroups(model, baseModel, head, base.minor) : [];
        });
    },
}));

;// CONCATENATED MODULE: ./src/rules/version-skew/index.ts








/** The version-skew rules, one file each. */
const versionSkewRules = [kubelet_newer, kubelet_too_old, upgrade_jump, removed_api, deprecated_api, end_of_support, invalid_version, kube_proxy_skew];

;// CONCATENATED MODULE: ./src/rules/index.ts




/** Every rule, in the order they run. Ids are unique (checked in tests). */
const RULES = [...inputRules, ...memoryBudgetRules, ...versionSkewRules, ...subnetPlacementRules];

;// CONCATENATED MODULE: ./src/model/karpenter.ts




function isNodePool(m) {
    return (m.kind === 'NodePool' && m.apiVersion.startsWith('karpenter.sh/')) || (m.kind === 'Provisioner' && m.apiVersion.startsWith('karpenter.sh/'));
}
function isNodeClass(m) {
    return (m.kind === 'EC2NodeClass' || m.kind === 'AWSNodeTemplate') && m.apiVersion.startsWith('karpenter.k8s.aws/');
}
function taints(value) {
    return asArray(value).flatMap((t) => {
        const key = asString(get(t, 'key'));
        const effect = normalizeEffect(get(t, 'effect'));
        const v = asString(get(t, 'value'));
        return key && effect ? [{ key, effect, ...(v ? { value: v } : {}) }] : [];
    });
}
/** Memory settings of a KubeletConfiguration-shaped object (Karpenter, the config file). */
function kubelet(value) {
    const obj = asObject(value) ?? {};
    const maxPods = asNumber(obj['maxPods']);
    const kubeReserved = parseQuantity(get(obj, 'kubeReserved', 'memory'));
    const systemReserved = parseQuantity(get(obj, 'systemReserved', 'memory'));
    const eviction = asString(get(obj, 'evictionHard', 'memory.available'));
    return {
        ...(maxPods !== undefined ? { maxPods } : {}),
        ...(kubeReserved !== undefined ? { kubeReservedMemory: kubeReserved } : {}),
        ...(systemReserved !== undefined ? { systemReservedMemory: systemReserved } : {}),
        ...(eviction !== undefined ? { evictionHardMemory: eviction } : {}),
    };
}
function subnetSelector(nodeClass) {
    if (!nodeClass)
        return [];
    const terms = asArray(get(nodeClass.raw, 'spec', 'subnetSelectorTerms'));
    if (terms.length > 0) {
        return terms.map((t) => {
            const id = asString(get(t, 'id'));
            return { kind: 'selector', tags: stringMap(get(t, 'tags')), ids: id ? [id] : [] };
        });
    }
    const legacy = stringMap(get(nodeClass.raw, 'spec', 'subnetSelector'));
    return Object.keys(legacy).length ? [{ kind: 'selector', tags: legacy, ids: [] }] : [];
}
/**
 * A NodePool (or v1alpha5 Provisioner) joined with the EC2NodeClass it names. Instance
 * types are left to `requirements`: the memory rules resolve them against the data table.
 */
function karpenterNodeGroups(manifests) {
    const classes = new Map(manifests.filter(isNodeClass).map((m) => [m.name, m]));
    return manifests.filter(isNodePool).map((pool) => {
        const isV1alpha = pool.kind === 'Provisioner';
        const spec = isV1alpha ? get(pool.raw, 'spec') : get(pool.raw, 'spec', 'template', 'spec');
        const specPath = isV1alpha ? ['spec'] : ['spec', 'template', 'spec'];
        const className = asString(get(spec, 'nodeClassRef', 'name')) ?? asString(get(spec, 'providerRef', 'name'));
        const nodeClass = className ? classes.get(className) : undefined;
        const requirements = kubernetes_requirements(get(spec, 'requirements'));
        const labels = isV1alpha ? stringMap(get(spec, 'labels')) : stringMap(get(pool.raw, 'spec', 'template', 'metadata', 'labels'));
        const kubeletValue = get(nodeClass?.raw, 'spec', 'kubelet') ?? get(spec, 'kubelet') ?? get(spec, 'kubeletConfiguration');
        const amiFamily = asString(get(nodeClass?.raw, 'spec', 'amiFamily'));
        const alias = asArray(get(nodeClass?.raw, 'spec', 'amiSelectorTerms'))
            .map((t) => asString(get(t, 'alias')))
            .find((a) => a !== undefined);
        const publicIp = asBoolean(get(nodeClass?.raw, 'spec', 'associatePublicIPAddress'));
        const maxNodes = asNumber(get(pool.raw, 'spec', 'limits', 'nodes'));
        return {
            kind: pool.kind,
            name: pool.name,
            ref: pool.ref,
            source: 'karpenter',
            path: ['metadata', 'name'],
            instanceTypes: requirements
                .filter((r) => r.key === 'node.kubernetes.io/instance-type' && r.operator === 'In')
                .flatMap((r) => r.values),
            instanceTypesPath: [...specPath, 'requirements'],
            requirements,
            ...(maxNodes !== undefined ? { maxSize: maxNodes } : {}),
            labels,
            taints: taints(get(spec, 'taints')),
            kubelet: kubelet(kubeletValue),
            ...(amiFamily !== undefined ? { amiFamily } : alias ? { amiFamily: alias.split('@')[0] ?? alias } : {}),
            managed: false,
            ...(nodeClass ? { nodeClass } : {}),
            ...nodeVersionFields(readKarpenterAmi(nodeClass)),
            subnets: subnetSelector(nodeClass),
            ...(publicIp !== undefined ? { associatePublicIp: publicIp } : {}),
        };
    });
}

;// CONCATENATED MODULE: ./src/model/config.ts

/*
 * Clusters and node groups the config file declares for what the reviewed files do not
 * define. Their source references point into the config document, so findings about them
 * land on the config's own lines.
 */
/**
 * The repo's clusters plus the config's. A config cluster named like one the files define
 * does not add a second cluster: it only gives that cluster its `paths` (the file's
 * definition wins, see `configConflicts`).
 */
function withConfigClusters(clusters, config) {
    const doc = config?.document;
    if (!config || !doc)
        return [...clusters];
    const out = [...clusters];
    for (const entry of config.clusters) {
        const existing = out.findIndex((c) => c.name === entry.name && c.source !== 'config');
        const current = out[existing];
        if (current) {
            if (entry.paths)
                out[existing] = { ...current, paths: entry.paths };
            continue;
        }
        out.push({
            kind: 'Cluster',
            name: entry.name,
            ref: { doc, base: ['clusters', entry.index] },
            source: 'config',
            path: ['name'],
            ...(entry.version ? { version: { value: entry.version, path: ['version'] } } : {}),
            endpoint: { path: ['name'] },
            subnets: [],
            ...(entry.paths ? { paths: entry.paths } : {}),
        });
    }
    return out;
}
function configNodeGroups(config) {
    const doc = config?.document;
    if (!config || !doc)
        return [];
    return config.nodeGroups.map((g) => ({
        kind: 'NodeGroup',
        name: g.name,
        ref: { doc, base: ['nodeGroups', g.index] },
        source: 'config',
        ...(g.cluster !== undefined ? { clusterName: g.cluster } : {}),
        path: [],
        instanceTypes: g.instanceTypes,
        instanceTypesPath: ['instanceTypes'],
        ...(g.minSize !== undefined ? { minSize: g.minSize } : {}),
        ...(g.maxSize !== undefined ? { maxSize: g.maxSize, maxSizePath: ['maxSize'] } : {}),
        ...(g.desiredSize !== undefined ? { desiredSize: g.desiredSize } : {}),
        labels: g.labels,
        taints: g.taints.map((t) => ({ key: t.key, effect: t.effect, ...(t.value !== undefined ? { value: t.value } : {}) })),
        kubelet: kubelet(g.kubelet),
        ...(g.amiFamily !== undefined ? { amiFamily: g.amiFamily } : {}),
        managed: g.managed ?? false,
        ...(g.version ? { version: { value: g.version, path: ['version'], from: 'config' } } : {}),
        subnets: (g.subnetIds ?? []).map((id) => ({ kind: 'id', id })),
        ...(g.subnetIds ? { subnetsPath: ['subnetIds'] } : {}),
    }));
}

;// CONCATENATED MODULE: ./src/model/cloudformation.ts




const unknown = (reason, dflt, parameter) => ({
    unknown: true,
    reason,
    ...(dflt !== undefined ? { default: dflt } : {}),
    ...(parameter !== undefined ? { parameter } : {}),
});
/** A CloudFormation template is a mapping with `Resources` whose entries carry AWS types. */
function isCfnTemplate(value) {
    const root = asObject(value);
    const resources = asObject(root?.['Resources']);
    if (!root || !resources)
        return false;
    if (root['AWSTemplateFormatVersion'] !== undefined)
        return true;
    return Object.values(resources).some((r) => typeof get(r, 'Type') === 'string');
}
/** Marks `{Ref: LogicalId}` to a resource: kept as a reference, resolved by the consumer. */
function resourceRef(value) {
    const obj = asObject(value);
    if (!obj)
        return undefined;
    const keys = Object.keys(obj);
    if (keys.length !== 1)
        return undefined;
    if (keys[0] === 'Ref')
        return asString(obj['Ref']);
    if (keys[0] === 'Fn::GetAtt') {
        const att = obj['Fn::GetAtt'];
        return asString(Array.isArray(att) ? att[0] : typeof att === 'string' ? att.split('.')[0] : undefined);
    }
    return undefined;
}
function makeTemplate(doc) {
    const root = asObject(doc.value) ?? {};
    // Only entries shaped like a resource / parameter: `Resources: {Wip: }` (a null entry) or a
    // Properties that is a string must not reach code that reads `.Type` and `.Properties[...]`.
    const resources = Object.fromEntries(Object.entries(asObject(root['Resources']) ?? {}).flatMap(([id, value]) => {
        const resource = asObject(value);
        if (!resource)
            return [];
        return [[id, resource['Properties'] === undefined || asObject(resource['Properties']) ? resource : { ...resource, Properties: {} }]];
    }));
    const parameters = Object.fromEntries(Object.entries(asObject(root['Parameters']) ?? {}).flatMap(([name, value]) => (asObject(value) ? [[name, value]] : [])));
    const mappings = asObject(root['Mappings']) ?? {};
    const resolve = (value, depth = 0) => {
        if (depth > 50)
            return unknown('intrinsic nesting too deep');
        if (Array.isArray(value))
            return value.map((v) => resolve(v, depth + 1));
        const obj = asObject(value);
        if (!obj)
            return value;
        const keys = Object.keys(obj);
        if (keys.length !== 1) {
            const out = {};
            for (const k of keys)
                out[k] = resolve(obj[k], depth + 1);
            return out;
        }
        const fn = keys[0] ?? '';
        const arg = obj[fn];
        switch (fn) {
            case 'Ref': {
                const name = asString(arg) ?? '';
                if (name.startsWith('AWS::'))
                    return unknown(`pseudo parameter ${name}`);
                const param = parameters[name];
                if (param)
                    return unknown(`parameter ${name}`, param['Default'], name);
                return obj; // a resource reference stays a reference
            }
            case 'Fn::GetAtt':
                return obj;
            case 'Fn::Sub': {
                const template = Array.isArray(arg) ? arg[0] : arg;
                const vars = asObject(Array.isArray(arg) ? arg[1] : undefined) ?? {};
                if (typeof template !== 'string')
                    return unknown('Fn::Sub without a string');
                return template.replace(/\$\{([^!}][^}]*)\}/g, (whole, name) => {
                    const local = vars[name];
                    const v = local !== undefined ? resolve(local, depth + 1) : name.includes('.') ? undefined : resolve({ Ref: name }, depth + 1);
                    return typeof v === 'string' || typeof v === 'number' ? String(v) : whole;
                });
            }
            case 'Fn::Join': {
                const [delimiter, list] = asArray(arg);
                const items = asArray(resolve(list, depth + 1));
                if (typeof delimiter !== 'string' || !Array.isArray(resolve(list, depth + 1)))
                    return unknown('Fn::Join of an unknown list');
                if (items.some((i) => typeof i !== 'string' && typeof i !== 'number'))
                    return unknown('Fn::Join of unknown values');
                return items.join(delimiter);
            }
            case 'Fn::Select': {
                const [index, list] = asArray(arg);
                const i = asNumber(resolve(index, depth + 1));
                const items = resolve(list, depth + 1);
                if (i === undefined || !Array.isArray(items))
                    return unknown('Fn::Select from an unknown list');
                return items[i] ?? unknown('Fn::Select index out of range');
            }
            case 'Fn::Split': {
                const [delimiter, source] = asArray(arg);
                const s = resolve(source, depth + 1);
                if (typeof delimiter !== 'string' || typeof s !== 'string')
                    return unknown('Fn::Split of an unknown value');
                return s.split(delimiter);
            }
            case 'Fn::FindInMap': {
                const [map, k1, k2] = asArray(arg).map((a) => resolve(a, depth + 1));
                if (typeof map !== 'string' || typeof k1 !== 'string' || typeof k2 !== 'string')
                    return unknown('Fn::FindInMap with unknown keys');
                const v = get(mappings, map, k1, k2);
                return v === undefined ? unknown('Fn::FindInMap key not in the template') : resolve(v, depth + 1);
            }
            case 'Fn::Base64':
                return resolve(arg, depth + 1);
            case 'Fn::If':
                return unknown('Fn::If depends on a condition');
            case 'Fn::ImportValue':
                return unknown('Fn::ImportValue from another stack');
            case 'Fn::GetAZs':
            case 'Fn::Cidr':
                return unknown(`${fn} is decided at deploy time`);
            default:
                return fn.startsWith('Fn::') ? unknown(`${fn} is not evaluated`) : { [fn]: resolve(arg, depth + 1) };
        }
    };
    return { file: doc.path, ref: { doc, base: [] }, resources, parameters, resolve: (v) => resolve(v) };
}
/** The export name of an `Fn::ImportValue` whose name the template fixes. */
function importName(template, value) {
    const obj = asObject(value);
    if (!obj || Object.keys(obj).length !== 1 || obj['Fn::ImportValue'] === undefined)
        return undefined;
    const name = template.resolve(obj['Fn::ImportValue']);
    return typeof name === 'string' && !name.includes('${') ? name : undefined;
}
function subnetRefs(template, value) {
    // Items are read one by one so that an imported subnet keeps its export name: another
    // template of the repository may define it (the network model follows the export).
    if (Array.isArray(value))
        return value.flatMap((item) => subnetRefs(template, item));
    const imported = importName(template, value);
    if (imported !== undefined)
        return [{ kind: 'unknown', reason: `Fn::ImportValue ${imported} from another stack`, importName: imported }];
    const resolved = template.resolve(value);
    if (isUnknown(resolved))
        return [{ kind: 'unknown', reason: resolved.reason }];
    const list = Array.isArray(resolved) ? resolved : typeof resolved === 'string' ? resolved.split(',') : [resolved];
    return list.map((item) => {
        if (isUnknown(item))
            return { kind: 'unknown', reason: item.reason };
        const logical = resourceRef(item);
        if (logical && template.resources[logical])
            return { kind: 'logical', file: template.file, logicalId: logical };
        if (typeof item === 'string' && /^subnet-[0-9a-f]+$/.test(item.trim()))
            return { kind: 'id', id: item.trim() };
        return { kind: 'unknown', reason: 'not a subnet the template defines' };
    });
}
function resolvedString(template, value) {
    const r = template.resolve(value);
    return typeof r === 'string' ? r : typeof r === 'number' ? String(r) : undefined;
}
/**
 * A value a Parameter with a Default gives (`Version: !Ref KubernetesVersion`): the default as
 * text, and the Parameter; undefined when the value is not a plain `Ref` to such a Parameter.
 */
function parameterDefault(template, value) {
    const r = template.resolve(value);
    if (!isUnknown(r) || r.parameter === undefined)
        return undefined;
    const dflt = r.default;
    if (typeof dflt !== 'string' && typeof dflt !== 'number' && typeof dflt !== 'boolean')
        return undefined;
    const allowed = asArray(template.parameters[r.parameter]?.['AllowedValues']).filter((v) => typeof v === 'string' || typeof v === 'number');
    return {
        value: String(dflt),
        parameter: { name: r.parameter, ...(allowed.length > 0 ? { allowedValues: allowed.map(String) } : {}) },
    };
}
function resolvedNumber(template, value) {
    return asNumber(template.resolve(value));
}
function clusterNameOf(template, value) {
    const logical = resourceRef(value);
    if (logical && template.resources[logical]?.Type === 'AWS::EKS::Cluster') {
        return resolvedString(template, template.resources[logical]?.Properties?.['Name']) ?? logical;
    }
    const r = template.resolve(value);
    if (isUnknown(r))
        return r.default !== undefined ? asString(r.default) : undefined;
    return asString(r);
}
const resourcePath = (id, ...rest) => ['Resources', id, ...rest];
/** `AWS::EKS::Cluster` resources. */
function cfnClusters(template) {
    return Object.entries(template.resources).flatMap(([id, resource]) => {
        if (resource.Type !== 'AWS::EKS::Cluster')
            return [];
        const p = resource.Properties ?? {};
        const versionValue = template.resolve(p['Version']);
        const versionText = template.ref.doc.valueText(resourcePath(id, 'Properties', 'Version'));
        const version = typeof versionValue === 'number' && versionText !== undefined ? versionText.replace(/['"]/g, '') : resolvedString(template, p['Version']);
        const versionDefault = version === undefined ? parameterDefault(template, p['Version']) : undefined;
        const versionPath = resourcePath(id, 'Properties', 'Version');
        const vpcRaw = template.resolve(p['ResourcesVpcConfig']);
        const vpc = asObject(vpcRaw) ?? {};
        const publicAccess = asBoolean(template.resolve(vpc['EndpointPublicAccess']));
        const privateAccess = asBoolean(template.resolve(vpc['EndpointPrivateAccess']));
        const cidrs = template.resolve(vpc['PublicAccessCidrs']);
        const cidrsKnown = Array.isArray(cidrs) && cidrs.every((c) => typeof c === 'string' && !c.includes('${'));
        // A field the template sets to something it does not fix (a Parameter, Fn::If) is not "unset":
        // its AWS default must not be assumed.
        const wholeUnknown = isUnknown(vpcRaw);
        const unresolved = [
            ...((wholeUnknown || vpc['EndpointPublicAccess'] !== undefined) && publicAccess === undefined ? ['publicAccess'] : []),
            ...((wholeUnknown || vpc['EndpointPrivateAccess'] !== undefined) && privateAccess === undefined ? ['privateAccess'] : []),
            ...((wholeUnknown || vpc['PublicAccessCidrs'] !== undefined) && !cidrsKnown ? ['publicCidrs'] : []),
        ];
        const autoMode = asBoolean(template.resolve(get(p, 'ComputeConfig', 'Enabled')));
        const supportType = supportTypeOf(template.resolve(get(p, 'UpgradePolicy', 'SupportType')));
        const rawSubnets = get(p, 'ResourcesVpcConfig', 'SubnetIds');
        return [
            {
                kind: 'AWS::EKS::Cluster',
                name: resolvedString(template, p['Name']) ?? id,
                ref: template.ref,
                source: 'cloudformation',
                path: resourcePath(id),
                ...(version !== undefined ? { version: { value: version, path: versionPath } } : {}),
                ...(versionDefault ? { version: { ...versionDefault, path: versionPath } } : {}),
                endpoint: {
                    ...(publicAccess !== undefined ? { publicAccess } : {}),
                    ...(privateAccess !== undefined ? { privateAccess } : {}),
                    ...(cidrsKnown ? { publicCidrs: cidrs } : {}),
                    path: resourcePath(id, 'Properties', 'ResourcesVpcConfig'),
                    ...(unresolved.length > 0 ? { unresolved } : {}),
                },
                subnets: rawSubnets !== undefined ? subnetRefs(template, rawSubnets) : [],
                ...(autoMode !== undefined ? { autoMode } : {}),
                ...(supportType ? { supportType: { value: supportType, path: resourcePath(id, 'Properties', 'UpgradePolicy', 'SupportType') } } : {}),
            },
        ];
    });
}
function awsTaints(value) {
    return asArray(value).flatMap((t) => {
        const key = asString(get(t, 'Key'));
        const effect = normalizeEffect(get(t, 'Effect'));
        const v = asString(get(t, 'Value'));
        return key && effect ? [{ key, effect, ...(v !== undefined ? { value: v } : {}) }] : [];
    });
}
function launchData(template, logicalId) {
    if (!logicalId)
        return undefined;
    const res = template.resources[logicalId];
    if (res?.Type === 'AWS::AutoScaling::LaunchConfiguration') {
        return { logicalId, dataPath: resourcePath(logicalId, 'Properties'), data: res.Properties ?? {} };
    }
    if (res?.Type === 'AWS::EC2::LaunchTemplate') {
        return {
            logicalId,
            dataPath: resourcePath(logicalId, 'Properties', 'LaunchTemplateData'),
            data: asObject(res.Properties?.['LaunchTemplateData']) ?? {},
        };
    }
    return undefined;
}
function publicIpOf(template, launch) {
    if (!launch)
        return {};
    const read = (raw, path) => {
        const v = asBoolean(template.resolve(raw));
        if (v !== undefined)
            return { value: v, path };
        // `AssociatePublicIpAddress: !Ref AssignPublicIp`: reviewed with the Parameter's Default.
        const fromDefault = parameterDefault(template, raw);
        const dflt = fromDefault ? asBoolean(fromDefault.value) : undefined;
        return dflt !== undefined && fromDefault ? { value: dflt, path, parameter: fromDefault.parameter } : { path };
    };
    if (launch.data['AssociatePublicIpAddress'] !== undefined) {
        return read(launch.data['AssociatePublicIpAddress'], [...launch.dataPath, 'AssociatePublicIpAddress']);
    }
    const nics = asArray(launch.data['NetworkInterfaces']);
    for (let i = 0; i < nics.length; i++) {
        const raw = get(nics[i], 'AssociatePublicIpAddress');
        if (raw !== undefined)
            return read(raw, [...launch.dataPath, 'NetworkInterfaces', i, 'AssociatePublicIpAddress']);
    }
    return {};
}
function launchCommon(template, launch) {
    if (!launch)
        return {};
    const imageId = launch.data['ImageId'];
    const resolvedImage = template.resolve(imageId);
    const imageText = typeof resolvedImage === 'string' ? resolvedImage : isUnknown(resolvedImage) && typeof resolvedImage.default === 'string' ? resolvedImage.default : undefined;
    const userData = template.resolve(launch.data['UserData']);
    const ip = publicIpOf(template, launch);
    return {
        ...(imageText !== undefined ? { ami: { value: imageText, path: [...launch.dataPath, 'ImageId'] } } : {}),
        ...(typeof userData === 'string' ? { userData } : {}),
        ...(ip.value !== undefined ? { associatePublicIp: ip.value } : {}),
        ...(ip.path ? { associatePublicIpPath: ip.path } : {}),
        ...(ip.parameter ? { associatePublicIpParameter: ip.parameter } : {}),
    };
}
/**
 * A managed node group's kubelet version: `Version`, else an AL2/AL2023 `ReleaseVersion`, else
 * the custom AMI of its launch template; with none of them EKS runs the cluster's version.
 */
function managedNodeVersion(template, id, p, version, amiType, lt) {
    if (p['Version'] !== undefined) {
        if (version !== undefined)
            return { kind: 'pinned', version: { value: version, path: resourcePath(id, 'Properties', 'Version'), from: 'Version' } };
        const r = template.resolve(p['Version']);
        return { kind: 'unknown', reason: `its Version is not fixed by the template (${isUnknown(r) ? r.reason : 'not a string'})` };
    }
    const release = resolvedString(template, p['ReleaseVersion']);
    const releaseMinor = release !== undefined ? minorOfReleaseVersion(release, amiType) : undefined;
    if (release !== undefined && releaseMinor !== undefined) {
        return { kind: 'pinned', version: { value: releaseMinor, path: resourcePath(id, 'Properties', 'ReleaseVersion'), from: `ReleaseVersion ${release}` } };
    }
    if (lt && lt.data['ImageId'] !== undefined)
        return readCfnImageId(template, lt.data['ImageId'], [...lt.dataPath, 'ImageId']);
    return FOLLOWS_CLUSTER;
}
const EKS_BOOTSTRAP = /\/etc\/eks\/bootstrap\.sh|nodeadm|node\.eks\.aws|bootstrap\.sh/;
/** `AWS::EKS::Nodegroup` and EKS worker `AWS::AutoScaling::AutoScalingGroup` resources. */
function cfnNodeGroups(template) {
    const groups = [];
    for (const [id, resource] of Object.entries(template.resources)) {
        const p = resource.Properties ?? {};
        if (resource.Type === 'AWS::EKS::Nodegroup') {
            const lt = launchData(template, resourceRef(get(p, 'LaunchTemplate', 'Id')) ?? resourceRef(get(p, 'LaunchTemplate', 'Name')));
            const ltType = lt ? resolvedString(template, lt.data['InstanceType']) : undefined;
            const types = template.resolve(p['InstanceTypes']);
            const instanceTypes = Array.isArray(types) ? types.filter((t) => typeof t === 'string') : ltType ? [ltType] : [];
            const versionText = template.ref.doc.valueText(resourcePath(id, 'Properties', 'Version'));
            const versionValue = template.resolve(p['Version']);
            const version = typeof versionValue === 'number' && versionText !== undefined ? versionText.replace(/['"]/g, '') : resolvedString(template, p['Version']);
            const amiType = asString(template.resolve(p['AmiType']));
            const min = resolvedNumber(template, get(p, 'ScalingConfig', 'MinSize'));
            const max = resolvedNumber(template, get(p, 'ScalingConfig', 'MaxSize'));
            const desired = resolvedNumber(template, get(p, 'ScalingConfig', 'DesiredSize'));
            const clusterName = clusterNameOf(template, p['ClusterName']);
            groups.push({
                kind: 'AWS::EKS::Nodegroup',
                name: resolvedString(template, p['NodegroupName']) ?? id,
                ref: template.ref,
                source: 'cfn-nodegroup',
                ...(clusterName !== undefined ? { clusterName } : {}),
                path: resourcePath(id),
                instanceTypes,
                instanceTypesPath: p['InstanceTypes'] !== undefined ? resourcePath(id, 'Properties', 'InstanceTypes') : lt ? [...lt.dataPath, 'InstanceType'] : resourcePath(id),
                ...(min !== undefined ? { minSize: min } : {}),
                ...(max !== undefined ? { maxSize: max, maxSizePath: resourcePath(id, 'Properties', 'ScalingConfig', 'MaxSize') } : {}),
                ...(desired !== undefined ? { desiredSize: desired } : {}),
                labels: stringMap(template.resolve(p['Labels'])),
                taints: awsTaints(template.resolve(p['Taints'])),
                kubelet: {},
                ...(amiType !== undefined ? { amiFamily: amiType } : {}),
                managed: true,
                ...nodeVersionFields(managedNodeVersion(template, id, p, version, amiType, lt)),
                ...launchCommon(template, lt),
                subnets: p['Subnets'] !== undefined ? subnetRefs(template, p['Subnets']) : [],
                subnetsPath: resourcePath(id, 'Properties', 'Subnets'),
            });
            continue;
        }
        if (resource.Type !== 'AWS::AutoScaling::AutoScalingGroup')
            continue;
        const mixed = asObject(get(p, 'MixedInstancesPolicy', 'LaunchTemplate'));
        const ltSpec = mixed ? get(mixed, 'LaunchTemplateSpecification') : p['LaunchTemplate'];
        const launch = launchData(template, resourceRef(p['LaunchConfigurationName'])) ??
            launchData(template, resourceRef(get(ltSpec, 'LaunchTemplateId')) ?? resourceRef(get(ltSpec, 'LaunchTemplateName')));
        const tags = asArray(p['Tags']);
        const clusterTag = tags
            .map((t) => resolvedString(template, get(t, 'Key')))
            .find((k) => k !== undefined && k.startsWith('kubernetes.io/cluster/'));
        const common = launchCommon(template, launch);
        const imageId = launch?.data['ImageId'];
        const nodeVersion = launch && imageId !== undefined
            ? readCfnImageId(template, imageId, [...launch.dataPath, 'ImageId'])
            : { kind: 'unknown', reason: launch ? 'its launch data has no ImageId' : 'its launch configuration or template is not a resource this template references by Ref' };
        const isEks = clusterTag !== undefined || (common.userData !== undefined && EKS_BOOTSTRAP.test(common.userData));
        if (!isEks)
            continue;
        const overrides = asArray(get(mixed, 'Overrides'))
            .map((o) => resolvedString(template, get(o, 'InstanceType')))
            .filter((t) => t !== undefined);
        const launchType = launch ? resolvedString(template, launch.data['InstanceType']) : undefined;
        const launchTypeRaw = launch ? template.resolve(launch.data['InstanceType']) : undefined;
        const defaultType = isUnknown(launchTypeRaw) && typeof launchTypeRaw.default === 'string' ? launchTypeRaw.default : undefined;
        const instanceTypes = overrides.length > 0 ? overrides : launchType ? [launchType] : defaultType ? [defaultType] : [];
        const min = resolvedNumber(template, p['MinSize']) ?? asNumber(get(template.resolve(p['MinSize']), 'default'));
        const max = resolvedNumber(template, p['MaxSize']) ?? asNumber(get(template.resolve(p['MaxSize']), 'default'));
        const desired = resolvedNumber(template, p['DesiredCapacity']) ?? asNumber(get(template.resolve(p['DesiredCapacity']), 'default'));
        const clusterName = clusterTag?.slice('kubernetes.io/cluster/'.length);
        groups.push({
            kind: 'AWS::AutoScaling::AutoScalingGroup',
            name: id,
            ref: template.ref,
            source: 'cfn-autoscaling',
            ...(clusterName ? { clusterName } : {}),
            path: resourcePath(id),
            instanceTypes,
            instanceTypesPath: overrides.length > 0 ? resourcePath(id, 'Properties', 'MixedInstancesPolicy') : launch ? [...launch.dataPath, 'InstanceType'] : resourcePath(id),
            ...(min !== undefined ? { minSize: min } : {}),
            ...(max !== undefined ? { maxSize: max, maxSizePath: resourcePath(id, 'Properties', 'MaxSize') } : {}),
            ...(desired !== undefined ? { desiredSize: desired } : {}),
            labels: {},
            taints: [],
            kubelet: {},
            managed: false,
            ...common,
            ...nodeVersionFields(nodeVersion),
            subnets: p['VPCZoneIdentifier'] !== undefined ? subnetRefs(template, p['VPCZoneIdentifier']) : [],
            subnetsPath: resourcePath(id, 'Properties', 'VPCZoneIdentifier'),
        });
    }
    return groups;
}


;// CONCATENATED MODULE: ./src/model/addons.ts



/** eksctl `addons: [{name, version}]`; `latest` and absent versions say nothing. */
function eksctlAddons(config) {
    return asArray(config.raw['addons']).flatMap((addon, i) => {
        const name = asString(get(addon, 'name'));
        const version = asString(get(addon, 'version'));
        if (name === undefined || version === undefined)
            return [];
        return [
            {
                kind: 'Addon',
                name,
                ref: config.ref,
                addon: name,
                clusterName: config.name,
                source: 'eksctl',
                version: { value: version, path: ['addons', i, 'version'] },
            },
        ];
    });
}
/** `AWS::EKS::Addon` resources with an `AddonVersion` the template fixes (a Parameter's default counts). */
function cfnAddons(template) {
    return Object.entries(template.resources).flatMap(([id, resource]) => {
        if (resource.Type !== 'AWS::EKS::Addon')
            return [];
        const p = resource.Properties ?? {};
        const name = asString(template.resolve(p['AddonName']));
        const raw = template.resolve(p['AddonVersion']);
        const version = typeof raw === 'string' ? raw : isUnknown(raw) && typeof raw.default === 'string' ? raw.default : undefined;
        if (name === undefined || version === undefined)
            return [];
        const clusterRef = resourceRef(p['ClusterName']);
        const clusterResource = clusterRef !== undefined ? template.resources[clusterRef] : undefined;
        const clusterName = clusterResource?.Type === 'AWS::EKS::Cluster'
            ? (asString(template.resolve(clusterResource.Properties?.['Name'])) ?? clusterRef)
            : asString(template.resolve(p['ClusterName']));
        return [
            {
                kind: 'AWS::EKS::Addon',
                name: id,
                ref: template.ref,
                addon: name,
                ...(clusterName !== undefined ? { clusterName } : {}),
                source: 'cloudformation',
                version: { value: version, path: ['Resources', id, 'Properties', 'AddonVersion'] },
            },
        ];
    });
}
/** An image whose repository ends in `/kube-proxy` (or is `kube-proxy`), with a tag. */
const KUBE_PROXY_IMAGE = /(?:^|\/)kube-proxy:(v?\d+\.\d+[^@\s]*)/;
/**
 * A self-managed `kube-proxy` DaemonSet (EKS clusters made before add-ons, or kept so): its
 * image tag (`…/eks/kube-proxy:v1.29.0-minimal-eksbuild.1`) is the version that runs.
 */
function daemonSetAddons(workloads) {
    return workloads.flatMap((w) => {
        if (w.kind !== 'DaemonSet')
            return [];
        for (const container of w.pod.containers) {
            const image = asString(get(asObject(w.raw) ?? {}, ...container.path, 'image'));
            const tag = image !== undefined ? KUBE_PROXY_IMAGE.exec(image)?.[1] : undefined;
            if (tag !== undefined) {
                return [{ kind: w.kind, name: w.name, ref: w.ref, addon: 'kube-proxy', source: 'manifest', version: { value: tag, path: [...container.path, 'image'] }, workload: w }];
            }
        }
        return [];
    });
}

;// CONCATENATED MODULE: ./src/model/eksctl.ts




function isEksctlConfig(m) {
    return m.kind === 'ClusterConfig' && m.apiVersion.startsWith('eksctl.io/');
}
/** eksctl accepts taints as a list of {key, value, effect} or, in older configs, a map "key: value:Effect". */
function eksctlTaints(value) {
    if (Array.isArray(value)) {
        return value.flatMap((t) => {
            const key = asString(get(t, 'key'));
            const effect = normalizeEffect(get(t, 'effect'));
            const v = asString(get(t, 'value'));
            return key && effect ? [{ key, effect, ...(v ? { value: v } : {}) }] : [];
        });
    }
    return Object.entries(stringMap(value)).flatMap(([key, spec]) => {
        const [v, effectText] = spec.includes(':') ? spec.split(':') : ['', spec];
        const effect = normalizeEffect(effectText);
        return effect ? [{ key, effect, ...(v ? { value: v } : {}) }] : [];
    });
}
function kubeletSettings(ng) {
    const extra = asObject(get(ng, 'kubeletExtraConfig')) ?? {};
    // Bottlerocket node groups pass kubelet settings as Bottlerocket settings (kebab-case keys).
    const br = asObject(get(ng, 'bottlerocket', 'settings', 'kubernetes')) ?? {};
    const maxPods = asNumber(get(ng, 'maxPodsPerNode')) ?? asNumber(extra['maxPods']) ?? asNumber(br['max-pods']);
    const kubeReserved = parseQuantity(get(extra, 'kubeReserved', 'memory')) ?? parseQuantity(get(br, 'kube-reserved', 'memory'));
    const systemReserved = parseQuantity(get(extra, 'systemReserved', 'memory')) ?? parseQuantity(get(br, 'system-reserved', 'memory'));
    const eviction = asString(get(extra, 'evictionHard', 'memory.available')) ?? asString(get(br, 'eviction-hard', 'memory.available'));
    return {
        ...(maxPods !== undefined ? { maxPods } : {}),
        ...(kubeReserved !== undefined ? { kubeReservedMemory: kubeReserved } : {}),
        ...(systemReserved !== undefined ? { systemReservedMemory: systemReserved } : {}),
        ...(eviction !== undefined ? { evictionHardMemory: eviction } : {}),
    };
}
/**
 * The declared subnet a node group names (a key of `vpc.subnets.public/private` or a subnet id).
 * eksctl looks in the mapping its networking selects first (private with `privateNetworking`),
 * then in the other one (eksctl 0.200 `pkg/vpc/vpc.go` selectNodeGroupSubnetsFromIDs).
 */
function declaredSubnet(config, nameOrId, privateNetworking) {
    const order = privateNetworking ? ['private', 'public'] : ['public', 'private'];
    for (const access of order) {
        const subnets = asObject(get(config.raw, 'vpc', 'subnets', access)) ?? {};
        for (const [name, spec] of Object.entries(subnets)) {
            const id = asString(get(spec, 'id'));
            if (name === nameOrId || id === nameOrId)
                return { access, ...(id !== undefined ? { id } : {}) };
        }
    }
    return undefined;
}
function eksctl_nodeGroupSubnets(config, ng) {
    const privateNetworking = asBoolean(get(ng, 'privateNetworking')) === true;
    const explicit = asArray(get(ng, 'subnets')).map(asString).filter((s) => s !== undefined);
    if (explicit.length > 0) {
        return explicit.map((s) => {
            const found = declaredSubnet(config, s, privateNetworking);
            if (found)
                return { kind: 'eksctl', access: found.access, name: s, ...(found.id !== undefined ? { id: found.id } : {}) };
            return /^subnet-[0-9a-f]+$/.test(s) ? { kind: 'id', id: s } : { kind: 'unknown', reason: `subnet ${s} is not in vpc.subnets` };
        });
    }
    // eksctl places node groups in the public subnets unless privateNetworking is set. A config that
    // lists existing subnets but none of that kind gives eksctl nowhere to put them: not a placement.
    const access = privateNetworking ? 'private' : 'public';
    const declared = asObject(get(config.raw, 'vpc', 'subnets'));
    if (declared && Object.keys(asObject(declared[access]) ?? {}).length === 0) {
        return [{ kind: 'unknown', reason: `vpc.subnets lists no ${access} subnets` }];
    }
    return [{ kind: 'eksctl', access }];
}
/**
 * The shape `eksctl create nodegroup -f` takes: the cluster's name and node groups, no version
 * and no VPC. Beside a file that defines the cluster of that name, it only adds node groups and
 * sets no endpoint; alone, it is indistinguishable from a cluster left at eksctl's defaults.
 */
function isNodeGroupOnlyConfig(config) {
    return (get(config.raw, 'metadata', 'version') === undefined &&
        get(config.raw, 'vpc') === undefined &&
        (get(config.raw, 'nodeGroups') !== undefined || get(config.raw, 'managedNodeGroups') !== undefined));
}
function eksctlCluster(config) {
    const endpoints = asObject(get(config.raw, 'vpc', 'clusterEndpoints')) ?? {};
    const publicAccess = asBoolean(endpoints['publicAccess']);
    const privateAccess = asBoolean(endpoints['privateAccess']);
    const cidrs = asArray(get(config.raw, 'vpc', 'publicAccessCIDRs')).map(asString).filter((c) => c !== undefined);
    const versionRaw = get(config.raw, 'metadata', 'version');
    const versionText = config.ref.doc.valueText([...config.ref.base, 'metadata', 'version']);
    // A version that is not "1.N" is kept as written, so that it is reported rather than dropped.
    const version = normalizeMinor(versionRaw, versionText) ?? (versionRaw !== undefined && versionRaw !== null ? String(versionText ?? versionRaw).trim().replace(/^['"]|['"]$/g, '') : undefined);
    const supportType = supportTypeOf(get(config.raw, 'upgradePolicy', 'supportType'));
    return {
        kind: 'ClusterConfig',
        name: config.name,
        ref: config.ref,
        source: 'eksctl',
        path: ['metadata', 'name'],
        ...(version !== undefined ? { version: { value: version, path: ['metadata', 'version'] } } : {}),
        endpoint: {
            ...(publicAccess !== undefined ? { publicAccess } : {}),
            ...(privateAccess !== undefined ? { privateAccess } : {}),
            ...(get(config.raw, 'vpc', 'publicAccessCIDRs') !== undefined ? { publicCidrs: cidrs } : {}),
            path: get(config.raw, 'vpc', 'clusterEndpoints') !== undefined ? ['vpc', 'clusterEndpoints'] : ['metadata', 'name'],
        },
        ...(supportType ? { supportType: { value: supportType, path: ['upgradePolicy', 'supportType'] } } : {}),
        subnets: [],
        ...(asBoolean(get(config.raw, 'privateCluster', 'enabled')) === true ? { privateCluster: true } : {}),
        ...(asBoolean(get(config.raw, 'autoModeConfig', 'enabled')) !== undefined ? { autoMode: asBoolean(get(config.raw, 'autoModeConfig', 'enabled')) } : {}),
    };
}
function eksctlNodeGroups(config) {
    const out = [];
    for (const [field, managed] of [
        ['nodeGroups', false],
        ['managedNodeGroups', true],
    ]) {
        asArray(config.raw[field]).forEach((ng, i) => {
            const path = [field, i];
            const distributionTypes = asArray(get(ng, 'instancesDistribution', 'instanceTypes')).map(asString);
            const listTypes = asArray(get(ng, 'instanceTypes')).map(asString);
            const single = asString(get(ng, 'instanceType'));
            const instanceTypes = [...(single && single !== 'mixed' ? [single] : []), ...listTypes, ...distributionTypes].filter((t) => t !== undefined);
            const instanceTypesPath = single !== undefined ? [...path, 'instanceType'] : listTypes.length ? [...path, 'instanceTypes'] : distributionTypes.length ? [...path, 'instancesDistribution', 'instanceTypes'] : path;
            const min = asNumber(get(ng, 'minSize'));
            const max = asNumber(get(ng, 'maxSize'));
            const desired = asNumber(get(ng, 'desiredCapacity'));
            const ami = asString(get(ng, 'ami'));
            const amiFamily = asString(get(ng, 'amiFamily'));
            const privateNetworking = asBoolean(get(ng, 'privateNetworking'));
            const releaseVersion = asString(get(ng, 'releaseVersion'));
            // The node's bootstrap script when eksctl's is replaced: it may carry kubelet flags.
            const userData = asString(get(ng, 'overrideBootstrapCommand'));
            const versionFromRelease = releaseVersion ? minorOfReleaseVersion(releaseVersion, amiFamily) : undefined;
            // Without a release version or a pinning AMI, eksctl builds the nodes for the cluster's version.
            const nodeVersion = versionFromRelease !== undefined
                ? { kind: 'pinned', version: { value: versionFromRelease, path: [...path, 'releaseVersion'], from: `releaseVersion ${releaseVersion}` } }
                : ami !== undefined
                    ? readEksctlAmi(ami, [...path, 'ami'])
                    : FOLLOWS_CLUSTER;
            out.push({
                kind: managed ? 'ManagedNodeGroup' : 'NodeGroup',
                name: asString(get(ng, 'name')) ?? `${field}[${i}]`,
                ref: config.ref,
                source: managed ? 'eksctl-managed' : 'eksctl-nodegroup',
                clusterName: config.name,
                path,
                instanceTypes,
                instanceTypesPath,
                ...(min !== undefined ? { minSize: min } : {}),
                ...(max !== undefined ? { maxSize: max, maxSizePath: [...path, 'maxSize'] } : {}),
                ...(desired !== undefined ? { desiredSize: desired } : {}),
                labels: stringMap(get(ng, 'labels')),
                taints: eksctlTaints(get(ng, 'taints')),
                kubelet: kubeletSettings(ng),
                ...(amiFamily !== undefined ? { amiFamily } : {}),
                managed,
                ...nodeVersionFields(nodeVersion),
                ...(ami !== undefined ? { ami: { value: ami, path: [...path, 'ami'] } } : {}),
                ...(userData !== undefined ? { userData } : {}),
                subnets: eksctl_nodeGroupSubnets(config, ng),
                subnetsPath: get(ng, 'subnets') !== undefined ? [...path, 'subnets'] : privateNetworking !== undefined ? [...path, 'privateNetworking'] : [...path, 'name'],
                ...(privateNetworking !== undefined ? { privateNetworking } : {}),
            });
        });
    }
    return out;
}


;// CONCATENATED MODULE: ./src/model/network.ts



const DEFAULT_DESTINATIONS = new Set(['0.0.0.0/0', '::/0']);
/** A string the template fixes completely (no `${...}` left by an unresolved `Fn::Sub`). */
function fixedString(value) {
    if (typeof value === 'number')
        return String(value);
    return typeof value === 'string' && !value.includes('${') ? value : undefined;
}
function resourceKey(file, logicalId) {
    return `${file}\u0000${logicalId}`;
}
function resourceOf(template, logicalId) {
    return asObject(template.resources[logicalId]);
}
function typeOf(template, logicalId) {
    return asString(resourceOf(template, logicalId)?.['Type']) ?? '';
}
function propertiesOf(template, logicalId) {
    return asObject(resourceOf(template, logicalId)?.['Properties']) ?? {};
}
/** Evaluates the template's `Conditions` where they do not depend on a Parameter. */
function conditionEvaluator(template) {
    const conditions = asObject(get(template.ref.doc.value, 'Conditions')) ?? {};
    const cache = new Map();
    const scalar = (value) => {
        const v = template.resolve(value);
        return typeof v === 'boolean' ? String(v) : fixedString(v);
    };
    const evaluate = (expr, depth) => {
        if (depth > 30)
            return undefined;
        if (typeof expr === 'boolean')
            return expr;
        const obj = asObject(expr);
        const keys = obj ? Object.keys(obj) : [];
        if (!obj || keys.length !== 1)
            return undefined;
        const fn = keys[0] ?? '';
        const args = obj[fn];
        switch (fn) {
            case 'Condition':
                return typeof args === 'string' ? named(args, depth + 1) : undefined;
            case 'Fn::Equals': {
                const [a, b] = asArray(args).map(scalar);
                return a === undefined || b === undefined ? undefined : a === b;
            }
            case 'Fn::Not': {
                const v = evaluate(asArray(args)[0], depth + 1);
                return v === undefined ? undefined : !v;
            }
            case 'Fn::And':
            case 'Fn::Or': {
                const values = asArray(args).map((a) => evaluate(a, depth + 1));
                const decisive = fn === 'Fn::And' ? false : true;
                if (values.includes(decisive))
                    return decisive;
                return values.includes(undefined) || values.length === 0 ? undefined : !decisive;
            }
            default:
                return undefined;
        }
    };
    const named = (name, depth = 0) => {
        if (cache.has(name))
            return cache.get(name);
        cache.set(name, undefined); // a condition that refers to itself stays undecided
        const value = evaluate(conditions[name], depth);
        cache.set(name, value);
        return value;
    };
    return (name) => named(name);
}
/** Every logical id a raw value refers to (`Ref`, `Fn::GetAtt`, `${Name}` in `Fn::Sub`). */
function mentions(value, out = new Set(), depth = 0) {
    if (depth > 50)
        return out;
    if (Array.isArray(value)) {
        for (const v of value)
            mentions(v, out, depth + 1);
        return out;
    }
    const obj = asObject(value);
    if (!obj)
        return out;
    const ref = resourceRef(obj);
    if (ref)
        out.add(ref);
    const sub = obj['Fn::Sub'];
    const subText = Array.isArray(sub) ? sub[0] : sub;
    if (typeof subText === 'string')
        for (const m of subText.matchAll(/\$\{([^!}.][^}.]*)/g))
            if (m[1])
                out.add(m[1]);
    for (const v of Object.values(obj))
        mentions(v, out, depth + 1);
    return out;
}
/** Resources that other stacks can see: referenced from Outputs, nested stacks or custom resources. */
function escapingResources(template) {
    const out = mentions(get(template.ref.doc.value, 'Outputs'));
    for (const [id, res] of Object.entries(template.resources)) {
        const type = asString(asObject(res)?.['Type']) ?? '';
        if (type === 'AWS::CloudFormation::Stack' ||
            type === 'AWS::Serverless::Application' ||
            type === 'AWS::CloudFormation::CustomResource' ||
            type.startsWith('Custom::')) {
            for (const m of mentions(propertiesOf(template, id)))
                out.add(m);
        }
    }
    return out;
}
const GATEWAY_TYPES = {
    'AWS::EC2::InternetGateway': { hop: 'internet-gateway', label: 'internet gateway' },
    'AWS::EC2::VPNGateway': { hop: 'other', label: 'virtual private gateway' },
};
/** The route target fields of `AWS::EC2::Route`, with what each leads to. */
const ROUTE_TARGETS = [
    ['NatGatewayId', 'nat', 'NAT gateway'],
    ['TransitGatewayId', 'transit-gateway', 'transit gateway'],
    ['InstanceId', 'nat', 'NAT instance'],
    ['NetworkInterfaceId', 'other', 'network interface'],
    ['EgressOnlyInternetGatewayId', 'other', 'egress-only internet gateway'],
    ['VpcPeeringConnectionId', 'other', 'VPC peering connection'],
    ['VpcEndpointId', 'other', 'Gateway Load Balancer endpoint'],
    ['CarrierGatewayId', 'other', 'carrier gateway'],
    ['LocalGatewayId', 'other', 'local gateway'],
    ['CoreNetworkArn', 'other', 'Cloud WAN core network'],
];
const ENDPOINT_SERVICE = /(?:^|\.)(ecr\.api|ecr\.dkr|s3|sts)$/;
class NetworkBuilder {
    templates;
    exportsByName = new Map();
    templatesByFile = new Map();
    conditions = new Map();
    escapes = new Map();
    associations = [];
    routes = [];
    /** `AWS::EC2::VPNGatewayRoutePropagation`: routes learnt from a VPN / Direct Connect gateway. */
    propagations = [];
    constructor(templates) {
        this.templates = templates;
        for (const t of templates) {
            if (!this.templatesByFile.has(t.file))
                this.templatesByFile.set(t.file, t);
            this.conditions.set(t, conditionEvaluator(t));
            this.escapes.set(t, escapingResources(t));
        }
        for (const t of templates)
            this.collectExports(t);
        for (const t of templates)
            this.collectRouting(t);
    }
    /** `Outputs` with an `Export.Name` the template fixes and a value that is one of its resources. */
    collectExports(template) {
        const outputs = asObject(get(template.ref.doc.value, 'Outputs')) ?? {};
        for (const output of Object.values(outputs)) {
            const name = fixedString(template.resolve(get(output, 'Export', 'Name')));
            const logicalId = resourceRef(get(output, 'Value'));
            if (name === undefined || logicalId === undefined || !template.resources[logicalId])
                continue;
            // Two templates exporting one name cannot both be deployed in a region: ambiguous, so unknown.
            this.exportsByName.set(name, this.exportsByName.has(name) ? null : { file: template.file, logicalId });
        }
    }
    exported(name) {
        return this.exportsByName.get(name) ?? undefined;
    }
    target(template, raw) {
        const id = resourceRef(raw);
        if (id !== undefined) {
            if (template.resources[id])
                return { kind: 'resource', template, logicalId: id, type: typeOf(template, id) };
            if (template.parameters[id])
                return { kind: 'unknown', reason: `parameter ${id}` };
            return { kind: 'unknown', reason: id.startsWith('AWS::') ? `pseudo parameter ${id}` : `${id}, which the template does not define` };
        }
        const imported = get(raw, 'Fn::ImportValue');
        if (imported !== undefined && Object.keys(asObject(raw) ?? {}).length === 1) {
            const name = fixedString(template.resolve(imported));
            if (name === undefined)
                return { kind: 'unknown', reason: 'an Fn::ImportValue whose name the template does not fix' };
            const exp = this.exported(name);
            const owner = exp ? this.templatesByFile.get(exp.file) : undefined;
            if (!exp || !owner)
                return { kind: 'unknown', reason: `Fn::ImportValue ${name}, which no template of the repository exports once` };
            return { kind: 'resource', template: owner, logicalId: exp.logicalId, type: typeOf(owner, exp.logicalId) };
        }
        const value = template.resolve(raw);
        const literal = fixedString(value);
        if (literal !== undefined)
            return { kind: 'literal', value: literal };
        const resolvedId = resourceRef(value);
        if (resolvedId !== undefined && template.resources[resolvedId]) {
            return { kind: 'resource', template, logicalId: resolvedId, type: typeOf(template, resolvedId) };
        }
        return { kind: 'unknown', reason: isUnknown(value) ? value.reason : 'a value the template does not fix' };
    }
    existence(template, logicalId) {
        const condition = asString(resourceOf(template, logicalId)?.['Condition']);
        if (condition === undefined)
            return { state: 'yes' };
        const value = this.conditions.get(template)?.(condition);
        return { state: value === true ? 'yes' : value === false ? 'no' : 'maybe', condition };
    }
    /** Exists whenever the things it serves exist: unconditional, or under one of their conditions. */
    static certain(existence, given) {
        return existence.state === 'yes' || (existence.condition !== undefined && given.includes(existence.condition));
    }
    collectRouting(template) {
        for (const id of Object.keys(template.resources)) {
            const type = typeOf(template, id);
            const p = propertiesOf(template, id);
            if (type === 'AWS::EC2::SubnetRouteTableAssociation') {
                this.associations.push({
                    template,
                    logicalId: id,
                    subnetRaw: p['SubnetId'],
                    subnet: this.target(template, p['SubnetId']),
                    routeTable: this.target(template, p['RouteTableId']),
                    existence: this.existence(template, id),
                });
            }
            else if (type === 'AWS::EC2::VPNGatewayRoutePropagation') {
                const raw = p['RouteTableIds'];
                const list = Array.isArray(raw) ? raw : [raw];
                this.propagations.push({ template, logicalId: id, raw, tables: list.map((t) => this.target(template, t)), existence: this.existence(template, id) });
            }
            else if (type === 'AWS::EC2::Route') {
                this.routes.push({
                    template,
                    logicalId: id,
                    routeTableRaw: p['RouteTableId'],
                    routeTable: this.target(template, p['RouteTableId']),
                    ...this.destination(template, p),
                    ...this.hop(template, p),
                    existence: this.existence(template, id),
                });
            }
        }
    }
    destination(template, p) {
        for (const field of ['DestinationCidrBlock', 'DestinationIpv6CidrBlock']) {
            if (p[field] === undefined)
                continue;
            const cidr = fixedString(template.resolve(p[field]));
            return cidr !== undefined ? { destination: cidr.trim() } : {};
        }
        // A prefix list (an AWS service's ranges) is never the default route.
        return p['DestinationPrefixListId'] !== undefined ? { destination: 'prefix list' } : {};
    }
    hop(template, p) {
        if (p['GatewayId'] !== undefined) {
            const t = this.target(template, p['GatewayId']);
            if (t.kind === 'resource') {
                const known = GATEWAY_TYPES[t.type];
                return known ? { hop: known.hop, hopLabel: `${known.label} ${t.logicalId}` } : { hop: 'unknown', hopLabel: `${t.type || 'resource'} ${t.logicalId}` };
            }
            if (t.kind === 'literal') {
                if (t.value.startsWith('igw-'))
                    return { hop: 'internet-gateway', hopLabel: `internet gateway ${t.value}` };
                if (t.value.startsWith('vgw-'))
                    return { hop: 'other', hopLabel: `virtual private gateway ${t.value}` };
                return { hop: 'unknown', hopLabel: `gateway ${t.value}` };
            }
            return { hop: 'unknown', hopLabel: `a gateway given by ${t.reason}` };
        }
        for (const [field, hop, label] of ROUTE_TARGETS) {
            if (p[field] === undefined)
                continue;
            const t = this.target(template, p[field]);
            return { hop, hopLabel: `${label} ${t.kind === 'resource' ? t.logicalId : t.kind === 'literal' ? t.value : `(${t.reason})`}` };
        }
        return { hop: 'unknown', hopLabel: 'a target the template does not state' };
    }
    build() {
        const subnets = [];
        const byKey = new Map();
        for (const template of this.templates) {
            for (const id of Object.keys(template.resources)) {
                if (typeOf(template, id) !== 'AWS::EC2::Subnet')
                    continue;
                const subnet = this.subnet(template, id);
                subnets.push(subnet);
                if (!byKey.has(resourceKey(template.file, id)))
                    byKey.set(resourceKey(template.file, id), subnet);
            }
        }
        const endpoints = this.templates.flatMap((t) => this.endpoints(t));
        return {
            subnets,
            endpoints,
            subnet: (file, logicalId) => byKey.get(resourceKey(file, logicalId)),
            exported: (name) => this.exported(name),
        };
    }
    endpoints(template) {
        return Object.keys(template.resources).flatMap((id) => {
            if (typeOf(template, id) !== 'AWS::EC2::VPCEndpoint')
                return [];
            const p = propertiesOf(template, id);
            const vpc = this.target(template, p['VpcId']);
            const name = template.resolve(p['ServiceName']);
            const serviceName = typeof name === 'string' ? name : undefined;
            const match = serviceName !== undefined ? ENDPOINT_SERVICE.exec(serviceName.trim()) : null;
            return [
                {
                    file: template.file,
                    logicalId: id,
                    ...(vpc.kind === 'resource' && vpc.type === 'AWS::EC2::VPC' ? { vpc: { file: vpc.template.file, logicalId: vpc.logicalId } } : {}),
                    service: serviceName === undefined ? 'unknown' : match ? match[1] : 'other',
                    ...(serviceName !== undefined ? { serviceName } : {}),
                    conditional: this.existence(template, id).state !== 'yes',
                },
            ];
        });
    }
    subnet(template, id) {
        const p = propertiesOf(template, id);
        const vpc = this.target(template, p['VpcId']);
        const tags = readTags(template, p['Tags']);
        const mapPublic = asBoolean(template.resolve(p['MapPublicIpOnLaunch']));
        const existence = this.existence(template, id);
        return {
            kind: 'AWS::EC2::Subnet',
            name: id,
            ref: template.ref,
            file: template.file,
            logicalId: id,
            path: ['Resources', id],
            ...(vpc.kind === 'resource' && vpc.type === 'AWS::EC2::VPC' ? { vpc: { file: vpc.template.file, logicalId: vpc.logicalId } } : {}),
            tags: tags.tags,
            tagsKnown: tags.known,
            tagsUnresolved: tags.unresolved,
            ...(mapPublic !== undefined ? { mapPublicIpOnLaunch: mapPublic } : {}),
            conditional: existence.state === 'maybe',
            ...this.routing(template, id, existence),
        };
    }
    /** The route table a subnet uses, when the repository decides it for certain. */
    associatedTable(template, id, existence) {
        const isSelf = (t) => t.kind === 'resource' && t.template === template && t.logicalId === id;
        const undecided = this.associations.find((a) => a.subnet.kind === 'unknown' && a.template === template && a.existence.state !== 'no' && mentions(a.subnetRaw).has(id));
        if (undecided?.subnet.kind === 'unknown') {
            return { unknown: `whether route table association ${undecided.logicalId} applies to it depends on ${undecided.subnet.reason}` };
        }
        const associations = this.associations.filter((a) => isSelf(a.subnet) && a.existence.state !== 'no');
        if (associations.length === 0) {
            return { unknown: 'it has no SubnetRouteTableAssociation, so it uses its VPC\u2019s main route table, which CloudFormation cannot set' };
        }
        if (associations.length > 1)
            return { unknown: `it has ${associations.length} route table associations (${associations.map((a) => a.logicalId).join(', ')})` };
        const association = associations[0];
        if (!NetworkBuilder.certain(association.existence, [existence.condition])) {
            return { unknown: `its route table association ${association.logicalId} exists only when condition ${association.existence.condition} holds` };
        }
        const table = association.routeTable;
        if (table.kind !== 'resource' || table.type !== 'AWS::EC2::RouteTable') {
            const what = table.kind === 'unknown' ? table.reason : table.kind === 'literal' ? table.value : `${table.type} ${table.logicalId}`;
            return { unknown: `its route table is ${what}, not a route table of the repository` };
        }
        return { table, association };
    }
    routing(template, id, existence) {
        const unknown = (reason) => ({ placement: 'unknown', placementReason: reason, egress: 'unknown', egressReason: reason });
        const found = this.associatedTable(template, id, existence);
        if ('unknown' in found)
            return unknown(found.unknown);
        const { table, association } = found;
        const tableName = table.logicalId;
        const routeTable = { file: table.template.file, logicalId: tableName };
        const undecidedRoute = this.routes.find((r) => r.existence.state !== 'no' && r.routeTable.kind === 'unknown' && r.template === table.template && mentions(r.routeTableRaw).has(tableName));
        if (undecidedRoute?.routeTable.kind === 'unknown') {
            return unknown(`whether route ${undecidedRoute.logicalId} belongs to its route table ${tableName} depends on ${undecidedRoute.routeTable.reason}`);
        }
        // Routes that exist whenever the subnet, its association and its table do.
        const given = [existence.condition, association.existence.condition, this.existence(table.template, tableName).condition];
        const routes = this.routes.filter((r) => r.existence.state !== 'no' && r.routeTable.kind === 'resource' && r.routeTable.template === table.template && r.routeTable.logicalId === tableName);
        const certain = (r) => NetworkBuilder.certain(r.existence, given);
        const isDefault = (r) => r.destination !== undefined && DEFAULT_DESTINATIONS.has(r.destination);
        const via = (r) => `its route table ${tableName} sends ${r.destination} to ${r.hopLabel} in route ${r.logicalId}`;
        const igw = routes.find((r) => r.hop === 'internet-gateway' && isDefault(r) && certain(r));
        if (igw)
            return { placement: 'public', placementReason: via(igw), egress: 'internet-gateway', egressReason: via(igw), routeTable };
        // Not public for certain: call it private only if every route of the table is known.
        const doubt = routes.find((r) => !certain(r) && (isDefault(r) || r.destination === undefined || r.hop === 'internet-gateway'));
        if (doubt)
            return unknown(`route ${doubt.logicalId} of its route table ${tableName} exists only when condition ${doubt.existence.condition} holds`);
        const undetermined = routes.find((r) => r.destination === undefined || (isDefault(r) && r.hop === 'unknown'));
        if (undetermined) {
            const what = undetermined.destination === undefined ? 'has a destination the template does not fix' : `sends ${undetermined.destination} to ${undetermined.hopLabel}`;
            return unknown(`route ${undetermined.logicalId} of its route table ${tableName} ${what}`);
        }
        const oddGateway = routes.find((r) => r.hop === 'internet-gateway');
        if (oddGateway)
            return unknown(`its route table ${tableName} sends only ${oddGateway.destination} to ${oddGateway.hopLabel}`);
        if (this.escapes.get(table.template)?.has(tableName)) {
            return unknown(`its route table ${tableName} is handed to other stacks (Outputs, a nested stack or a custom resource), which may add routes`);
        }
        const placementReason = `its route table ${tableName} has no route to an internet gateway`;
        // Every default route left has a known target that is not an internet gateway.
        const order = ['nat', 'transit-gateway', 'other'];
        const egressRoute = routes
            .filter(isDefault)
            .map((r) => ({ r, egress: (r.hop === 'nat' || r.hop === 'transit-gateway' ? r.hop : 'other') }))
            .sort((a, b) => order.indexOf(a.egress) - order.indexOf(b.egress))[0];
        if (egressRoute)
            return { placement: 'private', placementReason, egress: egressRoute.egress, egressReason: via(egressRoute.r), routeTable };
        // A VPN or Direct Connect gateway may propagate a default route from on premises.
        const propagation = this.propagations.find((pr) => pr.existence.state !== 'no' &&
            (pr.tables.some((t) => t.kind === 'resource' && t.template === table.template && t.logicalId === tableName) ||
                (pr.template === table.template && pr.tables.some((t) => t.kind === 'unknown') && mentions(pr.raw).has(tableName))));
        if (propagation) {
            return { placement: 'private', placementReason, egress: 'unknown', egressReason: `route propagation ${propagation.logicalId} adds routes from a virtual private gateway to its route table ${tableName}`, routeTable };
        }
        return { placement: 'private', placementReason, egress: 'none', egressReason: `its route table ${tableName} has no default route (0.0.0.0/0 or ::/0)`, routeTable };
    }
}
function readTags(template, raw) {
    const tags = {};
    const unresolved = [];
    if (raw === undefined)
        return { tags, known: true, unresolved };
    const list = template.resolve(raw);
    if (!Array.isArray(list))
        return { tags, known: false, unresolved };
    let known = true;
    for (const item of list) {
        const key = fixedString(get(item, 'Key'));
        const value = fixedString(get(item, 'Value'));
        if (key === undefined)
            known = false;
        else if (value === undefined)
            unresolved.push(key);
        else
            tags[key] = value;
    }
    return { tags, known, unresolved };
}
/** Builds the network model of every template of the repository. */
function buildNetwork(templates) {
    return new NetworkBuilder(templates).build();
}

;// CONCATENATED MODULE: ./src/model/scopes.ts


function dirSegments(file) {
    const dir = external_node_path_default().posix.dirname(file);
    return dir === '.' ? [] : dir.split('/');
}
function commonPrefix(a, b) {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n])
        n++;
    return n;
}
/**
 * Splits the model into one scope per cluster. An object goes to the clusters whose config
 * `paths` globs match its file; failing that, to the cluster(s) whose file shares the longest
 * directory prefix with its own (clusters with `paths` claim objects only through them). Ties
 * go to every tied cluster, so an object is never silently checked against none.
 */
function assignScopes(model) {
    const clusters = model.clusters;
    if (clusters.length <= 1) {
        return [
            {
                ...(clusters[0] ? { cluster: clusters[0] } : {}),
                nodeGroups: model.nodeGroups,
                workloads: model.workloads,
                services: model.services,
                ingresses: model.ingresses,
                autoscalers: model.autoscalers,
                manifests: model.manifests,
            },
        ];
    }
    const every = clusters.map((_, i) => i);
    // Config globs are PR-controlled: matched without backtracking (src/collect/glob.ts).
    const globs = clusters.map((c) => (c.paths?.length ? safeMatcher(c.paths) : undefined));
    const byProximity = every.filter((i) => !globs[i]);
    // A config file's location says nothing about where a cluster's manifests live.
    const clusterDirs = clusters.map((c) => (c.source === 'config' ? [] : dirSegments(c.ref.doc.path)));
    // Objects share files, so their clusters are worked out once per file.
    const locatedByFile = new Map();
    const located = (object) => {
        const file = object.ref.doc.path;
        const known = locatedByFile.get(file);
        if (known)
            return known;
        const claimed = every.filter((i) => globs[i]?.(file));
        let found;
        if (claimed.length)
            found = claimed;
        else if (!byProximity.length)
            found = every;
        else {
            const dir = dirSegments(file);
            const scores = byProximity.map((i) => commonPrefix(clusterDirs[i] ?? [], dir));
            const best = Math.max(...scores);
            found = byProximity.filter((_, k) => scores[k] === best);
        }
        locatedByFile.set(file, found);
        return found;
    };
    const forNodeGroup = (group) => {
        const named = group.clusterName === undefined ? [] : every.filter((i) => clusters[i]?.name === group.clusterName);
        if (named.length === 1)
            return named;
        if (named.length > 1) {
            // Several clusters share the name (e.g. prod and its copy in another folder): the nearest wins.
            const dir = dirSegments(group.ref.doc.path);
            const scores = named.map((i) => commonPrefix(clusterDirs[i] ?? [], dir));
            const best = Math.max(...scores);
            return named.filter((_, k) => scores[k] === best);
        }
        return group.source === 'config' ? every : located(group);
    };
    /** Splits items into one list per cluster, each item in the list of every cluster chosen for it. */
    const split = (items, choose = located) => {
        const lists = clusters.map(() => []);
        for (const item of items)
            for (const i of choose(item))
                lists[i]?.push(item);
        return lists;
    };
    const nodeGroups = split(model.nodeGroups, forNodeGroup);
    const workloads = split(model.workloads);
    const services = split(model.services);
    const ingresses = split(model.ingresses);
    const autoscalers = split(model.autoscalers);
    const manifests = split(model.manifests);
    return clusters.map((cluster, i) => ({
        cluster,
        nodeGroups: nodeGroups[i] ?? [],
        workloads: workloads[i] ?? [],
        services: services[i] ?? [],
        ingresses: ingresses[i] ?? [],
        autoscalers: autoscalers[i] ?? [],
        manifests: manifests[i] ?? [],
    }));
}
/** A cluster whose `paths` expand past the matcher's limits claims no file by glob rather than ending the review. */
function safeMatcher(patterns) {
    try {
        return globMatcher(patterns);
    }
    catch {
        return () => false;
    }
}

;// CONCATENATED MODULE: ./src/model/build.ts








function manifestObjects(manifest) {
    const workload = toWorkload(manifest);
    if (workload)
        return { manifest, workload };
    const service = toService(manifest);
    const ingress = toIngress(manifest);
    const autoscaler = toAutoscaler(manifest);
    return {
        manifest,
        ...(service ? { service } : {}),
        ...(ingress ? { ingress } : {}),
        ...(autoscaler ? { autoscaler } : {}),
        ...(isEksctlConfig(manifest)
            ? {
                eksctl: {
                    cluster: eksctlCluster(manifest),
                    nodeGroups: eksctlNodeGroups(manifest),
                    addons: eksctlAddons(manifest),
                    nodeGroupsOnly: isNodeGroupOnlyConfig(manifest),
                },
            }
            : {}),
    };
}
// The objects depend on the document alone, and a change's review models the same unchanged
// documents several times (base, head, the parts a change reaches): each is read once.
const byDocument = new WeakMap();
function documentObjects(doc) {
    let objects = byDocument.get(doc);
    if (!objects) {
        if (isCfnTemplate(doc.value)) {
            const template = makeTemplate(doc);
            objects = {
                template: { template, clusters: cfnClusters(template), nodeGroups: cfnNodeGroups(template), addons: cfnAddons(template) },
                manifests: [],
            };
        }
        else {
            objects = { manifests: manifestsOf(doc).map(manifestObjects) };
        }
        byDocument.set(doc, objects);
    }
    return objects;
}
/**
 * Builds the model the rules read from every loaded document, plus the clusters and node
 * groups the config declares. Never throws on odd input.
 */
function buildModel(files, config) {
    const manifests = [];
    const templates = [];
    const workloads = [];
    const services = [];
    const ingresses = [];
    const autoscalers = [];
    const nodeGroups = [];
    const clusters = [];
    const cfnGroups = [];
    const cfnClusterList = [];
    const nodeGroupFiles = [];
    const addons = [];
    for (const file of files) {
        for (const doc of file.documents) {
            const objects = documentObjects(doc);
            if (objects.template) {
                templates.push(objects.template.template);
                cfnClusterList.push(...objects.template.clusters);
                cfnGroups.push(...objects.template.nodeGroups);
                addons.push(...objects.template.addons);
            }
            for (const m of objects.manifests) {
                manifests.push(m.manifest);
                if (m.workload)
                    workloads.push(m.workload);
                if (m.service)
                    services.push(m.service);
                if (m.ingress)
                    ingresses.push(m.ingress);
                if (m.autoscaler)
                    autoscalers.push(m.autoscaler);
                if (m.eksctl) {
                    (m.eksctl.nodeGroupsOnly ? nodeGroupFiles : clusters).push(m.eksctl.cluster);
                    nodeGroups.push(...m.eksctl.nodeGroups);
                    addons.push(...m.eksctl.addons);
                }
            }
        }
    }
    // Same order as ever: eksctl, Karpenter, CloudFormation, config.
    nodeGroups.push(...karpenterNodeGroups(manifests), ...cfnGroups, ...configNodeGroups(config));
    clusters.push(...cfnClusterList);
    // A node-group file joins the cluster of its name (its node groups name it); only when the
    // repository defines no such cluster does the file stand for it, with eksctl's defaults.
    const defined = new Set(clusters.map((c) => c.name));
    clusters.push(...nodeGroupFiles.filter((c) => !defined.has(c.name)));
    const allClusters = withConfigClusters(clusters, config);
    addons.push(...daemonSetAddons(workloads));
    const unscoped = { manifests, workloads, services, ingresses, autoscalers, nodeGroups, clusters: allClusters, templates, addons };
    return { ...unscoped, network: buildNetwork(templates), scopes: assignScopes(unscoped) };
}

;// CONCATENATED MODULE: ./src/engine/affected.ts



/**
 * Kinds whose objects no rule reads beyond the object itself, except through a link (an
 * autoscaler and the workload it scales): workloads other than DaemonSets, Services, Ingresses,
 * autoscalers, and kinds that only `removed-api`/`deprecated-api` look at, each on its own.
 * Everything else is context: DaemonSets (per-node overhead), LimitRanges and RuntimeClasses
 * (pod memory), node groups and clusters in all their forms, IngressClasses, webhooks; and any
 * kind not listed, so that a rule that starts reading a new kind is safe until it is decided
 * here. A test fails when rule or model code names one of the inert kinds.
 */
const INERT_KINDS = [
    'ConfigMap',
    'Secret',
    'ServiceAccount',
    'Role',
    'RoleBinding',
    'ClusterRole',
    'ClusterRoleBinding',
    'PersistentVolumeClaim',
    'PodDisruptionBudget',
    'NetworkPolicy',
    'Namespace',
];
const LEAF_KINDS = new Set([
    ...['Pod', 'Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob', 'Service', 'Ingress', 'HorizontalPodAutoscaler'],
    ...INERT_KINDS,
]);
/** A leaf: a workload (not a DaemonSet), Service, Ingress, autoscaler, or an inert kind. */
function isLeaf(manifest) {
    // The Load Balancer Controller's own Deployment decides which controller every Service gets.
    return LEAF_KINDS.has(manifest.kind) && !isLoadBalancerControllerDeployment(manifest);
}
/** A CloudFormation template, or a document with any manifest that is not a leaf. */
function holdsContext(doc) {
    const objects = documentObjects(doc);
    return objects.template !== undefined || objects.manifests.some((m) => !isLeaf(m.manifest));
}
// Unchanged files are the same LoadedFile in both revisions: each is sorted out once.
const contextByFile = new WeakMap();
/** The documents of a file that hold context. */
function contextOf(file) {
    let docs = contextByFile.get(file);
    if (!docs)
        contextByFile.set(file, (docs = file.documents.filter(holdsContext)));
    return docs;
}
/** Files with a suppression (comment or annotation): every finding they may hide must be computed. */
function hasSuppression(file) {
    return (file.text.includes(IGNORE_COMMENT) ||
        file.documents.some((doc) => documentObjects(doc).manifests.some((m) => m.manifest.annotations[IGNORE_ANNOTATION] !== undefined)));
}
const linkKey = (kind, name) => `${kind}/${name}`;
/**
 * The files reached from `seeds` through links. capacity reads a workload's autoscaler and
 * reports at it, so an autoscaler and the workloads of the kind and name it targets are
 * linked (namespaces and clusters ignored: linking too much only costs time). `versions`
 * gives a path's files in both revisions; `autoscalers` and `workloads` are those of both.
 */
function linkedClosure(seeds, versions, autoscalers, workloads) {
    const scalerFiles = new Map();
    for (const h of autoscalers) {
        if (!h.target)
            continue;
        const key = linkKey(h.target.kind, h.target.name);
        const files = scalerFiles.get(key);
        if (files)
            files.push(h.ref.doc.path);
        else
            scalerFiles.set(key, [h.ref.doc.path]);
    }
    const reached = new Set();
    const followed = new Set();
    // Keys whose workloads are still to be looked up: one pass over the workloads serves them all.
    let pending = new Map();
    const queue = [...seeds];
    while (queue.length > 0) {
        for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
            if (reached.has(file))
                continue;
            reached.add(file);
            if (scalerFiles.size === 0)
                continue;
            for (const doc of versions(file).flatMap((f) => f.documents)) {
                for (const { workload, autoscaler } of documentObjects(doc).manifests) {
                    const target = workload ? [workload.kind, workload.name] : autoscaler?.target ? [autoscaler.target.kind, autoscaler.target.name] : undefined;
                    if (!target)
                        continue;
                    const [kind = '', name = ''] = target;
                    const key = linkKey(kind, name);
                    if (followed.has(key) || !scalerFiles.has(key))
                        continue;
                    followed.add(key);
                    queue.push(...(scalerFiles.get(key) ?? []));
                    pending.set(name, (pending.get(name) ?? new Set()).add(kind));
                }
            }
        }
        if (pending.size === 0)
            break;
        const names = pending;
        pending = new Map();
        for (const w of workloads)
            if (names.get(w.name)?.has(w.kind))
                queue.push(w.ref.doc.path);
    }
    return reached;
}
/**
 * The models on which `context` and `object` rules give, for both revisions, every finding
 * that can differ between them or that the change's review reports: each revision's context
 * plus the whole of the files the change reaches (those that differ, the `changedFiles` the
 * filter reports, the files with suppressions, and what is linked to them). Undefined when the
 * change touches context: then findings anywhere may differ and every rule reads everything.
 *
 * Unchanged files are recognised by identity: the base tree reuses the head's LoadedFile for
 * them (src/engine/change.ts), and the model objects of a document are built once
 * (`documentObjects`), so only the files that differ need looking at twice. The config is
 * context too but never differs: the head's judges both revisions.
 */
function reducedModels(head, base, changedFiles) {
    const headFiles = new Map(head.files.map((f) => [f.path, f]));
    const baseFiles = new Map(base.files.map((f) => [f.path, f]));
    const versions = (p) => {
        const [h, b] = [headFiles.get(p), baseFiles.get(p)];
        return h === b ? (h ? [h] : []) : [...(h ? [h] : []), ...(b ? [b] : [])];
    };
    const differing = new Set([...headFiles.keys(), ...baseFiles.keys()].filter((p) => headFiles.get(p) !== baseFiles.get(p)));
    for (const p of differing)
        if (versions(p).some((f) => contextOf(f).length > 0))
            return undefined;
    // Objects of unchanged files are the same in both revisions (documentObjects): the base adds those of the others.
    const baseOnly = [...differing].flatMap((p) => baseFiles.get(p)?.documents ?? []).flatMap((doc) => documentObjects(doc).manifests);
    const affected = linkedClosure([...differing, ...changedFiles, ...head.files.filter(hasSuppression).map((f) => f.path), ...[...differing].flatMap(versions).filter(hasSuppression).map((f) => f.path)], versions, [...head.model.autoscalers, ...baseOnly.flatMap((m) => m.autoscaler ?? [])], [...head.model.workloads, ...baseOnly.flatMap((m) => m.workload ?? [])]);
    const reduce = (tree) => buildModel(tree.files.flatMap((f) => {
        if (affected.has(f.path))
            return [f];
        const documents = contextOf(f);
        return documents.length ? [{ ...f, documents }] : [];
    }), tree.config);
    return { head: reduce(head), base: reduce(base), affected };
}

;// CONCATENATED MODULE: ./src/engine/filter.ts

const FILTER_MODES = ['new', 'changed', 'all'];
/**
 * What makes a finding "the same" in two revisions: rule, file and the object it is about.
 * Lines are left out on purpose: an edit above an object moves its findings without changing them.
 */
function findingKey(finding) {
    const o = finding.object;
    return JSON.stringify([finding.rule, finding.path, o?.kind ?? '', o?.namespace ?? '', o?.name ?? '']);
}
/**
 * The head findings that have no counterpart at the base. One object can carry several findings
 * of a rule (one per container, say), so they are paired one to one: first those whose message
 * is unchanged, then the rest in order; head findings left unpaired are new.
 */
function newFindings(head, base) {
    const unpaired = new Map();
    for (const f of base) {
        const key = findingKey(f);
        const list = unpaired.get(key);
        if (list)
            list.push(f);
        else
            unpaired.set(key, [f]);
    }
    const paired = new Set();
    const byKey = new Map();
    for (const f of head) {
        const key = findingKey(f);
        const list = byKey.get(key);
        if (list)
            list.push(f);
        else
            byKey.set(key, [f]);
    }
    for (const [key, group] of byKey) {
        const candidates = unpaired.get(key) ?? [];
        for (const f of group) {
            const i = candidates.findIndex((b) => b.message === f.message);
            if (i >= 0) {
                candidates.splice(i, 1);
                paired.add(f);
            }
        }
        for (const f of group) {
            if (paired.has(f) || candidates.length === 0)
                continue;
            candidates.shift();
            paired.add(f);
        }
    }
    return head.filter((f) => !paired.has(f));
}
/** Applies `mode`; `changedFiles` are paths in the findings' coordinates (relative to the review root). */
function filterFindings(head, base, mode, changedFiles) {
    if (mode === 'all')
        return [...head];
    const fresh = new Set(newFindings(head, base));
    // An overrun is about this review, not a file: reporting it only when "new" would let a base
    // that also ran out of time hide it.
    if (mode === 'new')
        return head.filter((f) => fresh.has(f) || isIncomplete(f));
    return head.filter((f) => fresh.has(f) || changedFiles.has(f.path) || isIncomplete(f));
}
/**
 * Every finding in a file the change added or modified: what `changed` and `new` can still
 * report when the base cannot be read (`new` cannot tell old findings from new ones without it).
 */
function inChangedFiles(findings, changedFiles) {
    return findings.filter((f) => changedFiles.has(f.path) || isIncomplete(f));
}

;// CONCATENATED MODULE: ./src/engine/suppress.ts


/** `rule-a, family-b -- the reason`: targets before the first `--`, the reason after it. */
function parseDirective(text) {
    const separator = text.indexOf('--');
    const list = separator === -1 ? text : text.slice(0, separator);
    const reason = separator === -1 ? '' : text.slice(separator + 2).trim();
    const targets = list
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== '');
    return { targets, ...(reason ? { reason } : {}) };
}
/** A finding's rule is named by its id or by its family. */
function targetMatches(target, ruleId) {
    return target === ruleId || ruleId.startsWith(`${target}/`);
}
function annotationSuppressions(manifests) {
    return manifests.flatMap((m) => {
        const value = m.annotations[IGNORE_ANNOTATION];
        if (value === undefined)
            return [];
        const { doc, base } = m.ref;
        const at = doc.locate([...base, 'metadata', 'annotations', IGNORE_ANNOTATION]);
        const extent = doc.locate(base);
        return [
            {
                kind: 'annotation',
                location: {
                    path: doc.path,
                    startLine: at.start.line,
                    endLine: at.start.line,
                    startColumn: at.start.column,
                    endColumn: at.end.line === at.start.line ? at.end.column : at.start.column,
                },
                ...parseDirective(value),
                covers: { path: doc.path, fromLine: extent.start.line, toLine: Math.max(extent.end.line, extent.start.line) },
                object: { kind: m.kind, name: m.name, ...(m.namespace !== undefined ? { namespace: m.namespace } : {}) },
            },
        ];
    });
}
/**
 * Source ranges of every scalar (quoted and block scalars included), so that a marker inside
 * a string is not taken for a comment: starts and ends in document order, which is ascending
 * and non-overlapping. Undefined when the file does not parse as a whole; then every marker
 * that YAML could read as a comment counts.
 */
function scalarRanges(text) {
    try {
        const starts = [];
        const ends = [];
        for (const ev of parseEvents(text, {})) {
            if (ev.type === EVENT_ID.SCALAR && ev.valueEnd > ev.valueStart) {
                starts.push(ev.valueStart);
                ends.push(ev.valueEnd);
            }
        }
        return { starts, ends };
    }
    catch {
        return undefined;
    }
}
/** Binary search: is `at` inside one of the ranges? (A linear scan per comment made 45,000 comments take minutes.) */
function insideScalar(ranges, at) {
    let lo = 0;
    let hi = ranges.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((ranges.starts[mid] ?? 0) <= at) {
            last = mid;
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    return last >= 0 && at < (ranges.ends[last] ?? 0);
}
const COMMENT = new RegExp(`(^|[ \\t])#[ \\t]*${IGNORE_COMMENT}(?=[ \\t]|$)(.*)$`);
const BLANK_OR_COMMENT = /^\s*(#.*)?$/;
function commentSuppressions(file) {
    // Most files never mention the marker: skip them before splitting lines or re-parsing.
    if (!file.text.includes(IGNORE_COMMENT))
        return [];
    const ranges = scalarRanges(file.text);
    const lines = file.text.split('\n');
    // The next line with content at or after each line, computed once from the end: stacked
    // comments each searching forward were quadratic.
    let nextContent;
    const contentFrom = (i) => {
        if (!nextContent) {
            nextContent = new Int32Array(lines.length + 1);
            nextContent[lines.length] = lines.length;
            for (let k = lines.length - 1; k >= 0; k--)
                nextContent[k] = BLANK_OR_COMMENT.test(lines[k] ?? '') ? (nextContent[k + 1] ?? lines.length) : k;
        }
        return nextContent[i] ?? lines.length;
    };
    const out = [];
    let offset = 0;
    lines.forEach((line, i) => {
        const lineStart = offset;
        offset += line.length + 1;
        if (!line.includes(IGNORE_COMMENT))
            return;
        const match = COMMENT.exec(line.replace(/\r$/, ''));
        if (!match)
            return;
        const hash = match.index + (match[1] ?? '').length;
        const at = lineStart + hash;
        if (ranges && insideScalar(ranges, at))
            return;
        const standalone = line.slice(0, hash).trim() === '';
        // A comment on its own line covers the next line with content (stacked comments share it).
        const target = standalone ? contentFrom(i + 1) : i;
        const text = line.replace(/\r$/, '');
        out.push({
            kind: 'comment',
            location: { path: file.path, startLine: i + 1, endLine: i + 1, startColumn: hash + 1, endColumn: text.length + 1 },
            ...parseDirective(match[2] ?? ''),
            covers: { path: file.path, fromLine: target + 1, toLine: target + 1 },
        });
    });
    return out;
}
/** Every suppression written in the reviewed files: annotations on objects, then comments. */
function findSuppressions(files, manifests) {
    return [...annotationSuppressions(manifests), ...files.flatMap(commentSuppressions)];
}
/**
 * Splits findings into those reported and those a suppression covers, and records what each
 * suppression's targets matched. `ran` are the ids of the rules whose findings are given;
 * `known` every rule id that exists (a target naming none of them is `unknown`).
 */
function applySuppressions(findings, suppressions, ran, known) {
    const counts = suppressions.map((s) => s.targets.map(() => 0));
    const kept = [];
    const suppressed = [];
    const covering = coverIndex(suppressions);
    for (const finding of findings) {
        let by;
        for (const i of covering(finding.path, finding.startLine)) {
            const s = suppressions[i];
            if (!s)
                continue;
            s.targets.forEach((t, j) => {
                if (!targetMatches(t, finding.rule))
                    return;
                const row = counts[i];
                if (row)
                    row[j] = (row[j] ?? 0) + 1;
                by ??= s;
            });
        }
        if (!by) {
            kept.push(finding);
            continue;
        }
        suppressed.push({
            ...finding,
            suppressedBy: { kind: by.kind, path: by.location.path, line: by.location.startLine, ...(by.reason !== undefined ? { reason: by.reason } : {}) },
        });
    }
    const uses = suppressions.map((s, i) => ({
        suppression: s,
        targets: s.targets.map((target, j) => {
            const count = counts[i]?.[j] ?? 0;
            const status = !known.some((id) => targetMatches(target, id))
                ? 'unknown'
                : count > 0
                    ? 'used'
                    : ran.some((id) => targetMatches(target, id))
                        ? 'unused'
                        : 'not-run';
            return { target, status, count };
        }),
    }));
    return { kept, suppressed, uses };
}
/**
 * The suppressions covering a line of a file, in their original order, without scanning them
 * all for every finding: per file, sorted by first line, with the running maximum of last lines
 * so the backward scan stops as soon as nothing earlier can reach the line.
 */
function coverIndex(suppressions) {
    const byPath = new Map();
    suppressions.forEach((s, i) => {
        const entry = byPath.get(s.covers.path) ?? { order: [], from: [], reach: [] };
        entry.order.push(i);
        byPath.set(s.covers.path, entry);
    });
    for (const entry of byPath.values()) {
        entry.order.sort((a, b) => (suppressions[a]?.covers.fromLine ?? 0) - (suppressions[b]?.covers.fromLine ?? 0) || a - b);
        let reach = -Infinity;
        for (const i of entry.order) {
            const covers = suppressions[i]?.covers;
            entry.from.push(covers?.fromLine ?? 0);
            reach = Math.max(reach, covers?.toLine ?? 0);
            entry.reach.push(reach);
        }
    }
    return (path, line) => {
        const entry = byPath.get(path);
        if (!entry)
            return [];
        let lo = 0;
        let hi = entry.from.length - 1;
        let last = -1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if ((entry.from[mid] ?? 0) <= line) {
                last = mid;
                lo = mid + 1;
            }
            else
                hi = mid - 1;
        }
        const hits = [];
        for (let k = last; k >= 0 && (entry.reach[k] ?? 0) >= line; k--) {
            const i = entry.order[k] ?? 0;
            if ((suppressions[i]?.covers.toLine ?? 0) >= line)
                hits.push(i);
        }
        return hits.sort((a, b) => a - b);
    };
}

;// CONCATENATED MODULE: ./src/config/problems.ts
/* Problems of the config file, and how they become positioned `input/invalid-config` findings. */
const INVALID_CONFIG_RULE = 'input/invalid-config';
/** `nodeGroups[1].kubelet.maxPods`, the way a reader finds it in the file. */
function describePath(p) {
    return p.reduce((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '') || '(the document)';
}
/** An `input/invalid-config` finding at `problem.path` of the config document. */
function configFinding(doc, problem) {
    const range = doc.locate(problem.path);
    return {
        rule: INVALID_CONFIG_RULE,
        severity: problem.severity ?? 'error',
        path: doc.path,
        startLine: range.start.line,
        endLine: range.start.line,
        startColumn: range.start.column,
        endColumn: range.end.line === range.start.line ? Math.max(range.end.column, range.start.column) : range.start.column,
        message: problem.message,
    };
}

;// CONCATENATED MODULE: ./src/config/checks.ts

/**
 * What the config says that the reviewed files contradict or cannot honour, found once the
 * model exists. Warnings: the review still runs, but the reader should know which side won.
 */
function checkConfigAgainstModel(config, model) {
    const doc = config.document;
    if (!doc)
        return [];
    const findings = [];
    const fileClusters = model.clusters.filter((c) => c.source !== 'config');
    for (const entry of config.clusters) {
        const defined = fileClusters.find((c) => c.name === entry.name);
        if (!defined || entry.version === undefined || entry.version === defined.version?.value)
            continue;
        const stated = defined.version ? `states version ${defined.version.value}` : 'states no fixed version';
        findings.push(configFinding(doc, {
            path: ['clusters', entry.index, 'version'],
            severity: 'warning',
            message: `cluster \`${entry.name}\` is defined in ${defined.ref.doc.path}, which ${stated}; the file's definition is used and \`${describePath(['clusters', entry.index, 'version'])}\` (${entry.version}) is ignored: change the version in that file`,
        }));
    }
    const names = model.clusters.map((c) => c.name);
    if (names.length > 0) {
        for (const group of config.nodeGroups) {
            if (group.cluster === undefined || names.includes(group.cluster))
                continue;
            findings.push(configFinding(doc, {
                path: ['nodeGroups', group.index, 'cluster'],
                severity: 'warning',
                message: `node group \`${group.name}\` joins cluster \`${group.cluster}\`, which no reviewed file or \`clusters\` entry defines (known: ${names.join(', ')}); it is checked with every cluster`,
            }));
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/load/cfn-schema.ts

/**
 * CloudFormation's YAML short forms (`!Ref`, `!Sub`, ...) expand to the long form
 * (`{"Fn::Sub": ...}`) so that model code reads one shape whatever the author wrote.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */
const FUNCTIONS = [
    'Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub',
    'Transform', 'If', 'Equals', 'Not', 'And', 'Or', 'ToJsonString', 'Length',
];
const never = () => false;
function longFormKey(name) {
    return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}
function tagsFor(name) {
    const key = longFormKey(name);
    const wrap = (value) => ({ [key]: value });
    const scalar = defineScalarTag(`!${name}`, {
        resolve: (source) => {
            // `!GetAtt Resource.Attribute` is the scalar spelling of `[Resource, Attribute]`.
            if (name === 'GetAtt') {
                const dot = source.indexOf('.');
                return wrap(dot < 0 ? [source] : [source.slice(0, dot), source.slice(dot + 1)]);
            }
            return wrap(source);
        },
        identify: never,
    });
    const sequence = defineSequenceTag(`!${name}`, {
        create: () => [],
        addItem: (carrier, item) => {
            carrier.push(item);
        },
        finalize: wrap,
        identify: never,
    });
    const mapping = defineMappingTag(`!${name}`, {
        create: () => new Map(),
        addPair: (carrier, k, v) => {
            carrier.set(k, v);
            return '';
        },
        has: (carrier, k) => carrier.has(k),
        keys: (result) => Object.keys(result),
        get: (result, k) => result[String(k)],
        finalize: (carrier) => wrap(Object.fromEntries([...carrier].map(([k, v]) => [String(k), v]))),
        identify: never,
    });
    return [scalar, sequence, mapping];
}
/**
 * Any other local tag (`!vault`, `!include`, ...) is read as its untagged value rather than
 * failing the whole file: the reviewer only needs the structure around it.
 */
const passThroughTags = [
    defineScalarTag('!', { matchByTagPrefix: true, resolve: (s) => s, identify: never }),
    defineSequenceTag('!', {
        matchByTagPrefix: true,
        create: () => [],
        addItem: (c, item) => {
            c.push(item);
        },
        identify: never,
    }),
    defineMappingTag('!', {
        matchByTagPrefix: true,
        create: () => ({}),
        addPair: (c, k, v) => {
            c[String(k)] = v;
            return '';
        },
        has: (c, k) => Object.prototype.hasOwnProperty.call(c, String(k)),
        keys: (r) => Object.keys(r),
        get: (r, k) => r[String(k)],
        identify: never,
    }),
];
/**
 * The schema every manifest is read with: YAML 1.2 core (what `js-yaml.load` uses), merge
 * keys (Kubernetes' Go YAML library honours `<<`), CloudFormation short forms, and
 * pass-through for other local tags. A superset of js-yaml's default, so anything
 * `js-yaml.load` accepts, this accepts.
 */
const MANIFEST_SCHEMA = CORE_SCHEMA.withTags(mergeTag, ...passThroughTags, ...['Ref', 'Condition', ...FUNCTIONS].flatMap(tagsFor));

;// CONCATENATED MODULE: ./src/load/lines.ts
/** Maps string offsets to 1-based line/column; built once per file, on first use. */
class LineIndex {
    starts;
    constructor(text) {
        const starts = [0];
        let at = text.indexOf('\n');
        while (at !== -1) {
            starts.push(at + 1);
            at = text.indexOf('\n', at + 1);
        }
        this.starts = starts;
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
    }
}

;// CONCATENATED MODULE: ./src/load/types.ts
const DEFAULT_LOAD_LIMITS = {
    maxDepth: 100,
    maxAliases: 10_000,
    maxExpandedNodes: 1_000_000,
    maxDocuments: 10_000,
};

;// CONCATENATED MODULE: ./src/load/yaml.ts





/**
 * The parsed text of one chunk (a whole file, or one document when salvaging), with its events
 * packed four 32-bit numbers each: the parser's event objects cost several times the memory of
 * the values built from them, and a finding's position needs only offsets and types.
 */
class ParsedText {
    text;
    packed;
    toFileOffset;
    constructor(text, packed, toFileOffset) {
        this.text = text;
        this.packed = packed;
        this.toFileOffset = toFileOffset;
    }
}
const SLOTS = 4;
/**
 * Slot 0 is the event type and scalar style; then SCALAR: value start, value end, start of its
 * anchor or tag (-1 when none); MAPPING/SEQUENCE: start, -, anchor start; ALIAS: anchor start, end.
 */
function packEvents(events) {
    const packed = new Int32Array(events.length * SLOTS);
    for (let i = 0; i < events.length; i++) {
        const ev = events[i];
        if (!ev)
            continue;
        const at = i * SLOTS;
        switch (ev.type) {
            case EVENT_ID.SCALAR:
                packed[at] = ev.type | (ev.style << 3);
                packed[at + 1] = ev.valueStart;
                packed[at + 2] = ev.valueEnd;
                packed[at + 3] = ev.anchorStart >= 0 ? ev.anchorStart - 1 : ev.tagStart;
                break;
            case EVENT_ID.MAPPING:
            case EVENT_ID.SEQUENCE:
                packed[at] = ev.type;
                packed[at + 1] = ev.start;
                packed[at + 3] = ev.anchorStart;
                break;
            case EVENT_ID.ALIAS:
                packed[at] = ev.type;
                packed[at + 1] = ev.anchorStart;
                packed[at + 2] = ev.anchorEnd;
                break;
            default:
                packed[at] = ev.type;
        }
    }
    return packed;
}
class EventDocument {
    path;
    index;
    value;
    parsed;
    firstEvent;
    lines;
    tree;
    constructor(path, index, value, parsed, 
    /** Index of the document's DOCUMENT event in the chunk's events. */
    firstEvent, lines) {
        this.path = path;
        this.index = index;
        this.value = value;
        this.parsed = parsed;
        this.firstEvent = firstEvent;
        this.lines = lines;
    }
    root() {
        this.tree ??= buildTree(this.parsed.packed, this.firstEvent + 1, this.parsed.text).node;
        return this.tree;
    }
    valueText(path) {
        let node = this.root();
        for (const segment of path) {
            const next = node.entries?.get(String(segment))?.node ?? (typeof segment === 'number' ? node.items?.[segment] : undefined);
            if (!next)
                return undefined;
            node = next;
        }
        return this.parsed.text.slice(Math.max(node.start, 0), Math.max(node.end, node.start, 0));
    }
    locate(path) {
        let node = this.root();
        let start = node.start;
        let end = node.end;
        for (const segment of path) {
            if (node.entries) {
                const entry = node.entries.get(String(segment));
                if (!entry)
                    break;
                node = entry.node;
                start = entry.keyStart;
                end = Math.max(entry.node.end, entry.keyStart);
            }
            else if (node.items && typeof segment === 'number' && node.items[segment]) {
                node = node.items[segment];
                start = node.start;
                end = node.end;
            }
            else
                break;
        }
        return {
            start: this.lines.position(this.parsed.toFileOffset(Math.max(start, 0))),
            end: this.lines.position(this.parsed.toFileOffset(Math.max(end, start, 0))),
        };
    }
}
/** The decoded text of a packed scalar key: plain keys are their source, others are unescaped. */
function keyText(packed, at, source) {
    const style = (packed[at] ?? 0) >> 3;
    const valueStart = packed[at + 1] ?? -1;
    const valueEnd = packed[at + 2] ?? -1;
    if (valueStart < 0)
        return '';
    if (style === SCALAR_STYLE.PLAIN)
        return source.slice(valueStart, valueEnd);
    const event = {
        type: EVENT_ID.SCALAR,
        valueStart,
        valueEnd,
        anchorStart: -1,
        anchorEnd: -1,
        tagStart: -1,
        tagEnd: -1,
        style: style,
        chomping: CHOMPING_MODE.CLIP,
        indent: -1,
        fast: false,
    };
    return getScalarValue(source, event);
}
/** Builds the position tree of the node whose first event is number `index`. */
function buildTree(packed, index, source) {
    const count = packed.length / SLOTS;
    if (index >= count)
        return { node: { start: 0, end: 0 }, next: index + 1 };
    const at = index * SLOTS;
    const type = (packed[at] ?? 0) & 7;
    const a = packed[at + 1] ?? -1;
    const b = packed[at + 2] ?? -1;
    const c = packed[at + 3] ?? -1;
    const typeOf = (i) => (packed[i * SLOTS] ?? 0) & 7;
    switch (type) {
        case EVENT_ID.SCALAR: {
            const start = c >= 0 ? c : a;
            return { node: { start, end: b >= 0 ? b : start }, next: index + 1 };
        }
        case EVENT_ID.ALIAS:
            return { node: { start: a - 1, end: b }, next: index + 1 };
        case EVENT_ID.MAPPING: {
            const start = c >= 0 ? Math.min(c - 1, a) : a;
            const entries = new Map();
            let end = start + 1;
            let i = index + 1;
            while (i < count && typeOf(i) !== EVENT_ID.POP) {
                const keyIndex = i;
                const key = buildTree(packed, i, source);
                const value = buildTree(packed, key.next, source);
                i = value.next;
                if (value.node.start < 0)
                    value.node = { start: key.node.end, end: key.node.end };
                const text = typeOf(keyIndex) === EVENT_ID.SCALAR ? keyText(packed, keyIndex * SLOTS, source) : '?';
                // A later duplicate key wins, as its value does (duplicates survive only in CloudFormation).
                entries.set(text, { keyStart: key.node.start, node: value.node });
                end = Math.max(end, value.node.end, key.node.end);
            }
            return { node: { start, end, entries }, next: i + 1 };
        }
        case EVENT_ID.SEQUENCE: {
            const start = c >= 0 ? Math.min(c - 1, a) : a;
            const items = [];
            let end = start + 1;
            let i = index + 1;
            while (i < count && typeOf(i) !== EVENT_ID.POP) {
                const item = buildTree(packed, i, source);
                if (item.node.start < 0)
                    item.node = { start: end, end };
                items.push(item.node);
                end = Math.max(end, item.node.end);
                i = item.next;
            }
            return { node: { start, end, items }, next: i + 1 };
        }
        default:
            return { node: { start: 0, end: 0 }, next: index + 1 };
    }
}
/**
 * One pass over the events: finds document boundaries and counts, per document, the nodes
 * it would expand to if every alias were copied. A "billion laughs" file has a few hundred
 * events but expands to 10^9 nodes; it is rejected here, before anything walks its values.
 */
function scanDocuments(events, source) {
    const spans = [];
    let current;
    const stack = [];
    let anchors = new Map();
    const add = (size) => {
        const top = stack[stack.length - 1];
        if (top)
            top.size += size;
        else if (current)
            current.expandedNodes += size;
    };
    for (let i = 0; i < events.length; i++) {
        const ev = events[i];
        if (!ev)
            continue;
        switch (ev.type) {
            case EVENT_ID.DOCUMENT:
                current = { first: i, last: i, expandedNodes: 0, aliases: 0 };
                anchors = new Map();
                break;
            case EVENT_ID.MAPPING:
            case EVENT_ID.SEQUENCE:
                stack.push({ size: 1, anchor: ev.anchorStart >= 0 ? source.slice(ev.anchorStart, ev.anchorEnd) : undefined });
                break;
            case EVENT_ID.SCALAR:
                if (ev.anchorStart >= 0)
                    anchors.set(source.slice(ev.anchorStart, ev.anchorEnd), 1);
                add(1);
                break;
            case EVENT_ID.ALIAS: {
                if (current)
                    current.aliases++;
                add(anchors.get(source.slice(ev.anchorStart, ev.anchorEnd)) ?? 1);
                break;
            }
            case EVENT_ID.POP: {
                const frame = stack.pop();
                if (frame) {
                    if (frame.anchor !== undefined)
                        anchors.set(frame.anchor, frame.size);
                    add(frame.size);
                }
                else if (current) {
                    current.last = i;
                    spans.push(current);
                    current = undefined;
                }
                break;
            }
        }
    }
    return spans;
}
function errorReason(error) {
    const e = error;
    // Only the reason: js-yaml's message embeds a snippet of the file, which must not reach logs.
    return (e.reason ?? (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? 'unknown error').slice(0, 200);
}
function errorOffset(error) {
    const position = error.mark?.position;
    return typeof position === 'number' ? position : undefined;
}
/** `{{ ... }}` outside a YAML string where YAML cannot have it: a Helm / Go template. */
const TEMPLATE_LINE = /^\s*(?:-\s+)?(?:[\w.-]+:\s*)?\{\{/m;
function looksLikeTemplate(text) {
    return text.includes('{{') && TEMPLATE_LINE.test(text);
}
class LimitError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/**
 * CloudFormation deploys a template whose mapping repeats a key, taking the last value; YAML
 * 1.2 (and kubectl) reject it. A template is recognised by its top-level sections.
 */
const CLOUDFORMATION_TEMPLATE = /^(?:AWSTemplateFormatVersion|Resources)\s*:/m;
/** Every scalar key that repeats an earlier key of the same mapping, in order. */
function findDuplicateKeys(events, text) {
    const duplicates = [];
    // Per open collection: the keys seen so far (mappings) and whether the next node is a key.
    const stack = [];
    const consumed = () => {
        const top = stack[stack.length - 1];
        if (top?.keys)
            top.expectKey = !top.expectKey;
    };
    for (const ev of events) {
        switch (ev.type) {
            case EVENT_ID.MAPPING:
                stack.push({ keys: new Set(), expectKey: true });
                break;
            case EVENT_ID.SEQUENCE:
                stack.push({ expectKey: false });
                break;
            case EVENT_ID.POP:
                if (stack.pop())
                    consumed();
                break;
            case EVENT_ID.SCALAR: {
                const top = stack[stack.length - 1];
                if (top?.keys && top.expectKey) {
                    const key = getScalarValue(text, ev);
                    if (top.keys.has(key))
                        duplicates.push({ offset: ev.valueStart, key });
                    top.keys.add(key);
                }
                consumed();
                break;
            }
            case EVENT_ID.ALIAS:
                consumed();
                break;
        }
    }
    return duplicates;
}
const MAX_INDENT_REPAIRS = 200;
/**
 * Each repair re-parses its chunk, so repairs are paid for in bytes re-parsed: at most three
 * times the file plus 64 KiB, so a large file costs about four parses however many of its
 * lines are under-indented, while a small one can still take dozens of repairs. The corpus's
 * templates need one or two repairs (50 KB files) and at most fourteen (700-byte files); a
 * crafted 5 MiB file with 200 such lines used to be parsed 400 times (278 s).
 */
const REPAIR_BYTES_PER_BYTE = 3;
const REPAIR_BYTES_SLACK = 64 * 1024;
/** What one file may still spend on repair, shared by the whole-file parse and the salvage. */
class RepairAllowance {
    remaining;
    exhausted = false;
    constructor(fileLength) {
        this.remaining = REPAIR_BYTES_PER_BYTE * fileLength + REPAIR_BYTES_SLACK;
    }
}
/** The review's time ran out inside a file. */
class OutOfTimeError extends Error {
}
/**
 * js-yaml follows YAML 1.2 strictly: a line inside a flow collection or a multi-line quoted
 * scalar must be indented more than its parent. CloudFormation, kubectl and most YAML
 * libraries accept such lines anyway (the AWS quick-start templates are full of `]` closing
 * at the key's indentation), so rejecting them would call a deployable template broken.
 * Whitespace at the start of those lines carries no meaning, so the loader indents the line
 * and parses again, remembering the inserted spaces to map positions back to the file.
 */
function parseWithIndentRepair(source, limits, allowance) {
    let text = source;
    const inserted = []; // offsets in `text` where one space was inserted, ascending
    const toChunkOffset = (offset) => {
        let shift = 0;
        for (const at of inserted) {
            if (at < offset)
                shift++;
            else
                break;
        }
        return offset - shift;
    };
    for (let attempt = 0;; attempt++) {
        try {
            return { events: parseEvents(text, { maxDepth: limits.maxDepth }), text, toChunkOffset };
        }
        catch (error) {
            const position = errorOffset(error);
            const repairable = error.reason === 'deficient indentation' && position !== undefined;
            const affordable = attempt < MAX_INDENT_REPAIRS && allowance.remaining >= text.length;
            if (repairable && !affordable)
                allowance.exhausted = true;
            if (!repairable || !affordable) {
                if (position !== undefined)
                    error.mark.position = toChunkOffset(position);
                throw error;
            }
            if (limits.expired?.())
                throw new OutOfTimeError();
            allowance.remaining -= text.length + 1;
            const lineStart = text.lastIndexOf('\n', Math.max(position - 1, 0)) + 1;
            // Keep earlier insertions' offsets valid: all of them lie before this line.
            for (let i = 0; i < inserted.length; i++)
                if ((inserted[i] ?? 0) >= lineStart)
                    inserted[i] = (inserted[i] ?? 0) + 1;
            inserted.push(lineStart);
            inserted.sort((a, b) => a - b);
            text = `${text.slice(0, lineStart)} ${text.slice(lineStart)}`;
        }
    }
}
function parseChunk(file, source, base, firstIndex, lines, limits, allowance) {
    let parsed;
    try {
        parsed = parseWithIndentRepair(source, limits, allowance);
    }
    catch (error) {
        if (/maxDepth/.test(errorReason(error))) {
            throw new LimitError(`collections nest deeper than ${limits.maxDepth} levels`, errorOffset(error) ?? 0);
        }
        throw error;
    }
    const { events, text, toChunkOffset } = parsed;
    const spans = scanDocuments(events, text);
    if (spans.length > limits.maxDocuments) {
        throw new LimitError(`file has ${spans.length} documents, over the limit of ${limits.maxDocuments}`, 0);
    }
    for (const span of spans) {
        if (span.aliases > limits.maxAliases) {
            throw new LimitError(`document uses ${span.aliases} aliases, over the limit of ${limits.maxAliases}`, toChunkOffset(docOffset(events, span)));
        }
        if (span.expandedNodes > limits.maxExpandedNodes) {
            throw new LimitError(`document expands through aliases to more than ${limits.maxExpandedNodes.toLocaleString('en-US')} nodes (an alias bomb)`, toChunkOffset(docOffset(events, span)));
        }
    }
    let values;
    let duplicateKeys = [];
    const construct = (json) => constructFromEvents(events, { source: text, schema: MANIFEST_SCHEMA, maxAliases: limits.maxAliases, json });
    try {
        try {
            values = construct(false);
        }
        catch (error) {
            // One document at a time (salvage splits a stream), so a template's tolerance never spreads to a manifest.
            if (errorReason(error) !== 'duplicated mapping key' || spans.length !== 1 || !CLOUDFORMATION_TEMPLATE.test(text))
                throw error;
            values = construct(true);
            duplicateKeys = findDuplicateKeys(events, text).map((d) => ({ ...d, offset: toChunkOffset(d.offset) }));
        }
    }
    catch (error) {
        const offset = errorOffset(error);
        if (offset !== undefined && error && typeof error === 'object') {
            error.mark.position = toChunkOffset(offset);
        }
        throw error;
    }
    const parsedText = new ParsedText(text, packEvents(events), (offset) => base + toChunkOffset(offset));
    const documents = spans.map((span, i) => new EventDocument(file.path, firstIndex + i, values[i], parsedText, span.first, lines));
    return { documents, duplicateKeys: duplicateKeys.map((d) => ({ ...d, offset: d.offset + base })) };
}
function docOffset(events, span) {
    for (let i = span.first; i <= span.last; i++) {
        const ev = events[i];
        if (ev && 'start' in ev)
            return ev.start;
        if (ev?.type === EVENT_ID.SCALAR && ev.valueStart >= 0)
            return ev.valueStart;
    }
    return 0;
}
/** Splits a multi-document stream at `---` lines, keeping offsets, to salvage good documents. */
function splitDocuments(text) {
    const chunks = [];
    const separator = /^---(?=\s|$)/gm;
    let start = 0;
    for (let m = separator.exec(text); m; m = separator.exec(text)) {
        if (m.index > start)
            chunks.push({ start, text: text.slice(start, m.index) });
        start = m.index;
    }
    chunks.push({ start, text: text.slice(start) });
    return chunks;
}
const INPUT_SEVERITY = { 'input/parse-error': 'error', 'input/duplicate-key': 'warning', 'input/skipped': 'notice' };
function inputFinding(rule, file, lines, offset, message) {
    const at = lines.position(Math.max(0, Math.min(offset, file.text.length)));
    return {
        rule,
        severity: INPUT_SEVERITY[rule],
        path: file.path,
        startLine: at.line,
        endLine: at.line,
        startColumn: at.column,
        endColumn: at.column,
        message,
    };
}
/**
 * Parses every document of a YAML or JSON file, keeping exact source positions. Never
 * throws: syntax errors, templates and limit violations come back as findings, and the
 * documents that did parse are still returned.
 */
function loadFile(input, limits = DEFAULT_LOAD_LIMITS) {
    const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
    const file = { path: input.path, text };
    const lines = new LineIndex(text);
    const result = (documents, findings) => ({
        path: file.path,
        documents,
        findings,
        lineCount: lines.lineCount,
        text,
    });
    const allowance = new RepairAllowance(text.length);
    try {
        const parsed = parseChunk(file, text, 0, 0, lines, limits, allowance);
        return result(parsed.documents, duplicateKeyFindings(file, lines, parsed));
    }
    catch (error) {
        if (error instanceof OutOfTimeError)
            return result([], [outOfTime(file, lines, 0)]);
        if (error instanceof LimitError) {
            return result([], [inputFinding('input/skipped', file, lines, error.offset, `not reviewed: ${error.message}`)]);
        }
        if (looksLikeTemplate(text)) {
            return result([], [
                inputFinding('input/skipped', file, lines, text.indexOf('{{'), 'not reviewed: a Helm/Go template (`{{ ... }}`), not plain YAML; review the rendered output (`helm template`) instead'),
            ]);
        }
        if (/\.json$/i.test(file.path)) {
            const json = loadJson(file, lines);
            if (json)
                return result([json], []);
        }
        return salvage(file, lines, limits, error, result, allowance);
    }
}
/** The time budget ran out inside this file: an error, so the gate closes (see src/engine/budget.ts). */
function outOfTime(file, lines, offset) {
    return {
        ...inputFinding('input/parse-error', file, lines, offset, ''),
        rule: INCOMPLETE_RULE,
        message: "the review's time budget ran out while this file was parsed, so it was not reviewed (or only in part)",
    };
}
function syntaxReason(error, allowance) {
    const reason = errorReason(error);
    return reason === 'deficient indentation' && allowance.exhausted
        ? `${reason} (the loader re-indents only a few under-indented lines per file, and this file has more: indent them under their parent)`
        : reason;
}
function duplicateKeyFindings(file, lines, parsed) {
    return parsed.duplicateKeys.map(({ offset, key }) => inputFinding('input/duplicate-key', file, lines, offset, `key ${JSON.stringify(key.slice(0, 80))} is given again in the same mapping; CloudFormation deploys the template with this later value and ignores the earlier one, which is how it is reviewed too; delete one of the two`));
}
function salvage(file, lines, limits, firstError, result, allowance) {
    const documents = [];
    const findings = [];
    let failures = 0;
    const chunks = splitDocuments(file.text);
    if (chunks.length > limits.maxDocuments)
        chunks.length = limits.maxDocuments;
    let index = 0;
    // One chunk is the file itself: parsing it again would only repeat the first error.
    for (const chunk of chunks.length > 1 ? chunks : []) {
        if (limits.expired?.()) {
            findings.push(outOfTime(file, lines, chunk.start));
            failures++;
            break;
        }
        try {
            const parsed = parseChunk(file, chunk.text, chunk.start, index, lines, limits, allowance);
            documents.push(...parsed.documents);
            findings.push(...duplicateKeyFindings(file, lines, parsed));
            index += Math.max(parsed.documents.length, 1);
        }
        catch (error) {
            if (error instanceof OutOfTimeError) {
                findings.push(outOfTime(file, lines, chunk.start));
                failures++;
                break;
            }
            const offset = chunk.start + (errorOffset(error) ?? 0);
            const message = error instanceof LimitError
                ? `not reviewed: ${error.message}`
                : `YAML syntax error: ${syntaxReason(error, allowance)}; this document was not reviewed, fix the syntax so the rest of the review can read it`;
            findings.push(inputFinding(error instanceof LimitError ? 'input/skipped' : 'input/parse-error', file, lines, offset, message));
            failures++;
            index++;
        }
    }
    if (failures === 0) {
        // Splitting fixed nothing the whole-file parse rejected (e.g. a directive); report that error.
        return result([], [inputFinding('input/parse-error', file, lines, errorOffset(firstError) ?? 0, `YAML syntax error: ${syntaxReason(firstError, allowance)}`)]);
    }
    return result(documents, findings);
}
/** JSON that YAML rejects (tabs in odd places): values still count, positions fall back to line 1. */
function loadJson(file, lines) {
    try {
        const value = JSON.parse(file.text);
        return {
            path: file.path,
            index: 0,
            value,
            locate: () => ({ start: lines.position(0), end: lines.position(0) }),
            valueText: () => undefined,
        };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/config/reader.ts

/*
 * Reads a schema-checked config document into the Config the review uses, section by section,
 * leaving out each entry that failed validation and adding the problems only the whole
 * document shows (duplicate names, minSize above maxSize).
 */
/**
 * The entry an invalid value takes down with it: one rule setting, one cluster, node group,
 * system pod or list item, so that one typo does not discard the rest of the config.
 */
function entryOf(p) {
    // A bad rule option takes only itself down: the rule keeps its severity and its other options.
    if (p[0] === 'rules' && p[2] === 'options' && p.length > 3)
        return p.slice(0, 4);
    const depth = p[0] === 'paths' || p[0] === 'network' || p[0] === 'systemPods' ? 3 : 2;
    return p.slice(0, depth);
}
function startsWith(p, prefix) {
    return prefix.length <= p.length && prefix.every((seg, i) => String(seg) === String(p[i]));
}
class ConfigReader {
    doc;
    value;
    problems = [];
    dropped = [];
    constructor(doc, value) {
        this.doc = doc;
        this.value = value;
    }
    drop(p) {
        this.dropped.push(entryOf(p));
    }
    /** True when the entry at `p` (or one containing it) failed validation. */
    isDropped(p) {
        return this.dropped.some((d) => startsWith(p, d));
    }
    problem(p, message, severity) {
        this.problems.push({ path: p, message, ...(severity ? { severity } : {}) });
    }
    strings(p) {
        const list = get(this.value, ...p);
        if (list === undefined || this.isDropped(p))
            return undefined;
        return asArray(list).flatMap((item, i) => {
            const s = asString(item);
            return s !== undefined && !this.isDropped([...p, i]) ? [s] : [];
        });
    }
    minor(p) {
        const raw = get(this.value, ...p);
        if (raw === undefined)
            return undefined;
        return normalizeMinor(raw, this.doc.valueText(p));
    }
    rules() {
        const out = {};
        for (const [id, setting] of Object.entries(asObject(this.value['rules']) ?? {})) {
            if (this.isDropped(['rules', id]))
                continue;
            if (typeof setting === 'string')
                out[id] = { severity: setting };
            else {
                const severity = asString(get(setting, 'severity'));
                const given = asObject(get(setting, 'options'));
                const options = given && Object.fromEntries(Object.entries(given).filter(([name]) => !this.isDropped(['rules', id, 'options', name])));
                out[id] = { ...(severity ? { severity: severity } : {}), ...(options ? { options } : {}) };
            }
        }
        return out;
    }
    clusters() {
        const seen = new Set();
        return asArray(this.value['clusters']).flatMap((item, index) => {
            const at = ['clusters', index];
            if (this.isDropped(at))
                return [];
            const name = asString(get(item, 'name')) ?? '';
            if (seen.has(name)) {
                this.problem([...at, 'name'], `cluster \`${name}\` is defined twice in clusters; this entry is ignored`);
                return [];
            }
            seen.add(name);
            const version = this.minor([...at, 'version']);
            const paths = this.strings([...at, 'paths']);
            return [{ index, name, provider: 'eks', ...(version ? { version } : {}), ...(paths ? { paths } : {}) }];
        });
    }
    nodeGroups() {
        const seen = new Set();
        return asArray(this.value['nodeGroups']).flatMap((item, index) => {
            const at = ['nodeGroups', index];
            if (this.isDropped(at))
                return [];
            const name = asString(get(item, 'name')) ?? '';
            const cluster = asString(get(item, 'cluster'));
            const key = `${cluster ?? ''}/${name}`;
            if (seen.has(key)) {
                this.problem([...at, 'name'], `node group \`${name}\` is defined twice in nodeGroups; this entry is ignored`);
                return [];
            }
            seen.add(key);
            const minSize = asNumber(get(item, 'minSize'));
            const maxSize = asNumber(get(item, 'maxSize'));
            const desiredSize = asNumber(get(item, 'desiredSize'));
            if (minSize !== undefined && maxSize !== undefined && minSize > maxSize) {
                this.problem([...at, 'minSize'], `node group \`${name}\`: minSize ${minSize} is above maxSize ${maxSize}; this entry is ignored`);
                return [];
            }
            const taints = asArray(get(item, 'taints')).map((t) => {
                const value = asString(get(t, 'value'));
                return { key: String(get(t, 'key')), effect: get(t, 'effect'), ...(value !== undefined ? { value } : {}) };
            });
            const kubelet = asObject(get(item, 'kubelet'));
            const version = this.minor([...at, 'version']);
            const amiFamily = asString(get(item, 'amiFamily'));
            const managed = asBoolean(get(item, 'managed'));
            const subnetIds = this.strings([...at, 'subnetIds']);
            return [
                {
                    index,
                    name,
                    ...(cluster !== undefined ? { cluster } : {}),
                    instanceTypes: this.strings([...at, 'instanceTypes']) ?? [],
                    ...(minSize !== undefined ? { minSize } : {}),
                    ...(maxSize !== undefined ? { maxSize } : {}),
                    ...(desiredSize !== undefined ? { desiredSize } : {}),
                    labels: stringMap(get(item, 'labels')),
                    taints,
                    ...(kubelet ? { kubelet } : {}),
                    ...(version ? { version } : {}),
                    ...(amiFamily !== undefined ? { amiFamily } : {}),
                    ...(managed !== undefined ? { managed } : {}),
                    ...(subnetIds ? { subnetIds } : {}),
                },
            ];
        });
    }
    systemPods() {
        const section = asObject(this.value['systemPods']);
        if (!section || this.isDropped(['systemPods']))
            return undefined;
        const mode = this.isDropped(['systemPods', 'mode']) ? undefined : asString(section['mode']);
        const pods = asArray(section['pods']).flatMap((pod, i) => {
            if (this.isDropped(['systemPods', 'pods', i]))
                return [];
            const namespace = asString(get(pod, 'namespace'));
            const memoryRequest = asString(get(pod, 'memoryRequest'));
            const memoryLimit = asString(get(pod, 'memoryLimit'));
            return [
                {
                    name: String(get(pod, 'name')),
                    ...(namespace !== undefined ? { namespace } : {}),
                    ...(memoryRequest !== undefined ? { memoryRequest } : {}),
                    ...(memoryLimit !== undefined ? { memoryLimit } : {}),
                },
            ];
        });
        // A replace whose pods were dropped for errors would silently zero the system pods.
        if (mode === 'replace' && this.isDropped(['systemPods', 'pods']))
            return undefined;
        return { mode: mode === 'replace' ? 'replace' : 'extend', pods };
    }
    network() {
        const section = asObject(this.value['network']);
        if (!section || this.isDropped(['network']))
            return undefined;
        const out = {};
        for (const key of ['publicSubnetIds', 'privateSubnetIds', 'allowedEndpointCidrs']) {
            const list = this.strings(['network', key]);
            if (list)
                out[key] = list;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/config/types.ts
const EMPTY_CONFIG = { rules: {}, paths: {}, clusters: [], nodeGroups: [] };

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __nccwpck_require__(2463);
;// CONCATENATED MODULE: ./src/project.ts
/**
 * The project's one canonical name: where it is published (`uses: manifest-review/manifest-review@v1`),
 * where its rule docs and schema live, and what SARIF names as the tool's home. Everything that
 * links to the project derives from here; a test holds the docs, workflows and package.json to it.
 */
const PROJECT_REPOSITORY = 'manifest-review/manifest-review';
/** The project's home page. */
const PROJECT_URL = `https://github.com/${PROJECT_REPOSITORY}`;

;// CONCATENATED MODULE: ./src/config/schema.ts




const CONFIG_SCHEMA_ID = `https://raw.githubusercontent.com/${PROJECT_REPOSITORY}/main/schema/config.schema.json`;
const LEVELS = ['off', ...findings_SEVERITIES];
const stringList = (description, item = { type: 'string', minLength: 1 }) => ({
    description,
    type: 'array',
    items: item,
});
const schema_quantity = QUANTITY_SCHEMA;
/** A rule option's schema as a config section: present or absent, never null. */
function section(schema, description) {
    const copy = { ...schema, description };
    delete copy['nullable'];
    return copy;
}
const memoryOverride = (what) => ({
    description: what,
    type: 'object',
    additionalProperties: false,
    properties: { memory: schema_quantity },
});
const minor = {
    description: 'a Kubernetes minor version such as "1.29"',
    type: ['string', 'number'],
    pattern: '^v?\\d+\\.\\d+(\\.\\d+)?$',
};
function ruleSetting(description, options) {
    return {
        description,
        anyOf: [
            { description: 'off, notice, warning or error', type: 'string', enum: LEVELS },
            {
                type: 'object',
                additionalProperties: false,
                properties: {
                    severity: { description: 'off, notice, warning or error', type: 'string', enum: LEVELS },
                    options,
                },
            },
        ],
    };
}
/** The options a rule (or a family: the union of its rules') takes, closed to other names. */
function optionsSchema(description, rules) {
    const properties = {};
    for (const rule of rules)
        Object.assign(properties, rule.optionsSchema?.properties);
    return {
        description: Object.keys(properties).length ? description : `${description} None: this takes no options.`,
        type: 'object',
        additionalProperties: false,
        properties,
    };
}
function rulesSchema(rules, families) {
    const properties = {};
    for (const family of families) {
        properties[family] = ruleSetting(`Every ${family} rule. A rule's own entry takes precedence.`, optionsSchema(`Options passed to every ${family} rule; each reads the ones it declares.`, rules.filter((r) => r.family === family)));
    }
    for (const rule of rules)
        properties[rule.id] = ruleSetting(rule.description, optionsSchema(`Options of ${rule.id}.`, [rule]));
    return {
        description: 'Severity (or off) and options per rule id or per family.',
        type: 'object',
        additionalProperties: false,
        properties,
    };
}
function buildConfigSchema(rules, families) {
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: CONFIG_SCHEMA_ID,
        title: 'manifest-review configuration',
        description: 'Configuration of manifest-review (.github/manifest-review.yaml). See docs/configuration.md.',
        type: 'object',
        additionalProperties: false,
        properties: {
            rules: rulesSchema(rules, families),
            paths: {
                description: 'Which files are reviewed, as globs relative to the review root.',
                type: 'object',
                additionalProperties: false,
                properties: {
                    include: stringList('Files to review (default: every *.yaml, *.yml and *.json).'),
                    exclude: stringList('Files not to review, added to the built-in excludes (node_modules/, .git/, .github/workflows/).'),
                },
            },
            clusters: {
                description: 'Clusters the reviewed files do not define (Terraform, the console).',
                type: 'array',
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['name'],
                    properties: {
                        name: { type: 'string', minLength: 1 },
                        provider: { description: 'Only eks for now.', type: 'string', enum: ['eks'] },
                        version: minor,
                        paths: stringList('Globs of files whose objects run on this cluster; they take precedence over directory proximity.'),
                    },
                },
            },
            nodeGroups: {
                description: 'Node groups the reviewed files do not define (Terraform, the console).',
                type: 'array',
                items: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['name', 'instanceTypes'],
                    properties: {
                        name: { type: 'string', minLength: 1 },
                        cluster: { description: 'Name of the cluster it joins (needed when there are several).', type: 'string', minLength: 1 },
                        instanceTypes: { ...stringList('EC2 instance types it launches, e.g. m5.large.'), minItems: 1 },
                        minSize: { type: 'integer', minimum: 0 },
                        maxSize: { type: 'integer', minimum: 0 },
                        desiredSize: { type: 'integer', minimum: 0 },
                        labels: {
                            description: 'Node labels.',
                            type: 'object',
                            additionalProperties: { type: ['string', 'number', 'boolean'] },
                        },
                        taints: {
                            description: 'Node taints.',
                            type: 'array',
                            items: {
                                type: 'object',
                                additionalProperties: false,
                                required: ['key', 'effect'],
                                properties: {
                                    key: { type: 'string', minLength: 1 },
                                    value: { type: ['string', 'number', 'boolean'] },
                                    effect: { type: 'string', enum: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] },
                                },
                            },
                        },
                        kubelet: {
                            description: 'Kubelet settings that differ from the AMI defaults (KubeletConfiguration field names).',
                            type: 'object',
                            additionalProperties: false,
                            properties: {
                                maxPods: { type: 'integer', minimum: 1 },
                                kubeReserved: memoryOverride('kube-reserved; only memory is read.'),
                                systemReserved: memoryOverride('system-reserved; only memory is read.'),
                                evictionHard: {
                                    description: 'Hard eviction thresholds; only memory.available is read.',
                                    type: 'object',
                                    additionalProperties: false,
                                    properties: {
                                        'memory.available': {
                                            description: 'a quantity (100Mi) or a percentage of node memory (5%)',
                                            type: 'string',
                                            pattern: '^(\\d+(\\.\\d+)?%|\\+?(\\d+\\.?\\d*|\\.\\d+)(Ki|Mi|Gi|Ti|k|M|G|T)?)$',
                                        },
                                    },
                                },
                            },
                        },
                        version: minor,
                        amiFamily: { description: 'AL2, AL2023, Bottlerocket, Windows...', type: 'string', minLength: 1 },
                        managed: { description: 'An EKS managed node group (default false).', type: 'boolean' },
                        subnetIds: section(DECLARED_SUBNET_OPTIONS.properties.privateSubnetIds, 'Subnets it launches into.'),
                    },
                },
            },
            systemPods: section(MEMORY_BUDGET_OPTIONS.properties.systemPods, 'Pods that run on every node besides the DaemonSets in the reviewed files (memory-budget).'),
            network: {
                description: 'What the manifests cannot show about the network (subnet-placement).',
                type: 'object',
                additionalProperties: false,
                properties: Object.fromEntries(Object.entries({ ...DECLARED_SUBNET_OPTIONS.properties, ...ENDPOINT_OPTIONS.properties }).map(([name, schema]) => [name, section(schema, schema['description'])])),
            },
        },
    };
}
/** The text of schema/config.schema.json for a registry (`npm run docs` writes it). */
function configSchemaText(rules, families) {
    return `${JSON.stringify(buildConfigSchema(rules, families), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/config/suggest.ts
/* "Did you mean": the known name a misspelt one was meant to be. */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = row;
    }
    return prev[b.length] ?? 0;
}
/** The known name closest to a misspelt one, when it is close enough to be the intent. */
function closest(name, known) {
    let best;
    let bestDistance = Infinity;
    for (const k of known) {
        // A cut-short name ("warn") is as close as one typo.
        const d = name.length >= 3 && k.startsWith(name) ? 1 : editDistance(name, k);
        if (d < bestDistance)
            [best, bestDistance] = [k, d];
    }
    return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
}

;// CONCATENATED MODULE: ./src/config/validate.ts






/*
 * Validation of the config document against its JSON Schema (src/config/schema.ts, built from
 * the rule registry), with each ajv error turned into one problem a reader can act on, at the
 * path of the offending key or value.
 */
/** Compiled validators by registry (ids and option schemas): compiling takes ~100 ms. */
const validators = new Map();
function validatorFor(rules) {
    const key = JSON.stringify(rules.map((r) => [r.id, r.optionsSchema ?? null]));
    let validate = validators.get(key);
    if (!validate) {
        // verbose: errors carry the failing data and schema, which the messages quote.
        const ajv = new dist_ajv.Ajv({ allErrors: true, verbose: true, strict: false });
        validate = ajv.compile(buildConfigSchema(rules, RULE_FAMILIES));
        validators.set(key, validate);
    }
    return validate;
}
function pointerToPath(pointer, root) {
    if (pointer === '')
        return [];
    const out = [];
    let node = root;
    for (const raw of pointer.split('/').slice(1)) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        const segment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
        out.push(segment);
        node = get(node, segment);
    }
    return out;
}
function shown(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function jsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}
function typeMatches(schema, value) {
    const declared = get(schema, 'type');
    if (declared === undefined)
        return true;
    const types = Array.isArray(declared) ? declared : [declared];
    const actual = jsonType(value);
    return types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
}
/**
 * ajv reports every branch of a failed `anyOf`. Keep the branch whose type fits the value
 * (a mapping gets the mapping branch's errors), or the `anyOf` error alone when none fits.
 */
function pruneAnyOf(errors) {
    let kept = [...errors];
    for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
        const branches = asArray(anyOf.schema);
        const chosen = branches.findIndex((b) => typeMatches(b, anyOf.data));
        const inBranch = (e, i) => e.schemaPath.startsWith(`${anyOf.schemaPath}/${i}/`);
        kept = kept.filter((e) => !branches.some((_, i) => i !== chosen && inBranch(e, i)));
        if (chosen >= 0 && kept.some((e) => inBranch(e, chosen)))
            kept = kept.filter((e) => e !== anyOf);
    }
    return kept;
}
const TYPE_NAMES = {
    integer: 'a whole number',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
};
function schemaProblem(error, root, rules) {
    const at = pointerToPath(error.instancePath, root);
    const where = `\`${describePath(at)}\``;
    const params = error.params;
    const described = asString(get(error.parentSchema, 'description'));
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(params['additionalProperty']);
            if (at.length === 1 && at[0] === 'rules') {
                const known = [...RULE_FAMILIES, ...rules.map((r) => r.id)];
                const hint = closest(key, known);
                return {
                    path: [...at, key],
                    message: `\`${key}\` is not a rule id or family of manifest-review${hint ? `; did you mean \`${hint}\`?` : ''}`,
                };
            }
            const allowed = Object.keys(asObject(get(error.parentSchema, 'properties')) ?? {});
            if (at[0] === 'rules' && at[2] === 'options' && allowed.length === 0) {
                return { path: [...at, key], message: `unknown option \`${key}\`: \`${String(at[1])}\` takes no options` };
            }
            const hint = closest(key, allowed);
            if (at[0] === 'rules' && at[2] === 'options') {
                return {
                    path: [...at, key],
                    message: `unknown option \`${key}\` for \`${String(at[1])}\`${hint ? `; did you mean \`${hint}\`?` : ` (its options: ${allowed.join(', ')})`}`,
                };
            }
            return {
                path: [...at, key],
                message: `unknown key \`${key}\` in ${at.length ? where : 'the config'}${hint ? `; did you mean \`${hint}\`?` : ` (allowed: ${allowed.join(', ')})`}`,
            };
        }
        case 'required':
            return { path: at, message: `${where} is missing \`${String(params['missingProperty'])}\`` };
        case 'type':
            return {
                path: at,
                message: `${where} must be ${String(params['type'])
                    .split(',')
                    .map((t) => TYPE_NAMES[t] ?? t)
                    .join(' or ')} (got ${shown(error.data)})`,
            };
        case 'enum': {
            const allowed = asArray(params['allowedValues']).map(String);
            const hint = typeof error.data === 'string' ? closest(error.data, allowed) : undefined;
            return { path: at, message: `${where} must be one of ${allowed.join(', ')} (got ${shown(error.data)})${hint ? `; did you mean \`${hint}\`?` : ''}` };
        }
        case 'pattern':
            return { path: at, message: `${where} must be ${described ?? `a match for ${String(params['pattern'])}`} (got ${shown(error.data)})` };
        case 'anyOf':
            return {
                path: at,
                message: at.length === 2 && at[0] === 'rules'
                    ? `${where} must be off, notice, warning or error, or a mapping {severity, options} (got ${shown(error.data)})`
                    : `${where} does not match any allowed form (got ${shown(error.data)})`,
            };
        default:
            return { path: at, message: `${where} ${error.message ?? 'is invalid'}` };
    }
}
/** Every problem the schema finds in the config document `root`; none when it is valid. */
function schemaProblems(root, rules) {
    const validate = validatorFor(rules);
    if (validate(root))
        return [];
    return pruneAnyOf(validate.errors ?? []).map((error) => schemaProblem(error, root, rules));
}

;// CONCATENATED MODULE: ./src/config/load.ts










/** Where the config is looked for, relative to the review root, when none is given. */
const DEFAULT_CONFIG_PATH = '.github/manifest-review.yaml';
function fileProblem(file, message, line = 1, column = 1) {
    return { rule: INVALID_CONFIG_RULE, severity: 'error', path: file, startLine: line, endLine: line, startColumn: column, endColumn: column, message };
}
/**
 * Parses and validates a config file. Never throws: every problem is an `input/invalid-config`
 * finding at its line, and the entries that are valid still apply.
 */
function parseConfig(source, rules = RULES) {
    const file = loadFile(source);
    const findings = file.findings.map((f) => ({
        ...f,
        rule: INVALID_CONFIG_RULE,
        severity: 'error',
        message: `configuration not applied: ${f.message}`,
    }));
    const doc = file.documents[0];
    if (!doc || findings.length)
        return { config: EMPTY_CONFIG, findings, path: source.path };
    const second = file.documents[1];
    if (second) {
        const at = second.locate([]).start;
        findings.push(fileProblem(source.path, 'the configuration is one YAML document; this and later documents are ignored', at.line, at.column));
    }
    if (doc.value === null || doc.value === undefined)
        return { config: { ...EMPTY_CONFIG, document: doc, file }, findings, path: source.path };
    const root = asObject(doc.value);
    if (!root) {
        findings.push(configFinding(doc, { path: [], message: `configuration not applied: it must be a mapping (got ${jsonType(doc.value)})` }));
        return { config: EMPTY_CONFIG, findings, path: source.path };
    }
    const reader = new ConfigReader(doc, root);
    for (const problem of schemaProblems(root, rules)) {
        reader.drop(problem.path);
        reader.problem(problem.path, problem.message);
    }
    const config = {
        document: doc,
        file,
        rules: reader.rules(),
        paths: {
            ...(reader.strings(['paths', 'include']) ? { include: reader.strings(['paths', 'include']) ?? [] } : {}),
            ...(reader.strings(['paths', 'exclude']) ? { exclude: reader.strings(['paths', 'exclude']) ?? [] } : {}),
        },
        clusters: reader.clusters(),
        nodeGroups: reader.nodeGroups(),
        ...optional('systemPods', reader.systemPods()),
        ...optional('network', reader.network()),
    };
    findings.push(...reader.problems.map((p) => configFinding(doc, p)));
    findings.sort((a, b) => a.startLine - b.startLine || (a.startColumn ?? 0) - (b.startColumn ?? 0));
    return { config, findings, path: source.path };
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
function load_toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
/**
 * Reads the config: `explicit` (relative to `cwd`) when given, else DEFAULT_CONFIG_PATH when
 * it exists, else the empty config. A missing or unreadable explicit file is a finding, not
 * an exception, so the review still runs with the defaults.
 */
function readConfig(cwd, explicit, rules = RULES) {
    const absolute = external_node_path_default().resolve(cwd, explicit ?? DEFAULT_CONFIG_PATH);
    const display = load_toPosix(external_node_path_default().relative(cwd, absolute)) || absolute;
    if (!(0,external_node_fs_namespaceObject.existsSync)(absolute)) {
        if (explicit === undefined)
            return { config: EMPTY_CONFIG, findings: [] };
        return { config: EMPTY_CONFIG, findings: [fileProblem(display, `configuration not applied: ${display} does not exist`)] };
    }
    try {
        const stats = (0,external_node_fs_namespaceObject.statSync)(absolute);
        if (!stats.isFile())
            return { config: EMPTY_CONFIG, findings: [fileProblem(display, `configuration not applied: ${display} is not a file`)] };
        if (stats.size > DEFAULT_MAX_FILE_BYTES) {
            return { config: EMPTY_CONFIG, findings: [fileProblem(display, `configuration not applied: ${stats.size} bytes is over the ${DEFAULT_MAX_FILE_BYTES}-byte limit`)] };
        }
        const text = decodeText((0,external_node_fs_namespaceObject.readFileSync)(absolute));
        if (text === undefined)
            return { config: EMPTY_CONFIG, findings: [fileProblem(display, 'configuration not applied: the file is not UTF-8 text')] };
        return parseConfig({ path: display, text }, rules);
    }
    catch (error) {
        const code = error.code ?? 'error';
        return { config: EMPTY_CONFIG, findings: [fileProblem(display, `configuration not applied: cannot read ${display} (${code})`)] };
    }
}

;// CONCATENATED MODULE: ./src/config/settings.ts
/**
 * The configured level of a rule: its own entry, else its family's, else undefined (the
 * rule's default severity applies).
 */
function ruleLevel(config, rule) {
    return config.rules[rule.id]?.severity ?? config.rules[rule.family]?.severity;
}
/** Options the config's own sections give a family's rules, under fixed option names. */
function derivedOptions(config, family) {
    if (family === 'memory-budget' && config.systemPods)
        return { systemPods: config.systemPods };
    if (family === 'subnet-placement' && config.network)
        return { ...config.network };
    return {};
}
/** `ctx.options` of a rule: family options, then the rule's own, then those from config sections. */
function ruleOptions(config, rule) {
    return {
        ...config.rules[rule.family]?.options,
        ...config.rules[rule.id]?.options,
        ...derivedOptions(config, rule.family),
    };
}
/** The per-rule callbacks of `runRules`, from a config. */
function ruleSettings(config) {
    return { options: (rule) => ruleOptions(config, rule), severity: (rule) => ruleLevel(config, rule) };
}

;// CONCATENATED MODULE: ./src/engine/review.ts












/**
 * Parses files and builds their model: everything before the rules. The files in `priority`
 * are read first; once the budget's time or input allowance is spent, the files not yet read
 * are left out and one `input/incomplete` error says which, so the review fails closed
 * instead of passing on what it never saw. Files already loaded (a base revision's files that
 * equal the head's) are taken as they are and cost nothing.
 */
function loadTree(sources, collectFindings = [], limits = DEFAULT_LOAD_LIMITS, { config, timeBudgetMs, budget = new Budget({ timeBudgetMs }), priority } = {}) {
    // Small files first, the change's before the others, then the large ones the same way: padding
    // a change with a few huge files (identical copies cost nothing in git) cannot push its real
    // manifests, or the clusters they run on, past the deadline. Sizes and paths decide, so the
    // order is the same on every run.
    const ordered = [...sources].sort((a, b) => Number(isLarge(a)) - Number(isLarge(b)) ||
        Number(priority?.has(b.path) ?? false) - Number(priority?.has(a.path) ?? false) ||
        (isLarge(a) ? sizeOf(a) - sizeOf(b) : 0) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const fileLimits = { ...limits, expired: () => budget.readingExpired() };
    const files = [];
    const outOfTime = [];
    const overInput = [];
    let bytes = 0;
    let documents = 0;
    for (const source of ordered) {
        if ('documents' in source) {
            files.push(source);
            continue;
        }
        if (budget.readingExpired()) {
            outOfTime.push(source.path);
            continue;
        }
        if (bytes + source.text.length > budget.maxInputBytes || documents >= budget.maxInputDocuments) {
            overInput.push(source.path);
            continue;
        }
        const loaded = loadFile(source, fileLimits);
        bytes += source.text.length;
        documents += loaded.documents.length;
        files.push(loaded);
    }
    // Back in the order given: the model (scopes, positions of objects) must not depend on read order.
    const given = new Map(sources.map((source, i) => [source.path, i]));
    files.sort((a, b) => (given.get(a.path) ?? 0) - (given.get(b.path) ?? 0));
    const budgetFindings = [];
    if (outOfTime[0] !== undefined) {
        budgetFindings.push(incompleteFinding(outOfTime[0], `the review's time budget of ${budget.timeText} ran out before ${outOfTime.length} file${outOfTime.length === 1 ? ' was' : 's were'} read (${someOf(outOfTime)}; reading stops at three quarters of the budget so the rules can check the rest), so whatever ${outOfTime.length === 1 ? 'it holds' : 'they hold'} was not reviewed; narrow \`paths\` or raise \`time-budget\``));
    }
    if (overInput[0] !== undefined) {
        budgetFindings.push(incompleteFinding(overInput[0], `the review reads at most ${budget.maxInputBytes.toLocaleString('en-US')} bytes and ${budget.maxInputDocuments.toLocaleString('en-US')} documents of input; ${overInput.length} file${overInput.length === 1 ? ' was' : 's were'} left out (${someOf(overInput)}) and not reviewed; narrow \`paths\` or exclude what is not a manifest`));
    }
    const model = buildModel(files, config);
    return {
        files,
        model,
        inputFindings: [
            ...collectFindings,
            ...files.flatMap((f) => f.findings),
            ...budgetFindings,
            ...(config ? checkConfigAgainstModel(config, model) : []),
        ],
        ...(config ? { config } : {}),
    };
}
function sizeOf(source) {
    return source.text.length;
}
/** Larger than nearly every hand-written manifest (CRD bundles and generated files are the exceptions). */
const LARGE_FILE_CHARS = 256 * 1024;
function isLarge(source) {
    return sizeOf(source) > LARGE_FILE_CHARS;
}
function identityOf(subject) {
    return { kind: subject.kind, name: subject.name, ...(subject.namespace !== undefined ? { namespace: subject.namespace } : {}) };
}
function toFinding(rule, report, level) {
    // A configured severity replaces the rule's, two-level rules included: the config is the user's word.
    const severity = level !== undefined && level !== 'off' ? level : (report.severity ?? rule.defaultSeverity);
    const details = report.details !== undefined ? { details: report.details } : {};
    if ('location' in report) {
        // Input rules pass whole findings as locations: take only the location from them.
        const { path, startLine, endLine, startColumn, endColumn } = report.location;
        return {
            rule: rule.id,
            severity,
            path,
            startLine,
            endLine,
            ...(startColumn !== undefined ? { startColumn } : {}),
            ...(endColumn !== undefined ? { endColumn } : {}),
            message: report.message,
            ...(report.object ? { object: report.object } : {}),
            ...details,
        };
    }
    const { doc, base } = report.subject.ref;
    const range = doc.locate([...base, ...(report.at ?? ['metadata', 'name'])]);
    const fix = report.fix && fixFor(doc, [...base, ...report.fix.at], report.fix.replacement);
    return {
        rule: rule.id,
        severity,
        path: doc.path,
        startLine: range.start.line,
        endLine: Math.max(range.end.line, range.start.line),
        startColumn: range.start.column,
        endColumn: range.end.line === range.start.line ? Math.max(range.end.column, range.start.column) : range.start.column,
        message: report.message,
        object: identityOf(report.subject),
        ...details,
        ...(fix ? { fix } : {}),
    };
}
/**
 * A rule's fix as an edit of one line: only for a value written on a single line (a value that
 * is absent, e.g. defaulted, or spans lines gets no fix; the message still says what to do).
 */
function fixFor(doc, path, replacement) {
    const original = doc.valueText(path);
    if (original === undefined || original === '' || /[\r\n]/.test(original) || original === replacement)
        return undefined;
    const range = doc.locate(path);
    return { line: range.end.line, endColumn: range.end.column, original, replacement };
}
/** Runs rules in order; those not started before the budget's deadline are added to `notRun`. */
function runPhase(rules, tree, opts, notRun, suppressions) {
    const findings = [];
    for (const rule of rules) {
        // The mandatory rule only reports overruns: it must run precisely when time is up.
        if (!rule.mandatory && opts.budget?.expired()) {
            notRun.push(rule.id);
            continue;
        }
        const context = {
            model: opts.reduced && (rule.reach ?? 'aggregate') !== 'aggregate' ? opts.reduced : tree.model,
            ...(opts.baseModel ? { baseModel: opts.baseModel } : {}),
            inputFindings: tree.inputFindings,
            options: opts.options?.(rule) ?? {},
            now: opts.now ?? new Date(),
            ...(suppressions ? { suppressions } : {}),
            ...(opts.budget ? { expired: () => opts.budget?.expired() ?? false } : {}),
        };
        const level = rule.mandatory ? undefined : opts.severity?.(rule);
        try {
            for (const report of rule.check(context))
                findings.push(toFinding(rule, report, level));
        }
        catch (error) {
            if (error instanceof RuleOutOfTime) {
                notRun.push(`${rule.id} (stopped)`);
                continue;
            }
            findings.push({
                rule: rule.id,
                severity: 'error',
                path: '.',
                startLine: 1,
                endLine: 1,
                message: `internal error in rule ${rule.id}: ${error instanceof Error ? error.message : String(error)}; please report it`,
            });
        }
    }
    return findings;
}
function rulesNotRun(notRun, budget) {
    if (notRun.length === 0 || !budget)
        return [];
    return [
        incompleteFinding('.', `the review's time budget of ${budget.timeText} ran out before ${notRun.length} rule${notRun.length === 1 ? '' : 's'} ran (${someOf(notRun)}), so their findings are missing; narrow \`paths\` or raise \`time-budget\``),
    ];
}
/**
 * Runs every rule that is not `off` over the model, then applies the suppressions written in
 * the reviewed files, then runs the rules about suppressions. Severities and options come from
 * the tree's config unless `options` / `severity` are given. A rule that throws becomes one
 * error finding about itself rather than ending the review: one bad rule must not hide the others.
 */
function reviewTree(tree, explicit = {}) {
    const opts = { ...(tree.config ? ruleSettings(tree.config) : {}), ...explicit };
    const given = opts.rules ?? RULES;
    const rules = given.filter((r) => r.mandatory || opts.severity?.(r) !== 'off');
    const first = rules.filter((r) => r.phase !== 'after-suppressions');
    const last = rules.filter((r) => r.phase === 'after-suppressions');
    const notRun = [];
    const found = dedupe(runPhase(first, tree, opts, notRun).sort(findings_compareFindings));
    const known = [...RULE_FAMILIES, ...RULES.map((r) => r.id), ...given.map((r) => r.id)];
    const outcome = applySuppressions(found, 
    // Findings about config node groups and clusters point into the config: its comments count too.
    findSuppressions(tree.config?.file ? [...tree.files, tree.config.file] : tree.files, tree.model.manifests), first.map((r) => r.id), known);
    const about = runPhase(last, tree, opts, notRun, outcome.uses);
    // Added after the suppressions: an overrun is not a finding in a file, nothing may hide it.
    const overrun = rulesNotRun(notRun, opts.budget);
    return { findings: dedupe([...outcome.kept, ...about, ...overrun].sort(findings_compareFindings)), suppressed: outcome.suppressed };
}
/** The findings to report (see `reviewTree`). */
function runRules(tree, opts = {}) {
    return reviewTree(tree, opts).findings;
}
function dedupe(sorted) {
    return sorted.filter((f, i) => {
        const prev = sorted[i - 1];
        return !prev || findings_compareFindings(prev, f) !== 0;
    });
}
function setupReview(options) {
    const { config, findings, path } = readConfig(options.cwd, options.config);
    const include = options.include ?? config.paths.include;
    return {
        config,
        configFindings: findings,
        ...(path !== undefined ? { configPath: path } : {}),
        ...(include ? { include } : {}),
        exclude: [...(options.exclude ?? DEFAULT_EXCLUDE), ...(config.paths.exclude ?? [])],
    };
}
/** Collects and loads the working tree under `options.paths` with the setup's config. */
function loadWorkingTree(options, setup) {
    const collected = collectFiles({
        ...options,
        paths: options.paths ?? ['.'],
        ...(setup.include ? { include: setup.include } : {}),
        exclude: setup.exclude,
    });
    const files = collected.files.filter((f) => f.path !== setup.configPath);
    return loadTree(files, [...collected.findings, ...setup.configFindings], options.limits, {
        config: setup.config,
        budget: options.budget ?? new Budget({ timeBudgetMs: options.timeBudgetMs }),
        ...(options.priority ? { priority: options.priority } : {}),
    });
}
/** The whole pipeline on a directory tree: config → collect → load → model → rules → suppressions. */
function reviewPaths(options) {
    const budget = options.budget ?? new Budget({ timeBudgetMs: options.timeBudgetMs });
    const setup = setupReview(options);
    const tree = loadWorkingTree({ ...options, budget }, setup);
    const run = reviewTree(tree, { ...(options.now ? { now: options.now } : {}), budget });
    return { ...run, tree, config: setup.config };
}

;// CONCATENATED MODULE: ./src/engine/change.ts
/**
 * A review of a change: the tree as it is (working tree / PR head) against a base revision read
 * from git. Used by the CLI (`--base-ref`) and by the action with the pull request's base SHA.
 */








/**
 * Collect → load → model → rules for the head and, with `baseRef`, for the base revision too
 * (read with git, no checkout): rules that compare revisions get the base model, and the
 * filter keeps what the change introduced. Throws GitError for a bad ref or repository.
 *
 * Two shortcuts make a small change's review cheaper than a full one, with the same result:
 * base files that git says are unchanged are not read again but share the head's loaded
 * file; and unless the filter is `all` or the change touches context (src/engine/affected.ts),
 * rules of reach `context` and `object` run only on what the change can affect, since their
 * other findings are the same in both revisions and so never reported.
 */
function reviewChange(given) {
    // One allowance for the attempt and the fallback: a missing base must not double the time.
    const options = { ...given, budget: given.budget ?? new Budget({ timeBudgetMs: given.timeBudgetMs }) };
    if (!options.fallBackWithoutBase || options.baseRef === undefined)
        return reviewWithBase(options);
    try {
        return reviewWithBase(options);
    }
    catch (error) {
        if (!(error instanceof GitError))
            throw error;
        // Upgrade checks lose their comparison and `new` falls back to `changed`: more is reported, never less.
        const { baseRef, filter = 'changed', ...rest } = options;
        const whole = reviewWithBase({ ...rest, filter: 'all' });
        const note = `The base commit ${baseRef.slice(0, 12)} is not in the checkout (${error.message}), so checks that compare with the base did not run` +
            ` and \`${filter}\` reported every finding in the changed files; check out with \`fetch-depth: 0\` to compare.`;
        return filter === 'all' || options.changedFiles === undefined
            ? { ...whole, notes: [note] }
            : { ...whole, findings: inChangedFiles(whole.findings, options.changedFiles), filter, notes: [note] };
    }
}
function reviewWithBase(options) {
    const paths = options.paths ?? ['.'];
    const filter = options.filter ?? (options.baseRef !== undefined ? 'changed' : 'all');
    if (options.baseRef === undefined && filter !== 'all')
        throw new Error(`filter "${filter}" needs a base revision to compare with`);
    const now = options.now ?? new Date();
    const budget = options.budget ?? new Budget({ timeBudgetMs: options.timeBudgetMs });
    if (options.baseRef === undefined) {
        const { findings, suppressed, tree, config } = reviewPaths({
            ...options,
            paths,
            now,
            budget,
            ...(options.changedFiles ? { priority: options.changedFiles } : {}),
        });
        return { findings, unfiltered: findings, suppressed, tree, config, filter, ...change_sizeOf(tree), notes: [] };
    }
    // Git first: it is cheap, a bad ref fails before any parsing, and it says which files to read first.
    const { commit, root } = locateCommit(options.cwd, options.baseRef);
    const differing = changedFilesSince(commit, options.cwd, root);
    const changedFiles = options.changedFiles ?? differing;
    // The head's config judges both revisions, so a finding differs only because the manifests did.
    const setup = setupReview(options);
    const tree = loadWorkingTree({ ...options, paths, budget, priority: changedFiles }, setup);
    const headFiles = new Map(tree.files.map((f) => [f.path, f]));
    const baseCollected = readTreeAt(commit, {
        cwd: options.cwd,
        root,
        paths,
        ...(setup.include ? { include: setup.include } : {}),
        exclude: setup.exclude,
        ...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {}),
        ...(options.exhaustive ? {} : { reuse: new Set([...headFiles.keys()].filter((p) => !differing.has(p))) }),
    });
    const baseSources = [...baseCollected.files, ...baseCollected.reused.flatMap((p) => headFiles.get(p) ?? [])];
    baseSources.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const baseFiles = baseSources.filter((f) => f.path !== setup.configPath);
    // The base obeys the same budget: a PR must not buy time by making its base slow to read.
    const baseTree = loadTree(baseFiles, baseCollected.findings, options.limits, { config: setup.config, budget, priority: changedFiles });
    const fullHead = once(() => reviewTree(tree, { now, baseModel: baseTree.model, budget }));
    const fullBase = once(() => reviewTree(baseTree, { now, budget }));
    const reduced = options.exhaustive || filter === 'all' ? undefined : reducedModels(tree, baseTree, changedFiles);
    const head = reduced ? reviewTree(tree, { now, baseModel: baseTree.model, reduced: reduced.head, budget }) : fullHead();
    let base;
    if (options.exhaustive)
        base = fullBase();
    else if (filter !== 'all') {
        const rules = rulesForBase(head.findings, filter, changedFiles, baseTree);
        base = rules.length ? reviewTree(baseTree, { now, rules, budget, ...(reduced ? { reduced: reduced.base } : {}) }) : { findings: [], suppressed: [] };
    }
    // An overrun while reading or checking the base makes the comparison unreliable: it is reported with the head's.
    const baseOverrun = [...baseTree.inputFindings, ...(base?.findings ?? [])]
        .filter(isIncomplete)
        .map((f) => ({ ...f, message: `base revision ${commit.slice(0, 12)}: ${f.message}` }));
    return {
        findings: [...(base ? filterFindings(head.findings, base.findings, filter, changedFiles) : head.findings), ...baseOverrun].sort(findings_compareFindings),
        // Without the shortcut, the run is the whole head's; with it, the findings it left out are in no reported file.
        get unfiltered() {
            return reduced ? fullHead().findings : head.findings;
        },
        suppressed: head.suppressed,
        tree,
        config: setup.config,
        filter,
        ...change_sizeOf(tree),
        notes: [],
        base: {
            commit,
            tree: baseTree,
            get findings() {
                return fullBase().findings;
            },
            changedFiles,
        },
    };
}
/**
 * The rules worth running on the base. Its findings only pair with head findings of the same
 * rule, file and object, and only head findings in files not reported whole need a partner
 * (any file with `new`; with `changed`, those the change did not touch). Rules about
 * suppressions count what the suppressions hid, so when one of them is needed, so is every
 * rule a suppression of the base names.
 */
function rulesForBase(head, filter, changedFiles, base) {
    const needed = new Set(head.filter((f) => filter === 'new' || !changedFiles.has(f.path)).map((f) => f.rule));
    if (!RULES.some((r) => r.phase === 'after-suppressions' && needed.has(r.id)))
        return RULES.filter((r) => needed.has(r.id));
    const targets = findSuppressions(base.config?.file ? [...base.files, base.config.file] : base.files, base.model.manifests).flatMap((s) => s.targets);
    return RULES.filter((r) => needed.has(r.id) || (r.phase !== 'after-suppressions' && targets.some((t) => targetMatches(t, r.id))));
}
function change_sizeOf(tree) {
    return { filesReviewed: tree.files.length, documents: tree.files.reduce((n, f) => n + f.documents.length, 0) };
}
function once(compute) {
    let value;
    return () => (value ??= { result: compute() }).result;
}

;// CONCATENATED MODULE: ./src/report/text.ts

function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function totalLine(findings, filesReviewed, suppressed = 0) {
    const counts = countBySeverity(findings);
    const parts = findings_SEVERITIES.map((s) => plural(counts[s], s));
    const hidden = suppressed > 0 ? `; ${suppressed} suppressed` : '';
    return `${plural(findings.length, 'finding')} (${parts.join(', ')}) in ${plural(filesReviewed, 'file')} reviewed${hidden}`;
}
/**
 * Characters a reviewed file must not get to a terminal raw: C0 controls other than tab and
 * newline (ESC starts colour, cursor and title sequences), DEL, C1 controls (0x9B is a one-byte
 * CSI) and the Unicode bidi controls that reorder what a reader sees (Trojan Source,
 * CVE-2021-42574). Each becomes a visible `\u{…}` escape, so nothing is silently lost either.
 */
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const visible = (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`;
function escapeTerminal(text) {
    return text.replace(UNSAFE_FOR_TERMINAL, visible);
}
/** For text that must stay on one line (paths, rule ids): tabs and newlines escaped too. */
function escapeTerminalLine(text) {
    return escapeTerminal(text).replace(/[\t\n]/g, visible);
}
/** Plain text: what a pipe, a file or the action's log gets. */
const PLAIN_STYLE = { color: false, symbols: false, width: 100 };
/**
 * Colour when the destination is a terminal, with the conventions users set to override that:
 * FORCE_COLOR (any value but `0`/`false`) turns colour on even into a pipe and wins over
 * NO_COLOR (Node's own rule); NO_COLOR (any non-empty value, no-color.org) turns it off; a `dumb`
 * terminal gets none. Symbols follow the terminal, not the colour: NO_COLOR users still read them.
 */
function terminalStyle(destination, env) {
    const isTTY = destination.isTTY === true;
    const force = env['FORCE_COLOR'];
    const color = force !== undefined
        ? force !== '0' && force.toLowerCase() !== 'false'
        : !env['NO_COLOR'] && isTTY && env['TERM'] !== 'dumb';
    const columns = isTTY && destination.columns && destination.columns > 0 ? destination.columns : PLAIN_STYLE.width;
    return { color, symbols: isTTY || color, width: Math.max(40, Math.min(columns, 120)) };
}
const SGR = { reset: 0, bold: 1, dim: 2, underline: 4, red: 31, yellow: 33, cyan: 36 };
function paint(style, text, ...codes) {
    if (!style.color || codes.length === 0)
        return text;
    return `\u001b[${codes.map((c) => SGR[c]).join(';')}m${text}\u001b[0m`;
}
const SYMBOL = { error: '✖', warning: '⚠', notice: 'ℹ' };
const SEVERITY_COLOR = { error: 'red', warning: 'yellow', notice: 'cyan' };
/** Words of `text` in lines of at most `width` columns (a longer word gets a line of its own). */
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else {
            line = line ? `${line} ${word}` : word;
        }
    }
    if (line)
        lines.push(line);
    return lines;
}
const MESSAGE_INDENT = '    ';
function text_location(f) {
    return `${escapeTerminalLine(f.path)}:${f.startLine}:${f.startColumn ?? 1}`;
}
/**
 * The human report: a heading per file, then for each finding its `path:line:col` (terminals
 * and editors turn that into a link), severity and rule, with the message wrapped beneath it;
 * then the total. Findings are expected in file order (the engine's order).
 */
function renderText(findings, filesReviewed, suppressed = 0, style = PLAIN_STYLE) {
    const lines = [];
    let lastPath;
    for (const f of findings) {
        if (f.path !== lastPath) {
            if (lastPath !== undefined)
                lines.push('');
            lines.push(paint(style, escapeTerminalLine(f.path), 'bold', 'underline'));
            lastPath = f.path;
        }
        const severity = style.symbols ? `${SYMBOL[f.severity]} ${f.severity}` : f.severity;
        lines.push(`  ${text_location(f)}  ${paint(style, severity, SEVERITY_COLOR[f.severity])}  ${paint(style, escapeTerminalLine(f.rule), 'dim')}`);
        for (const line of wrap(escapeTerminal(f.message), style.width - MESSAGE_INDENT.length))
            lines.push(`${MESSAGE_INDENT}${line}`);
    }
    if (lines.length)
        lines.push('');
    const counts = countBySeverity(findings);
    const worst = findings_SEVERITIES.find((s) => counts[s] > 0);
    lines.push(paint(style, totalLine(findings, filesReviewed, suppressed), ...(worst ? [SEVERITY_COLOR[worst], 'bold'] : [])));
    return `${lines.join('\n')}\n`;
}
/**
 * One finding a line, `path:line:col severity rule message`, for editors and problem matchers
 * (`--format compact`); a blank line between files, then the total. Never coloured.
 */
function renderCompact(findings, filesReviewed, suppressed = 0) {
    const lines = [];
    let lastPath;
    for (const f of findings) {
        if (lastPath !== undefined && f.path !== lastPath)
            lines.push('');
        lastPath = f.path;
        lines.push(`${text_location(f)} ${f.severity} ${escapeTerminalLine(f.rule)} ${escapeTerminal(f.message.replace(/\s*\n\s*/g, ' '))}`);
    }
    if (lines.length)
        lines.push('');
    lines.push(totalLine(findings, filesReviewed, suppressed));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/json.ts

/** The CLI's `--format json` object, also written as the action's `findings-file`. */
function buildJsonReport(findings, files, documents, suppressed = 0) {
    const counts = countBySeverity(findings);
    return {
        findings: [...findings],
        summary: { errors: counts.error, warnings: counts.warning, notices: counts.notice, suppressed, files, documents },
    };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/rules/docs.ts

/** The project's repository, where docs/rules/ lives (defined once, in src/project.ts). */

const DEFAULT_DOCS_SITE = { serverUrl: 'https://github.com', repository: PROJECT_REPOSITORY, ref: 'main' };
/**
 * The docs of the action version that is running. In a workflow, GITHUB_ACTION_REPOSITORY and
 * GITHUB_ACTION_REF name the action being executed (a fork, a GHES mirror, a pinned tag), so
 * links match the rules that produced the findings. A local `uses: ./` sets neither: the
 * action, and so its docs, are then in the repository under review, at the reviewed commit.
 * Undefined when neither is known.
 */
function docsSiteOf(env) {
    const serverUrl = (env.serverUrl || DEFAULT_DOCS_SITE.serverUrl).replace(/\/+$/, '');
    if (env.actionRepository)
        return { serverUrl, repository: env.actionRepository, ref: env.actionRef || 'main' };
    if (env.repository && env.headSha)
        return { serverUrl, repository: env.repository, ref: env.headSha };
    return undefined;
}
/** Path of a rule's doc inside the repository. */
function docsPath(ruleId) {
    return `docs/rules/${ruleId}.md`;
}
/**
 * The rule's doc page on a docs site (by default the project's main branch), the one rule-doc link
 * every reporter uses. Undefined for an id that is not `family/name` (it would be a path out of docs/).
 */
function docsUrl(ruleId, site = DEFAULT_DOCS_SITE) {
    if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId))
        return undefined;
    return `${site.serverUrl}/${site.repository}/blob/${encodeURIComponent(site.ref)}/${docsPath(ruleId)}`;
}
/** The sections every rule doc has, in order (checked by a test). */
const DOC_SECTIONS = (/* unused pure expression or super */ null && (['## What it checks', '## Why', '## How it computes', '## How to fix', '## How to suppress', '## Example']));
const RULES_START = '<!-- rules:start -->';
const RULES_END = '<!-- rules:end -->';
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
/** The README's rule table, one row per registered rule, linking each to its doc. */
function renderRulesTable(rules) {
    const rows = rules.map((r) => `| [\`${r.id}\`](${docsPath(r.id)}) | ${r.defaultSeverity} | ${cell(r.description)} |`);
    return ['| rule | default severity | what it catches |', '| --- | --- | --- |', ...rows].join('\n');
}
/** `readme` with the text between the rules markers replaced by the generated table. */
function withRulesTable(readme, rules) {
    const start = readme.indexOf(RULES_START);
    const end = readme.indexOf(RULES_END);
    if (start === -1 || end < start)
        throw new Error(`README.md has no ${RULES_START} ... ${RULES_END} block`);
    return `${readme.slice(0, start + RULES_START.length)}\n${renderRulesTable(rules)}\n${readme.slice(end)}`;
}

;// CONCATENATED MODULE: ./src/report/limit.ts
/**
 * Size limits of GitHub surfaces. Budgets are measured in UTF-8 bytes: never fewer than the
 * characters GitHub's `maxLength` counts, and exactly what the runner counts for step summaries,
 * so a text within a byte budget fits whichever way the limit is meant.
 */
const encoder = new TextEncoder();
function byteLength(text) {
    return encoder.encode(text).length;
}
/**
 * `text` cut to at most `maxBytes` UTF-8 bytes including `suffix` (appended only when something
 * was cut), never splitting a character.
 */
function limit_truncateBytes(text, maxBytes, suffix = '…') {
    if (byteLength(text) <= maxBytes)
        return text;
    const room = Math.max(0, maxBytes - byteLength(suffix));
    let used = 0;
    let end = 0;
    for (const char of text) {
        const size = byteLength(char);
        if (used + size > room)
            break;
        used += size;
        end += char.length;
    }
    const cut = `${text.slice(0, end)}${suffix}`;
    return byteLength(cut) <= maxBytes ? cut : text.slice(0, end);
}

;// CONCATENATED MODULE: ./src/report/annotations.ts


/** The Checks API takes `failure`, not `error`. */
const ANNOTATION_LEVEL = {
    error: 'failure',
    warning: 'warning',
    notice: 'notice',
};
/** Per-field limits of the Checks API (annotation object description in the REST spec). */
const MAX_MESSAGE_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
const MAX_TITLE_BYTES = 255;
const MAX_RAW_DETAILS_BYTES = (/* unused pure expression or super */ null && (64 * 1024));
function positiveLine(n) {
    return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}
function toCheckAnnotation(finding) {
    const startLine = positiveLine(finding.startLine);
    const endLine = Math.max(startLine, positiveLine(finding.endLine));
    // The API rejects columns on multi-line ranges; on one line they must be ordered.
    const columns = startLine === endLine && finding.startColumn !== undefined && finding.startColumn >= 1
        ? {
            start_column: finding.startColumn,
            end_column: Math.max(finding.startColumn, finding.endColumn ?? finding.startColumn),
        }
        : {};
    const details = finding.details?.trim() ? { raw_details: truncateBytes(finding.details, MAX_RAW_DETAILS_BYTES) } : {};
    return {
        path: finding.path,
        start_line: startLine,
        end_line: endLine,
        ...columns,
        annotation_level: ANNOTATION_LEVEL[finding.severity],
        message: truncateBytes(finding.message || finding.rule, MAX_MESSAGE_BYTES),
        title: truncateBytes(finding.rule, MAX_TITLE_BYTES),
        ...details,
    };
}
/** Most severe first, then the usual file/line order. */
function bySeverityThenLocation(a, b) {
    return findings_compareSeverity(a.severity, b.severity) || findings_compareFindings(a, b);
}
/**
 * What a cap keeps first: the most severe, then within a severity the `preferred` ones (those on
 * lines the change edited: what the author just wrote), then file/line order.
 */
function priorityOrder(preferred) {
    return (a, b) => compareSeverity(a.severity, b.severity) || (preferred ? Number(preferred(b)) - Number(preferred(a)) : 0) || compareFindings(a, b);
}
/** The findings to attach to the check run: every one up to `limit`, in priority order. */
function selectAnnotated(findings, limit, preferred) {
    const annotated = [...findings].sort(priorityOrder(preferred)).slice(0, Math.max(0, limit));
    return { annotated, omitted: findings.length - annotated.length };
}
/** Splits into requests of at most `size` items (the Checks API takes 50 annotations per request). */
function batches(items, size = 50) {
    const out = [];
    for (let i = 0; i < items.length; i += size)
        out.push(items.slice(i, i + size));
    return out;
}
/**
 * The runner keeps 10 annotations of each level per step and drops the rest from the UI
 * (runner ExecutionContext `_maxCountPerIssueType`), so emit only the 10 most severe of each.
 */
const WORKFLOW_ANNOTATIONS_PER_LEVEL = 10;
/**
 * The most severe findings as workflow-command annotations. `reservedErrors` keeps room among
 * the 10 error slots for the step's own failure message (`core.setFailed` is an error too).
 */
function workflowAnnotations(findings, preferred, reservedErrors = 0) {
    const sorted = [...findings].sort(priorityOrder(preferred));
    return SEVERITIES.flatMap((level) => sorted
        .filter((f) => f.severity === level)
        .slice(0, WORKFLOW_ANNOTATIONS_PER_LEVEL - (level === 'error' ? reservedErrors : 0))
        .map((f) => {
        const a = toCheckAnnotation(f);
        return {
            level,
            message: a.message,
            properties: {
                title: a.title,
                file: a.path,
                startLine: a.start_line,
                endLine: a.end_line,
                ...(a.start_column !== undefined ? { startColumn: a.start_column } : {}),
                ...(a.end_column !== undefined ? { endColumn: a.end_column } : {}),
            },
        };
    }));
}

;// CONCATENATED MODULE: ./src/report/rule-help.ts
// Generated by scripts/generate-rule-help.mjs from the "How to fix" section of docs/rules/**/*.md; do not edit.
// Relative links are relative to the rule doc.
/** Each rule's "How to fix", as markdown, by rule id. */
const HOW_TO_FIX = {
    "input/duplicate-key": "Delete one of the two keys — usually the earlier one, since that is the one CloudFormation\nignores. If the earlier value was the intended one, delete the later key instead; the review\nthen judges that value.",
    "input/invalid-config": "Follow the message at the reported line. Add\n`# yaml-language-server: $schema=https://raw.githubusercontent.com/manifest-review/manifest-review/main/schema/config.schema.json`\nas the first line of the config so editors with the YAML language server complete rule ids and\nflag mistakes while you type. See [docs/configuration.md](../../configuration.md) for every key.",
    "input/parse-error": "Fix the syntax at the reported line: usually indentation, a tab used for indentation, an\nunclosed quote or bracket, or a `key: value` line with a second `:` that needs quoting. Run\n`node dist/cli.js path/to/file.yaml` locally to check.",
    "input/skipped": "For a Helm chart, review the rendered output instead: `helm template my-release ./chart >\nrendered/chart.yaml` in CI, then review `rendered/`. For other reasons, follow the message:\nsplit a huge file, replace a symlink with the file, or exclude what is not a manifest.",
    "input/suppression-without-reason": "Add the reason: why the finding does not apply, or what makes the risk acceptable, in one\nsentence.",
    "input/unused-suppression": "Remove the name (or the whole suppression) when the finding is gone; fix the spelling of a rule\nid; move a comment to the line above the line the finding points at (the line shown in the\nannotation or in the CLI's `path:line:col`).",
    "memory-budget/capacity": "Raise the node group's maximum size (the message gives the size that holds every pod), lower the\nreplicas or the HPA maximum, or lower the request. A `maxSurge` of 0 with `maxUnavailable` ≥ 1 avoids\nthe surge when capacity is tight.",
    "memory-budget/limit-exceeds-node": "Lower the limit to at most what the message says (if it falls below the request, lower both), or run\nthe pod on a larger size of the same family (the message names the smallest that fits). For\nKarpenter, keep the pool off the small types, e.g. with a `karpenter.k8s.aws/instance-memory Gt`\nrequirement. Agents with generous limits on every node count too: trimming them helps every pod.",
    "memory-budget/missing-memory": "Set `resources.limits.memory` — to the request when the container should never burst (a memory\nrequest equal to the limit also makes the pod Guaranteed if CPU matches) — and set\n`resources.requests.memory` to what it really uses. Init containers and sidecars count: an unbounded\ninit container can use the whole node while it runs.",
    "memory-budget/no-eligible-node": "Correct the selector or the affinity, add the toleration, or add the label (or remove the taint) on\nthe node group meant to run the pod. The message lists, for each group, what excludes the pod.",
    "memory-budget/node-overcommit": "Bring requests closer to limits (or lower the limits) so that what fits by request also fits by limit;\nfor memory, request = limit is the safe setting for anything that must not be OOM-killed. A larger\ninstance type does not help by itself: more pods fit by request as well.",
    "memory-budget/pod-exceeds-node": "Lower the request to what the message says — measure the pod's real usage first — or give it a larger\nnode type: the message names the smallest size of the same family that fits. With Karpenter, allow\nlarger types in the NodePool requirements.",
    "subnet-placement/implicit-public-lb": "State the scheme. In-tree: `service.beta.kubernetes.io/aws-load-balancer-internal: \"true\"` for an internal load balancer, `\"false\"` to keep it public. Better, hand the Service to the AWS Load Balancer Controller with `service.beta.kubernetes.io/aws-load-balancer-type: external` and set `service.beta.kubernetes.io/aws-load-balancer-scheme: internal` or `internet-facing`.",
    "subnet-placement/lb-subnet-tags": "Tag the public subnets with `kubernetes.io/role/elb: \"1\"` and the private subnets with `kubernetes.io/role/internal-elb: \"1\"`, or name the subnets on the load balancer.",
    "subnet-placement/no-egress": "Add a default route to a NAT gateway (`AWS::EC2::Route` with `DestinationCidrBlock: 0.0.0.0/0` and `NatGatewayId`), or, for a fully private VPC, interface endpoints for `ecr.api`, `ecr.dkr` and `sts` plus the S3 gateway endpoint (and `ec2`, `logs`, ... as your add-ons need).",
    "subnet-placement/public-endpoint": "Restrict the public CIDRs to the networks that need the API (office, VPN, CI runners), or make the endpoint private: `privateAccess: true` and `publicAccess: false` (enable private access before disabling public access, or nodes lose the API).",
    "subnet-placement/public-nodes": "Put nodes in private subnets whose default route goes to a NAT gateway (eksctl: `privateNetworking: true`), remove `AssociatePublicIpAddress: true` / `associatePublicIPAddress: true`, and select private subnets only in Karpenter (a tag only they carry, or their ids). Keep load balancers in the public subnets.",
    "version-skew/deprecated-api": "Switch `apiVersion` to the replacement now (adjusting changed fields), before upgrading the\ncluster to the removal version.",
    "version-skew/end-of-support": "Upgrade the cluster one minor at a time to a version in standard support, upgrading the node\ngroups after each step.",
    "version-skew/invalid-version": "State a version EKS offers, quoted so YAML keeps it as text (`version: \"1.35\"`). To move an\nexisting cluster, upgrade one minor at a time.",
    "version-skew/kube-proxy-skew": "Pin kube-proxy to the cluster's minor (`aws eks describe-addon-versions --addon-name kube-proxy\n--kubernetes-version 1.N` lists the builds), and after each control-plane upgrade upgrade the\nadd-on too.",
    "version-skew/kubelet-newer": "Use the control plane's version for the nodes (the node group's `Version`, the AMI's SSM path or\nname), or upgrade the control plane first, one minor at a time, then the nodes.",
    "version-skew/kubelet-too-old": "Upgrade the nodes: at least to the oldest minor the message names, ideally to the control\nplane's. Minor kubelet upgrades replace nodes (drain first); they cannot be done in place.",
    "version-skew/removed-api": "Change `apiVersion` to the replacement the message names (served since the version it gives)\nand adjust fields that changed between versions (e.g. Ingress `backend.serviceName` →\n`backend.service.name`). PodSecurityPolicy has no replacement: remove it and use Pod Security\nAdmission.",
    "version-skew/upgrade-jump": "Move one minor per change: set the next minor, deploy, then the following one. Upgrade managed\nnode groups to the control plane's minor after each step (set `Version` in the same template\nchange, or in the next one)."
};

;// CONCATENATED MODULE: ./src/report/sarif.ts







/**
 * SARIF 2.1.0 as GitHub code scanning reads it (docs: code-scanning/sarif-files/sarif-support):
 * rule metadata with descriptions and help, a region on every result, repo-relative URIs and
 * a `primaryLocationLineHash` that stays put when lines move.
 */
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** Code scanning rejects a run with more results than this (sarif-limits). */
const SARIF_MAX_RESULTS = 25_000;
const MAX_DESCRIPTION_BYTES = 1024;
/**
 * Rules whose findings are security exposures, with the score code scanning ranks them by
 * (`security-severity`, CVSS-like: 7.0–8.9 high, 4.0–6.9 medium). Nodes reachable from the
 * internet are the worst; an API server open to the internet still needs credentials; an
 * internet-facing load balancer may be intended and exposes only what it forwards.
 */
const SECURITY_SEVERITY = {
    'subnet-placement/public-nodes': '7.5',
    'subnet-placement/public-endpoint': '6.5',
    'subnet-placement/implicit-public-lb': '5.3',
};
/**
 * How often a finding is right, for code scanning's `precision`. Input problems and version
 * facts come straight from the file and published tables; fit and network findings rest on
 * modelled allocatable memory and on the parts of the network the repository declares.
 */
function precisionOf(ruleId) {
    const family = ruleId.split('/')[0];
    return family === 'input' || family === 'version-skew' ? 'very-high' : 'high';
}
/** `memory-budget/limit-exceeds-node` → `LimitExceedsNode`. */
function friendlyName(ruleId) {
    const name = ruleId.slice(ruleId.indexOf('/') + 1);
    return name.replace(/(?:^|[-_/])([a-z0-9])/gi, (_m, c) => c.toUpperCase());
}
/** A repo-relative path as a URI reference: each segment percent-encoded, `/` kept. */
function toRelativeUri(path) {
    return path
        .replace(/\\/g, '/')
        .replace(/^\.\//, '')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
/** Relative links of a doc section made absolute against the doc's own URL. */
function absoluteLinks(markdown, docUrl) {
    return markdown.replace(/\]\(([^)\s]+)\)/g, (match, target) => {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#'))
            return match;
        try {
            return `](${new URL(target, docUrl).href})`;
        }
        catch {
            return match;
        }
    });
}
function sarifRule(rule, ruleUrl) {
    const description = limit_truncateBytes(rule.description, MAX_DESCRIPTION_BYTES);
    const url = ruleUrl(rule.id) ?? docsUrl(rule.id);
    const docLink = url ?? docsPath(rule.id);
    const fix = HOW_TO_FIX[rule.id];
    const security = SECURITY_SEVERITY[rule.id];
    return {
        id: rule.id,
        name: friendlyName(rule.id),
        shortDescription: { text: description },
        fullDescription: { text: description },
        help: {
            text: `${rule.description}\n${fix ? `\nHow to fix: ${fix.replace(/\s*\n\s*/g, ' ')}\n` : ''}\nDocumentation: ${docLink}`,
            markdown: `${rule.description}\n\n${fix ? `**How to fix**\n\n${url ? absoluteLinks(fix, url) : fix}\n\n` : ''}[Documentation of \`${rule.id}\`](${docLink})`,
        },
        ...(url ? { helpUri: url } : {}),
        defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
        properties: {
            tags: security ? ['security', rule.family] : [rule.family],
            precision: precisionOf(rule.id),
            ...(security ? { 'security-severity': security } : {}),
        },
    };
}
/**
 * Identity of a finding that survives edits elsewhere in the file: rule, file and the object it
 * is about (kind/namespace/name), or its message when it has no object (input problems).
 * Line numbers are left out on purpose, so an alert does not reopen when lines shift.
 */
function fingerprintKey(f) {
    const anchor = f.object ? `${f.object.kind}\u0000${f.object.namespace ?? ''}\u0000${f.object.name}` : f.message;
    return `${f.rule}\u0000${f.path}\u0000${anchor}`;
}
/** Code scanning wants all four of startLine, startColumn, endLine, endColumn (sarif-support table). */
function region(f) {
    const startLine = Number.isSafeInteger(f.startLine) && f.startLine >= 1 ? f.startLine : 1;
    const endLine = Math.max(startLine, Number.isSafeInteger(f.endLine) ? f.endLine : startLine);
    const startColumn = f.startColumn !== undefined && f.startColumn >= 1 ? f.startColumn : 1;
    const endColumn = f.endColumn !== undefined && f.endColumn >= 1 ? f.endColumn : undefined;
    // SARIF's endColumn is exclusive: a zero-width point (a parse error) becomes one character,
    // and a multi-line range without a known end column ends at the start of the next line.
    if (endLine === startLine)
        return { startLine, startColumn, endLine, endColumn: Math.max(endColumn ?? 0, startColumn + 1) };
    if (endColumn === undefined)
        return { startLine, startColumn, endLine: endLine + 1, endColumn: 1 };
    return { startLine, startColumn, endLine, endColumn };
}
function buildSarif(findings, options) {
    const ruleUrl = options.ruleUrl ?? ((id) => docsUrl(id));
    const rules = options.rules.map((r) => sarifRule(r, ruleUrl));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    const ruleIndexOf = (f) => {
        const known = index.get(f.rule);
        if (known !== undefined)
            return known;
        // A finding from a rule outside the registry (an internal error) still needs its rule entry.
        const family = f.rule.split('/')[0] ?? f.rule;
        rules.push(sarifRule({ id: f.rule, family, defaultSeverity: f.severity, description: `Findings of ${f.rule}.` }, ruleUrl));
        index.set(f.rule, rules.length - 1);
        return rules.length - 1;
    };
    const limit = options.maxResults ?? SARIF_MAX_RESULTS;
    // Reported findings first: when the log is cut, suppressed ones are the first to go.
    const kept = [...findings].sort(bySeverityThenLocation).slice(0, limit);
    const keptSuppressed = [...(options.suppressed ?? [])].sort(bySeverityThenLocation).slice(0, Math.max(0, limit - kept.length));
    const occurrences = new Map();
    const result = (f) => {
        const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(fingerprintKey(f)).digest('hex').slice(0, 32);
        const seen = (occurrences.get(hash) ?? 0) + 1;
        occurrences.set(hash, seen);
        const text = f.details?.trim() ? `${f.message}\n\n${f.details}` : f.message;
        return {
            ruleId: f.rule,
            ruleIndex: ruleIndexOf(f),
            level: LEVEL[f.severity],
            message: { text: text || f.rule },
            locations: [{ physicalLocation: { artifactLocation: { uri: toRelativeUri(f.path), uriBaseId: '%SRCROOT%' }, region: region(f) } }],
            partialFingerprints: { primaryLocationLineHash: `${hash}:${seen}` },
            ...(f.object ? { properties: { object: objectLabel(f.object) } } : {}),
        };
    };
    const results = [
        ...kept.map(result),
        ...keptSuppressed.map((f) => {
            const by = f.suppressedBy;
            const suppression = {
                kind: 'inSource',
                ...(by?.reason ? { justification: by.reason } : {}),
                ...(by ? { location: { physicalLocation: { artifactLocation: { uri: toRelativeUri(by.path), uriBaseId: '%SRCROOT%' }, region: { startLine: Math.max(1, by.line) } } } } : {}),
            };
            return { ...result(f), suppressions: [suppression] };
        }),
    ];
    const omitted = findings.length + (options.suppressed?.length ?? 0) - results.length;
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'manifest-review',
                        version: options.version,
                        semanticVersion: options.version,
                        informationUri: options.informationUri ?? PROJECT_URL,
                        rules,
                    },
                },
                automationDetails: { id: options.automationId ?? 'manifest-review/' },
                ...(options.versionControl ? { versionControlProvenance: [{ ...options.versionControl, mappedTo: { uriBaseId: '%SRCROOT%' } }] } : {}),
                results,
                columnKind: 'utf16CodeUnits',
                ...(omitted > 0 ? { properties: { omittedResults: omitted } } : {}),
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/version.ts
/** Kept in step with package.json by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli.ts













const USAGE = `usage: manifest-review [options] [paths...]

Reviews Kubernetes, eksctl, Karpenter and CloudFormation manifests for memory budgets,
subnet placement and version skew.

options:
  --format text|compact|json|sarif
                              text: findings grouped by file, messages wrapped, colour
                              on a terminal (NO_COLOR / FORCE_COLOR respected);
                              compact: one \`path:line:col severity rule message\` line
                              a finding, for editors and problem matchers (default: text)
  --output FILE               write the report to FILE instead of standard output
  --config FILE               configuration file (default: .github/manifest-review.yaml
                              under the current directory, when it exists)
  --fail-on error|warning|notice|never
                              exit 1 when a finding is at or above this severity (default: error)
  --base-ref REF              also review the tree at git REF (read from git, no checkout):
                              upgrade checks compare with it, and --filter uses it
  --filter new|changed|all    new: findings absent at REF (same rule, file and object);
                              changed: new ones plus all findings in files changed since REF;
                              all: everything (default: changed with --base-ref, else all)
  -h, --help                  show this help
  --version                   print the version
`;
class UsageError extends Error {
}
/** A report file that cannot be written is the caller's mistake (a missing folder): exit 2, say where. */
function writeReport(file, report) {
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(file, report);
    }
    catch (error) {
        throw new UsageError(`cannot write --output ${file}: ${error.code ?? error.message}`);
    }
}
function cli_flag(name, value, allowed, fallback) {
    return value === undefined ? fallback : oneOf(`--${name}`, value, allowed, (message) => new UsageError(message));
}
/** lstat, not stat: a symbolic link is there even when it leads nowhere (collect then says why it is skipped). */
function pathExists(absolute) {
    try {
        (0,external_node_fs_namespaceObject.lstatSync)(absolute);
        return true;
    }
    catch {
        return false;
    }
}
function main(argv, cwd = process.cwd()) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            options: {
                format: { type: 'string' },
                output: { type: 'string' },
                config: { type: 'string' },
                'fail-on': { type: 'string' },
                'base-ref': { type: 'string' },
                filter: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' },
            },
        });
    }
    catch (error) {
        process.stderr.write(`manifest-review: ${error.message}\n${USAGE}`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values.help) {
        process.stdout.write(USAGE);
        return 0;
    }
    if (values.version) {
        process.stdout.write(`${VERSION}\n`);
        return 0;
    }
    try {
        const format = cli_flag('format', values.format, ['text', 'compact', 'json', 'sarif'], 'text');
        if (values.output === '')
            throw new UsageError('--output needs a file name');
        const failOn = cli_flag('fail-on', values['fail-on'], FAIL_ON_LEVELS, 'error');
        const baseRef = values['base-ref'];
        const filter = cli_flag('filter', values.filter, FILTER_MODES, baseRef !== undefined ? 'changed' : 'all');
        if (baseRef === undefined && filter !== 'all')
            throw new UsageError(`--filter ${filter} compares with a base: give --base-ref REF`);
        // A mistyped path would otherwise review nothing and exit 0: a green run that checked nothing.
        const missing = positionals.filter((p) => p !== '-' && !pathExists(external_node_path_default().resolve(cwd, p))); // `-` is standard input
        if (missing.length > 0)
            throw new UsageError(`${missing.map((p) => JSON.stringify(p)).join(', ')}: no such file or directory`);
        const result = reviewChange({
            cwd,
            paths: positionals.length ? positionals : ['.'],
            ...(baseRef !== undefined ? { baseRef } : {}),
            ...(values.config ? { config: values.config } : {}),
            filter,
        });
        const suppressed = result.suppressed.length;
        const files = result.filesReviewed;
        const report = format === 'json'
            ? `${JSON.stringify(buildJsonReport(result.findings, files, result.documents, suppressed), null, 2)}\n`
            : format === 'sarif'
                ? `${JSON.stringify(buildSarif(result.findings, { rules: RULES, version: VERSION, suppressed: result.suppressed }), null, 2)}\n`
                : format === 'compact'
                    ? renderCompact(result.findings, files, suppressed)
                    : renderText(result.findings, files, suppressed, values.output ? terminalStyle({}, process.env) : terminalStyle(process.stdout, process.env));
        if (values.output)
            writeReport(external_node_path_default().resolve(cwd, values.output), report);
        else
            process.stdout.write(report);
        return reachesFailOn(result.findings, failOn) ? 1 : 0;
    }
    catch (error) {
        const reason = error instanceof UsageError || error instanceof GitError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`;
        process.stderr.write(`manifest-review: ${reason}\n`);
        return 2;
    }
}
// Run only when executed, not when imported by tests.
const invokedAs = process.argv[1] ?? '';
if (/(?:^|[/\\])(?:cli\.(?:js|ts)|manifest-review)$/.test(invokedAs)) {
    process.exitCode = main(process.argv.slice(2));
}

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
