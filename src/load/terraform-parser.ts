/*
 * Why Terraform files are parsed by our own parser (src/load/hcl-parser.ts). The issue asks that a
 * `.tf` file cost no more to load than a YAML file, with a line and column for every attribute and
 * block. Measured with bench/terraform-load.mjs on the 709 `.tf`/`.tfvars` files (2.8 MiB) and the
 * 2,774 YAML files of ../shared/corpus, in one run on this shared 2-core machine:
 *   - web-tree-sitter 0.27 + @tree-sitter-grammars/tree-sitter-hcl 1.2 (the previous parser): the
 *     wasm parse alone 1.3 ms per file, 2.1 ms per file loaded (copying the tree out of wasm), against
 *     0.18 ms for a YAML file's whole load; 30 ms to initialise, ~470 KiB of JS and .wasm to ship,
 *     asynchronous start. It also misreads HCL: `a ? b : c ? d : e` as `(a ? b : c) ? d : e` (the eks
 *     module's `release_version` and the vpc module's `nat_gateway_count` are written so), and drops
 *     the spaces at the ends of a plain string.
 *   - hcl2-parser 1.0.3 (HCL's Go parser compiled to JS): 41 ms per file, no positions.
 *   - @cdktf/hcl2json (Go compiled to wasm): asynchronous, JSON without positions.
 *   - measured once more on a loaded machine, all corpus files, where our parser took 0.2–0.4 ms
 *     per file: hcl2-json-parser 1.0.1 (GopherJS, asynchronous, no positions) 73 ms per file;
 *     @evops/hcl-terraform-parser 1.0.0 (GopherJS, a module summary, not the syntax) 47 ms per
 *     file and 0.9 s to load; codemirror-lang-hcl 0.2 (a Lezer grammar in JS, with positions)
 *     34 ms per file walked, and error nodes in 76 of the 709 files.
 *   - the recursive-descent parser here: 0.065–0.13 ms per file loaded against 0.24–0.39 ms for a
 *     YAML file in the same runs (0.27–0.33x), ~20x faster than tree-sitter's parse alone; its tree
 *     equals tree-sitter's on every corpus file, offsets included, except where tree-sitter is wrong
 *     (__tests__/terraform/hcl-parser-oracle.test.ts); `terraform fmt` accepts or rejects the same
 *     4,000 of 4,000 mutated corpus files. More in bench/README.md "Terraform".
 * It is synchronous and plain TypeScript: nothing to prepare and nothing but code to ship. It is
 * still imported only with the rest of the Terraform support (src/engine/terraform.ts), so a tree
 * without Terraform files does not load it.
 */

/** Files read as Terraform: configuration and variable files, in HCL native syntax or JSON syntax (`.tf.json`, `.tfvars.json`). */
export function isTerraformPath(file: string): boolean {
  return /\.tf$|\.tfvars$|\.tf\.json$|\.tfvars\.json$/i.test(file);
}

/** The kind of the small document a `helm_release` of a chart becomes (src/load/terraform-embedded.ts). */
export const HELM_RELEASE_KIND = 'helm_release';
