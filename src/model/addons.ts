/**
 * EKS add-ons whose version the repository pins — today kube-proxy, whose skew against the
 * control plane the version-skew rules check — from every format that states one.
 */
import { resourceRef } from './cloudformation.js';
import { isUnknown, type CfnTemplate, type ClusterAddon, type Manifest, type Workload } from './types.js';
import { KUBE_PROXY_IMAGE } from './kubernetes.js';
import { asArray, asString, get } from './util.js';

/** eksctl `addons: [{name, version}]`; `latest` and absent versions say nothing. */
export function eksctlAddons(config: Manifest): ClusterAddon[] {
  return asArray(config.raw['addons']).flatMap((addon, i): ClusterAddon[] => {
    const name = asString(get(addon, 'name'));
    const version = asString(get(addon, 'version'));
    if (name === undefined || version === undefined) return [];
    return [
      {
        kind: 'Addon',
        name,
        ref: config.ref,
        addon: name,
        clusterName: config.name,
        source: 'eksctl',
        version: { value: version, path: ['addons', i, 'version'] },
      },
    ];
  });
}

/** `AWS::EKS::Addon` resources with an `AddonVersion` the template fixes (a Parameter's default counts). */
export function cfnAddons(template: CfnTemplate): ClusterAddon[] {
  return Object.entries(template.resources).flatMap(([id, resource]): ClusterAddon[] => {
    if (resource.Type !== 'AWS::EKS::Addon') return [];
    const p = resource.Properties ?? {};
    const name = asString(template.resolve(p['AddonName']));
    const raw = template.resolve(p['AddonVersion']);
    const version = typeof raw === 'string' ? raw : isUnknown(raw) && typeof raw.default === 'string' ? raw.default : undefined;
    if (name === undefined || version === undefined) return [];
    const clusterRef = resourceRef(p['ClusterName']);
    const clusterResource = clusterRef !== undefined ? template.resources[clusterRef] : undefined;
    const clusterName =
      clusterResource?.Type === 'AWS::EKS::Cluster'
        ? (asString(template.resolve(clusterResource.Properties?.['Name'])) ?? clusterRef)
        : asString(template.resolve(p['ClusterName']));
    return [
      {
        kind: 'AWS::EKS::Addon',
        name: id,
        ref: template.ref,
        addon: name,
        ...(clusterName !== undefined ? { clusterName } : {}),
        source: 'cloudformation',
        version: { value: version, path: ['Resources', id, 'Properties', 'AddonVersion'] },
      },
    ];
  });
}

/**
 * A self-managed `kube-proxy` DaemonSet (EKS clusters made before add-ons, or kept so): its
 * image tag (`…/eks/kube-proxy:v1.29.0-minimal-eksbuild.1`) is the version that runs.
 */
export function daemonSetAddons(workloads: readonly Workload[]): ClusterAddon[] {
  return workloads.flatMap((w): ClusterAddon[] => {
    if (w.kind !== 'DaemonSet') return [];
    for (const container of w.pod.containers) {
      const image = container.addonImage;
      const tag = image !== undefined ? KUBE_PROXY_IMAGE.exec(image)?.[1] : undefined;
      if (tag !== undefined) {
        return [
          {
            kind: w.kind,
            name: w.name,
            ref: w.ref,
            addon: 'kube-proxy',
            source: 'manifest',
            version: { value: tag, path: [...container.path, 'image'] },
            workload: w,
          },
        ];
      }
    }
    return [];
  });
}
