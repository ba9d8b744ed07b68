import fc from 'fast-check';
import { memoryBudgetRules } from '../../../src/rules/memory-budget/index.js';
import { reviewFiles } from '../../helpers/review.js';

/** Values of any shape where manifests put quantities, selectors, lists and maps. */
const anything = fc.oneof(
  fc.constantFrom('1Gi', '-1Gi', '1e400', '3.5Gi', 'lots', '', '0', '100%', 'm5.large', 'c9z.huge', 'In', 'NoSchedule'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('memory', 'key', 'operator', 'values', 'effect', 'name'), fc.oneof(fc.string(), fc.integer(), fc.constant(null)), {
    maxKeys: 3,
  }),
);

describe('memory-budget rules on arbitrary shapes', () => {
  test('never fail, whatever the fields hold', () => {
    fc.assert(
      fc.property(anything, anything, anything, anything, anything, anything, (resources, selector, affinity, tolerations, instanceType, kubelet) => {
        const pod = {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          metadata: { name: 'w', namespace: 'n' },
          spec: {
            replicas: instanceType,
            template: {
              spec: {
                nodeSelector: selector,
                affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [affinity] }] } } },
                tolerations,
                initContainers: [{ name: 'i', restartPolicy: 'Always', resources }],
                containers: [{ name: 'c', resources }, resources],
              },
            },
          },
        };
        const cluster = {
          apiVersion: 'eksctl.io/v1alpha5',
          kind: 'ClusterConfig',
          metadata: { name: 'c' },
          nodeGroups: [
            {
              name: 'ng',
              instanceType,
              maxSize: selector,
              labels: selector,
              taints: tolerations,
              kubeletExtraConfig: kubelet,
              overrideBootstrapCommand: kubelet,
            },
          ],
        };
        const pool = {
          apiVersion: 'karpenter.sh/v1',
          kind: 'NodePool',
          metadata: { name: 'p' },
          spec: {
            limits: { nodes: instanceType },
            template: {
              spec: { requirements: [affinity, { key: 'node.kubernetes.io/instance-type', operator: 'In', values: [instanceType] }], taints: tolerations },
            },
          },
        };
        const ds = { ...pod, kind: 'DaemonSet', metadata: { name: 'd' } };
        const findings = reviewFiles(
          { 'p.json': JSON.stringify(pod), 'c.json': JSON.stringify(cluster), 'k.json': JSON.stringify(pool), 'd.json': JSON.stringify(ds) },
          {
            rules: memoryBudgetRules,
            options: () => ({
              systemPods: {
                mode: 'replace',
                pods: [{ name: 'ebs-csi-node' }, { name: 'vendor-agent', memoryRequest: typeof instanceType === 'string' ? instanceType : '1Gi' }],
              },
            }),
          },
        );
        return findings.every((f) => !f.message.startsWith('internal error'));
      }),
      { numRuns: 150 },
    );
  });
});
