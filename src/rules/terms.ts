import type { PathSegment } from '../load/types.js';
import type { SourceTerms } from '../model/types.js';

/**
 * Settings named in messages in the words of the file the reader edits. Rules write the words of
 * the kind an object is modelled as (CloudFormation properties, `Name: value`); an object defined
 * in another language (Terraform) carries its own (`SourceTerms`), so no rule asks which format
 * an object came from.
 */

interface Worded {
  readonly terms?: SourceTerms;
}

/** The setting at `path` (relative to the object's document, as the model reads it), or `own` in the kind's words. */
export function settingName(object: Worded, path: readonly PathSegment[], own: string): string {
  return object.terms?.nameAt(path) ?? own;
}

/** A setting with its value as the definition writes it: `EndpointPublicAccess: false`, `endpoint_public_access = false`. */
export function settingText(object: Worded, path: readonly PathSegment[], own: string, value: string | boolean, ownValue = String(value)): string {
  const terms = object.terms;
  return terms ? terms.assignment(terms.nameAt(path) ?? own, value) : `${own}: ${ownValue}`;
}

/** What applies the definition ("Terraform"), or `own`. */
export function toolOf(object: Worded, own: string): string {
  return object.terms?.tool ?? own;
}

/** A label that opens a sentence ("node group apps" → "Node group apps"). */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
