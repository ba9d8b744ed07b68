import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { decodeText, DEFAULT_MAX_FILE_BYTES } from '../collect/collect.js';
import type { Finding, Severity } from '../findings.js';
import type { LoadedDocument, PathSegment, SourceFile } from '../load/types.js';
import { loadFile } from '../load/yaml.js';
import { asArray, asBoolean, asNumber, asObject, asString, get, normalizeMinor, stringMap } from '../model/util.js';
import { RULES } from '../rules/index.js';
import { RULE_FAMILIES, type Rule } from '../rules/types.js';
import { buildConfigSchema } from './schema.js';
import {
  EMPTY_CONFIG,
  type Config,
  type ConfigCluster,
  type ConfigNodeGroup,
  type ConfigTaint,
  type NetworkOptions,
  type RuleLevel,
  type RuleSetting,
  type SystemPodsOption,
} from './types.js';

/** Where the config is looked for, relative to the review root, when none is given. */
export const DEFAULT_CONFIG_PATH = '.github/manifest-review.yaml';

export const INVALID_CONFIG_RULE = 'input/invalid-config';

export interface ConfigResult {
  config: Config;
  /** `input/invalid-config` findings, positioned in the config file. */
  findings: Finding[];
  /** Path of the config file relative to the review root, when one was read. */
  path?: string;
}

/** A problem at `path` inside the config document. */
export interface Problem {
  path: PathSegment[];
  message: string;
  severity?: Severity;
}

/** Compiled validators by registry (ids and option schemas): compiling takes ~100 ms. */
const validators = new Map<string, ValidateFunction>();

