import { defineRule } from '../types.js';

export default defineRule({
  id: 'input/duplicate-key',
  family: 'input',
  defaultSeverity: 'warning',
  description: 'A CloudFormation template repeats a key in one mapping: it deploys with the later value, which is what is reviewed.',
  check: ({ inputFindings }) => inputFindings.filter((f) => f.rule === 'input/duplicate-key').map((f) => ({ location: f, message: f.message })),
});
