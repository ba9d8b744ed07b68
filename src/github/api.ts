import { getOctokit } from '@actions/github';
import { defaults as githubDefaults } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ChangeApi, DiffEntry } from './changes.js';
import type { CheckRunApi, CheckRunCreate, CheckRunUpdate } from './check-run.js';
import type { ReviewCommentsApi } from './review-comments.js';

export interface ApiOptions {
  token: string;
  owner: string;
  repo: string;
  /** Retries of 5xx / network failures and of rate-limited calls. */
  retries?: number | undefined;
  /** Base of the retry backoff in ms ((n+1)² × base); tests shorten it. */
  retryBaseMs?: number | undefined;
  /** How long one request may wait for GitHub's answer before it fails (and is retried). */
  requestTimeoutMs?: number | undefined;
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
 * Rate limits (403/429 saying so) are the throttling plugin's, which waits as GitHub asks. A bare
 * 429 (no Retry-After, no rate-limit headers) is retried here with the usual backoff: GitHub's
 * docs say to retry rate-limited requests, and the throttling plugin leaves it alone.
 */
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i).filter((status) => status !== 429);

/**
 * An API that accepts the connection and never answers would hold the job until its own timeout
 * (6 hours by default), with the check run left in progress. Each attempt gets this long; a
 * timed-out attempt is a network failure, which plugin-retry retries, and then the usual
 * degraded reporting takes over.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/**
 * Wraps @actions/github's own fetch (it carries the runner's proxy settings) with a per-attempt
 * timeout. The timeout surfaces as a TypeError, not an AbortError: Octokit rethrows an
 * AbortError as it is, which plugin-retry does not recognise, while any other fetch failure
 * becomes a retried 500.
 */
export function fetchWithTimeout(fetchImpl: Fetch, timeoutMs: number): Fetch {
  return async (url, init = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      return await fetchImpl(url, { ...init, signal });
    } catch (error) {
      if (timeout.aborted) throw new TypeError(`no answer from the GitHub API within ${Math.round(timeoutMs / 100) / 10} s`);
      throw error;
    }
  };
}

/**
 * Octokit with the retry and throttling plugins. `request` keeps @actions/github's proxy agent and
 * fetch (@octokit/core merges defaults shallowly, so they are passed on explicitly), the fetch
 * wrapped with a timeout; `request.retries` is not set, as it would make plugin-retry retry 4xx too.
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
      request: {
        ...githubDefaults.request,
        fetch: fetchWithTimeout((githubDefaults.request?.fetch ?? fetch) as Fetch, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
      },
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
    listPullFiles: async (number) => (await octokit.paginate(octokit.rest.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 })) as DiffEntry[],
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

export function reviewCommentsApi(octokit: Octokit, owner: string, repo: string): ReviewCommentsApi {
  return {
    list: async (pull) =>
      (await octokit.paginate(octokit.rest.pulls.listReviewComments, { owner, repo, pull_number: pull, per_page: 100 })).map((c) => ({
        id: c.id,
        body: c.body,
      })),
    createReview: async (pull, review) => {
      await octokit.rest.pulls.createReview({ owner, repo, pull_number: pull, ...review, comments: review.comments.map((c) => ({ ...c })) });
    },
    update: async (commentId, body) => {
      await octokit.rest.pulls.updateReviewComment({ owner, repo, comment_id: commentId, body });
    },
  };
}
