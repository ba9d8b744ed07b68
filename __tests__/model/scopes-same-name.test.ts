import { treeOf } from '../helpers/review.js';
import { example } from '../rules/memory-budget/fixtures.js';

describe('scopes: node groups naming a cluster defined twice', () => {
  test('the outage and its fix (both "rails-prod") each keep their own node group', () => {
    const { model } = treeOf({
      'examples/outage-2019/cluster.yaml': example('outage-2019/cluster.yaml'),
      'examples/outage-2019-fixed/cluster.yaml': example('outage-2019-fixed/cluster.yaml'),
    });
    expect(model.scopes).toHaveLength(2);
    for (const scope of model.scopes) {
      expect(scope.cluster?.name).toBe('rails-prod');
      expect(scope.nodeGroups.map((g) => g.ref.doc.path)).toEqual([scope.cluster?.ref.doc.path]);
    }
  });

  test('a node group naming a cluster defined once still joins it, wherever it sits', () => {
    const asg = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Nodes:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      MinSize: '1'
      MaxSize: '2'
      Tags: [{Key: kubernetes.io/cluster/prod, Value: owned, PropagateAtLaunch: true}]
`;
    const { model } = treeOf({
      'clusters/prod/cluster.yaml': 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: prod}\n',
      'clusters/dev/cluster.yaml': 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {name: dev}\n',
      'clusters/dev/nodes.yaml': asg,
    });
    const withNodes = model.scopes.filter((s) => s.nodeGroups.some((g) => g.name === 'Nodes')).map((s) => s.cluster?.name);
    expect(withNodes).toEqual(['prod']);
  });
});
