import { readFileSync } from 'node:fs';
import { versionSkewRules } from '../../../src/rules/version-skew/index.js';

const SECTIONS = ['## What it checks', '## Why', '## How it computes', '## How to fix', '## How to suppress', '## Example'];

describe('docs/rules/version-skew', () => {
  test.each(versionSkewRules.map((r) => [r.id]))('%s has the required sections, a suppression recipe and two YAML examples', (id) => {
    const text = readFileSync(`docs/rules/${id}.md`, 'utf8');
    const headings = text.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([`# ${id}`, ...SECTIONS]);
    expect(text).toContain(`manifest-review.io/ignore: ${id} -- <reason>`);
    expect(text).toContain(`# manifest-review-ignore ${id} -- <reason>`);
    const example = text.slice(text.indexOf('## Example'));
    // A context (the cluster) or a base revision may come with the two (see __tests__/rules/doc-examples.test.ts).
    expect(example.match(/<!-- example: (fails|passes) /g)).toHaveLength(2);
    expect(example).toMatch(/Failing/);
    expect(example).toMatch(/Passing/);
  });
});
