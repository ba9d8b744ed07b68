/**
 * What the review keeps of a built object's tree: the frozen form answers every path as the
 * build's own form (`getIn`, `deciding`) does.
 */
import { clone, deciding, FrozenTree, getIn, scalar, track, type Origin, type TNode } from '../../../src/load/kustomize/tracked.js';
import type { PathSegment } from '../../../src/load/types.js';
import { loadFile } from '../../../src/load/yaml.js';

const docOf = (path: string, text: string) => {
  const doc = loadFile({ path, text }).documents[0];
  if (!doc) throw new Error(`no document in ${path}`);
  return doc;
};

const BASE = `kind: Deployment
metadata: {name: web, labels: {app: web}}
spec:
  template:
    spec:
      containers:
        - name: app
          resources: {requests: {memory: 512Mi}, limits: {memory: 1Gi}}
          args: [--a, --b]
      nodeSelector: {pool: general}
      affinity: {nodeAffinity: {required: [{key: zone, values: [a, b]}]}}
`;

/** A base and what an overlay changed in it: later words from another document, as patches leave them. */
function builtTree(): TNode {
  const base = docOf('base/web.yaml', BASE);
  const overlay: Origin = { doc: docOf('overlay/patch.yaml', 'spec: {}\n'), path: ['spec'] };
  const tree = clone(track(base.value, { doc: base, path: [] }));
  const container = getIn(tree, 'spec', 'template', 'spec', 'containers', 0);
  const limits = getIn(container, 'resources', 'limits');
  if (limits?.t !== 'map') throw new Error('no limits');
  limits.entries.set('memory', scalar('2Gi', overlay));
  const selector = getIn(tree, 'spec', 'template', 'spec', 'nodeSelector');
  if (selector?.t !== 'map') throw new Error('no nodeSelector');
  selector.entries.set('pool', scalar('memory', overlay));
  selector.entries.set('zone', scalar('a', overlay));
  // An element put before the base's: theirs are no longer at the place they were written.
  const args = getIn(container, 'args');
  if (args?.t !== 'list') throw new Error('no args');
  args.items.unshift(scalar('--first', overlay));
  return tree;
}

function pathsOf(node: TNode, at: PathSegment[] = []): PathSegment[][] {
  const below =
    node.t === 'map'
      ? [...node.entries].flatMap(([k, v]) => pathsOf(v, [...at, k]))
      : node.t === 'list'
        ? node.items.flatMap((v, i) => pathsOf(v, [...at, i]))
        : [];
  return [at, ...below];
}

describe('FrozenTree', () => {
  const tree = builtTree();
  const frozen = new FrozenTree(tree);
  // Every path there is, and paths that go past a leaf, into a missing key, or past a list's end.
  const asked: PathSegment[][] = [
    ...pathsOf(tree),
    ...pathsOf(tree).flatMap((p) => [
      [...p, 'missing'],
      [...p, 0],
      [...p, 7],
      [...p, -1],
      [...p, 0.5],
      [...p, 'name'],
    ]),
  ];

  test('finds the node getIn finds, with its origin and value, at every path', () => {
    for (const path of asked) {
      const expected = getIn(tree, ...path);
      const found = frozen.find(path);
      expect({ path, found: found >= 0 }).toEqual({ path, found: expected !== undefined });
      if (!expected) continue;
      expect(frozen.origin(found).doc).toBe(expected.origin.doc);
      expect(frozen.origin(found).path).toEqual(expected.origin.path);
      expect(frozen.isScalar(found)).toBe(expected.t === 'scalar');
      expect(frozen.value(found)).toBe(expected.t === 'scalar' ? expected.value : null);
    }
  });

  test('the deciding node is the one deciding picks: the latest other file inside an anonymous block, the element where it was written', () => {
    for (const path of asked) {
      const origin = frozen.origin(frozen.deciding(path));
      const expected = deciding(tree, path).origin;
      expect({ path, doc: origin.doc.path, at: origin.path, same: origin.doc === expected.doc }).toEqual({
        path,
        doc: expected.doc.path,
        at: expected.path,
        same: true,
      });
    }
    // The overlay's later word decides the nodeSelector block, the base's line the named container.
    expect(frozen.origin(frozen.deciding(['spec', 'template', 'spec', 'nodeSelector'])).doc.path).toBe('overlay/patch.yaml');
    expect(frozen.origin(frozen.deciding(['spec', 'template', 'spec', 'containers', 0])).doc.path).toBe('base/web.yaml');
    expect(frozen.origin(frozen.find(['spec', 'template', 'spec', 'containers', 0, 'args', 2])).path).toEqual([
      'spec',
      'template',
      'spec',
      'containers',
      0,
      'args',
      1,
    ]);
  });
});
