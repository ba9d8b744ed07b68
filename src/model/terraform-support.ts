import { terraformCommentStarts } from '../load/terraform.js';
import { rehomeTerraformSubnets, terraformModules } from './terraform.js';
import { loadOneTerraformFile, terraformLoader } from './terraform-load.js';
import type { TerraformSupport } from './terraform-registry.js';

/** Everything Terraform, in one module that src/engine/terraform.ts imports only when needed. */
export const TERRAFORM_SUPPORT: TerraformSupport = {
  loadTerraformFile: (source) => loadOneTerraformFile(source),
  terraformLoader,
  terraformModules,
  rehomeTerraformSubnets,
  terraformCommentStarts,
};
