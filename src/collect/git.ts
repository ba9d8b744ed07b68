/**
 * Reads the tree of another revision straight from git (`git ls-tree` + `git cat-file`, the
 * batch form of `git show REF:path`): nothing is checked out and the working tree is never touched.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { SourceFile } from '../load/types.js';
import type { Finding } from '../findings.js';
import { decodeText, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, DEFAULT_MAX_FILE_BYTES, SKIP_REASONS, skipped, type CollectResult } from './collect.js';

/** A git problem the user can fix (bad ref, not a repository, shallow clone): exit 2, one line. */
export class GitError extends Error {}

const MAX_OUTPUT = 512 * 1024 * 1024;

function git(cwd: string, args: readonly string[], input?: string): Buffer {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: MAX_OUTPUT, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  if (result.error) throw new GitError(`cannot run git: ${result.error.message}`);
  if (result.status !== 0) {
    const stderr = result.stderr.toString('utf8').trim().split('\n')[0] ?? '';
    throw new GitError(`git ${args[0]} failed: ${stderr || `exit ${result.status}`}`);
  }
  return result.stdout;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** The repository's top directory for `cwd` (which may be any subdirectory of it). */
export function repositoryRoot(cwd: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString('utf8').trim();
  } catch {
    throw new GitError(`${cwd} is not inside a git repository (--base-ref needs one)`);
  }
}

/**
 * The commit a ref names. Refs that look like options are refused before git sees them; a ref
 * missing from a shallow clone gets a hint, since that is the usual cause in CI.
 */
export function resolveCommit(cwd: string, ref: string): string {
  if (ref.trim() === '' || ref.startsWith('-')) throw new GitError(`--base-ref "${ref}" is not a git revision`);
  repositoryRoot(cwd);
  try {
    return git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).toString('utf8').trim();
  } catch {
    throw new GitError(
      `--base-ref ${ref} is not a commit of this repository (in CI, fetch it: actions/checkout with fetch-depth: 0, or git fetch origin ${ref})`,
    );
  }
}

export interface GitTreeOptions {
  /** Directory the review runs in; `paths` and reported paths are relative to it. */
  cwd: string;
  /** Files or directories to read, relative to `cwd`, as for the working-tree review. */
  paths: readonly string[];
  include?: readonly string[];
  exclude?: readonly string[];
  maxFileBytes?: number;
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  size: number;
  /** Path from the repository root. */
  file: string;
}

/** `git ls-tree -r -l -z --full-tree`: every blob of the commit with its size. */
function listTree(root: string, commit: string): TreeEntry[] {
  const out = git(root, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit]).toString('utf8');
  return out
    .split('\0')
    .filter((line) => line !== '')
    .flatMap((line): TreeEntry[] => {
      const tab = line.indexOf('\t');
      const [mode, type, object, size] = line.slice(0, tab).split(/\s+/);
      if (tab < 0 || !mode || !type || !object) return [];
      return [{ mode, type, object, size: Number(size), file: line.slice(tab + 1) }];
    });
}

/** Blob contents for many objects through one `git cat-file --batch`. */
function readBlobs(root: string, objects: readonly string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  if (objects.length === 0) return blobs;
  const out = git(root, ['cat-file', '--batch'], `${objects.join('\n')}\n`);
  let offset = 0;
  while (offset < out.length) {
    const newline = out.indexOf(0x0a, offset);
    if (newline < 0) break;
    const [object, type, size] = out.subarray(offset, newline).toString('utf8').split(' ');
    if (type === 'missing' || !object || size === undefined) {
      offset = newline + 1;
      continue;
    }
    const start = newline + 1;
    const end = start + Number(size);
    blobs.set(object, out.subarray(start, end));
    offset = end + 1;
  }
  return blobs;
}

/** Where a symbolic link of the tree leads, as a repository path (undefined: out of the repository). */
function linkTarget(link: string, target: string): string | undefined {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(link), target));
  return target.startsWith('/') || joined.startsWith('..') ? undefined : joined;
}

/**
 * The files of `commit` the working-tree review would read under the same paths and globs,
 * named relative to `cwd` exactly as that review names them, with the same `input/skipped`
 * findings (size, binary, symbolic links out of the reviewed path). Submodules are not entered.
 */
