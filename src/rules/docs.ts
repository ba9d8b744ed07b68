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

/**
 * The docs of the action version that is running. In a workflow, GITHUB_ACTION_REPOSITORY and
 * GITHUB_ACTION_REF name the action being executed (a fork, a GHES mirror, a pinned tag), so
 * links match the rules that produced the findings. GITHUB_REPOSITORY is the repository
 * under review, not this project's, so it is not used.
 */
export function docsSiteFromEnv(env: Readonly<Record<string, string | undefined>>): DocsSite {
  const repository = env['GITHUB_ACTION_REPOSITORY'];
  if (!repository) return DEFAULT_DOCS_SITE;
  return {
    serverUrl: (env['GITHUB_SERVER_URL'] || DEFAULT_DOCS_SITE.serverUrl).replace(/\/+$/, ''),
    repository,
    ref: env['GITHUB_ACTION_REF'] || 'main',
  };
}

/** Path of a rule's doc inside the repository. */
export function docsPath(ruleId: string): string {
  return `docs/rules/${ruleId}.md`;
}

/** The rule's doc page on a docs site (by default the project's main branch), for reporters to link. */
export function docsUrl(ruleId: string, site: DocsSite = DEFAULT_DOCS_SITE): string {
  return `${site.serverUrl}/${site.repository}/blob/${site.ref}/${docsPath(ruleId)}`;
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
