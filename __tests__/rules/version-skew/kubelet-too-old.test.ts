import { reviewFiles } from '../../helpers/review.js';
import { nodegroupStack } from './_clusters.js';

const rule = 'version-skew/kubelet-too-old';
const of = (cluster: string, nodes: string) =>
  reviewFiles({ 'stack.yaml': nodegroupStack(cluster, nodes) }, { now: new Date('2026-06-01') }).filter((f) => f.rule === rule);

describe('version-skew/kubelet-too-old', () => {
  test('from 1.28 on, a kubelet may lag three minors: four is an error at the node group’s version', () => {
    const [f, ...rest] = of('1.35', '1.31');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', path: 'stack.yaml', startLine: 11, object: { name: 'Workers' } });
    expect(of('1.35', '1.32')).toEqual([]);
  });

  test('up to 1.27, two minors: three is an error', () => {
    expect(of('1.27', '1.24')).toHaveLength(1);
    expect(of('1.27', '1.25')).toEqual([]);
  });

  test('nodes at the control plane’s version get none', () => {
    expect(of('1.35', '1.35')).toEqual([]);
  });
});
