import { prepareTerraformParser, treeHasTerraform } from '../load/terraform-parser.js';
import { registerTerraformSupport } from '../model/terraform-registry.js';

/**
 * Loads the Terraform support (its code and the parser's wasm) for the pipeline. Asynchronous
 * because the wasm runtime starts asynchronously; the review itself stays synchronous.
 */
export async function prepareTerraform(): Promise<void> {
  const { TERRAFORM_SUPPORT } = await import('../model/terraform-support.js');
  await prepareTerraformParser();
  registerTerraformSupport(TERRAFORM_SUPPORT);
}

/** Prepares Terraform support only when a Terraform file lies under `roots`: otherwise nothing is loaded. */
export async function prepareTerraformFor(roots: readonly string[]): Promise<void> {
  if (treeHasTerraform(roots)) await prepareTerraform();
}
