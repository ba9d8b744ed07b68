import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseGitDiff, withTexts, type ChangedFile } from './diff.js';
import type { ChangeSource } from './event.js';
import type { ChangeUnderReview } from './review.js';

/** An entry of `GET /repos/{owner}/{repo}/pulls/{n}/files` or of a compare's `files` (diff-entry). */
export interface DiffEntry {
  filename: string;
  status: string;
  patch?: string;
  previous_filename?: string;
  changes?: number;
}

/** The two read calls used to learn what changed; implemented over Octokit in ./api.ts. */
export interface ChangeApi {
  /** Every file of the pull request, all pages. */
  listPullFiles(number: number): Promise<DiffEntry[]>;
  /** `base...head`; GitHub lists at most 300 files here. */
  compareFiles(base: string, head: string): Promise<DiffEntry[]>;
}

/** The pull request files API stops at 3000 files; compare at 300 (GitHub REST docs of both endpoints). */
export const PULL_FILES_CAP = 3000;
export const COMPARE_FILES_CAP = 300;

export interface DetectedChange extends ChangeUnderReview {
  changedFiles: ChangedFile[];
  via: 'api' | 'git';
}

export type ChangeDetection = { change: DetectedChange; notes: string[] } | { change: undefined; notes: string[] };

const STATUSES = new Set<ChangedFile['status']>(['added', 'modified', 'renamed', 'copied', 'changed']);

/** Diff entries → changed files at head. A missing `patch` (binary, too large) counts as all lines. */
export function fromDiffEntries(entries: readonly DiffEntry[]): ChangedFile[] {
  const files: ChangedFile[] = [];
  for (const e of entries) {
    if (!STATUSES.has(e.status as ChangedFile['status'])) continue; // removed / unchanged
    const pureRename = e.status === 'renamed' && !e.patch && (e.changes ?? 0) === 0;
    files.push({
      path: e.filename,
      ...(e.previous_filename ? { previousPath: e.previous_filename } : {}),
      status: e.status as ChangedFile['status'],
      ...(pureRename ? { lines: [] } : e.patch ? withTexts(e.patch) : { lines: 'all' as const }),
    });
  }
  return files;
}

function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=true', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * `git diff` in the checkout. Pull requests diff from the merge base (`base...head`), as GitHub
 * does; pushes diff the two commits. Needs both commits locally (`fetch-depth: 0`).
 */
export function gitChangedFiles(cwd: string, base: string, head: string, mergeBase: boolean): ChangedFile[] {
  const range = mergeBase ? `${base}...${head}` : `${base}..${head}`;
  return parseGitDiff(git(cwd, ['diff', '--no-color', '--no-ext-diff', '-M', '--unified=0', range, '--']));
}

function reason(error: unknown): string {
  const e = error as { status?: number; message?: string; stderr?: string };
  if (typeof e.status === 'number' && e.message) return `${e.status} ${e.message.split('\n')[0]}`;
  const text = (typeof e.stderr === 'string' && e.stderr.trim()) || (error instanceof Error ? error.message : String(error));
  return text.split('\n')[0] ?? 'unknown error';
}

/**
 * Changed paths are repo-relative and finding paths workspace-relative: they only meet when the
 * repository is checked out at the workspace root. When no changed file is found there, filtering
 * would silently hide everything, so the change is dropped and every finding reported.
 */
function checkedOutHere(change: DetectedChange, cwd: string): string | undefined {
  if (change.changedFiles.length === 0 || change.changedFiles.some((f) => existsSync(path.join(cwd, f.path)))) return undefined;
  return (
    `None of the ${change.changedFiles.length} changed files is in the workspace, so every finding is reported: is the repository ` +
    'checked out in a subdirectory (`actions/checkout` with `path:`)? Check it out at the workspace root.'
  );
}

/**
 * What changed, from the API when there is a token, else from git. Falls back to git when the
 * API fails or may have cut the list; returns no change (review everything) only when both fail.
 */
export async function detectChange(source: ChangeSource, api: ChangeApi | undefined, cwd: string): Promise<ChangeDetection> {
  const detection = await changeFrom(source, api, cwd);
  const elsewhere = detection.change && checkedOutHere(detection.change, cwd);
  return elsewhere ? { change: undefined, notes: [...detection.notes, elsewhere] } : detection;
}

async function changeFrom(source: ChangeSource, api: ChangeApi | undefined, cwd: string): Promise<ChangeDetection> {
  if (source.kind === 'full') return { change: undefined, notes: [`No change to compare with: ${source.reason}.`] };
  const notes: string[] = [];
  const { baseSha, headSha } = source;
  if (api) {
    try {
      const entries = source.kind === 'pull_request' ? await api.listPullFiles(source.number) : await api.compareFiles(baseSha, headSha);
      const expected = source.kind === 'pull_request' ? source.changedFiles : undefined;
      const cap = source.kind === 'pull_request' ? PULL_FILES_CAP : COMPARE_FILES_CAP;
      const cut = expected !== undefined ? entries.length < expected : entries.length >= cap;
      if (!cut) return { change: { baseSha, headSha, changedFiles: fromDiffEntries(entries), via: 'api' }, notes };
      notes.push(
        `GitHub listed ${entries.length} changed files${expected !== undefined ? ` of ${expected}` : ''} (its limit is ${cap}); the full list comes from \`git diff\`.`,
      );
    } catch (error) {
      notes.push(`Listing the changed files through the API failed (${reason(error)}); using \`git diff\` instead.`);
    }
  }
  try {
    const changedFiles = gitChangedFiles(cwd, baseSha, headSha, source.kind === 'pull_request');
    return { change: { baseSha, headSha, changedFiles, via: 'git' }, notes };
  } catch (error) {
    notes.push(
      `The changed files are unknown: \`git diff ${baseSha.slice(0, 12)}…${headSha.slice(0, 12)}\` failed (${reason(error)}), so every finding is reported. ` +
        'Check out with `fetch-depth: 0` so both commits are available.',
    );
    return { change: undefined, notes };
  }
}
