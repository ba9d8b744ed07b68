import { readFileSync } from 'node:fs';
import path from 'node:path';
import { memoryBudgetRules } from '../../../src/rules/memory-budget/index.js';

const SECTIONS = ['## What it checks', '## Why', '## How it computes', '## How to fix', '## How to suppress', '## Example'];

// The examples are reviewed for every family by __tests__/rules/doc-examples.test.ts.
describe.each(memoryBudgetRules.map((r) => [r.id] as const))('docs/rules/%s.md', (id) => {
  const text = readFileSync(path.join('docs', 'rules', `${id}.md`), 'utf8');

  test('has the title and the sections, in order', () => {
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    expect(text.split('\n').filter((l) => l.startsWith('## '))).toEqual(SECTIONS);
    const suppress = text.slice(text.indexOf('## How to suppress'), text.indexOf('## Example'));
    expect(suppress).toContain(`manifest-review.io/ignore: ${id} -- <reason>`);
    expect(suppress).toContain(`# manifest-review-ignore ${id} -- <reason>`);
  });
});
