import { loadedUndici, loadUndici } from './undici-loader.js';

/*
 * What the action's bundle gets for `import … from 'undici'` (tsconfig.json `paths`, which ncc's
 * resolver applies to every file it bundles; tests and Node resolve the real package). Its two
 * importers use two names: @actions/http-client's ProxyAgent (built only for a configured proxy,
 * when @actions/github loads: main.ts loads undici before Octokit) and @actions/github's fetch
 * (every GitHub API call, which loads undici on the first).
 */

type Undici = Pick<typeof import('undici/index.js'), 'fetch' | 'ProxyAgent'>;

export class ProxyAgent {
  constructor(...args: ConstructorParameters<Undici['ProxyAgent']>) {
    // The real agent is what the caller gets: a class's constructor may return another object.
    return new (loadedUndici().ProxyAgent)(...args);
  }
}

export async function fetch(...args: Parameters<Undici['fetch']>): ReturnType<Undici['fetch']> {
  return (await loadUndici()).fetch(...args);
}
