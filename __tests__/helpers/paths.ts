import path from 'node:path';

/** Repository root: jest runs with the repo as its working directory. */
export const REPO_ROOT = process.cwd();
/** The reference tables in the repository (data/README.md names each one's source and licence). */
export const DATA = path.join(REPO_ROOT, 'data');
/**
 * @deprecated The tables moved into the repository: use DATA. Kept as an alias so a test written
 * against the old name reads data/ and still works on a clone without ../shared.
 */
export const SHARED_DATA = DATA;
/** `../shared/` beside the clone: the real-world corpus, read in place and never copied. */
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');
export const CORPUS = path.join(SHARED, 'corpus');
