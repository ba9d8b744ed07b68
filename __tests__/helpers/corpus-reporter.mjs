// Jest reporter: one line at the end of a run saying which corpus suites were skipped and how to run
// them (see corpus.ts). Silent when the corpus was there: a corpus test can also be skipped for a
// tool it needs (helm, in a block skipped without it), and that block says so itself.
import { existsSync } from 'node:fs';
import path from 'node:path';

const CORPUS_SUITE = '[corpus] ';

export default class CorpusSkipReporter {
  constructor(globalConfig) {
    this.corpus = path.resolve(globalConfig.rootDir, '..', 'shared', 'corpus');
  }

  onRunComplete(_contexts, results) {
    if (existsSync(this.corpus)) return;
    let tests = 0;
    const files = new Set();
    for (const file of results.testResults) {
      for (const t of file.testResults) {
        if (t.status === 'pending' && [t.title, ...t.ancestorTitles].some((title) => title.startsWith(CORPUS_SUITE))) {
          tests++;
          files.add(file.testFilePath);
        }
      }
    }
    if (tests === 0) return;
    process.stderr.write(
      `Skipped ${tests} tests in ${files.size} files that read the real-world corpus: ../shared/corpus is not beside this clone. ` +
        `To run them, put the corpus there (docs/testing.md) and run npm test again.\n`,
    );
  }
}
