import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { INTERNAL_FAILURE, parseHcl } from '../../src/load/hcl-parser.js';
import type { Attribute, Block, Expr, Step, TemplatePart } from '../../src/load/terraform-ast.js';
import { loadTerraformFile, type TerraformDocument } from '../../src/load/terraform.js';

/*
 * Each construct of HCL native syntax, its tree and its offsets; then syntax errors. The whole
 * corpus is compared with tree-sitter in hcl-parser-oracle.test.ts; the three places where that
 * oracle is wrong are checked here against terraform itself.
 */

function parsed(text: string) {
  const result = parseHcl(text);
  if (result.error) throw new Error(`unexpected syntax error at ${result.error.offset}: ${result.error.message}`);
  return result.body;
}

function attribute(text: string, name = 'x'): Attribute {
  const found = parsed(text).attributes.get(name);
  if (!found) throw new Error(`no attribute ${name}`);
  return found;
}

/** The expression of `x = <source>`. */
const expr = (source: string): Expr => attribute(`x = ${source}\n`).expr;

/** A compact, span-free rendering of an expression, to state a tree's shape in one line. */
function show(e: Expr): string {
  switch (e.type) {
    case 'literal':
      return JSON.stringify(e.value);
    case 'variable':
      return e.name;
    case 'template':
      return `"${e.parts.map(showPart).join('')}"`;
    case 'tuple':
      return `[${e.items.map(show).join(' ')}]`;
    case 'object':
      return `{${e.items.map((i) => `${show(i.key)}=${show(i.value)}`).join(' ')}}`;
    case 'traversal':
      return `${show(e.target)}${e.steps.map(showStep).join('')}`;
    case 'call':
      return `${e.name}(${e.args.map(show).join(' ')}${e.expandLast ? '...' : ''})`;
    case 'conditional':
      return `(? ${show(e.condition)} ${show(e.then)} ${show(e.else)})`;
    case 'unary':
      return `(${e.op} ${show(e.operand)})`;
    case 'binary':
      return `(${e.op} ${show(e.left)} ${show(e.right)})`;
    case 'for':
      return `(for ${e.keyVar ? `${e.keyVar},` : ''}${e.valueVar} ${show(e.collection)}${e.key ? ` ${show(e.key)} =>` : ''} ${show(e.value)}${e.grouping ? '...' : ''}${e.condition ? ` if ${show(e.condition)}` : ''})`;
    case 'invalid':
      return `!${e.reason}`;
  }
}

function showStep(s: Step): string {
  if ('attr' in s) return `.${s.attr}`;
  if ('index' in s) return `[${show(s.index)}]`;
  return `<*${s.splat.map(showStep).join('')}>`;
}

function showPart(p: TemplatePart): string {
  if ('text' in p) return p.text;
  if ('interpolation' in p) return `\${${show(p.interpolation)}}`;
  if ('if' in p) return `%{if ${show(p.if)}}${p.then.map(showPart).join('')}%{else}${p.else.map(showPart).join('')}%{endif}`;
  return `%{for ${p.for.keyVar ? `${p.for.keyVar},` : ''}${p.for.valueVar} in ${show(p.for.collection)}}${p.body.map(showPart).join('')}%{endfor}`;
}

/** The source a node spans, to check offsets. */
const spanned = (text: string, node: { start: number; end: number }) => text.slice(node.start, node.end);

