// `npm run data:refresh [-- UPSTREAM_DIR] [--check]`: brings data/ up to date with the upstream
// reference-data folder (by default ../shared/data beside the clone, where the tables are researched),
// regenerates src/data from it, and reports every difference.
//
// data/ is what the build and the tests read, so a clone works on its own; upstream is only where
// new facts arrive. data/README.md is ours (it adds how to refresh and the GitHub fixtures), but
// everything below its UPSTREAM_MARKER line is upstream's README.md verbatim, so a change to the
// sources or licences upstream shows up here like any other difference.
// Files only in data/ (tables added in this repository) are kept and listed, never deleted, and so
// are the fixtures under MAINTAINED_HERE, which this repository extends.
// --check writes nothing and exits 1 when anything differs (data/ or the generated modules).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderNodeData } from './generate-node-data.mjs';
import { renderVersionData } from './generate-version-data.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'data');
/** Folders of data/ this repository extends (test fixtures): upstream changes there are reported, never taken. */
const MAINTAINED_HERE = ['github/'];
export const UPSTREAM_MARKER = '<!-- Everything below this line is the upstream README.md verbatim; npm run data:refresh rewrites it. -->';

/** Every file under dir, as paths relative to it with `/` separators, sorted. */
function listFiles(dir, prefix = '') {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) out.push(...listFiles(full, rel));
    else out.push(rel);
  }
  return out;
}

/** "+a −r lines" between two texts, counting lines as a multiset (tables are sorted, so this is what a reviewer wants). */
function lineDelta(before, after) {
  const count = new Map();
  for (const line of before.split('\n')) count.set(line, (count.get(line) ?? 0) + 1);
  let added = 0;
  for (const line of after.split('\n')) {
    const n = count.get(line) ?? 0;
    if (n > 0) count.set(line, n - 1);
    else added++;
  }
  const removed = [...count.values()].reduce((a, b) => a + b, 0);
  return `+${added} −${removed} lines`;
}

const readOrUndefined = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const upstream = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, '..', 'shared', 'data'));
  if (!existsSync(upstream)) {
    console.error(`manifest-review data:refresh: upstream folder ${upstream} does not exist; pass it as the first argument.`);
    process.exit(2);
  }

  const changes = [];
  const write = (rel, content) => {
    if (check) return;
    const target = path.join(dataDir, rel);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  };

  const upstreamFiles = listFiles(upstream);
  for (const rel of upstreamFiles) {
    const next = readFileSync(path.join(upstream, rel), 'utf8');
    if (rel === 'README.md') {
      const ours = readOrUndefined(path.join(dataDir, 'README.md')) ?? '';
      const at = ours.indexOf(UPSTREAM_MARKER);
      if (at < 0) {
        console.error(`data/README.md has no upstream marker line; add "${UPSTREAM_MARKER}" before the upstream text.`);
        process.exit(2);
      }
      const head = ours.slice(0, at + UPSTREAM_MARKER.length);
      const current = ours.slice(at + UPSTREAM_MARKER.length + 2);
      if (current !== next) {
        changes.push(`changed  README.md (upstream part, ${lineDelta(current, next)}): check the sources and licences`);
        write('README.md', `${head}\n\n${next}`);
      }
      continue;
    }
    const current = readOrUndefined(path.join(dataDir, rel));
    if (current === next) continue;
    if (MAINTAINED_HERE.some((prefix) => rel.startsWith(prefix))) {
      console.log(`kept     ${rel} (maintained in this repository; upstream differs${current === undefined ? ', new there' : ''})`);
      continue;
    }
    changes.push(
      current === undefined ? `added    ${rel}: describe its source and licence in data/README.md` : `changed  ${rel} (${lineDelta(current, next)})`,
    );
    write(rel, next);
  }
  const localOnly = listFiles(dataDir).filter((rel) => !upstreamFiles.includes(rel));
  for (const rel of localOnly) console.log(`kept     ${rel} (only in data/)`);

  // The generators read data/; under --check they see the old tables, which is what the modules must match.
  for (const [file, content] of [...renderNodeData(dataDir), ...renderVersionData(dataDir)]) {
    const target = path.join(root, file);
    if (readOrUndefined(target) === content) continue;
    changes.push(`${check ? 'stale   ' : 'regen   '} ${file}`);
    if (!check) writeFileSync(target, content);
  }

  for (const line of changes) console.log(line);
  if (changes.length === 0) console.log(`data/ matches ${upstream}; src/data is current.`);
  else if (check) {
    console.error(`${changes.length} difference(s); run npm run data:refresh to take them.`);
    process.exit(1);
  } else console.log(`${changes.length} change(s) written; review them with git diff data/ src/data.`);
}

main();
