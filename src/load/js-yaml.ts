/**
 * The one door to js-yaml for the whole code base.
 *
 * Why require() and not `import`: js-yaml 5 ships an ES-module build and a CommonJS build, and
 * an `import` (and ncc bundling an `import`) picks the ES-module one. On Node 20 that build
 * parses the same text about 1.6–2.8× slower (measured in bench/): its parser state is made with
 * an object spread of the default options, each call gets a new hidden class and V8 keeps
 * deoptimising the parser. The CommonJS build spreads through a helper and stays fast. On Node
 * 24 both are equally fast, so this costs nothing there. A CommonJS `require` resolves with the
 * `require` export condition, in Node, in jest and in ncc's bundle alike; a test checks the bundle.
 *
 * That CommonJS build is patched (patches/js-yaml+5.5.0.patch, applied by patch-package when
 * `npm ci` runs `prepare`): parseEvents makes its state as one literal, not with three helper
 * spreads a call, and scans a whole input once for non-printable characters instead of every
 * scalar when it has none (none of the corpus's 2,913 YAML/JSON files has one). Same events and
 * errors as published (__tests__/load/js-yaml-patch.test.ts); synthetic 10k's CPU −4 %, the
 * corpus's −1 to −4 % (bench/README.md, "Sixteenth session").
 */
import jsYaml from './js-yaml-commonjs.cjs';

export const {
  CHOMPING_MODE,
  CORE_SCHEMA,
  EVENT_ID,
  SCALAR_STYLE,
  constructFromEvents,
  defineMappingTag,
  defineScalarTag,
  defineSequenceTag,
  dump,
  getScalarValue,
  load,
  loadAll,
  mapTag,
  mergeTag,
  parseEvents,
  seqTag,
  strTag,
} = jsYaml;
export type { Event, ScalarEvent, Schema, TagDefinition } from 'js-yaml';
