import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_SCHEMA_ID } from '../src/config/schema.js';
import { PROJECT_REPOSITORY, PROJECT_URL } from '../src/project.js';
import { buildSarif } from '../src/report/sarif.js';
import { DEFAULT_DOCS_SITE, docsUrl } from '../src/rules/docs.js';
import { RULES } from '../src/rules/index.js';
import { VERSION } from '../src/version.js';
import { REPO_ROOT } from './helpers/paths.js';

// One canonical name (src/project.ts): every place a user copies it from, or a tool follows it to,
// must agree, or someone pins an action or opens a doc that does not exist.
const tracked = (...patterns: string[]): string[] =>
  execFileSync('git', ['ls-files', '--', ...patterns], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f !== '' && existsSync(path.join(REPO_ROOT, f)));
const read = (file: string): string => readFileSync(path.join(REPO_ROOT, file), 'utf8');

describe('the canonical project name', () => {
  test('is owner/name, and the home page is its GitHub URL', () => {
    expect(PROJECT_REPOSITORY).toMatch(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/);
    expect(PROJECT_URL).toBe(`https://github.com/${PROJECT_REPOSITORY}`);
  });

  test('every `uses:` of this action in docs and workflows names it (or ./ for the repository itself)', () => {
    const uses: { file: string; ref: string }[] = [];
    for (const file of tracked('*.md', '*.yml', '*.yaml').filter((f) => !f.startsWith('__tests__/fixtures/'))) {
      for (const m of read(file).matchAll(/uses:\s*["']?([^\s"'#]*manifest-review[^\s"'#]*|\.\/?)["']?\s*(?:#.*)?$/gm)) uses.push({ file, ref: m[1] ?? '' });
    }
    expect(uses.filter((u) => u.ref.startsWith(`${PROJECT_REPOSITORY}@v`)).length).toBeGreaterThan(2);
    expect(uses.filter((u) => u.ref !== './' && u.ref !== '.' && !new RegExp(`^${PROJECT_REPOSITORY}@v\\d+$`).test(u.ref))).toEqual([]);
  });

  test('the config schema $id, the rule docs and SARIF link to it', () => {
    const schema = JSON.parse(read('schema/config.schema.json')) as { $id: string };
    expect(schema.$id).toBe(CONFIG_SCHEMA_ID);
    expect(schema.$id).toContain(`/${PROJECT_REPOSITORY}/`);
    expect(DEFAULT_DOCS_SITE.repository).toBe(PROJECT_REPOSITORY);
    expect(docsUrl('memory-budget/limit-exceeds-node')).toBe(`${PROJECT_URL}/blob/main/docs/rules/memory-budget/limit-exceeds-node.md`);
    const log = buildSarif([], { rules: RULES, version: VERSION });
    expect(log.runs[0].tool.driver.informationUri).toBe(PROJECT_URL);
  });

  test('package.json points at it', () => {
    const pkg = JSON.parse(read('package.json')) as { homepage: string; repository: { url: string }; bugs: { url: string } };
    expect(pkg.homepage.startsWith(PROJECT_URL)).toBe(true);
    expect(pkg.repository.url).toBe(`git+${PROJECT_URL}.git`);
    expect(pkg.bugs.url).toBe(`${PROJECT_URL}/issues`);
  });
});
