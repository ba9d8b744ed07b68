import { loadTree } from '../../src/engine/review.js';
import { prepareTerraform } from '../../src/engine/terraform.js';
import endOfSupport from '../../src/rules/version-skew/end-of-support.js';
import kubeProxySkew from '../../src/rules/version-skew/kube-proxy-skew.js';
import { findingsOf } from '../helpers/review.js';

// A raw aws_eks_cluster with an upgrade policy and a pinned kube-proxy add-on (issue 16's
// Terraform inputs), read through the same rules as eksctl and CloudFormation.
const eks = (version: string, supportType: string, kubeProxy: string) => `resource "aws_eks_cluster" "prod" {
  name     = "prod"
  version  = "${version}"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids              = ["subnet-0aaaaaaaaaaaaaaaa"]
    endpoint_public_access  = false
    endpoint_private_access = true
  }
  upgrade_policy {
    support_type = "${supportType}"
  }
}

resource "aws_eks_addon" "kube_proxy" {
  cluster_name  = aws_eks_cluster.prod.name
  addon_name    = "kube-proxy"
  addon_version = "${kubeProxy}"
}
`;

describe('version-skew on Terraform input', () => {
  beforeAll(() => prepareTerraform());

  test('aws_eks_addon kube-proxy newer than the control plane is reported at addon_version', () => {
    const text = eks('1.31', 'EXTENDED', 'v1.32.0-eksbuild.2');
    const [f, ...rest] = findingsOf(kubeProxySkew, { 'infra/eks.tf': text });
    expect(rest).toEqual([]);
    expect(f?.path).toBe('infra/eks.tf');
    expect(text.split('\n')[(f?.startLine ?? 0) - 1]).toContain('addon_version');
    expect(f?.message).toContain('kube-proxy must never be newer than the control plane');
    expect(findingsOf(kubeProxySkew, { 'infra/eks.tf': eks('1.32', 'EXTENDED', 'v1.32.0-eksbuild.2') })).toEqual([]);
  });

  test('upgrade_policy support_type STANDARD is read: past standard support, never "extended support"', () => {
    const now = new Date('2026-05-01T00:00:00Z');
    const tree = loadTree([{ path: 'infra/eks.tf', text: eks('1.31', 'STANDARD', 'v1.31.0-eksbuild.1') }]);
    expect(tree.model.clusters[0]?.supportType?.value).toBe('STANDARD');
    const [f] = findingsOf(endOfSupport, { 'infra/eks.tf': eks('1.31', 'STANDARD', 'v1.31.0-eksbuild.1') }, { now });
    // In the words of the file the reader edits, not eksctl's or CloudFormation's.
    expect(f?.message).toContain('its upgrade policy (support_type = "STANDARD")');
    expect(f?.message).not.toContain('supportType');
    expect(f?.message).not.toContain('paid extended support until');
  });
});
