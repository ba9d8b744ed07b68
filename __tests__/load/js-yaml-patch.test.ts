import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEvents as typedParseEvents } from '../../src/load/js-yaml.js';
import { corpusFiles, describeWithCorpus } from '../helpers/corpus.js';
import { REPO_ROOT } from '../helpers/paths.js';

/*
 * patches/js-yaml+<version>.patch (applied by patch-package on `npm ci`) makes js-yaml's
 * parseEvents cheaper without changing what it returns or throws: its parser state is one object
 * literal instead of three _objectSpread2 calls, and one scan of the whole input stands for the
 * per-scalar scan for non-printable characters when the input has none (bench/README.md,
 * "Sixteenth session"). Checked here against js-yaml as published: the installed build with the
 * patch taken back out.
 */

const require = createRequire(path.join(REPO_ROOT, 'package.json'));
const installedBuild = require.resolve('js-yaml');
const patchFile = readdirSync(path.join(REPO_ROOT, 'patches')).find((name) => name.startsWith('js-yaml+'));
const patch = patchFile ? readFileSync(path.join(REPO_ROOT, 'patches', patchFile), 'utf8') : '';
/** A line only the patched build has. */
const PATCHED_LINE = 'printable: !PATTERN_NON_PRINTABLE.test(input)';

type Outcome = { events: unknown } | { error: string };
/** parseEvents as it is called, options left out too. */
type Parse = (text: string, options?: { filename?: string; maxDepth?: number }) => unknown;
// What the review calls: the patched build (its types require options, the build does not).
const parseEvents = typedParseEvents as Parse;

/** `patched` with every hunk of a unified diff taken back out (each hunk's new text must occur once). */
function withoutPatch(patched: string, diff: string): string {
  let text = patched;
  for (const hunk of diff.split(/^@@[^\n]*\n/m).slice(1)) {
    const before: string[] = [];
    const after: string[] = [];
    for (const line of hunk.split('\n')) {
      if (line.startsWith('diff --git')) break;
      if (line.startsWith('-')) before.push(line.slice(1));
      else if (line.startsWith('+')) after.push(line.slice(1));
      else if (line.startsWith(' ')) {
        before.push(line.slice(1));
        after.push(line.slice(1));
      }
    }
    const from = after.join('\n');
    if (text.split(from).length !== 2) throw new Error(`a hunk of ${patchFile} is not in ${installedBuild} exactly once`);
    text = text.replace(from, () => before.join('\n'));
  }
  return text;
}

let publishedBuild: Parse | undefined;
/**
 * js-yaml's CommonJS build as published, evaluated on its own (it requires nothing), once. Made
 * when a test first asks: made while the tests are collected, an unpatched install failed the
 * whole file on a hunk not found, before the first test could say what to run.
 */
function published(text: string, options?: Parameters<Parse>[1]): unknown {
  if (!publishedBuild) {
    const exports: Record<string, unknown> = {};
    new Function('exports', withoutPatch(readFileSync(installedBuild, 'utf8'), patch))(exports);
    publishedBuild = exports['parseEvents'] as Parse;
  }
  return publishedBuild(text, options);
}

function outcome(parse: Parse, text: string, options?: Parameters<Parse>[1]): Outcome {
  try {
    return { events: parse(text, options) };
  } catch (error) {
    return { error: String((error as Error).message) };
  }
}

describe('the js-yaml patch', () => {
  const version = (require('js-yaml/package.json') as { version: string }).version;

  test('is for the installed js-yaml, is applied, and takes back out to the published build', () => {
    expect(patchFile).toBe(`js-yaml+${version}.patch`);
    expect(path.relative(REPO_ROOT, installedBuild)).toBe(path.join('node_modules', 'js-yaml', 'dist', 'js-yaml.cjs.js'));
    const installed = readFileSync(installedBuild, 'utf8');
    if (!installed.includes(PATCHED_LINE)) {
      throw new Error('node_modules/js-yaml is not patched: `npm ci` applies patches/ (prepare) unless scripts are disabled; run `npx patch-package`');
    }
    const publishedText = withoutPatch(installed, patch);
    expect(publishedText).not.toContain('state.printable');
    expect(publishedText).toContain('_objectSpread2(_objectSpread2(_objectSpread2({}, DEFAULT_PARSER_OPTIONS), options)');
  });

  // Where a non-printable character can stand, and what it can sit next to.
  const snippets = [
    'key: plain value\n',
    'key: "double quoted"\n',
    "key: 'single quoted'\n",
    'key: |\n  literal block\n  second line\n',
    'key: >-\n  folded block\n',
    'list: [a, "b", {c: d}]\n',
    '? complex key\n: value\n',
    '# a comment\nkey: v # trailing comment\n',
    'a: &anchor x\nb: *anchor\nc: !!str 1\n',
    '---\nfirst: 1\n...\n--- second\n',
    'multi: plain\n  continued line\n',
  ];
  // Forbidden by YAML (c-printable) and allowed ones (NEL, tab, a valid surrogate pair), as js-yaml reads them.
  const characters = ['\x01', '\x08', '\x0B', '\x1F', '\x7F', '\x84', '\x85', '\x86', '\x9F', '\t', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '\uD83D\uDE00'];

  test('gives what the published build gives, with a non-printable character at every position', () => {
    let differing: string[] = [];
    let cases = 0;
    let errors = 0;
    for (const snippet of snippets) {
      for (let at = 0; at <= snippet.length; at++) {
        for (const character of characters) {
          const text = snippet.slice(0, at) + character + snippet.slice(at);
          const expected = outcome(published, text);
          if ('error' in expected) errors++;
          if (JSON.stringify(outcome(parseEvents, text)) !== JSON.stringify(expected)) differing.push(JSON.stringify(text));
          cases++;
        }
      }
    }
    differing = differing.slice(0, 10);
    expect(differing).toEqual([]);
    expect(cases).toBeGreaterThan(4000);
    // Both sides of the fast path are exercised: inputs that fail and inputs that parse.
    expect(errors).toBeGreaterThan(1000);
    expect(cases - errors).toBeGreaterThan(1000);
  });

  test('reads its options as the published build does', () => {
    const deep = `${'- '.repeat(8)}x\n`;
    for (const options of [undefined, {}, { maxDepth: 3 }, { maxDepth: 100 }, { filename: 'deploy.yaml' }, { filename: 'a.yaml', maxDepth: 2 }]) {
      for (const text of [deep, 'a: "\x01"\n', 'a: [b\n']) {
        expect({ options, text, got: outcome(parseEvents, text, options) }).toEqual({ options, text, got: outcome(published, text, options) });
      }
    }
    expect(outcome(parseEvents, deep, { maxDepth: 3 })).toHaveProperty('error');
  });

  test('gives the published events for the bundled examples', () => {
    const files = readdirSync(path.join(REPO_ROOT, 'examples'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(path.join(REPO_ROOT, 'examples', file), 'utf8');
      expect({ file, got: outcome(parseEvents, text) }).toEqual({ file, got: outcome(published, text) });
    }
  });
});

describeWithCorpus('the js-yaml patch on every corpus YAML file', () => {
  test('gives the events or the error the published build gives', () => {
    const differing: string[] = [];
    const files = corpusFiles(['yaml', 'yml']);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (JSON.stringify(outcome(parseEvents, text)) !== JSON.stringify(outcome(published, text))) differing.push(file);
    }
    expect(differing).toEqual([]);
    expect(files.length).toBeGreaterThan(2000);
  });
});
