import { readFileSync } from 'node:fs';
import { loadTree, reviewTree } from '../../src/engine/review.js';
import type { Finding } from '../../src/findings.js';
import { RULES } from '../../src/rules/index.js';
import { docsPath } from '../../src/rules/docs.js';
import { configOf, CONFIG_PATH } from '../helpers/config.js';

/*
 * The examples of every rule's doc page are reviewed: each `## Example` YAML block carries a
 * directive comment on the line before it saying what it is, and the test holds the doc to it:
 *
 *   <!-- example: fails -->     reviewed with the contexts: at least one finding of the rule
 *   <!-- example: passes -->    reviewed with the contexts: no finding of the rule
 *   <!-- example: context -->   added to every run (a cluster the example runs on)
 *   <!-- example: base -->      the base revision the fails/passes files are compared with
 *   <!-- example: illustration --> not a reviewed file (a workflow step): shown, not run; only
 *                               for the rules in NOT_FROM_FILES, whose trigger is not file content
 *
 * Attributes after the kind: `path=<file>` (default example.yaml, context.yaml for a context;
 * `.github/manifest-review.yaml` reviews the block as the config file) and `now=<YYYY-MM-DD>`
 * (the review's "today", for rules that read the calendar). A YAML block without a directive
 * fails the test, so no example goes unchecked.
 */

/**
 * Rules whose findings come from how the review ran, not from what a file says: their examples
 * are workflow steps, and their own tests exercise them (the reason is given for each).
 */
const NOT_FROM_FILES: Readonly<Record<string, string>> = {
  'input/incomplete': 'a paths entry or a budget of the run; __tests__/rules/input/incomplete.test.ts',
};

interface Block {
  kind: 'fails' | 'passes' | 'context' | 'base' | 'illustration';
  path: string;
  text: string;
  now?: string;
}

const DIRECTIVE = /<!-- example: (fails|passes|context|base|illustration)((?:\s+[a-z]+=\S+)*)\s*-->\n```ya?ml\n([\s\S]*?)```/g;

export function exampleBlocks(markdown: string): { blocks: Block[]; unmarked: number } {
  const section = markdown.slice(markdown.indexOf('## Example'));
  const blocks = [...section.matchAll(DIRECTIVE)].map((m): Block => {
    const attributes = Object.fromEntries([...(m[2] ?? '').matchAll(/([a-z]+)=(\S+)/g)].map((a) => [a[1], a[2]]));
    const kind = m[1] as Block['kind'];
    return {
      kind,
      path: attributes['path'] ?? (kind === 'context' ? 'context.yaml' : 'example.yaml'),
      text: m[3] ?? '',
      ...(attributes['now'] ? { now: attributes['now'] } : {}),
    };
  });
  const fenced = (section.match(/^```ya?ml$/gm) ?? []).length;
  return { blocks, unmarked: fenced - blocks.length };
}

/** The findings of a review of `files` (config file included), with an optional base revision. */
function review(files: Record<string, string>, base: Record<string, string> | undefined, now: Date): Finding[] {
  const { [CONFIG_PATH]: configYaml, ...manifests } = files;
  const config = configYaml !== undefined ? configOf(configYaml) : undefined;
  const load = (f: Record<string, string>) =>
    loadTree(
      Object.entries(f).map(([path, text]) => ({ path, text })),
      config?.findings ?? [],
      undefined,
      config ? { config: config.config } : {},
    );
  const baseModel = base ? load(base).model : undefined;
  return reviewTree(load(manifests), { now, ...(baseModel ? { baseModel } : {}) }).findings;
}

describe.each(RULES.map((r) => [r.id] as const))('docs/rules/%s.md examples', (id) => {
  const { blocks, unmarked } = exampleBlocks(readFileSync(docsPath(id), 'utf8'));
  const of = (kind: Block['kind']) => blocks.filter((b) => b.kind === kind);
  const files = (list: readonly Block[]) => Object.fromEntries(list.map((b) => [b.path, b.text]));
  const now = new Date(blocks.find((b) => b.now)?.now ?? '2026-06-01');
  const base = of('base').length ? { ...files(of('context')), ...files(of('base')) } : undefined;

  test('every YAML example says what it shows, and there is one that fails and one that passes', () => {
    expect(unmarked).toBe(0);
    if (NOT_FROM_FILES[id] !== undefined) {
      expect(of('illustration').length).toBeGreaterThan(0);
      return;
    }
    expect(of('illustration')).toEqual([]);
    expect(of('fails').length).toBeGreaterThan(0);
    expect(of('passes').length).toBeGreaterThan(0);
  });

  const ruleFindings = (block: Block) => review({ ...files(of('context')), [block.path]: block.text }, base, now).filter((f) => f.rule === id);

  test('each failing example gets a finding of the rule', () => {
    for (const block of of('fails')) expect({ example: block.text, found: ruleFindings(block).length > 0 }).toEqual({ example: block.text, found: true });
  });

  test('each passing example gets none', () => {
    for (const block of of('passes')) expect({ example: block.text, findings: ruleFindings(block) }).toEqual({ example: block.text, findings: [] });
  });
});
