import { HELM_RELEASE_KIND } from '../load/terraform-parser.js';
import type { PathSegment } from '../load/types.js';
import { LBC_IMAGE } from './kubernetes.js';
import type { Ingress, Manifest, Scope, Service, Workload } from './types.js';
import { scopeManifestsOfKinds, scopeManifestsWhere } from './scopes.js';
import { asArray, asString, entryOf, get } from './util.js';

/**
 * Which controller turns a `type: LoadBalancer` Service or an Ingress into an AWS load
 * balancer, and the scheme (internet-facing or internal) it will get.
 *
 * - Service: `spec.loadBalancerClass` `service.k8s.aws/nlb` or the annotation
 *   `service.beta.kubernetes.io/aws-load-balancer-type: external | nlb-ip` → AWS Load Balancer
 *   Controller (internal unless `aws-load-balancer-scheme`, LBC docs guide/service/nlb.md
 *   "Secure by default"); `eks.amazonaws.com/nlb` → EKS Auto Mode; any other class → another
 *   controller; none → the in-tree cloud provider, internet-facing unless
 *   `aws-load-balancer-internal` is set to anything but "false" (cloud-provider-aws
 *   EnsureLoadBalancer). LBC ≥ 2.5 installs a webhook that gives new Services its class.
 * - Ingress: the IngressClass (`ingressClassName`, the `kubernetes.io/ingress.class`
 *   annotation, or the default class) names the controller: `ingress.k8s.aws/alb` → LBC
 *   (internal unless `alb.ingress.kubernetes.io/scheme` or IngressClassParams `scheme`),
 *   `eks.amazonaws.com/alb` → Auto Mode; ingress-nginx and others create no AWS load
 *   balancer themselves (their own Service does).
 */

export type LoadBalancerController = 'in-tree' | 'aws-load-balancer-controller' | 'eks-auto-mode' | 'other' | 'unknown';
export type LoadBalancerScheme = 'internet-facing' | 'internal' | 'unknown';

export interface LoadBalancerView {
  readonly subject: Service | Ingress;
  readonly controller: LoadBalancerController;
  /** Why this controller, as a clause ("spec.loadBalancerClass is service.k8s.aws/nlb"). */
  readonly controllerReason: string;
  readonly scheme: LoadBalancerScheme;
  /** An annotation or IngressClassParams states the scheme (or `aws-load-balancer-internal`). */
  readonly schemeExplicit: boolean;
  readonly schemeReason: string;
  /** Where the scheme is, or would be, written (relative to the subject). */
  readonly schemeAt: readonly PathSegment[];
  /** A scheme annotation this controller does not read (in-tree and `aws-load-balancer-scheme`). */
  readonly ignoredAnnotation?: { key: string; value: string };
  /** The load balancer names its subnets itself: no subnet discovery by tags. */
  readonly explicitSubnets: boolean;
}

export const SERVICE_TYPE = 'service.beta.kubernetes.io/aws-load-balancer-type';
export const SERVICE_INTERNAL = 'service.beta.kubernetes.io/aws-load-balancer-internal';
export const SERVICE_SCHEME = 'service.beta.kubernetes.io/aws-load-balancer-scheme';
export const SERVICE_SUBNETS = 'service.beta.kubernetes.io/aws-load-balancer-subnets';
export const INGRESS_CLASS = 'kubernetes.io/ingress.class';
export const INGRESS_SCHEME = 'alb.ingress.kubernetes.io/scheme';
export const INGRESS_SUBNETS = 'alb.ingress.kubernetes.io/subnets';
const DEFAULT_CLASS = 'ingressclass.kubernetes.io/is-default-class';
/** The name of LBC's Service mutating webhook (config/webhook/manifests.yaml, v2.5.0+). */
const LBC_SERVICE_WEBHOOK = 'mservice.elbv2.k8s.aws';
const LBC_SERVICE_CLASS = 'service.k8s.aws/nlb';
const AUTO_MODE_SERVICE_CLASS = 'eks.amazonaws.com/nlb';
const LBC_INGRESS_CONTROLLER = 'ingress.k8s.aws/alb';
const AUTO_MODE_INGRESS_CONTROLLER = 'eks.amazonaws.com/alb';

