import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHcl } from '../../src/load/hcl-parser.js';
import { describeWithCorpus } from '../helpers/corpus.js';
import { CORPUS } from '../helpers/paths.js';
import { treeSitterParser, treeSitterSyntax } from '../helpers/terraform-tree-sitter.js';

/*
 * The differential test of src/load/hcl-parser.ts: on every `.tf` / `.tfvars` file of the corpus
 * (real repositories terraform accepts), its syntax tree equals, offsets included, the one the
 * previous loader derived from tree-sitter-hcl — and so do the comments suppressions read.
 */

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null;

/*
 * Where tree-sitter-hcl's tree is wrong, ours follows HCL (unit tests in hcl-parser.test.ts prove
 * each against terraform itself). The comparison skips such a node and counts it by reason.
 */
function treeSitterMistake(ours: unknown, theirs: unknown): string | undefined {
  if (!isNode(ours) || !isNode(theirs)) return undefined;
  // Its scanner skips whitespace before each piece of a string, so a plain string loses the spaces at its ends.
  if (
    typeof ours.text === 'string' &&
    ours.text !== theirs.text &&
    theirs.text === ours.text.trim() &&
    ours.start === theirs.start &&
    ours.end === theirs.end
  ) {
    return 'tree-sitter drops the spaces at the ends of a plain string';
  }
  // Its grammar makes the conditional left-associative: `a ? b : c ? d : e` as `(a ? b : c) ? d : e`.
  if (
    ours.type === 'conditional' &&
    theirs.type === 'conditional' &&
    isNode(ours.else) &&
    ours.else.type === 'conditional' &&
    isNode(theirs.condition) &&
    theirs.condition.type === 'conditional'
  ) {
    return 'tree-sitter reads a ? b : c ? d : e as (a ? b : c) ? d : e';
  }
  return undefined;
}

/**
 * Our steps in tree-sitter's shape: its attribute splat `.*` takes the index steps after it too
 * (`x.*.id[0]` indexes each element's id); HCL's takes only attributes (it indexes the list of ids).
 */
function treeSitterSteps(steps: readonly Node[], text: string): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Node;
    if (!Array.isArray(step.splat) || text[step.start as number] !== '.') {
      out.push(step);
      continue;
    }
    const absorbed = [...(step.splat as Node[])];
    while (i + 1 < steps.length && !('splat' in (steps[i + 1] as Node))) absorbed.push(steps[++i] as Node);
    out.push({ ...step, splat: absorbed, end: absorbed.length > 0 ? (absorbed[absorbed.length - 1] as Node).end : step.end });
  }
  return out;
}

/** The first place two syntax trees differ, as a path and both values; undefined when equal. Known tree-sitter mistakes are counted in `mistakes`. */
function firstDifference(ours: unknown, theirs: unknown, text: string, mistakes: Map<string, number>, at = ''): string | undefined {
  if (ours === theirs) return undefined;
  const mistake = treeSitterMistake(ours, theirs);
  if (mistake) {
    mistakes.set(mistake, (mistakes.get(mistake) ?? 0) + 1);
    return undefined;
  }
  if (ours instanceof Map && theirs instanceof Map) {
    for (const k of new Set([...ours.keys(), ...theirs.keys()])) {
      const d = firstDifference(ours.get(k), theirs.get(k), text, mistakes, `${at}.${String(k)}`);
      if (d) return d;
    }
    return undefined;
  }
  if (isNode(ours) && isNode(theirs) && Array.isArray(ours) === Array.isArray(theirs)) {
    const mine = !Array.isArray(ours) && Array.isArray(ours.steps) ? { ...ours, steps: treeSitterSteps(ours.steps as Node[], text) } : ours;
    for (const k of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const d = firstDifference(mine[k], theirs[k], text, mistakes, `${at}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return `${at}: ${JSON.stringify(ours)?.slice(0, 200)} vs ${JSON.stringify(theirs)?.slice(0, 200)}`;
}

function terraformFiles(): string[] {
  const out = execFileSync('find', [CORPUS, '-type', 'f', '(', '-name', '*.tf', '-o', '-name', '*.tfvars', ')'], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean).sort();
}

describeWithCorpus('the HCL parser against tree-sitter-hcl on every corpus .tf / .tfvars file', () => {
  test('the same syntax tree (offsets included) and the same comments, with no syntax error', async () => {
    const oracle = await treeSitterParser();
    const files = terraformFiles();
    expect(files.length).toBeGreaterThan(600);
    const differences: string[] = [];
    const mistakes = new Map<string, number>();
    for (const file of files) {
      const raw = readFileSync(file, 'utf8');
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      const ours = parseHcl(text);
      const theirs = treeSitterSyntax(oracle, text);
      const name = path.relative(CORPUS, file);
      if (ours.error) differences.push(`${name}: syntax error at ${ours.error.offset}: ${ours.error.message}`);
      if (theirs.errorAt !== undefined) differences.push(`${name}: tree-sitter error at ${theirs.errorAt}`);
      const d = firstDifference(ours.body, theirs.body, text, mistakes);
      if (d) differences.push(`${name}: ${d}`);
      if (ours.comments.join() !== theirs.comments.join()) differences.push(`${name}: comments at ${ours.comments.join()} vs ${theirs.comments.join()}`);
    }
    expect(differences).toEqual([]);
    // Each counted where it was found by hand: 7 plain strings with spaces at an end (variable
    // descriptions, a `" "` separator), 2 chained conditionals (eks-managed-node-group's
    // release_version, the vpc module's nat_gateway_count).
    expect(Object.fromEntries(mistakes)).toEqual({
      'tree-sitter drops the spaces at the ends of a plain string': 7,
      'tree-sitter reads a ? b : c ? d : e as (a ? b : c) ? d : e': 2,
    });
  });
});
