/**
 * Which commit the check run belongs to and what the change is, per triggering event
 * (GitHub docs, "Events that trigger workflows"): on pull requests GITHUB_SHA is a test merge commit that the PR page
 * never shows, so the check run goes on the PR head.
 */

/** The parts of `@actions/github`'s `context` this reads; payloads are untrusted shapes. */
export interface EventContext {
  eventName: string;
  /** GITHUB_SHA */
  sha: string;
  payload: unknown;
  /** `owner/repo` of the repository the workflow runs in. */
  repository: string;
}

export type ChangeSource =
  | {
      kind: 'pull_request';
      number: number;
      baseSha: string;
      headSha: string;
      /** `pull_request.changed_files`, to detect the file list API's 3000-file cut. */
      changedFiles?: number;
      /** Head in another repository (or a deleted fork): the token is read-only. */
      fork: boolean;
    }
  | { kind: 'push'; baseSha: string; headSha: string }
  /** No diff to compare against: review and report everything. */
  | { kind: 'full'; reason: string };

export interface EventTarget {
  eventName: string;
  /** The commit the check run is created on. */
  headSha: string;
  change: ChangeSource;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;
const ZERO_SHA = /^0+$/;

function field(value: unknown, ...path: string[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && SHA.test(value) && !ZERO_SHA.test(value) ? value : undefined;
}

/** Events whose payload carries the pull request (pull_request, _target, _review, _review_comment). */
function isPullRequestEvent(eventName: string, payload: unknown): boolean {
  return eventName.startsWith('pull_request') && typeof field(payload, 'pull_request') === 'object';
}

export function resolveEvent(context: EventContext): EventTarget {
  const { eventName, payload } = context;
  const fallbackSha = context.sha;

  if (isPullRequestEvent(eventName, payload)) {
    const headSha = sha(field(payload, 'pull_request', 'head', 'sha'));
    const baseSha = sha(field(payload, 'pull_request', 'base', 'sha'));
    const number = field(payload, 'pull_request', 'number') ?? field(payload, 'number');
    if (!headSha) {
      return { eventName, headSha: fallbackSha, change: { kind: 'full', reason: 'the event payload has no pull_request.head.sha' } };
    }
    if (!baseSha || typeof number !== 'number') {
      return { eventName, headSha, change: { kind: 'full', reason: 'the event payload has no pull request number or base commit' } };
    }
    const headRepo = field(payload, 'pull_request', 'head', 'repo', 'full_name');
    const baseRepo = field(payload, 'pull_request', 'base', 'repo', 'full_name') ?? context.repository;
    const changedFiles = field(payload, 'pull_request', 'changed_files');
    return {
      eventName,
      headSha,
      change: {
        kind: 'pull_request',
        number,
        baseSha,
        headSha,
        ...(typeof changedFiles === 'number' ? { changedFiles } : {}),
        fork: typeof headRepo !== 'string' || headRepo !== baseRepo,
      },
    };
  }

  if (eventName === 'push') {
    const after = sha(field(payload, 'after')) ?? fallbackSha;
    const before = sha(field(payload, 'before'));
    if (!before) return { eventName, headSha: after, change: { kind: 'full', reason: 'a new branch or tag has no previous commit to compare with' } };
    return { eventName, headSha: after, change: { kind: 'push', baseSha: before, headSha: after } };
  }

  if (eventName === 'merge_group') {
    const head = sha(field(payload, 'merge_group', 'head_sha')) ?? fallbackSha;
    const base = sha(field(payload, 'merge_group', 'base_sha'));
    if (!base) return { eventName, headSha: head, change: { kind: 'full', reason: 'the merge group has no base commit' } };
    return { eventName, headSha: head, change: { kind: 'push', baseSha: base, headSha: head } };
  }

  if (eventName === 'workflow_run') {
    const head = sha(field(payload, 'workflow_run', 'head_sha')) ?? fallbackSha;
    return { eventName, headSha: head, change: { kind: 'full', reason: 'a workflow_run event has no change of its own' } };
  }

  return { eventName, headSha: fallbackSha, change: { kind: 'full', reason: `a ${eventName || 'manual'} run reviews the whole tree` } };
}
