import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Files of one commit: path → content; `null` deletes the file. */
export type Tree = Record<string, string | null>;

export interface TempRepo {
  dir: string;
  baseSha: string;
  headSha: string;
}

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function write(dir: string, tree: Tree): void {
  for (const [file, content] of Object.entries(tree)) {
    const absolute = path.join(dir, file);
    if (content === null) {
      rmSync(absolute, { force: true });
      continue;
    }
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
}

/** A git repository with a base commit and a head commit on top of it; the checkout is at head. */
export function makeRepo(base: Tree, head: Tree): TempRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'manifest-review-repo-'));
  git(dir, 'init', '--quiet', '--initial-branch=main');
  write(dir, base);
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD').trim();
  write(dir, head);
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '--allow-empty', '-m', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD').trim();
  return { dir, baseSha, headSha };
}

/** One `diff-entry` of the pull request files API, built from the real diff as GitHub would. */
export interface DiffEntry {
  sha: string;
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  additions: number;
  deletions: number;
  changes: number;
  blob_url: string;
  raw_url: string;
  contents_url: string;
  patch?: string;
  previous_filename?: string;
}

export function diffEntries(repo: TempRepo, owner: string, name: string): DiffEntry[] {
  const out = git(repo.dir, '-c', 'core.quotePath=false', 'diff', '--no-color', '-M', `${repo.baseSha}...${repo.headSha}`);
  return out
    .split(/^(?=diff --git )/m)
    .filter((s) => s.startsWith('diff --git '))
    .map((section): DiffEntry => {
      const lines = section.replace(/\n$/, '').split('\n');
      const hunkAt = lines.findIndex((l) => l.startsWith('@@'));
      const headers = hunkAt === -1 ? lines : lines.slice(0, hunkAt);
      const patchLines = hunkAt === -1 ? [] : lines.slice(hunkAt);
      const renamedFrom = headers.find((l) => l.startsWith('rename from '))?.slice('rename from '.length);
      const renamedTo = headers.find((l) => l.startsWith('rename to '))?.slice('rename to '.length);
      const plus = headers.find((l) => l.startsWith('+++ b/'))?.slice('+++ b/'.length);
      const minus = headers.find((l) => l.startsWith('--- a/'))?.slice('--- a/'.length);
      const status = headers.some((l) => l.startsWith('new file'))
        ? 'added'
        : headers.some((l) => l.startsWith('deleted file'))
          ? 'removed'
          : renamedTo
            ? 'renamed'
            : 'modified';
      const filename = renamedTo ?? plus ?? minus ?? '';
      const additions = patchLines.filter((l) => l.startsWith('+')).length;
      const deletions = patchLines.filter((l) => l.startsWith('-')).length;
      const url = (kind: string) => `https://github.com/${owner}/${name}/${kind}/${repo.headSha}/${encodeURI(filename)}`;
      return {
        sha: '0'.repeat(40),
        filename,
        status,
        additions,
        deletions,
        changes: additions + deletions,
        blob_url: url('blob'),
        raw_url: url('raw'),
        contents_url: `https://api.github.com/repos/${owner}/${name}/contents/${encodeURI(filename)}?ref=${repo.headSha}`,
        ...(patchLines.length ? { patch: patchLines.join('\n') } : {}),
        ...(renamedFrom ? { previous_filename: renamedFrom } : {}),
      };
    });
}
