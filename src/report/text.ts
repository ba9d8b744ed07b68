import { SEVERITIES, type Finding, type Severity } from '../findings.js';
import { REPORT_PIECE_CHARS, unflattened } from './json.js';

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function totalLine(findings: readonly Finding[], filesReviewed: number, suppressed = 0): string {
  const counts = countBySeverity(findings);
  const parts = SEVERITIES.map((s) => plural(counts[s], s));
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

const visible = (c: string): string => `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`;

export function escapeTerminal(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, visible);
}

/** For text that must stay on one line (paths, rule ids): tabs and newlines escaped too. */
function escapeTerminalLine(text: string): string {
  return escapeTerminal(text).replace(/[\t\n]/g, visible);
}

/** How a terminal report looks: decided once per destination by `terminalStyle`. */
export interface TextStyle {
  /** ANSI colours. */
  color: boolean;
  /** Severity symbols (✖ ⚠ ℹ) instead of plain words only. */
  symbols: boolean;
  /** Column the wrapped messages stop at. */
  width: number;
}

/** Plain text: what a pipe, a file or the action's log gets. */
export const PLAIN_STYLE: TextStyle = { color: false, symbols: false, width: 100 };

/**
 * Colour when the destination is a terminal, with the conventions users set to override that:
 * FORCE_COLOR (any value but `0`/`false`) turns colour on even into a pipe and wins over
 * NO_COLOR (Node's own rule); NO_COLOR (any non-empty value, no-color.org) turns it off; a `dumb`
 * terminal gets none. Symbols follow the terminal, not the colour: NO_COLOR users still read them.
 */
export function terminalStyle(destination: { isTTY?: boolean; columns?: number }, env: Readonly<Record<string, string | undefined>>): TextStyle {
  const isTTY = destination.isTTY === true;
  const force = env['FORCE_COLOR'];
  const color = force !== undefined ? force !== '0' && force.toLowerCase() !== 'false' : !env['NO_COLOR'] && isTTY && env['TERM'] !== 'dumb';
  const columns = isTTY && destination.columns && destination.columns > 0 ? destination.columns : PLAIN_STYLE.width;
  return { color, symbols: isTTY || color, width: Math.max(40, Math.min(columns, 120)) };
}

const SGR = { reset: 0, bold: 1, dim: 2, underline: 4, red: 31, yellow: 33, cyan: 36 } as const;
type Sgr = keyof typeof SGR;

function paint(style: TextStyle, text: string, ...codes: Sgr[]): string {
  if (!style.color || codes.length === 0) return text;
  return `\u001b[${codes.map((c) => SGR[c]).join(';')}m${text}\u001b[0m`;
}

const SYMBOL: Record<Severity, string> = { error: '✖', warning: '⚠', notice: 'ℹ' };
const SEVERITY_COLOR: Record<Severity, Sgr> = { error: 'red', warning: 'yellow', notice: 'cyan' };

/** Words of `text` in lines of at most `width` columns (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const MESSAGE_INDENT = '    ';

function location(f: Finding): string {
  return `${escapeTerminalLine(f.path)}:${f.startLine}:${f.startColumn ?? 1}`;
}

/**
 * The human report: a heading per file, then for each finding its `path:line:col` (terminals
 * and editors turn that into a link), severity and rule, with the message wrapped beneath it;
 * then the total. Findings are expected in file order (the engine's order).
 */
export function renderText(findings: readonly Finding[], filesReviewed: number, suppressed = 0, style: TextStyle = PLAIN_STYLE): string {
  return [...textLines(findings, filesReviewed, suppressed, style)].join('\n') + '\n';
}

/** `renderText`'s text in pieces (see `linesInPieces`). */
export function textReportChunks(findings: readonly Finding[], filesReviewed: number, suppressed = 0, style: TextStyle = PLAIN_STYLE): Generator<string> {
  return linesInPieces(textLines(findings, filesReviewed, suppressed, style));
}

function* textLines(findings: readonly Finding[], filesReviewed: number, suppressed: number, style: TextStyle): Generator<string> {
  let lastPath: string | undefined;
  for (const f of findings) {
    if (f.path !== lastPath) {
      if (lastPath !== undefined) yield '';
      yield paint(style, escapeTerminalLine(f.path), 'bold', 'underline');
      lastPath = f.path;
    }
    const severity = style.symbols ? `${SYMBOL[f.severity]} ${f.severity}` : f.severity;
    yield `  ${location(f)}  ${paint(style, severity, SEVERITY_COLOR[f.severity])}  ${paint(style, escapeTerminalLine(f.rule), 'dim')}`;
    for (const line of wrap(escapeTerminal(unflattened(f.message)), style.width - MESSAGE_INDENT.length)) yield `${MESSAGE_INDENT}${line}`;
  }
  if (lastPath !== undefined) yield '';
  const counts = countBySeverity(findings);
  const worst = SEVERITIES.find((s) => counts[s] > 0);
  yield paint(style, totalLine(findings, filesReviewed, suppressed), ...(worst ? [SEVERITY_COLOR[worst], 'bold' as const] : []));
}

/**
 * One finding a line, `path:line:col severity rule message`, for editors and problem matchers
 * (`--format compact`); a blank line between files, then the total. Never coloured.
 */
export function renderCompact(findings: readonly Finding[], filesReviewed: number, suppressed = 0): string {
  return [...compactLines(findings, filesReviewed, suppressed)].join('\n') + '\n';
}

/** `renderCompact`'s text in pieces (see `linesInPieces`). */
export function compactReportChunks(findings: readonly Finding[], filesReviewed: number, suppressed = 0): Generator<string> {
  return linesInPieces(compactLines(findings, filesReviewed, suppressed));
}

function* compactLines(findings: readonly Finding[], filesReviewed: number, suppressed: number): Generator<string> {
  let lastPath: string | undefined;
  for (const f of findings) {
    if (lastPath !== undefined && f.path !== lastPath) yield '';
    lastPath = f.path;
    yield `${location(f)} ${f.severity} ${escapeTerminalLine(f.rule)} ${escapeTerminal(unflattened(f.message).replace(/\s*\n\s*/g, ' '))}`;
  }
  if (lastPath !== undefined) yield '';
  yield totalLine(findings, filesReviewed, suppressed);
}

/**
 * Lines, each ended by a newline, in pieces of ~32 K characters (as json.ts writes its report):
 * joined whole, the text report of the synthetic 100k-document tree (17 MB) was built as ~200,000
 * line strings kept in one array, then their join, its newline-ended copy and the UTF-8 buffer
 * written, all at the review's peak: ~600 MiB RSS where the JSON report peaks at ~350.
 */
function* linesInPieces(lines: Iterable<string>): Generator<string> {
  let piece = '';
  for (const line of lines) {
    piece += `${line}\n`;
    if (piece.length >= REPORT_PIECE_CHARS) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}
