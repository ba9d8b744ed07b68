import type { PathSegment } from '../../load/types.js';
import type { Cluster } from '../../model/types.js';
import { settingName, settingText } from '../terms.js';
import { defineRule, type RuleReport } from '../types.js';
import { cidrWithin, isOpenToAll } from './_cidr.js';
import { listText } from './_subnets.js';
import { ENDPOINT_OPTIONS, type EndpointOptions } from './_options.js';

/** The field names each source uses, for messages and pointers. */
const FIELDS = {
  eksctl: { public: 'vpc.clusterEndpoints.publicAccess', private: 'vpc.clusterEndpoints.privateAccess', cidrs: 'vpc.publicAccessCIDRs' },
  cloudformation: { public: 'EndpointPublicAccess', private: 'EndpointPrivateAccess', cidrs: 'PublicAccessCidrs' },
  config: { public: 'publicAccess', private: 'privateAccess', cidrs: 'publicAccessCidrs' },
} as const;

/** EKS (and eksctl) defaults: public access on, open to all addresses (EKS API VpcConfigRequest). */
const DEFAULT_PUBLIC_CIDRS = ['0.0.0.0/0'];

function pointAt(cluster: Cluster): readonly PathSegment[] {
  const ep = cluster.endpoint;
  if (cluster.source === 'eksctl') {
    if (ep.publicCidrs !== undefined && ep.publicCidrs.length > 0) return ['vpc', 'publicAccessCIDRs'];
    return ep.publicAccess !== undefined ? [...ep.path, 'publicAccess'] : ep.path;
  }
  if (cluster.source === 'cloudformation') {
    if (ep.publicCidrs !== undefined && ep.publicCidrs.length > 0) return [...ep.path, 'PublicAccessCidrs'];
    return ep.publicAccess !== undefined ? [...ep.path, 'EndpointPublicAccess'] : ep.path;
  }
  return ep.path;
}

export default defineRule<EndpointOptions>({
  id: 'subnet-placement/public-endpoint',
  family: 'subnet-placement',
  optionsSchema: ENDPOINT_OPTIONS,
  defaultSeverity: 'warning',
  reach: 'context',
  description: 'The Kubernetes API endpoint is public and open to 0.0.0.0/0 (or to CIDRs outside allowedEndpointCidrs), by setting or by default.',
  check: ({ model, options }) => {
    const allowed = options.allowedEndpointCidrs ?? [];
    return model.clusters.flatMap((cluster): RuleReport[] => {
      const ep = cluster.endpoint;
      const unresolved = new Set(ep.unresolved ?? []);
      // eksctl's fully-private cluster turns public access off; an unresolved value is never defaulted.
      if (cluster.privateCluster === true || unresolved.has('publicAccess') || unresolved.has('publicCidrs')) return [];
      // A cluster the config declares is defined elsewhere (another repository, the console): EKS's defaults
      // say nothing about how it was created, so only what the config states is judged.
      if (cluster.source === 'config' && ep.publicAccess === undefined && ep.publicCidrs === undefined) return [];
      if ((ep.publicAccess ?? true) === false) return [];
      const cidrsStated = ep.publicCidrs !== undefined && ep.publicCidrs.length > 0;
      const cidrs = cidrsStated ? (ep.publicCidrs as readonly string[]) : DEFAULT_PUBLIC_CIDRS;
      const offending = allowed.length > 0 ? cidrs.filter((c) => !allowed.some((a) => cidrWithin(c, a))) : cidrs.filter(isOpenToAll);
      if (offending.length === 0) return [];
      // A cluster modelled as CloudFormation but defined elsewhere (Terraform) names its own settings.
      const own = FIELDS[cluster.source];
      const paths = { public: [...ep.path, own.public], private: [...ep.path, own.private], cidrs: [...ep.path, own.cidrs] };
      const f = { public: settingName(cluster, paths.public, own.public), cidrs: settingName(cluster, paths.cidrs, own.cidrs) };
      const how = [
        ep.publicAccess === undefined ? `${f.public} defaults to true` : `${f.public} is true`,
        cidrsStated ? `${f.cidrs} lists ${listText(offending)}` : `${f.cidrs} defaults to 0.0.0.0/0`,
      ].join(' and ');
      const reach =
        allowed.length > 0 && !offending.some(isOpenToAll)
          ? `${listText(offending)} ${offending.length > 1 ? 'are' : 'is'} outside allowedEndpointCidrs (${listText(allowed)})`
          : 'anyone on the internet can reach the API server, with authentication as the only barrier';
      return [
        {
          subject: cluster,
          at: pointAt(cluster),
          alsoReads: [paths.public, paths.cidrs],
          message:
            `The Kubernetes API endpoint of cluster ${cluster.name} is public (${how}): ${reach}. ` +
            `Restrict ${f.cidrs} to the networks that need it (office, VPN, CI), or set ${settingText(cluster, paths.private, own.private, true)} and ${settingText(cluster, paths.public, own.public, false)}.`,
        },
      ];
    });
  },
});
