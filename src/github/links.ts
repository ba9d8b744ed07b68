import { toRelativeUri } from '../report/sarif.js';
import { docsSiteOf, docsUrl, type RunnerDocsEnvironment } from '../rules/docs.js';

/** Where the runner says things are; all optional so a local run still links somewhere sane. */
export type LinkEnvironment = RunnerDocsEnvironment;

export interface Links {
  ruleUrl: (ruleId: string) => string | undefined;
  locationUrl: (path: string, line: number) => string | undefined;
}

/** Rule docs where the running action's docs are (src/rules/docs.ts); files at the reviewed commit. */
export function links(env: LinkEnvironment): Links {
  const server = env.serverUrl.replace(/\/+$/, '');
  const site = docsSiteOf(env);
  return {
    ruleUrl: (ruleId) => (site ? docsUrl(ruleId, site) : undefined),
    locationUrl: (path, line) =>
      env.repository && env.headSha && path !== '.' ? `${server}/${env.repository}/blob/${env.headSha}/${toRelativeUri(path)}#L${line}` : undefined,
  };
}
