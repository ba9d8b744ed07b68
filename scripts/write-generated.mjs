// The command-line half every generator shares: write the modules that differ from what is
// committed, or with --check only list them and exit 1 (a test runs the same comparison).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `files`: repository-relative path → generated content. */
export function writeGenerated(files, argv = process.argv) {
  const check = argv.includes('--check');
  let drifted = 0;
  for (const [file, content] of files) {
    const target = path.join(root, file);
    let current;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === content) continue;
    if (check) {
      console.error(`${file} differs from data/; run npm run data:generate`);
      drifted++;
    } else {
      writeFileSync(target, content);
      console.log(`wrote ${file}`);
    }
  }
  if (drifted > 0) process.exit(1);
}
