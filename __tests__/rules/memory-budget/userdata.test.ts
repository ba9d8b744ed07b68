import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { NodeGroup } from '../../../src/model/types.js';
import { parseUserData } from '../../../src/rules/memory-budget/_userdata.js';
import { CORPUS } from '../../helpers/paths.js';
import { treeOf } from '../../helpers/review.js';
import { testWithCorpus } from '../../helpers/corpus.js';

const Mi = 2 ** 20;
const corpusGroups = (file: string): readonly NodeGroup[] => treeOf({ [file]: readFileSync(path.join(CORPUS, file), 'utf8') }).model.nodeGroups;

describe('AL2 bootstrap.sh arguments', () => {
  test('--kubelet-extra-args carries max-pods, reserves, eviction, labels and taints', () => {
    const s = parseUserData(`#!/bin/bash
/etc/eks/bootstrap.sh prod \\
  --kubelet-extra-args '--max-pods=110 --kube-reserved memory=1Gi,cpu=250m --system-reserved=memory=300Mi --eviction-hard memory.available<5%,nodefs.available<10% --node-labels=team=web,tier=front --register-with-taints=dedicated=web:NoSchedule'`);
    expect(s.family).toBe('al2');
    expect(s.kubelet).toEqual({ maxPods: 110, kubeReservedMemory: 1024 * Mi, systemReservedMemory: 300 * Mi, evictionHardMemory: '5%' });
    expect(s.labels).toEqual({ team: 'web', tier: 'front' });
    expect(s.taints).toEqual([{ key: 'dedicated', value: 'web', effect: 'NoSchedule' }]);
    expect(s.argumentsUnknown).toBe(false);
  });

  test('--use-max-pods false', () => {
    expect(parseUserData('/etc/eks/bootstrap.sh c --use-max-pods false').useMaxPods).toBe(false);
  });

  test('a bootstrap line with no flags says nothing (the outage example)', () => {
    const [group] = treeOf({ 'cluster.yaml': readFileSync('examples/outage-2019/cluster.yaml', 'utf8') }).model.nodeGroups;
    const s = parseUserData(group?.userData);
    expect(s).toMatchObject({ family: 'al2', kubelet: {}, labels: {}, taints: [], argumentsUnknown: false });
  });

  testWithCorpus('arguments from a template parameter are unknown (aws-samples refarch nodegroup)', () => {
    const [group] = corpusGroups('aws-samples__amazon-eks-refarch-cloudformation/cloudformation/nodegroup.yaml');
    expect(group?.userData).toContain('bootstrap.sh');
    expect(parseUserData(group?.userData).argumentsUnknown).toBe(true);
  });

  testWithCorpus('an eksctl overrideBootstrapCommand with --max-pods (amazon-vpc-cni perf cluster)', () => {
    const group = corpusGroups('aws__amazon-vpc-cni-k8s/scripts/test/config/perf-cluster.yml').find((g) => g.name === 'cni-test-single-node-mng');
    expect(parseUserData(group?.userData).kubelet.maxPods).toBe(740);
  });
});

describe('AL2023 nodeadm NodeConfig', () => {
  testWithCorpus('eksctl overrideBootstrapCommand as a NodeConfig (eksctl taints-max-pods test data)', () => {
    const group = corpusGroups('eksctl-io__eksctl/integration/tests/crud/testdata/taints-max-pods.yaml').find((g) => g.name === 'mng-max-pods-2');
    const s = parseUserData(group?.userData);
    expect(s.family).toBe('al2023');
    expect(s.kubelet.maxPods).toBe(123);
  });

  test('a NodeConfig inside MIME multi-part user data, with reserves and flags', () => {
    const s = parseUserData(`MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="//"

--//
Content-Type: application/node.eks.aws

apiVersion: node.eks.aws/v1alpha1
kind: NodeConfig
spec:
  cluster: {name: prod}
  kubelet:
    config:
      maxPods: 58
      kubeReserved: {memory: 800Mi}
      evictionHard: {memory.available: 200Mi}
    flags:
      - --node-labels=pool=batch
      - --register-with-taints=batch=true:NoExecute
--//--`);
    expect(s.kubelet).toEqual({ maxPods: 58, kubeReservedMemory: 800 * Mi, evictionHardMemory: '200Mi' });
    expect(s.labels).toEqual({ pool: 'batch' });
    expect(s.taints).toEqual([{ key: 'batch', value: 'true', effect: 'NoExecute' }]);
  });
});

describe('Bottlerocket TOML', () => {
  test('settings.kubernetes max-pods, kube-reserved, eviction, labels and taints', () => {
    const s = parseUserData(`[settings.kubernetes]
cluster-name = "prod"
max-pods = 110

[settings.kubernetes.kube-reserved]
memory = "1Gi"

[settings.kubernetes.eviction-hard]
"memory.available" = "15%"

[settings.kubernetes.node-labels]
"team" = "web"

[settings.kubernetes.node-taints]
"dedicated" = "web:NoSchedule"`);
    expect(s.family).toBe('bottlerocket');
    expect(s.kubelet).toEqual({ maxPods: 110, kubeReservedMemory: 1024 * Mi, evictionHardMemory: '15%' });
    expect(s.labels).toEqual({ team: 'web' });
    expect(s.taints).toEqual([{ key: 'dedicated', value: 'web', effect: 'NoSchedule' }]);
  });
});

test('nothing readable: no settings, no crash', () => {
  for (const text of [undefined, '', '#!/bin/bash\necho hi', 'kind: NodeConfig\n: : :', '[settings.kubernetes\nmax-pods = x']) {
    expect(() => parseUserData(text)).not.toThrow();
  }
});
