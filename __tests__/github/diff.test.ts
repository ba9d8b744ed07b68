import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { addedLines, parseGitDiff, touchesChangedLines, unquoteGitPath } from '../../src/github/diff.js';
import { git, makeRepo } from '../helpers/git-repo.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(base: Record<string, string | null>, head: Record<string, string | null>) {
  const r = makeRepo(base, head);
  dirs.push(r.dir);
  return r;
}

describe('addedLines (patch → changed line ranges at head)', () => {
  test('hunks, context, removals and "no newline" markers', () => {
    const patch = [
      '@@ -1,4 +1,5 @@',
      ' apiVersion: v1',
      '-kind: Pod',
      '+kind: Deployment',
      '+metadata: {}',
      ' spec:',
      '   x: 1',
      '@@ -20,2 +21,3 @@ spec:',
      ' a',
      '+b',
      ' c',
      '\\ No newline at end of file',
    ].join('\n');
    expect(addedLines(patch)).toEqual([
      { start: 2, end: 3 },
      { start: 22, end: 22 },
    ]);
  });

  test('a new file: every line; a pure deletion: none', () => {
    expect(addedLines('@@ -0,0 +1,3 @@\n+a\n+b\n+c')).toEqual([{ start: 1, end: 3 }]);
    expect(addedLines('@@ -5,2 +4,0 @@\n-a\n-b')).toEqual([]);
  });

  test('property: the lines it names at head are exactly the `+` lines of a real git diff, in order', () => {
    const r = repo({}, {});
    const lines = fc.array(fc.constantFrom('a: 1', 'b: 2', 'c: [x]', '', '  - item', 'kind: Pod'), { maxLength: 25 });
    fc.assert(
      fc.property(lines, lines, fc.integer({ min: 0, max: 3 }), (before, after, context) => {
        const oldText = before.join('\n') + '\n';
        const newText = after.join('\n') + '\n';
        const patch = git(r.dir, 'diff', '--no-color', `--unified=${context}`, gitBlob(r.dir, oldText), gitBlob(r.dir, newText));
        const plus = patch
          .split('\n')
          .filter((l) => l.startsWith('+') && !l.startsWith('+++'))
          .map((l) => l.slice(1));
        const headLines = newText.split('\n');
        const named = addedLines(patch).flatMap((range) => headLines.slice(range.start - 1, range.end));
        expect(named).toEqual(plus);
      }),
      { numRuns: 60 },
    );
  });
});

/** Stores a text as a blob: `git diff <blob> <blob>` then diffs two contents without commits. */
function gitBlob(dir: string, text: string): string {
  return execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: text, encoding: 'utf8' }).trim();
}

describe('parseGitDiff (the git fallback)', () => {
  test('added, modified, renamed, deleted and oddly named files from a real repository', () => {
    const r = repo(
      { 'k8s/app.yaml': 'a: 1\nb: 2\n', 'k8s/old.yaml': 'x: 1\ny: 2\nz: 3\n', 'gone.yaml': 'g: 1\n', 'mode.sh': 'echo\n' },
      {
        'k8s/app.yaml': 'a: 1\nb: 3\nc: 4\n',
        'k8s/old.yaml': null,
        'k8s/renamed.yaml': 'x: 1\ny: 2\nz: 3\n',
        'gone.yaml': null,
        'with space/é t\tab.yaml': 'q: 1\n',
      },
    );
    const out = git(r.dir, '-c', 'core.quotePath=true', 'diff', '--no-color', '--no-ext-diff', '-M', '--unified=0', r.baseSha, r.headSha, '--');
    const files = parseGitDiff(out);
    expect(files).toEqual(
      expect.arrayContaining([
        // The added lines' text at head rides along, for suggestions.
        {
          path: 'k8s/app.yaml',
          status: 'modified',
          lines: [{ start: 2, end: 3 }],
          addedText: new Map([
            [2, 'b: 3'],
            [3, 'c: 4'],
          ]),
        },
        { path: 'k8s/renamed.yaml', previousPath: 'k8s/old.yaml', status: 'renamed', lines: [], addedText: new Map() },
        { path: 'with space/é t\tab.yaml', status: 'added', lines: [{ start: 1, end: 1 }], addedText: new Map([[1, 'q: 1']]) },
      ]),
    );
    expect(files.map((f) => f.path)).not.toContain('gone.yaml');
    expect(files).toHaveLength(3);
  });

  test('binary content counts as changed everywhere', () => {
    const r = repo({ 'b.yaml': 'a\u0000b' }, { 'b.yaml': 'a\u0000c' });
    const out = git(r.dir, 'diff', '--no-color', '--unified=0', r.baseSha, r.headSha);
    expect(parseGitDiff(out)).toEqual([{ path: 'b.yaml', status: 'modified', lines: 'all' }]);
  });

  test('unquoteGitPath reverses C-style quoting, including UTF-8 octal escapes', () => {
    expect(unquoteGitPath('"with space/\\303\\251 t\\tab.yaml"')).toBe('with space/é t\tab.yaml');
    expect(unquoteGitPath('"a\\"b\\\\c"')).toBe('a"b\\c');
    expect(unquoteGitPath('plain.yaml')).toBe('plain.yaml');
  });

  test('touchesChangedLines: overlap with any range, or everything', () => {
    const ranges = [{ start: 5, end: 7 }];
    expect(touchesChangedLines(ranges, 7, 9)).toBe(true);
    expect(touchesChangedLines(ranges, 8, 9)).toBe(false);
    expect(touchesChangedLines('all', 100)).toBe(true);
    expect(touchesChangedLines([], 1)).toBe(false);
  });
});
