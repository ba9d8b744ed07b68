/**
 * Reads the tree of another revision straight from git (`git ls-tree` + `git cat-file`, the
 * batch form of `git show REF:path`): nothing is checked out and the working tree is never touched.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { isUtf8 } from 'node:buffer';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from './types.js';
import type { Finding } from '../findings.js';
import { globMatcher, isGlob } from './glob.js';
import { fileNameOf } from './names.js';
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
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
      .toString('utf8')
      .trim();
  } catch {
    throw new GitError(`${cwd} is not inside a git repository (--base-ref needs one)`);
  }
}

/**
 * The commit a ref names. Refs that look like options are refused before git sees them; a ref
 * missing from a shallow clone gets a hint, since that is the usual cause in CI.
 */
export function resolveCommit(cwd: string, ref: string): string {
  return locateCommit(cwd, ref).commit;
}

/** `resolveCommit`, with the repository's top directory it found on the way. */
export function locateCommit(cwd: string, ref: string): { commit: string; root: string } {
  if (ref.trim() === '' || ref.startsWith('-')) throw new GitError(`--base-ref "${ref}" is not a git revision`);
  // One git process for both: it prints the top directory even when the ref does not verify.
  const result = spawnSync('git', ['rev-parse', '--show-toplevel', '--verify', '--quiet', `${ref}^{commit}`], {
    cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
  const [root, commit] = result.error ? [] : result.stdout.toString('utf8').trim().split('\n');
  if (!root) throw new GitError(`${cwd} is not inside a git repository (--base-ref needs one)`);
  if (result.status !== 0 || !commit) {
    throw new GitError(
      `--base-ref ${ref} is not a commit of this repository (in CI, fetch it: actions/checkout with fetch-depth: 0, or git fetch origin ${ref})`,
    );
  }
  return { commit, root };
}

export interface GitTreeOptions {
  /** Directory the review runs in; `paths` and reported paths are relative to it. */
  cwd: string;
  /** Files or directories to read, relative to `cwd`, as for the working-tree review. */
  paths: readonly string[];
  include?: readonly string[];
  exclude?: readonly string[];
  maxFileBytes?: number;
  /**
   * Files, named as in the result, whose working-tree content the caller knows to equal the
   * commit's and has loaded already: they are listed in `reused` instead of being read.
   * Symbolic links are read all the same, since git compares the link, not what it leads to.
   */
  reuse?: ReadonlySet<string>;
  /** The repository's top directory when the caller knows it (saves asking git again). */
  root?: string;
}

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  /** Path from the repository root. */
  file: string;
}

/**
 * `git ls-tree -r -z --full-tree`: every entry of the commit. Sizes are asked for later and
 * only for the blobs to read: `-l` would look up every object, which costs more than the
 * listing itself in a large tree.
 */
function listTree(root: string, commit: string): TreeEntry[] {
  const out = git(root, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  // Nearly every listing is valid UTF-8 as a whole: then it is decoded once, and each record reads
  // as it would alone (NUL and tab are ASCII, never inside a character), which is what fileNameOf
  // gives a valid name. Otherwise each name is read from its own bytes.
  if (isUtf8(out)) {
    return out
      .toString('utf8')
      .split('\0')
      .flatMap((line): TreeEntry[] => {
        const tab = line.indexOf('\t');
        return tab < 0 ? [] : entryOf(line.slice(0, tab), line.slice(tab + 1));
      });
  }
  return splitAtNul(out).flatMap((line): TreeEntry[] => {
    const tab = line.indexOf(0x09);
    // Named from the bytes, as the working tree names them: decoding the whole listing at once
    // gave two names that differ only in invalid bytes the same name, and one file was lost.
    return tab < 0 ? [] : entryOf(line.subarray(0, tab).toString('latin1'), fileNameOf(line.subarray(tab + 1)));
  });
}

/** An entry from a record's `mode type object` and its file's name. */
function entryOf(header: string, file: string): TreeEntry[] {
  const [mode, type, object] = header.split(/\s+/);
  return mode && type && object ? [{ mode, type, object, file }] : [];
}

/** The non-empty records of git's `-z` output, as bytes (file names need not be UTF-8). */
function splitAtNul(out: Buffer): Buffer[] {
  const records: Buffer[] = [];
  let start = 0;
  while (start < out.length) {
    const end = out.indexOf(0, start);
    const stop = end < 0 ? out.length : end;
    if (stop > start) records.push(out.subarray(start, stop));
    start = stop + 1;
  }
  return records;
}

/** Blob sizes in bytes through one `git cat-file --batch-check`. */
function blobSizes(root: string, objects: readonly string[]): Map<string, number> {
  const sizes = new Map<string, number>();
  if (objects.length === 0) return sizes;
  const out = git(root, ['cat-file', '--batch-check'], `${objects.join('\n')}\n`).toString('utf8');
  for (const line of out.split('\n')) {
    const [object, type, size] = line.split(' ');
    if (object && type !== 'missing' && size !== undefined) sizes.set(object, Number(size));
  }
  return sizes;
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
 * How the review names a repository file: relative to `cwd` (a real path), forward slashes.
 * Files below `cwd` only lose its prefix, which spares a path.relative per file of a large tree.
 */
function displayName(root: string, cwd: string): (file: string) => string {
  const fromRoot = toPosix(path.relative(root, cwd));
  const prefix = fromRoot === '' ? '' : fromRoot.startsWith('..') || path.isAbsolute(fromRoot) ? undefined : `${fromRoot}/`;
  return (file) => (prefix !== undefined && file.startsWith(prefix) ? file.slice(prefix.length) : toPosix(path.relative(cwd, path.join(root, file))) || '.');
}

/** The files of a commit as read from git, and those the caller already had (see `reuse`). */
export interface GitTreeResult extends CollectResult {
  /** Files of `reuse` found in the commit, named like `files`, sorted: not read. */
  reused: string[];
}

/**
 * The files of `commit` the working-tree review would read under the same paths and globs,
 * named relative to `cwd` exactly as that review names them, with the same `input/skipped`
 * findings (size, binary, symbolic links out of the reviewed path). Submodules are not entered.
 */
export function readTreeAt(commit: string, options: GitTreeOptions): GitTreeResult {
  const root = options.root ?? repositoryRoot(options.cwd);
  const cwd = realpathSync(options.cwd);
  const include = globMatcher([...(options.include ?? DEFAULT_INCLUDE)]);
  const exclude = globMatcher([...(options.exclude ?? DEFAULT_EXCLUDE)]);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const entries = listTree(root, commit).filter((e) => e.type === 'blob');
  const byFile = new Map(entries.map((e) => [e.file, e]));
  const display = displayName(root, cwd);
  // Many files share a directory: each is matched against the excludes once, and whether a
  // file is below an excluded one is known once per directory (its own or any above it).
  const excludedDirs = new Map<string, boolean>();
  const belowExcluded = (file: string): boolean => {
    const slash = file.lastIndexOf('/');
    if (slash < 0) return false;
    const dir = file.slice(0, slash);
    let excluded = excludedDirs.get(dir);
    if (excluded === undefined) excludedDirs.set(dir, (excluded = exclude(dir) || exclude(`${dir}/`) || belowExcluded(dir)));
    return excluded;
  };

  // Each path argument is a boundary, as in collectFiles: globs apply below it, links may not leave it.
  const wanted = new Map<string, { entry: TreeEntry; boundary: string }>();
  for (const given of options.paths) {
    if (isGlob(given) && !existsSync(path.resolve(cwd, given))) {
      // A `paths` glob, as collectFiles reads it: relative to cwd, excludes applied from the root.
      const glob = globMatcher([toPosix(given)]);
      for (const entry of entries) {
        if (glob(display(entry.file)) && !exclude(entry.file) && !belowExcluded(entry.file)) wanted.set(entry.file, { entry, boundary: '' });
      }
      continue;
    }
    const boundary = toPosix(path.relative(root, path.resolve(cwd, given)));
    if (boundary.startsWith('..') || path.isAbsolute(boundary)) continue;
    for (const entry of entries) {
      if (boundary === entry.file) {
        wanted.set(entry.file, { entry, boundary: path.posix.dirname(entry.file) }); // explicit file: no glob applies
        continue;
      }
      const inside = boundary === '' ? entry.file : entry.file.startsWith(`${boundary}/`) ? entry.file.slice(boundary.length + 1) : undefined;
      if (inside === undefined || !include(inside) || exclude(inside) || belowExcluded(inside)) continue;
      wanted.set(entry.file, { entry, boundary });
    }
  }

  const reused: string[] = [];
  // Findings in the order of the files, as the working-tree review gives them.
  const outcomes: ({ file: string; finding: Finding } | { file: string; blob: TreeEntry })[] = [];
  const linkTexts = readBlobs(
    root,
    [...wanted.values()].filter((w) => w.entry.mode === '120000').map((w) => w.entry.object),
  );
  for (const [file, { entry, boundary }] of wanted) {
    let blob = entry;
    if (entry.mode === '120000') {
      const target = linkTarget(file, fileNameOf(linkTexts.get(entry.object) ?? Buffer.alloc(0)));
      const resolved = target !== undefined ? byFile.get(target) : undefined;
      const within = target !== undefined && (boundary === '.' || boundary === '' || target.startsWith(`${boundary}/`));
      if (target !== undefined && !within) {
        outcomes.push({ file, finding: skipped(display(file), SKIP_REASONS.linkOutside) });
        continue;
      }
      if (!resolved) {
        if (target === undefined) outcomes.push({ file, finding: skipped(display(file), SKIP_REASONS.linkOutside) });
        else if (!entries.some((e) => e.file.startsWith(`${target}/`))) outcomes.push({ file, finding: skipped(display(file), SKIP_REASONS.brokenLink) });
        continue; // a link to a directory is not followed
      }
      blob = resolved;
    } else if (options.reuse?.has(display(file))) {
      reused.push(display(file));
      continue;
    }
    if (blob.mode === '120000') continue; // links to links: the working tree resolves them, but nothing here needs it
    outcomes.push({ file, blob });
  }
  const sizes = blobSizes(root, [...new Set(outcomes.flatMap((o) => ('blob' in o ? [o.blob.object] : [])))]);
  const findings: Finding[] = [];
  const toRead = new Map<string, TreeEntry>();
  for (const outcome of outcomes) {
    if ('finding' in outcome) {
      findings.push(outcome.finding);
      continue;
    }
    const size = sizes.get(outcome.blob.object) ?? 0;
    if (size > maxBytes) findings.push(skipped(display(outcome.file), SKIP_REASONS.tooLarge(size, maxBytes)));
    else toRead.set(outcome.file, outcome.blob);
  }
  const blobs = readBlobs(root, [...new Set([...toRead.values()].map((e) => e.object))]);
  const files: SourceFile[] = [];
  for (const [file, blob] of toRead) {
    const bytes = blobs.get(blob.object);
    const text = bytes ? decodeText(bytes) : undefined;
    if (text === undefined) findings.push(skipped(display(file), SKIP_REASONS.binary));
    else files.push({ path: display(file), text });
  }
  const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  files.sort((a, b) => byPath(a.path, b.path));
  return { files, findings, reused: reused.sort(byPath) };
}

/**
 * Files that differ between `commit` and the working tree (committed, staged or not, and
 * untracked files not ignored), named relative to `cwd`. Renames count as a new file.
 */
export function changedFilesSince(commit: string, cwdGiven: string, root = repositoryRoot(cwdGiven)): Set<string> {
  const cwd = realpathSync(cwdGiven);
  const diff = git(root, ['diff', '--name-only', '--no-renames', '-z', commit, '--']);
  const untracked = git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  const names = [...splitAtNul(diff), ...splitAtNul(untracked)].map(fileNameOf);
  return new Set(names.map(displayName(root, cwd)));
}