describe('bodies', () => {
  const text = [
    '# header',
    'region = "eu-west-1"',
    '',
    'resource "aws_eks_node_group" main {',
    '  instance_types = ["t3.medium"]',
    '  scaling_config {',
    '    min_size = 1',
    '  }',
    '}',
    'locals { a = 1 }',
    'empty "x" {}',
    '',
  ].join('\n');
  const body = parsed(text);

  test('attributes with their name, span and value', () => {
    const region = body.attributes.get('region') as Attribute;
    expect(spanned(text, region)).toBe('region = "eu-west-1"');
    expect(text.slice(region.start, region.nameEnd)).toBe('region');
    expect(show(region.expr)).toBe('"eu-west-1"');
  });

  test('blocks with quoted and bare labels, nested blocks, one-line and empty blocks', () => {
    const [resource, locals, empty] = body.blocks as [Block, Block, Block];
    expect([resource.type, resource.labels]).toEqual(['resource', ['aws_eks_node_group', 'main']]);
    expect(spanned(text, resource)).toMatch(/^resource "aws_eks_node_group" main \{[\s\S]*\n\}$/);
    expect(spanned(text, resource.body.attributes.get('instance_types') as Attribute)).toBe('instance_types = ["t3.medium"]');
    const scaling = resource.body.blocks[0] as Block;
    expect(scaling.type).toBe('scaling_config');
    expect(show((scaling.body.attributes.get('min_size') as Attribute).expr)).toBe('1');
    expect(show((locals.body.attributes.get('a') as Attribute).expr)).toBe('1');
    expect([empty.type, empty.labels, empty.body.attributes.size, empty.body.blocks.length]).toEqual(['empty', ['x'], 0, 0]);
  });

  test('an empty file, and one of comments only', () => {
    expect(parseHcl('')).toEqual({ body: { attributes: new Map(), blocks: [] }, comments: [] });
    expect(parseHcl('# a\n// b\n/* c */\n').comments).toEqual([0, 4, 9]);
  });
});

describe('literals and strings', () => {
  test('numbers, booleans, null', () => {
    expect([expr('42'), expr('1.5'), expr('1e3'), expr('2.5E-1'), expr('true'), expr('false'), expr('null')].map(show)).toEqual([
      '42',
      '1.5',
      '1000',
      '0.25',
      'true',
      'false',
      'null',
    ]);
    expect(show(expr('-1'))).toBe('(- 1)');
  });

  test('a plain string is one text part spanning its quotes, escapes decoded, spaces kept', () => {
    const text = 'x = " a\\n\\"b\\" \\\\ \\u00e9 \\U0001F600 $${x} %%{y} $ % "\n';
    const e = attribute(text).expr;
    expect(e.type === 'template' && e.parts).toEqual([{ text: ' a\n"b" \\ é 😀 ${x} %{y} $ % ', start: 4, end: text.length - 1 }]);
    expect(spanned(text, e)).toBe(text.slice(4, -1));
  });

  test('interpolations: literal text between them, from the source, with their own spans', () => {
    const text = 'x = "pre-${var.name}-${ local.n ~}post"\n';
    const e = attribute(text).expr;
    expect(show(e)).toBe('"pre-${var.name}-${local.n}post"');
    if (e.type !== 'template') throw new Error('not a template');
    expect(e.parts.map((p) => ('text' in p ? spanned(text, p) : 'interpolation' in p ? spanned(text, p.interpolation) : '?'))).toEqual([
      'pre-',
      'var.name',
      '-',
      'local.n',
      'post',
    ]);
  });

  test('directives %{if}/%{else}/%{endif} and %{for}/%{endfor}, nested, with strip markers', () => {
    expect(show(expr('"%{ if var.a ~}yes%{ else }no%{ endif }"'))).toBe('"%{if var.a}yes%{else}no%{endif}"');
    expect(show(expr('"%{for k, v in var.m}${k}=${v},%{endfor}"'))).toBe('"%{for k,v in var.m}${k}=${v},%{endfor}"');
    expect(show(expr('"%{for x in xs}%{if x != ""}[${x}]%{endif}%{endfor}"'))).toBe('"%{for x in xs}%{if (!= x "")}[${x}]%{else}%{endif}%{endfor}"');
  });

  test('a ~ strip marker removes the whitespace, newlines included, on its side of the sequence', () => {
    expect(show(expr('"a ${~ "b" ~} c"'))).toBe('"a${"b"}c"');
    expect(show(expr('<<EOT\n%{ for s in var.l ~}\n  ${s}\n%{ endfor ~}\nEOT'))).toBe('"%{for s in var.l}${s}\n%{endfor}"');
    expect(show(expr('"%{ if c ~}  yes  %{~ else ~} no %{~ endif ~}   end"'))).toBe('"%{if c}yes%{else}no%{endif}end"');
    // The stripped text keeps the span of its source: findings still land on it.
    const text = 'x = "a ${~ b}"\n';
    const e = attribute(text).expr;
    expect(e.type === 'template' && e.parts[0]).toEqual({ text: 'a', start: 5, end: 7 });
  });

  test('a string inside an interpolation, a brace inside a nested string', () => {
    expect(show(expr('"${join(",", ["}", var.x])}"'))).toBe('"${join("," ["}" var.x])}"');
  });
});