/** Annotations of other clouds' and bare-metal load balancer controllers: such a Service is not for EKS. */
const OTHER_PROVIDER_ANNOTATION =
  /^(service\.beta\.kubernetes\.io\/(do|oci|exoscale|scw|azure|linode|alibaba-cloud|openstack|hcloud|vultr|ovh|tencent|civo)-|cloud\.google\.com\/|networking\.gke\.io\/|oci\.oraclecloud\.com\/|loadbalancer\.openstack\.org\/|load-balancer\.hetzner\.cloud\/|metallb\.universe\.tf\/|service\.kubernetes\.io\/ibm-|kube-vip\.io\/|lbipam\.cilium\.io\/)/;

const SCHEMES = new Set(['internet-facing', 'internal']);
/** Go's strconv.ParseBool, which LBC uses for boolean annotations. */
const GO_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const GO_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

const annotationPath = (key: string): PathSegment[] => ['metadata', 'annotations', key];

/** The scheme a controller's scheme annotation states, where it states it (an unknown value is `unknown`). */
function schemeAnnotation(key: string, value: string): { scheme: LoadBalancerScheme; schemeExplicit: true; schemeReason: string; schemeAt: PathSegment[] } {
  return {
    scheme: SCHEMES.has(value) ? (value as LoadBalancerScheme) : 'unknown',
    schemeExplicit: true,
    schemeReason: `${key} is ${value}`,
    schemeAt: annotationPath(key),
  };
}

/** A MutatingWebhookConfiguration with the Load Balancer Controller's Service webhook. */
function isLbcServiceWebhook(m: Manifest): boolean {
  return m.kind === 'MutatingWebhookConfiguration' && asArray(get(m.raw, 'webhooks')).some((w) => asString(get(w, 'name')) === LBC_SERVICE_WEBHOOK);
}

const LBC_CHART = /(?:^|\/)aws-load-balancer-controller$/;
/** The first release whose webhook gives new LoadBalancer Services its class. */
const LBC_WEBHOOK_SINCE = [2, 5] as const;

/** The Load Balancer Controller images a Deployment's containers run, whatever their version. */
function lbcImages(deployment: Manifest): RegExpExecArray[] {
  // A Deployment the model reads as a workload keeps what it runs in its record (its value goes,
  // src/model/release.ts); one it does not has no pod spec, so no containers either.
  const pod = (deployment as Partial<Workload>).pod;
  const images = pod
    ? pod.containers.map((c) => c.addonImage)
    : asArray(get(deployment.raw, 'spec', 'template', 'spec', 'containers')).map((c) => asString(get(c, 'image')));
  return images.flatMap((image) => {
    const match = LBC_IMAGE.exec(image ?? '');
    return match ? [match] : [];
  });
}

/** A Deployment of the AWS Load Balancer Controller (any version): it decides which controller a Service gets. */
export function isLoadBalancerControllerDeployment(m: Manifest): boolean {
  return m.kind === 'Deployment' && lbcImages(m).length > 0;
}

/**
 * Signs that a version of the AWS Load Balancer Controller with the Service webhook (v2.5+)
 * may run in the scope's cluster, though the webhook itself is not in the repository: its
 * Deployment at v2.5 or a tag that does not say. The in-tree default can then no longer be
 * assumed. An IAM policy for the controller (eksctl `withAddonPolicies.awsLoadBalancerController`
 * or `albIngress`, `wellKnownPolicies`) is not one: it grants permissions and installs nothing.
 */
function saysItMayTakeServices(m: Manifest): boolean {
  return (m.kind === 'Deployment' || m.kind === HELM_RELEASE_KIND) && mayTakeServices(m) !== undefined;
}

