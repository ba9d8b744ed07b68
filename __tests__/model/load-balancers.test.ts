import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadBalancersOf, type LoadBalancerView } from '../../src/model/load-balancers.js';
import { treeOf } from '../helpers/review.js';
import { CORPUS } from '../helpers/paths.js';
import { testWithCorpus } from '../helpers/corpus.js';

function views(files: Record<string, string>): LoadBalancerView[] {
  return treeOf(files).model.scopes.flatMap(loadBalancersOf);
}

function service(annotations: Record<string, string> = {}, spec = ''): string {
  const ann = Object.entries(annotations)
    .map(([k, v]) => `    ${k}: "${v}"`)
    .join('\n');
  return `apiVersion: v1
kind: Service
metadata:
  name: web
${ann ? `  annotations:\n${ann}\n` : ''}spec:
  type: LoadBalancer
${spec}  ports: [{ port: 80 }]
`;
}

const corpus = (f: string) => readFileSync(path.join(CORPUS, f), 'utf8');
const summary = (v: LoadBalancerView | undefined) => v && [v.controller, v.scheme, v.schemeExplicit];

describe('Service: controller and default scheme', () => {
  const TYPE = 'service.beta.kubernetes.io/aws-load-balancer-type';
  const INTERNAL = 'service.beta.kubernetes.io/aws-load-balancer-internal';
  const SCHEME = 'service.beta.kubernetes.io/aws-load-balancer-scheme';
  const cases: [string, Record<string, string>, string, [string, string, boolean]][] = [
    ['no annotation: in-tree, internet-facing by default', {}, '', ['in-tree', 'internet-facing', false]],
    ['legacy NLB type: still in-tree, internet-facing by default', { [TYPE]: 'nlb' }, '', ['in-tree', 'internet-facing', false]],
    ['in-tree with internal "true"', { [INTERNAL]: 'true' }, '', ['in-tree', 'internal', true]],
    ['in-tree reads any value but "false" as internal', { [INTERNAL]: '0.0.0.0/0' }, '', ['in-tree', 'internal', true]],
    ['in-tree with internal "false": explicit public', { [INTERNAL]: 'false' }, '', ['in-tree', 'internet-facing', true]],
    ['in-tree ignores the LBC scheme annotation', { [SCHEME]: 'internal' }, '', ['in-tree', 'internet-facing', false]],
    ['LBC by type external: internal by default', { [TYPE]: 'external' }, '', ['aws-load-balancer-controller', 'internal', false]],
    ['LBC by deprecated nlb-ip', { [TYPE]: 'nlb-ip' }, '', ['aws-load-balancer-controller', 'internal', false]],
    ['LBC with explicit internet-facing', { [TYPE]: 'external', [SCHEME]: 'internet-facing' }, '', ['aws-load-balancer-controller', 'internet-facing', true]],
    [
      'LBC reads the deprecated internal annotation as a boolean',
      { [TYPE]: 'external', [INTERNAL]: 'false' },
      '',
      ['aws-load-balancer-controller', 'internet-facing', true],
    ],
    [
      'LBC: the scheme annotation wins over internal',
      { [TYPE]: 'external', [INTERNAL]: 'true', [SCHEME]: 'internet-facing' },
      '',
      ['aws-load-balancer-controller', 'internet-facing', true],
    ],
    ['LBC by loadBalancerClass', {}, '  loadBalancerClass: service.k8s.aws/nlb\n', ['aws-load-balancer-controller', 'internal', false]],
    ['EKS Auto Mode class: no default assumed', {}, '  loadBalancerClass: eks.amazonaws.com/nlb\n', ['eks-auto-mode', 'unknown', false]],
    [
      'Auto Mode class with explicit scheme',
      { [SCHEME]: 'internet-facing' },
      '  loadBalancerClass: eks.amazonaws.com/nlb\n',
      ['eks-auto-mode', 'internet-facing', true],
    ],
    ['another class: another controller', {}, '  loadBalancerClass: io.cilium/bgp\n', ['other', 'unknown', false]],
    ['another cloud\u2019s annotations', { 'service.beta.kubernetes.io/do-loadbalancer-enable-proxy-protocol': 'true' }, '', ['other', 'unknown', false]],
  ];
  test.each(cases)('%s', (_name, annotations, spec, expected) => {
    expect(summary(views({ 'svc.yaml': service(annotations, spec) })[0])).toEqual(expected);
  });

  test('ClusterIP Services are not load balancers', () => {
    expect(views({ 'svc.yaml': service().replace('type: LoadBalancer', 'type: ClusterIP') })).toEqual([]);
  });

  test('the LBC Service webhook in the repository hands un-annotated Services to LBC', () => {
    const webhook = `apiVersion: admissionregistration.k8s.io/v1
kind: MutatingWebhookConfiguration
metadata: { name: aws-load-balancer-webhook }
webhooks:
  - name: mpod.elbv2.k8s.aws
  - name: mservice.elbv2.k8s.aws
`;
    const [plain] = views({ 'svc.yaml': service(), 'lbc.yaml': webhook });
    expect(summary(plain)).toEqual(['aws-load-balancer-controller', 'internal', false]);
    expect(plain?.controllerReason).toMatch(/Service webhook \(lbc.yaml\)/);
    // With a legacy type annotation the outcome depends on the webhook version: undecided.
    expect(summary(views({ 'svc.yaml': service({ 'service.beta.kubernetes.io/aws-load-balancer-type': 'nlb' }), 'lbc.yaml': webhook })[0])).toEqual([
      'unknown',
      'unknown',
      false,
    ]);
  });

  testWithCorpus('an AWS Load Balancer Controller installed without its webhook in the repo makes the controller undecidable', () => {
    const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: { name: aws-load-balancer-controller, namespace: kube-system }
spec:
  template:
    spec:
      containers: [{ name: controller, image: public.ecr.aws/eks/aws-load-balancer-controller:v2.8.1 }]
`;
    expect(summary(views({ 'svc.yaml': service(), 'lbc.yaml': deployment })[0])).toEqual(['unknown', 'unknown', false]);
  });

  testWithCorpus('an IAM policy for the controller installs nothing: the in-tree controller still takes the Service', () => {
    // The real eksctl example grants wellKnownPolicies.awsLoadBalancerController to a service account.
    const eksctl = corpus('eksctl-io__eksctl/examples/13-iamserviceaccounts.yaml');
    expect(eksctl).toContain('awsLoadBalancerController: true');
    const [v] = views({ 'svc.yaml': service(), 'cluster.yaml': eksctl });
    expect(v?.controller).toBe('in-tree');
    const flags = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: c, region: eu-west-1 }
managedNodeGroups:
  - name: ng
    iam: { withAddonPolicies: { albIngress: true, awsLoadBalancerController: true } }
`;
    expect(summary(views({ 'svc.yaml': service(), 'cluster.yaml': flags })[0])).toEqual(['in-tree', 'internet-facing', false]);
  });

  test('an explicit internet-facing scheme is not implicit under the in-tree controller; internal still is overridden', () => {
    const facing = views({ 'svc.yaml': service({ 'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internet-facing' }) })[0];
    expect(summary(facing)).toEqual(['in-tree', 'internet-facing', true]);
    const internal = views({ 'svc.yaml': service({ 'service.beta.kubernetes.io/aws-load-balancer-scheme': 'internal' }) })[0];
    expect(summary(internal)).toEqual(['in-tree', 'internet-facing', false]);
  });

  testWithCorpus('a controller older than v2.5 (the real v2.2.0 install manifest) has no Service webhook: in-tree stays', () => {
    const install = corpus('kubernetes-sigs__aws-load-balancer-controller/docs/install/v2_2_0_full.yaml');
    expect(summary(views({ 'svc.yaml': service(), 'lbc.yaml': install })[0])).toEqual(['in-tree', 'internet-facing', false]);
  });

  test('an EKS Auto Mode cluster takes un-annotated Services', () => {
    const cluster = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: auto, region: us-east-1 }
autoModeConfig: { enabled: true }
`;
    expect(summary(views({ 'svc.yaml': service(), 'cluster.yaml': cluster })[0])).toEqual(['eks-auto-mode', 'unknown', false]);
  });

  test('subnets named on the Service need no discovery', () => {
    const [v] = views({
      'svc.yaml': service({ 'service.beta.kubernetes.io/aws-load-balancer-type': 'external', 'service.beta.kubernetes.io/aws-load-balancer-subnets': 'a,b' }),
    });
    expect(v?.explicitSubnets).toBe(true);
  });
});

function ingress(spec: string, annotations: Record<string, string> = {}): string {
  const ann = Object.entries(annotations)
    .map(([k, v]) => `    ${k}: "${v}"`)
    .join('\n');
  return `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
${ann ? `  annotations:\n${ann}\n` : ''}spec:
${spec}  defaultBackend: { service: { name: web, port: { number: 80 } } }
`;
}

const ingressClass = (name: string, controller: string, extra = '') => `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata:
  name: ${name}
${extra}spec:
  controller: ${controller}
`;

describe('Ingress: controller and default scheme', () => {
  test('class alb with no IngressClass in the repo: LBC, internal by default', () => {
    expect(summary(views({ 'i.yaml': ingress('  ingressClassName: alb\n') })[0])).toEqual(['aws-load-balancer-controller', 'internal', false]);
    expect(summary(views({ 'i.yaml': ingress('', { 'kubernetes.io/ingress.class': 'alb' }) })[0])).toEqual(['aws-load-balancer-controller', 'internal', false]);
  });

  test('the scheme annotation is explicit', () => {
    const v = views({ 'i.yaml': ingress('  ingressClassName: alb\n', { 'alb.ingress.kubernetes.io/scheme': 'internet-facing' }) })[0];
    expect(summary(v)).toEqual(['aws-load-balancer-controller', 'internet-facing', true]);
    expect(v?.schemeAt).toEqual(['metadata', 'annotations', 'alb.ingress.kubernetes.io/scheme']);
  });

  test('an IngressClass names the controller; its IngressClassParams scheme wins over the annotation', () => {
    const cls = ingressClass('public', 'ingress.k8s.aws/alb', '').replace(
      'spec:\n  controller: ingress.k8s.aws/alb\n',
      'spec:\n  controller: ingress.k8s.aws/alb\n  parameters: { apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: public-params }\n',
    );
    const params = `apiVersion: elbv2.k8s.aws/v1beta1
kind: IngressClassParams
metadata: { name: public-params }
spec: { scheme: internet-facing }
`;
    const v = views({
      'i.yaml': ingress('  ingressClassName: public\n', { 'alb.ingress.kubernetes.io/scheme': 'internal' }),
      'c.yaml': cls,
      'p.yaml': params,
    })[0];
    expect(summary(v)).toEqual(['aws-load-balancer-controller', 'internet-facing', true]);
    expect(v?.schemeReason).toBe('IngressClassParams public-params sets scheme internet-facing');
  });

  test('nginx classes create no AWS load balancer themselves; unknown classes are not guessed', () => {
    expect(summary(views({ 'i.yaml': ingress('  ingressClassName: nginx\n'), 'c.yaml': ingressClass('nginx', 'k8s.io/ingress-nginx') })[0])).toEqual([
      'other',
      'unknown',
      false,
    ]);
    expect(summary(views({ 'i.yaml': ingress('  ingressClassName: traefik\n') })[0])).toEqual(['other', 'unknown', false]);
    expect(summary(views({ 'i.yaml': ingress('') })[0])).toEqual(['unknown', 'unknown', false]);
  });

  test('an Ingress without class goes to the default IngressClass', () => {
    const cls = ingressClass('alb-default', 'ingress.k8s.aws/alb', '  annotations:\n    ingressclass.kubernetes.io/is-default-class: "true"\n');
    expect(summary(views({ 'i.yaml': ingress(''), 'c.yaml': cls })[0])).toEqual(['aws-load-balancer-controller', 'internal', false]);
  });

  test('EKS Auto Mode IngressClass: no default assumed', () => {
    expect(summary(views({ 'i.yaml': ingress('  ingressClassName: auto\n'), 'c.yaml': ingressClass('auto', 'eks.amazonaws.com/alb') })[0])).toEqual([
      'eks-auto-mode',
      'unknown',
      false,
    ]);
  });

  testWithCorpus('real manifests: the LBC 2048 example and the ingress-nginx AWS deployment', () => {
    const read = (f: string) => readFileSync(path.join(CORPUS, f), 'utf8');
    const game = views({ '2048.yaml': read('kubernetes-sigs__aws-load-balancer-controller/docs/examples/2048/2048_full.yaml') });
    expect(game.map(summary)).toEqual([['aws-load-balancer-controller', 'internet-facing', true]]);
    const nginx = views({ 'deploy.yaml': read('kubernetes__ingress-nginx/deploy/static/provider/aws/deploy.yaml') });
    expect(nginx.map(summary)).toEqual([['in-tree', 'internet-facing', false]]);
  });
});

/** An Ingress of class internal-alb routing to the Service `web` (scopes below differ in what decides its view). */
const siteIngress = `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: site }
spec:
  ingressClassName: internal-alb
  rules: [{ http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: web, port: { number: 80 } } } }] } }]