describe('heredocs', () => {
  test('<<EOT: content lines, interpolations, the closing marker on its own line (indented or not)', () => {
    const text = 'x = <<EOT\nline ${var.a}\n  $${literal}\n  EOT\ny = 1\n';
    const x = attribute(text).expr;
    expect(show(x)).toBe('"line ${var.a}\n  ${literal}\n"');
    expect(x.type === 'template' && x.heredoc).toEqual({ contentStart: 10, contentEnd: text.indexOf('  EOT'), indented: false });
    expect(spanned(text, x)).toBe('<<EOT\nline ${var.a}\n  $${literal}\n  EOT');
    expect(show(attribute(text, 'y').expr)).toBe('1');
  });

  test('<<-EOT strips the indentation common to the content lines; a line with the marker inside it does not close', () => {
    const text = 'x = <<-YAML\n    kind: Pod\n    metadata:\n      name: ${var.n}\n    # not YAMLX\n    YAML\n';
    expect(show(attribute(text).expr)).toBe('"kind: Pod\nmetadata:\n  name: ${var.n}\n# not YAMLX\n"');
  });

  test('an empty heredoc, CRLF line ends, directives inside', () => {
    expect(expr('<<EOT\nEOT')).toMatchObject({ type: 'template', parts: [] });
    expect(show(attribute('x = <<EOT\r\na\r\nEOT\r\n').expr)).toBe('"a\r\n"');
    expect(show(expr('<<EOT\n%{ for s in var.l }\n${s}\n%{ endfor }\nEOT'))).toBe('"%{for s in var.l}\n${s}\n%{endfor}\n"');
  });
});

describe('collections, traversals, calls', () => {
  test('tuples (newlines ignored, trailing comma) and objects (= or :, newline or comma separated)', () => {
    expect(show(expr('[\n  1,\n  "a", [],\n]'))).toBe('[1 "a" []]');
    expect(show(expr('{\n  a = 1\n  "b": 2, c = 3,\n  (var.k) = 4\n}'))).toBe('{a=1 "b"=2 c=3 var.k=4}');
    expect(show(expr('{}'))).toBe('{}');
  });

  test('attributes, indexes, legacy .0 indexes', () => {
    expect(show(expr('aws_subnet.a[0].id'))).toBe('aws_subnet.a[0].id');
    expect(show(expr('module.vpc.private_subnets.0'))).toBe('module.vpc.private_subnets[0]');
    expect(show(expr('a.0.1'))).toBe('a[0][1]');
    const text = 'x = var.m["k"].v\n';
    const e = attribute(text).expr;
    expect(e.type === 'traversal' && e.steps.map((s) => spanned(text, s))).toEqual(['.m', '["k"]', '.v']);
  });

  test('splats: .* takes the attributes after it, [*] every traversal after it', () => {
    expect(show(expr('aws_subnet.public.*.id'))).toBe('aws_subnet.public<*.id>');
    expect(show(expr('aws_eip.nat.*.id[count.index]'))).toBe('aws_eip.nat<*.id>[count.index]');
    expect(show(expr('var.l[*].a[0].b'))).toBe('var.l<*.a[0].b>');
    expect(show(expr('var.l[*].a[*].b'))).toBe('var.l<*.a><*.b>');
  });

  test('function calls, with ... expanding the last argument, and provider functions', () => {
    expect(show(expr('concat(var.a, ["b"])'))).toBe('concat(var.a ["b"])');
    expect(show(expr('max(var.l...)'))).toBe('max(var.l...)');
    expect(show(expr('merge(\n  var.a,\n  var.b,\n)'))).toBe('merge(var.a var.b)');
    expect(show(expr('provider::aws::arn_parse(var.arn).region'))).toBe('provider::aws::arn_parse(var.arn).region');
  });

  test('parentheses leave no node; a traversal of one starts at the parenthesis', () => {
    const text = 'x = (var.a)\ny = (var.m)["k"]\n';
    expect(spanned(text, attribute(text).expr)).toBe('var.a');
    expect(spanned(text, attribute(text).expr)).toBe('var.a');
    expect(spanned(text, attribute(text, 'y').expr)).toBe('(var.m)["k"]');
    expect(spanned(text, attribute(text))).toBe('x = (var.a)');
  });
});

