// The baselines the review is measured against: a bare Node process that reads the same files
// and parses them with one YAML parser, nothing else. `node baseline.mjs PARSER LIST`: PARSER is
// `js-yaml-4` (js-yaml 4's loadAll) or `js-yaml-5-cjs` (js-yaml 5's CommonJS build, the one the
// bundle carries, with the same patch (patches/): its ES-module build is ~2× slower on Node 20
// and would flatter the review, and so would the unpatched build);
// LIST is a file that lists the paths, one a line.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PARSERS = {
  'js-yaml-4': () => require('js-yaml-4').loadAll,
  // `require` picks the package's `require` export condition: the CommonJS build.
  'js-yaml-5-cjs': () => require('js-yaml').loadAll,
};
const [parserName, listPath] = process.argv.slice(2);
const pick = PARSERS[parserName];
if (!pick || !listPath) throw new Error(`usage: baseline.mjs ${Object.keys(PARSERS).join('|')} LIST`);
const loadAll = pick();

const list = readFileSync(listPath, 'utf8').split('\n').filter(Boolean);
let documents = 0;
for (const file of list) {
  try {
    documents += loadAll(readFileSync(file, 'utf8')).length;
  } catch {
    // a file the parser rejects still costs its read and parse attempt
  }
}
process.stdout.write(`${documents}\n`);
