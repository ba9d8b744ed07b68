import { reviewFiles } from '../../helpers/review.js';
import { nodegroupStack } from './_clusters.js';

const rule = 'version-skew/kubelet-newer';
const of = (cluster: string, nodes: string) =>
  reviewFiles({ 'stack.yaml': nodegroupStack(cluster, nodes) }, { now: new Date('2026-06-01') }).filter((f) => f.rule === rule);

describe('version-skew/kubelet-newer', () => {
  test('nodes newer than the control plane are an error at the node group’s version', () => {
    const [f, ...rest] = of('1.35', '1.36');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', path: 'stack.yaml', startLine: 11, object: { kind: 'AWS::EKS::Nodegroup', name: 'Workers' } });
    expect(f?.message).toContain('1.36');
    expect(f?.message).toContain('1.35');
  });

  test('nodes at or below the control plane get none', () => {
    expect(of('1.35', '1.35')).toEqual([]);
    expect(of('1.35', '1.33')).toEqual([]);
  });
});