`;

/** The AWS Load Balancer Controller's Deployment at `version` (its version decides whether it takes Services). */
const lbc = (version: string): string => `apiVersion: apps/v1
kind: Deployment
metadata: { name: aws-load-balancer-controller, namespace: kube-system }
spec:
  template:
    spec:
      containers: [{ name: controller, image: public.ecr.aws/eks/aws-load-balancer-controller:${version} }]
`;

/** An eksctl cluster, in EKS Auto Mode when asked. */
const cluster = (name: string, autoMode = false): string => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: ${name}, region: eu-west-1 }
${autoMode ? 'autoModeConfig: { enabled: true }\n' : ''}`;

describe('controller facts per scope, read from each manifest once', () => {
  const byCluster = (files: Record<string, string>): Record<string, unknown> =>
    Object.fromEntries(treeOf(files).model.scopes.map((s) => [s.cluster?.name, loadBalancersOf(s).map((v) => [v.subject.name, v.controller])]));

  test('two clusters, a Service in both: only the cluster whose scope has a v2.5+ controller is undecidable', () => {
    expect(
      byCluster({
        'a/cluster.yaml': cluster('a'),
        'a/lbc.yaml': lbc('v2.8.1'),
        'b/cluster.yaml': cluster('b'),
        // An older controller (no Service webhook) in b: the in-tree controller still takes the Service there.
        'b/lbc.yaml': lbc('v2.4.7'),
        'svc.yaml': service(),
      }),
    ).toEqual({ a: [['web', 'unknown']], b: [['web', 'in-tree']] });
  });

  test('a controller in both scopes counts in both; an IngressClass only where it is', () => {
    const ingressClass = `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata: { name: internal-alb }
spec: { controller: ingress.k8s.aws/alb }
`;
    expect(
      byCluster({
        'a/cluster.yaml': cluster('a'),
        'a/class.yaml': ingressClass,
        'b/cluster.yaml': cluster('b'),
        'lbc.yaml': lbc('v2.8.1'),
        'svc.yaml': service(),
        'ingress.yaml': siteIngress,
      }),
    ).toEqual({
      a: [
        ['web', 'unknown'],
        ['site', 'aws-load-balancer-controller'],
      ],
      b: [
        ['web', 'unknown'],
        ['site', 'other'],
      ],
    });
  });
});

