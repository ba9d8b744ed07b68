import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/paths.js';

// js-yaml's ES-module build parses ~2× slower on Node 20 than its CommonJS build (see
// src/load/js-yaml.ts). The builds differ in how the parser state is made: the ES-module one
// spreads the default options, the CommonJS one calls Babel's `_objectSpread2` helper, which
// this repository's patch (patches/js-yaml+*.patch, __tests__/load/js-yaml-patch.test.ts)
// replaces with one object literal that also notes whether the input is all printable.
const ES_MODULE_BUILD = '...DEFAULT_PARSER_OPTIONS,';
const PATCHED_COMMONJS_BUILD = 'printable: !PATTERN_NON_PRINTABLE.test(input)';

describe.each(['dist/index.js', 'dist/cli.js'])('the committed bundle %s', (bundle) => {
  const text = readFileSync(path.join(REPO_ROOT, bundle), 'utf8');

  it('carries js-yaml’s CommonJS build with the patch, once', () => {
    expect(text.split(PATCHED_COMMONJS_BUILD)).toHaveLength(2);
    expect(text).toContain('if (state.printable) return;');
  });

  it('does not carry js-yaml’s slow ES-module build', () => {
    expect(text).not.toContain(ES_MODULE_BUILD);
  });

  it('does not load js-yaml from node_modules at run time', () => {
    expect(text).not.toMatch(/require\)?\(import\.meta\.url\)\(["']js-yaml["']\)/);
  });
});
