import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { decodeText } from '../../src/collect/collect.js';
import { loadTree, runRules } from '../../src/engine/review.js';
import type { Finding } from '../../src/findings.js';
import type { PathSegment } from '../../src/load/types.js';
import { loadFile } from '../../src/load/yaml.js';
import { CORPUS } from '../helpers/paths.js';
import { describeWithCorpus, HAVE_CORPUS, testWithCorpus } from '../helpers/corpus.js';

/**
 * Hostile-input properties. Whatever a pull request contains, the loader and the whole
 * pipeline return findings instead of throwing, every finding points at a line that exists,
 * and one bad file does not change the review of another. The case counts add up to more
 * than 10,000 per CI run; seeds are random each run and printed by fast-check on failure.
 */

function corpusSample(limit: number): string[] {
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = path.join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) visit(p);
      else if (/\.ya?ml$/.test(name) && st.size < 6000) found.push(p);
    }
  };
  visit(CORPUS);
  // An even spread over the corpus rather than the first N of one repository.
  const step = Math.max(1, Math.floor(found.length / limit));
  return found.filter((_, i) => i % step === 0).slice(0, limit);
}

const SAMPLES = HAVE_CORPUS ? corpusSample(150).map((p) => readFileSync(p, 'utf8')) : [];

function lineCount(text: string): number {
  // YAML breaks lines at CR LF, LF and a lone CR alike (findings on CR-only files count that way too).
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).length;
}

function expectValidLines(findings: readonly Finding[], texts: Record<string, string>): void {
  for (const f of findings) {
    const text = texts[f.path];
    expect(text).toBeDefined();
    const lines = lineCount(text ?? '');
    expect(f.startLine).toBeGreaterThanOrEqual(1);
    expect(f.endLine).toBeGreaterThanOrEqual(f.startLine);
    expect(f.endLine).toBeLessThanOrEqual(lines);
  }
}

/** Every path into a value, to exercise `locate` on whatever was parsed. */
function somePaths(value: unknown, limit = 40): PathSegment[][] {
  const out: PathSegment[][] = [];
  const visit = (v: unknown, p: PathSegment[]): void => {
    if (out.length >= limit) return;
    out.push(p);
    if (Array.isArray(v)) v.slice(0, 5).forEach((item, i) => visit(item, [...p, i]));
    else if (v && typeof v === 'object')
      Object.entries(v)
        .slice(0, 8)
        .forEach(([k, item]) => visit(item, [...p, k]));
  };
  visit(value, []);
  return out;
}

const FRAGMENTS = [
  ':',
  ': ',
  '- ',
  '-',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&a ',
  '*a',
  '<<: *a\n',
  '!Ref ',
  '!!binary ',
  '"',
  "'",
  '|',
  '>',
  '#',
  '\t',
  '\r\n',
  '\n',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '{{ .Values.x }}',
  '\ufeff',
  '\u0000',
  '\ud800',
  ' '.repeat(40),
  'x'.repeat(2000),
];

