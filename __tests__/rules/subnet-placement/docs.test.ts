import { readFileSync } from 'node:fs';
import { subnetPlacementRules } from '../../../src/rules/subnet-placement/index.js';
import { findingsOf } from '../../helpers/review.js';

const SECTIONS = ['## What it checks', '## Why', '## How it computes', '## How to fix', '## How to suppress', '## Example'];

describe.each(subnetPlacementRules.map((r) => [r.id, r] as const))('docs/rules/%s.md', (id, rule) => {
  const text = readFileSync(`docs/rules/${id}.md`, 'utf8');
  const yamlBlocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

  test('has the title and exactly the sections, in order', () => {
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    expect(text.split('\n').filter((l) => l.startsWith('## '))).toEqual(SECTIONS);
    expect(text).toContain(`Default severity: **${rule.defaultSeverity}**`);
    expect(text).toContain(`manifest-review.io/ignore: ${id} -- <reason>`);
    expect(text).toContain(`# manifest-review-ignore ${id} -- <reason>`);
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(2);
  });

  // Examples that are whole documents are reviewed (the CloudFormation ones are excerpts): the first fails, the second passes.
  if (yamlBlocks.length === 2 && yamlBlocks.every((b) => b.startsWith('apiVersion'))) {
    test('the failing example fails and the passing one passes', () => {
      expect(findingsOf(rule, { 'failing.yaml': yamlBlocks[0] ?? '' })).toHaveLength(1);
      expect(findingsOf(rule, { 'passing.yaml': yamlBlocks[1] ?? '' })).toEqual([]);
    });
  }
});
