import { DocumentWithDerived, type LoadedDocument, type LoadedFile } from '../load/types.js';
import { configNodeGroups, withConfigClusters, type DeclaredInfrastructure } from './config.js';
import { cfnAddons, daemonSetAddons, eksctlAddons } from './addons.js';
import { cfnClusters, cfnNodeGroups, isCfnTemplate, makeTemplate } from './cloudformation.js';
import { eksctlCluster, eksctlNodeGroups, isEksctlConfig, isNodeGroupOnlyConfig } from './eksctl.js';
import { karpenterNodeGroups } from './karpenter.js';
import { buildNetwork } from './network.js';
import type { TerraformDocument } from '../load/terraform.js';
import { isTerraformDocument, terraformSupport } from './terraform-registry.js';
import { manifestsOf, toAutoscaler, toIngress, toService, toWorkload } from './kubernetes.js';
import { assignScopes } from './scopes.js';
import type { CfnTemplate, Cluster, ClusterAddon, HorizontalPodAutoscaler, Ingress, Manifest, Model, NodeGroup, Service, Workload } from './types.js';

/** What one manifest is in the model. */
export interface ManifestObjects {
  readonly manifest: Manifest;
  readonly workload?: Workload;
  readonly service?: Service;
  readonly ingress?: Ingress;
  readonly autoscaler?: HorizontalPodAutoscaler;
  readonly eksctl?: {
    readonly cluster: Cluster;
    readonly nodeGroups: readonly NodeGroup[];
    readonly addons: readonly ClusterAddon[];
    readonly nodeGroupsOnly: boolean;
  };
}

/** The model objects one document yields on its own (Karpenter pools pair across documents, so not here). */
export interface DocumentObjects {
  readonly template?: {
    readonly template: CfnTemplate;
    readonly clusters: readonly Cluster[];
    readonly nodeGroups: readonly NodeGroup[];
    readonly addons: readonly ClusterAddon[];
  };
  readonly manifests: readonly ManifestObjects[];
  /** A Terraform file: its objects come from evaluating its whole directory (src/model/terraform.ts). */
  readonly terraform?: true;
}

/** What a manifest can be read as, one maker each: `asRecord` calls the one that applies. */
interface RecordMakers<T> {
  workload(workload: Workload): T;
  service(service: Service): T;
  ingress(ingress: Ingress): T;
  autoscaler(autoscaler: HorizontalPodAutoscaler): T;
  other(manifest: Manifest): T;
}

/**
 * A manifest the model reads as a workload, Service, Ingress or autoscaler is that record itself
 * (`manifest` and `workload` are one object): the record has every field of the manifest (see
 * kubernetes.ts ManifestCopy), and a manifest beside it was 88 bytes more for each of the 100,000
 * documents of the synthetic 100k tree, kept to the report. Each reader answers for one kind
 * only, so at most one maker applies.
 */
function asRecord<T>(manifest: Manifest, make: RecordMakers<T>): T {
  const workload = toWorkload(manifest);
  if (workload) return make.workload(workload);
  const service = toService(manifest);
  if (service) return make.service(service);
  const ingress = toIngress(manifest);
  if (ingress) return make.ingress(ingress);
  const autoscaler = toAutoscaler(manifest);
  if (autoscaler) return make.autoscaler(autoscaler);
  return make.other(manifest);
}

// No spread of conditional literals: an object of one shape per kind, for every manifest of a tree.
const AS_MANIFEST_OBJECTS: RecordMakers<ManifestObjects> = {
  workload: (workload) => ({ manifest: workload, workload }),
  service: (service) => ({ manifest: service, service }),
  ingress: (ingress) => ({ manifest: ingress, ingress }),
  autoscaler: (autoscaler) => ({ manifest: autoscaler, autoscaler }),
  other: (manifest) =>
    isEksctlConfig(manifest)
      ? {
          manifest,
          eksctl: {
            cluster: eksctlCluster(manifest),
            nodeGroups: eksctlNodeGroups(manifest),
            addons: eksctlAddons(manifest),
            nodeGroupsOnly: isNodeGroupOnlyConfig(manifest),
          },
        }
      : { manifest },
};

