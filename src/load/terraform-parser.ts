import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language as LanguageType, Node as TsNode, Parser as ParserType } from 'web-tree-sitter';

/*
 * Why web-tree-sitter with the tree-sitter-hcl grammar's `terraform` dialect. Measured on the
 * 709 `.tf`/`.tfvars` files of ../shared/corpus (2.9 MB) on this 2-core machine:
 *   - web-tree-sitter 0.27 + @tree-sitter-grammars/tree-sitter-hcl 1.2: 2.4 ms per file, 0 files
 *     with an error node, a start and end offset on every node (so every attribute and block
 *     has its line and column), 21 ms to initialise, ~390 KB of .wasm.
 *   - hcl2-parser 1.0.3 (HCL's Go parser compiled to JS): 41 ms per file, 263 ms to require,
 *     3.9 MB, and its output is plain JSON: no positions at all.
 *   - @cdktf/hcl2json: Go compiled to wasm, asynchronous, JSON output without positions.
 * Only the first gives findings a line and column. Its initialisation is asynchronous (the
 * wasm runtime), so entry points call `prepareTerraformParser()` when the tree holds
 * Terraform files; the review itself stays synchronous, and a tree without `.tf` files never
 * loads the runtime, so the action's start-up does not grow.
 */

type TreeSitter = typeof import('web-tree-sitter');

export type { TsNode };

let parser: ParserType | undefined;
let loading: Promise<void> | undefined;
let failure: string | undefined;

const RUNTIME_WASM = 'web-tree-sitter.wasm';
const GRAMMAR_WASM = 'tree-sitter-terraform.wasm';

/**
 * Where the two .wasm files are: beside the bundle (scripts/bundle.mjs copies them into
 * dist/), or in node_modules when running from source (tests, `npm run` scripts).
 */
function wasmPath(file: string): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, file), path.join(here, 'wasm', file)];
  try {
    const require = createRequire(import.meta.url);
    candidates.push(
      file === RUNTIME_WASM
        ? require.resolve('web-tree-sitter/web-tree-sitter.wasm')
        : path.join(path.dirname(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), file),
    );
  } catch {
    // Not installed: the bundle's own copy is the only candidate.
  }
  return candidates.find((c) => existsSync(c));
}

/** Loads the wasm runtime and the grammar once; later calls return at once. Never rejects. */
export function prepareTerraformParser(): Promise<void> {
  loading ??= (async () => {
    try {
      const runtime = wasmPath(RUNTIME_WASM);
      const grammar = wasmPath(GRAMMAR_WASM);
      if (!runtime || !grammar) throw new Error(`${!runtime ? RUNTIME_WASM : GRAMMAR_WASM} not found beside the program or in node_modules`);
      const ts = (await import('./web-tree-sitter.cjs')) as unknown as TreeSitter;
      // Bundled into an ES module, the CommonJS runtime finds no `__dirname` while it starts (it
      // only builds a default wasm path from it; the wasm is handed over): lent for that moment.
      const scope = globalThis as { __dirname?: string };
      const lent = !('__dirname' in scope);
      if (lent) scope.__dirname = path.dirname(runtime);
      try {
        await ts.Parser.init({ wasmBinary: readFileSync(runtime) });
      } finally {
        if (lent) delete scope.__dirname;
      }
      const language: LanguageType = await ts.Language.load(readFileSync(grammar));
      const p = new ts.Parser();
      p.setLanguage(language);
      parser = p;
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
  })();
  return loading;
}

/** The parser, or why there is none (never prepared, or its wasm failed to load). */
export function terraformParser(): { parser: ParserType } | { unavailable: string } {
  if (parser) return { parser };
  return { unavailable: failure ?? 'the Terraform parser was not prepared (prepareTerraformParser) before loading' };
}

/** Files read as Terraform: configuration and variable files (HCL syntax). */
export function isTerraformPath(file: string): boolean {
  return /\.tf$|\.tfvars$|\.tf\.json$|\.tfvars\.json$/i.test(file);
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', '.terraform']);
/** Directory entries looked at before answering "maybe": the walk must stay cheap on any tree. */
const MAX_ENTRIES = 200_000;

/**
 * Whether a Terraform file lies under any of `roots` (files or directories): the entry points
 * ask this before the review, so that only trees with Terraform pay for loading the parser.
 * Reads directory listings only; gives true when the walk is cut short, to stay on the safe side.
 */
export function treeHasTerraform(roots: readonly string[]): boolean {
  let seen = 0;
  const stack: string[] = [];
  for (const root of roots) {
    if (isTerraformPath(root)) return true;
    stack.push(root);
  }
  while (stack.length > 0) {
    const current = stack.pop() as string;
    let entries: Dirent[];
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue; // a file, or unreadable: nothing below it
    }
    for (const entry of entries) {
      if (++seen > MAX_ENTRIES) return true;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) stack.push(path.join(current, entry.name));
      } else if (isTerraformPath(entry.name)) {
        return true;
      }
    }
  }
  return false;
}

/** The kind of the small document a `helm_release` of a chart becomes (src/load/terraform-embedded.ts). */
export const HELM_RELEASE_KIND = 'helm_release';
