import path from 'node:path';

/**
 * True when `candidate` is `root` or lies below it (both absolute, resolved by the caller).
 * A first segment that merely begins with `..` (`..data`, as Kubernetes' atomic writer names
 * its directories) is inside: only `..` itself climbs out.
 */
export function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
