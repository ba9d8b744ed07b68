import { findingSpan } from '../../load/lines.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'input/skipped',
  family: 'input',
  defaultSeverity: 'notice',
  description: 'A file or call was not reviewed: a template, binary, a symlink out of the tree, or a Terraform module at a major not read.',
  check: ({ inputFindings, model }) => [
    ...inputFindings.filter((f) => f.rule === 'input/skipped').map((f) => ({ location: f, message: f.message })),
    // What the model builders found and could not read (a Terraform module at a major not read).
    ...(model.unread ?? []).map(({ doc, path, message }) => {
      const range = doc.locate(path);
      return { location: { path: range.path ?? doc.path, ...findingSpan(range) }, message };
    }),
  ],
});
