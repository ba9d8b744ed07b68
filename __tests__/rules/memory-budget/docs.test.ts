import { readFileSync } from 'node:fs';
import path from 'node:path';
import { memoryBudgetRules } from '../../../src/rules/memory-budget/index.js';
import { findingsOf } from '../../helpers/review.js';

const SECTIONS = ['## What it checks', '## Why', '## How it computes', '## How to fix', '## How to suppress', '## Example'];

describe.each(memoryBudgetRules.map((r) => [r.id, r] as const))('docs/rules/%s.md', (id, rule) => {
  const text = readFileSync(path.join('docs', 'rules', `${id}.md`), 'utf8');

  test('has the title and the sections, in order', () => {
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    expect(text.split('\n').filter((l) => l.startsWith('## '))).toEqual(SECTIONS);
    const suppress = text.slice(text.indexOf('## How to suppress'), text.indexOf('## Example'));
    expect(suppress).toContain(`manifest-review.io/ignore: ${id} -- <reason>`);
    expect(suppress).toContain(`# manifest-review-ignore ${id} -- <reason>`);
  });

  test('its failing example fails and its passing example passes', () => {
    const example = text.slice(text.indexOf('## Example'));
    const blocks = [...example.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(blocks).toHaveLength(2);
    const [failing = '', passing = ''] = blocks;
    expect(findingsOf(rule, { 'example.yaml': failing }).filter((f) => f.severity !== 'notice').length).toBeGreaterThan(0);
    expect(findingsOf(rule, { 'example.yaml': passing })).toEqual([]);
  });
});
