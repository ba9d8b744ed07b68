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

/** Every 4xx but rate limits is final: retrying a 403 or 422 only repeats the refusal. */
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i).filter((s) => s !== 429);

/**
 * Octokit with the retry and throttling plugins. `request` is left alone on purpose: passing it
 * would replace @actions/github's proxy agent and fetch (design/GITHUB.md §4.5), and setting
 * `request.retries` would make plugin-retry retry 4xx too.
 */
export function createOctokit(options: ApiOptions) {
  const retries = options.retries ?? 3;
  const base = options.retryBaseMs ?? 1000;
  return getOctokit(
    options.token,
    {
      retry: { retries, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: base },
      throttle: {
        retryAfterBaseValue: base,
        onRateLimit: (after: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          options.warn(`GitHub rate limit hit on ${request.method} ${request.url}; ${retryCount < retries ? `retrying in ${after}s` : 'giving up'}`);
          return retryCount < retries;
        },
        onSecondaryRateLimit: (after: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          options.warn(`GitHub secondary rate limit hit on ${request.method} ${request.url}; ${retryCount < retries ? `retrying in ${after}s` : 'giving up'}`);
          return retryCount < retries;
        },
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
