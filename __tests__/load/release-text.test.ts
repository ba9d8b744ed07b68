// A file loaded with `releaseText` lets its text go when nothing needs it after the load: its
// positions, keys and values' texts must read exactly as they do with the text kept.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MANIFEST_SCHEMA } from '../../src/load/cfn-schema.js';
import { KEY_TEXTS, passEvents, type PositionEvents } from '../../src/load/event-pass.js';
import { parseEvents } from '../../src/load/js-yaml.js';
import { LineIndex } from '../../src/load/lines.js';
import type { LoadedFile, PathSegment } from '../../src/load/types.js';
import { loadFile } from '../../src/load/yaml.js';
import { findSuppressions } from '../../src/engine/suppress.js';
import { loadTree, RELEASE_TEXTS_FROM_CHARS } from '../../src/engine/review.js';
import { LINE_BREAK_CASES } from '../helpers/line-breaks.js';
import { IGNORE_COMMENT } from '../../src/rules/suppressions.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { corpusFiles, describeWithCorpus } from '../helpers/corpus.js';

const RELEASE = { releaseText: true } as const;

/** Every path of a value, collections and scalars, depth first, and one past each sequence's end. */
function pathsOf(value: unknown, at: PathSegment[] = [], out: PathSegment[][] = [], limit = 2000): PathSegment[][] {
  if (out.length >= limit) return out;
  out.push(at);
  if (Array.isArray(value)) {
    value.forEach((item, i) => pathsOf(item, [...at, i], out, limit));
    out.push([...at, value.length]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...at, key], out, limit);
    out.push([...at, 'absent-key']);
  }
  return out;
}

