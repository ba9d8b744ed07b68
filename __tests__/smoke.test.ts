import { loadFile } from '../src/load/yaml.js';

test('loads', () => {
  const f = loadFile({ path: 'a.yaml', text: 'a: 1\nb:\n  c: 2\n' });
  expect(f.documents[0]?.locate(['b', 'c']).start).toEqual({ line: 3, column: 3 });
});
