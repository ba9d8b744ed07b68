import { createHash } from 'node:crypto';
import type { Finding } from '../findings.js';
import { codeSpan, inlineText } from '../report/markdown.js';
import { SEVERITY_ICON } from '../report/summary.js';
import { touchesChangedLines } from './diff.js';
import type { ChangeUnderReview } from './review.js';

/**
 * Opt-in review comments (`review-comments: true`): findings whose rule knows the fix (the limit
 * that fits, the replacement apiVersion) become GitHub `suggestion` blocks on the changed line,
 * which the author applies with one click. One review per run carries the new ones; a re-run
 * finds its earlier comments by a hidden marker and edits or leaves them, never repeats them.
 */

/** `<!-- manifest-review:suggestion KEY -->`: invisible in the rendered comment. */
const MARKER = /<!-- manifest-review:suggestion ([0-9a-f]{32}) -->/;

/** A pull request review comment as the API lists it (the fields used here). */
export interface ReviewComment {
  id: number;
  body: string;
}

export interface NewReviewComment {
  path: string;
  line: number;
  side: 'RIGHT';
  body: string;
}

/** The three calls, implemented over Octokit in ./api.ts. */
export interface ReviewCommentsApi {
  /** Every review comment of the pull request, all pages. */
  list(pull: number): Promise<ReviewComment[]>;
  /** `POST …/pulls/{n}/reviews` with `event: COMMENT`: one review holding all the comments. */
  createReview(pull: number, review: { commit_id: string; event: 'COMMENT'; body: string; comments: NewReviewComment[] }): Promise<void>;
  /** `PATCH …/pulls/comments/{id}`. */
  update(commentId: number, body: string): Promise<void>;
}

export interface PlannedComment {
  key: string;
  path: string;
  line: number;
  body: string;
}

/**
 * The line with the fix applied: the value the rule wrote down (`original`, ending before
 * `endColumn`) replaced on its line, quotes and comments around it kept. Undefined when the
 * file no longer reads that way there (nothing is suggested rather than something wrong).
 */
export function fixedLine(finding: Finding, fileText: string): string | undefined {
  const fix = finding.fix;
  if (!fix) return undefined;
  const lineText = fileText.split(/\r\n|\r|\n/)[fix.line - 1];
  if (lineText === undefined) return undefined;
  const end = Math.min(fix.endColumn - 1, lineText.length);
  const at = lineText.lastIndexOf(fix.original, end - fix.original.length);
  if (at < 0 || end - fix.original.length < 0) return undefined;
  return `${lineText.slice(0, at)}${fix.replacement}${lineText.slice(at + fix.original.length)}`;
}

/** A fenced block that no backtick run of `text` can close (CommonMark 4.5). */
function fenced(info: string, text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}

/** Same finding, same line: same comment (an edit of the line moves it to a new comment). */
function keyOf(f: Finding, line: number): string {
  const object = f.object ? `${f.object.kind}\u0000${f.object.namespace ?? ''}\u0000${f.object.name}` : '';
  return createHash('sha256').update(`${f.rule}\u0000${f.path}\u0000${object}\u0000${line}`).digest('hex').slice(0, 32);
}

/**
 * The comments to have on the pull request: findings with a fix on a line the change added or
 * edited (GitHub refuses comments outside the diff, and suggestions elsewhere would be noise),
 * whose file still reads as the rule saw it.
 */
