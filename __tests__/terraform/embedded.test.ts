import path from 'node:path';
import { loadTree, loadWorkingTree, runRules, setupReview } from '../../src/engine/review.js';
import { describeWithCorpus } from '../helpers/corpus.js';
import { CORPUS } from '../helpers/paths.js';

describeWithCorpus('manifests embedded in real Terraform', () => {
  test('eks v19 examples/karpenter: the kubectl_manifest heredocs are an EC2NodeClass, a NodePool and a Deployment (beside the karpenter helm_release), positioned inside the heredoc', () => {
    const options = {
      cwd: path.join(CORPUS, 'terraform-aws-modules__terraform-aws-eks/_history/2cb1fac31b0f/examples/karpenter'),
      paths: ['.'],
      include: ['*.tf'],
    };
    const tree = loadWorkingTree(options, setupReview(options));
    expect(tree.model.manifests.map((m) => `${m.kind}/${m.name}`)).toEqual([
      'helm_release/karpenter',
      'EC2NodeClass/default',
      'NodePool/default',
      'Deployment/inflate',
    ]);
    const pool = tree.model.manifests.find((m) => m.kind === 'NodePool');
    // main.tf:226 `kind: NodePool`, line 228 `name: default` (6 spaces in), inside `yaml_body = <<-YAML` at 224.
    expect(pool?.ref.doc.path).toBe('main.tf');
    expect(pool?.ref.doc.locate(['metadata', 'name']).start).toEqual({ line: 228, column: 7 });
    // The pool becomes a Karpenter node group of the model, as a YAML NodePool does.
    expect(tree.model.nodeGroups.some((g) => g.source === 'karpenter' && g.name === 'default')).toBe(true);
    // Interpolations stay text: the node class's role is not a value the review invents.
    const nodeClass = tree.model.manifests.find((m) => m.kind === 'EC2NodeClass');
    expect((nodeClass?.raw['spec'] as Record<string, unknown>)['role']).toBe('${module.karpenter.role_name}');
  });
});

describe('helm_release of the AWS Load Balancer Controller', () => {
  const service = `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: LoadBalancer\n  ports: [{ port: 80 }]\n`;
  const release = (version: string) =>
    `resource "helm_release" "lbc" {\n  name       = "aws-load-balancer-controller"\n  repository = "https://aws.github.io/eks-charts"\n  chart      = "aws-load-balancer-controller"\n  version    = "${version}"\n}\n`;
  const implicit = (files: Record<string, string>) =>
    runRules(loadTree(Object.entries(files).map(([p, text]) => ({ path: p, text })))).filter((f) => f.rule === 'subnet-placement/implicit-public-lb');

  test('a chart with the Service webhook (1.5 and later, and 3.x) takes away the in-tree default; an older chart does not', () => {
    const without = implicit({ 'app/svc.yaml': service });
    expect(without).toHaveLength(1);
    expect(without[0]?.message).toContain('in-tree AWS cloud provider');
    // With the controller's webhook possibly installed, which controller takes the Service is unknown: no claim.
    expect(implicit({ 'app/svc.yaml': service, 'app/lbc.tf': release('3.4.0') })).toEqual([]);
    expect(implicit({ 'app/svc.yaml': service, 'app/lbc.tf': release('1.5.0') })).toEqual([]);
    const old = implicit({ 'app/svc.yaml': service, 'app/lbc.tf': release('1.4.8') });
    expect(old.map((f) => f.message)).toEqual(without.map((f) => f.message));
  });
});

describe('YAML heredocs that do not parse as written', () => {
  test('are a notice at their line, not a parse error; the rest of the file is reviewed', () => {
    const text = [
      'resource "kubectl_manifest" "broken" {',
      '  yaml_body = <<-YAML',
      '    apiVersion: v1',
      '    kind: ConfigMap',
      '    metadata:',
      '      name: x',
      '    data: [unclosed',
      '  YAML',
      '}',
      'resource "aws_eks_cluster" "c" {',
      '  name    = "c"',
      '  version = "1.33"',
      '}',
      '',
    ].join('\n');
    const tree = loadTree([{ path: 'k.tf', text }]);
    const notices = tree.inputFindings.map((f) => [f.rule, f.severity, f.startLine]);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.slice(0, 2)).toEqual(['input/skipped', 'notice']);
    expect(notices[0]?.[2]).toBeGreaterThanOrEqual(3);
    expect(tree.model.clusters.map((c) => c.version?.value)).toEqual(['1.33']);
  });
});