function validatorFor(rules: readonly Rule[]): ValidateFunction {
  const key = JSON.stringify(rules.map((r) => [r.id, r.optionsSchema ?? null]));
  let validate = validators.get(key);
  if (!validate) {
    // verbose: errors carry the failing data and schema, which the messages quote.
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

/** `nodeGroups[1].kubelet.maxPods`, the way a reader finds it in the file. */
export function describePath(p: readonly PathSegment[]): string {
  return p.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '') || '(the document)';
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function jsonType(value: unknown): string {
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

function editDistance(a: string, b: string): number {
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
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    // A cut-short name ("warn") is as close as one typo.
    const d = name.length >= 3 && k.startsWith(name) ? 1 : editDistance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 4)) ? best : undefined;
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
      const hint = closest(key, allowed);
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

/**
 * The entry an invalid value takes down with it: one rule setting, one cluster, node group,
 * system pod or list item, so that one typo does not discard the rest of the config.
 */
function entryOf(p: readonly PathSegment[]): PathSegment[] {
  const depth = p[0] === 'paths' || p[0] === 'network' || p[0] === 'systemPods' ? 3 : 2;
  return p.slice(0, depth);
}

function startsWith(p: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= p.length && prefix.every((seg, i) => String(seg) === String(p[i]));
}

class ConfigReader {
  readonly problems: Problem[] = [];
  private readonly dropped: PathSegment[][] = [];

  constructor(
    readonly doc: LoadedDocument,
    readonly value: Record<string, unknown>,
  ) {}

  drop(p: readonly PathSegment[]): void {
    this.dropped.push(entryOf(p));
  }

  /** True when the entry at `p` (or one containing it) failed validation. */
  isDropped(p: readonly PathSegment[]): boolean {
    return this.dropped.some((d) => startsWith(p, d));
  }

  problem(p: PathSegment[], message: string, severity?: Severity): void {
    this.problems.push({ path: p, message, ...(severity ? { severity } : {}) });
  }

  strings(p: PathSegment[]): string[] | undefined {
    const list = get(this.value, ...p);
    if (list === undefined || this.isDropped(p)) return undefined;
    return asArray(list).flatMap((item, i) => {
      const s = asString(item);
      return s !== undefined && !this.isDropped([...p, i]) ? [s] : [];
    });
  }

  minor(p: PathSegment[]): string | undefined {
    const raw = get(this.value, ...p);
    if (raw === undefined) return undefined;
    return normalizeMinor(raw, this.doc.valueText(p));
  }

  rules(): Record<string, RuleSetting> {
    const out: Record<string, RuleSetting> = {};
    for (const [id, setting] of Object.entries(asObject(this.value['rules']) ?? {})) {
      if (this.isDropped(['rules', id])) continue;
      if (typeof setting === 'string') out[id] = { severity: setting as RuleLevel };
      else {
        const severity = asString(get(setting, 'severity'));
        const options = asObject(get(setting, 'options'));
        out[id] = { ...(severity ? { severity: severity as RuleLevel } : {}), ...(options ? { options } : {}) };
      }
    }
    return out;
  }

  clusters(): ConfigCluster[] {
    const seen = new Set<string>();
    return asArray(this.value['clusters']).flatMap((item, index): ConfigCluster[] => {
      const at: PathSegment[] = ['clusters', index];
      if (this.isDropped(at)) return [];
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

  nodeGroups(): ConfigNodeGroup[] {
    const seen = new Set<string>();
    return asArray(this.value['nodeGroups']).flatMap((item, index): ConfigNodeGroup[] => {
      const at: PathSegment[] = ['nodeGroups', index];
      if (this.isDropped(at)) return [];
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
      const taints = asArray(get(item, 'taints')).map((t): ConfigTaint => {
        const value = asString(get(t, 'value'));
        return { key: String(get(t, 'key')), effect: get(t, 'effect') as ConfigTaint['effect'], ...(value !== undefined ? { value } : {}) };
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

  systemPods(): SystemPodsOption | undefined {
    const section = asObject(this.value['systemPods']);
    if (!section || this.isDropped(['systemPods'])) return undefined;
    const mode = this.isDropped(['systemPods', 'mode']) ? undefined : asString(section['mode']);
    const pods = asArray(section['pods']).flatMap((pod, i) => {
      if (this.isDropped(['systemPods', 'pods', i])) return [];
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
    if (mode === 'replace' && this.isDropped(['systemPods', 'pods'])) return undefined;
    return { mode: mode === 'replace' ? 'replace' : 'extend', pods };
  }

  network(): NetworkOptions | undefined {
    const section = asObject(this.value['network']);
    if (!section || this.isDropped(['network'])) return undefined;
    const out: Record<string, string[]> = {};
    for (const key of ['publicSubnetIds', 'privateSubnetIds', 'allowedEndpointCidrs'] as const) {
      const list = this.strings(['network', key]);
      if (list) out[key] = list;
    }
    return out as NetworkOptions;
  }
}

/** An `input/invalid-config` finding at `problem.path` of the config document. */
export function configFinding(doc: LoadedDocument, problem: Problem): Finding {
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

function fileProblem(file: string, message: string, line = 1, column = 1): Finding {
  return { rule: INVALID_CONFIG_RULE, severity: 'error', path: file, startLine: line, endLine: line, startColumn: column, endColumn: column, message };
}

/**
 * Parses and validates a config file. Never throws: every problem is an `input/invalid-config`
 * finding at its line, and the entries that are valid still apply.
 */
export function parseConfig(source: SourceFile, rules: readonly Rule[] = RULES): ConfigResult {
  const file = loadFile(source);
  const findings: Finding[] = file.findings.map((f) => ({
    ...f,
    rule: INVALID_CONFIG_RULE,
    severity: 'error',
    message: `configuration not applied: ${f.message}`,
  }));
  const doc = file.documents[0];
  if (!doc || findings.length) return { config: EMPTY_CONFIG, findings, path: source.path };
  const second = file.documents[1];
  if (second) {
    const at = second.locate([]).start;
    findings.push(fileProblem(source.path, 'the configuration is one YAML document; this and later documents are ignored', at.line, at.column));
  }
  if (doc.value === null || doc.value === undefined) return { config: { ...EMPTY_CONFIG, document: doc, file }, findings, path: source.path };
  const root = asObject(doc.value);
  if (!root) {
    findings.push(configFinding(doc, { path: [], message: `configuration not applied: it must be a mapping (got ${jsonType(doc.value)})` }));
    return { config: EMPTY_CONFIG, findings, path: source.path };
  }
  const reader = new ConfigReader(doc, root);
  const validate = validatorFor(rules);
  if (!validate(root)) {
    for (const error of pruneAnyOf(validate.errors ?? [])) {
      const problem = schemaProblem(error, root, rules);
      reader.drop(problem.path);
      reader.problem(problem.path, problem.message);
    }
  }
  const config: Config = {
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

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Reads the config: `explicit` (relative to `cwd`) when given, else DEFAULT_CONFIG_PATH when
 * it exists, else the empty config. A missing or unreadable explicit file is a finding, not
 * an exception, so the review still runs with the defaults.
 */
export function readConfig(cwd: string, explicit?: string, rules: readonly Rule[] = RULES): ConfigResult {
  const absolute = path.resolve(cwd, explicit ?? DEFAULT_CONFIG_PATH);
  const display = toPosix(path.relative(cwd, absolute)) || absolute;
  if (!existsSync(absolute)) {
    if (explicit === undefined) return { config: EMPTY_CONFIG, findings: [] };
    return { config: EMPTY_CONFIG, findings: [fileProblem(display, `configuration not applied: ${display} does not exist`)] };
  }
  try {
    // The default path is the PR's to fill: a symlink there pointing out of the tree would have
    // the review read (and quote in findings) a file the PR has no business showing. Refused like
    // any symlink out of the workspace; the target is not named.
    if (isInside(path.resolve(cwd), absolute) && !isInside(realpathSync(cwd), realpathSync(absolute))) {
      return { config: EMPTY_CONFIG, findings: [fileProblem(display, `configuration not applied: ${display} is a symbolic link that points outside the reviewed tree`)] };
    }
    const stats = statSync(absolute);
    if (!stats.isFile()) return { config: EMPTY_CONFIG, findings: [fileProblem(display, `configuration not applied: ${display} is not a file`)] };
    if (stats.size > DEFAULT_MAX_FILE_BYTES) {
      return { config: EMPTY_CONFIG, findings: [fileProblem(display, `configuration not applied: ${stats.size} bytes is over the ${DEFAULT_MAX_FILE_BYTES}-byte limit`)] };
    }
    const text = decodeText(readFileSync(absolute));
    if (text === undefined) return { config: EMPTY_CONFIG, findings: [fileProblem(display, 'configuration not applied: the file is not UTF-8 text')] };
    return parseConfig({ path: display, text }, rules);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { config: EMPTY_CONFIG, findings: [fileProblem(display, `configuration not applied: cannot read ${display} (${code})`)] };
  }
}
