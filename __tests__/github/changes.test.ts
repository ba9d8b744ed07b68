import { rmSync } from 'node:fs';
import path from 'node:path';
import { detectChange, fromDiffEntries, type ChangeApi, type DiffEntry } from '../../src/github/changes.js';
import type { ChangeSource } from '../../src/github/event.js';
import { diffEntries, makeRepo, type TempRepo } from '../helpers/git-repo.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function repo(): TempRepo {
  const r = makeRepo(
    { 'k8s/a.yaml': 'a: 1\nb: 2\n', 'k8s/gone.yaml': 'g: 1\n' },
    { 'k8s/a.yaml': 'a: 1\nb: 3\n', 'k8s/gone.yaml': null, 'k8s/new.yaml': 'n: 1\nm: 2\n' },
  );
  dirs.push(r.dir);
  return r;
}

const pr = (r: TempRepo, changedFiles?: number): ChangeSource => ({
  kind: 'pull_request',
  number: 7,
  baseSha: r.baseSha,
  headSha: r.headSha,
  ...(changedFiles !== undefined ? { changedFiles } : {}),
  fork: false,
});

function api(entries: DiffEntry[] | Error): ChangeApi & { calls: string[] } {
  const calls: string[] = [];
  const answer = async () => {
    if (entries instanceof Error) throw entries;
    return entries;
  };
  return {
    calls,
    listPullFiles: async (n) => (calls.push(`pulls/${n}`), answer()),
    compareFiles: async (b, h) => (calls.push(`compare ${b.slice(0, 7)}...${h.slice(0, 7)}`), answer()),
  };
}

/** Added lines and their text at head, the same from the API's patches and from `git diff`. */
const EXPECTED = [
  { path: 'k8s/a.yaml', status: 'modified', lines: [{ start: 2, end: 2 }], addedText: new Map([[2, 'b: 3']]) },
  {
    path: 'k8s/new.yaml',
    status: 'added',
    lines: [{ start: 1, end: 2 }],
    addedText: new Map([
      [1, 'n: 1'],
      [2, 'm: 2'],
    ]),
  },
];

describe('fromDiffEntries', () => {
  test('removed files dropped; missing patch = every line; pure rename = no line', () => {
    const base = { additions: 0, deletions: 0, changes: 0 };
    expect(
      fromDiffEntries([
        { ...base, filename: 'gone.yaml', status: 'removed', patch: '@@ -1 +0,0 @@\n-a' },
        { ...base, filename: 'big.yaml', status: 'modified', changes: 40_000 },
        { ...base, filename: 'moved.yaml', previous_filename: 'old.yaml', status: 'renamed' },
        { ...base, filename: 'moved2.yaml', previous_filename: 'old2.yaml', status: 'renamed', changes: 2, patch: '@@ -1 +1 @@\n-a\n+b' },
      ]),
    ).toEqual([
      { path: 'big.yaml', status: 'modified', lines: 'all' },
      { path: 'moved.yaml', previousPath: 'old.yaml', status: 'renamed', lines: [] },
      { path: 'moved2.yaml', previousPath: 'old2.yaml', status: 'renamed', lines: [{ start: 1, end: 1 }], addedText: new Map([[1, 'b']]) },
    ]);
  });
});

describe('detectChange', () => {
  test('a pull request: the files API, entries built from the real diff', async () => {
    const r = repo();
    const files = api(diffEntries(r, 'o', 'r'));
    const detected = await detectChange(pr(r, 3), files, r.dir);
    expect(files.calls).toEqual(['pulls/7']);
    expect(detected.change).toMatchObject({ via: 'api', baseSha: r.baseSha, headSha: r.headSha });
    expect(detected.change?.changedFiles).toEqual(EXPECTED);
    expect(detected.notes).toEqual([]);
  });

  test('the API failing falls back to git diff, with the same files and lines', async () => {
    const r = repo();
    const detected = await detectChange(pr(r, 3), api(Object.assign(new Error('Server Error'), { status: 502 })), r.dir);
    expect(detected.change).toMatchObject({ via: 'git' });
    expect(detected.change?.changedFiles).toEqual(EXPECTED);
    expect(detected.notes.join(' ')).toMatch(/502 Server Error.*git diff/);
  });

  test('a list shorter than changed_files (the 3000-file cut) falls back to git', async () => {
    const r = repo();
    const detected = await detectChange(pr(r, 3500), api(diffEntries(r, 'o', 'r')), r.dir);
    expect(detected.change?.via).toBe('git');
    expect(detected.notes.join(' ')).toMatch(/listed 3 changed files of 3500/);
  });

  test('no token: git directly; push: compare then git', async () => {
    const r = repo();
    expect((await detectChange(pr(r), undefined, r.dir)).change?.via).toBe('git');
    const push: ChangeSource = { kind: 'push', baseSha: r.baseSha, headSha: r.headSha };
    const compare = api(diffEntries(r, 'o', 'r'));
    const detected = await detectChange(push, compare, r.dir);
    expect(compare.calls).toEqual([`compare ${r.baseSha.slice(0, 7)}...${r.headSha.slice(0, 7)}`]);
    expect(detected.change?.changedFiles).toEqual(EXPECTED);
  });

  test('both failing (shallow checkout): no change, everything reported, and a note saying how to fix it', async () => {
    const r = repo();
    const missing = { ...pr(r), baseSha: '9'.repeat(40) } as ChangeSource;
    const detected = await detectChange(missing, api(new Error('boom')), r.dir);
    expect(detected.change).toBeUndefined();
    expect(detected.notes.join(' ')).toMatch(/fetch-depth: 0/);
  });

  test('a checkout elsewhere (no changed file under the workspace): nothing is hidden, and the note says why', async () => {
    const r = repo();
    const detected = await detectChange(pr(r, 3), api(diffEntries(r, 'o', 'r')), path.dirname(r.dir));
    expect(detected.change).toBeUndefined();
    expect(detected.notes.join(' ')).toMatch(/None of the 2 changed files is in the workspace/);
  });

  test('nothing to diff: a note with the reason', async () => {
    const detected = await detectChange({ kind: 'full', reason: 'a workflow_dispatch run reviews the whole tree' }, undefined, '/nonexistent');
    expect(detected).toEqual({ change: undefined, notes: ['No change to compare with: a workflow_dispatch run reviews the whole tree.'] });
  });
});
