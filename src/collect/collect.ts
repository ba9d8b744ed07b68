import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { isAscii, isUtf8 } from 'node:buffer';
import { incompleteFinding, type Finding } from '../findings.js';
import { globMatcher, isGlob } from './glob.js';
import { fileNameOf } from './names.js';
import type { SourceFile } from './types.js';
import { isInside } from './inside.js';
import { youngGenerationCollectCheckpoint } from '../young-generation.js';

// `Kustomization` (no extension) is one of the three names Kustomize reads.
export const DEFAULT_INCLUDE = ['**/*.{yaml,yml,json}', '**/*.{tf,tfvars}', '**/Kustomization'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '.github/workflows/**', '**/.terraform/**'];
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface CollectOptions {
  /** Files or directories to review, absolute or relative to `cwd`. */
  paths: readonly string[];
  /** Paths in findings are relative to this directory. */
  cwd: string;
  include?: readonly string[];
  exclude?: readonly string[];
  maxFileBytes?: number;
  /**
   * When set (the action sets it to GITHUB_WORKSPACE), nothing outside this directory is
   * ever read, whatever the path arguments say.
   */
  workspace?: string;
}

export interface CollectResult {
  files: SourceFile[];
  findings: Finding[];
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** Why a file is not reviewed; shared with the base-revision reader (git.ts) so both trees agree. */
export const SKIP_REASONS = {
  tooLarge: (size: number, max: number) => `not reviewed: ${size} bytes is over the ${max}-byte file size limit`,
  binary: 'not reviewed: binary content (NUL bytes or invalid UTF-8), not a text manifest',
  brokenLink: 'not reviewed: a broken symbolic link',
  linkOutside: 'not reviewed: a symbolic link that points outside the reviewed tree',
} as const;

/** The review cannot start: a workspace that is not a directory, a glob that cannot be matched. */
export class CollectError extends Error {}

/**
 * `paths` entries (and the file names git gives) may be globs; `.` and `./` name the whole tree,
 * which may be empty, but any other entry that matches no file is a typo that would pass green.
 */
export function namesWholeTree(given: string): boolean {
  return given === '.' || given === './' || given === '';
}

export function matchedNothing(given: string, exists: boolean): Finding {
  return incompleteFinding(
    toPosix(given),
    exists
      ? `the \`paths\` entry \`${given}\` holds no file the review reads (see \`paths.include\` / \`exclude\`), so nothing was reviewed for it; fix or remove the entry`
      : `the \`paths\` entry \`${given}\` matches no file, so nothing was reviewed for it (a typo?); fix or remove the entry`,
  );
}

export function skipped(file: string, message: string): Finding {
  return { rule: 'input/skipped', severity: 'notice', path: file, startLine: 1, endLine: 1, message };
}

/**
 * Decodes a manifest's bytes: UTF-8 (BOM stripped), or UTF-16 with a BOM. Returns undefined
 * for anything else with NUL bytes or invalid UTF-8, which is treated as binary.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Most manifests are ASCII: the same string, copied rather than decoded (no BOM can be ASCII).
  if (isAscii(bytes)) return buffer.toString('latin1');
  // isUtf8 is a native check: far cheaper than a fatal TextDecoder on every file of a large repo.
  if (!isUtf8(bytes)) return undefined;
  const text = buffer.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Finds the files to review. Each path argument is a boundary: a symlink that resolves
 * outside it is never read (its target is not even named in the finding), and directory
 * symlinks are not followed at all, which also rules out cycles.
 */
export function collectFiles(options: CollectOptions): CollectResult {
  let include: (path: string) => boolean;
  let exclude: (path: string) => boolean;
  try {
    include = globMatcher([...(options.include ?? DEFAULT_INCLUDE)]);
    exclude = globMatcher([...(options.exclude ?? DEFAULT_EXCLUDE)]);
  } catch (error) {
    throw new CollectError(`paths.include / paths.exclude: ${(error as Error).message}`);
  }
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files: SourceFile[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  // One buffer every file is read into (decoding copies the text out): not one allocation a file.
  const scratch = { buffer: Buffer.allocUnsafeSlow(64 * 1024) };
  let workspace: string | undefined;
  if (options.workspace !== undefined) {
    try {
      workspace = realpathSync(options.workspace);
      if (!statSync(workspace).isDirectory()) throw new Error('not a directory');
    } catch {
      // Reviewing nothing would pass green: a misconfigured checkout must fail the job.
      throw new CollectError(`the workspace ${options.workspace} is not a directory (is the repository checked out?)`);
    }
  }

  /** A file the entry asked for: counted (for "matches nothing") whether or not it could be read. */
  let matched = 0;
  let collectedChars = 0;
  const readOne = (absolute: string | Buffer, display: string): void => {
    matched++;
    const key = typeof absolute === 'string' ? absolute : `\0${absolute.toString('hex')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const read = readSmall(absolute, maxBytes, scratch);
    if (typeof read === 'number') {
      // An error, not a notice: kubectl applies a file of any size, so padding a manifest past
      // the limit (a long comment will do) must not take its errors out of the review.
      findings.push(
        incompleteFinding(
          display,
          `${SKIP_REASONS.tooLarge(read, maxBytes)}, so whatever it holds was not reviewed; split it, or exclude it (\`paths.exclude\`) if it is not a manifest`,
        ),
      );
      return;
    }
    if ('error' in read) {
      findings.push(skipped(display, read.error === 'ENOENT' ? 'not reviewed: the path does not exist' : `not reviewed: cannot read the file (${read.error})`));
      return;
    }
    const text = decodeText(read.bytes);
    if (text === undefined) {
      findings.push(skipped(display, SKIP_REASONS.binary));
      return;
    }
    files.push({ path: display, text });
    collectedChars += text.length;
    youngGenerationCollectCheckpoint(collectedChars);
  };

