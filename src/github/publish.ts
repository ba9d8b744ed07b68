import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { reachesFailOn, type FailOn, type Finding } from '../findings.js';
import { selectAnnotated, toCheckAnnotation, workflowAnnotations } from '../report/annotations.js';
import { jsonReportChunks } from '../report/json.js';
import { sarifChunks } from '../report/sarif.js';
import { CHECK_RUN_SUMMARY_MAX, familyOf, JOB_SUMMARY_MAX, renderSummary, summaryTitle } from '../report/summary.js';
import { countBySeverity, textReportChunks } from '../report/text.js';
import { unreportedSentence } from '../report/unreported.js';
import { RULES } from '../rules/index.js';
import { VERSION } from '../version.js';
import { OutputPathError, writeOutputFile } from './output-file.js';
import { completeCheckRun, type CheckRunApi, type CheckRunState, type Conclusion } from './check-run.js';
import type { Links } from './links.js';
import type { Mask } from './mask.js';
import { planComments, syncReviewComments, type ReviewCommentsApi } from './review-comments.js';
import { onChangedLines, type ChangeUnderReview } from './review.js';
import type { FilterMode } from '../engine/filter.js';
import type { ChangeReviewResult } from '../engine/change.js';
import type { Settings } from './settings.js';

/** failure when findings reach `fail-on`, neutral when there are findings below it, else success. */
export function conclusionOf(findings: readonly Finding[], failOn: FailOn): Conclusion {
  if (reachesFailOn(findings, failOn)) return 'failure';
  return findings.length > 0 ? 'neutral' : 'success';
}

/**
 * What the filter left out. Counting it needs every head finding, which with the change's
 * shortcuts costs the rules of a full review again: only when `every` (the SARIF log computes
 * them anyway) are they counted; otherwise the sentence counts what the review computed.
 */
function unreportedOf(review: ChangeReviewResult, filter: FilterMode, every: boolean): string | undefined {
  return every || review.computed.complete
    ? unreportedSentence(review.findings, review.unfiltered, filter)
    : unreportedSentence(review.findings, review.computed.findings, filter, false);
}

export function scopeSentence(filter: FilterMode, change: ChangeUnderReview | undefined, review: ChangeReviewResult, everyFinding = true): string {
  if (filter === 'all') return 'Every finding is reported (`filter: all`).';
  if (!change) return `Every finding is reported: the change could not be determined (\`filter: ${filter}\`).`;
  const files = change.changedFiles.length;
  const unreported = unreportedOf(review, filter, everyFinding);
  return `Reported: findings in the ${files} file${files === 1 ? '' : 's'} this change adds or modifies (\`filter: ${filter}\`).${unreported ? ` ${unreported}` : ''}`;
}

function checkRunNote(check: CheckRunState, checkName: string, delivered: number, error: string | undefined): string {
  if (check.state === 'created') {
    const name = check.url ? `[${checkName}](${check.url})` : `\`${checkName}\``;
    return `Check run ${name}: ${delivered} annotation${delivered === 1 ? '' : 's'}.${error ? ` Problem: ${error}.` : ''}`;
  }
  if (check.state === 'skipped') return `No check run: ${check.reason}. The findings are below and annotated on this job.`;
  const forbidden = check.status === 403 || check.status === 404;
  return forbidden
    ? `**No check run**: GitHub refused to create it (${check.status} ${check.reason}). This is expected on pull requests from ` +
        'forks, whose token is read-only, and when the job lacks `permissions: checks: write`. The findings are below and annotated ' +
        'on this job, and the job still fails when they reach `fail-on`. To get the check run, add `checks: write` to the job ' +
        'permissions (same-repository pull requests), or see "Pull requests from forks" in the action documentation.'
    : `**No check run**: creating it failed (${check.status ?? 'network'} ${check.reason}). The findings are below and annotated on this job.`;
}

export interface PublishInput {
  settings: Settings;
  filter: FilterMode;
  review: ChangeReviewResult;
  change: ChangeUnderReview | undefined;
  changeNotes: readonly string[];
  check: CheckRunState;
  checks: CheckRunApi | undefined;
  links: Links;
  workspace: string;
  tempDir: string;
  /** The repository URL and commit under review, for SARIF `versionControlProvenance`. */
  provenance?: { repositoryUri: string; revisionId: string };
  /** The pull request and the API to comment on it, when `review-comments` is on and there is a token. */
  reviews?: { api: ReviewCommentsApi; pull: number };
  /** Hides the token in everything sent to the API or written (see ./mask.ts). */
  mask: Mask;
}

