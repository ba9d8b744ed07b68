import * as core from '@actions/core';
import { jest } from '@jest/globals';
import fc from 'fast-check';
import type { Finding } from '../../src/findings.js';
import { batches, selectAnnotated, toCheckAnnotation, workflowAnnotations } from '../../src/report/annotations.js';
import { requestBodyProblems } from '../helpers/fake-github.js';
import { parseWorkflowCommands } from '../helpers/run-action.js';

const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: 'memory-budget/pod-fits',
  severity: 'error',
  path: 'k8s/app.yaml',
  startLine: 10,
  endLine: 10,
  startColumn: 5,
  endColumn: 20,
  message: 'does not fit',
  ...over,
});

describe('check-run annotations', () => {
  test('severity → level, title = rule id, raw_details = the arithmetic', () => {
    expect(toCheckAnnotation(finding({ details: '3.5Gi > 4Gi - 0.9Gi' }))).toEqual({
      path: 'k8s/app.yaml',
      start_line: 10,
      end_line: 10,
      start_column: 5,
      end_column: 20,
      annotation_level: 'failure',
      message: 'does not fit',
      title: 'memory-budget/pod-fits',
      raw_details: '3.5Gi > 4Gi - 0.9Gi',
    });
    expect(toCheckAnnotation(finding({ severity: 'warning' })).annotation_level).toBe('warning');
    expect(toCheckAnnotation(finding({ severity: 'notice' })).annotation_level).toBe('notice');
    expect(toCheckAnnotation(finding())).not.toHaveProperty('raw_details');
  });

  test('columns only on one-line ranges (the API rejects them otherwise)', () => {
    const a = toCheckAnnotation(finding({ startLine: 3, endLine: 9 }));
    expect(a).not.toHaveProperty('start_column');
    expect(a).not.toHaveProperty('end_column');
  });

  test('oversized and odd values are clamped into what the API accepts', () => {
    const a = toCheckAnnotation(finding({ rule: `r/${'x'.repeat(400)}`, message: 'm'.repeat(70_000), details: 'd'.repeat(70_000), startLine: 0, endLine: -3 }));
    expect(a.title.length).toBeLessThanOrEqual(255);
    expect(a.message.length).toBeLessThanOrEqual(64 * 1024);
    expect(a.raw_details?.length).toBeLessThanOrEqual(64 * 1024);
    expect([a.start_line, a.end_line]).toEqual([1, 1]);
    const body = { name: 'n', head_sha: 'a'.repeat(40), output: { title: 't', summary: 's', annotations: batches(Array.from({ length: 50 }, () => a))[0] } };
    expect(requestBodyProblems('checks/create', body)).toEqual([]);
  });

  test('50 per request: 135 → 50, 50, 35; 51 would be refused by the API', () => {
    const all = Array.from({ length: 135 }, (_, i) => toCheckAnnotation(finding({ startLine: i + 1, endLine: i + 1 })));
    expect(batches(all).map((b) => b.length)).toEqual([50, 50, 35]);
    expect(batches(all).flat()).toEqual(all);
    expect(requestBodyProblems('checks/update', { output: { summary: 's', annotations: all.slice(0, 51) } })).not.toEqual([]);
  });

  test('the cap keeps the most severe, then those on changed lines', () => {
    const findings = [
      finding({ severity: 'notice', path: 'a.yaml' }),
      finding({ severity: 'warning', path: 'b.yaml' }),
      finding({ severity: 'warning', path: 'c.yaml' }),
      finding({ severity: 'error', path: 'd.yaml' }),
    ];
    const { annotated, omitted } = selectAnnotated(findings, 2, (f) => f.path === 'c.yaml');
    expect(annotated.map((f) => f.path)).toEqual(['d.yaml', 'c.yaml']);
    expect(omitted).toBe(2);
  });
});

describe('workflow-command annotations', () => {
  test('at most 10 per level, most severe first; one error slot kept for the failure message', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => finding({ startLine: i + 1, endLine: i + 1 })),
      ...Array.from({ length: 3 }, (_, i) => finding({ severity: 'warning', startLine: i + 1, endLine: i + 1 })),
      ...Array.from({ length: 12 }, (_, i) => finding({ severity: 'notice', startLine: i + 1, endLine: i + 1 })),
    ];
    const levels = (reserved: number) =>
      workflowAnnotations(findings, undefined, reserved).reduce<Record<string, number>>((n, a) => ({ ...n, [a.level]: (n[a.level] ?? 0) + 1 }), {});
    expect(levels(0)).toEqual({ error: 10, warning: 3, notice: 10 });
    expect(levels(1)).toEqual({ error: 9, warning: 3, notice: 10 });
    expect(workflowAnnotations(findings)[0]?.properties).toEqual({
      title: 'memory-budget/pod-fits',
      file: 'k8s/app.yaml',
      startLine: 1,
      endLine: 1,
      startColumn: 5,
      endColumn: 20,
    });
  });

  test('escaping: messages and paths with %, newlines, colons and commas survive @actions/core and the runner parser', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      fc.assert(
        fc.property(
          fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' }),
          fc.string({ minLength: 1, maxLength: 40 }).filter((p) => p.trim() === p && !p.startsWith('/')),
          fc.constantFrom('error', 'warning', 'notice'),
          (message, path, severity) => {
            write.mockClear();
            const f = finding({
              message: `${message}\n%0A::warning::x, y: z\r\n`,
              path: `dir,with:odd%2C/${path}.yaml`,
              severity: severity as Finding['severity'],
            });
            const [annotation] = workflowAnnotations([f]);
            if (!annotation) throw new Error('no annotation');
            core[annotation.level](annotation.message, annotation.properties);
            const printed = write.mock.calls.map((c) => String(c[0])).join('');
            // One command, on one line: nothing in the text can start a second command.
            expect(printed.trimEnd().split('\n')).toHaveLength(1);
            const commands = parseWorkflowCommands(printed);
            expect(commands).toHaveLength(1);
            expect(commands[0]?.command).toBe(severity);
            expect(commands[0]?.message).toBe(f.message);
            expect(commands[0]?.properties['file']).toBe(f.path);
            expect(commands[0]?.properties['title']).toBe(f.rule);
          },
        ),
        { numRuns: 200 },
      );
    } finally {
      write.mockRestore();
    }
  });
});
