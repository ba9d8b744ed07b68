import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reviewChange } from '../../../src/engine/change.js';

const rule = 'input/incomplete';
let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'mr-incomplete-'));
  mkdirSync(path.join(root, 'k8s', 'production'), { recursive: true });
  writeFileSync(path.join(root, 'k8s', 'production', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const incomplete = (paths: string[], config?: string) => {
  if (config !== undefined) {
    mkdirSync(path.join(root, '.github'), { recursive: true });
    writeFileSync(path.join(root, '.github', 'manifest-review.yaml'), config);
  }
  try {
    return reviewChange({ cwd: root, paths }).findings.filter((f) => f.rule === rule);
  } finally {
    rmSync(path.join(root, '.github'), { recursive: true, force: true });
  }
};

describe('input/incomplete', () => {
  test('a paths entry that names nothing is an error naming the entry: the review did not see what it was asked to', () => {
    expect(incomplete(['k8s/prodution'])).toEqual([expect.objectContaining({ severity: 'error', path: 'k8s/prodution' })]);
  });

  test('the path as it exists gets none', () => {
    expect(incomplete(['k8s/production'])).toEqual([]);
  });

  test('the config cannot turn it off: an unfinished review must not pass as a clean one', () => {
    expect(incomplete(['k8s/prodution'], 'rules:\n  input/incomplete: off\n  input: off\n')).toHaveLength(1);
  });
});