describe('operators and conditionals', () => {
  test('HCL precedence, left-associative', () => {
    expect(show(expr('1 + 2 * 3 - 4'))).toBe('(- (+ 1 (* 2 3)) 4)');
    expect(show(expr('a || b && c == d'))).toBe('(|| a (&& b (== c d)))');
    expect(show(expr('a < b == c >= d'))).toBe('(== (< a b) (>= c d))');
    expect(show(expr('!a.b && -c % 2 != 0'))).toBe('(&& (! a.b) (!= (% (- c) 2) 0))');
    expect(show(expr('(1 + 2) * 3'))).toBe('(* (+ 1 2) 3)');
  });

  test('a conditional is right-associative and below every operator; spans cover their operands', () => {
    const text = 'x = var.a != "" ? null : var.b ? local.c : var.d\n';
    const e = attribute(text).expr;
    expect(show(e)).toBe('(? (!= var.a "") null (? var.b local.c var.d))');
    expect(spanned(text, e)).toBe('var.a != "" ? null : var.b ? local.c : var.d');
    expect(e.type === 'conditional' && spanned(text, e.else)).toBe('var.b ? local.c : var.d');
  });

  test('a multi-line conditional inside parentheses', () => {
    expect(show(expr('(\n  var.a\n  ? 1\n  : 2\n)'))).toBe('(? var.a 1 2)');
  });
});

describe('for expressions', () => {
  test('tuple and object forms, key variable, condition, grouping', () => {
    expect(show(expr('[for s in var.l : upper(s) if s != ""]'))).toBe('(for s var.l upper(s) if (!= s ""))');
    expect(show(expr('{ for k, v in var.m : v => k... }'))).toBe('(for k,v var.m v => k...)');
    expect(show(expr('{\n  for k, v in var.m :\n  k => v\n}'))).toBe('(for k,v var.m k => v)');
    expect(show(expr('{ for = 1 }'))).toBe('{for=1}');
  });
});

describe('comments', () => {
  test('are found where they are, and only there (not in strings or heredocs)', () => {
    const text = 'a = 1 # one\nb = "# no" // two\nc = [ /* three */ 1 ]\nd = <<EOT\n# not a comment\nEOT\n#four';
    expect(parseHcl(text).comments.map((at) => text.slice(at, at + 5))).toEqual(['# one', '// tw', '/* th', '#four']);
  });
});

