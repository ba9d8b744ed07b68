import * as core from '@actions/core';
import { context } from '@actions/github';
import { changeApi, checkRunApi, createOctokit } from './github/api.js';
import { ensureBaseCommit, type BaseCommitState } from './github/base-commit.js';
import { detectChange } from './github/changes.js';
import { completeCheckRun, startCheckRun, type CheckRunApi, type CheckRunState } from './github/check-run.js';
import { actionEnvironment, configFile, defaultFilter } from './github/environment.js';
import { resolveEvent } from './github/event.js';
import { links } from './github/links.js';
import { publish } from './github/publish.js';
import { reviewPullRequest } from './github/review.js';
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
  try {
    const settings = readSettings((name) => core.getInput(name));
    if (settings.token) core.setSecret(settings.token);
    const env = actionEnvironment(process.env);
    const config = configFile(settings, env);
    const target = resolveEvent({ eventName: context.eventName ?? '', sha: context.sha ?? '', payload: context.payload, repository: env.repository });

    const octokit = settings.token ? createOctokit({ token: settings.token, ...env.repo, retryBaseMs: env.retryBaseMs, warn: core.warning }) : undefined;
    checks = octokit && checkRunApi(octokit, env.repo.owner, env.repo.repo);
    check = checks ? await startCheckRun(checks, settings.checkName, target.headSha) : { state: 'skipped', reason: 'the `token` input is empty' };

    // Before anything reads git: the default checkout (depth 1) lacks the base commit.
    const baseNotes =
      target.change.kind === 'full'
        ? []
        : baseCommitNotes(
            target.change.baseSha,
            ensureBaseCommit({ cwd: env.workspace, sha: target.change.baseSha, token: settings.token, serverUrl: env.links.serverUrl, mask: core.setSecret }),
          );
    const detected = await detectChange(target.change, octokit && changeApi(octokit, env.repo.owner, env.repo.repo), env.workspace);
    const { change } = detected;
    const notes = [...baseNotes, ...detected.notes];
    const filter = settings.filter ?? defaultFilter(target.change);
    const review = reviewPullRequest({
      workspace: env.workspace,
      paths: settings.paths,
      ...config,
      filter,
      timeBudgetMs: settings.timeBudgetSeconds * 1000,
      helm: { render: settings.helmRender },
      ...(change ? { change } : {}),
    });

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
    });
    if (reachesFailOn(review.findings, settings.failOn)) core.setFailed(`manifest-review: ${summaryTitle(review.findings)} (fail-on: ${settings.failOn})`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A run left "in progress" would sit on the PR for 14 days: close it with the reason.
    if (check.state === 'created' && checks) {
      await completeCheckRun(checks, check.id, { conclusion: 'failure', title: 'The review failed', summary: `manifest-review failed: ${message}`, annotations: [] });
    }
    core.setFailed(`manifest-review: ${message}`);
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
