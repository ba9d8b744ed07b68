import type { Config } from '../config/types.js';
import type { LoadedFile } from '../load/types.js';
import { configNodeGroups, withConfigClusters } from './config.js';
import { cfnClusters, cfnNodeGroups, isCfnTemplate, makeTemplate } from './cloudformation.js';
import { eksctlCluster, eksctlNodeGroups, isEksctlConfig } from './eksctl.js';
import { karpenterNodeGroups } from './karpenter.js';
import { buildNetwork } from './network.js';
import { manifestsOf, toAutoscaler, toIngress, toService, toWorkload } from './kubernetes.js';
import { assignScopes } from './scopes.js';
import type { CfnTemplate, Cluster, HorizontalPodAutoscaler, Ingress, Manifest, Model, NodeGroup, Service, Workload } from './types.js';

/**
 * Builds the model the rules read from every loaded document, plus the clusters and node
 * groups the config declares. Never throws on odd input.
 */
export function buildModel(files: readonly LoadedFile[], config?: Config): Model {
  const manifests: Manifest[] = [];
  const templates: CfnTemplate[] = [];
  for (const file of files) {
    for (const doc of file.documents) {
      if (isCfnTemplate(doc.value)) templates.push(makeTemplate(doc));
      else manifests.push(...manifestsOf(doc));
    }
  }
  const workloads: Workload[] = [];
  const services: Service[] = [];
  const ingresses: Ingress[] = [];
  const autoscalers: HorizontalPodAutoscaler[] = [];
  const nodeGroups: NodeGroup[] = [];
  const clusters: Cluster[] = [];
  for (const m of manifests) {
    const w = toWorkload(m);
    if (w) {
      workloads.push(w);
      continue;
    }
    const s = toService(m);
    if (s) services.push(s);
    const i = toIngress(m);
    if (i) ingresses.push(i);
    const h = toAutoscaler(m);
    if (h) autoscalers.push(h);
    if (isEksctlConfig(m)) {
      clusters.push(eksctlCluster(m));
      nodeGroups.push(...eksctlNodeGroups(m));
    }
  }
  nodeGroups.push(...karpenterNodeGroups(manifests));
  for (const t of templates) {
    clusters.push(...cfnClusters(t));
    nodeGroups.push(...cfnNodeGroups(t));
  }
  nodeGroups.push(...configNodeGroups(config));
  const allClusters = withConfigClusters(clusters, config);
  const unscoped = { manifests, workloads, services, ingresses, autoscalers, nodeGroups, clusters: allClusters, templates };
  return { ...unscoped, network: buildNetwork(templates), scopes: assignScopes(unscoped) };
}