/** Per manifest, not per scope: an object near several clusters is in each of their scopes. Null: it says nothing. */
const takesServices = new WeakMap<Manifest, string | null>();

function mayTakeServices(m: Manifest): string | undefined {
  let says = takesServices.get(m);
  if (says === undefined) takesServices.set(m, (says = readMayTakeServices(m) ?? null));
  return says ?? undefined;
}

function readMayTakeServices(m: Manifest): string | undefined {
  if (m.kind === 'Deployment') {
    for (const match of lbcImages(m)) {
      const [major, minor] = [Number(match[1]), Number(match[2])];
      const older = match[1] !== undefined && (major < LBC_WEBHOOK_SINCE[0] || (major === LBC_WEBHOOK_SINCE[0] && minor < LBC_WEBHOOK_SINCE[1]));
      if (!older) return `Deployment ${m.name} (${m.ref.doc.path})`;
    }
  }
  // A Terraform helm_release of the chart (src/load/terraform-embedded.ts): chart 1.N ships
  // controller v2.N, and charts from 2.0 on ship controllers newer than v2.5.
  if (m.kind === HELM_RELEASE_KIND && LBC_CHART.test(asString(get(m.raw, 'spec', 'chart')) ?? '')) {
    const [major, minor] = (asString(get(m.raw, 'spec', 'version')) ?? '').split('.').map(Number);
    const older = major === 1 && minor !== undefined && minor < LBC_WEBHOOK_SINCE[1];
    if (!older) return `helm_release ${m.name} (${m.ref.doc.path})`;
  }
  return undefined;
}

/** What a scope's manifests say about its controllers: read once per scope, not once per Service. */
interface ControllerFacts {
  webhook: Manifest | undefined;
  installed: string | undefined;
  ingressClasses: readonly Manifest[];
  ingressClassParams: readonly Manifest[];
}

const INGRESS_CLASS_KINDS = ['IngressClass'];
const INGRESS_CLASS_PARAMS_KINDS = ['IngressClassParams'];

/**
 * From the few manifests that can say anything, in the scope's order, filtered once for the model
 * (src/model/scopes.ts): every cluster's scope holds every manifest near it, and scanning each
 * scope's manifests (every Deployment near it, for the controller's) was most of this rule's time
 * on the corpus.
 */
function controllerFacts(scope: Scope): ControllerFacts {
  const [webhook] = scopeManifestsWhere(scope, isLbcServiceWebhook);
  const [installer] = scopeManifestsWhere(scope, saysItMayTakeServices);
  return {
    webhook,
    installed: installer && mayTakeServices(installer),
    ingressClasses: scopeManifestsOfKinds(scope, INGRESS_CLASS_KINDS),
    ingressClassParams: scopeManifestsOfKinds(scope, INGRESS_CLASS_PARAMS_KINDS),
  };
}

