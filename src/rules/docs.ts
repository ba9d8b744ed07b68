import { PROJECT_REPOSITORY } from '../project.js';
import type { Rule } from './types.js';

/** The project's repository, where docs/rules/ lives (defined once, in src/project.ts). */
export { PROJECT_REPOSITORY };

/** Where rule docs are browsed: a GitHub server, a repository and a ref. */
export interface DocsSite {
  readonly serverUrl: string;
  readonly repository: string;
  readonly ref: string;
}

export const DEFAULT_DOCS_SITE: DocsSite = { serverUrl: 'https://github.com', repository: PROJECT_REPOSITORY, ref: 'main' };

/** What the runner says about the running action and the reviewed commit (all may be missing locally). */
export interface RunnerDocsEnvironment {
  readonly serverUrl: string;
  /** `owner/repo` under review (GITHUB_REPOSITORY). */
  readonly repository: string;
  /** The reviewed commit. */
  readonly headSha: string;
  /** GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF: the action being executed. */
  readonly actionRepository?: string;
  readonly actionRef?: string;
}

/**
 * The docs of the action version that is running. In a workflow, GITHUB_ACTION_REPOSITORY and
 * GITHUB_ACTION_REF name the action being executed (a fork, a GHES mirror, a pinned tag), so
 * links match the rules that produced the findings. A local `uses: ./` sets neither: the
 * action, and so its docs, are then in the repository under review, at the reviewed commit.
 * Undefined when neither is known.
 */
export function docsSiteOf(env: RunnerDocsEnvironment): DocsSite | undefined {
  const serverUrl = (env.serverUrl || DEFAULT_DOCS_SITE.serverUrl).replace(/\/+$/, '');
  if (env.actionRepository) return { serverUrl, repository: env.actionRepository, ref: env.actionRef || 'main' };
  if (env.repository && env.headSha) return { serverUrl, repository: env.repository, ref: env.headSha };
  return undefined;
}

/** Path of a rule's doc inside the repository. */
export function docsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/**
 * The rule's doc page on a docs site (by default the project's main branch), the one rule-doc link
 * every reporter uses. Undefined for an id that is not `family/name` (it would be a path out of docs/).
 */
export function docsUrl(ruleId: string, site: DocsSite = DEFAULT_DOCS_SITE): string | undefined {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return undefined;
  return `${site.serverUrl}/${site.repository}/blob/${encodeURIComponent(site.ref)}/${docsPath(ruleId)}`;
}

/** The sections every rule doc has, in order (checked by a test). */
export const DOC_SECTIONS = ['## What it checks', '## Why', '## How it computes', '## How to fix', '## How to suppress', '## Example'] as const;

export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** The README's rule table, one row per registered rule, linking each to its doc. */
export function renderRulesTable(rules: readonly Rule[]): string {
  const rows = rules.map((r) => `| [\`${r.id}\`](${docsPath(r.id)}) | ${r.defaultSeverity} | ${cell(r.description)} |`);
  return ['| rule | default severity | what it catches |', '| --- | --- | --- |', ...rows].join('\n');
}

/** `readme` with the text between the rules markers replaced by the generated table. */
export function withRulesTable(readme: string, rules: readonly Rule[]): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start === -1 || end < start) throw new Error(`README.md has no ${RULES_START} ... ${RULES_END} block`);
  return `${readme.slice(0, start + RULES_START.length)}\n${renderRulesTable(rules)}\n${readme.slice(end)}`;
}
