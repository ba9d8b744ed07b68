import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS } from '../../helpers/paths.js';

/** Real corpus files, read in place, keyed by their corpus path (for in-memory reviews). */
export function corpusFiles(...files: string[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f, readFileSync(path.join(CORPUS, f), 'utf8')]));
}

/** An eksctl-generated VPC template (JSON) with node groups added and resources removed. */
export function eksctlVpcWith(file: string, add: Record<string, unknown>, remove: (id: string, type: string) => boolean = () => false): string {
  const template = JSON.parse(readFileSync(path.join(CORPUS, file), 'utf8')) as { Resources: Record<string, { Type: string }> };
  for (const [id, res] of Object.entries(template.Resources)) if (remove(id, res.Type)) delete template.Resources[id];
  Object.assign(template.Resources, add);
  return JSON.stringify(template, null, 2);
}