/** Mutations of real manifests: the shapes of damage a hand-edited YAML file really suffers. */
const mutated = fc
  .record({
    sample: fc.integer({ min: 0, max: Math.max(0, SAMPLES.length - 1) }),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        kind: fc.constantFrom('insert', 'delete', 'duplicate-line', 'indent', 'crlf'),
        fragment: fc.constantFrom(...FRAGMENTS),
        length: fc.integer({ min: 1, max: 40 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ sample, edits }) => {
    let text = SAMPLES[sample] ?? '';
    for (const edit of edits) {
      const at = text.length ? edit.at % text.length : 0;
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
      switch (edit.kind) {
        case 'insert':
          text = text.slice(0, at) + edit.fragment + text.slice(at);
          break;
        case 'delete':
          text = text.slice(0, at) + text.slice(at + edit.length);
          break;
        case 'duplicate-line':
          text = text.slice(0, lineEnd) + '\n' + text.slice(lineStart, lineEnd) + text.slice(lineEnd);
          break;
        case 'indent':
          text = text.slice(0, lineStart) + ' '.repeat(edit.length % 7) + text.slice(lineStart);
          break;
        case 'crlf':
          text = text.replace(/\n/g, '\r\n');
          break;
      }
    }
    return text;
  });

const yamlish = fc
  .array(fc.constantFrom(...FRAGMENTS, 'a', 'b', 'kind', 'apiVersion', 'v1', 'Pod', '1', ' ', '  '), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('loader properties', () => {
  test('any string: no exception, findings on existing lines, locate works on every parsed path', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), yamlish), (text) => {
        const loaded = loadFile({ path: 'f.yaml', text });
        expectValidLines(loaded.findings, { 'f.yaml': text });
        for (const doc of loaded.documents) {
          for (const p of somePaths(doc.value)) {
            const range = doc.locate(p);
            expect(range.start.line).toBeGreaterThanOrEqual(1);
            expect(range.end.line).toBeLessThanOrEqual(lineCount(text));
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  testWithCorpus('mutated corpus manifests: no exception, positions inside the file', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const loaded = loadFile({ path: 'm.yaml', text });
        expectValidLines(loaded.findings, { 'm.yaml': text });
        for (const doc of loaded.documents) {
          for (const p of somePaths(doc.value, 15)) expect(doc.locate(p).end.line).toBeLessThanOrEqual(lineCount(text));
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('random bytes: decoded or rejected as binary, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const text = decodeText(bytes);
        if (text !== undefined) expectValidLines(loadFile({ path: 'b.yaml', text }).findings, { 'b.yaml': text });
      }),
      { numRuns: 1500 },
    );
  });

  test('deep nesting, huge scalars and alias fan-out stay within limits', () => {
    const shapes = fc.oneof(
      fc.integer({ min: 1, max: 3000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
      fc.integer({ min: 1, max: 400 }).map((n) => Array.from({ length: n }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' v\n'),
      fc.integer({ min: 1, max: 200_000 }).map((n) => `key: ${'x'.repeat(n)}\n`),
      fc.integer({ min: 2, max: 12 }).map((depth) => {
        const lines = ['l0: &l0 [a, a, a, a, a, a, a, a]'];
        for (let i = 1; i < depth; i++)
          lines.push(
            `l${i}: &l${i} [${Array(8)
              .fill(`*l${i - 1}`)
              .join(', ')}]`,
          );
        return `${lines.join('\n')}\n`;
      }),
    );
    fc.assert(
      fc.property(shapes, (text) => {
        const started = performance.now();
        const loaded = loadFile({ path: 's.yaml', text });
        expect(performance.now() - started).toBeLessThan(2000);
        expectValidLines(loaded.findings, { 's.yaml': text });
      }),
      { numRuns: 300 },
    );
  });
});

describeWithCorpus('pipeline properties', () => {
  const GOOD = SAMPLES.filter((t) => loadFile({ path: 'g.yaml', text: t }).findings.length === 0).slice(0, 40);

  test('a broken file never changes the review of a good one, and no rule throws', () => {
    fc.assert(
      fc.property(mutated, fc.integer({ min: 0, max: GOOD.length - 1 }), (bad, goodIndex) => {
        const good = GOOD[goodIndex] ?? '';
        const texts = { 'a/broken.yaml': bad, 'b/good.yaml': good };
        const together = runRules(loadTree(Object.entries(texts).map(([p, text]) => ({ path: p, text }))));
        expect(together.filter((f) => /internal error/.test(f.message))).toEqual([]);
        expectValidLines(together, texts);
        const brokenLoaded = loadFile({ path: 'a/broken.yaml', text: bad });
        if (brokenLoaded.documents.length === 0) {
          const alone = runRules(loadTree([{ path: 'b/good.yaml', text: good }]));
          expect(together.filter((f) => f.path === 'b/good.yaml')).toEqual(alone);
        }
      }),
      { numRuns: 2500 },
    );
  });
});