export function readTreeAt(commit: string, options: GitTreeOptions): CollectResult {
  const root = repositoryRoot(options.cwd);
  const cwd = realpathSync(options.cwd);
  const include = picomatch([...(options.include ?? DEFAULT_INCLUDE)], { dot: true });
  const exclude = picomatch([...(options.exclude ?? DEFAULT_EXCLUDE)], { dot: true });
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const entries = listTree(root, commit).filter((e) => e.type === 'blob');
  const byFile = new Map(entries.map((e) => [e.file, e]));
  const display = (file: string): string => toPosix(path.relative(cwd, path.join(root, file))) || '.';

  // Each path argument is a boundary, as in collectFiles: globs apply below it, links may not leave it.
  const wanted = new Map<string, { entry: TreeEntry; boundary: string }>();
  for (const given of options.paths) {
    const boundary = toPosix(path.relative(root, path.resolve(cwd, given)));
    if (boundary.startsWith('..') || path.isAbsolute(boundary)) continue;
    for (const entry of entries) {
      if (boundary === entry.file) {
        wanted.set(entry.file, { entry, boundary: path.posix.dirname(entry.file) }); // explicit file: no glob applies
        continue;
      }
      const inside = boundary === '' ? entry.file : entry.file.startsWith(`${boundary}/`) ? entry.file.slice(boundary.length + 1) : undefined;
      if (inside === undefined || !include(inside) || exclude(inside)) continue;
      const dirs = inside.split('/').slice(0, -1).map((_, i, all) => all.slice(0, i + 1).join('/'));
      if (dirs.some((d) => exclude(d) || exclude(`${d}/`))) continue;
      wanted.set(entry.file, { entry, boundary });
    }
  }

  const findings: Finding[] = [];
  const linkTexts = readBlobs(root, [...wanted.values()].filter((w) => w.entry.mode === '120000').map((w) => w.entry.object));
  const toRead = new Map<string, TreeEntry>();
  for (const [file, { entry, boundary }] of wanted) {
    let blob = entry;
    if (entry.mode === '120000') {
      const target = linkTarget(file, linkTexts.get(entry.object)?.toString('utf8') ?? '');
      const resolved = target !== undefined ? byFile.get(target) : undefined;
      const within = target !== undefined && (boundary === '.' || boundary === '' || target.startsWith(`${boundary}/`));
      if (target !== undefined && !within) {
        findings.push(skipped(display(file), SKIP_REASONS.linkOutside));
        continue;
      }
      if (!resolved) {
        if (target === undefined) findings.push(skipped(display(file), SKIP_REASONS.linkOutside));
        else if (!entries.some((e) => e.file.startsWith(`${target}/`))) findings.push(skipped(display(file), SKIP_REASONS.brokenLink));
        continue; // a link to a directory is not followed
      }
      blob = resolved;
    }
    if (blob.mode === '120000') continue; // links to links: the working tree resolves them, but nothing here needs it
    if (blob.size > maxBytes) {
      findings.push(skipped(display(file), SKIP_REASONS.tooLarge(blob.size, maxBytes)));
      continue;
    }
    toRead.set(file, blob);
  }
  const blobs = readBlobs(root, [...new Set([...toRead.values()].map((e) => e.object))]);
  const files: SourceFile[] = [];
  for (const [file, blob] of toRead) {
    const bytes = blobs.get(blob.object);
    const text = bytes ? decodeText(bytes) : undefined;
    if (text === undefined) findings.push(skipped(display(file), SKIP_REASONS.binary));
    else files.push({ path: display(file), text });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, findings };
}

/**
 * Files that differ between `commit` and the working tree (committed, staged or not, and
 * untracked files not ignored), named relative to `cwd`. Renames count as a new file.
 */
export function changedFilesSince(commit: string, cwdGiven: string): Set<string> {
  const root = repositoryRoot(cwdGiven);
  const cwd = realpathSync(cwdGiven);
  const diff = git(root, ['diff', '--name-only', '--no-renames', '-z', commit, '--']).toString('utf8');
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z']).toString('utf8');
  const names = [...diff.split('\0'), ...untracked.split('\0')].filter((n) => n !== '');
  return new Set(names.map((n) => toPosix(path.relative(cwd, path.join(root, n))) || '.'));
}