describe('syntax errors: a message and an offset, never a throw', () => {
  const errorOf = (text: string) => {
    const result = parseHcl(text);
    expect(result.error).toBeDefined();
    return { at: text.slice(result.error?.offset ?? 0).split('\n')[0], message: result.error?.message };
  };

  test.each([
    ['a block left open', 'resource "a" "b" {\n  x = 1\n', { at: '', message: 'expected "}" closing the block, found the end of the file' }],
    ['two attributes on one line', 'a = 1 b = 2\n', { at: 'b = 2', message: 'expected a newline after the attribute, found "b"' }],
    [
      'an unterminated string',
      'a = "abc\n',
      { at: '"abc', message: 'a string without its closing quote on its line (write \\n for a newline, or use a heredoc)' },
    ],
    ['an unknown escape', 'a = "\\q"\n', { at: '\\q"', message: 'unknown escape "\\\\q" in a string' }],
    ['a heredoc never closed', 'a = <<EOT\nabc\n', { at: '', message: 'a heredoc without its closing EOT line' }],
    ['%{if} without %{endif}', 'a = "%{if x}y"\n', { at: '%{if x}y"', message: '%{if} without its %{endif}' }],
    [
      'an object value across lines without parentheses',
      'a = {\n  b = var.c\n    ? 1 : 2\n}\n',
      { at: '? 1 : 2', message: 'expected an expression, found "?"' },
    ],
    ['a missing value', 'a =\nb = 1\n', { at: '', message: 'expected an expression, found a newline' }],
    ['an unexpected character', 'a = 1 @ 2\n', { at: '@ 2', message: 'unexpected character "@"' }],
    [
      'an interpolated block label',
      'resource "${x}" "b" {}\n',
      { at: '"${x}" "b" {}', message: 'a block label must be a plain string, without ${...} or %{...}' },
    ],
    ['a block closed on the line of its last attribute', 'a {\n  b = 1 }\n', { at: '}', message: 'expected a newline after the attribute, found "}"' }],
    ['two blocks on one line', 'a {} b {}\n', { at: 'b {}', message: 'expected a newline after the block, found "b"' }],
    ['a block inside a single-line block', 'a { b {} }\n', { at: 'b {} }', message: 'a single-line block holds one attribute, not a block' }],
    ['an unterminated comment', 'a = 1 /* no end\n', { at: '/* no end', message: 'unterminated /* comment' }],
  ])('%s', (_name, text, expected) => {
    expect(errorOf(text)).toEqual(expected);
  });

  test('nesting deeper than any real file is an error, not a stack overflow', () => {
    expect(parseHcl(`a = ${'['.repeat(100_000)}`).error?.message).toMatch(/nested more than \d+ levels deep/);
    expect(parseHcl(`a = ${'-'.repeat(100_000)}1`).error?.message).toMatch(/nested more than \d+ levels deep/);
    expect(parseHcl(`a = "${'${"'.repeat(50_000)}`).error?.message).toMatch(/nested more than \d+ levels deep/);
  });

  test('a defect of the parser itself becomes an error on the file, not a throw out of the loader', () => {
    // No text makes the parser fail (the fuzz tests look for it); a non-string stands in for a defect.
    const result = parseHcl(undefined as unknown as string);
    expect(result.error?.message).toMatch(new RegExp(`^${INTERNAL_FAILURE} \\(TypeError`));
    expect(result.body.blocks).toEqual([]);
  });

  test('the top-level blocks after the next line starting a new one are still read', () => {
    const result = parseHcl('a = 1\nbroken "x" {\n  y = [\n}\nc = 3\nresource "r" "n" {\n  d = 4\n}\n');
    expect(result.error?.message).toBe('expected an expression, found "}"');
    expect([...result.body.attributes.keys()]).toEqual(['a', 'c']);
    expect(result.body.blocks.map((b) => b.labels)).toEqual([['r', 'n']]);
  });

  test('recovery goes on after the text an unclosed heredoc or comment swallowed, not inside it', () => {
    // Inside, each line would be scanned again to the end of the file: quadratic on hostile input.
    const heredoc = parseHcl('a = 1\nb = <<EOT\nc = 2\nd = <<EOT\n');
    expect(heredoc.error?.message).toBe('a heredoc without its closing EOT line');
    expect([...heredoc.body.attributes.keys()]).toEqual(['a']);
    const comment = parseHcl('a = 1\nb = 2 /* no end\nc = 3\n');
    expect(comment.error?.message).toBe('unterminated /* comment');
    expect([...comment.body.attributes.keys()]).toEqual(['a']);
    const string = parseHcl('a = "no end\nb = 2\n');
    expect([...string.body.attributes.keys()]).toEqual(['b']);
  });

  test('the loader turns it into an input/parse-error at its line and column, and reads the rest', () => {
    const loaded = loadTerraformFile({ path: 'main.tf', text: 'locals {\n  a = 1\n  b = 2 3\n}\nlocals2 = 1\n' });
    expect(loaded.findings).toEqual([
      expect.objectContaining({
        rule: 'input/parse-error',
        startLine: 3,
        startColumn: 9,
        message: 'Terraform syntax error: expected a newline after the attribute, found "3"; blocks that parsed are still reviewed',
      }),
    ]);
    expect(loaded.documents).toHaveLength(1);
  });
});

