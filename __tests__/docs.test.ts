import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { configSchemaText } from '../src/config/schema.js';
import { DOC_SECTIONS, docsPath, docsSiteOf, docsUrl, RULES_END, RULES_START, withRulesTable } from '../src/rules/docs.js';
import { RULES } from '../src/rules/index.js';
import { RULE_FAMILIES } from '../src/rules/types.js';

const DOCS = path.join('docs', 'rules');

function docFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? docFiles(full) : entry.endsWith('.md') ? [full] : [];
  });
}

/** The body of `## <name>` up to the next `## ` heading. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  if (start === -1) return '';
  const rest = text.slice(start + heading.length + 2);
  const next = rest.search(/^## /m);
  return next === -1 ? rest : rest.slice(0, next);
}

describe('rule docs', () => {
  test.each(RULES.map((r) => [r.id]))('%s has a doc with every section, in order', (id) => {
    const file = docsPath(id);
    expect(existsSync(file)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    const positions = DOC_SECTIONS.map((heading) => text.indexOf(`\n${heading}\n`));
    expect(positions.filter((p) => p === -1)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const heading of DOC_SECTIONS) expect(section(text, heading).trim().length).toBeGreaterThan(20);
    // A failing and a passing example.
    expect((section(text, '## Example').match(/^```/gm) ?? []).length).toBeGreaterThanOrEqual(4);
  });

  test('every doc under docs/rules/ belongs to a registered rule', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const orphans = docFiles(DOCS)
      .map((f) => path.relative(DOCS, f).split(path.sep).join('/').replace(/\.md$/, ''))
      .filter((id) => !ids.has(id));
    expect(orphans).toEqual([]);
  });

  test('doc folders are rule families', () => {
    const folders = readdirSync(DOCS).filter((f) => statSync(path.join(DOCS, f)).isDirectory());
    expect(folders.filter((f) => !(RULE_FAMILIES as readonly string[]).includes(f))).toEqual([]);
  });
});

describe('generated files are up to date (run `npm run docs`)', () => {
  test("README's rule table matches the registry", () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(`## Rules`);
    expect(readme.indexOf(RULES_START)).toBeGreaterThan(readme.indexOf('## Rules'));
    expect(readme.indexOf(RULES_END)).toBeGreaterThan(readme.indexOf(RULES_START));
    expect(readme).toBe(withRulesTable(readme, RULES));
    for (const rule of RULES) expect(readme).toContain(`[\`${rule.id}\`](docs/rules/${rule.id}.md)`);
  });

  test('schema/config.schema.json matches the registry', () => {
    expect(readFileSync(path.join('schema', 'config.schema.json'), 'utf8')).toBe(configSchemaText(RULES, RULE_FAMILIES));
  });

  test('the table generator rewrites only the marked block', () => {
    const readme = `intro\n${RULES_START}\nold table\n${RULES_END}\noutro\n`;
    const updated = withRulesTable(readme, RULES.slice(0, 1));
    expect(updated).toBe(
      `intro\n${RULES_START}\n| rule | default severity | what it catches |\n| --- | --- | --- |\n| [\`input/parse-error\`](docs/rules/input/parse-error.md) | error | ${RULES[0]?.description} |\n${RULES_END}\noutro\n`,
    );
    expect(() => withRulesTable('no markers', RULES)).toThrow(/rules:start/);
  });
});

describe('docs links', () => {
  const runner = { serverUrl: 'https://github.com', repository: 'acme/infra', headSha: 'abc123' };

  test('point at the project repository by default', () => {
    expect(docsUrl('memory-budget/node-overcommit')).toBe(
      'https://github.com/manifest-review/manifest-review/blob/main/docs/rules/memory-budget/node-overcommit.md',
    );
    expect(docsSiteOf({ serverUrl: '', repository: '', headSha: '' })).toBeUndefined();
  });

  test('follow the running action: its repository, ref and server', () => {
    const site = docsSiteOf({ ...runner, actionRepository: 'acme/manifest-review-fork', actionRef: 'v1.2.0', serverUrl: 'https://ghe.example.com/' });
    expect(site && docsUrl('input/skipped', site)).toBe('https://ghe.example.com/acme/manifest-review-fork/blob/v1.2.0/docs/rules/input/skipped.md');
    const unpinned = docsSiteOf({ ...runner, actionRepository: 'acme/mr' });
    expect(unpinned && docsUrl('input/skipped', unpinned)).toBe('https://github.com/acme/mr/blob/main/docs/rules/input/skipped.md');
  });

  test('a local `uses: ./` (no action repository): the reviewed repository at the reviewed commit', () => {
    const site = docsSiteOf(runner);
    expect(site && docsUrl('input/skipped', site)).toBe('https://github.com/acme/infra/blob/abc123/docs/rules/input/skipped.md');
  });

  test('an id that is not family/name never becomes a path', () => {
    expect(docsUrl('../../evil')).toBeUndefined();
    expect(docsUrl('memory-budget')).toBeUndefined();
  });
});
