import { setFlagsFromString } from 'node:v8';
import { LineIndex } from '../../src/load/lines.js';
import { LINE_BREAK_CASES } from '../helpers/line-breaks.js';

describe('LineIndex, built on first use', () => {
  const cases: Record<string, string> = {
    ...LINE_BREAK_CASES,
  };
  /** Every offset's line and column, counted character by character. */
  function expected(text: string): { line: number; column: number }[] {
    const out: { line: number; column: number }[] = [];
    let line = 1;
    let column = 1;
    for (let i = 0; i <= text.length; i++) {
      out.push({ line, column });
      const c = text[i];
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
        line++;
        column = 1;
      } else column++;
    }
    return out;
  }
  for (const [name, text] of Object.entries(cases)) {
    test(`${name}: line count before and after positions, and every position`, () => {
      const want = expected(text);
      const before = new LineIndex(text);
      expect(before.lineCount).toBe(want[want.length - 1]?.line);
      expect(want.map((_, offset) => before.position(offset))).toEqual(want);
      expect(before.lineCount).toBe(want[want.length - 1]?.line);
      const fresh = new LineIndex(text);
      expect(fresh.position(text.length)).toEqual(want[want.length - 1]);
      expect(fresh.lineCount).toBe(want[want.length - 1]?.line);
    });
  }

  test('positions asked out of order, in a short text (counted) and a long one (a table), agree with a count', () => {
    const line = 'key: value\n';
    const short = `${line.repeat(40)}last`;
    const long = `${line.repeat(2000)}last`;
    for (const text of [short, long]) {
      const want = expected(text);
      const index = new LineIndex(text);
      const offsets = [text.length, 0, 25, 24, 3, text.length - 1, 11, 10, 12, 400, 399, 5];
      expect(offsets.map((offset) => index.position(offset))).toEqual(offsets.map((offset) => want[offset]));
    }
  });

  test('positions counted from the line lengths of a dropped text are small integers, not heap numbers', () => {
    // V8's own test (%IsSmi), compiled while the flag is set. A position counted as a double was
    // kept by the index too (its counted line start): a 16-byte box in every file's index.
    setFlagsFromString('--allow-natives-syntax');
    const isSmi = new Function('n', 'return %IsSmi(n)') as (n: unknown) => boolean;
    setFlagsFromString('--no-allow-natives-syntax');
    const text = `${'key: value\n'.repeat(20)}${'x'.repeat(300)}\nlast`;
    const index = new LineIndex(text);
    index.dropText();
    for (const offset of [5, 200, 215, 530, text.length]) {
      const { line, column } = index.position(offset);
      expect([isSmi(line), isSmi(column)]).toEqual([true, true]);
    }
  });
});
