import { defineRule } from '../types.js';

export default defineRule({
  id: 'input/build-failed',
  family: 'input',
  defaultSeverity: 'warning',
  description: 'A kustomization could not be built, or a Helm chart could not be rendered, so the objects it makes were not reviewed.',
  check: ({ inputFindings }) => inputFindings.filter((f) => f.rule === 'input/build-failed').map((f) => ({ location: f, message: f.message })),
});
