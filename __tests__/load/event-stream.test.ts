import { readFileSync } from 'node:fs';
import path from 'node:path';
import { MANIFEST_SCHEMA } from '../../src/load/cfn-schema.js';
import { passEvents, type PassOptions, type PositionEvents } from '../../src/load/event-pass.js';
import { documentByte, documentEvents, encodeEvents, type DocumentEvents } from '../../src/load/event-stream.js';
import { EVENT_ID, parseEvents } from '../../src/load/js-yaml.js';
import { loadFile } from '../../src/load/yaml.js';
import type { LoadedFile } from '../../src/load/types.js';
import { corpusFiles, describeWithCorpus } from '../helpers/corpus.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';

/** Every event of a reader as (type, style, key text, a, b, c); a collection's `b` (its POP) counted from `first`. */
function eventsOf(read: PositionEvents | DocumentEvents, first: number, last: number): unknown[][] {
  const out: unknown[][] = [];
  for (let i = first; i <= last; i++) {
    const type = read.type(i);
    const b = read.b(i);
    const collection = type === EVENT_ID.MAPPING || type === EVENT_ID.SEQUENCE;
    out.push([type, type === EVENT_ID.SCALAR ? read.style(i) : 0, read.keyText(i), read.a(i), collection && b >= 0 ? b - first : b, read.c(i)]);
  }
  return out;
}

/** Where each document's decoded events differ from the pass's packed ones ([] when none). */
function streamDifferences(text: string, options: PassOptions = {}): string[] {
  const pass = passEvents(parseEvents(text, { maxDepth: 100 }), text, MANIFEST_SCHEMA, options);
  const stream = encodeEvents(pass.positions);
  const problems: string[] = [];
  pass.spans.forEach(({ first, last }, k) => {
    const packed = eventsOf(pass.positions, first, last);
    const decoded = documentEvents(stream.bytes, documentByte(stream, first));
    if (decoded.count !== last - first + 1) problems.push(`document ${k}: ${decoded.count} events decoded of ${last - first + 1}`);
    const mine = eventsOf(decoded, 0, last - first);
    const at = mine.findIndex((event, i) => JSON.stringify(event) !== JSON.stringify(packed[i]));
    if (at >= 0) problems.push(`document ${k}, event ${at}: ${JSON.stringify(mine[at])} against ${JSON.stringify(packed[at])}`);
  });
  return problems;
}

const CASES: Record<string, string> = {
  plain: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: x:1\n',
  stream: 'a: 1\n---\nb: [x, y]\n---\n- 1\n- {c: d}\n...\n--- plain scalar\n',
  empty: 'a:\nb: ""\nc: []\nd: {}\ne:\n  -\n  - \n',
  anchors: 'base: &b {cpu: 1}\nother: *b\nlist: &l [1, 2]\nagain: *l\nscalar: &s text\nref: *s\n',
  tags: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Name: !Ref Env\n    Sub: !Sub "${A}-b"\n    List: !GetAZs ""\n',
  styles: 'a: \'single\'\nb: "double\\n"\nc: |\n  literal\n  block\nd: >-\n  folded\n  block\n"quoted key": v\n? complex\n: value\n',
  flow: '{a: [1, 2, {b: c}], d: e}\n',
  long: `a: ${'x'.repeat(5000)}\nb:\n${Array.from({ length: 300 }, (_, k) => `  k${k}: ${'v'.repeat(k % 50)}`).join('\n')}\n`,
  unicode: 'name: "ünïcödé ✓"\nother: 日本語\nemoji: "😀 x"\n',
  crlf: 'a: 1\r\nb:\r\n  - c\r\n',
};

