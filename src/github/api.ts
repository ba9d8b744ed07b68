import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ChangeApi, DiffEntry } from './changes.js';
import type { CheckRunApi, CheckRunCreate, CheckRunUpdate } from './check-run.js';

export interface ApiOptions {
  token: string;
  owner: string;
  repo: string;
  /** Retries of 5xx / network failures and of rate-limited calls. */
  retries?: number | undefined;
  /** Base of the retry backoff in ms ((n+1)² × base); tests shorten it. */
  retryBaseMs?: number | undefined;
  warn: (message: string) => void;
}

interface RateLimited {
  method: string;
  url: string;
}

/**
 * A primary rate limit resets on the hour: better to finish without the check run (the job
 * summary and annotations still report) than to hold the runner that long.
 */
const MAX_RATE_LIMIT_WAIT_S = 90;

/**
 * plugin-retry retries only 5xx and network failures: a 403 or 422 would only repeat the refusal.
 * Rate limits (403/429 saying so) are the throttling plugin's, which waits as GitHub asks.
 */
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i);

/**
 * Octokit with the retry and throttling plugins. `request` is left alone on purpose: passing it
 * would replace @actions/github's proxy agent and fetch (@octokit/core merges defaults shallowly), and setting
 * `request.retries` would make plugin-retry retry 4xx too.
 */
export function createOctokit(options: ApiOptions) {
  const retries = options.retries ?? 3;
  const base = options.retryBaseMs ?? 1000;
  const waitOrGiveUp = (limit: string, after: number, request: RateLimited, retryCount: number): boolean => {
    const retry = retryCount < retries && after <= MAX_RATE_LIMIT_WAIT_S;
    options.warn(`GitHub ${limit} on ${request.method} ${request.url}: ${retry ? `retrying in ${after}s` : `not waiting ${after}s`}`);
    return retry;
  };
  return getOctokit(
    options.token,
    {
      retry: { retries, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: base },
      throttle: {
        retryAfterBaseValue: base,
        onRateLimit: (after: number, request: RateLimited, _octokit: unknown, retryCount: number) => waitOrGiveUp('rate limit', after, request, retryCount),
        onSecondaryRateLimit: (after: number, request: RateLimited, _octokit: unknown, retryCount: number) =>
          waitOrGiveUp('secondary rate limit', after, request, retryCount),
      },
    },
    retry,
    throttling,
  );
}

export type Octokit = ReturnType<typeof createOctokit>;

export function changeApi(octokit: Octokit, owner: string, repo: string): ChangeApi {
  return {
    listPullFiles: async (number) =>
      (await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 })) as DiffEntry[],
    compareFiles: async (base, head) => {
      const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${base}...${head}` });
      return (data.files ?? []) as DiffEntry[];
    },
  };
}

export function checkRunApi(octokit: Octokit, owner: string, repo: string): CheckRunApi {
  return {
    create: async (body: CheckRunCreate) => {
      const { data } = await octokit.rest.checks.create({ owner, repo, ...body });
      return { id: data.id, url: data.html_url ?? undefined };
    },
    update: async (id: number, body: CheckRunUpdate) => {
      await octokit.rest.checks.update({ owner, repo, check_run_id: id, ...body });
    },
  };
}
