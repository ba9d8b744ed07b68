/**
 * Glob matching without backtracking. The include/exclude globs come from the repository's
 * config, which a pull request controls, and regex-based matchers backtrack on them: with
 * picomatch, `**\/a/**\/a/**\/b` took 2.9 s against one 1,000-directory path and
 * `**\/a*a*\/**\/a*a*\/**\/b` 80 s against an 80-directory one; 14 segments never finished.
 *
 * Here a pattern is split into path segments and matched by dynamic programming: over segments
 * (`**` spans any number of them) and, inside a segment, over characters (`*`, `?`, `[...]`).
 * Time is O(pattern length × path length) per pattern, whatever either contains. Braces
 * (`{a,b}`, `{1..3}` is not supported) expand to alternatives, at most MAX_ALTERNATIVES per
 * pattern; a leading `!` negates. Matching is picomatch's `{ dot: true }` (checked by a
 * differential test): `*` matches names that start with a dot, and `a/**` also matches `a`.
 * Two differences, both deliberate: `[!...]` negates as in POSIX (picomatch reads the `!`
 * literally), and a trailing `/**` may match nothing after any segment (picomatch: only after
 * a literal name, so `*\/**` did not match `a`).
 */

const MAX_ALTERNATIVES = 256;
const MAX_PATTERN_LENGTH = 4096;

type CharToken = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: [string, string][] };
type Segment = { kind: 'globstar' } | { kind: 'name'; tokens: CharToken[]; test: (name: string) => boolean; literal?: string };

export class GlobError extends Error {}

/** `{a,b}c` → `ac`, `bc`. Throws GlobError past MAX_ALTERNATIVES. */
export function expandBraces(pattern: string): string[] {
  const open = findUnescaped(pattern, '{', 0);
  if (open === -1) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      close = i;
      break;
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  // No closing brace or no comma: the braces are literal text, as in picomatch.
  if (close === -1 || commas.length === 0) {
    const rest = expandBraces(pattern.slice(open + 1));
    return rest.map((r) => `${pattern.slice(0, open + 1)}${r}`);
  }
  const bounds = [open, ...commas, close];
  const options: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) options.push(pattern.slice((bounds[k] ?? 0) + 1, bounds[k + 1]));
  const prefix = pattern.slice(0, open);
  const suffixes = expandBraces(pattern.slice(close + 1));
  const out: string[] = [];
  for (const option of options) {
    for (const inner of expandBraces(option)) {
      for (const suffix of suffixes) {
        out.push(`${prefix}${inner}${suffix}`);
        if (out.length > MAX_ALTERNATIVES) throw new GlobError(`expands to more than ${MAX_ALTERNATIVES} alternatives`);
      }
    }
  }
  return out;
}

function findUnescaped(text: string, char: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) return i;
  }
  return -1;
}

function parseSegment(segment: string): Segment {
  if (segment === '**') return { kind: 'globstar' };
  const tokens: CharToken[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] ?? '';
    if (c === '\\' && i + 1 < segment.length) tokens.push({ kind: 'char', char: segment[++i] ?? '' });
    else if (c === '*') {
      // `**` inside a name is a plain `*`; consecutive stars are one.
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') tokens.push({ kind: 'any' });
    else if (c === '[') {
      const parsed = parseClass(segment, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: 'char', char: c });
    } else tokens.push({ kind: 'char', char: c });
  }
  const literal = tokens.every((t) => t.kind === 'char') ? tokens.map((t) => (t.kind === 'char' ? t.char : '')).join('') : undefined;
  return { kind: 'name', tokens, test: nameTest(tokens), ...(literal !== undefined ? { literal } : {}) };
}

/**
 * The test of one name, compiled once per pattern. The shapes config globs are made of (a
 * literal, `*.ext`, `prefix*`, `prefix*suffix`, `*`) are string comparisons; anything else is
 * the dynamic programme below. The walk asks every pattern about every path, so the
 * per-character programme and its arrays, on names that `endsWith` answers, were most of the
 * collect phase's matching time.
 */
function nameTest(tokens: readonly CharToken[]): (name: string) => boolean {
  const stars = tokens.filter((t) => t.kind === 'star').length;
  if (tokens.some((t) => t.kind !== 'char' && t.kind !== 'star') || stars > 1) return (name) => nameMatches(tokens, name);
  const literal = (from: number, to: number): string =>
    tokens
      .slice(from, to)
      .map((t) => (t.kind === 'char' ? t.char : ''))
      .join('');
  if (stars === 0) {
    const whole = literal(0, tokens.length);
    return (name) => name === whole;
  }
  const star = tokens.findIndex((t) => t.kind === 'star');
  const prefix = literal(0, star);
  const suffix = literal(star + 1, tokens.length);
  if (prefix === '' && suffix === '') return () => true;
  if (prefix === '') return (name) => name.endsWith(suffix);
  if (suffix === '') return (name) => name.startsWith(prefix);
  return (name) => name.length >= prefix.length + suffix.length && name.startsWith(prefix) && name.endsWith(suffix);
}

