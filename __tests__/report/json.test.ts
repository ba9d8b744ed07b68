import { lazyDetails, type Finding } from '../../src/findings.js';
import { buildJsonReport, jsonReportChunks } from '../../src/report/json.js';

const whole = (findings: Finding[], files = 3, documents = 7, suppressed = 1) =>
  `${JSON.stringify(buildJsonReport(findings, files, documents, suppressed), null, 2)}\n`;

const finding = (i: number): Finding => ({
  rule: 'memory-budget/limit-exceeds-node',
  severity: i % 2 === 0 ? 'error' : 'warning',
  path: `apps/team-${i}/svc.yaml`,
  startLine: i + 1,
  endLine: i + 1,
  startColumn: 3,
  endColumn: 9,
  // A message and details as the rules write them: non-ASCII arithmetic, line breaks, quotes.
  message: `svc-${i} limit 1024Mi + DaemonSets 256Mi = 1280Mi > allocatable 1000Mi (nominal 2048Mi − 983Mi "overhead")`,
  object: { kind: 'Deployment', name: `svc-${i}`, namespace: 'team' },
  details: `Per-node pods counted:\n  DaemonSet kube-system/agent-${i}: 128Mi\n\ttab and \\ backslash`,
  ...(i === 1 ? { fix: { line: 2, endColumn: 9, original: '1Gi', replacement: '2Gi' } } : {}),
});

describe('JSON report written in pieces', () => {
  test('the pieces join to exactly the text of the whole report stringified at once', () => {
    const findings = Array.from({ length: 5 }, (_, i) => finding(i));
    expect([...jsonReportChunks(findings, 3, 7, 1)].join('')).toBe(whole(findings));
  });

  test('no findings: the empty array is written as JSON.stringify writes it', () => {
    expect([...jsonReportChunks([], 0, 0)].join('')).toBe(whole([], 0, 0, 0));
  });

  test('a large report comes in several pieces, each a young-generation string (under 64 KiB of characters), still the same text', () => {
    const findings = Array.from({ length: 6000 }, (_, i) => finding(i));
    const pieces = [...jsonReportChunks(findings, 3, 7, 1)];
    expect(pieces.length).toBeGreaterThan(20);
    // Two bytes a character (the report has `−`): below V8's 128 KiB large-object size.
    for (const piece of pieces) expect(piece.length).toBeLessThan(2 ** 16);
    expect(pieces.join('')).toBe(whole(findings));
  });

  test('the findings are read, not changed: messages stay the same strings, lazy details stay lazy and are read once each', () => {
    const reads: number[] = [];
    const findings = Array.from({ length: 300 }, (_, i) => {
      const { details, ...rest } = finding(i);
      // Built by concatenation, as the rules build them.
      const message = `${rest.message.slice(0, 20)}${'−'.repeat(i % 3)}${rest.message.slice(20)}`;
      return lazyDetails({ ...rest, message }, () => {
        reads.push(i);
        return details ?? '';
      });
    });
    const messages = findings.map((f) => f.message);
    const text = [...jsonReportChunks(findings, 3, 7, 1)].join('');
    expect(reads).toEqual(findings.map((_, i) => i));
    findings.forEach((f, i) => {
      expect(f.message).toBe(messages[i]);
      expect(typeof Object.getOwnPropertyDescriptor(f, 'details')?.get).toBe('function');
    });
    expect(text).toBe(whole(findings));
  });
});
