import rule from '../../../src/rules/subnet-placement/implicit-public-lb.js';
import { findingsOf } from '../../helpers/review.js';
import { corpusFiles } from './_corpus.js';
import { testWithCorpus } from '../../helpers/corpus.js';

describe('subnet-placement/implicit-public-lb', () => {
  testWithCorpus('an un-annotated LoadBalancer Service (microservices-demo frontend) is internet-facing only by default', () => {
    const findings = findingsOf(rule, corpusFiles('GoogleCloudPlatform__microservices-demo/kubernetes-manifests/frontend.yaml'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', startLine: 130, object: { kind: 'Service', name: 'frontend-external' } });
    expect(findings[0]?.message).toBe(
      'Service frontend-external (type: LoadBalancer) will be internet-facing only by default: it has no spec.loadBalancerClass and no ' +
        'service.beta.kubernetes.io/aws-load-balancer-type: external, so on EKS the in-tree AWS cloud provider reconciles it, and that controller ' +
        'makes internet-facing load balancers unless service.beta.kubernetes.io/aws-load-balancer-internal is set. State the intent: ' +
        'service.beta.kubernetes.io/aws-load-balancer-internal: "true" for an internal load balancer, "false" to keep it public ' +
        '(or service.beta.kubernetes.io/aws-load-balancer-scheme under the AWS Load Balancer Controller).',
    );
  });

  testWithCorpus('ingress-nginx on AWS: a legacy NLB without scheme is flagged at its annotations; the DigitalOcean variant is not AWS', () => {
    const aws = findingsOf(rule, corpusFiles('kubernetes__ingress-nginx/deploy/static/provider/aws/deploy.yaml'));
    expect(aws.map((f) => [f.object?.name, f.startLine])).toEqual([['ingress-nginx-controller', 338]]);
    expect(findingsOf(rule, corpusFiles('kubernetes__ingress-nginx/deploy/static/provider/do/deploy.yaml'))).toEqual([]);
  });

  testWithCorpus('explicit schemes and the AWS Load Balancer Controller (internal by default) pass', () => {
    const files = corpusFiles(
      'kubernetes-sigs__aws-load-balancer-controller/docs/examples/2048/2048_full.yaml',
      'kubernetes-sigs__aws-load-balancer-controller/docs/examples/echoservice/echoserver-ingress.yaml',
    );
    expect(findingsOf(rule, files)).toEqual([]);
    const lbc = `apiVersion: v1
kind: Service
metadata:
  name: api
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: external
spec: { type: LoadBalancer }
---
apiVersion: v1
kind: Service
metadata:
  name: admin
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-internal: "false"
spec: { type: LoadBalancer }
`;
    expect(findingsOf(rule, { 'svc.yaml': lbc })).toEqual([]);
  });

  test('an LBC-only scheme annotation on an in-tree Service is called out as ignored', () => {
    const svc = `apiVersion: v1
kind: Service
metadata:
  name: api
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-scheme: internal
spec: { type: LoadBalancer }
`;
    const [f] = findingsOf(rule, { 'svc.yaml': svc });
    expect(f).toMatchObject({ startLine: 6 });
    expect(f?.message).toContain('It ignores service.beta.kubernetes.io/aws-load-balancer-scheme: internal, which only the AWS Load Balancer Controller reads');
  });

  test('Ingresses: LBC defaults to internal, nginx classes make no AWS load balancer: never flagged', () => {
    const ingress = (cls: string) => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: web-${cls} }
spec:
  ingressClassName: ${cls}
  defaultBackend: { service: { name: web, port: { number: 80 } } }
`;
    expect(findingsOf(rule, { 'a.yaml': ingress('alb'), 'b.yaml': ingress('nginx') })).toEqual([]);
  });

  test('a Service near several clusters: one finding, and a cluster whose controller differs neither hides nor repeats it', () => {
    const cluster = (name: string): string => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: { name: ${name}, region: eu-west-1 }
`;
    const svc = `apiVersion: v1
kind: Service
metadata: { name: web }
spec: { type: LoadBalancer }
`;
    const webhook = `apiVersion: admissionregistration.k8s.io/v1
kind: MutatingWebhookConfiguration
metadata: { name: aws-load-balancer-webhook }
webhooks: [{ name: mservice.elbv2.k8s.aws }]
`;
    const clusters = { 'a/cluster.yaml': cluster('a'), 'b/cluster.yaml': cluster('b'), 'c/cluster.yaml': cluster('c'), 'svc.yaml': svc };
    expect(findingsOf(rule, clusters).map((f) => f.object?.name)).toEqual(['web']);
    // Handed to the AWS Load Balancer Controller in a only: still implicit in b and c.
    expect(findingsOf(rule, { ...clusters, 'a/webhook.yaml': webhook }).map((f) => f.object?.name)).toEqual(['web']);
    expect(findingsOf(rule, { ...clusters, 'a/webhook.yaml': webhook, 'b/webhook.yaml': webhook, 'c/webhook.yaml': webhook })).toEqual([]);
  });
});
