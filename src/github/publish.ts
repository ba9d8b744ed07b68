import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { reachesFailOn, type FailOn, type Finding } from '../findings.js';
import { selectAnnotated, toCheckAnnotation, workflowAnnotations } from '../report/annotations.js';
import { buildJsonReport } from '../report/json.js';
import { buildSarif } from '../report/sarif.js';
import { CHECK_RUN_SUMMARY_MAX, JOB_SUMMARY_MAX, renderSummary, summaryTitle } from '../report/summary.js';
import { countBySeverity, renderText } from '../report/text.js';
import { RULES } from '../rules/index.js';
import { VERSION } from '../version.js';
import { OutputPathError, writeOutputFile } from './output-file.js';
import { completeCheckRun, type CheckRunApi, type CheckRunState, type Conclusion } from './check-run.js';
import type { Links } from './links.js';
import { onChangedLines, type ChangeUnderReview } from './review.js';
import type { FilterMode } from '../engine/filter.js';
import type { ChangeReviewResult } from '../engine/change.js';
import type { Settings } from './settings.js';

/** failure when findings reach `fail-on`, neutral when there are findings below it, else success. */
export function conclusionOf(findings: readonly Finding[], failOn: FailOn): Conclusion {
  if (reachesFailOn(findings, failOn)) return 'failure';
  return findings.length > 0 ? 'neutral' : 'success';
}

export function scopeSentence(filter: FilterMode, change: ChangeUnderReview | undefined, review: ChangeReviewResult): string {
  const hidden = review.unfiltered.length - review.findings.length;
  if (filter === 'all') return 'Every finding is reported (`filter: all`).';
  if (!change) return `Every finding is reported: the change could not be determined (\`filter: ${filter}\`).`;
  const files = change.changedFiles.length;
  return (
    `Reported: findings in the ${files} file${files === 1 ? '' : 's'} this change adds or modifies (\`filter: ${filter}\`)` +
    (hidden > 0 ? `; ${hidden} more in unchanged files ${hidden === 1 ? 'is' : 'are'} not shown.` : '.')
  );
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
      ? `${omitted} finding${omitted === 1 ? '' : 's'} beyond \`annotations-limit\` (${settings.annotationsLimit}) ${omitted === 1 ? 'has' : 'have'} no check-run annotation; the table lists ${omitted === 1 ? 'it' : 'them'}.`
      : undefined;
  const scope = scopeSentence(input.filter, change, review);
  const common = { filesReviewed: review.filesReviewed, scope, ruleUrl: links.ruleUrl, locationUrl: links.locationUrl };

  let delivered = 0;
  let checkError: string | undefined;
  if (input.check.state === 'created' && input.checks) {
    const done = await completeCheckRun(input.checks, input.check.id, {
      conclusion: conclusionOf(review.findings, settings.failOn),
      title: summaryTitle(review.findings),
      summary: renderSummary(review.findings, {
        ...common,
        maxBytes: CHECK_RUN_SUMMARY_MAX,
        notes: [...input.changeNotes, ...review.notes, ...suppressedNote(review.suppressed.length), ...(capNote ? [capNote] : [])],
        elsewhere: 'The job summary of this run lists them.',
      }),
      annotations: annotated.map(toCheckAnnotation),
    });
    delivered = done.delivered;
    checkError = done.error;
    if (checkError) core.warning(`check run ${settings.checkName}: ${checkError}`);
  }

  for (const a of workflowAnnotations(review.findings, preferred, reachesFailOn(review.findings, settings.failOn) ? 1 : 0)) core[a.level](a.message, a.properties);

  const findingsFile = path.join(input.tempDir, 'findings.json');
  mkdirSync(input.tempDir, { recursive: true });
  writeFileSync(findingsFile, `${JSON.stringify(buildJsonReport(review.findings, review.filesReviewed, review.documents, review.suppressed.length), null, 2)}\n`);

  if (settings.sarifFile) {
    // Code scanning does its own filtering to the PR diff and marks alerts missing from an upload as
    // fixed, so the SARIF log carries every finding of the tree, not only the reported ones.
    try {
      writeOutputFile(settings.sarifFile, `${JSON.stringify(buildSarif(review.unfiltered, { rules: RULES, version: VERSION, ruleUrl: links.ruleUrl }), null, 2)}\n`, {
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

  const jobSummary = renderSummary(review.findings, {
    ...common,
    maxBytes: JOB_SUMMARY_MAX,
    notes: [checkRunNote(input.check, settings.checkName, delivered, checkError), ...input.changeNotes, ...review.notes, ...suppressedNote(review.suppressed.length), ...(capNote ? [capNote] : [])],
    elsewhere: `Every finding is in \`${findingsFile}\` (the \`findings-file\` output).`,
  });
  if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(jobSummary, true).write();

  logUntrusted(renderText(review.findings, review.filesReviewed, review.suppressed.length));
}

/**
 * Prints text that quotes the PR's files (paths, names) with workflow commands switched off, so a
 * line that happens to start with `::` cannot act on the runner.
 */
export function logUntrusted(text: string): void {
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(text.trimEnd());
  core.info(`::${token}::`);
}

/** Suppressed findings are not reported, but the summary says how many, so none hide unseen. */
function suppressedNote(count: number): string[] {
  if (count === 0) return [];
  return [`${count} finding${count === 1 ? ' is' : 's are'} suppressed in the repository (\`manifest-review.io/ignore\` annotations or \`# manifest-review-ignore\` comments, each with its reason).`];
}