/**
 * Every surface: the check run (completed with its annotations), then, token or not, the job
 * summary, workflow-command annotations, outputs, the findings file and the SARIF log.
 */
export async function publish(input: PublishInput): Promise<void> {
  const { settings, review, change, links } = input;
  const preferred = onChangedLines(change);
  const { annotated, omitted } = selectAnnotated(review.findings, settings.annotationsLimit, preferred);
  const capNote =
    omitted > 0
      ? `${omitted} finding${omitted === 1 ? '' : 's'} beyond \`annotations-limit\` (${settings.annotationsLimit}) ${omitted === 1 ? 'has' : 'have'} no check-run annotation; the job summary lists ${omitted === 1 ? 'it' : 'them'}.`
      : undefined;
  const everyFinding = Boolean(settings.sarifFile);
  const scope = scopeSentence(input.filter, change, review, everyFinding);
  const common = { filesReviewed: review.filesReviewed, scope, ruleUrl: links.ruleUrl, locationUrl: links.locationUrl };
  const reviewNotes = settings.reviewComments ? await postReviewComments(input) : [];

  let delivered = 0;
  let checkError: string | undefined;
  if (input.check.state === 'created' && input.checks) {
    const done = await completeCheckRun(input.checks, input.check.id, {
      conclusion: conclusionOf(review.findings, settings.failOn),
      title: summaryTitle(review.findings),
      summary: input.mask(
        renderSummary(review.findings, {
          ...common,
          maxBytes: CHECK_RUN_SUMMARY_MAX,
          detail: 'counts',
          // Input errors (unreadable files, an exhausted budget, a bad config) decide whether the
          // result can be trusted, and their annotations may sit on no line of the diff.
          alwaysList: (f) => f.severity === 'error' && familyOf(f.rule) === 'input',
          notes: [...input.changeNotes, ...review.notes, ...suppressedNote(review.suppressed.length), ...(capNote ? [capNote] : []), ...reviewNotes],
          elsewhere: 'The job summary of this run lists every finding, grouped by rule and file.',
        }),
      ),
      annotations: annotated.map(toCheckAnnotation),
    });
    delivered = done.delivered;
    checkError = done.error;
    if (checkError) core.warning(input.mask(`check run ${settings.checkName}: ${checkError}`));
  }

  for (const a of workflowAnnotations(review.findings, preferred, reachesFailOn(review.findings, settings.failOn) ? 1 : 0))
    core[a.level](a.message, a.properties);

  let findingsFile = path.join(input.tempDir, 'findings.json');
  mkdirSync(input.tempDir, { recursive: true });
  try {
    // Never through a symlink, like the SARIF log: the runner's temp directory is the only root.
    findingsFile = writeOutputFile(findingsFile, jsonReportChunks(review.findings, review.filesReviewed, review.documents, review.suppressed.length), {
      workspace: input.tempDir,
    });
  } catch (error) {
    if (!(error instanceof OutputPathError)) throw error;
    core.setFailed(`findings-file: ${error.message}`);
  }

  let sarifPath = '';
  if (settings.sarifFile) {
    // Code scanning does its own filtering to the PR diff and marks alerts missing from an upload as
    // fixed, so the SARIF log carries every finding of the tree, not only the reported ones.
    // In pieces, as the CLI writes it: built whole, a large tree's log (its text, the text's
    // newline-ended copy and the file's buffer) was alive at once (~800 MiB at 100k documents).
    const sarif = sarifChunks(review.unfiltered, {
      rules: RULES,
      version: VERSION,
      ruleUrl: links.ruleUrl,
      suppressed: review.suppressed,
      ...(input.provenance ? { versionControl: input.provenance } : {}),
    });
    try {
      // Inside the workspace or RUNNER_TEMP only, never through a symlink the PR committed there.
      sarifPath = writeOutputFile(settings.sarifFile, sarif, {
        workspace: input.workspace,
        runnerTemp: process.env['RUNNER_TEMP'],
      });
    } catch (error) {
      // The other surfaces still report; the job fails, since a requested log is missing.
      if (!(error instanceof OutputPathError)) throw error;
      core.setFailed(`sarif-file: ${error.message}`);
    }
  }

  const counts = countBySeverity(review.findings);
  core.setOutput('errors', counts.error);
  core.setOutput('warnings', counts.warning);
  core.setOutput('notices', counts.notice);
  core.setOutput('findings-file', findingsFile);
  core.setOutput('conclusion', conclusionOf(review.findings, settings.failOn));
  // Empty when there is no check run (no token, a fork's read-only token): a workflow can test it.
  core.setOutput('check-run-url', input.check.state === 'created' ? (input.check.url ?? '') : '');
  core.setOutput('sarif-file', sarifPath);

  const jobSummary = input.mask(
    renderSummary(review.findings, {
      ...common,
      maxBytes: JOB_SUMMARY_MAX,
      detail: 'findings',
      notes: [
        checkRunNote(input.check, settings.checkName, delivered, checkError),
        ...input.changeNotes,
        ...review.notes,
        ...suppressedNote(review.suppressed.length),
        ...(capNote ? [capNote] : []),
        ...reviewNotes,
      ],
      elsewhere: `Every finding is in \`${findingsFile}\` (the \`findings-file\` output).`,
    }),
  );
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(jobSummary, true).write();

  logUntrusted(textReportChunks(review.findings, review.filesReviewed, review.suppressed.length));
  const unreported = unreportedOf(review, input.filter, everyFinding);
  if (unreported) core.info(unreported);
}

