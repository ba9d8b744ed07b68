import { loadTerraformFile, terraformCommentStarts } from '../load/terraform.js';
import { loadTerraformJsonFile } from '../load/terraform-json.js';
import { rehomeTerraformSubnets, terraformModules } from './terraform.js';
import type { TerraformSupport } from './terraform-registry.js';

/** Everything Terraform, in one module that src/engine/terraform.ts imports only when needed. */
export const TERRAFORM_SUPPORT: TerraformSupport = {
  // Terraform's JSON syntax (`*.tf.json`, `*.tfvars.json`) reads into the same syntax tree as HCL.
  loadTerraformFile: (source) => (/\.json$/i.test(source.path) ? loadTerraformJsonFile(source) : loadTerraformFile(source)),
  terraformModules,
  rehomeTerraformSubnets,
  terraformCommentStarts,
};
