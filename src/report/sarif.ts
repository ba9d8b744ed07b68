import { createHash } from 'node:crypto';
import { objectLabel, type Finding, type Severity } from '../findings.js';
import { PROJECT_URL } from '../project.js';
import { docsPath, docsUrl } from '../rules/docs.js';
import { bySeverityThenLocation } from './annotations.js';
import { indented, REPORT_PIECE_CHARS, unflattened } from './json.js';
import { truncateBytes } from './limit.js';
import { HOW_TO_FIX } from './rule-help.js';

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

export type SarifPrecision = 'very-high' | 'high' | 'medium' | 'low';

export interface SarifRule {
  id: string;
  /** Readable, distinct from the opaque id (SARIF §3.49.7; the multitool's SARIF1001). */
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown?: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: SarifPrecision; 'security-severity'?: string };
}

/**
 * Rules whose findings are security exposures, with the score code scanning ranks them by
 * (`security-severity`, CVSS-like: 7.0–8.9 high, 4.0–6.9 medium). Nodes reachable from the
 * internet are the worst; an API server open to the internet still needs credentials; an
 * internet-facing load balancer may be intended and exposes only what it forwards.
 */
export const SECURITY_SEVERITY: Readonly<Record<string, string>> = {
  'subnet-placement/public-nodes': '7.5',
  'subnet-placement/public-endpoint': '6.5',
  'subnet-placement/implicit-public-lb': '5.3',
};

/**
 * How often a finding is right, for code scanning's `precision`. Input problems and version
 * facts come straight from the file and published tables; fit and network findings rest on
 * modelled allocatable memory and on the parts of the network the repository declares.
 */
function precisionOf(ruleId: string): SarifPrecision {
  const family = ruleId.split('/')[0];
  return family === 'input' || family === 'version-skew' ? 'very-high' : 'high';
}

/** `memory-budget/limit-exceeds-node` → `LimitExceedsNode`. */
export function friendlyName(ruleId: string): string {
  const name = ruleId.slice(ruleId.indexOf('/') + 1);
  return name.replace(/(?:^|[-_/])([a-z0-9])/gi, (_m, c: string) => c.toUpperCase());
}

export interface SarifSuppression {
  kind: 'inSource';
  justification?: string;
  location?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' }; region: { startLine: number } } };
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
  suppressions?: SarifSuppression[];
  properties?: { object?: string };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } };
      automationDetails: { id: string };
      versionControlProvenance?: [{ repositoryUri: string; revisionId: string; mappedTo: { uriBaseId: '%SRCROOT%' } }];
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

/** A finding a suppression hid, as the engine returns it (src/engine/suppress.ts SuppressedFinding). */
export interface SuppressedInput extends Finding {
  readonly suppressedBy?: { readonly kind: string; readonly path: string; readonly line: number; readonly reason?: string };
}

export interface SarifOptions {
  /** The registry (src/rules RULES): every rule is described, found or not. */
  rules: readonly RuleMetadata[];
  version: string;
  informationUri?: string;
  /** Rule doc URLs; default: the project's docs on its default branch, so helpUri is always absolute. */
  ruleUrl?: (ruleId: string) => string | undefined;
  maxResults?: number;
  /** Findings the repository suppresses: emitted with `suppressions`, so code scanning shows them as dismissed. */
  suppressed?: readonly SuppressedInput[];
  /**
   * `runAutomationDetails.id`: code scanning's category is the part before the last `/`.
   * Default `manifest-review/`.
   */
  automationId?: string;
  /** The repository and commit analysed (`versionControlProvenance`), when known. */
  versionControl?: { repositoryUri: string; revisionId: string };
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

/** Relative links of a doc section made absolute against the doc's own URL. */
function absoluteLinks(markdown: string, docUrl: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (match, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return match;
    try {
      return `](${new URL(target, docUrl).href})`;
    } catch {
      return match;
    }
  });
}

