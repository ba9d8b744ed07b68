import type { Expr, Step, TemplatePart } from '../load/terraform-ast.js';
import { isUnknown, type Unknown } from './types.js';

/**
 * A small, static evaluator of Terraform expressions. Values are plain JSON-like values; what
 * cannot be known before `terraform apply` (data sources, computed attributes, variables
 * without a default, remote state) is an `Unknown` with the reason. A reference to a
 * resource's `id` or `arn` is kept as `{ Ref: address }` so the model can follow it back to the
 * resource (as CloudFormation's `Ref` is). Nothing is guessed: an operation on an unknown value
 * is unknown, and a function this evaluator does not implement is unknown, saying so.
 */

export interface TfUnknown extends Unknown {
  /** The evaluation failed (a missing key, a bad index): `try()` and `can()` move past it. */
  readonly failed?: true;
}

export const unknown = (reason: string): TfUnknown => ({ unknown: true, reason });
export const failed = (reason: string): TfUnknown => ({ unknown: true, reason, failed: true });

/** A reference to a resource of the module, as CloudFormation writes it. */
export interface ResourceRef {
  readonly Ref: string;
}

export function isRef(value: unknown): value is ResourceRef {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { Ref?: unknown }).Ref === 'string' &&
    Object.keys(value).length === 1
  );
}

/** Resolves the names an expression's root can be: `var`, `local`, resource types, `module`, ... */
export interface Scope {
  /** Evaluates a traversal from a root name (`var.x`, `aws_subnet.a.id`); undefined = not handled. */
  root(name: string, steps: readonly Step[], evaluate: (e: Expr) => unknown): { value: unknown; consumed: number } | undefined;
}

/** Known values evaluate deep: a tuple with one unknown item is a list with that item unknown. */
export function firstUnknown(value: unknown, depth = 0): TfUnknown | undefined {
  if (isUnknown(value)) return value;
  if (depth > 20) return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const u = firstUnknown(v, depth + 1);
      if (u) return u;
    }
  } else if (typeof value === 'object' && value !== null && !isRef(value)) {
    for (const v of Object.values(value)) {
      const u = firstUnknown(v, depth + 1);
      if (u) return u;
    }
  }
  return undefined;
}

const MAX_DEPTH = 60;
const MAX_ITEMS = 10_000;

export class Evaluator {
  private depth = 0;

  constructor(
    private readonly scope: Scope,
    private readonly locals: ReadonlyMap<string, unknown> = new Map(),
  ) {}

  /** An evaluator with more local names (for-expression variables, `count`, `each`). */
  with(names: ReadonlyMap<string, unknown>): Evaluator {
    const merged = new Map(this.locals);
    for (const [k, v] of names) merged.set(k, v);
    return new Evaluator(this.scope, merged);
  }

  evaluate(expr: Expr | undefined): unknown {
    if (!expr) return null;
    if (this.depth > MAX_DEPTH) return unknown('expression nested too deep');
    this.depth++;
    try {
      return this.eval(expr);
    } finally {
      this.depth--;
    }
  }

