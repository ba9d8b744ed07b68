import { createHash } from 'node:crypto';
import { objectLabel, type Finding, type Severity } from '../findings.js';
import { PROJECT_URL } from '../project.js';
import { bySeverityThenLocation } from './annotations.js';
import { truncateBytes } from './limit.js';
import { docsPath } from '../rules/docs.js';

/**
 * SARIF 2.1.0 as GitHub code scanning reads it (docs: code-scanning/sarif-files/sarif-support):
 * rule metadata with descriptions and help, a region on every result, repo-relative URIs and
 * a `primaryLocationLineHash` that stays put when lines move.
 */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', notice: 'note' };

/** Code scanning rejects a run with more results than this (sarif-limits). */
export const SARIF_MAX_RESULTS = 25_000;
const MAX_DESCRIPTION_BYTES = 1024;

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown?: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: [
    {
      physicalLocation: {
        artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
        region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
      };
    },
  ];
  partialFingerprints: { primaryLocationLineHash: string };
  properties?: { object?: string };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: string; version: string; semanticVersion: string; informationUri?: string; rules: SarifRule[] } };
      results: SarifResult[];
      columnKind: 'utf16CodeUnits';
      properties?: { omittedResults: number };
    },
  ];
}

/** What SARIF needs of a rule; a registry `Rule` is one. */
export interface RuleMetadata {
  id: string;
  family: string;
  defaultSeverity: Severity;
  description: string;
}

export interface SarifOptions {
  /** The registry (src/rules RULES): every rule is described, found or not. */
  rules: readonly RuleMetadata[];
  version: string;
  informationUri?: string;
  ruleUrl?: (ruleId: string) => string | undefined;
  maxResults?: number;
}

/** A repo-relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function toRelativeUri(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\.\//, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function sarifRule(rule: RuleMetadata, ruleUrl: SarifOptions['ruleUrl']): SarifRule {
  const description = truncateBytes(rule.description, MAX_DESCRIPTION_BYTES);
  const url = ruleUrl?.(rule.id);
  const docPath = docsPath(rule.id);
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: {
      text: `${rule.description}\nDocumentation: ${url ?? docPath}`,
      markdown: `${rule.description}\n\nDocumentation: [${docPath}](${url ?? docPath})`,
    },
    ...(url ? { helpUri: url } : {}),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    properties: { tags: [rule.family] },
  };
}

/**
 * Identity of a finding that survives edits elsewhere in the file: rule, file and the object it
 * is about (kind/namespace/name), or its message when it has no object (input problems).
 * Line numbers are left out on purpose, so an alert does not reopen when lines shift.
 */
function fingerprintKey(f: Finding): string {
  const anchor = f.object ? `${f.object.kind}\u0000${f.object.namespace ?? ''}\u0000${f.object.name}` : f.message;
  return `${f.rule}\u0000${f.path}\u0000${anchor}`;
}

/** Code scanning wants all four of startLine, startColumn, endLine, endColumn (sarif-support table). */
function region(f: Finding): SarifResult['locations'][0]['physicalLocation']['region'] {
  const startLine = Number.isSafeInteger(f.startLine) && f.startLine >= 1 ? f.startLine : 1;
  const endLine = Math.max(startLine, Number.isSafeInteger(f.endLine) ? f.endLine : startLine);
  const startColumn = f.startColumn !== undefined && f.startColumn >= 1 ? f.startColumn : 1;
  const endColumn = f.endColumn !== undefined && f.endColumn >= 1 ? f.endColumn : undefined;
  // SARIF's endColumn is exclusive: a zero-width point (a parse error) becomes one character,
  // and a multi-line range without a known end column ends at the start of the next line.
  if (endLine === startLine) return { startLine, startColumn, endLine, endColumn: Math.max(endColumn ?? 0, startColumn + 1) };
  if (endColumn === undefined) return { startLine, startColumn, endLine: endLine + 1, endColumn: 1 };
  return { startLine, startColumn, endLine, endColumn };
}

export function buildSarif(findings: readonly Finding[], options: SarifOptions): SarifLog {
  const rules = options.rules.map((r) => sarifRule(r, options.ruleUrl));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndexOf = (f: Finding): number => {
    const known = index.get(f.rule);
    if (known !== undefined) return known;
    // A finding from a rule outside the registry (an internal error) still needs its rule entry.
    const family = f.rule.split('/')[0] ?? f.rule;
    rules.push(sarifRule({ id: f.rule, family, defaultSeverity: f.severity, description: `Findings of ${f.rule}.` }, options.ruleUrl));
    index.set(f.rule, rules.length - 1);
    return rules.length - 1;
  };

  const limit = options.maxResults ?? SARIF_MAX_RESULTS;
  const kept = [...findings].sort(bySeverityThenLocation).slice(0, limit);
  const occurrences = new Map<string, number>();
  const results = kept.map((f): SarifResult => {
    const hash = createHash('sha256').update(fingerprintKey(f)).digest('hex').slice(0, 32);
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
  });
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
        results,
        columnKind: 'utf16CodeUnits',
        ...(findings.length > kept.length ? { properties: { omittedResults: findings.length - kept.length } } : {}),
      },
    ],
  };
}
