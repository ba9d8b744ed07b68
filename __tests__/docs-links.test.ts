import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './helpers/paths.js';

// Documentation must stand on its own in a clone: every relative link resolves to a file of the
// repository, and nothing cites the design notes or reference folders that only exist beside it.
const tracked = (...patterns: string[]): string[] =>
  execFileSync('git', ['ls-files', '--', ...patterns], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f !== '' && existsSync(path.join(REPO_ROOT, f)));

const MARKDOWN = tracked('*.md').filter((f) => !f.startsWith('__tests__/fixtures/'));

/** Targets of inline Markdown links and images, outside code spans and fenced blocks. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1] ?? '');
}

describe('documentation stays inside the repository', () => {
  test('the repository has documentation to check', () => {
    expect(MARKDOWN).toEqual(expect.arrayContaining(['README.md', 'data/README.md', 'docs/action.md']));
  });

  test.each(MARKDOWN)('%s: every relative link resolves to a file in the repository', (file) => {
    const broken: string[] = [];
    for (const target of linkTargets(readFileSync(path.join(REPO_ROOT, file), 'utf8'))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue; // https:, mailto:, in-page
      const resolved = path.resolve(REPO_ROOT, path.dirname(file), decodeURIComponent(target.split('#')[0] ?? ''));
      const inside = resolved === REPO_ROOT || resolved.startsWith(REPO_ROOT + path.sep);
      if (!inside || !existsSync(resolved)) broken.push(target);
    }
    expect(broken).toEqual([]);
  });

  test('no doc or source comment cites files that exist only beside the repository', () => {
    const offenders: string[] = [];
    for (const file of [...MARKDOWN, ...tracked('src/*', 'scripts/*', 'action.yml', 'schema/*')]) {
      if (file === 'docs/testing.md') continue; // says where the optional corpus goes
      const text = readFileSync(path.join(REPO_ROOT, file), 'utf8');
      for (const cited of ['design/GITHUB.md', 'DOMAIN.md', 'ARCHITECTURE.md', '../shared/data/', '<owner>']) {
        if (text.includes(cited)) offenders.push(`${file}: ${cited}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
