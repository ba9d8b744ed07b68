/**
 * Reads one of a fixed set of words from a user (a CLI flag, an action input), case-insensitively.
 * The caller names the setting as its user writes it (`--fail-on`, `input fail-on`) and picks the
 * error type its front end reports as a usage problem.
 */
export function oneOf<T extends string>(setting: string, raw: string, allowed: readonly T[], fail: (message: string) => Error): T {
  const value = raw.toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw fail(`${setting} must be one of ${allowed.join(', ')} (got "${raw}")`);
}
