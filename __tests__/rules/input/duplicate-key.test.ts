import duplicateKey from '../../../src/rules/input/duplicate-key.js';
import parseError from '../../../src/rules/input/parse-error.js';
import publicNodes from '../../../src/rules/subnet-placement/public-nodes.js';
import { findingsOf, reviewFiles } from '../../helpers/review.js';

// Three self-managed node groups whose launch configuration is written twice: the second
// `AssociatePublicIpAddress` is what CloudFormation deploys.
const nodeGroup = (name: string) => `  ${name}Launch:
    Type: AWS::AutoScaling::LaunchConfiguration
    Properties:
      ImageId: ami-0123456789abcdef0
      InstanceType: m5.large
      AssociatePublicIpAddress: 'false'
      AssociatePublicIpAddress: 'true'
      UserData: !Base64 '#!/bin/bash\n/etc/eks/bootstrap.sh prod'
  ${name}:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      LaunchConfigurationName: !Ref ${name}Launch
      MinSize: '1'
      MaxSize: '3'
      VPCZoneIdentifier: [subnet-0aaaaaaaaaaaaaaaa]
`;
const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
${nodeGroup('Web')}${nodeGroup('Api')}${nodeGroup('Jobs')}`;

describe('input/duplicate-key', () => {
  test('a CloudFormation template with duplicated keys is read as CloudFormation deploys it: the last value wins', () => {
    const publicFindings = findingsOf(publicNodes, { 'nodes.yaml': TEMPLATE });
    expect(publicFindings.map((f) => f.object?.name).sort()).toEqual(['Api', 'Jobs', 'Web']);
    // The finding points at the value that is deployed: the second key.
    const lines = TEMPLATE.split('\n');
    for (const f of publicFindings) expect(lines[f.startLine - 1]).toContain("AssociatePublicIpAddress: 'true'");
  });

  test('each repeated key is a warning at its own line, and no parse error', () => {
    const findings = findingsOf(duplicateKey, { 'nodes.yaml': TEMPLATE });
    const lines = TEMPLATE.split('\n');
    expect(findings).toHaveLength(3);
    for (const f of findings) {
      expect(f.severity).toBe('warning');
      expect(lines[f.startLine - 1]).toContain("AssociatePublicIpAddress: 'true'");
      expect(f.startColumn).toBe(7);
      expect(f.message).toContain('"AssociatePublicIpAddress" is given again');
    }
    expect(findingsOf(parseError, { 'nodes.yaml': TEMPLATE })).toEqual([]);
  });

  test('a Kubernetes manifest with a duplicated key stays a parse error: kubectl rejects it', () => {
    const manifest = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n';
    const findings = reviewFiles({ 'cm.yaml': manifest });
    expect(findings.map((f) => f.rule)).toContain('input/parse-error');
    expect(findings.map((f) => f.rule)).not.toContain('input/duplicate-key');
  });

  test('a duplicate in one document of a multi-document template file does not hide the others', () => {
    const text = `Resources:\n  A:\n    Type: AWS::EC2::VPC\n    Type: AWS::EC2::VPC\n---\nkind: ConfigMap\napiVersion: v1\nmetadata: {name: x, name: y}\n`;
    const findings = reviewFiles({ 'mixed.yaml': text });
    expect(findings.filter((f) => f.rule === 'input/duplicate-key').map((f) => f.startLine)).toEqual([4]);
    expect(findings.filter((f) => f.rule === 'input/parse-error').map((f) => f.startLine)).toEqual([8]);
  });
});
