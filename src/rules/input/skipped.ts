import { defineRule } from '../types.js';

export default defineRule({
  id: 'input/skipped',
  family: 'input',
  defaultSeverity: 'notice',
  description: 'A file was not reviewed: a template, binary, or a symlink out of the tree.',
  check: ({ inputFindings }) => inputFindings.filter((f) => f.rule === 'input/skipped').map((f) => ({ location: f, message: f.message })),
});
