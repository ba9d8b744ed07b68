import { jest } from '@jest/globals';
import { TerraformDocument } from '../../src/load/terraform.js';
import { Evaluator } from '../../src/model/terraform-eval.js';
import { terraformModules } from '../../src/model/terraform.js';
import { loadOneTerraformFile } from '../../src/model/terraform-load.js';

/*
 * Only calls of the modules the tables know (terraform-aws-modules eks and vpc) write resources
 * or have outputs, so only their inputs are evaluated: evaluating every other call's inputs was
 * most of the corpus's module-call time, for values nothing read.
 */

const cluster = `resource "aws_eks_cluster" "prod" {
  name     = "prod"
  version  = "1.30"
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids = ["subnet-0aaaaaaaaaaaaaaaa"]
  }
}
`;

/** A call of a module no table knows, its input a tuple of `items` literals. */
const otherCall = (items: number) => `module "elsewhere" {
  source = "./modules/elsewhere"
  names  = [${Array.from({ length: items }, (_, i) => `"n${i}"`).join(', ')}]
}
`;

/** How many expressions evaluating a directory of these files evaluates. */
function evaluations(files: Record<string, string>): { count: number; clusters: number } {
  const docs = Object.entries(files).flatMap(([path, text]) =>
    loadOneTerraformFile({ path, text }).documents.filter((d): d is TerraformDocument => d instanceof TerraformDocument),
  );
  const spy = jest.spyOn(Evaluator.prototype, 'evaluate');
  try {
    const modules = terraformModules(docs);
    return { count: spy.mock.calls.length, clusters: modules.flatMap((m) => m.clusters).length };
  } finally {
    spy.mockRestore();
  }
}

describe('module calls', () => {
  it('leaves the inputs of a module no table knows unevaluated', () => {
    const small = evaluations({ 'main.tf': cluster, 'calls.tf': otherCall(1) });
    const large = evaluations({ 'main.tf': cluster, 'calls.tf': otherCall(300) });
    expect(small.clusters).toBe(1);
    expect(large.clusters).toBe(1);
    // Only the call's `source` is evaluated, however large its inputs.
    expect(large.count).toBe(small.count);
  });

  it('still evaluates the inputs of a known module', () => {
    const vpc = (items: number) => `module "vpc" {
  source          = "terraform-aws-modules/vpc/aws"
  version         = "~> 5.0"
  azs             = [${Array.from({ length: items }, (_, i) => `"az${i}"`).join(', ')}]
}
`;
    const small = evaluations({ 'main.tf': cluster, 'vpc.tf': vpc(1) });
    const large = evaluations({ 'main.tf': cluster, 'vpc.tf': vpc(300) });
    expect(large.count).toBeGreaterThan(small.count + 250);
  });
});
