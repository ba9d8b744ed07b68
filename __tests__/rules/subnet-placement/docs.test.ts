import { readFileSync } from 'node:fs';
import { subnetPlacementRules } from '../../../src/rules/subnet-placement/index.js';

const SECTIONS = ['## What it checks', '## Why', '## How it computes', '## How to fix', '## How to suppress', '## Example'];

describe.each(subnetPlacementRules.map((r) => [r.id, r] as const))('docs/rules/%s.md', (id, rule) => {
  const text = readFileSync(`docs/rules/${id}.md`, 'utf8');
  const yamlBlocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

  // The examples are reviewed for every family by __tests__/rules/doc-examples.test.ts.
  test('has the title and exactly the sections, in order', () => {
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    expect(text.split('\n').filter((l) => l.startsWith('## '))).toEqual(SECTIONS);
    expect(text).toContain(`Default severity: **${rule.defaultSeverity}**`);
    expect(text).toContain(`manifest-review.io/ignore: ${id} -- <reason>`);
    expect(text).toContain(`# manifest-review-ignore ${id} -- <reason>`);
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(2);
  });
});
