import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { INTERNAL_FAILURE, parseHcl } from '../../src/load/hcl-parser.js';
import type { Body } from '../../src/load/terraform-ast.js';
import { loadTerraformFile } from '../../src/load/terraform.js';
import { describeWithCorpus, HAVE_CORPUS } from '../helpers/corpus.js';
import { CORPUS } from '../helpers/paths.js';

/**
 * Whatever a pull request's `.tf` file contains, the HCL parser returns (a tree, maybe a syntax
 * error) instead of throwing or running on: mutated corpus files, cut short anywhere, with the
 * characters HCL gives meaning to inserted at random. Seeds are random each run; fast-check prints
 * the failing one.
 */

function corpusSample(limit: number): string[] {
  const files = execFileSync('find', [CORPUS, '-type', 'f', '(', '-name', '*.tf', '-o', '-name', '*.tfvars', ')'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .sort();
  const step = Math.max(1, Math.floor(files.length / limit));
  return files
    .filter((_, i) => i % step === 0)
    .slice(0, limit)
    .map((f) => readFileSync(f, 'utf8'));
}

const SAMPLES = HAVE_CORPUS ? corpusSample(120) : [];

/** Pieces of HCL syntax, so that mutations reach the parser's corners rather than only its lexer. */
const PIECES = [
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  '"',
  '${',
  '%{',
  '}',
  '<<EOT\n',
  '<<-EOT\n',
  '\nEOT\n',
  '\n',
  '#',
  '//',
  '/*',
  '*/',
  '\\',
  '.*',
  '[*]',
  '...',
  '?',
  ':',
  '=',
  '=>',
  'for',
  'if',
  'in',
  'endif',
  'endfor',
  '~',
  '.0',
  ',',
  '-',
  '!',
  '$$',
  '%%',
  '\r',
  '\u00e9',
  '\ud83d',
];

const mutation = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  kind: fc.constantFrom('insert', 'delete', 'duplicate'),
  piece: fc.constantFrom(...PIECES),
  size: fc.integer({ min: 1, max: 40 }),
});

function mutate(text: string, mutations: { at: number; kind: string; piece: string; size: number }[]): string {
  let out = text;
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    if (m.kind === 'insert') out = out.slice(0, at) + m.piece + out.slice(at);
    else if (m.kind === 'delete') out = out.slice(0, at) + out.slice(at + m.size);
    else out = out.slice(0, at) + out.slice(at, at + m.size) + out.slice(at);
  }
  return out;
}

/**
 * The first span of the tree outside the text or ending before it starts, or an attribute not
 * starting with its name (plain checks: one `expect` per node made the test 20x slower).
 */
function badSpan(body: Body, text: string): string | undefined {
  let bad: string | undefined;
  const check = (node: unknown): void => {
    if (bad || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) return node.forEach(check);
    if (node instanceof Map) return [...node.values()].forEach(check);
    const n = node as Record<string, unknown>;
    if (typeof n.start === 'number' && typeof n.end === 'number' && !(n.start >= 0 && n.end <= text.length && n.end >= n.start)) {
      bad = `span ${n.start}-${n.end} of ${JSON.stringify(n).slice(0, 100)}`;
    }
    if (typeof n.name === 'string' && typeof n.nameEnd === 'number' && text.slice(n.start as number, n.nameEnd) !== n.name)
      bad = `attribute ${n.name} at ${n.start}`;
    Object.values(n).forEach(check);
  };
  check(body);
  return bad;
}

describeWithCorpus('the HCL parser on hostile input', () => {
  test('mutated corpus files: never a throw, a bounded time, spans inside the text, findings on existing lines', () => {
    fc.assert(
      fc.property(fc.nat({ max: SAMPLES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (i, mutations) => {
        const text = mutate(SAMPLES[i] ?? '', mutations);
        const started = performance.now();
        const result = parseHcl(text);
        // A corpus file parses in well under a millisecond; seconds would mean a runaway loop.
        expect(performance.now() - started).toBeLessThan(1000);
        expect(badSpan(result.body, text)).toBeUndefined();
        if (result.error) {
          expect(result.error.message).not.toContain(INTERNAL_FAILURE);
          expect(result.error.offset).toBeGreaterThanOrEqual(0);
          expect(result.error.offset).toBeLessThanOrEqual(text.length);
        }
        const loaded = loadTerraformFile({ path: 'main.tf', text });
        for (const f of loaded.findings) expect(f.startLine).toBeLessThanOrEqual(loaded.lineCount);
      }),
      { numRuns: 3000 },
    );
  });

  test('every corpus sample cut short at any point: a tree or a syntax error, never a throw', () => {
    for (const text of SAMPLES.slice(0, 40)) {
      for (let cut = 0; cut < text.length; cut += Math.max(1, Math.floor(text.length / 97))) {
        const result = parseHcl(text.slice(0, cut));
        const bad = badSpan(result.body, text.slice(0, cut)) ?? (result.error?.message.includes(INTERNAL_FAILURE) ? result.error.message : undefined);
        if (bad) expect(bad).toBeUndefined();
      }
    }
  });
});

test('random text from the characters HCL gives meaning to: never a parser failure', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES, 'a', 'b = ', '1', ' ', 'x.y'), { maxLength: 200 }), (pieces) => {
      const text = pieces.join('');
      expect(parseHcl(text).error?.message ?? '').not.toContain(INTERNAL_FAILURE);
    }),
    { numRuns: 5000 },
  );
});