describe('manifests written as HCL objects', () => {
  const deployment = (attribute: string, open: string, close: string) =>
    [
      `resource "kubectl_manifest" "app" {`,
      `  ${attribute} = ${open}{`,
      `    apiVersion = "apps/v1"`,
      `    kind       = "Deployment"`,
      `    metadata   = { name = "app", namespace = "web" }`,
      `    spec = {`,
      `      replicas = var.replicas`,
      `      selector = { matchLabels = { app = "app" } }`,
      `      template = {`,
      `        metadata = { labels = { app = "app" } }`,
      `        spec = {`,
      `          containers = [{`,
      `            name      = "app"`,
      `            image     = "app:\${var.tag}"`,
      `            resources = { limits = { memory = "512Mi" } }`,
      `          }]`,
      `        }`,
      `      }`,
      `    }`,
      `  }${close}`,
      `}`,
      '',
    ].join('\n');

  test.each([
    ['yaml_body = yamlencode({...})', deployment('yaml_body', 'yamlencode(', ')')],
    ['yaml_body = jsonencode({...})', deployment('yaml_body', 'jsonencode(', ')')],
    ['kubernetes_manifest manifest = {...}', deployment('manifest', '', '').replace('kubectl_manifest', 'kubernetes_manifest')],
  ])('%s is a manifest, each field at its attribute; expressions stay their text', (_label, text) => {
    const tree = loadTree([{ path: 'apps/app.tf', text }]);
    const [app, ...rest] = tree.model.workloads;
    expect(rest).toEqual([]);
    expect([app?.kind, app?.name, app?.namespace]).toEqual(['Deployment', 'app', 'web']);
    const spec = app?.raw['spec'] as { template: { spec: { containers: Record<string, unknown>[] } } };
    const container = spec.template.spec.containers[0];
    expect(container?.['image']).toBe('app:${var.tag}');
    expect((app?.raw['spec'] as Record<string, unknown>)['replicas']).toBe('var.replicas'); // not a number: never guessed
    const limit = app?.ref.doc.locate(['spec', 'template', 'spec', 'containers', 0, 'resources', 'limits', 'memory']);
    expect(limit?.start).toEqual({ line: 15, column: 38 }); // `memory = "512Mi"` inside the resources object
    expect(app?.ref.doc.valueText(['spec', 'template', 'spec', 'containers', 0, 'resources', 'limits', 'memory'])).toBe('"512Mi"');
    // A path the object does not write resolves to the deepest part it does.
    expect(app?.ref.doc.locate(['spec', 'template', 'spec', 'containers', 0, 'resources', 'requests']).start.line).toBe(15);
  });

  test('a finding on such a manifest lands on the HCL attribute', () => {
    const text = deployment('yaml_body', 'yamlencode(', ')').replace('resources = { limits = { memory = "512Mi" } }', 'resources = {}');
    const findings = runRules(loadTree([{ path: 'apps/app.tf', text }])).filter((f) => f.rule === 'memory-budget/missing-memory');
    expect(findings.map((f) => [f.path, f.startLine])).toEqual([['apps/app.tf', 12]]); // `containers = [{` … the container's entry
    expect(findings[0]?.message).toContain('container app of app sets no memory request or limit');
  });
});

describe('HCL-object manifests of odd shapes', () => {
  test.each([
    ['an empty object', 'manifest = {}'],
    ['keys that are expressions', 'manifest = { (local.k) = 1, "kind" = "ConfigMap", apiVersion = "v1", metadata = { name = "x" } }'],
    ['a kind that is not a string', 'manifest = { kind = ["Deployment"], apiVersion = 1, metadata = "x", spec = null }'],
    ['an encode call of a non-object', 'manifest = yamlencode(local.x)'],
  ])('%s never crashes the review', (_label, attribute) => {
    const text = `resource "kubernetes_manifest" "odd" {\n  ${attribute}\n}\n`;
    expect(() => runRules(loadTree([{ path: 'odd.tf', text }]))).not.toThrow();
  });
});

describeWithCorpus('kubernetes_manifest objects in real Terraform', () => {
  test('eks-workshop-v2 security/irsa: the ui-nlb Service (manifest = {...}) is an internet-facing NLB reviewed at its attributes', () => {
    const dir = 'aws-samples__eks-workshop-v2/manifests/modules/security/irsa/.workshop/terraform';
    const options = { cwd: path.join(CORPUS, dir), paths: ['.'], include: ['*.tf'] };
    const tree = loadWorkingTree(options, setupReview(options));
    const service = tree.model.services.find((s) => s.name === 'ui-nlb');
    expect([service?.kind, service?.namespace, service?.ref.doc.path]).toEqual(['Service', 'ui', 'main.tf']);
    expect((service?.raw['spec'] as Record<string, unknown>)['type']).toBe('LoadBalancer'); // main.tf:47
    expect(service?.annotations['service.beta.kubernetes.io/aws-load-balancer-scheme']).toBe('internet-facing'); // main.tf:41
    expect(service?.annotations['service.beta.kubernetes.io/load-balancer-source-ranges']).toBe('var.inbound_cidrs'); // main.tf:43, not evaluated
    expect(service?.ref.doc.locate(['spec', 'type']).start).toEqual({ line: 47, column: 7 });
  });
});