/** A reviewed file's text, for suggestions: a regular file inside the workspace, never through a symlink. */
function readWorkspaceFile(workspace: string, relative: string): string | undefined {
  const file = path.resolve(workspace, relative);
  if (!file.startsWith(workspace + path.sep)) return undefined;
  try {
    return lstatSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Review comments with suggestions (`review-comments: true`); returns the notes for the summaries. */
async function postReviewComments(input: PublishInput): Promise<string[]> {
  const { review, change, links } = input;
  if (!input.reviews || !change) {
    const note = 'No review comments: `review-comments` needs a pull request event and a token.';
    core.notice(note);
    return [note];
  }
  const planned = planComments(review.findings, change, (p) => readWorkspaceFile(input.workspace, p), links.ruleUrl);
  const done = await syncReviewComments(input.reviews.api, input.reviews.pull, change.headSha, planned);
  if (done.note) {
    core.notice(input.mask(done.note.replace(/\*\*/g, '')));
    return [done.note];
  }
  if (planned.length === 0) return [];
  return [`Review comments with suggested fixes: ${done.created} posted, ${done.updated} updated, ${done.unchanged} already there.`];
}

/**
 * Prints text that quotes the PR's files (paths, names) with workflow commands switched off, so a
 * line that happens to start with `::` cannot act on the runner.
 */
export function logUntrusted(text: string | Iterable<string>): void {
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  if (typeof text === 'string') core.info(text.trimEnd());
  else infoInPieces(text);
  core.info(`::${token}::`);
}

/**
 * Logs line-ended pieces (src/report/text.ts) as one `core.info` of their whole text, trailing
 * whitespace left out, would: core.info ends each call with a line break, so a piece goes out
 * without its own, and is held until a later piece shows that more than whitespace follows it.
 */
function infoInPieces(pieces: Iterable<string>): void {
  let held: string | undefined;
  for (const piece of pieces) {
    if (held !== undefined && piece.trim() === '') {
      held += piece;
      continue;
    }
    if (held !== undefined) core.info(held.endsWith('\n') ? held.slice(0, -1) : held);
    held = piece;
  }
  core.info((held ?? '').trimEnd());
}

/** Suppressed findings are not reported, but the summary says how many, so none hide unseen. */
function suppressedNote(count: number): string[] {
  if (count === 0) return [];
  return [
    `${count} finding${count === 1 ? ' is' : 's are'} suppressed in the repository (\`manifest-review.io/ignore\` annotations or \`# manifest-review-ignore\` comments, each with its reason).`,
  ];
}
