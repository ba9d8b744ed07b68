import { loadTerraformFile, terraformCommentStarts } from '../load/terraform.js';
import { rehomeTerraformSubnets, terraformModules } from './terraform.js';
import type { TerraformSupport } from './terraform-registry.js';

/** Everything Terraform, in one module that src/engine/terraform.ts imports only when needed. */
export const TERRAFORM_SUPPORT: TerraformSupport = { loadTerraformFile, terraformModules, rehomeTerraformSubnets, terraformCommentStarts };
