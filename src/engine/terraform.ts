import { isTerraformPath } from '../load/terraform-parser.js';
import { registerTerraformSupport } from '../model/terraform-registry.js';
import { budgetOf, collectWorkingTree, setupReview, type PreparedReview, type ReviewOptions } from './review.js';

/**
 * Loads the Terraform support (parser, loader, evaluator, model: a chunk of its own in the
 * bundle) for the pipeline. Asynchronous because the chunk is imported dynamically; the review
 * itself stays synchronous.
 */
export async function prepareTerraform(): Promise<void> {
  const { TERRAFORM_SUPPORT } = await import('../model/terraform-support.js');
  registerTerraformSupport(TERRAFORM_SUPPORT);
}

/**
 * What an entry point does before the synchronous review: read the config, collect the working
 * tree once, and load Terraform support only when a collected file is Terraform (a tree without
 * any, or whose globs leave its `.tf` files out, loads none of it). Pass the result as the
 * review's `prepared` option with the same `cwd` and `paths`, so the tree is not walked again.
 * Throws what `setupReview` and `collectFiles` throw (a bad config path or glob, no workspace).
 * `loadTerraform` is replaceable so that tests can see whether it was called.
 */
export async function prepareReview(options: ReviewOptions, loadTerraform: () => Promise<void> = prepareTerraform): Promise<PreparedReview> {
  const budget = budgetOf(options);
  const paths = options.paths ?? ['.'];
  const setup = setupReview(options);
  const collected = collectWorkingTree({ ...options, paths }, setup);
  if (collected.files.some((f) => isTerraformPath(f.path))) await loadTerraform();
  return { setup, collected, cwd: options.cwd, paths, budget };
}
