import type { ErrorObject, ValidateFunction } from 'ajv';
import type { PathSegment } from '../load/types.js';
import { asArray, asObject, asString, get } from '../model/util.js';
import { RULE_FAMILIES, type Rule } from '../rules/types.js';
import ajvOnDemand from './ajv-on-demand.cjs';
import { describePath, type Problem } from './problems.js';
import { buildConfigSchema } from './schema.js';
import { closest } from './suggest.js';

/*
 * Validation of the config document against its JSON Schema (src/config/schema.ts, built from
 * the rule registry), with each ajv error turned into one problem a reader can act on, at the
 * path of the offending key or value.
 */

/** Compiled validators by registry (ids and option schemas): compiling takes ~100 ms. */
const validators = new Map<string, ValidateFunction>();

function validatorFor(rules: readonly Rule[]): ValidateFunction {
  const key = JSON.stringify(rules.map((r) => [r.id, r.optionsSchema ?? null]));
  let validate = validators.get(key);
  if (!validate) {
    // verbose: errors carry the failing data and schema, which the messages quote.
    const { Ajv } = ajvOnDemand();
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
    validate = ajv.compile(buildConfigSchema(rules, RULE_FAMILIES));
    validators.set(key, validate);
  }
  return validate;
}

function pointerToPath(pointer: string, root: unknown): PathSegment[] {
  if (pointer === '') return [];
  const out: PathSegment[] = [];
  let node = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const segment: PathSegment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
    out.push(segment);
    node = get(node, segment);
  }
  return out;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(schema: unknown, value: unknown): boolean {
  const declared = get(schema, 'type');
  if (declared === undefined) return true;
  const types = Array.isArray(declared) ? declared : [declared];
  const actual = jsonType(value);
  return types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
}

/**
 * ajv reports every branch of a failed `anyOf`. Keep the branch whose type fits the value
 * (a mapping gets the mapping branch's errors), or the `anyOf` error alone when none fits.
 */
function pruneAnyOf(errors: readonly ErrorObject[]): ErrorObject[] {
  let kept = [...errors];
  for (const anyOf of errors.filter((e) => e.keyword === 'anyOf')) {
    const branches = asArray(anyOf.schema);
    const chosen = branches.findIndex((b) => typeMatches(b, anyOf.data));
    const inBranch = (e: ErrorObject, i: number): boolean => e.schemaPath.startsWith(`${anyOf.schemaPath}/${i}/`);
    kept = kept.filter((e) => !branches.some((_, i) => i !== chosen && inBranch(e, i)));
    if (chosen >= 0 && kept.some((e) => inBranch(e, chosen))) kept = kept.filter((e) => e !== anyOf);
  }
  return kept;
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

function schemaProblem(error: ErrorObject, root: unknown, rules: readonly Rule[]): Problem {
  const at = pointerToPath(error.instancePath, root);
  const where = `\`${describePath(at)}\``;
  const params = error.params as Record<string, unknown>;
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
        message:
          at.length === 2 && at[0] === 'rules'
            ? `${where} must be off, notice, warning or error, or a mapping {severity, options} (got ${shown(error.data)})`
            : `${where} does not match any allowed form (got ${shown(error.data)})`,
      };
    default:
      return { path: at, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

/** Every problem the schema finds in the config document `root`; none when it is valid. */
export function schemaProblems(root: unknown, rules: readonly Rule[]): Problem[] {
  const validate = validatorFor(rules);
  if (validate(root)) return [];
  return pruneAnyOf(validate.errors ?? []).map((error) => schemaProblem(error, root, rules));
}
