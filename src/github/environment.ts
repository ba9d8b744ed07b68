import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChangeSource } from './event.js';
import type { LinkEnvironment } from './links.js';
import { DEFAULT_CONFIG_PATH } from '../config/load.js';
import type { FilterMode } from '../engine/filter.js';
import { InputError, type Settings } from './settings.js';

export interface ActionEnvironment {
  /** The checkout: files are collected here and finding paths are relative to it. */
  workspace: string;
  /** `owner/repo` */
  repository: string;
  repo: { owner: string; repo: string };
  /** Per-step folder for the findings file (RUNNER_TEMP survives until the job ends). */
  tempDir: string;
  retryBaseMs?: number;
  requestTimeoutMs?: number;
  links: Omit<LinkEnvironment, 'headSha'>;
}

/** Reads the runner's variables (docs: variables reference, default environment variables). */
export function actionEnvironment(env: NodeJS.ProcessEnv): ActionEnvironment {
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const retryBase = Number(env['MANIFEST_REVIEW_RETRY_BASE_MS']);
  const requestTimeout = Number(env['MANIFEST_REVIEW_REQUEST_TIMEOUT_MS']);
  return {
    workspace: path.resolve(env['GITHUB_WORKSPACE'] || process.cwd()),
    repository,
    repo: { owner, repo },
    tempDir: path.join(env['RUNNER_TEMP'] || os.tmpdir(), 'manifest-review', (env['GITHUB_ACTION'] || 'run').replace(/[^\w.-]/g, '_')),
    // Test hook: the end-to-end tests shorten the retry backoff so retried requests stay fast.
    ...(Number.isSafeInteger(retryBase) && retryBase > 0 ? { retryBaseMs: retryBase } : {}),
    // Test hook as well: the end-to-end tests of a hanging API give up in a fraction of a second.
    ...(Number.isSafeInteger(requestTimeout) && requestTimeout > 0 ? { requestTimeoutMs: requestTimeout } : {}),
    links: {
      serverUrl: env['GITHUB_SERVER_URL'] || 'https://github.com',
      repository,
      ...(env['GITHUB_ACTION_REPOSITORY'] ? { actionRepository: env['GITHUB_ACTION_REPOSITORY'] } : {}),
      ...(env['GITHUB_ACTION_REF'] ? { actionRef: env['GITHUB_ACTION_REF'] } : {}),
    },
  };
}

/** `changed` where there is a change (pull requests, pushes, merge groups), `all` otherwise. */
export function defaultFilter(change: ChangeSource): FilterMode {
  return change.kind === 'full' ? 'all' : 'changed';
}

/** The configuration file: the `config` input (must exist) or the default path when present. */
export function configFile(settings: Settings, env: ActionEnvironment): { configPath?: string } {
  if (settings.config !== undefined) {
    const given = path.resolve(env.workspace, settings.config);
    if (!existsSync(given) || !statSync(given).isFile()) throw new InputError(`input config: ${settings.config} is not a file in the workspace`);
    return { configPath: given };
  }
  const fallback = path.join(env.workspace, DEFAULT_CONFIG_PATH);
  return existsSync(fallback) ? { configPath: fallback } : {};
}
