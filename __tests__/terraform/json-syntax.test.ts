import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTree } from '../../src/engine/review.js';
import { loadTerraformFile } from '../../src/load/terraform.js';
import { loadTerraformJsonFile } from '../../src/load/terraform-json.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { reviewFiles } from '../helpers/review.js';

/*
 * Terraform's JSON syntax (`*.tf.json`) reads into the same syntax tree as HCL: the same model,
 * the same findings, positions in the JSON text.
 */

const NOW = new Date('2026-12-02T00:00:00Z');

const clusterJson = `{
  "variable": {
    "cluster_version": { "default": "1.30" }
  },
  "locals": { "private_subnets": ["subnet-0aaaaaaaaaaaaaaaa", "subnet-0bbbbbbbbbbbbbbbb"] },
  "resource": {
    "aws_eks_cluster": {
      "prod": {
        "name": "prod",
        "version": "\${var.cluster_version}",
        "role_arn": "arn:aws:iam::111122223333:role/eks",
        "vpc_config": {
          "subnet_ids": "\${local.private_subnets}",
          "endpoint_public_access": true
        }
      }
    },
    "aws_eks_node_group": {
      "workers": {
        "//": "Terraform JSON comments are skipped",
        "cluster_name": "\${aws_eks_cluster.prod.name}",
        "node_group_name": "workers",
        "node_role_arn": "arn:aws:iam::111122223333:role/node",
        "subnet_ids": "\${local.private_subnets}",
        "instance_types": ["c5.large"],
        "scaling_config": { "min_size": 1, "max_size": 3, "desired_size": 2 },
        "taint": [{ "key": "dedicated", "value": "gpu", "effect": "NO_SCHEDULE" }]
      }
    }
  }
}
`;

const lineOf = (text: string, line: number | undefined) => text.split('\n')[(line ?? 0) - 1]?.trim();

