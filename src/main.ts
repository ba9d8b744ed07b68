import { existsSync, readFileSync } from 'node:fs';
import * as core from '@actions/core';
import { ensureBaseCommit, type BaseCommitState } from './github/base-commit.js';
import { detectChange } from './github/changes.js';
import { completeCheckRun, startCheckRun, type CheckRunApi, type CheckRunState } from './github/check-run.js';
import { actionEnvironment, configFile, defaultFilter } from './github/environment.js';
import { resolveEvent } from './github/event.js';
import { links } from './github/links.js';
import { secretMask, type Mask } from './github/mask.js';
import { loadUndici } from './github/undici-loader.js';
import { publish } from './github/publish.js';
import { prepareReviewOf, reviewPullRequest, type PullRequestReviewRequest } from './github/review.js';
import { readSettings } from './github/settings.js';
import { reachesFailOn } from './findings.js';
import { summaryTitle } from './report/summary.js';

/**
 * The action: settings → which commit and change → check run in progress → whole-tree review,
 * reported per the filter → every surface → fail the job when findings reach `fail-on`.
 */
export async function run(): Promise<void> {
  let checks: CheckRunApi | undefined;
  let check: CheckRunState = { state: 'skipped', reason: 'not started' };
  let mask: Mask = (text) => text;
  try {
    const settings = readSettings((name) => core.getInput(name));
    if (settings.token) core.setSecret(settings.token);
    mask = secretMask([settings.token]);
    const env = actionEnvironment(process.env);
    const config = configFile(settings, env);
    const target = resolveEvent({ ...eventContext(), repository: env.repository });

    // Octokit (and the code that drives it) loads only when there is a token to post with; undici
    // first, which @actions/github builds a configured proxy's agent from as it loads.
    const api = settings.token ? (await loadUndici(), await import('./github/api.js')) : undefined;
    const { changeApi, checkRunApi, reviewCommentsApi } = api ?? {};
    const octokit = api?.createOctokit({
      token: settings.token,
      ...env.repo,
      retryBaseMs: env.retryBaseMs,
      requestTimeoutMs: env.requestTimeoutMs,
      warn: core.warning,
    });
    checks = octokit && checkRunApi && recordingCompletion(checkRunApi(octokit, env.repo.owner, env.repo.repo));
    check = checks ? await startCheckRun(checks, settings.checkName, target.headSha) : { state: 'skipped', reason: 'the `token` input is empty' };

    // Before anything reads git: the default checkout (depth 1) lacks the base commit.
    const baseNotes =
      target.change.kind === 'full'
        ? []
        : baseCommitNotes(
            target.change.baseSha,
            ensureBaseCommit({ cwd: env.workspace, sha: target.change.baseSha, token: settings.token, serverUrl: env.links.serverUrl, mask: core.setSecret }),
          );
    const detected = await detectChange(target.change, octokit && changeApi?.(octokit, env.repo.owner, env.repo.repo), env.workspace);
    const { change } = detected;
    const notes = [...baseNotes, ...detected.notes];
    const filter = settings.filter ?? defaultFilter(target.change);
    const request: PullRequestReviewRequest = {
      workspace: env.workspace,
      paths: settings.paths,
      ...config,
      filter,
      timeBudgetMs: settings.timeBudgetSeconds * 1000,
      helm: { render: settings.helmRender },
      ...(change ? { change } : {}),
    };
    const review = reviewPullRequest({ ...request, prepared: await prepareReviewOf(request) });

    await publish({
      settings,
      filter,
      review,
      change,
      changeNotes: notes,
      check,
      checks,
      links: links({ ...env.links, headSha: target.headSha }),
      workspace: env.workspace,
      tempDir: env.tempDir,
      ...(settings.reviewComments && octokit && reviewCommentsApi && target.change.kind === 'pull_request'
        ? { reviews: { api: reviewCommentsApi(octokit, env.repo.owner, env.repo.repo), pull: target.change.number } }
        : {}),
      ...(env.repository ? { provenance: { repositoryUri: `${env.links.serverUrl.replace(/\/+$/, '')}/${env.repository}`, revisionId: target.headSha } } : {}),
      mask,
    });
    if (reachesFailOn(review.findings, settings.failOn)) core.setFailed(`manifest-review: ${summaryTitle(review.findings)} (fail-on: ${settings.failOn})`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A run left "in progress" would sit on the PR for 14 days: close it with the reason. A run
    // already completed keeps its report: a later failure (writing the job summary, say) must
    // not overwrite the findings with this message.
    if (check.state === 'created' && checks && !completed.has(check.id)) {
      await completeCheckRun(checks, check.id, {
        conclusion: 'failure',
        title: 'The review failed',
        summary: mask(`manifest-review failed: ${message}`),
        annotations: [],
      }).catch(() => undefined);
    }
    // Workflows that branch on the outcome must not read an empty conclusion as a pass.
    core.setOutput('conclusion', 'failure');
    if (check.state === 'created') core.setOutput('check-run-url', check.url ?? '');
    core.setFailed(`manifest-review: ${message}`);
    await writeFailureSummary(message);
  }
}

/**
 * The triggering event as the runner describes it, read as `@actions/github`'s `context` reads
 * it (GITHUB_EVENT_NAME, GITHUB_SHA, the payload file at GITHUB_EVENT_PATH), without importing
 * Octokit to get it; a payload that is not JSON fails the run with the reason, not at import.
 */
function eventContext(): { eventName: string; sha: string; payload: unknown } {
  const file = process.env['GITHUB_EVENT_PATH'];
  let payload: unknown = {};
  if (file && existsSync(file)) {
    try {
      payload = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`the event payload ${file} cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  } else if (file) core.info(`GITHUB_EVENT_PATH ${file} does not exist`);
  return { eventName: process.env['GITHUB_EVENT_NAME'] ?? '', sha: process.env['GITHUB_SHA'] ?? '', payload };
}

/** Check runs this process completed. */
const completed = new Set<number>();

function recordingCompletion(api: CheckRunApi): CheckRunApi {
  return {
    create: (body) => api.create(body),
    update: async (id, body) => {
      await api.update(id, body);
      if (body.status === 'completed') completed.add(id);
    },
  };
}

/** The job summary says why the review failed; when even that cannot be written, the log already has it. */
async function writeFailureSummary(message: string): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  try {
    await core.summary.addRaw(`## manifest-review failed\n\nThe review did not finish: ${message.replace(/[<>&`]/g, ' ')}\n`, true).write({ overwrite: false });
  } catch {
    // Nothing left to report to: setFailed has put the reason in the log.
  }
}

/** What the job log and summary say about the base commit the action had to fetch, or could not. */
function baseCommitNotes(sha: string, base: BaseCommitState): string[] {
  if (base.state === 'present') return [];
  if (base.state === 'fetched') {
    core.info(`Fetched the base commit ${sha} (depth 1): the checkout did not have it.`);
    return [];
  }
  return [
    `The base commit ${sha.slice(0, 12)} is not in the checkout and fetching it failed (${base.reason}): checks that compare with the base cannot run. ` +
      'Give the job `contents: read`, or check out with `fetch-depth: 0`.',
  ];
}
