import { readFileSync } from 'node:fs';
import path from 'node:path';
// The generator is plain ESM; the test runs it over data/ and compares with the committed modules.
import { renderVersionData } from '../../scripts/generate-version-data.mjs';
import { DATA, REPO_ROOT } from '../helpers/paths.js';

describe('generated version data', () => {
  test('src/data/eks-versions.ts and api-lifecycle.ts match a fresh generation from data/ (run npm run data:generate)', () => {
    const generated: Map<string, string> = renderVersionData(DATA);
    expect([...generated.keys()].sort()).toEqual(['src/data/api-lifecycle.ts', 'src/data/eks-versions.ts']);
    for (const [file, content] of generated) {
      expect(readFileSync(path.join(REPO_ROOT, file), 'utf8')).toBe(content);
    }
  });
});
