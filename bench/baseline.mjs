// The baseline the review is measured against: a bare Node process that reads the same files
// and parses them with js-yaml, nothing else. Takes a file that lists the paths, one a line.
import { readFileSync } from 'node:fs';
import { loadAll } from 'js-yaml';

const list = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let documents = 0;
for (const file of list) {
  try {
    documents += loadAll(readFileSync(file, 'utf8')).length;
  } catch {
    // a file js-yaml rejects still costs its read and parse attempt
  }
}
process.stdout.write(`${documents}\n`);
