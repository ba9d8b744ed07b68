import { rmSync } from 'node:fs';
import { reviewChange } from '../../src/engine/change.js';
import { FILTER_MODES } from '../../src/engine/filter.js';
import { makeRepo, type TempRepo, type Tree } from './git-repo.js';

/**
 * For a test file whose cases each change one base tree: `review(head)` commits `base` and then
 * `head` in a throwaway repository and reviews the change under every filter, with the change's
 * shortcuts and without them (`exhaustive`, the reference they must agree with). Called at the top
 * of a test file: the repositories are removed after its tests.
 */
export function changeReviews(base: Tree, now: Date) {
  const repos: TempRepo[] = [];
  afterAll(() => {
    for (const repo of repos) rmSync(repo.dir, { recursive: true, force: true });
  });
  return (head: Tree) => {
    const repo = makeRepo(base, head);
    repos.push(repo);
    return FILTER_MODES.map((filter) => {
      const options = { cwd: repo.dir, baseRef: repo.baseSha, filter, now };
      return { filter, shortcut: reviewChange(options), exhaustive: reviewChange({ ...options, exhaustive: true }) };
    });
  };
}
