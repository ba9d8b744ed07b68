import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from './paths.js';

/**
 * Tests that read the real-world corpus (../shared/corpus: public repositories read in place, never
 * copied into this one) run when it is beside the clone and are skipped otherwise, so a fresh clone's
 * `npm test` passes. corpus-reporter.mjs reports the skip once, at the end of the run, finding these
 * tests by the CORPUS_SUITE prefix of their names; with MANIFEST_REVIEW_REQUIRE_CORPUS=1 (set by
 * .ci/run) corpus-setup.mjs fails the run instead, so CI cannot pass by skipping them.
 */
export const HAVE_CORPUS = existsSync(CORPUS);
export const CORPUS_SUITE = '[corpus] ';

/**
 * `describe` for a block whose tests read the corpus: skipped, and counted, when it is absent. The
 * block's body is not even run then: jest runs a skipped block's body to collect its tests, and some
 * bodies list the corpus to declare them.
 */
export function describeWithCorpus(name: string, fn: () => void): void {
  if (HAVE_CORPUS) describe(CORPUS_SUITE + name, fn);
  else describe.skip(CORPUS_SUITE + name, () => test('reads ../shared/corpus', () => undefined));
}

/** `test` for one test that reads the corpus, in a block whose other tests do not. */
export function testWithCorpus(name: string, fn: jest.ProvidesCallback, timeout?: number): void {
  (HAVE_CORPUS ? test : test.skip)(CORPUS_SUITE + name, fn, timeout);
}

/**
 * A corpus file's text. Without the corpus it is '' so that a module-level read does not fail the
 * whole file at import: only tests declared with describeWithCorpus/testWithCorpus may use it.
 */
export function corpusText(file: string): string {
  return HAVE_CORPUS ? readFileSync(path.join(CORPUS, file), 'utf8') : '';
}

/** Every corpus file whose name ends in one of `extensions` ('yaml', 'yml', 'json'), sorted. Only for tests that read the corpus. */
export function corpusFiles(extensions: readonly string[]): string[] {
  const names = extensions.flatMap((extension, i) => [...(i > 0 ? ['-o'] : []), '-name', `*.${extension}`]);
  return execFileSync('find', [CORPUS, '-type', 'f', '(', ...names, ')'], { encoding: 'utf8', maxBuffer: 1 << 26 })
    .split('\n')
    .filter(Boolean)
    .sort();
}
