import { loadBalancersOf, type LoadBalancerView, SERVICE_INTERNAL, SERVICE_SCHEME, SERVICE_TYPE } from '../../model/load-balancers.js';
import { defineRule, type RuleReport } from '../types.js';

function label(kind: string, namespace: string | undefined, name: string): string {
  return `${kind} ${namespace ? `${namespace}/` : ''}${name}`;
}

export default defineRule({
  id: 'subnet-placement/implicit-public-lb',
  family: 'subnet-placement',
  defaultSeverity: 'warning',
  reach: 'object',
  description: 'A LoadBalancer Service or an Ingress becomes internet-facing only because its controller defaults to it, not because the manifest says so.',
  check: ({ model }) => {
    // Scopes that see a load balancer alike share its view (src/model/load-balancers.ts): one
    // report per view, not one per scope (a Service near many clusters is in each of their scopes).
    const reported = new Set<LoadBalancerView>();
    return model.scopes.flatMap((scope) =>
      loadBalancersOf(scope).flatMap((lb): RuleReport[] => {
        if (reported.has(lb)) return [];
        reported.add(lb);
        // Only the in-tree controller defaults to internet-facing; LBC defaults to internal, Auto Mode is not assumed.
        if (lb.scheme !== 'internet-facing' || lb.schemeExplicit || lb.controller !== 'in-tree') return [];
        const s = lb.subject;
        const who = label(s.kind, s.namespace, s.name);
        const ignored = lb.ignoredAnnotation
          ? ` It ignores ${lb.ignoredAnnotation.key}: ${lb.ignoredAnnotation.value}, which only the AWS Load Balancer Controller reads (add ${SERVICE_TYPE}: external to hand the Service to it).`
          : '';
        return [
          {
            subject: s,
            at: lb.schemeAt,
            message:
              `${who} (type: LoadBalancer) will be internet-facing only by default: ${lb.controllerReason}, and ${lb.schemeReason}.${ignored} ` +
              `State the intent: ${SERVICE_INTERNAL}: "true" for an internal load balancer, "false" to keep it public (or ${SERVICE_SCHEME} under the AWS Load Balancer Controller).`,
            details:
              'The in-tree controller reconciles it unless the AWS Load Balancer Controller (v2.5+) with its Service webhook is installed, ' +
              'in which case it would get an internal NLB instead: either way its exposure depends on the cluster, not on the manifest.',
          },
        ];
      }),
    );
  },
});