function serviceController(service: Service, scope: Scope, facts: ControllerFacts): { controller: LoadBalancerController; reason: string } {
  const lbClass = service.loadBalancerClass;
  if (lbClass === LBC_SERVICE_CLASS) return { controller: 'aws-load-balancer-controller', reason: `spec.loadBalancerClass is ${lbClass}` };
  if (lbClass === AUTO_MODE_SERVICE_CLASS) return { controller: 'eks-auto-mode', reason: `spec.loadBalancerClass is ${lbClass}` };
  if (lbClass !== undefined) return { controller: 'other', reason: `spec.loadBalancerClass ${lbClass} names another controller` };
  const foreign = Object.keys(service.annotations).find((k) => OTHER_PROVIDER_ANNOTATION.test(k));
  if (foreign !== undefined) return { controller: 'other', reason: `annotation ${foreign} is for another provider's load balancer controller` };
  const type = service.annotations[SERVICE_TYPE];
  if (type === 'external' || type === 'nlb-ip') {
    return { controller: 'aws-load-balancer-controller', reason: `annotation ${SERVICE_TYPE} is ${type}` };
  }
  const webhook = facts.webhook;
  const autoMode = scope.cluster?.autoMode === true;
  if (webhook || autoMode) {
    // Both would claim the Service, or the webhook meets a legacy type annotation: not decidable here.
    if ((webhook && autoMode) || (webhook && type !== undefined))
      return { controller: 'unknown', reason: 'the cluster has more than one candidate controller' };
    return webhook
      ? {
          controller: 'aws-load-balancer-controller',
          reason: `the AWS Load Balancer Controller's Service webhook (${webhook.ref.doc.path}) gives new Services its class`,
        }
      : { controller: 'eks-auto-mode', reason: `cluster ${scope.cluster?.name ?? ''} runs EKS Auto Mode, whose class is the default` };
  }
  const installed = facts.installed;
  if (installed) {
    return {
      controller: 'unknown',
      reason: `the AWS Load Balancer Controller may run (${installed}), and from v2.5 its webhook takes Services without a class`,
    };
  }
  return {
    controller: 'in-tree',
    reason: `it has no spec.loadBalancerClass and no ${SERVICE_TYPE}: external, so on EKS the in-tree AWS cloud provider reconciles it`,
  };
}

function serviceView(service: Service, scope: Scope, facts: ControllerFacts): LoadBalancerView {
  const { controller, reason } = serviceController(service, scope, facts);
  const a = service.annotations;
  const explicitSubnets = a[SERVICE_SUBNETS] !== undefined;
  const fallbackAt: PathSegment[] = Object.keys(a).length > 0 ? ['metadata', 'annotations'] : ['spec', 'type'];
  const base = { subject: service, controller, controllerReason: reason, explicitSubnets };
  if (controller === 'in-tree') {
    const internal = a[SERVICE_INTERNAL];
    const ignored = a[SERVICE_SCHEME] !== undefined ? { ignoredAnnotation: { key: SERVICE_SCHEME, value: a[SERVICE_SCHEME] } } : {};
    if ((internal === undefined || internal === '') && a[SERVICE_SCHEME] === 'internet-facing') {
      // The stated intent and the outcome agree, whichever controller takes it: not implicit.
      return {
        ...base,
        scheme: 'internet-facing',
        schemeExplicit: true,
        schemeReason: `${SERVICE_SCHEME} is internet-facing (the in-tree controller does not read it, but makes the same choice by default)`,
        schemeAt: annotationPath(SERVICE_SCHEME),
      };
    }
    if (internal === undefined || internal === '') {
      return {
        ...base,
        ...ignored,
        scheme: 'internet-facing',
        schemeExplicit: false,
        schemeReason: `that controller makes internet-facing load balancers unless ${SERVICE_INTERNAL} is set`,
        schemeAt: a[SERVICE_SCHEME] !== undefined ? annotationPath(SERVICE_SCHEME) : fallbackAt,
      };
    }
    // cloud-provider-aws: "false" means internet-facing, any other value internal.
    const scheme = internal === 'false' ? 'internet-facing' : 'internal';
    return {
      ...base,
      ...ignored,
      scheme,
      schemeExplicit: true,
      schemeReason: `${SERVICE_INTERNAL} is "${internal}"`,
      schemeAt: annotationPath(SERVICE_INTERNAL),
    };
  }
  if (controller === 'aws-load-balancer-controller' || controller === 'eks-auto-mode') {
    const scheme = a[SERVICE_SCHEME];
    if (scheme !== undefined) {
      return { ...base, ...schemeAnnotation(SERVICE_SCHEME, scheme) };
    }
    const internal = a[SERVICE_INTERNAL];
    if (internal !== undefined && (GO_TRUE.has(internal) || GO_FALSE.has(internal))) {
      return {
        ...base,
        scheme: GO_TRUE.has(internal) ? 'internal' : 'internet-facing',
        schemeExplicit: true,
        schemeReason: `${SERVICE_INTERNAL} is "${internal}"`,
        schemeAt: annotationPath(SERVICE_INTERNAL),
      };
    }
    // Auto Mode documents no default scheme: say nothing rather than guess.
    return controller === 'aws-load-balancer-controller'
      ? {
          ...base,
          scheme: 'internal',
          schemeExplicit: false,
          schemeReason: 'the AWS Load Balancer Controller makes internal load balancers by default',
          schemeAt: fallbackAt,
        }
      : { ...base, scheme: 'unknown', schemeExplicit: false, schemeReason: 'EKS Auto Mode decides the default scheme', schemeAt: fallbackAt };
  }
  return { ...base, scheme: 'unknown', schemeExplicit: false, schemeReason: reason, schemeAt: fallbackAt };
}

