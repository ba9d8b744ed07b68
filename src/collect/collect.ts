import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
import picomatch from 'picomatch';
import type { Finding } from '../findings.js';
import type { SourceFile } from './types.js';

export const DEFAULT_INCLUDE = ['**/*.{yaml,yml,json}'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**', '.github/workflows/**'];
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

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Why a file is not reviewed; shared with the base-revision reader (git.ts) so both trees agree. */
export const SKIP_REASONS = {
  tooLarge: (size: number, max: number) => `not reviewed: ${size} bytes is over the ${max}-byte file size limit`,
  binary: 'not reviewed: binary content (NUL bytes or invalid UTF-8), not a text manifest',
  brokenLink: 'not reviewed: a broken symbolic link',
  linkOutside: 'not reviewed: a symbolic link that points outside the reviewed tree',
} as const;

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
  // isUtf8 is a native check: far cheaper than a fatal TextDecoder on every file of a large repo.
  if (!isUtf8(bytes)) return undefined;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Finds the files to review. Each path argument is a boundary: a symlink that resolves
 * outside it is never read (its target is not even named in the finding), and directory
 * symlinks are not followed at all, which also rules out cycles.
 */
export function collectFiles(options: CollectOptions): CollectResult {
  const include = picomatch([...(options.include ?? DEFAULT_INCLUDE)], { dot: true });
  const exclude = picomatch([...(options.exclude ?? DEFAULT_EXCLUDE)], { dot: true });
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files: SourceFile[] = [];
  const findings: Finding[] = [];
  const seen = new Set<string>();

  const readOne = (absolute: string, display: string, stats: Stats): void => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    if (stats.size > maxBytes) {
      findings.push(skipped(display, SKIP_REASONS.tooLarge(stats.size, maxBytes)));
      return;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(absolute);
    } catch (error) {
      findings.push(skipped(display, `not reviewed: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`));
      return;
    }
    const text = decodeText(bytes);
    if (text === undefined) {
      findings.push(skipped(display, SKIP_REASONS.binary));
      return;
    }
    files.push({ path: display, text });
  };

  const visit = (root: string, absolute: string, relToRoot: string, explicit: boolean): void => {
    const display = toPosix(path.relative(options.cwd, absolute)) || '.';
    let stats: Stats;
    try {
      stats = lstatSync(absolute);
    } catch {
      findings.push(skipped(display, 'not reviewed: the path does not exist'));
      return;
    }
    if (stats.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(absolute);
      } catch {
        findings.push(skipped(display, SKIP_REASONS.brokenLink));
        return;
      }
      if (!isInside(root, target)) {
        findings.push(skipped(display, SKIP_REASONS.linkOutside));
        return;
      }
      const targetStats = statSync(target);
      if (!targetStats.isFile()) return;
      if (!explicit && (!include(relToRoot) || exclude(relToRoot))) return;
      readOne(target, display, targetStats);
      return;
    }
    if (stats.isDirectory()) {
      if (relToRoot && (exclude(relToRoot) || exclude(`${relToRoot}/`))) return;
      let entries: string[];
      try {
        entries = readdirSync(absolute).sort();
      } catch {
        return;
      }
      for (const entry of entries) {
        visit(root, path.join(absolute, entry), relToRoot ? `${relToRoot}/${entry}` : entry, false);
      }
      return;
    }
    if (!stats.isFile()) return;
    if (!explicit && (!include(relToRoot) || exclude(relToRoot))) return;
    readOne(absolute, display, stats);
  };

  for (const given of options.paths) {
    const absolute = path.resolve(options.cwd, given);
    let boundary: string;
    let isDir: boolean;
    try {
      isDir = lstatSync(absolute).isDirectory();
      boundary = realpathSync(isDir ? absolute : path.dirname(absolute));
    } catch {
      findings.push(skipped(toPosix(given), 'not reviewed: the path does not exist'));
      continue;
    }
    if (options.workspace !== undefined) {
      const workspace = realpathSync(options.workspace);
      if (!isInside(workspace, boundary)) {
        findings.push(skipped(toPosix(given), 'not reviewed: the path is outside the workspace'));
        continue;
      }
      boundary = workspace;
    }
    visit(boundary, absolute, isDir ? '' : path.basename(absolute), !isDir);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, findings };
}
