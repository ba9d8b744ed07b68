/**
 * What the review keeps of a built object's tree: the frozen form answers every path as the
 * build's own form (`getIn`, `deciding`) does.
 */
import { clone, deciding, FrozenTree, getIn, plain, scalar, track, unreadValue, type Origin, type TNode } from '../../../src/load/kustomize/tracked.js';
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

describe("a document's value left unread", () => {
  const RESOURCES = `resources:\n  requests: {memory: 1Gi, cpu: 250m}\n  limits: {memory: 2Gi}\n`;

  /** A base whose container's requests and limits an overlay replaced with its own; `read` makes every node of the tree. */
  function withOverlayBlock(read: boolean): TNode {
    const base = docOf('base/web.yaml', BASE);
    const patch = docOf('overlay/resources.yaml', RESOURCES);
    const tree = clone(track(base.value, { doc: base, path: [] }));
    const block = getIn(track(patch.value, { doc: patch, path: [] }), 'resources');
    const resources = getIn(tree, 'spec', 'template', 'spec', 'containers', 0, 'resources');
    if (resources?.t !== 'map' || !block) throw new Error('no resources');
    for (const key of ['requests', 'limits']) resources.entries.set(key, getIn(block, key) as TNode);
    if (read) pathsOf(tree);
    return tree;
  }

  test('is not made into tracked nodes, and a copy shares it', () => {
    const base = docOf('base/web.yaml', BASE);
    const tree = track(base.value, { doc: base, path: [] });
    const metadata = (base.value as { metadata: unknown }).metadata;
    expect(unreadValue(tree)).toBe(base.value);
    expect(unreadValue(clone(tree))).toBe(base.value);
    // Reading the root makes its entries only; what is under them stays the document's.
    expect(unreadValue(getIn(tree, 'metadata') as TNode)).toBe(metadata);
    expect(unreadValue(tree)).toBeUndefined();
    expect(plain(tree)).toEqual(base.value);
  });

  test("gives the document's own objects where nothing was made, new ones where something was", () => {
    const base = docOf('base/web.yaml', BASE);
    const value = base.value as { metadata: object; spec: { template: { spec: { containers: object[]; nodeSelector: object } } } };
    const tree = clone(track(base.value, { doc: base, path: [] }));
    const selector = getIn(tree, 'spec', 'template', 'spec', 'nodeSelector');
    if (selector?.t !== 'map') throw new Error('no nodeSelector');
    selector.entries.set('pool', scalar('memory', selector.origin));
    const built = plain(tree) as typeof value;
    // The release of a built value replaces its root's fields (src/model/release.ts): the root is never the document's.
    expect(built).not.toBe(base.value);
    expect(built.spec.template.spec.nodeSelector).not.toBe(value.spec.template.spec.nodeSelector);
    expect(built.spec.template.spec.nodeSelector).toEqual({ pool: 'memory' });
    expect(built.metadata).toBe(value.metadata);
    expect(built.spec.template.spec.containers).toBe(value.spec.template.spec.containers);
    expect(value.spec.template.spec.nodeSelector).toEqual({ pool: 'general' });
  });

  test('numbers each node read by its place in document order, the last child of each map and list too', () => {
    const base = docOf('base/web.yaml', BASE);
    const tree = track(base.value, { doc: base, path: [] });
    const seqs: number[] = [];
    const visit = (node: TNode): void => {
      seqs.push(node.seq);
      if (node.t === 'map') node.entries.forEach(visit);
      else if (node.t === 'list') node.items.forEach(visit);
    };
    visit(tree);
    expect(seqs).toEqual(seqs.map((_, i) => tree.seq + i));
    // The next tree read is numbered after every node of this one.
    expect(track(base.value, { doc: base, path: [] }).seq).toBe(tree.seq + seqs.length);
  });

  test('freezes, numbers and decides as the same tree made node by node', () => {
    const lazy = new FrozenTree(withOverlayBlock(false));
    const eager = withOverlayBlock(true);
    const frozenEager = new FrozenTree(eager);
    for (const path of pathsOf(eager)) {
      const [a, b] = [lazy.deciding(path), frozenEager.deciding(path)];
      expect({ path, at: lazy.origin(a).path, doc: lazy.origin(a).doc.path }).toEqual({
        path,
        at: frozenEager.origin(b).path,
        doc: frozenEager.origin(b).doc.path,
      });
      expect(lazy.origin(a).path).toEqual(deciding(eager, path).origin.path);
    }
    // The base's block the overlay rewrote is decided by the overlay's last written line: numbered in its order though never read.
    const resources = ['spec', 'template', 'spec', 'containers', 0, 'resources'];
    expect(lazy.origin(lazy.deciding(resources)).path).toEqual(['resources', 'limits', 'memory']);
  });
});
