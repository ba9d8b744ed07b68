/**
 * The review a hostile pull request tries to get past the gate (issue 18): an eksctl cluster of
 * 4 GiB nodes and a pod that requests 30Gi, an error that must always be reported.
 */
export const CLUSTER = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: shop
  region: us-east-1
  version: "1.34"
managedNodeGroups:
  - name: general
    instanceType: t3.medium
    desiredCapacity: 2
    maxSize: 4
    privateNetworking: true
`;

/** 30Gi on 4 GiB nodes. */
export const HUGE_POD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 1
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: api:1
          resources:
            requests: {memory: 30Gi}
            limits: {memory: 30Gi}
`;

/**
 * Flow sequences that close at their key's indentation, which CloudFormation accepts and the
 * loader repairs: one per resource, `count` of them, padded with ordinary resources. Repairing
 * them one whole reparse at a time took 278 s on a 5 MiB file (issue 18).
 */
export function underIndented(count: number, padding: number): string {
  const out = ['Resources:'];
  for (let i = 0; i < count; i++) out.push(`  R${i}:`, '    Type: AWS::EC2::SecurityGroup', '    Properties:', `      Tags: [a${i},`, `      b${i}]`);
  for (let i = 0; i < padding; i++)
    out.push(`  P${i}:`, '    Type: AWS::SNS::Topic', '    Properties:', `      TopicName: topic-number-${i}-with-a-longer-name`);
  return `${out.join('\n')}\n`;
}
