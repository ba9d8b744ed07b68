import { readFileSync } from 'node:fs';
import path from 'node:path';
import { API_LIFECYCLE } from '../../../src/data/api-lifecycle.js';
import { EKS_VERSIONS } from '../../../src/data/eks-versions.js';
import { DATA } from '../../helpers/paths.js';

/** The data/ tables: RFC 4180 without quoted cells (checked), empty cell = none. */
function readCsv(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(DATA, file), 'utf8');
  expect(text).not.toContain('"');
  const [header, ...rows] = text.split('\n').filter((l) => l.trim() !== '');
  const columns = (header ?? '').split(',');
  return rows.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], cell])));
}

const orNothing = (cell: string | undefined): string | undefined => (cell === '' ? undefined : cell);

describe('src/data tables match data/ (regenerate with npm run data:generate)', () => {
  test('eks-versions.ts equals eks-versions.csv row for row', () => {
    const expected = readCsv('eks-versions.csv').map((r) => ({
      version: r['version'],
      upstreamRelease: r['upstream_release'],
      eksRelease: r['eks_release'],
      endOfStandardSupport: r['end_of_standard_support'],
      endOfExtendedSupport: orNothing(r['end_of_extended_support']),
      sourceQuality: r['source_quality'],
    }));
    expect([...EKS_VERSIONS]).toEqual(expected);
    expect(EKS_VERSIONS.length).toBe(27);
  });

  test('api-lifecycle.ts equals deprecated-apis.csv plus api-lifecycle-additions.csv row for row, sorted', () => {
    const key = (r: Record<string, string | undefined>) => `${r['api_version']} ${r['kind']}`;
    const rows = [...readCsv('deprecated-apis.csv'), ...readCsv('api-lifecycle-additions.csv')].sort((a, b) =>
      key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
    );
    const expected = rows.map((r) => ({
      apiVersion: r['api_version'],
      kind: r['kind'],
      deprecatedIn: orNothing(r['deprecated_in']),
      removedIn: r['removed_in'],
      replacementApi: orNothing(r['replacement_api']),
      replacementAvailableIn: orNothing(r['replacement_available_in']),
      source: r['source'],
    }));
    const actual = API_LIFECYCLE.map((row) => ({
      apiVersion: row.apiVersion,
      kind: row.kind,
      deprecatedIn: row.deprecatedIn,
      removedIn: row.removedIn,
      replacementApi: row.replacementApi,
      replacementAvailableIn: row.replacementAvailableIn,
      source: row.source,
    }));
    expect(actual).toEqual(expected);
    expect(API_LIFECYCLE.length).toBe(80 + 9);
    // The additions are what kubernetes/api's markers give beyond the upstream table, never a repeat.
    expect(new Set(rows.map(key)).size).toBe(rows.length);
  });
});