export function planComments(
  findings: readonly Finding[],
  change: ChangeUnderReview,
  readFile: (path: string) => string | undefined,
  ruleUrl?: (ruleId: string) => string | undefined,
): PlannedComment[] {
  const changed = new Map(change.changedFiles.map((f) => [f.path, f]));
  const planned = new Map<string, PlannedComment>();
  for (const f of findings) {
    if (!f.fix) continue;
    const file = changed.get(f.path);
    if (file === undefined || !touchesChangedLines(file.lines, f.fix.line)) continue;
    const text = readFile(f.path);
    const replacement = text === undefined ? undefined : fixedLine(f, text);
    if (replacement === undefined || text === undefined) continue;
    // The checkout of a pull request is a merge commit: where the base changed the same file,
    // its line may differ from the head's, which the comment is on. Suggest only where they agree.
    const atHead = file.addedText?.get(f.fix.line);
    if (atHead !== undefined && atHead !== text.split(/\r\n|\r|\n/)[f.fix.line - 1]) continue;
    const key = keyOf(f, f.fix.line);
    const url = ruleUrl?.(f.rule);
    const rule = url ? `[${codeSpan(f.rule)}](${url})` : codeSpan(f.rule);
    const body = [
      `<!-- manifest-review:suggestion ${key} -->`,
      `${SEVERITY_ICON[f.severity]} **${f.severity}** ${rule}: ${inlineText(f.message)}`,
      '',
      `Suggested: ${codeSpan(f.fix.original)} → ${codeSpan(f.fix.replacement)}.`,
      '',
      fenced('suggestion', replacement),
    ].join('\n');
    planned.set(key, { key, path: f.path, line: f.fix.line, body });
  }
  return [...planned.values()];
}

export interface SyncResult {
  created: number;
  updated: number;
  unchanged: number;
  /** What to tell the reader when comments could not be posted (a fork, a refusal). */
  note?: string;
}

function status(error: unknown): number | undefined {
  const s = (error as { status?: unknown }).status;
  return typeof s === 'number' ? s : undefined;
}

function reason(error: unknown): string {
  const e = error as { status?: unknown; message?: unknown };
  const message = typeof e.message === 'string' ? (e.message.split('\n')[0] ?? '') : String(error);
  return typeof e.status === 'number' ? `${e.status} ${message}` : message;
}

function refusal(what: string, error: unknown): string {
  const s = status(error);
  const forbidden = s === 403 || s === 404;
  return forbidden
    ? `**No review comments**: GitHub refused to ${what} (${reason(error)}). This is expected on pull requests from forks, ` +
        'whose token is read-only, and when the job lacks `permissions: pull-requests: write`. The findings are in this summary and annotated on this job.'
    : `**Review comments incomplete**: ${what} failed (${reason(error)}). The findings are in this summary and annotated on this job.`;
}

/**
 * Makes the pull request carry exactly the planned comments: identical ones are left alone,
 * changed ones edited in place, new ones posted together as one review on `headSha`. Never
 * throws: a refusal (a fork's read-only token) becomes a note, like the check run's.
 */
export async function syncReviewComments(api: ReviewCommentsApi, pull: number, headSha: string, planned: readonly PlannedComment[]): Promise<SyncResult> {
  const result: SyncResult = { created: 0, updated: 0, unchanged: 0 };
  if (planned.length === 0) return result;
  let existing: ReviewComment[];
  try {
    existing = await api.list(pull);
  } catch (error) {
    return { ...result, note: refusal('list the review comments', error) };
  }
  const ours = new Map<string, ReviewComment>();
  for (const c of existing) {
    const key = MARKER.exec(c.body ?? '')?.[1];
    if (key && !ours.has(key)) ours.set(key, c);
  }
  const fresh: PlannedComment[] = [];
  for (const p of planned) {
    const old = ours.get(p.key);
    if (!old) fresh.push(p);
    else if (old.body === p.body) result.unchanged++;
    else {
      try {
        await api.update(old.id, p.body);
        result.updated++;
      } catch (error) {
        return { ...result, note: refusal('update a review comment', error) };
      }
    }
  }
  if (fresh.length === 0) return result;
  try {
    await api.createReview(pull, {
      commit_id: headSha,
      event: 'COMMENT',
      body: `manifest-review suggests ${fresh.length === 1 ? 'a fix' : `${fresh.length} fixes`} for findings on lines this pull request changes.`,
      comments: fresh.map((p) => ({ path: p.path, line: p.line, side: 'RIGHT', body: p.body })),
    });
    result.created = fresh.length;
  } catch (error) {
    return { ...result, note: refusal('create the review', error) };
  }
  return result;
}