function sarifRule(rule: RuleMetadata, ruleUrl: (ruleId: string) => string | undefined): SarifRule {
  const description = truncateBytes(rule.description, MAX_DESCRIPTION_BYTES);
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

/** A SARIF log with its results still to be made (`results` is empty until they are), one at a time, in order. */
interface SarifPlan {
  log: SarifLog;
  results: () => Generator<SarifResult>;
}

function planSarif(findings: readonly Finding[], options: SarifOptions): SarifPlan {
  const ruleUrl = options.ruleUrl ?? ((id: string) => docsUrl(id));
  const rules = options.rules.map((r) => sarifRule(r, ruleUrl));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndexOf = (f: Finding): number => {
    const known = index.get(f.rule);
    if (known !== undefined) return known;
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
  // Every rule entry before any result is made: the rules are written before the results.
  for (const f of kept) ruleIndexOf(f);
  for (const f of keptSuppressed) ruleIndexOf(f);
  const occurrences = new Map<string, number>();
  const result = (f: Finding): SarifResult => {
    const hash = createHash('sha256').update(fingerprintKey(f)).digest('hex').slice(0, 32);
    const seen = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, seen);
    // Read once: details may be built when read (findings.ts `lazyDetails`).
    const details = f.details;
    const text = details?.trim() ? `${f.message}\n\n${details}` : unflattened(f.message);
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
  function* results(): Generator<SarifResult> {
    for (const f of kept) yield result(f);
    for (const f of keptSuppressed) {
      const by = f.suppressedBy;
      const suppression: SarifSuppression = {
        kind: 'inSource',
        ...(by?.reason ? { justification: by.reason } : {}),
        ...(by
          ? {
              location: {
                physicalLocation: { artifactLocation: { uri: toRelativeUri(by.path), uriBaseId: '%SRCROOT%' }, region: { startLine: Math.max(1, by.line) } },
              },
            }
          : {}),
      };
      yield { ...result(f), suppressions: [suppression] };
    }
  }
  const omitted = findings.length + (options.suppressed?.length ?? 0) - (kept.length + keptSuppressed.length);
  const log: SarifLog = {
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
        ...(options.versionControl ? { versionControlProvenance: [{ ...options.versionControl, mappedTo: { uriBaseId: '%SRCROOT%' as const } }] } : {}),
        results: [],
        columnKind: 'utf16CodeUnits',
        ...(omitted > 0 ? { properties: { omittedResults: omitted } } : {}),
      },
    ],
  };
  return { log, results };
}

export function buildSarif(findings: readonly Finding[], options: SarifOptions): SarifLog {
  const { log, results } = planSarif(findings, options);
  log.runs[0].results = [...results()];
  return log;
}

/** Where the run's results are, in the log written with none: a newline in a JSON string is escaped, so only structure matches. */
const EMPTY_RESULTS = '\n      "results": []';
const RESULT_INDENT = '        ';

/**
 * The same text as `${JSON.stringify(buildSarif(findings, options), null, 2)}\n`, in pieces
 * (see json.ts `jsonReportChunks`). Built whole, the log of the synthetic 100k-document tree
 * (25,000 results, each message with its details) was alive at once with its 61 MB text (two
 * bytes a character), the text's newline-ended copy and the file's UTF-8 buffer: the review
 * peaked at ~790 MiB RSS, where the JSON report peaks at ~350. One result at a time, only a
 * result and a piece are.
 */
export function* sarifChunks(findings: readonly Finding[], options: SarifOptions): Generator<string> {
  const { log, results } = planSarif(findings, options);
  const outline = JSON.stringify(log, null, 2);
  const at = outline.indexOf(EMPTY_RESULTS);
  let piece = '';
  let first = true;
  for (const result of results()) {
    if (first) piece = outline.slice(0, at + EMPTY_RESULTS.length - 1);
    piece += `${first ? '' : ','}\n${RESULT_INDENT}${indented(result, RESULT_INDENT)}`;
    first = false;
    if (piece.length >= REPORT_PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  yield first ? `${outline}\n` : `${piece}\n      ]${outline.slice(at + EMPTY_RESULTS.length)}\n`;
}
