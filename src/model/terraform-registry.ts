import type { LoadedDocument, LoadedFile, SourceFile } from '../load/types.js';
import type { rehomeTerraformSubnets, terraformModules } from './terraform.js';
import type { terraformLoader } from './terraform-load.js';

/**
 * The Terraform support, registered once it is loaded. Parsing, evaluating and modelling
 * Terraform is a chunk of its own that the entry points load (src/engine/terraform.ts) only when
 * the reviewed tree has `.tf` files, so a review without Terraform neither loads nor compiles it:
 * the pipeline reaches it only through this registry, and only by type everywhere else.
 */
export interface TerraformSupport {
  loadTerraformFile(source: SourceFile): LoadedFile;
  /** Loads a tree's Terraform files, each directory evaluated as soon as its files are read. */
  terraformLoader: typeof terraformLoader;
  terraformModules: typeof terraformModules;
  rehomeTerraformSubnets: typeof rehomeTerraformSubnets;
  /** Offsets of the comments of a Terraform file (for suppressions); undefined when it cannot be parsed. */
  terraformCommentStarts(text: string): number[] | undefined;
}

let support: TerraformSupport | undefined;

export function registerTerraformSupport(loaded: TerraformSupport): void {
  support = loaded;
}

export function terraformSupport(): TerraformSupport | undefined {
  return support;
}

/** A Terraform file's document (src/load/terraform.ts), told apart without loading its class. */
export function isTerraformDocument(doc: LoadedDocument): boolean {
  return (doc as { format?: unknown }).format === 'terraform';
}