function manifestObjects(manifest: Manifest): ManifestObjects {
  return asRecord(manifest, AS_MANIFEST_OBJECTS);
}

/** What a document without manifests holds: one array for all, frozen since all share it. */
const NO_MANIFESTS: readonly ManifestObjects[] = Object.freeze([]);

/**
 * A document's objects, and whether its unread values were released (src/model/release.ts): one
 * record per document that is also its objects (the two objects per document they were took
 * 6.9 MiB at 100k documents). A subclass for each sort of document.
 */
abstract class Derived implements DocumentObjects {
  released = false;

  abstract readonly manifests: readonly ManifestObjects[];

  get objects(): DocumentObjects {
    return this;
  }
}

/**
 * A document of one eksctl config: its list is made when asked for (a few times per review)
 * rather than kept.
 */
class DerivedManifest extends Derived {
  readonly #only: ManifestObjects;

  constructor(only: ManifestObjects) {
    super();
    this.#only = only;
  }

  get manifests(): readonly ManifestObjects[] {
    return [this.#only];
  }
}

/**
 * A document of one manifest, nearly every one, is its own ManifestObjects: one record per
 * document where a ManifestObjects beside it (40 bytes) and an array per document (5-7 MiB at
 * 100k documents) were kept. Its list is made when asked for (a few times per review). What the
 * manifest is in the model is a getter of the subclass, as ManifestObjects' optional fields:
 * absent on the others.
 */
class DerivedOne extends Derived implements ManifestObjects {
  constructor(readonly manifest: Manifest) {
    super();
  }

  get manifests(): readonly ManifestObjects[] {
    return [this];
  }
}

class DerivedWorkload extends DerivedOne {
  get workload(): Workload {
    return this.manifest as Workload;
  }
}

class DerivedService extends DerivedOne {
  get service(): Service {
    return this.manifest as Service;
  }
}

class DerivedIngress extends DerivedOne {
  get ingress(): Ingress {
    return this.manifest as Ingress;
  }
}

class DerivedAutoscaler extends DerivedOne {
  get autoscaler(): HorizontalPodAutoscaler {
    return this.manifest as HorizontalPodAutoscaler;
  }
}

const AS_DOCUMENT: RecordMakers<Derived> = {
  workload: (workload) => new DerivedWorkload(workload),
  service: (service) => new DerivedService(service),
  ingress: (ingress) => new DerivedIngress(ingress),
  autoscaler: (autoscaler) => new DerivedAutoscaler(autoscaler),
  other: (manifest) => (isEksctlConfig(manifest) ? new DerivedManifest(manifestObjects(manifest)) : new DerivedOne(manifest)),
};

/** `manifestObjects(manifest)` as a document's record (see DerivedOne). */
function derivedOne(manifest: Manifest): Derived {
  return asRecord(manifest, AS_DOCUMENT);
}

/** A List's items, or none. */
class DerivedManifests extends Derived {
  constructor(readonly manifests: readonly ManifestObjects[]) {
    super();
  }
}

class DerivedTemplate extends Derived {
  readonly manifests = NO_MANIFESTS;

