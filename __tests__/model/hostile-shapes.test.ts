import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli.js';
import { loadTree, reviewTree } from '../../src/engine/review.js';

/** Documents that are valid YAML but not the shape the model expects must not end the review. */

const shapes: [string, string][] = [
  ['an empty CloudFormation resource', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {Wip: }\n'],
  ['a resource that is a string', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {Wip: AWS::EKS::Cluster}\n'],
  ['Properties that are a list', 'Resources:\n  C:\n    Type: AWS::EKS::Cluster\n    Properties: [a, b]\n'],
  [
    'a parameter that is null',
    'AWSTemplateFormatVersion: "2010-09-09"\nParameters: {Version: }\nResources:\n  C:\n    Type: AWS::EKS::Cluster\n    Properties: {Version: !Ref Version}\n',
  ],
];

test.each(shapes)('%s: reviewed, no internal error', (_, text) => {
  const findings = reviewTree(loadTree([{ path: 'stack.yaml', text }])).findings;
  expect(findings.filter((f) => /internal error/.test(f.message))).toEqual([]);
});

test('the CLI on `Resources: {Wip: }` exits 0 (it used to abort with exit 2)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mr-shapes-'));
  const write = process.stdout.write.bind(process.stdout);
  try {
    writeFileSync(path.join(dir, 'stack.yaml'), shapes[0]?.[1] ?? '');
    process.stdout.write = (() => true) as typeof process.stdout.write;
    expect(main(['.'], dir)).toBe(0);
  } finally {
    process.stdout.write = write;
    rmSync(dir, { recursive: true, force: true });
  }
});

test('junk numbers never reach a message as Infinity or NaN ("raise maxSize to Infinity")', () => {
  const huge = '9'.repeat(400);
  const cluster = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: c, region: us-east-1, version: "1.33"}
managedNodeGroups:
  - {name: ng, instanceType: m5.large, desiredCapacity: 1, maxSize: 2, privateNetworking: true}
`;
  const deployment = (replicas: string, surge: string) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web-${surge.length}}
spec:
  replicas: ${replicas}
  strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: "${surge}"}}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: web:1, resources: {requests: {memory: 3Gi}, limits: {memory: 3Gi}}}]
`;
  const findings = reviewTree(
    loadTree([
      { path: 'cluster.yaml', text: cluster },
      { path: 'a.yaml', text: deployment(`"${huge}"`, '25%') },
      { path: 'b.yaml', text: deployment('4', `${huge}%`) },
    ]),
    { now: new Date('2026-01-01') },
  ).findings;
  expect(findings.filter((f) => f.rule === 'memory-budget/capacity').length).toBeGreaterThan(0);
  expect(findings.filter((f) => /Infinity|NaN/.test(f.message))).toEqual([]);
});