describe('the event stream a loaded chunk keeps', () => {
  test.each(Object.entries(CASES))('decodes every document of %s to the packed events, in every layout', (_, text) => {
    expect(streamDifferences(text)).toEqual([]);
    expect(streamDifferences(text, { releasable: true })).toEqual([]);
    expect(streamDifferences(text, { wide: true })).toEqual([]);
    // Lengths and distances past 3 go to the packing's side table.
    expect(streamDifferences(text, { countLimit: 3 })).toEqual([]);
  });

  test('takes under 2 bytes an event on a plain manifest (the packed events took 4)', () => {
    const text = readFileSync(path.join(REPO_ROOT, 'examples', 'outage-2019', 'rails.yaml'), 'utf8');
    const pass = passEvents(parseEvents(text, {}), text, MANIFEST_SCHEMA, { releasable: true });
    const stream = encodeEvents(pass.positions);
    expect(stream.length).toBeLessThan(2 * pass.positions.count);
  });

  test('the last document decoded is kept, and another one decodes in its place', () => {
    const text = CASES.stream ?? '';
    const pass = passEvents(parseEvents(text, {}), text, MANIFEST_SCHEMA);
    const stream = encodeEvents(pass.positions);
    const [first, second] = pass.spans;
    const one = eventsOf(documentEvents(stream.bytes, documentByte(stream, first?.first ?? 0)), 0, (first?.last ?? 0) - (first?.first ?? 0));
    const two = eventsOf(documentEvents(stream.bytes, documentByte(stream, second?.first ?? 0)), 0, (second?.last ?? 0) - (second?.first ?? 0));
    expect(two).not.toEqual(one);
    expect(eventsOf(documentEvents(stream.bytes, documentByte(stream, first?.first ?? 0)), 0, one.length - 1)).toEqual(one);
  });

  test('loaded files hold under 2 bytes of array buffers an event (the packed events held 3.7)', () => {
    // 2,000 distinct files of a ~60-event manifest: pages fill, and the whole load is counted.
    const text = (k: number) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc-${k}\n  namespace: team-${k % 40}\n  labels:\n    app: svc-${k}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: svc-${k}\n  template:\n    metadata:\n      labels:\n        app: svc-${k}\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/team/svc-${k}:1.0.${k % 9}\n          ports:\n            - containerPort: 8080\n          resources:\n            requests:\n              cpu: 100m\n              memory: 640Mi\n            limits:\n              memory: 1280Mi\n`;
    const events = parseEvents(text(0), {}).length;
    const files: LoadedFile[] = [];
    const before = process.memoryUsage().arrayBuffers;
    for (let k = 0; k < 2000; k++) files.push(loadFile({ path: `f${k}.yaml`, text: text(k) }));
    const held = process.memoryUsage().arrayBuffers - before;
    expect(files[1999]?.documents[0]?.locate(['spec', 'template', 'spec', 'containers', 0, 'image']).start).toEqual({ line: 20, column: 11 });
    expect(held / (2000 * events)).toBeLessThan(2);
  });
});

describe('documents of a long stream', () => {
  test('each locates in its own events, a template among them', () => {
    const documents = Array.from({ length: 3000 }, (_, k) => (k === 7 ? 'kind: {{ .Values.kind }}\n' : `kind: Pod\nmetadata:\n  name: p${k}\n`));
    const file = loadFile({ path: 'many.yaml', text: documents.join('---\n') });
    expect(file.documents).toHaveLength(2999);
    // Read whole, not salvaged document by document: one chunk, the template a document of it.
    expect(file.findings.map((f) => f.message)).toEqual([expect.stringContaining('document 8 of 3000 is a Helm/Go template')]);
    let line = 1;
    const expected: number[] = [];
    documents.forEach((text, k) => {
      if (k !== 7) expected.push(line + 2);
      line += text.split('\n').length;
    });
    expect(file.documents.map((doc) => doc.locate(['metadata', 'name']).start.line)).toEqual(expected);
    expect(file.documents[2998]?.valueText(['metadata', 'name'])).toBe('p2999');
  });
});

describeWithCorpus('the event stream on every corpus file', () => {
  const files = corpusFiles(['yaml', 'yml', 'json']);

  test('decodes every document to the packed events, text kept or let go', () => {
    const mismatches: string[] = [];
    let decoded = 0;
    for (const file of files) {
      const raw = readFileSync(file, 'utf8');
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      try {
        parseEvents(text, { maxDepth: 100 });
      } catch {
        continue;
      }
      decoded++;
      for (const releasable of [false, true]) {
        for (const problem of streamDifferences(text, { releasable })) mismatches.push(`${file.slice(CORPUS.length + 1)}: ${problem}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(decoded).toBeGreaterThan(2500);
  });
});
