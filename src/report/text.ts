import { SEVERITIES, type Finding, type Severity } from '../findings.js';

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
 * `path:line:col severity rule message`, the shape terminals and editors turn into links;
 * a blank line between files, then the total.
 */
export function renderText(findings: readonly Finding[], filesReviewed: number, suppressed = 0): string {
  const lines: string[] = [];
  let lastPath: string | undefined;
  for (const f of findings) {
    if (lastPath !== undefined && f.path !== lastPath) lines.push('');
    lastPath = f.path;
    lines.push(`${f.path}:${f.startLine}:${f.startColumn ?? 1} ${f.severity} ${f.rule} ${f.message.replace(/\s*\n\s*/g, ' ')}`);
  }
  if (lines.length) lines.push('');
  lines.push(totalLine(findings, filesReviewed, suppressed));
  return `${lines.join('\n')}\n`;
}
