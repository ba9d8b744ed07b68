import { readFileSync } from 'node:fs';
import path from 'node:path';
import { releaseNotes } from '../scripts/release-notes.mjs';
import { REPO_ROOT } from './helpers/paths.js';

// release.yml publishes these notes; a tag whose changelog section is missing must stop the release.
const CHANGELOG = `# Changelog

## [Unreleased]

- next

## [1.2.0]

### Added

- a rule

## [1.1.0]

- older

[1.2.0]: https://example.invalid/compare/v1.1.0...v1.2.0
`;

describe('release notes from CHANGELOG.md', () => {
  test('the section of the tag, without its heading or the next one', () => {
    expect(releaseNotes(CHANGELOG, 'v1.2.0')).toBe('### Added\n\n- a rule\n');
    expect(releaseNotes(CHANGELOG, 'v1.1.0')).toBe('- older\n');
  });

  test('a version without a section, or with an empty one, is refused', () => {
    expect(() => releaseNotes(CHANGELOG, 'v1.3.0')).toThrow('no "## [1.3.0]" section');
    expect(() => releaseNotes('## [2.0.0]\n\n## [1.0.0]\n- x\n', 'v2.0.0')).toThrow('is empty');
  });

  test('the current package version has its section', () => {
    const { version } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(releaseNotes(readFileSync(path.join(REPO_ROOT, 'CHANGELOG.md'), 'utf8'), `v${version}`).length).toBeGreaterThan(20);
  });
});