function ingressClassOf(ingress: Ingress, classes: readonly Manifest[]): { name?: string; cls?: Manifest; reason: string } {
  const name = ingress.ingressClassName ?? ingress.annotations[INGRESS_CLASS];
  if (name !== undefined) {
    const cls = classes.find((c) => c.name === name);
    return { name, ...(cls ? { cls } : {}), reason: `its class is ${name}` };
  }
  const defaults = classes.filter((c) => c.annotations[DEFAULT_CLASS] === 'true');
  if (defaults.length === 1 && defaults[0])
    return { name: defaults[0].name, cls: defaults[0], reason: `IngressClass ${defaults[0].name} is the default class` };
  return { reason: 'it names no class and the repository defines no single default IngressClass' };
}

function ingressView(ingress: Ingress, facts: ControllerFacts): LoadBalancerView {
  const a = ingress.annotations;
  const { name, cls, reason: classReason } = ingressClassOf(ingress, facts.ingressClasses);
  let controller: LoadBalancerController = 'unknown';
  let controllerReason = classReason;
  let params: Manifest | undefined;
  if (cls) {
    const named = asString(get(cls.raw, 'spec', 'controller')) ?? '';
    controller = named === LBC_INGRESS_CONTROLLER ? 'aws-load-balancer-controller' : named === AUTO_MODE_INGRESS_CONTROLLER ? 'eks-auto-mode' : 'other';
    controllerReason = `${classReason}, whose controller is ${named || 'not stated'}`;
    const ref = get(cls.raw, 'spec', 'parameters');
    const paramsName = asString(get(ref, 'name'));
    if (asString(get(ref, 'kind')) === 'IngressClassParams' && paramsName !== undefined) {
      params = facts.ingressClassParams.find((m) => m.name === paramsName);
    }
  } else if (name === 'alb') {
    controller = 'aws-load-balancer-controller';
    controllerReason = 'its class alb is the AWS Load Balancer Controller\u2019s default ingress class';
  } else if (name !== undefined) {
    controller = 'other';
    controllerReason = `its class ${name} is not an AWS load balancer class the repository defines`;
  }
  const paramsScheme = params ? asString(get(params.raw, 'spec', 'scheme')) : undefined;
  const explicitSubnets = a[INGRESS_SUBNETS] !== undefined || (params !== undefined && get(params.raw, 'spec', 'subnets') !== undefined);
  const base = { subject: ingress, controller, controllerReason, explicitSubnets };
  const fallbackAt: PathSegment[] = Object.keys(a).length > 0 ? ['metadata', 'annotations'] : ['metadata', 'name'];
  if (controller !== 'aws-load-balancer-controller' && controller !== 'eks-auto-mode') {
    return { ...base, scheme: 'unknown', schemeExplicit: false, schemeReason: controllerReason, schemeAt: fallbackAt };
  }
  // IngressClassParams settings win over the Ingress's own annotations (LBC guide/ingress/ingress_class.md).
  if (params && paramsScheme !== undefined) {
    return {
      ...base,
      scheme: SCHEMES.has(paramsScheme) ? (paramsScheme as LoadBalancerScheme) : 'unknown',
      schemeExplicit: true,
      schemeReason: `IngressClassParams ${params.name} sets scheme ${paramsScheme}`,
      schemeAt: fallbackAt,
    };
  }
  const scheme = a[INGRESS_SCHEME];
  if (scheme !== undefined) {
    return { ...base, ...schemeAnnotation(INGRESS_SCHEME, scheme) };
  }
  return controller === 'aws-load-balancer-controller'
    ? {
        ...base,
        scheme: 'internal',
        schemeExplicit: false,
        schemeReason: 'the AWS Load Balancer Controller makes internal ALBs by default',
        schemeAt: fallbackAt,
      }
    : { ...base, scheme: 'unknown', schemeExplicit: false, schemeReason: 'EKS Auto Mode decides the default scheme', schemeAt: fallbackAt };
}

