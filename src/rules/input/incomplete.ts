import { INCOMPLETE_RULE } from '../../findings.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: INCOMPLETE_RULE,
  family: 'input',
  defaultSeverity: 'error',
  description:
    'The review did not read or check everything: its time or input budget ran out, a file is over a size or parser limit, or a configured path could not be read, so findings may be missing.',
  // After suppressions and mandatory: a PR that pads itself until the budget runs out must not
  // also be able to hide the overrun with a comment or a config entry.
  phase: 'after-suppressions',
  mandatory: true,
  check: ({ inputFindings }) => inputFindings.filter((f) => f.rule === INCOMPLETE_RULE).map((f) => ({ location: f, message: f.message })),
});
