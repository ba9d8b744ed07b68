import { oneOf } from '../choice.js';
import { FILTER_MODES, type FilterMode } from '../engine/filter.js';
import { FAIL_ON_LEVELS, type FailOn } from '../findings.js';

/** The action's inputs (action.yml), validated. */
export interface Settings {
  /** Empty when the workflow passes no token: the review still runs, without the check run. */
  token: string;
  /** Files, directories or globs relative to the workspace; empty = the whole workspace. */
  paths: string[];
  config?: string;
  failOn: FailOn;
  /** Undefined = the event's default (`changed` for pull requests and pushes, else `all`). */
  filter?: FilterMode;
  checkName: string;
  annotationsLimit: number;
  sarifFile?: string;
  /** Time for reading and parsing the tree; files not reached by then are skipped with a notice. */
  timeBudgetSeconds: number;
  /** Post the fixes rules know as suggestions in a pull request review (needs `pull-requests: write`). */
  reviewComments: boolean;
}

export class InputError extends Error {}

/** Far above any useful number; it bounds the requests one run can make (50 annotations each). */
const MAX_ANNOTATIONS_LIMIT = 50_000;
/** The Checks API's `name` is free text, but the merge box and branch protection show it whole. */
const MAX_CHECK_NAME = 100;
/**
 * The check run's default name. Branch protection matches checks by name, and a job's check is
 * named after its id (or `name:`): this one has a space, which no job id can, so requiring the job
 * `manifest-review` can never be satisfied, or blocked, by the check run instead.
 */
export const DEFAULT_CHECK_NAME = 'manifest-review findings';

function choice<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  return oneOf(`input ${name}`, raw, allowed, (message) => new InputError(message));
}

/**
 * Reads and checks every input. `input(name)` returns the trimmed value or '' (core.getInput).
 * A bad value throws: a typo in `fail-on` must fail the step, not silently pass a PR.
 */
export function readSettings(input: (name: string) => string): Settings {
  const paths = input('paths')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const failOn = choice('fail-on', input('fail-on') || 'error', FAIL_ON_LEVELS);
  const filterRaw = input('filter');
  const checkName = input('check-name') || DEFAULT_CHECK_NAME;
  if (checkName.length > MAX_CHECK_NAME || /[\r\n]/.test(checkName)) {
    throw new InputError(`input check-name must be one line of at most ${MAX_CHECK_NAME} characters`);
  }
  const limitRaw = input('annotations-limit') || '1000';
  if (!/^\d+$/.test(limitRaw) || Number(limitRaw) > MAX_ANNOTATIONS_LIMIT) {
    throw new InputError(`input annotations-limit must be a whole number from 0 to ${MAX_ANNOTATIONS_LIMIT} (got "${limitRaw}")`);
  }
  const budgetRaw = input('time-budget') || '600';
  if (!/^\d+$/.test(budgetRaw) || Number(budgetRaw) < 1) {
    throw new InputError(`input time-budget must be a whole number of seconds, at least 1 (got "${budgetRaw}")`);
  }
  const config = input('config');
  const sarifFile = input('sarif-file');
  // The YAML 1.2 core schema booleans, as core.getBooleanInput reads them; anything else is a typo.
  const reviewCommentsRaw = input('review-comments') || 'false';
  if (!/^(true|True|TRUE|false|False|FALSE)$/.test(reviewCommentsRaw)) {
    throw new InputError(`input review-comments must be true or false (got "${reviewCommentsRaw}")`);
  }
  return {
    token: input('token'),
    paths,
    ...(config ? { config } : {}),
    failOn,
    ...(filterRaw ? { filter: choice('filter', filterRaw, FILTER_MODES) } : {}),
    checkName,
    annotationsLimit: Number(limitRaw),
    ...(sarifFile ? { sarifFile } : {}),
    timeBudgetSeconds: Number(budgetRaw),
    reviewComments: reviewCommentsRaw.toLowerCase() === 'true',
  };
}
