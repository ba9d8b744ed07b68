import { rmSync } from 'node:fs';
import { links } from '../../src/github/links.js';
import { scopeSentence } from '../../src/github/publish.js';
import { inChangedFiles } from '../../src/engine/filter.js';
import { onChangedLines, reviewPullRequest, type ChangeUnderReview } from '../../src/github/review.js';
import type { Finding } from '../../src/findings.js';
import { makeRepo } from '../helpers/git-repo.js';

const f = (path: string, startLine = 1, endLine = startLine): Finding => ({
  rule: 'input/parse-error',
  severity: 'error',
  path,
  startLine,
  endLine,
  message: 'm',
});

const change: ChangeUnderReview = {
  baseSha: 'b'.repeat(40),
  headSha: 'h'.repeat(40),
  changedFiles: [
    { path: 'k8s/a.yaml', status: 'modified', lines: [{ start: 10, end: 12 }] },
    { path: 'k8s/big.yaml', status: 'modified', lines: 'all' },
  ],
};

describe('reporting a change (interim filter)', () => {
  test('without a base: findings in the changed files only', () => {
    const findings = [f('k8s/a.yaml', 3), f('k8s/big.yaml'), f('legacy/old.yaml')];
    expect(inChangedFiles(findings, new Set(change.changedFiles.map((c) => c.path))).map((x) => x.path)).toEqual(['k8s/a.yaml', 'k8s/big.yaml']);
  });

  test('a base commit missing from the checkout: changed and new report the changed files, all everything, with a note', () => {
    const repo = makeRepo({ 'legacy/old.yaml': 'a: 1\na: 2\n' }, { 'k8s/new.yaml': 'a: 1\na: 2\n' });
    try {
      const missing = {
        baseSha: 'f'.repeat(40),
        headSha: repo.headSha,
        changedFiles: [{ path: 'k8s/new.yaml', status: 'added' as const, lines: 'all' as const }],
      };
      for (const filter of ['changed', 'new'] as const) {
        const result = reviewPullRequest({ workspace: repo.dir, paths: [], filter, change: missing });
        expect(result.findings.map((x) => x.path)).toEqual(['k8s/new.yaml']);
        expect(result.unfiltered.map((x) => x.path)).toEqual(['k8s/new.yaml', 'legacy/old.yaml']);
        expect(result.notes).toEqual([expect.stringMatching(/^The base commit ffffffffffff is not in the checkout .*`fetch-depth: 0`/)]);
      }
      const all = reviewPullRequest({ workspace: repo.dir, paths: [], filter: 'all', change: missing });
      expect(all.findings).toHaveLength(2);
      expect(all.notes).toHaveLength(1);
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });

  test('onChangedLines: overlap with the added lines of that file', () => {
    const on = onChangedLines(change);
    expect(on(f('k8s/a.yaml', 12, 14))).toBe(true);
    expect(on(f('k8s/a.yaml', 3))).toBe(false);
    expect(on(f('k8s/big.yaml', 900))).toBe(true);
    expect(on(f('legacy/old.yaml', 10))).toBe(false);
    expect(onChangedLines(undefined)(f('k8s/a.yaml', 10))).toBe(false);
  });

  test('the model is built from the whole tree even when only one file changed', () => {
    const repo = makeRepo({ 'legacy/old.yaml': 'a: 1\na: 2\n' }, { 'k8s/new.yaml': 'kind: ConfigMap\n' });
    try {
      const result = reviewPullRequest({
        workspace: repo.dir,
        paths: [],
        filter: 'changed',
        change: { baseSha: repo.baseSha, headSha: repo.headSha, changedFiles: [{ path: 'k8s/new.yaml', status: 'added', lines: 'all' }] },
      });
      expect(result.filesReviewed).toBe(2);
      expect(result.unfiltered.map((x) => x.path)).toEqual(['legacy/old.yaml']);
      expect(result.findings).toEqual([]);
      expect(result.notes).toEqual([]);
      expect(scopeSentence('changed', { baseSha: '', headSha: '', changedFiles: [] }, result)).toMatch(
        /No findings in this change; 1 error elsewhere in the tree is not reported \(see `filter`\)\.$/,
      );
      // Without a SARIF log the action does not compute the findings the change cannot affect: the sentence says so.
      expect(result.computed.complete).toBe(false);
      expect(scopeSentence('changed', { baseSha: '', headSha: '', changedFiles: [] }, result, false)).toMatch(
        /No findings in this change; 1 error elsewhere in the tree is not reported, and findings of what this change cannot affect were not computed \(see `filter`\)\.$/,
      );
    } finally {
      rmSync(repo.dir, { recursive: true, force: true });
    }
  });
});

describe('links', () => {
  test('rule docs at the pinned action ref; files at the reviewed commit', () => {
    const l = links({ serverUrl: 'https://github.com/', repository: 'o/r', headSha: 'abc', actionRepository: 'acme/manifest-review', actionRef: 'v1' });
    expect(l.ruleUrl('memory-budget/pod-fits')).toBe('https://github.com/acme/manifest-review/blob/v1/docs/rules/memory-budget/pod-fits.md');
    expect(l.locationUrl('k8s/my app.yaml', 7)).toBe('https://github.com/o/r/blob/abc/k8s/my%20app.yaml#L7');
    expect(l.ruleUrl('../../evil')).toBeUndefined();
  });

  test('a local `uses: ./` has no action repository: docs in the reviewed repository', () => {
    const l = links({ serverUrl: 'https://ghe.example.com', repository: 'o/r', headSha: 'abc' });
    expect(l.ruleUrl('input/skipped')).toBe('https://ghe.example.com/o/r/blob/abc/docs/rules/input/skipped.md');
  });
});
