import type { NodeSelectorRequirement, PodSpecInfo, Taint, Toleration } from '../../../src/model/types.js';
import { ABSENT, evaluate, labelValue, matchPod, UNKNOWN, type LabelValue, type NodeView } from '../../../src/rules/memory-budget/_match.js';

const req = (key: string, operator: NodeSelectorRequirement['operator'], values: string[] = []): NodeSelectorRequirement => ({ key, operator, values });

function podSpec(part: Partial<PodSpecInfo>): PodSpecInfo {
  return {
    path: ['spec'],
    containers: [],
    initContainers: [],
    nodeSelector: {},
    requiredNodeAffinity: [],
    tolerations: [],
    hostNetwork: false,
    labels: {},
    ...part,
  };
}

function node(labels: Record<string, LabelValue>, taints: Taint[] | 'unknown' = []): NodeView {
  return { taints: taints === 'unknown' ? undefined : taints, label: (k) => labels[k] ?? ABSENT };
}

describe('node affinity operators', () => {
  test.each([
    ['In', ['a', 'b'], labelValue('a'), 'yes'],
    ['In', ['a'], labelValue('c'), 'no'],
    ['In', ['a'], ABSENT, 'no'],
    ['NotIn', ['a'], labelValue('a'), 'no'],
    ['NotIn', ['a'], labelValue('b'), 'yes'],
    ['NotIn', ['a'], ABSENT, 'yes'],
    ['Exists', [], labelValue(''), 'yes'],
    ['Exists', [], ABSENT, 'no'],
    ['DoesNotExist', [], ABSENT, 'yes'],
    ['DoesNotExist', [], labelValue('x'), 'no'],
    ['Gt', ['8'], labelValue('16'), 'yes'],
    ['Gt', ['8'], labelValue('8'), 'no'],
    ['Gt', ['8'], labelValue('sixteen'), 'no'],
    ['Lt', ['8'], labelValue('4'), 'yes'],
    ['Lt', ['8'], ABSENT, 'no'],
    ['In', ['a'], UNKNOWN, 'maybe'],
    ['In', ['b'], { kind: 'oneOf', values: ['a', 'b'] }, 'yes'],
    ['NotIn', ['a', 'b'], { kind: 'oneOf', values: ['a', 'b'] }, 'no'],
  ] as const)('%s %j against %j → %s', (operator, values, label, expected) => {
    expect(evaluate(req('k', operator, [...values]), label)).toBe(expected);
  });

  test('terms are ORed, requirements inside a term ANDed, and the nodeSelector ANDed with them', () => {
    const view = node({ zone: labelValue('a'), disk: labelValue('ssd') });
    const terms = [[req('zone', 'In', ['b'])], [req('zone', 'In', ['a']), req('disk', 'In', ['ssd'])]];
    expect(matchPod(podSpec({ requiredNodeAffinity: terms }), view).result).toBe('yes');
    expect(matchPod(podSpec({ requiredNodeAffinity: terms, nodeSelector: { disk: 'hdd' } }), view)).toMatchObject({ result: 'no', by: 'nodeSelector' });
    expect(matchPod(podSpec({ requiredNodeAffinity: [[req('zone', 'In', ['b'])]] }), view)).toMatchObject({ result: 'no', by: 'affinity' });
  });
});

describe('taints and tolerations', () => {
  const tainted = node({}, [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }]);
  const tol = (t: Toleration): PodSpecInfo => podSpec({ tolerations: [t] });

  test('an untolerated NoSchedule taint keeps the pod off, with the reason', () => {
    const m = matchPod(podSpec({}), tainted);
    expect(m).toMatchObject({ result: 'no', by: 'tolerations' });
    expect(m.reasons).toEqual(['taint dedicated=gpu:NoSchedule not tolerated']);
  });

  test.each([
    [{ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }, 'yes'],
    [{ key: 'dedicated', value: 'gpu' }, 'yes'],
    [{ key: 'dedicated', operator: 'Exists' }, 'yes'],
    [{ operator: 'Exists' }, 'yes'],
    [{ key: 'dedicated', value: 'cpu' }, 'no'],
    [{ key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }, 'no'],
  ] as const)('toleration %j → %s', (t, expected) => {
    expect(matchPod(tol({ ...t }), tainted).result).toBe(expected);
  });

  test('PreferNoSchedule never excludes; NoExecute does', () => {
    expect(matchPod(podSpec({}), node({}, [{ key: 'a', effect: 'PreferNoSchedule' }])).result).toBe('yes');
    expect(matchPod(podSpec({}), node({}, [{ key: 'a', effect: 'NoExecute' }])).result).toBe('no');
  });

  test('unknown taints leave it open unless the pod tolerates everything', () => {
    expect(matchPod(podSpec({}), node({}, 'unknown')).result).toBe('maybe');
    expect(matchPod(tol({ operator: 'Exists' }), node({}, 'unknown')).result).toBe('yes');
  });
});
