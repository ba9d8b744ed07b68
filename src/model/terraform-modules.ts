import type { TerraformDocument } from '../load/terraform.js';
import type { PathSegment } from '../load/types.js';
import type { TemplateWriter } from './terraform.js';

/** A `module` block of a root module, its inputs evaluated. */
export interface ModuleCall {
  readonly name: string;
  readonly doc: TerraformDocument;
  /** HCL path of the module block. */
  readonly block: readonly PathSegment[];
  readonly source?: string;
  readonly version?: string;
  readonly inputs: ReadonlyMap<string, { readonly value: unknown; readonly from: readonly PathSegment[] }>;
  /** An input read as a version string (`1.30` stays "1.30"). */
  versionText(input: string): unknown;
}

export function knownModuleResources(call: ModuleCall, writer: TemplateWriter): { outputs: Record<string, unknown> } | undefined {
  void call;
  void writer;
  return undefined;
}