  /**
   * `wanted` decides for files found by walking: the include/exclude globs, or a `paths` glob.
   * Undefined for a file named explicitly, which is read whatever the globs say.
   */
  /**
   * `fsPath` is the path as bytes when a name on it is not valid UTF-8 (`absolute` then holds
   * its escaped form, see fileNameOf, for display): such files are read through the bytes, not dropped.
   * `type` is what the directory listing said the entry is (d_type, which like lstat describes
   * a link itself, not its target): walked entries cost no lstat, and a file the globs leave
   * out costs no system call at all.
   */
  const visit = (
    root: string,
    absolute: string,
    relToRoot: string,
    wanted: ((relToRoot: string, absolute: string) => boolean) | undefined,
    fsPath: string | Buffer = absolute,
    type?: EntryType,
    display?: string,
  ): void => {
    const displayOf = (): string => (display ??= toPosix(path.relative(options.cwd, absolute)) || '.');
    if (type === undefined) {
      try {
        type = entryType(lstatSync(fsPath));
      } catch {
        findings.push(skipped(displayOf(), 'not reviewed: the path does not exist'));
        return;
      }
    }
    if (type === 'link' && typeof fsPath !== 'string') {
      matched++;
      findings.push(skipped(displayOf(), 'not reviewed: a symbolic link whose name is not valid UTF-8'));
      return;
    }
    if (type === 'link') {
      let target: string | Buffer;
      try {
        // As bytes, and by the system's realpath: the JavaScript one decodes each link it reads,
        // so a target whose name is not UTF-8 was never found again ("broken").
        const resolved = realpathSync.native(fsPath, { encoding: 'buffer' });
        target = isUtf8(resolved) ? resolved.toString('utf8') : resolved;
      } catch {
        matched++;
        findings.push(skipped(displayOf(), SKIP_REASONS.brokenLink));
        return;
      }
      if (!isInside(root, typeof target === 'string' ? target : fileNameOf(target))) {
        matched++;
        findings.push(skipped(displayOf(), SKIP_REASONS.linkOutside));
        return;
      }
      let targetIsFile: boolean;
      try {
        targetIsFile = statSync(target).isFile();
      } catch {
        // gone between resolving the link and looking at its target: as broken as it now is
        matched++;
        findings.push(skipped(displayOf(), SKIP_REASONS.brokenLink));
        return;
      }
      if (!targetIsFile) return;
      if (wanted && !wanted(relToRoot, absolute)) return;
      readOne(target, displayOf());
      return;
    }
    if (type === 'dir') {
      if (relToRoot && exclude(relToRoot)) return;
      let entries: { name: Buffer; type: EntryType | undefined }[];
      try {
        entries = list(fsPath);
      } catch (error) {
        // A directory the review cannot list may hold anything: not knowing is not "clean".
        matched++;
        findings.push(
          incompleteFinding(
            displayOf(),
            `the directory could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}), so nothing under it was reviewed`,
          ),
        );
        return;
      }
      const prefix = absolute.endsWith(path.sep) ? absolute : `${absolute}${path.sep}`;
      // Below `cwd` a child's display path is its parent's plus its name, as path.relative would
      // say (which resolves both paths again, for every file); above it, or beside it, ask path.relative.
      const parent = displayOf();
      const below = parent !== '..' && !parent.startsWith('../') && !path.isAbsolute(parent);
      for (const { name: raw, type: entry } of entries) {
        const utf8 = isUtf8(raw);
        const name = utf8 ? raw.toString('utf8') : fileNameOf(raw);
        const child = `${prefix}${name}`;
        const bytes = typeof fsPath !== 'string' || !utf8 ? Buffer.concat([Buffer.from(fsPath), Buffer.from(path.sep), raw]) : undefined;
        const childDisplay = below ? (parent === '.' ? name : `${parent}/${name}`) : undefined;
        visit(root, child, relToRoot ? `${relToRoot}/${name}` : name, wanted ?? byGlobs, bytes ?? child, entry, childDisplay);
      }
      return;
    }
    if (type !== 'file') return;
    if (wanted && !wanted(relToRoot, absolute)) return;
    readOne(fsPath, displayOf());
  };
  const byGlobs = (relToRoot: string): boolean => include(relToRoot) && !exclude(relToRoot);

