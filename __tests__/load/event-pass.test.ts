import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { MANIFEST_SCHEMA } from '../../src/load/cfn-schema.js';
import { constructSlow, passEvents, type PositionEvents } from '../../src/load/event-pass.js';
import { constructFromEvents, CORE_SCHEMA, EVENT_ID, parseEvents, type Event } from '../../src/load/js-yaml.js';
import jsYaml from '../../src/load/js-yaml-commonjs.cjs';
import { loadFile } from '../../src/load/yaml.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { corpusFiles, describeWithCorpus } from '../helpers/corpus.js';
import { referencePackEvents, referenceScanDocuments, referenceTemplateOffset } from './reference-events.js';

const MAX_ALIASES = 10_000;

/** js-yaml's own answer for a chunk: every document's value, or the error it throws. */
function jsYamlValues(events: Event[], text: string): unknown[] | Error {
  try {
    return constructFromEvents(events, { source: text, schema: MANIFEST_SCHEMA, maxAliases: MAX_ALIASES, json: false });
  } catch (error) {
    return error as Error;
  }
}

/** The pass's answer for the same chunk, as the loader takes it (the slow documents built by js-yaml). */
function passValues(events: Event[], text: string): { values: unknown[] | Error; fast: number; total: number } {
  const pass = passEvents(events, text, MANIFEST_SCHEMA);
  const fast = pass.spans.length - pass.slow.length;
  try {
    constructSlow(events, text, pass, { schema: MANIFEST_SCHEMA, maxAliases: MAX_ALIASES, json: false });
    return { values: pass.values, fast, total: pass.spans.length };
  } catch (error) {
    return { values: error as Error, fast, total: pass.spans.length };
  }
}

/** The four numbers an event meant before the packing shrank to two (the reference's form). */
function unpacked(positions: PositionEvents): number[] {
  const out: number[] = [];
  for (let i = 0; i < positions.count; i++) {
    const type = positions.type(i);
    out.push(type === EVENT_ID.SCALAR ? type | (positions.style(i) << 3) : type, positions.a(i), positions.b(i), positions.c(i));
  }
  return out;
}

/** Same values, same key order (JSON output depends on it), same errors (reason and position). */
function differences(text: string, countLimit?: number, wide?: boolean): string[] {
  const events = parseEvents(text, { maxDepth: 100 });
  const problems: string[] = [];
  const pass = passEvents(events, text, MANIFEST_SCHEMA, { ...(countLimit !== undefined ? { countLimit } : {}), ...(wide ? { wide } : {}) });
  const packed = referencePackEvents(events);
  if (!isDeepStrictEqual(unpacked(pass.positions), Array.from(packed))) problems.push('packed positions differ');
  const spans = referenceScanDocuments(events, text);
  const mine = pass.spans.map(({ first, last, expandedNodes, aliases }) => ({ first, last, expandedNodes, aliases }));
  if (!isDeepStrictEqual(mine, spans)) problems.push('document spans differ');
  const templates = spans.map((span) => (text.includes('{{') ? referenceTemplateOffset(events, span, text) : -1));
  if (
    !isDeepStrictEqual(
      pass.spans.map((s) => s.templateAt),
      templates,
    )
  )
    problems.push('template offsets differ');
  const expected = jsYamlValues(events, text);
  const { values: actual } = passValues(events, text);
  if (expected instanceof Error || actual instanceof Error) {
    const describe = (v: unknown[] | Error) =>
      v instanceof Error ? `${(v as { reason?: string }).reason} @${(v as { mark?: { position?: number } }).mark?.position}` : 'values';
    if (describe(expected) !== describe(actual)) problems.push(`js-yaml: ${describe(expected)}, pass: ${describe(actual)}`);
  } else if (!isDeepStrictEqual(actual, expected) || JSON.stringify(actual) !== JSON.stringify(expected)) {
    problems.push('values differ');
  }
  return problems;
}

describeWithCorpus('the one-pass loader against js-yaml on every corpus file', () => {
  const files = corpusFiles(['yaml', 'yml', 'json']);

  test('values, errors, packed positions, document spans and template offsets equal the old walks', () => {
    const mismatches: string[] = [];
    let parsed = 0;
    let documents = 0;
    let fastDocuments = 0;
    for (const file of files) {
      const raw = readFileSync(file, 'utf8');
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      let events: Event[];
      try {
        events = parseEvents(text, { maxDepth: 100 });
      } catch {
        continue; // the repair and salvage paths parse again and meet the same pass (unit tests below)
      }
      parsed++;
      const { fast, total } = passValues(events, text);
      documents += total;
      fastDocuments += fast;
      for (const problem of differences(text)) mismatches.push(`${file.slice(CORPUS.length + 1)}: ${problem}`);
    }
    expect(mismatches).toEqual([]);
    expect(parsed).toBeGreaterThan(2500);
    // The fast path must carry the corpus, or this test compares js-yaml with itself.
    expect(fastDocuments / documents).toBeGreaterThan(0.85);
  });
});