describe('*.tf.json', () => {
  test('reads the same cluster and node group as HCL would, references and nested blocks included', () => {
    const tree = loadTree([{ path: 'infra/eks.tf.json', text: clusterJson }]);
    const [cluster] = tree.model.clusters;
    expect([cluster?.name, cluster?.version?.value, cluster?.endpoint.publicAccess]).toEqual(['prod', '1.30', true]);
    expect(cluster?.subnets).toEqual([
      { kind: 'id', id: 'subnet-0aaaaaaaaaaaaaaaa' },
      { kind: 'id', id: 'subnet-0bbbbbbbbbbbbbbbb' },
    ]);
    const [group] = tree.model.nodeGroups;
    expect([group?.name, group?.clusterName, group?.instanceTypes, group?.minSize, group?.maxSize, group?.desiredSize]).toEqual([
      'workers',
      'prod',
      ['c5.large'],
      1,
      3,
      2,
    ]);
    expect(group?.taints).toEqual([{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }]);
    expect(lineOf(clusterJson, group?.ref.doc.locate(group.instanceTypesPath ?? []).start.line)).toBe('"instance_types": ["c5.large"],');
  });

  test('findings land in the JSON file and say what they assumed', () => {
    const findings = reviewFiles({ 'infra/eks.tf.json': clusterJson }, { now: NOW });
    const eos = findings.find((f) => f.rule === 'version-skew/end-of-support');
    expect([eos?.path, lineOf(clusterJson, eos?.startLine)]).toEqual(['infra/eks.tf.json', '"version": "${var.cluster_version}",']);
    expect(eos?.message).toContain('Assumed: with the default of variable `cluster_version`');
    const endpoint = findings.find((f) => f.rule === 'subnet-placement/public-endpoint');
    expect(lineOf(clusterJson, endpoint?.startLine)).toBe('"endpoint_public_access": true');
    expect(endpoint?.message).toContain('set endpoint_private_access = true and endpoint_public_access = false');
  });

  test('terraform.tfvars.json sets variables as terraform.tfvars does', () => {
    const tree = loadTree([
      { path: 'infra/eks.tf.json', text: clusterJson },
      { path: 'infra/terraform.tfvars.json', text: '{ "cluster_version": "1.33" }' },
    ]);
    expect(tree.model.clusters[0]?.version?.value).toBe('1.33');
  });

  test('the outage example in JSON syntax gives the findings of its HCL version', () => {
    // eks.tf of examples/outage-2019-terraform, written by hand in JSON syntax (variables and network stay HCL).
    const dir = path.join(REPO_ROOT, 'examples', 'outage-2019-terraform');
    const read = (f: string) => ({ path: `x/${f}`, text: readFileSync(path.join(dir, f), 'utf8') });
    const hcl = loadTerraformFile(read('eks.tf'));
    expect(hcl.findings).toEqual([]);
    const eksJson = JSON.stringify(
      {
        resource: {
          aws_eks_cluster: {
            main: {
              name: '${var.cluster_name}',
              version: '${var.kubernetes_version}',
              role_arn: 'arn:aws:iam::111122223333:role/eks-service-role',
              vpc_config: { subnet_ids: '${aws_subnet.public[*].id}' },
            },
          },
          aws_eks_node_group: {
            workers: {
              cluster_name: '${aws_eks_cluster.main.name}',
              node_group_name: 'rails-prod-workers',
              node_role_arn: 'arn:aws:iam::111122223333:role/eks-node-role',
              subnet_ids: '${aws_subnet.public[*].id}',
              instance_types: ['${var.node_instance_type}'],
              scaling_config: { desired_size: 3, min_size: 3, max_size: 4 },
            },
          },
        },
      },
      null,
      2,
    );
    const files = (eks: { path: string; text: string }) => [eks, read('network.tf'), read('variables.tf'), read('rails.yaml'), read('agents.yaml')];
    const summary = (list: { path: string; text: string }[]) =>
      reviewFiles(Object.fromEntries(list.map((f) => [f.path, f.text])), { now: NOW })
        .map((f) => `${f.severity} ${f.rule}`)
        .sort();
    const fromHcl = summary(files(read('eks.tf')));
    expect(fromHcl).toHaveLength(5);
    expect(summary(files({ path: 'x/eks.tf.json', text: eksJson }))).toEqual(fromHcl);
  });

  test('invalid JSON is a parse error at its line; an expression beyond a reference is unknown, saying so', () => {
    const broken = loadTerraformJsonFile({ path: 'a.tf.json', text: '{\n  "resource": {\n    "aws_vpc": { "a": { "cidr_block": "10.0.0.0/16", } }\n  }\n}\n' });
    expect(broken.findings.map((f) => [f.rule, f.startLine])).toEqual([['input/parse-error', 3]]);
    const tree = loadTree([
      {
        path: 'infra/eks.tf.json',
        text: clusterJson.replace('"${var.cluster_version}"', '"${var.flag ? \\"1.29\\" : var.cluster_version}"'),
      },
    ]);
    expect(tree.model.clusters[0]?.version).toBeUndefined();
  });

  test.each([
    ['a top-level array', '[1, 2]'],
    ['a string', '"resource"'],
    ['blocks of the wrong shape', '{ "resource": [1, "x", null], "variable": { "v": 3 }, "locals": [], "module": { "m": [1] } }'],
    [
      'a resource whose arguments are all odd',
      '{ "resource": { "aws_eks_cluster": { "c": { "version": [], "vpc_config": [[{}], 2], "name": { "${": 1 } } } } }',
    ],
    ['templates that never close', '{ "resource": { "aws_subnet": { "a": { "cidr_block": "${var.x", "tags": "%{ if", "vpc_id": "${[*]}" } } } }'],
    ['deep nesting', `{ "locals": { "x": ${'['.repeat(500)}${']'.repeat(500)} } }`],
    ['nesting deep enough to overflow a recursive parser', `{ "locals": { "x": ${'['.repeat(100_000)}${']'.repeat(100_000)} } }`],
  ])('%s never crashes the review', (_label, text) => {
    expect(() => reviewFiles({ 'infra/odd.tf.json': text }, { now: NOW })).not.toThrow();
  });

  test('nesting past the loader limit is skipped with a notice, as in YAML', () => {
    const loaded = loadTerraformJsonFile({ path: 'a.tf.json', text: `{ "locals": { "x": ${'['.repeat(150)}${']'.repeat(150)} } }` });
    expect(loaded.findings.map((f) => [f.rule, f.message])).toEqual([['input/skipped', 'not reviewed: nested 152 levels deep (limit 100)']]);
  });
});
