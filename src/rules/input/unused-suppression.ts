import { IGNORE_ANNOTATION } from '../suppressions.js';
import { defineRule, type LocatedReport } from '../types.js';

export default defineRule({
  id: 'input/unused-suppression',
  family: 'input',
  defaultSeverity: 'notice',
  description: 'A suppression names an unknown rule, or a rule that found nothing where it applies: it hides nothing and can go.',
  phase: 'after-suppressions',
  check: ({ suppressions = [] }) =>
    suppressions.flatMap(({ suppression, targets }): LocatedReport[] => {
      const where =
        suppression.kind === 'annotation'
          ? `on ${suppression.object?.kind ?? 'this object'} ${suppression.object?.name ?? ''}`.trimEnd()
          : `on line ${suppression.covers.fromLine}`;
      if (targets.length === 0) {
        return [
          {
            location: suppression.location,
            message: `this suppression names no rule: write the rule ids or families to ignore, then \`-- reason\` (e.g. \`${suppression.kind === 'annotation' ? `${IGNORE_ANNOTATION}: "memory-budget -- why"` : '# manifest-review-ignore memory-budget -- why'}\`)`,
          },
        ];
      }
      return targets.flatMap(({ target, status }): LocatedReport[] => {
        if (status === 'unknown') {
          return [
            {
              location: suppression.location,
              message: `\`${target}\` is not a rule id or family of manifest-review, so this suppression hides nothing; fix the name or remove it`,
            },
          ];
        }
        if (status === 'unused') {
          return [
            {
              location: suppression.location,
              message: `no ${target} finding ${where} to suppress; remove \`${target}\` from this suppression${suppression.kind === 'comment' ? ", or move the comment to the line above the finding's line" : ''}`,
            },
          ];
        }
        return [];
      });
    }),
});
