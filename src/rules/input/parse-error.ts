import { defineRule } from '../types.js';

export default defineRule({
  id: 'input/parse-error',
  family: 'input',
  defaultSeverity: 'error',
  description: 'A file or document is not valid YAML/JSON, so nothing in it can be reviewed.',
  check: ({ inputFindings }) => inputFindings.filter((f) => f.rule === 'input/parse-error').map((f) => ({ location: f, message: f.message })),
});
