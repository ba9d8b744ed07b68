import { loadTree } from '../../src/engine/review.js';
import { TerraformDocument } from '../../src/load/terraform.js';
import { isTerraformPath } from '../../src/load/terraform-parser.js';
import type { LoadedFile, SourceFile } from '../../src/load/types.js';
import { terraformModules, type TerraformModule } from '../../src/model/terraform.js';
import { loadOneTerraformFile, terraformLoader } from '../../src/model/terraform-load.js';

/*
 * Each directory of Terraform files is evaluated as soon as its files are read, from the trees
 * the load parsed (src/model/terraform-load.ts): the model takes that evaluation instead of
 * parsing every file again. What the model holds must be what evaluating in the model gives.
 */

const cluster = (name: string, version: string) => `variable "cluster_version" {
  default = "${version}"
}

resource "aws_eks_cluster" "${name}" {
  name     = "${name}"
  version  = var.cluster_version
  role_arn = "arn:aws:iam::111122223333:role/eks"
  vpc_config {
    subnet_ids             = local.subnets
    endpoint_public_access = true
  }
}
`;
const nodes = (cluster: string) => `locals {
  subnets = ["subnet-0aaaaaaaaaaaaaaaa", "subnet-0bbbbbbbbbbbbbbbb"]
}

resource "aws_eks_node_group" "workers" {
  cluster_name    = aws_eks_cluster.${cluster}.name
  node_group_name = "workers"
  node_role_arn   = "arn:aws:iam::111122223333:role/node"
  subnet_ids      = local.subnets
  instance_types  = ["c5.large"]
  scaling_config {
    min_size     = 1
    max_size     = 4
    desired_size = 2
  }
}
`;

const SOURCES: SourceFile[] = [
  { path: 'a/main.tf', text: cluster('alpha', '1.29') },
  { path: 'a/nodes.tf', text: nodes('alpha') },
  { path: 'b/main.tf', text: cluster('beta', '1.30') },
  { path: 'b/nodes.tf', text: nodes('beta') },
  { path: 'b/terraform.tfvars', text: 'cluster_version = "1.31"\n' },
];

const terraformDocs = (files: readonly LoadedFile[]): TerraformDocument[] =>
  files.flatMap((f) => f.documents.filter((d): d is TerraformDocument => d instanceof TerraformDocument));
const held = (doc: TerraformDocument): unknown => (doc as unknown as { held?: unknown }).held;
/** What a module is, for comparing two evaluations of it (their objects are distinct). */
const summary = (modules: readonly TerraformModule[]) =>
  modules.map((m) => ({
    dir: m.dir,
    resources: JSON.stringify(m.template.resources),
    clusters: m.clusters.map((c) => [c.name, c.version?.value, c.ref.doc.locate(['Resources', c.path[1] as string, 'Properties', 'Version'])]),
    nodeGroups: m.nodeGroups.map((g) => [g.name, g.instanceTypes, g.minSize, g.maxSize, g.ref.doc.locate(g.instanceTypesPath ?? [])]),
  }));
/** Evaluated in the model only: every file loaded on its own, no tree held. */
const inModel = (sources: readonly SourceFile[]) => summary(terraformModules(terraformDocs(sources.map((s) => loadOneTerraformFile(s)))));

describe('Terraform directories evaluated as their files are read', () => {
  test('a directory is evaluated once its last file is read, and its trees let go then', () => {
    const loader = terraformLoader(SOURCES, isTerraformPath);
    const [a1, a2, b1, b2, b3] = SOURCES.map((s) => loader.load(s)).map((f) => terraformDocs([f])[0] as TerraformDocument);
    for (const doc of [a1, a2, b1, b2, b3]) expect(held(doc as TerraformDocument)).toBeUndefined();
    const interleaved = terraformLoader(SOURCES, isTerraformPath);
    const first = terraformDocs([interleaved.load(SOURCES[0] as SourceFile)]);
    const other = terraformDocs([interleaved.load(SOURCES[2] as SourceFile)]);
    // Each waits for the rest of its directory.
    expect(held(first[0] as TerraformDocument)).toBeDefined();
    expect(held(other[0] as TerraformDocument)).toBeDefined();
    interleaved.load(SOURCES[1] as SourceFile);
    expect(held(first[0] as TerraformDocument)).toBeUndefined();
    expect(held(other[0] as TerraformDocument)).toBeDefined();
  });

  test('the model takes the evaluation made at load once; a second model of the same files evaluates again, the same', () => {
    const loader = terraformLoader(SOURCES, isTerraformPath);
    const docs = terraformDocs(SOURCES.map((s) => loader.load(s)));
    const taken = terraformModules(docs);
    const again = terraformModules(docs);
    expect(again[0]).not.toBe(taken[0]);
    expect(summary(taken)).toEqual(inModel(SOURCES));
    expect(summary(again)).toEqual(summary(taken));
    expect(summary(taken).map((m) => [m.dir, m.clusters[0]?.[1]])).toEqual([
      ['a', '1.29'],
      ['b', '1.31'],
    ]);
  });

  test('a file the budget leaves out does not keep its directory waiting: the rest is evaluated as the model would', () => {
    const loader = terraformLoader(SOURCES, isTerraformPath);
    const loaded = [0, 1, 2, 3].map((i) => loader.load(SOURCES[i] as SourceFile));
    const bDocs = terraformDocs(loaded.slice(2));
    expect(held(bDocs[0] as TerraformDocument)).toBeDefined();
    loader.skip('b/terraform.tfvars');
    expect(held(bDocs[0] as TerraformDocument)).toBeUndefined();
    // Without the tfvars file, the variable's default.
    expect(summary(terraformModules(terraformDocs(loaded)))).toEqual(inModel(SOURCES.slice(0, 4)));
  });

  test('a directory with a file loaded already is left to the model; loadTree gives what the model alone gives', () => {
    const preloaded = loadOneTerraformFile(SOURCES[1] as SourceFile);
    const tree = loadTree([SOURCES[0] as SourceFile, preloaded, ...SOURCES.slice(2)]);
    for (const doc of terraformDocs(tree.files)) expect(held(doc)).toBeUndefined();
    expect(tree.model.clusters.map((c) => [c.name, c.version?.value])).toEqual([
      ['alpha', '1.29'],
      ['beta', '1.31'],
    ]);
    expect(tree.model.nodeGroups.map((g) => [g.name, g.ref.doc.path, g.ref.doc.locate(g.instanceTypesPath ?? []).start.line])).toEqual([
      ['workers', 'a/nodes.tf', 10],
      ['workers', 'b/nodes.tf', 10],
    ]);
  });
});
