import { defineRule } from '../types.js';

export default defineRule({
  id: 'input/invalid-config',
  family: 'input',
  defaultSeverity: 'error',
  description: 'The configuration file is not valid YAML or does not match its schema; the invalid entries are ignored.',
  check: ({ inputFindings }) =>
    inputFindings
      .filter((f) => f.rule === 'input/invalid-config')
      // Warnings (a setting the reviewed files override) keep their level.
      .map((f) => ({ location: f, message: f.message, severity: f.severity })),
});
