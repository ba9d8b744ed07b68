// `node scripts/release-notes.mjs v1.2.3 [CHANGELOG.md]`: prints the body of CHANGELOG.md's
// `## [1.2.3]` section, for the GitHub release (.github/workflows/release.yml). A tag without its
// section, or with an empty one, exits 1: a release must say what changed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function releaseNotes(changelog, tag) {
  const version = tag.replace(/^v/, '');
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) throw new Error(`CHANGELOG.md has no "## [${version}]" section`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^## /.test(l) || /^\[[^\]]+\]:\s/.test(l));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  if (body === '') throw new Error(`CHANGELOG.md's "## [${version}]" section is empty`);
  return `${body}\n`;
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const [tag, file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'CHANGELOG.md')] = process.argv.slice(2);
  if (!tag) {
    console.error('usage: node scripts/release-notes.mjs vX.Y.Z [CHANGELOG.md]');
    process.exit(2);
  }
  try {
    process.stdout.write(releaseNotes(readFileSync(file, 'utf8'), tag));
  } catch (error) {
    console.error(`release-notes: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
