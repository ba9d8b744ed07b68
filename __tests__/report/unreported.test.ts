import type { Finding, Severity } from '../../src/findings.js';
import { unreportedSentence } from '../../src/report/unreported.js';

const finding = (severity: Severity, path = 'a.yaml'): Finding =>
  ({ rule: 'memory-budget/probe', severity, path, startLine: 1, endLine: 1, message: 'm' }) as Finding;

describe('what the filter left out, in one sentence', () => {
  const elsewhere = [finding('error', 'x.yaml'), finding('error', 'y.yaml'), finding('warning', 'y.yaml')];

  test('a clean change in a tree with findings says so, with the counts by severity', () => {
    expect(unreportedSentence([], elsewhere, 'changed')).toBe(
      'No findings in this change; 2 errors and 1 warning elsewhere in the tree are not reported (see `filter`).',
    );
    expect(unreportedSentence([], elsewhere.slice(0, 1), 'changed')).toBe(
      'No findings in this change; 1 error elsewhere in the tree is not reported (see `filter`).',
    );
  });

  test('with findings reported, only what was left out', () => {
    const reported = [finding('notice')];
    expect(unreportedSentence(reported, [...reported, ...elsewhere], 'changed')).toBe(
      '2 errors and 1 warning elsewhere in the tree are not reported (see `filter`).',
    );
  });

  test('`new` leaves out what the base already had', () => {
    expect(unreportedSentence([], [finding('notice'), finding('warning'), finding('error')], 'new')).toBe(
      'No new findings in this change; 1 error, 1 warning and 1 notice that the base already had are not reported (see `filter`).',
    );
  });

  test('when only what the change can affect was computed, the sentence says the rest was not', () => {
    expect(unreportedSentence([], elsewhere, 'changed', false)).toBe(
      'No findings in this change; 2 errors and 1 warning elsewhere in the tree are not reported, and findings of what this change cannot affect were not computed (see `filter`).',
    );
    // Nothing computed beyond what is reported: still not a clean tree.
    expect(unreportedSentence([], [], 'changed', false)).toBe(
      'No findings in this change; findings of what this change cannot affect were not computed (see `filter`).',
    );
    expect(unreportedSentence(elsewhere, elsewhere, 'new', false)).toBe('Findings of what this change cannot affect were not computed (see `filter`).');
    expect(unreportedSentence([], elsewhere, 'all', false)).toBeUndefined();
  });

  test('nothing left out, or `all`: nothing to say', () => {
    expect(unreportedSentence(elsewhere, elsewhere, 'changed')).toBeUndefined();
    expect(unreportedSentence([], [], 'new')).toBeUndefined();
    expect(unreportedSentence([], elsewhere, 'all')).toBeUndefined();
  });
});