  for (const given of options.paths) {
    matched = 0;
    const absolute = path.resolve(options.cwd, given);
    let boundary: string;
    let isDir: boolean;
    let exists = true;
    try {
      isDir = lstatSync(absolute).isDirectory();
      boundary = realpathSync(isDir ? absolute : path.dirname(absolute));
    } catch {
      exists = false;
      isDir = false;
      boundary = '';
    }
    if (!exists && isGlob(given)) {
      collectGlob(given);
      if (matched === 0) findings.push(matchedNothing(given, false));
      continue;
    }
    if (!exists) {
      findings.push(namesWholeTree(given) ? skipped(toPosix(given), 'not reviewed: the path does not exist') : matchedNothing(given, false));
      continue;
    }
    if (workspace !== undefined) {
      if (!isInside(workspace, boundary)) {
        findings.push(incompleteFinding(toPosix(given), `the \`paths\` entry \`${given}\` is outside the workspace, so it was not reviewed`));
        continue;
      }
      boundary = workspace;
    }
    // Globs apply relative to the directory given, as readTreeAt applies them to the base.
    visit(boundary, absolute, isDir ? '' : path.basename(absolute), isDir ? undefined : noGlobs);
    if (matched === 0 && !namesWholeTree(given)) findings.push(matchedNothing(given, true));
  }

  /** A `paths` glob: relative to `cwd`, walked from its literal leading directories, excludes applied. */
  function collectGlob(given: string): void {
    const glob = globMatcher([toPosix(given)]);
    const literal: string[] = [];
    for (const segment of toPosix(given).split('/')) {
      if (isGlob(segment)) break;
      literal.push(segment);
    }
    const start = path.resolve(options.cwd, literal.join('/') || '.');
    let boundary: string;
    try {
      if (!lstatSync(start).isDirectory()) return;
      boundary = workspace ?? realpathSync(options.cwd);
    } catch {
      return;
    }
    if (!isInside(boundary, realpathSync(start))) return;
    visit(
      boundary,
      start,
      toPosix(path.relative(boundary, start)),
      (relToRoot, absolute) => !exclude(relToRoot) && glob(toPosix(path.relative(options.cwd, absolute))),
    );
  }

  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, findings };
}

const noGlobs = (): boolean => true;

type EntryType = 'file' | 'dir' | 'link' | 'other';

function entryType(entry: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryType {
  return entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : entry.isSymbolicLink() ? 'link' : 'other';
}

/**
 * A directory's entries in byte order of their names, with their types when the listing gives
 * them. A directory named by bytes (a name on its path is not UTF-8) is listed by name and
 * each entry lstat-ed: Node's fallback for file systems without d_type joins a byte path and a
 * name without a separator.
 */
function list(directory: string | Buffer): { name: Buffer; type: EntryType | undefined }[] {
  const entries =
    typeof directory === 'string'
      ? readdirSync(directory, { encoding: 'buffer', withFileTypes: true }).map((entry: Dirent<Buffer>) => ({ name: entry.name, type: entryType(entry) }))
      : readdirSync(directory, { encoding: 'buffer' }).map((name) => ({ name, type: undefined }));
  return entries.sort((a, b) => Buffer.compare(a.name, b.name));
}

// Never through a link: the walk saw a file, and a link swapped in since must not be followed.
// Never waiting either: a FIFO swapped in since would block the open (and the review) until
// something wrote to it; without waiting it reads as what is in it, usually nothing.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * A file's bytes in the fewest system calls, or its size when over `maxBytes`, or the error
 * code that stopped it. Read until the end (open, read, a read that returns nothing, close)
 * rather than fstat-ed for its size: Node builds a Stats object (and its four Dates) for every
 * fstat, which cost more than the extra read. No more than `maxBytes` + 1 bytes of a file are
 * read; only a file found to be over the limit is fstat-ed, for the size the finding names.
 * The bytes are a view of `scratch.buffer` (grown as needed), valid until the next read.
 */
export function readSmall(file: string | Buffer, maxBytes: number, scratch: { buffer: Buffer }): { bytes: Buffer } | { error: string } | number {
  let fd: number;
  try {
    fd = openSync(file, READ_FLAGS);
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? 'error' };
  }
  try {
    let read = 0;
    for (;;) {
      if (read > maxBytes) return Math.max(fstatSync(fd).size, read);
      if (read === scratch.buffer.length) {
        const grown = Buffer.allocUnsafeSlow(Math.min(2 * scratch.buffer.length, maxBytes + 1));
        scratch.buffer.copy(grown, 0, 0, read);
        scratch.buffer = grown;
      }
      const n = readSync(fd, scratch.buffer, read, scratch.buffer.length - read, null);
      if (n === 0) break;
      read += n;
    }
    return { bytes: scratch.buffer.subarray(0, read) };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? 'error' };
  } finally {
    closeSync(fd);
  }
}