describe('a loaded file keeps its text, not its tree', () => {
  test('the tree is parsed again when asked for, equal to the first, and positions come out the same', () => {
    const text = 'resource "aws_eks_node_group" "a" {\n  instance_types = ["m5.large", "m5.xlarge"]\n}\n';
    const [doc] = loadTerraformFile({ path: 'a.tf', text }).documents as TerraformDocument[];
    const [other] = loadTerraformFile({ path: 'b.tf', text: 'x = 1\n' }).documents as TerraformDocument[];
    if (!doc || !other) throw new Error('no document');
    expect(Object.values(doc).some((v) => typeof v === 'object' && v !== null && 'blocks' in v)).toBe(false);
    const path = ['resource', 'aws_eks_node_group', 'a', 'instance_types', 1];
    const first = doc.body;
    const range = doc.locate(path);
    expect(range.start).toEqual({ line: 2, column: 33 });
    // The last tree parsed is kept: a finding's few lookups in one file parse it once.
    expect(doc.body).toBe(first);
    expect(other.body.attributes.has('x')).toBe(true);
    const again = doc.body;
    expect(again).not.toBe(first);
    expect(again).toEqual(parseHcl(text).body);
    expect(doc.locate(path)).toEqual(range);
    expect(doc.valueText(path)).toBe('"m5.xlarge"');
  });
});

// Where tree-sitter-hcl (the differential test's oracle) reads these differently, terraform decides.
const terraform = spawnSync('terraform', ['version'], { encoding: 'utf8' }).status === 0;
(terraform ? describe : describe.skip)('what terraform itself computes (skipped without terraform on PATH)', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'hcl-console-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const console = (expression: string) => spawnSync('terraform', ['console'], { cwd: dir, input: `${expression}\n`, encoding: 'utf8' }).stdout.trim();

  test('a ? b : c ? d : e is a ? b : (c ? d : e)', () => {
    expect(console('true ? 1 : false ? 2 : 3')).toBe('1');
    expect(show(expr('true ? 1 : false ? 2 : 3'))).toBe('(? true 1 (? false 2 3))');
  });

  test('a plain string keeps the spaces at its ends', () => {
    expect(console('length(" a ")')).toBe('3');
    expect(show(expr('" a "'))).toBe('" a "');
  });

  // Snippets at the edges of the syntax: each is accepted by both or rejected by both.
  test.each([
    'a { b = 1 }\n',
    'a {\n  b = 1 }\n',
    'a {} b {}\n',
    'a {\n  b {\n  }}\n',
    'a { b {} }\n',
    'a = {a=1 b=2}\n',
    'a = {\n  b = 1, c = 2\n}\n',
    'a = {\n  b =\n 1\n}\n',
    'a = 1e5\n',
    'a = 0x10\n',
    'a = "\\/"\n',
    'a = x.*[0]\n',
    'a = b\n  ? 1 : 2\n',
    'a = (b\n  ? 1 : 2)\n',
    'a = <<EOT\nx\n  EOT\n',
    'a = <<EOT x\nEOT\n',
    'a = "${}"\n',
    'a = "%{ if b }c%{ endif }"\n',
    'a = "%{ if b }c"\n',
    'a = [for x in y : x if x]\n',
    'a = {for k, v in y : k => v...}\n',
    'a = f(x...)\n',
    'a = f(x..., y)\n',
    'a = a-b\n',
    'a = provider::aws::arn_parse(x)\n',
  ])('terraform fmt accepts %j exactly when the parser does', (text) => {
    // Beside, not in, the directory `terraform console` reads as its configuration.
    const file = `${dir}-snippet.tf`;
    writeFileSync(file, text);
    const accepted = spawnSync('terraform', ['fmt', '-write=false', '-list=false', file], { stdio: 'ignore' }).status === 0;
    rmSync(file);
    expect(parseHcl(text).error === undefined).toBe(accepted);
  });

  test('strip markers remove the whitespace beside them', () => {
    expect(console('"a ${~ "b" ~} c"')).toBe('"abc"');
    expect(console('"%{ if true ~}  yes  %{~ else ~} no %{~ endif ~}   end"')).toBe('"yesend"');
    expect(show(expr('"%{ if true ~}  yes  %{~ else ~} no %{~ endif ~}   end"'))).toBe('"%{if true}yes%{else}no%{endif}end"');
  });

  test('an index after an attribute splat indexes the list it made', () => {
    expect(console('[{id="a"},{id="b"}].*.id[1]')).toBe('"b"');
    expect(show(expr('l.*.id[1]'))).toBe('l<*.id>[1]');
  });
});