  constructor(readonly template: NonNullable<DocumentObjects['template']>) {
    super();
  }
}

class DerivedTerraform extends Derived {
  readonly manifests = NO_MANIFESTS;
  readonly terraform = true;
}

// The objects depend on the document alone, and a change's review models the same unchanged
// documents several times (base, head, the parts a change reaches): each is read once. Kept on
// the document where it has the slot (see DocumentWithDerived), else here.
const byDocument = new WeakMap<LoadedDocument, Derived>();

function derive(doc: LoadedDocument): Derived {
  if (isTerraformDocument(doc)) return new DerivedTerraform();
  if (isCfnTemplate(doc.value)) {
    const template = makeTemplate(doc);
    return new DerivedTemplate({ template, clusters: cfnClusters(template), nodeGroups: cfnNodeGroups(template), addons: cfnAddons(template) });
  }
  const manifests = manifestsOf(doc);
  const only = manifests.length === 1 ? manifests[0] : undefined;
  if (only) return derivedOne(only);
  return new DerivedManifests(manifests.length === 0 ? NO_MANIFESTS : manifests.map(manifestObjects));
}

/** The document's Derived record, made on first use. */
export function derivedOf(doc: LoadedDocument): Derived {
  const slotted = doc instanceof DocumentWithDerived;
  const known = slotted ? (doc.derived as Derived | undefined) : byDocument.get(doc);
  if (known) return known;
  const made = derive(doc);
  if (slotted) doc.derived = made;
  else byDocument.set(doc, made);
  return made;
}

export function documentObjects(doc: LoadedDocument): DocumentObjects {
  return derivedOf(doc).objects;
}

/**
 * Builds the model the rules read from every loaded document, plus the clusters and node
 * groups the config declares. Never throws on odd input.
 */
export function buildModel(files: readonly LoadedFile[], config?: DeclaredInfrastructure): Model {
  const manifests: Manifest[] = [];
  const templates: CfnTemplate[] = [];
  const workloads: Workload[] = [];
  const services: Service[] = [];
  const ingresses: Ingress[] = [];
  const autoscalers: HorizontalPodAutoscaler[] = [];
  const nodeGroups: NodeGroup[] = [];
  const clusters: Cluster[] = [];
  const cfnGroups: NodeGroup[] = [];
  const cfnClusterList: Cluster[] = [];
  const terraformDocs: TerraformDocument[] = [];
  const nodeGroupFiles: Cluster[] = [];
  const addons: ClusterAddon[] = [];
  for (const file of files) {
    for (const doc of file.documents) {
      if (isTerraformDocument(doc)) terraformDocs.push(doc as TerraformDocument);
      const objects = documentObjects(doc);
      if (objects.template) {
        templates.push(objects.template.template);
        cfnClusterList.push(...objects.template.clusters);
        cfnGroups.push(...objects.template.nodeGroups);
        addons.push(...objects.template.addons);
      }
      for (const m of objects.manifests) {
        manifests.push(m.manifest);
        if (m.workload) workloads.push(m.workload);
        if (m.service) services.push(m.service);
        if (m.ingress) ingresses.push(m.ingress);
        if (m.autoscaler) autoscalers.push(m.autoscaler);
        if (m.eksctl) {
          (m.eksctl.nodeGroupsOnly ? nodeGroupFiles : clusters).push(m.eksctl.cluster);
          nodeGroups.push(...m.eksctl.nodeGroups);
          addons.push(...m.eksctl.addons);
        }
      }
    }
  }
  // Each directory of .tf files is one root module, evaluated as a whole.
  const support = terraformDocs.length > 0 ? terraformSupport() : undefined;
  const terraform = support ? support.terraformModules(terraformDocs) : [];
  for (const module of terraform) {
    templates.push(module.template);
    cfnClusterList.push(...module.clusters);
    cfnGroups.push(...module.nodeGroups);
    addons.push(...module.addons);
  }
  // Same order as ever: eksctl, Karpenter, CloudFormation (and Terraform), config.
  nodeGroups.push(...karpenterNodeGroups(manifests), ...cfnGroups, ...configNodeGroups(config));
  clusters.push(...cfnClusterList);
  // A node-group file joins the cluster of its name (its node groups name it); only when the
  // repository defines no such cluster does the file stand for it, with eksctl's defaults.
  const defined = new Set(clusters.map((c) => c.name));
  clusters.push(...nodeGroupFiles.filter((c) => !defined.has(c.name)));
  const allClusters = withConfigClusters(clusters, config);
  addons.push(...daemonSetAddons(workloads));
  const unscoped = { manifests, workloads, services, ingresses, autoscalers, nodeGroups, clusters: allClusters, templates, addons };
  const unread = terraform.flatMap((module) => module.unread);
  return {
    ...unscoped,
    network: support ? support.rehomeTerraformSubnets(buildNetwork(templates), terraform) : buildNetwork(templates),
    scopes: assignScopes(unscoped),
    ...(unread.length > 0 ? { unread } : {}),
  };
}
