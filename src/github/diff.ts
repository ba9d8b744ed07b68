import { fileNameOf } from '../collect/names.js';

/** Inclusive 1-based line range of the head version of a file. */
export interface LineRange {
  start: number;
  end: number;
}

/** A file present at head that the change touched. */
export interface ChangedFile {
  /** Repo-relative, forward slashes. */
  path: string;
  previousPath?: string;
  status: 'added' | 'modified' | 'renamed' | 'copied' | 'changed';
  /** Added or edited lines at head; `all` when the diff is not available (binary, too large). */
  lines: LineRange[] | 'all';
  /**
   * The text of each added line at head, from the diff: a suggestion is made only where the
   * checkout (a pull request's merge commit) still reads the same.
   */
  addedText?: ReadonlyMap<number, string>;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

function pushLine(ranges: LineRange[], line: number): void {
  const last = ranges[ranges.length - 1];
  if (last && last.end === line - 1) last.end = line;
  else ranges.push({ start: line, end: line });
}

/**
 * Added lines of a unified diff body (the `patch` of the pull request files API, or one file of
 * `git diff`): the new-file counter starts at each hunk's `+c`, `+` lines are added at the
 * counter, context lines advance it, `-` lines and `\ No newline` do not.
 */
export function addedLines(patch: string, texts?: Map<number, string>): LineRange[] {
  const ranges: LineRange[] = [];
  let line = 0;
  let inHunk = false;
  for (const text of patch.split('\n')) {
    const hunk = HUNK.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const mark = text[0];
    if (mark === '+') {
      texts?.set(line, text.slice(1).replace(/\r$/, ''));
      pushLine(ranges, line++);
    } else if (mark === ' ') line++;
    else if (mark === '-' || mark === '\\') continue;
    else if (text === '')
      line++; // an empty context line whose leading space was stripped
    else inHunk = false; // the next file's headers
  }
  return ranges;
}

/** True when `line` (or any line of start..end) is an added line. */
export function touchesChangedLines(lines: LineRange[] | 'all', start: number, end = start): boolean {
  if (lines === 'all') return true;
  return lines.some((r) => r.start <= end && start <= r.end);
}

/** Undoes git's C-style quoting of unusual paths (`"a\tb.yaml"`, octal UTF-8 bytes). */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"')) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c !== '\\') {
      bytes.push(...new TextEncoder().encode(c));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  // Named as the collectors name the file, also when its bytes are not UTF-8.
  return fileNameOf(Uint8Array.from(bytes));
}

function stripPrefix(path: string, prefix: string): string {
  const unquoted = unquoteGitPath(path.trim());
  return unquoted.startsWith(prefix) ? unquoted.slice(prefix.length) : unquoted;
}

/**
 * The head path from `diff --git a/P b/P`, for sections without a `+++` line (mode changes,
 * empty files): both sides are the same path, so an unquoted header splits in its middle.
 */
function headerPath(header: string): string | undefined {
  const rest = header.slice('diff --git '.length);
  const quoted = /^("(?:[^"\\]|\\.)*"|a\/\S*) ("(?:[^"\\]|\\.)*")$/.exec(rest);
  if (quoted?.[2]) return stripPrefix(quoted[2], 'b/');
  const half = (rest.length - 1) / 2;
  const a = rest.slice(0, half);
  const b = rest.slice(half + 1);
  return Number.isInteger(half) && a.startsWith('a/') && b.startsWith('b/') && a.slice(2) === b.slice(2) ? b.slice(2) : undefined;
}

/**
 * Parses `git diff --no-color --no-ext-diff -M --unified=0 base head`: one entry per file present
 * at head, with its added lines. Deleted files are left out (nothing at head to report on).
 */
export function parseGitDiff(output: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  const sections = output.split(/^(?=diff --git )/m).filter((s) => s.startsWith('diff --git '));
  for (const section of sections) {
    const lines = section.split('\n');
    let path: string | undefined;
    let previousPath: string | undefined;
    let status: ChangedFile['status'] = 'modified';
    let deleted = false;
    let binary = false;
    for (const line of lines) {
      if (line.startsWith('@@')) break;
      if (line.startsWith('new file mode')) status = 'added';
      else if (line.startsWith('deleted file mode')) deleted = true;
      else if (line.startsWith('rename from ')) previousPath = unquoteGitPath(line.slice('rename from '.length));
      else if (line.startsWith('rename to ')) {
        status = 'renamed';
        path = unquoteGitPath(line.slice('rename to '.length));
      } else if (line.startsWith('copy to ')) {
        status = 'copied';
        path = unquoteGitPath(line.slice('copy to '.length));
      } else if (line.startsWith('+++ ') && !line.startsWith('+++ /dev/null')) path = stripPrefix(line.slice(4), 'b/');
      else if (line.startsWith('Binary files ')) binary = true;
    }
    if (deleted) continue;
    if (path === undefined) {
      path = headerPath(lines[0] ?? '');
      if (path === undefined) continue;
    }
    files.push({
      path,
      ...(previousPath !== undefined ? { previousPath } : {}),
      status,
      ...(binary ? { lines: 'all' as const } : withTexts(section)),
    });
  }
  return files;
}

/** Added line ranges and their text, for a ChangedFile. */
export function withTexts(patch: string): Pick<ChangedFile, 'lines' | 'addedText'> {
  const addedText = new Map<number, string>();
  return { lines: addedLines(patch, addedText), addedText };
}