  private eval(expr: Expr): unknown {
    switch (expr.type) {
      case 'literal':
        return expr.value;
      case 'template':
        return this.template(expr.parts);
      case 'tuple':
        return expr.items.map((i) => this.evaluate(i));
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const item of expr.items) {
          // An object key that is a bare word is the word, not a variable (`{ name = 1 }`).
          const key = item.key.type === 'variable' ? item.key.name : this.evaluate(item.key);
          if (isUnknown(key)) return unknown(`an object key is not known (${key.reason})`);
          out[String(key)] = this.evaluate(item.value);
        }
        return out;
      }
      case 'variable':
        return this.traverse(expr.name, []);
      case 'traversal': {
        if (expr.target.type === 'variable') return this.traverse(expr.target.name, expr.steps);
        return this.steps(this.evaluate(expr.target), expr.steps);
      }
      case 'call':
        return this.call(expr.name, expr.args, expr.expandLast);
      case 'conditional': {
        const c = this.evaluate(expr.condition);
        if (typeof c === 'boolean') return this.evaluate(c ? expr.then : expr.else);
        const a = this.evaluate(expr.then);
        const b = this.evaluate(expr.else);
        if (!firstUnknown(a) && JSON.stringify(a) === JSON.stringify(b)) return a;
        return isUnknown(c) ? unknown(`it depends on a condition that is not known (${c.reason})`) : failed('a condition that is not a boolean');
      }
      case 'unary': {
        const v = this.evaluate(expr.operand);
        if (isUnknown(v)) return v;
        if (expr.op === '!') return typeof v === 'boolean' ? !v : failed('! of a non-boolean');
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

  private traverse(name: string, steps: readonly Step[]): unknown {
    if (this.locals.has(name)) return this.steps(this.locals.get(name), steps);
    const found = this.scope.root(name, steps, (e) => this.evaluate(e));
    if (!found) return unknown(`${name} is not something this review evaluates`);
    return this.steps(found.value, steps.slice(found.consumed));
  }

  steps(value: unknown, steps: readonly Step[]): unknown {
    let current = value;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i] as Step;
      if (isUnknown(current)) return current;
      if ('splat' in step) {
        // `x[*].a`: applied to each element; a single non-list value is a one-item list.
        const list = Array.isArray(current) ? current : current === null ? [] : [current];
        return list.map((item) => this.steps(item, step.splat)).map((v, _, all) => (all.length ? v : v));
      }
      if ('attr' in step) current = attr(current, step.attr);
      else current = index(current, this.evaluate(step.index));
    }
    return current;
  }

  private template(parts: readonly TemplatePart[]): unknown {
    // A template that is one interpolation is that value, not its string form.
    if (parts.length === 1 && parts[0] && 'interpolation' in parts[0]) return this.evaluate(parts[0].interpolation);
    let out = '';
    for (const part of parts) {
      if ('text' in part) out += part.text;
      else if ('interpolation' in part) {
        const v = this.evaluate(part.interpolation);
        const s = toText(v);
        if (isUnknown(s)) return s;
        out += s;
      } else if ('if' in part) {
        const c = this.evaluate(part.if);
        if (typeof c !== 'boolean') return isUnknown(c) ? c : failed('template if on a non-boolean');
        const v = this.template(c ? part.then : part.else);
        if (isUnknown(v)) return v;
        out += String(v);
      } else {
        const coll = this.evaluate(part.for.collection);
        if (isUnknown(coll)) return coll;
        for (const [k, v] of entries(coll)) {
          const inner = this.with(new Map<string, unknown>([[part.for.valueVar, v], ...(part.for.keyVar ? [[part.for.keyVar, k] as [string, unknown]] : [])]));
          const s = inner.template(part.body);
          if (isUnknown(s)) return s;
          out += String(s);
        }
      }
    }
    return out;
  }

  private binary(op: string, l: Expr, r: Expr): unknown {
    const a = this.evaluate(l);
    // && and || decide on one known side, as Terraform's short-circuit would.
    if (op === '&&' && a === false) return false;
    if (op === '||' && a === true) return true;
    const b = this.evaluate(r);
    if (op === '&&' && b === false) return false;
    if (op === '||' && b === true) return true;
    if (op === '==' || op === '!=') {
      if (firstUnknown(a) || firstUnknown(b)) return firstUnknown(a) ?? firstUnknown(b);
      const eq = JSON.stringify(a) === JSON.stringify(b);
      return op === '==' ? eq : !eq;
    }
    if (isUnknown(a)) return a;
    if (isUnknown(b)) return b;
    if (op === '&&' || op === '||') return typeof a === 'boolean' && typeof b === 'boolean' ? (op === '&&' ? a && b : a || b) : failed(`${op} of non-booleans`);
    const x = typeof a === 'string' && a.trim() !== '' ? Number(a) : a;
    const y = typeof b === 'string' && b.trim() !== '' ? Number(b) : b;
    if (typeof x !== 'number' || typeof y !== 'number' || Number.isNaN(x) || Number.isNaN(y)) return failed(`${op} of non-numbers`);
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

  private forExpr(expr: Extract<Expr, { type: 'for' }>): unknown {
    const coll = this.evaluate(expr.collection);
    if (isUnknown(coll)) return coll;
    const items = entries(coll);
    if (items.length > MAX_ITEMS) return unknown(`a for expression over more than ${MAX_ITEMS} items`);
    const list: unknown[] = [];
    const obj: Record<string, unknown> = {};
    for (const [k, v] of items) {
      const inner = this.with(new Map<string, unknown>([[expr.valueVar, v], ...(expr.keyVar ? [[expr.keyVar, k] as [string, unknown]] : [])]));
      if (expr.condition) {
        const c = inner.evaluate(expr.condition);
        if (isUnknown(c)) return unknown(`a for expression's condition is not known (${c.reason})`);
        if (c !== true) continue;
      }
      if (expr.key) {
        const key = inner.evaluate(expr.key);
        if (isUnknown(key)) return unknown(`a for expression's key is not known (${key.reason})`);
        const value = inner.evaluate(expr.value);
        if (expr.grouping) ((obj[String(key)] ??= []) as unknown[]).push(value);
        else obj[String(key)] = value;
      } else {
        list.push(inner.evaluate(expr.value));
      }
    }
    return expr.key ? obj : list;
  }

  private call(name: string, argExprs: readonly Expr[], expandLast: boolean): unknown {
    // try() and can() must see failures as values, so their arguments are evaluated one by one.
    if (name === 'try') {
      let last: unknown = failed('try() with no argument that succeeds');
      for (const a of argExprs) {
        last = this.evaluate(a);
        if (!(isUnknown(last) && (last as TfUnknown).failed)) return last;
      }
      return last;
    }
    if (name === 'can') {
      const v = this.evaluate(argExprs[0]);
      if (isUnknown(v)) return (v as TfUnknown).failed ? false : v;
      return true;
    }
    let args = argExprs.map((a) => this.evaluate(a));
    if (expandLast) {
      const last = args[args.length - 1];
      if (isUnknown(last)) return last;
      args = [...args.slice(0, -1), ...entries(last).map(([, v]) => v)];
    }
    const fn = FUNCTIONS[name.replace(/^provider::[^:]+::/, '')];
    if (!fn) return unknown(`function ${name}() is not evaluated by this review`);
    try {
      return fn(args);
    } catch (error) {
      return failed(`${name}(): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function attr(value: unknown, name: string): unknown {
  if (isUnknown(value)) return value;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return failed(`no attribute ${name} on a ${Array.isArray(value) ? 'list' : typeof value}`);
  if (isRef(value)) return name === 'id' || name === 'arn' ? value : unknown(`attribute ${name} of ${value.Ref} is known only after apply`);
  const v = (value as Record<string, unknown>)[name];
  return v === undefined && !(name in value) ? failed(`no attribute ${name}`) : v;
}

function index(value: unknown, key: unknown): unknown {
  if (isUnknown(value)) return value;
  if (isUnknown(key)) return key;
  if (Array.isArray(value)) {
    const i = typeof key === 'number' ? key : Number(key);
    return Number.isInteger(i) && i >= 0 && i < value.length ? value[i] : failed(`index ${String(key)} out of range`);
  }
  if (value !== null && typeof value === 'object' && !isRef(value)) {
    const k = String(key);
    return k in value ? (value as Record<string, unknown>)[k] : failed(`no key ${k}`);
  }
  return failed('index into a value that is not a collection');
}

/** Key/value pairs of a list (index keys), a map, or a set. */
export function entries(value: unknown): [unknown, unknown][] {
  if (Array.isArray(value)) return value.map((v, i) => [i, v]);
  if (value !== null && typeof value === 'object' && !isRef(value) && !isUnknown(value)) return Object.entries(value);
  return [];
}

function toText(value: unknown): unknown {
  if (isUnknown(value)) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return failed('interpolation of null');
  if (isRef(value)) return unknown(`the id of ${value.Ref} is known only after apply`);
  return failed('interpolation of a collection');
}

// ---------------------------------------------------------------------------------------------
// Functions: the ones infrastructure code uses to shape lists, maps and strings.

type Fn = (args: unknown[]) => unknown;

function known(args: unknown[], deep = false): TfUnknown | undefined {
  for (const a of args) {
    const u = deep ? firstUnknown(a) : isUnknown(a) ? a : undefined;
    if (u) return u;
  }
  return undefined;
}

function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  throw new Error('expected a list');
}

function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error('expected a string');
}

function num(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || Number.isNaN(n)) throw new Error('expected a number');
  return n;
}

function guard(fn: Fn, deep = false): Fn {
  return (args) => known(args, deep) ?? fn(args);
}

function ipv4ToInt(ip: string): number {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) throw new Error(`not an IPv4 address: ${ip}`);
  return (((parts[0] ?? 0) << 24) >>> 0) + ((parts[1] ?? 0) << 16) + ((parts[2] ?? 0) << 8) + (parts[3] ?? 0);
}

function intToIpv4(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function unique(items: unknown[]): unknown[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = JSON.stringify(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function flatten(items: unknown[]): unknown[] {
  return items.flatMap((i) => (Array.isArray(i) ? flatten(i) : [i]));
}

export const FUNCTIONS: Readonly<Record<string, Fn>> = {
  concat: guard((a) => a.flatMap(list)),
  merge: guard((a) =>
    Object.assign(
      {},
      ...a
        .filter((x) => x !== null)
        .map((x) => {
          if (typeof x !== 'object' || Array.isArray(x)) throw new Error('merge of a non-map');
          return x;
        }),
    ),
  ),
  lookup: (a) => {
    const [map, key, dflt] = a;
    if (isUnknown(map)) return map;
    if (isUnknown(key)) return key;
    if (map === null || typeof map !== 'object' || Array.isArray(map)) throw new Error('lookup in a non-map');
    const k = str(key);
    if (k in map) return (map as Record<string, unknown>)[k];
    if (a.length > 2) return dflt;
    return failed(`lookup: no key ${k}`);
  },
  coalesce: (a) => {
    for (const v of a) {
      if (isUnknown(v)) return v;
      if (v !== null && v !== '') return v;
    }
    return failed('coalesce: no non-null argument');
  },
  coalescelist: (a) => {
    for (const v of a) {
      if (isUnknown(v)) return v;
      if (Array.isArray(v) && v.length > 0) return v;
    }
    return failed('coalescelist: no non-empty list');
  },
  element: guard((a) => {
    const items = list(a[0]);
    if (items.length === 0) throw new Error('element of an empty list');
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
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (v !== null && typeof v === 'object') return Object.keys(v).length;
    throw new Error('length of a non-collection');
  }),
  keys: guard((a) => Object.keys(a[0] as object).sort()),
  values: guard((a) =>
    Object.keys(a[0] as object)
      .sort()
      .map((k) => (a[0] as Record<string, unknown>)[k]),
  ),
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
    return str(a[0]).replace(/%(-?\d*)(\.\d+)?([sdvqf%])/g, (_whole, _w: string, _p: string, verb: string) => {
      if (verb === '%') return '%';
      const v = a[i++];
      if (verb === 'q') return JSON.stringify(v);
      if (verb === 'd') return String(Math.trunc(num(v)));
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
    });
  }, true),
  formatlist: guard((a) => {
    const lists = a.slice(1).filter(Array.isArray) as unknown[][];
    const n = lists[0]?.length ?? 1;
    return Array.from({ length: n }, (_, k) => (FUNCTIONS['format'] as Fn)([a[0], ...a.slice(1).map((x) => (Array.isArray(x) ? x[k] : x))]));
  }, true),
  min: guard((a) => Math.min(...a.map(num))),
  max: guard((a) => Math.max(...a.map(num))),
  abs: guard((a) => Math.abs(num(a[0]))),
  ceil: guard((a) => Math.ceil(num(a[0]))),
  floor: guard((a) => Math.floor(num(a[0]))),
  range: guard((a) => {
    const [start, end, step] = a.length === 1 ? [0, num(a[0]), 1] : [num(a[0]), num(a[1]), a.length > 2 ? num(a[2]) : 1];
    if (step === 0 || Math.abs((end - start) / step) > MAX_ITEMS) throw new Error('range too long');
    const out: number[] = [];
    for (let v = start; step > 0 ? v < end : v > end; v += step) out.push(v);
    return out;
  }),
  zipmap: guard((a) => Object.fromEntries(list(a[0]).map((k, i) => [str(k), list(a[1])[i]]))),
  one: guard((a) => {
    const items = list(a[0]);
    if (items.length > 1) throw new Error('one() of more than one item');
    return items[0] ?? null;
  }),
  cidrsubnet: guard((a) => {
    const [base, bits] = str(a[0]).split('/');
    const prefix = num(bits);
    const newbits = num(a[1]);
    const netnum = num(a[2]);
    const length = prefix + newbits;
    if (length > 32 || netnum >= 2 ** newbits) throw new Error('cidrsubnet out of range');
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
