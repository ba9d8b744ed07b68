/**
 * A replicated workload's pod count writes its text when it is read (src/rules/memory-budget/_replicas.ts):
 * every field must read as the literal it replaced, the text included, on every read.
 */
import type { HorizontalPodAutoscaler, Workload } from '../../../src/model/types.js';
import { podCount } from '../../../src/rules/memory-budget/_replicas.js';
import { treeOf } from '../../helpers/review.js';

const deployment = (name: string, spec: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ${name}, namespace: web}\nspec:\n${spec}  template:\n    spec:\n      containers: [{name: app}]\n`;
const hpa = (name: string, max: number): string =>
  `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: ${name}-hpa, namespace: web}\nspec:\n  scaleTargetRef: {kind: Deployment, name: ${name}}\n  minReplicas: 2\n  maxReplicas: ${max}\n`;

function model(): { named: (name: string) => Workload; autoscaler: HorizontalPodAutoscaler } {
  const tree = treeOf({
    'a.yaml': [
      deployment('surged', '  replicas: 3\n'),
      deployment('recreated', '  replicas: 3\n  strategy: {type: Recreate}\n'),
      deployment('scaled', '  replicas: 3\n'),
      hpa('scaled', 10),
    ].join('---\n'),
  });
  const named = (name: string): Workload => {
    const w = tree.model.workloads.find((x) => x.name === name);
    if (!w) throw new Error(name);
    return w;
  };
  const autoscaler = tree.model.autoscalers[0];
  if (!autoscaler) throw new Error('no autoscaler');
  return { named, autoscaler };
}

const fields = (count: ReturnType<typeof podCount>) =>
  count && { max: count.max, min: count.min, steady: count.steady, surge: count.surge, text: count.text, subject: count.subject, at: count.at };

describe('pod counts', () => {
  test('replicas with and without a surge, an HPA with a surge: the fields and texts of the literals they replace', () => {
    const { named, autoscaler } = model();
    expect(fields(podCount(named('surged'), undefined))).toEqual({
      max: 4,
      min: 3,
      steady: 3,
      surge: 1,
      text: 'replicas 3 + rolling-update surge 1',
      subject: named('surged'),
      at: ['spec', 'replicas'],
    });
    expect(fields(podCount(named('recreated'), undefined))).toEqual({
      max: 3,
      min: 3,
      steady: 3,
      surge: 0,
      text: 'replicas 3',
      subject: named('recreated'),
      at: ['spec', 'replicas'],
    });
    const scaled = podCount(named('scaled'), autoscaler);
    expect(fields(scaled)).toEqual({
      max: 13,
      min: 2,
      steady: 10,
      surge: 3,
      text: 'HPA scaled-hpa maxReplicas 10 + rolling-update surge 3',
      subject: autoscaler,
      at: ['spec', 'maxReplicas'],
    });
    expect(scaled?.subject).toBe(autoscaler);
    // Written on each read, the same text; an HPA of a Recreate workload adds no surge.
    expect(scaled?.text).toBe(scaled?.text);
    expect(podCount(named('recreated'), autoscaler)?.text).toBe('HPA scaled-hpa maxReplicas 10');
  });
});