/** `[abc]`, `[a-z]`, `[!x]` / `[^x]`; undefined when unclosed (then `[` is literal). */
function parseClass(segment: string, start: number): { token: CharToken; end: number } | undefined {
  let i = start + 1;
  const negated = segment[i] === '!' || segment[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  let first = true;
  for (; i < segment.length; i++) {
    let c = segment[i] ?? '';
    if (c === ']' && !first) return { token: { kind: 'class', negated, ranges }, end: i };
    first = false;
    if (c === '\\' && i + 1 < segment.length) c = segment[++i] ?? '';
    if (segment[i + 1] === '-' && i + 2 < segment.length && segment[i + 2] !== ']') {
      ranges.push([c, segment[i + 2] ?? c]);
      i += 2;
    } else ranges.push([c, c]);
  }
  return undefined;
}

function tokenMatches(token: CharToken, char: string): boolean {
  switch (token.kind) {
    case 'char':
      return token.char === char;
    case 'any':
      return char !== '/';
    case 'class':
      return ranges(token.ranges, char) !== token.negated;
    case 'star':
      return true;
  }
}

function ranges(list: readonly [string, string][], char: string): boolean {
  return list.some(([from, to]) => char >= from && char <= to);
}

/** Wildcard matching of one name, O(tokens × characters). */
function nameMatches(tokens: readonly CharToken[], name: string): boolean {
  // reach[j]: the tokens so far can consume exactly name[0..j).
  let reach = new Uint8Array(name.length + 1);
  reach[0] = 1;
  for (const token of tokens) {
    const next = new Uint8Array(name.length + 1);
    if (token.kind === 'star') {
      let seen = false;
      for (let j = 0; j <= name.length; j++) {
        if (reach[j]) seen = true;
        if (seen) next[j] = 1;
      }
    } else {
      for (let j = 0; j < name.length; j++) if (reach[j] && tokenMatches(token, name[j] ?? '')) next[j + 1] = 1;
    }
    reach = next;
  }
  return reach[name.length] === 1;
}

type NameSegment = Extract<Segment, { kind: 'name' }>;

/** The names of `path` from `start` match `names` one for one. */
function namesAt(names: readonly NameSegment[], path: readonly string[], start: number): boolean {
  for (let k = 0; k < names.length; k++) if (!names[k]?.test(path[start + k] ?? '')) return false;
  return true;
}

/**
 * The path a matcher is asked about. The walk asks every pattern about every file, so the path
 * is split into names only when an alternative needs them all: `**\/*.yaml` reads the last
 * name, `**\/node_modules/**` and `.github/workflows/**` compare strings.
 */
class Subject {
  private split: string[] | undefined;
  private regular: boolean | undefined;
  constructor(readonly path: string) {}

  /** Its names: empty ones (`a//b`, a trailing `/`) say nothing. */
  names(): string[] {
    if (!this.split) {
      const segments = this.path.split('/');
      this.split = segments.includes('') ? segments.filter((s) => s !== '') : segments;
    }
    return this.split;
  }

  /** No empty names: not empty, no leading, trailing or doubled `/`, so names are what lies between slashes. */
  plain(): boolean {
    this.regular ??= this.path !== '' && !this.path.startsWith('/') && !this.path.endsWith('/') && !this.path.includes('//');
    return this.regular;
  }

  /** The last name, undefined when there is none. */
  last(): string | undefined {
    if (this.plain()) return this.path.slice(this.path.lastIndexOf('/') + 1);
    const names = this.names();
    return names[names.length - 1];
  }
}

/**
 * One alternative of a pattern, compiled once. With `**` only at its ends (`**\/*.yaml`,
 * `**\/node_modules/**`, `deploy/**`, or none) the names between are matched at the one place,
 * or each place, they can stand, in order; any other shape runs the segment programme. Same
 * answers: a `**` at an end spans any number of segments, none included.
 */
function compileAlternative(segments: Segment[]): (subject: Subject) => boolean {
  const lead = segments[0]?.kind === 'globstar';
  const trail = segments.length > (lead ? 1 : 0) && segments[segments.length - 1]?.kind === 'globstar';
  const middle = segments.slice(lead ? 1 : 0, trail ? -1 : undefined);
  if (!middle.every((s): s is NameSegment => s.kind === 'name')) return (subject) => segmentsMatch(segments, subject.names());
  const names = middle;
  const k = names.length;
  const only = names[0];
  if (lead && !trail && k === 1 && only) {
    return (subject) => {
      const last = subject.last();
      return last !== undefined && only.test(last);
    };
  }
  const literals = names.map((n) => n.literal);
  if (trail && k > 0 && literals.every((l) => l !== undefined)) {
    // Literal names before a trailing `**`, on a plain path: string comparisons.
    const joined = literals.join('/');
    const [asPrefix, asSuffix, asInfix] = [`${joined}/`, `/${joined}`, `/${joined}/`];
    const general = lead ? containsAt(names) : (path: readonly string[]) => path.length >= k && namesAt(names, path, 0);
    if (lead) {
      return (subject) =>
        subject.plain()
          ? subject.path === joined || subject.path.startsWith(asPrefix) || subject.path.endsWith(asSuffix) || subject.path.includes(asInfix)
          : general(subject.names());
    }
    return (subject) => (subject.plain() ? subject.path === joined || subject.path.startsWith(asPrefix) : general(subject.names()));
  }
  if (!lead && !trail) return (subject) => subject.names().length === k && namesAt(names, subject.names(), 0);
  if (lead && !trail) {
    return (subject) => {
      const path = subject.names();
      return path.length >= k && namesAt(names, path, path.length - k);
    };
  }
  if (!lead && trail) return (subject) => subject.names().length >= k && namesAt(names, subject.names(), 0);
  const contains = containsAt(names);
  return (subject) => contains(subject.names());
}

/** `names` match somewhere in the path, one for one and in a row. */
function containsAt(names: readonly NameSegment[]): (path: readonly string[]) => boolean {
  return (path) => {
    for (let start = 0; start + names.length <= path.length; start++) if (namesAt(names, path, start)) return true;
    return false;
  };
}

/** Segment matching, O(pattern segments × path segments) name tests. */
function segmentsMatch(pattern: readonly Segment[], path: readonly string[]): boolean {
  let reach = new Uint8Array(path.length + 1);
  reach[0] = 1;
  for (const segment of pattern) {
    const next = new Uint8Array(path.length + 1);
    if (segment.kind === 'globstar') {
      let seen = false;
      for (let j = 0; j <= path.length; j++) {
        // `**` never crosses `..` or `.`: they are not names in a reviewed path anyway.
        if (reach[j]) seen = true;
        if (seen) next[j] = 1;
      }
    } else {
      for (let j = 0; j < path.length; j++) if (reach[j] && segment.test(path[j] ?? '')) next[j + 1] = 1;
    }
    reach = next;
  }
  return reach[path.length] === 1;
}

interface CompiledPattern {
  negated: boolean;
  alternatives: ((subject: Subject) => boolean)[];
}

function compile(pattern: string): CompiledPattern {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new GlobError(`is longer than ${MAX_PATTERN_LENGTH} characters`);
  const negated = pattern.startsWith('!');
  const body = (negated ? pattern.slice(1) : pattern).replace(/^\.\//, '');
  return {
    negated,
    alternatives: expandBraces(body)
      .map((alt) =>
        alt
          .split('/')
          .filter((s, i, all) => s !== '' || (i > 0 && i < all.length - 1))
          .map(parseSegment),
      )
      .map(compileAlternative),
  };
}

/**
 * A matcher for relative, forward-slash paths: true when any pattern matches (a negated
 * pattern matches every path its body does not). Throws GlobError naming the bad pattern.
 */
export function globMatcher(patterns: readonly string[]): (path: string) => boolean {
  const compiled = patterns.map((p) => {
    try {
      return compile(p);
    } catch (error) {
      throw error instanceof GlobError ? new GlobError(`glob \`${p.slice(0, 80)}\` ${error.message}`) : error;
    }
  });
  return (path) => {
    const subject = new Subject(path);
    for (const c of compiled) {
      let any = false;
      for (const alternative of c.alternatives) {
        if (alternative(subject)) {
          any = true;
          break;
        }
      }
      if (any !== c.negated) return true;
    }
    return false;
  };
}

/** True when the text has glob syntax (so a `paths` entry that does not exist is matched, not read). */
export function isGlob(text: string): boolean {
  return /[*?[\]{}]/.test(text) || text.startsWith('!');
}