describe('views shared between scopes that see a load balancer alike', () => {
  const webhook = `apiVersion: admissionregistration.k8s.io/v1
kind: MutatingWebhookConfiguration
metadata: { name: aws-load-balancer-webhook }
webhooks: [{ name: mservice.elbv2.k8s.aws }]
`;
  const ingressClass = `apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata: { name: internal-alb }
spec:
  controller: ingress.k8s.aws/alb
  parameters: { apiGroup: elbv2.k8s.aws, kind: IngressClassParams, name: params }
`;
  const params = (scheme: string): string => `apiVersion: elbv2.k8s.aws/v1beta1
kind: IngressClassParams
metadata: { name: params }
spec: { scheme: ${scheme} }
`;
  /** Each scope's view of the object named `name`, by cluster. */
  const viewsOf = (files: Record<string, string>, name: string): Record<string, LoadBalancerView | undefined> =>
    Object.fromEntries(treeOf(files).model.scopes.map((s) => [s.cluster?.name ?? '', loadBalancersOf(s).find((v) => v.subject.name === name)]));
  const three = {
    'a/cluster.yaml': cluster('a'),
    'b/cluster.yaml': cluster('b'),
    'c/cluster.yaml': cluster('c'),
    'svc.yaml': service(),
    'ingress.yaml': siteIngress,
  };

  test('scopes with the same facts share one view of a Service and of an Ingress', () => {
    for (const name of ['web', 'site']) {
      const { a, b, c } = viewsOf(three, name);
      expect(a).toBeDefined();
      expect(b).toBe(a);
      expect(c).toBe(a);
    }
  });

  test('a scope with the Service webhook gets its own view; the others still share theirs', () => {
    const { a, b, c } = viewsOf({ ...three, 'a/webhook.yaml': webhook }, 'web');
    expect([a?.controller, b?.controller]).toEqual(['aws-load-balancer-controller', 'in-tree']);
    expect(c).toBe(b);
  });

  test('two webhooks in two scopes: each view names its own', () => {
    const { a, b, c } = viewsOf({ ...three, 'a/webhook.yaml': webhook, 'b/webhook.yaml': webhook }, 'web');
    expect([a?.controllerReason, b?.controllerReason].map((r) => r?.match(/\((\w)\/webhook.yaml\)/)?.[1])).toEqual(['a', 'b']);
    expect(c?.controller).toBe('in-tree');
  });

  test('a controller that may take Services gets its own view, and each names its own Deployment', () => {
    const { a, b, c } = viewsOf({ ...three, 'a/lbc.yaml': lbc('v2.8.1'), 'b/lbc.yaml': lbc('v2.8.1') }, 'web');
    expect([a?.controller, b?.controller, c?.controller]).toEqual(['unknown', 'unknown', 'in-tree']);
    expect(a?.controllerReason).toContain('a/lbc.yaml');
    expect(b?.controllerReason).toContain('b/lbc.yaml');
  });

  test('Auto Mode clusters: each view names its cluster, and a cluster without it keeps the in-tree view', () => {
    const { a, b, c } = viewsOf({ ...three, 'a/cluster.yaml': cluster('a', true), 'b/cluster.yaml': cluster('b', true) }, 'web');
    expect([a?.controller, b?.controller, c?.controller]).toEqual(['eks-auto-mode', 'eks-auto-mode', 'in-tree']);
    expect(a?.controllerReason).toContain('cluster a ');
    expect(b?.controllerReason).toContain('cluster b ');
  });

  test('an Ingress: its class where the class is, and the params of each scope', () => {
    const inA = viewsOf({ ...three, 'a/class.yaml': ingressClass }, 'site');
    expect([inA.a?.controller, inA.b?.controller]).toEqual(['aws-load-balancer-controller', 'other']);
    expect(inA.c).toBe(inA.b);
    const params2 = viewsOf({ ...three, 'class.yaml': ingressClass, 'a/params.yaml': params('internet-facing'), 'b/params.yaml': params('internal') }, 'site');
    expect([params2.a?.scheme, params2.b?.scheme, params2.c?.scheme]).toEqual(['internet-facing', 'internal', 'internal']);
    expect(params2.c).not.toBe(params2.b);
  });
});
