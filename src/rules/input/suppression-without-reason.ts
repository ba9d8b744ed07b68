import { defineRule } from '../types.js';

export default defineRule({
  id: 'input/suppression-without-reason',
  family: 'input',
  defaultSeverity: 'notice',
  description: 'A suppression gives no reason after `--`; the next reader cannot tell whether it still holds.',
  phase: 'after-suppressions',
  check: ({ suppressions = [] }) =>
    suppressions
      .filter(({ suppression }) => suppression.reason === undefined && suppression.targets.length > 0)
      .map(({ suppression }) => ({
        location: suppression.location,
        message: `suppression of ${suppression.targets.join(', ')} gives no reason; add one after \`--\` (\`${suppression.targets.join(', ')} -- why this is safe\`) so a reviewer can tell when it no longer holds`,
      })),
});
