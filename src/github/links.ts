import { toRelativeUri } from '../report/sarif.js';

/** Where the runner says things are; all optional so a local run still links somewhere sane. */
export interface LinkEnvironment {
  serverUrl: string;
  /** `owner/repo` under review. */
  repository: string;
  /** Commit the findings are about (the check run's SHA). */
  headSha: string;
  /** GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF: this action's own repository and ref. */
  actionRepository?: string;
  actionRef?: string;
}

export interface Links {
  ruleUrl: (ruleId: string) => string | undefined;
  locationUrl: (path: string, line: number) => string | undefined;
}

/**
 * Rule docs live in this action's repository (docs/rules/<family>/<name>.md), at the ref the
 * workflow pinned. A local `uses: ./` has no action repository: the docs are then in the
 * repository under review, at the reviewed commit.
 */
export function links(env: LinkEnvironment): Links {
  const server = env.serverUrl.replace(/\/+$/, '');
  const docsAt =
    env.actionRepository && env.actionRef
      ? `${server}/${env.actionRepository}/blob/${encodeURIComponent(env.actionRef)}`
      : env.repository
        ? `${server}/${env.repository}/blob/${env.headSha}`
        : undefined;
  return {
    ruleUrl: (ruleId) => (docsAt && /^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId) ? `${docsAt}/docs/rules/${ruleId}.md` : undefined),
    locationUrl: (path, line) =>
      env.repository && env.headSha && path !== '.' ? `${server}/${env.repository}/blob/${env.headSha}/${toRelativeUri(path)}#L${line}` : undefined,
  };
}
