import path from 'node:path';

/** Repository root: jest runs with the repo as its working directory. */
export const REPO_ROOT = process.cwd();
/** `../shared/` beside the clone: real corpus and reference data, read in place, never copied. */
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');
export const CORPUS = path.join(SHARED, 'corpus');
export const SHARED_DATA = path.join(SHARED, 'data');
