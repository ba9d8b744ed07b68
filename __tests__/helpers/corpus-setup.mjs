// Jest globalSetup: under MANIFEST_REVIEW_REQUIRE_CORPUS=1 (CI), a missing corpus fails the run
// before any test, instead of turning the corpus suites into skips (see corpus.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';

export default function requireCorpusInCi(globalConfig) {
  const corpus = path.resolve(globalConfig.rootDir, '..', 'shared', 'corpus');
  if (process.env.MANIFEST_REVIEW_REQUIRE_CORPUS === '1' && !existsSync(corpus)) {
    throw new Error(`MANIFEST_REVIEW_REQUIRE_CORPUS=1 but the real-world corpus is not at ${corpus}; CI must run the corpus suites.`);
  }
}
