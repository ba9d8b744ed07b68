import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeText, DEFAULT_MAX_FILE_BYTES } from '../collect/collect.js';
import type { Finding } from '../findings.js';
import type { SourceFile } from '../load/types.js';
import { loadFile } from '../load/yaml.js';
import { asObject } from '../model/util.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import { configFinding, INVALID_CONFIG_RULE } from './problems.js';
import { ConfigReader } from './reader.js';
import { EMPTY_CONFIG, type Config } from './types.js';
import { jsonType, schemaProblems } from './validate.js';
import { isInside } from '../collect/inside.js';

/** Where the config is looked for, relative to the review root, when none is given. */
export const DEFAULT_CONFIG_PATH = '.github/manifest-review.yaml';

export interface ConfigResult {
  config: Config;
  /** `input/invalid-config` findings, positioned in the config file. */
  findings: Finding[];
  /** Path of the config file relative to the review root, when one was read. */
  path?: string;
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
  for (const problem of schemaProblems(root, rules)) {
    reader.drop(problem.path);
    reader.problem(problem.path, problem.message);
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
    ...optional('apis', reader.apis()),
    ...optional('kustomize', reader.strings(['kustomize', 'roots']) ? { roots: reader.strings(['kustomize', 'roots']) ?? [] } : undefined),
    ...optional('helm', reader.helm()),
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
      return {
        config: EMPTY_CONFIG,
        findings: [fileProblem(display, `configuration not applied: ${display} is a symbolic link that points outside the reviewed tree`)],
      };
    }
    const stats = statSync(absolute);
    if (!stats.isFile()) return { config: EMPTY_CONFIG, findings: [fileProblem(display, `configuration not applied: ${display} is not a file`)] };
    if (stats.size > DEFAULT_MAX_FILE_BYTES) {
      return {
        config: EMPTY_CONFIG,
        findings: [fileProblem(display, `configuration not applied: ${stats.size} bytes is over the ${DEFAULT_MAX_FILE_BYTES}-byte limit`)],
      };
    }
    const text = decodeText(readFileSync(absolute));
    if (text === undefined) return { config: EMPTY_CONFIG, findings: [fileProblem(display, 'configuration not applied: the file is not UTF-8 text')] };
    return parseConfig({ path: display, text }, rules);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { config: EMPTY_CONFIG, findings: [fileProblem(display, `configuration not applied: cannot read ${display} (${code})`)] };
  }
}