/**
 * What decides a Service's view besides the Service: the webhook, Auto Mode (and the cluster its
 * reason names), the controller that may be installed. And an Ingress's: the IngressClasses and
 * their params. Each spelled so that scopes agree on it exactly when they agree on those facts.
 */
function factKeys(scope: Scope, facts: ControllerFacts): { service: string; ingress: string } {
  const autoMode = scope.cluster?.autoMode === true ? JSON.stringify(scope.cluster.name ?? '') : '-';
  const installed = facts.installed === undefined ? '-' : JSON.stringify(facts.installed);
  return {
    service: `${facts.webhook ? idOf(facts.webhook) : '-'} ${autoMode} ${installed}`,
    ingress: `${facts.ingressClasses.map(idOf).join(',')} ${facts.ingressClassParams.map(idOf).join(',')}`,
  };
}

const ids = new WeakMap<Manifest, number>();
let nextId = 0;

function idOf(m: Manifest): number {
  return entryOf(ids, m, () => nextId++);
}

/**
 * A subject's views by the key of the facts that decide them (`factKeys`). A Service near many
 * clusters is in each of their scopes (122 on the corpus), and most of those scopes agree on its
 * controller: they share one view, so a rule that reports a view reports it once. Nearly every
 * subject has one key only: its first view is kept beside that key, and a Map made only for the
 * others (a Map per subject held ~0.5 MB on the corpus, kept to the peak at the end).
 */
interface SubjectViews {
  readonly key: string;
  readonly view: LoadBalancerView;
  others?: Map<string, LoadBalancerView>;
}

const viewsBySubject = new WeakMap<Service | Ingress, SubjectViews>();

function sharedView<T extends Service | Ingress>(subject: T, key: string, make: (subject: T) => LoadBalancerView): LoadBalancerView {
  const views = viewsBySubject.get(subject);
  if (!views) {
    const view = make(subject);
    viewsBySubject.set(subject, { key, view });
    return view;
  }
  if (views.key === key) return views.view;
  return entryOf((views.others ??= new Map()), key, () => make(subject));
}

const viewsByScope = new WeakMap<Scope, LoadBalancerView[]>();

/**
 * Every load balancer the scope asks for: `type: LoadBalancer` Services and Ingresses, in its
 * order. Scopes that agree on the facts that decide a view get the same view object (see
 * `viewsBySubject`): the same load balancer seen from two scopes is one object exactly when the
 * two would see it alike.
 */
export function loadBalancersOf(scope: Scope): LoadBalancerView[] {
  const cached = viewsByScope.get(scope);
  if (cached) return cached;
  const services = scope.services.filter((s) => s.type === 'LoadBalancer');
  let views: LoadBalancerView[] = [];
  if (services.length || scope.ingresses.length) {
    const facts = controllerFacts(scope);
    const keys = factKeys(scope, facts);
    views = [
      ...services.map((s) => sharedView(s, keys.service, (service) => serviceView(service, scope, facts))),
      ...scope.ingresses.map((i) => sharedView(i, keys.ingress, (ingress) => ingressView(ingress, facts))),
    ];
  }
  viewsByScope.set(scope, views);
  return views;
}