describe('the one-pass loader on the cases it special-cases', () => {
  const cases: Record<string, string> = {
    'plain scalars of every core type':
      'a: 1\nb: -2\nc: 0x1f\nd: 0o17\ne: 1.5\nf: .inf\ng: -.Inf\nh: .nan\ni: true\nj: False\nk: null\nl: ~\nm:\nn: 1e3\no: +12\np: "12"\nq: \'true\'\nr: 1_000\ns: 0b11\nt: 2026-01-01\n',
    'non-ASCII and odd first characters': 'ä: ü\n"€": 1\n✓: yes\n-x: -y\n.a: .5.\n<a: <\n',
    'keys that are not strings': '1: a\ntrue: b\nnull: c\n1.5: d\n~: e\n',
    'a key given twice as different spellings': '1: a\n"1": b\n',
    'a key given twice': 'a: 1\nb: 2\na: 3\n',
    'a CloudFormation key given twice': 'Resources:\n  A:\n    Type: X\n  A:\n    Type: Y\n',
    'keys named like Object.prototype members': 'constructor: 1\ntoString: {a: 1}\nhasOwnProperty: x\nvalueOf: null\n',
    'an Object.prototype member name given twice': 'constructor: 1\nconstructor: 2\n',
    '__proto__ as a key': '__proto__: {a: 1}\nb: 2\n',
    'merge keys': 'base: &b {x: 1, y: 2}\nderived:\n  <<: *b\n  y: 3\n',
    'a merge list': 'a: &a {x: 1}\nb: &b {y: 2}\nc:\n  <<: [*a, *b]\n',
    '<< as a value and a quoted key': 'a: <<\n"<<": 1\n',
    'anchors and aliases': 'a: &x hello\nb: *x\nc: &y [1, 2]\nd: *y\n',
    'an unknown alias': 'a: *nope\n',
    'CloudFormation short tags':
      'Resources:\n  B:\n    Properties:\n      Name: !Sub "${AWS::StackName}-b"\n      Arn: !GetAtt Role.Arn\n      List: !Join [",", [a, b]]\n      If: !If [C, {a: 1}, !Ref AWS::NoValue]\n',
    'local tags and YAML 1.1 tags': 'a: !vault secret\nb: !!binary aGk=\nc: !!str 12\nd: !!int "7"\ne: !custom {x: 1}\nf: !!timestamp 2026-01-01\n',
    'a bad explicit tag': 'a: !!int nope\n',
    'complex keys': '? [a, b]\n: 1\n',
    'a flow mapping as a key': '{a: 1}: 2\n',
    'empty documents and empty values': '---\n---\na:\nb: []\nc: {}\nd:\n  -\n  - \n---\n# only a comment\n',
    'a stream with one slow document in the middle': 'a: 1\n---\nb: &x 2\nc: *x\n---\nd: 3\n',
    'a template action read as structure': 'a: 1\n---\nname: {{ .Release.Name }}\n---\nb: "{{ not structure }}"\n',
    'template-looking flow mappings': 'a: {{x: 1}: 2}\n',
    'CRLF line endings': 'a: 1\r\nb:\r\n  - x\r\n  - "y\r\n    z"\r\nc: |\r\n  line\r\n',
    'block scalars': 'a: |\n  one\n  two\nb: >-\n  folded\n  text\n\nc: |+\n  keep\n\n',
    'multi-line plain and quoted scalars': "a: one\n  two\nb: \"x\\ty\n  z\"\nc: 'it''s'\n",
    'deep nesting': `${'a:\n'.split('').join('')}${Array.from({ length: 50 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n')} end\n`,
    'a JSON document': '{"a": [1, 2.5, true, null, "x"], "b": {"c": "d"}}',
    'an alias to a collection with an anchor on a key': '&k a: 1\nb: *k\n',
    'an anchored empty value': 'a: &e\nb: *e\n',
    'a directive and a tag handle': '%TAG !e! tag:example.com,2000:\n---\na: !e!thing x\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    test(name, () => {
      expect(differences(text)).toEqual([]);
    });
  }

  test('a plain manifest packs every event in one number, with nothing in the side table', () => {
    const text = readFileSync(path.join(REPO_ROOT, 'examples', 'outage-2019', 'rails.yaml'), 'utf8');
    const events = parseEvents(text, {});
    const pass = passEvents(events, text, MANIFEST_SCHEMA);
    expect(pass.positions.slots).toBe(1);
    expect(pass.positions.packed.length).toBe(events.length);
    expect(pass.positions.side.length).toBe(0);
    // Read before the next pass, which reuses the array.
    const narrow = unpacked(pass.positions);
    // The wide layout reads back the same four numbers an event.
    const wide = passEvents(events, text, MANIFEST_SCHEMA, { wide: true }).positions;
    expect(wide.slots).toBe(2);
    expect(wide.packed.length).toBe(2 * events.length);
    expect(narrow).toEqual(unpacked(wide));
  });

  test('the wide layout equals the old walks on the special cases, and with a small count limit', () => {
    for (const text of Object.values(cases)) {
      expect(differences(text, undefined, true)).toEqual([]);
      expect(differences(text, 3, true)).toEqual([]);
    }
  });

  test('short scalars read from a shared cache equal their text, through collisions and across chunks', () => {
    // More distinct short strings than the cache holds (4,096 slots), repeats near and far, lengths
    // 1 to 13 (13 is not cached), quoted and plain.
    const word = (k: number) => `w${(k * 7919) % 9973}`.slice(0, 1 + (k % 13)).padEnd(1 + (k % 13), 'x');
    const lines = Array.from({ length: 12_000 }, (_, k) => `k${k}: ${k % 3 === 0 ? `'${word(k + 1)}'` : word(k >> 1)}\n`);
    const text = lines.join('');
    // The fast path builds it (js-yaml would read every scalar itself).
    expect(passEvents(parseEvents(text, {}), text, MANIFEST_SCHEMA).slow).toEqual([]);
    expect(differences(text)).toEqual([]);
    expect(differences(lines.reverse().join(''))).toEqual([]);
    const first = loadFile({ path: 'a.yaml', text: 'kind: Deployment\nmetadata: {namespace: team-1}\n' });
    const second = loadFile({ path: 'b.yaml', text: 'kind: Deploymenu\nmetadata: {namespace: team-1x}\n' });
    expect(first.documents[0]?.value).toEqual({ kind: 'Deployment', metadata: { namespace: 'team-1' } });
    expect(second.documents[0]?.value).toEqual({ kind: 'Deploymenu', metadata: { namespace: 'team-1x' } });
  });

  test('passes reuse one array for their packed events; a large chunk gets a buffer of its own', () => {
    const texts = ['a: 1\nb: [x, y]\n', 'kind: Pod\nmetadata: {name: p}\n', 'c: &k {d: e}\nf: *k\n'];
    const buffers: ArrayBufferLike[] = [];
    for (const text of texts) {
      const pass = passEvents(parseEvents(text, {}), text, MANIFEST_SCHEMA);
      buffers.push(pass.positions.packed.buffer);
      // Each reads back what the reference packs of it, a longer one's leftovers cleared.
      expect(unpacked(pass.positions)).toEqual(Array.from(referencePackEvents(parseEvents(text, {}))));
    }
    expect(buffers[1]).toBe(buffers[0]);
    expect(buffers[2]).toBe(buffers[0]);
    const large = Array.from({ length: 90_000 }, (_, k) => `k${k}: v\n`).join('');
    const own = passEvents(parseEvents(large, {}), large, MANIFEST_SCHEMA).positions.packed;
    expect(own.buffer).not.toBe(buffers[0]);
    expect(own.byteOffset).toBe(0);
  });

  test('a chunk of 128 KiB or more is wide; a shorter one narrow, its long scalars in the side table', () => {
    // 2^16 + a little: 17 offset bits leave 8 for a count, the narrow layout's least.
    const item = (k: number) => `  k${k}: ${'v'.repeat(40)}\n`;
    const long = `long: ${'x'.repeat(300)}\n`;
    const body = (size: number) => {
      let text = `a:\n${long}`.replace('long', '  long');
      for (let k = 0; text.length < size; k++) text += item(k);
      return `${text}b: [1, 2]\n`;
    };
    const mid = body(70_000);
    const midPass = passEvents(parseEvents(mid, {}), mid, MANIFEST_SCHEMA);
    expect(midPass.positions.slots).toBe(1);
    // The 300-character scalar does not fit 8 bits of count; `a`'s and the root's distances to their POPs neither.
    expect(midPass.positions.side.length).toBe(3 * 4);
    expect(differences(mid)).toEqual([]);
    const big = body(140_000);
    const bigPass = passEvents(parseEvents(big, {}), big, MANIFEST_SCHEMA);
    expect(bigPass.positions.slots).toBe(2);
    expect(bigPass.positions.side.length).toBe(0);
    expect(differences(big)).toEqual([]);
  });

  test('lengths and distances too large for the packing go to the side table, out of event order too', () => {
    // With a limit of 3, most scalars, aliases and collections overflow; a collection closing
    // after anchored ones lands in the side table after them, which must be sorted back.
    for (const text of Object.values(cases)) expect(differences(text, 3)).toEqual([]);
    const text = 'outer:\n  a: &x [1, 2, 3]\n  b: *x\n  c: !Ref long-enough-value\nz: {k: v}\n';
    const events = parseEvents(text, {});
    const pass = passEvents(events, text, MANIFEST_SCHEMA, { countLimit: 3 });
    expect(pass.positions.side.length).toBeGreaterThan(8);
    // One number an event, whatever overflowed (the side table holds the rest).
    expect(pass.positions.packed.length).toBe(events.length);
    expect(differences(text, 3)).toEqual([]);
  });

  test('merge keys are counted across a stream as js-yaml counts them', () => {
    // js-yaml caps merge work per constructFromEvents call (10,000), not per document; the
    // documents the pass leaves to it go in one call, so a stream over the cap still fails.
    const doc = (i: number) =>
      `b${i}: &b${i} {${Array.from({ length: 40 }, (_, k) => `k${k}: ${k}`).join(', ')}}\n${Array.from({ length: 50 }, (_, j) => `m${j}: {<<: *b${i}}`).join('\n')}\n`;
    const text = Array.from({ length: 6 }, (_, i) => `---\nplain${i}: 1\n---\n${doc(i)}`).join('');
    const events = parseEvents(text, {});
    expect(jsYamlValues(events, text)).toBeInstanceOf(Error);
    expect(differences(text)).toEqual([]);
  });

  test('the loader keeps the documents of a stream in order with a slow one among them', () => {
    const loaded = loadFile({ path: 'x.yaml', text: 'a: 1\n---\nb: &x 2\nc: *x\n---\nd: [3]\n' });
    expect(loaded.documents.map((d) => d.value)).toEqual([{ a: 1 }, { b: 2, c: 2 }, { d: [3] }]);
    expect(loaded.documents[2]?.locate(['d', 0])).toEqual({ start: { line: 6, column: 5 }, end: { line: 6, column: 6 } });
  });

  test('a BOM is not part of the first key, and positions count from after it', () => {
    const loaded = loadFile({ path: 'x.yaml', text: '\ufeffkind: Pod\nmetadata:\n  name: p\n' });
    expect(loaded.documents[0]?.value).toEqual({ kind: 'Pod', metadata: { name: 'p' } });
    expect(loaded.documents[0]?.locate(['metadata', 'name'])).toEqual({ start: { line: 3, column: 3 }, end: { line: 3, column: 10 } });
  });

  test('indent repair: values and positions after the inserted spaces', () => {
    const text = 'Resources:\n  A:\n    Properties:\n      L: [a,\n    b]\n      M: x\n';
    const loaded = loadFile({ path: 't.yaml', text });
    expect(loaded.findings).toEqual([]);
    expect(loaded.documents[0]?.value).toEqual({ Resources: { A: { Properties: { L: ['a', 'b'], M: 'x' } } } });
    expect(loaded.documents[0]?.locate(['Resources', 'A', 'Properties', 'M'])).toEqual({ start: { line: 6, column: 7 }, end: { line: 6, column: 11 } });
  });

  test('a repeated key fails a manifest but not a CloudFormation template', () => {
    expect(loadFile({ path: 'k.yaml', text: 'a: 1\na: 2\n' }).findings.map((f) => f.rule)).toEqual(['input/parse-error']);
    const cfn = loadFile({ path: 'c.yaml', text: 'Resources:\n  A: {Type: X}\n  A: {Type: Y}\n' });
    expect(cfn.documents[0]?.value).toEqual({ Resources: { A: { Type: 'Y' } } });
    expect(cfn.findings.map((f) => f.rule)).toEqual(['input/duplicate-key']);
  });

  test('a document nested ninety levels deep, its mappings keyed (identity-only), and passes after it', () => {
    const identity = { identityOnly: { kinds: new Set(['CustomResourceDefinition']), fields: new Set(['apiVersion', 'kind', 'metadata']) } };
    // Deeper than every other test here reaches; the skipped field's mappings keep their keys per
    // depth, each depth's set made when a keyed mapping first reaches it (a repeat must still fail
    // the document).
    const nested = (levels: number, last: string) =>
      `${Array.from({ length: levels }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n')}\n${last.replace(/^/gm, ' '.repeat(levels * 2))}\n`;
    const crd = (body: string) => `apiVersion: v1\nkind: CustomResourceDefinition\nmetadata: {name: deep}\nspec:\n${body.replace(/^/gm, '  ').trimEnd()}\n`;
    const clean = loadFile({ path: 'deep.yaml', text: crd(nested(90, 'a: 1\nb: 2')) }, undefined, identity);
    expect(clean.findings).toEqual([]);
    expect(clean.documents[0]?.value).toEqual({ apiVersion: 'v1', kind: 'CustomResourceDefinition', metadata: { name: 'deep' } });
    const repeated = crd(nested(95, 'a: 1\na: 2'));
    const whole = loadFile({ path: 'repeat.yaml', text: repeated });
    expect(whole.findings.map((f) => f.rule)).toEqual(['input/parse-error']);
    expect(loadFile({ path: 'repeat.yaml', text: repeated }, undefined, identity).findings).toEqual(whole.findings);
    // Built values at those depths, then a shallow stream, read as js-yaml reads them.
    expect(differences(nested(95, 'x: [1, {y: ""}]'))).toEqual([]);
    expect(differences('a: {b: 1}\n---\nc: ""\nd:\n')).toEqual([]);
  });

  test('empty scalars where a first character decides what they resolve to', () => {
    // An empty plain scalar resolves to null, an empty quoted one stays a string; the kind of an
    // identity-only document is read the same way.
    for (const text of ['a: ""\nb:\nc: \'\'\n', 'kind:\nmetadata: {}\n', 'kind: ""\nspec: {a: 1}\n', '? ""\n: 1\n']) {
      expect(differences(text)).toEqual([]);
      const identity = { identityOnly: { kinds: new Set(['']), fields: new Set(['kind']) } };
      const reduced = loadFile({ path: 'e.yaml', text }, undefined, identity);
      const whole = loadFile({ path: 'e.yaml', text });
      expect(reduced.findings).toEqual(whole.findings);
      const value = whole.documents[0]?.value as Record<string, unknown>;
      expect(reduced.documents[0]?.value).toEqual(value.kind === '' ? { kind: '' } : value);
    }
  });

  test('plain scalars resolved again are what js-yaml makes of them, and an object is made anew each time', () => {
    // Each text twice in a document and again in later passes: the later ones are answered from
    // what the first resolved (numbers, -0 and NaN, booleans, null, quantities left strings, `<<`).
    const text = 'a: 80\nb: -0\nc: .nan\nd: true\ne: ~\nf: 640Mi\ng: 250m\nh: 0x1f\ni: 1e3\nj: 80\nk: -0\nl: .nan\nm: 640Mi\n';
    for (let k = 0; k < 3; k++) {
      expect(differences(text)).toEqual([]);
      expect(differences('base: &b {x: 1}\nderived:\n  <<: *b\n')).toEqual([]);
      expect(differences('a: <<\nb: <<\n')).toEqual([]);
    }
    // A schema whose implicit tags make objects: a value shared between two places would be one
    // object changed through both.
    const schema = CORE_SCHEMA.withTags(jsYaml.timestampTag);
    const dated = 'a: 2001-12-14\nb: 2001-12-14\n';
    for (let k = 0; k < 2; k++) {
      const events = parseEvents(dated, {});
      const [value] = passEvents(events, dated, schema).values as { a: Date; b: Date }[];
      expect(value?.a).toEqual(new Date(Date.UTC(2001, 11, 14)));
      expect(value?.b).toEqual(value?.a);
      expect(value?.b).not.toBe(value?.a);
    }
  });

  test('__proto__ is an own key, not the prototype', () => {
    const value = loadFile({ path: 'p.yaml', text: '__proto__: {polluted: true}\n' }).documents[0]?.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
