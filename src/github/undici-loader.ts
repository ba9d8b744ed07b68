/** What the action uses of undici (its two importers' names). */
type Undici = Pick<typeof import('undici/index.js'), 'fetch' | 'ProxyAgent'>;

let undici: Undici | undefined;

/**
 * undici, imported on first use. The action's bundle gets `undici` from undici-deferred.ts, so the
 * ~630 KB of it (which @actions/core imports for its OIDC client, never called here) are compiled
 * and run only when Octokit talks to GitHub. `undici/index.js` is the package's own file, past
 * that alias.
 */
export async function loadUndici(): Promise<Undici> {
  undici ??= await import('undici/index.js');
  return undici;
}

/** undici after loadUndici(), for what must be built synchronously. */
export function loadedUndici(): Undici {
  if (!undici) throw new Error('undici is needed before loadUndici() has loaded it');
  return undici;
}