/** What a reader of each document can ask, with the text kept and without it; the differences, by path. */
function differences(kept: LoadedFile, released: LoadedFile): string[] {
  const problems: string[] = [];
  if (kept.lineCount !== released.lineCount) problems.push(`lineCount ${kept.lineCount} ≠ ${released.lineCount}`);
  kept.documents.forEach((doc, i) => {
    const other = released.documents[i];
    if (!other) return void problems.push(`document ${i} missing`);
    for (const p of pathsOf(doc.value)) {
      const [a, b] = [JSON.stringify(doc.locate(p)), JSON.stringify(other.locate(p))];
      if (a !== b) problems.push(`${i} ${JSON.stringify(p)} locate ${a} ≠ ${b}`);
      // A collection's text is not told without the source (EventDocument.valueText): scalars only.
      const value = p.reduce<unknown>((v, s) => (v as Record<string, unknown> | undefined)?.[s as string], doc.value);
      if (value !== null && typeof value === 'object') continue;
      const [x, y] = [doc.valueText(p), other.valueText(p)];
      if (x !== y) problems.push(`${i} ${JSON.stringify(p)} valueText ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
    }
  });
  return problems;
}

/** Every string reachable from `root` through properties (class fields included, not #private ones). */
function reachableStrings(root: unknown): string[] {
  const seen = new Set<unknown>();
  const strings: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const at = stack.pop();
    if (typeof at === 'string') strings.push(at);
    if (at === null || (typeof at !== 'object' && typeof at !== 'function') || seen.has(at)) continue;
    seen.add(at);
    if (ArrayBuffer.isView(at)) continue;
    for (const key of Object.getOwnPropertyNames(at)) {
      const descriptor = Object.getOwnPropertyDescriptor(at, key);
      if (descriptor && 'value' in descriptor) stack.push(descriptor.value);
    }
  }
  return strings;
}

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: a-rather-long-deployment-name
  labels: { app: web, tier: front }
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: web
          image: registry.example.com/team/web:1.2.3
          resources:
            limits: { memory: 512Mi, cpu: 0.5 }
            requests:
              memory: 256Mi
          args: ["--flag", 'quoted', plain, 10, true, null, ""]
          env:
            - name: EMPTY
              value:
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
    - port: 80
      targetPort: 8080
`;

describe('a YAML file that lets its text go', () => {
  test('keeps no reference to its text, and answers every position and value text as with it', () => {
    const kept = loadFile({ path: 'a.yaml', text: MANIFEST });
    const released = loadFile({ path: 'a.yaml', text: MANIFEST }, undefined, RELEASE);
    expect(kept.text).toBe(MANIFEST);
    expect(released.text).toBeUndefined();
    expect(differences(kept, released)).toEqual([]);
    // Nothing the file holds is the text or a long piece of it (the longest scalar is 35 characters).
    const longest = Math.max(...reachableStrings(released).map((s) => s.length));
    expect(longest).toBeLessThan(40);
    expect(Math.max(...reachableStrings(kept).map((s) => s.length))).toBe(MANIFEST.length);
    // Keys are read from the shared table: both documents' first key is there once.
    expect(KEY_TEXTS.filter((k) => k === 'apiVersion')).toHaveLength(1);
  });

  test('its keys, packed by their place in KEY_TEXTS, read back as the same events (style, offsets, lengths)', () => {
    const events = parseEvents(MANIFEST, {});
    const read = (p: PositionEvents): number[][] => Array.from({ length: p.count }, (_, i) => [p.type(i), p.style(i), p.a(i), p.b(i), p.c(i)]);
    // Each read before the next pass, which reuses the packed array.
    const kept = passEvents(events, MANIFEST, MANIFEST_SCHEMA);
    const keptEvents = read(kept.positions);
    const keptPacked = Array.from(kept.positions.packed);
    expect(kept.positions.keyText(2)).toBeUndefined();
    const released = passEvents(events, MANIFEST, MANIFEST_SCHEMA, { releasable: true });
    expect(kept.needsText).toBe(true);
    expect(released.needsText).toBe(false);
    expect(read(released.positions)).toEqual(keptEvents);
    // Not the same packing: the keys' counts are their places in KEY_TEXTS.
    expect(Array.from(released.positions.packed)).not.toEqual(keptPacked);
    expect(released.positions.keyText(2)).toBe('apiVersion');
  });

  test.each([
    ['a suppression comment', `kind: ConfigMap # ${IGNORE_COMMENT} removed-api\nmetadata: { name: a }\n`, 'a.yaml'],
    ['a block scalar', 'kind: Pod\nmetadata:\n  annotations:\n    note: |\n      two\n      lines\n', 'a.yaml'],
    ['a number not written as JavaScript writes it', 'kind: Pod\nspec:\n  replicas: 0x10\n', 'a.yaml'],
    ['a float with a trailing zero', 'kind: Pod\nversion: 1.30\n', 'a.yaml'],
    ['an anchor and an alias', 'a: &x 1\nb: *x\n', 'a.yaml'],
    ['a tag', 'a: !Ref Thing\n', 'a.yaml'],
    ['a quoted key', '"a": 1\n', 'a.yaml'],
    ['an escaped string', 'a: "x\\ty"\n', 'a.yaml'],
    ['an identity-only document (read whole again by Kustomize)', 'kind: ConfigMap\nmetadata: { name: a }\ndata: { k: v }\n', 'a.yaml'],
    ['a chart', 'apiVersion: v2\nname: chart\n', 'chart/Chart.yaml'],
    ['a syntax error', 'a: [\n---\nb: 1\n', 'a.yaml'],
  ])('keeps its text when it has %s', (_, text, path) => {
    const identityOnly = { kinds: new Set(['ConfigMap']), fields: new Set(['kind', 'metadata']) };
    const released = loadFile({ path, text }, undefined, { ...RELEASE, identityOnly });
    expect(released.text).toBe(text);
    expect(differences(loadFile({ path, text }, undefined, { identityOnly }), released)).toEqual([]);
  });

  test('a tree loaded for a review lets the texts go, and its suppressions are found as with them', () => {
    const files = [
      { path: 'plain.yaml', text: MANIFEST },
      {
        path: 'suppressed.yaml',
        text: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: s\n  annotations:\n    manifest-review.io/ignore: memory-budget -- annotated\nspec:\n  replicas: 1 # ${IGNORE_COMMENT} memory-budget -- on the line\n  # ${IGNORE_COMMENT} version-skew -- the next line\n  template:\n    metadata:\n      annotations:\n        note: "# ${IGNORE_COMMENT} inside a string"\n`,
      },
    ];
    const tree = loadTree(files, [], undefined, { releaseTextsFromChars: 0 });
    const byPath = new Map(tree.files.map((f) => [f.path, f]));
    expect(byPath.get('plain.yaml')?.text).toBeUndefined();
    expect(byPath.get('suppressed.yaml')?.text).toBe(files[1]?.text);
    const kept = files.map((f) => loadFile(f));
    const found = findSuppressions(tree.files, tree.model.manifests);
    expect(found).toEqual(findSuppressions(kept, tree.model.manifests));
    expect(found.map((s) => [s.kind, s.covers.fromLine, s.targets])).toEqual([
      ['annotation', 1, ['memory-budget']],
      ['comment', 8, ['memory-budget']],
      ['comment', 10, ['version-skew']],
    ]);
  });
});

test('a full review consumes the sources it collected: the texts its files let go are left empty', () => {
  const sources = [
    { path: 'plain.yaml', text: MANIFEST },
    { path: 'marked.yaml', text: `kind: Pod # ${IGNORE_COMMENT} removed-api\nmetadata: { name: p }\n` },
  ];
  const copies = sources.map((s) => ({ ...s }));
  loadTree(copies, [], undefined, { releaseAsRead: true, releaseTextsFromChars: 0 });
  expect(copies.map((s) => s.text)).toEqual(sources.map((s) => s.text));
  const tree = loadTree(copies, [], undefined, { releaseAsRead: true, consumeSources: true, releaseTextsFromChars: 0 });
  expect(copies.map((s) => s.text)).toEqual(['', sources[1]?.text]);
  expect(tree.files.map((f) => f.text)).toEqual([undefined, sources[1]?.text]);
});

test('a tree smaller than RELEASE_TEXTS_FROM_CHARS keeps its texts', () => {
  const sources = [{ path: 'plain.yaml', text: MANIFEST }];
  const copies = sources.map((s) => ({ ...s }));
  const tree = loadTree(copies, [], undefined, { releaseAsRead: true, consumeSources: true });
  expect(MANIFEST.length).toBeLessThan(RELEASE_TEXTS_FROM_CHARS);
  expect(copies.map((s) => s.text)).toEqual(sources.map((s) => s.text));
  expect(tree.files.map((f) => f.text)).toEqual([MANIFEST]);
  const released = loadTree(
    sources.map((s) => ({ ...s })),
    [],
    undefined,
    { releaseTextsFromChars: MANIFEST.length },
  );
  expect(released.files.map((f) => f.text)).toEqual([undefined]);
});

describe('LineIndex without its text', () => {
  const texts: Record<string, string> = {
    ...LINE_BREAK_CASES,
    'lines of 127, 128 and 20,000 characters': `${'x'.repeat(126)}\n${'y'.repeat(127)}\n${'z'.repeat(19_999)}\nend`,
    'a long text (a table once asked)': 'key: value\n'.repeat(3000),
  };
  test.each(Object.entries(texts))('%s: every position and the line count, in order and out of order', (_, text) => {
    const offsets = Array.from({ length: text.length + 1 }, (__, i) => i);
    const reference = new LineIndex(text);
    const want = offsets.map((o) => reference.position(o));
    const lines = new LineIndex(text);
    lines.dropText();
    expect(lines.lineCount).toBe(new LineIndex(text).lineCount);
    // Each index answers the first positions by counting, then from a table: both are checked.
    expect(offsets.map((o) => lines.position(o))).toEqual(want);
    const shuffled = new LineIndex(text);
    shuffled.dropText();
    const order = [...offsets].reverse();
    expect(order.map((o) => shuffled.position(o))).toEqual(order.map((o) => want[o]));
    expect(reachableStrings(lines).some((s) => s.length > 0)).toBe(false);
  });
});

describeWithCorpus('every corpus file loaded without its text reads as with it', () => {
  test('positions and value texts of every path (up to 2,000 a file)', () => {
    const files = corpusFiles(['yaml', 'yml']);
    const problems: string[] = [];
    let dropped = 0;
    for (const file of files) {
      const source = { path: file.slice(CORPUS.length + 1), text: readFileSync(file, 'utf8') };
      const released = loadFile(source, undefined, RELEASE);
      if (released.text !== undefined) continue;
      dropped++;
      for (const problem of differences(loadFile(source), released).slice(0, 3)) problems.push(`${source.path}: ${problem}`);
    }
    expect(problems).toEqual([]);
    // Most corpus files let their text go, or this compares little.
    expect(dropped).toBeGreaterThan(files.length / 2);
  });
});

test('the examples, as a review loads them, keep no text but those that mention the marker', () => {
  const files = execFileSync('git', ['ls-files', 'examples/*.yaml', 'examples/**/*.yaml'], { cwd: REPO_ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((p) => ({ path: p, text: readFileSync(`${REPO_ROOT}/${p}`, 'utf8') }));
  expect(files.length).toBeGreaterThan(10);
  for (const f of files) {
    const released = loadFile(f, undefined, RELEASE);
    expect(differences(loadFile(f), released)).toEqual([]);
  }
});
