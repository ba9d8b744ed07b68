import { filterFindings, findingKey, newFindings } from '../../src/engine/filter.js';
import type { Finding } from '../../src/findings.js';

const finding = (over: Partial<Finding>): Finding => ({
  rule: 'version-skew/removed-api',
  severity: 'error',
  path: 'app/a.yaml',
  startLine: 1,
  endLine: 1,
  message: 'm',
  object: { kind: 'Deployment', name: 'web', namespace: 'shop' },
  ...over,
});

describe('filterFindings', () => {
  test('a finding is matched by rule, path and object, not by line or message', () => {
    const base = [finding({ startLine: 3, message: 'served until 1.21' })];
    const moved = finding({ startLine: 40, endLine: 40, message: 'served until 1.22' });
    expect(newFindings([moved], base)).toEqual([]);
    expect(findingKey(moved)).toBe(findingKey(base[0]!));
    expect(newFindings([finding({ rule: 'version-skew/deprecated-api' })], base)).toHaveLength(1);
    expect(newFindings([finding({ path: 'app/b.yaml' })], base)).toHaveLength(1);
    expect(newFindings([finding({ object: { kind: 'Deployment', name: 'web', namespace: 'other' } })], base)).toHaveLength(1);
    expect(newFindings([finding({ object: { kind: 'Deployment', name: 'api', namespace: 'shop' } })], base)).toHaveLength(1);
  });

  test('several findings of one rule on one object are paired one to one, unchanged messages first', () => {
    const base = [finding({ message: 'container a' })];
    const head = [finding({ message: 'container b', startLine: 5 }), finding({ message: 'container a', startLine: 9 })];
    expect(newFindings(head, base)).toEqual([head[0]]);
    expect(newFindings([finding({}), finding({})], [finding({})])).toHaveLength(1);
  });

  test('modes: new, changed (new + files touched), all', () => {
    const oldInTouched = finding({ path: 'touched.yaml', message: 'old' });
    const oldElsewhere = finding({ path: 'untouched.yaml', message: 'old' });
    const newElsewhere = finding({ path: 'untouched.yaml', rule: 'version-skew/deprecated-api' });
    const head = [oldInTouched, oldElsewhere, newElsewhere];
    const base = [oldInTouched, oldElsewhere].map((f) => ({ ...f }));
    const changed = new Set(['touched.yaml']);
    expect(filterFindings(head, base, 'new', changed)).toEqual([newElsewhere]);
    expect(filterFindings(head, base, 'changed', changed)).toEqual([oldInTouched, newElsewhere]);
    expect(filterFindings(head, base, 'all', changed)).toEqual(head);
  });

  test('findings without an object (input problems) match by rule and path', () => {
    const withoutObject: Finding = { rule: 'input/skipped', severity: 'notice', path: 'big.yaml', startLine: 1, endLine: 1, message: 'too large' };
    expect(newFindings([withoutObject], [{ ...withoutObject, message: 'other' }])).toEqual([]);
    expect(newFindings([withoutObject], [{ ...withoutObject, path: 'other.yaml' }])).toEqual([withoutObject]);
  });
});
