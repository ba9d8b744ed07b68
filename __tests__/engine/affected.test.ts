import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { holdsContext, INERT_KINDS, isLeaf } from '../../src/engine/affected.js';
import { loadFile } from '../../src/load/yaml.js';
import { documentObjects } from '../../src/model/build.js';
import { CORPUS, REPO_ROOT } from '../helpers/paths.js';
import { testWithCorpus } from '../helpers/corpus.js';

/** What each document of a corpus file is to a change's review: `context`, `leaf`, or `inert` (no object). */
function roles(file: string): string[] {
  const text = readFileSync(path.join(CORPUS, file), 'utf8');
  return loadFile({ path: file, text }).documents.map((doc) => {
    const objects = documentObjects(doc);
    if (holdsContext(doc)) return 'context';
    return objects.manifests.length ? 'leaf' : 'inert';
  });
}

describe('what a change can reach', () => {
  testWithCorpus('workloads, Services and autoscalers of real apps are leaves, with their ServiceAccounts', () => {
    // Online Boutique's cartservice.yaml: Deployment, Service, ServiceAccount, then its Redis Deployment and Service.
    expect(roles('GoogleCloudPlatform__microservices-demo/kubernetes-manifests/cartservice.yaml')).toEqual(['leaf', 'leaf', 'leaf', 'leaf', 'leaf']);
    expect(roles('microservices-demo__microservices-demo/deploy/kubernetes/autoscaling/cart-hsc.yaml')).toEqual(['leaf']);
  });

  testWithCorpus('what rules read beyond their subject is context: DaemonSets, LimitRanges, clusters, templates', () => {
    expect(roles('kubernetes-retired__contrib/micro-demos/quota/limits.yaml')).toEqual(['context']);
    expect(roles('aws-samples__amazon-eks-refarch-cloudformation/cloudformation/eks.yaml')).toEqual(['context']);
    expect(roles('eksctl-io__eksctl/examples/01-simple-cluster.yaml')).toEqual(['context']);
    const cni = roles('aws__amazon-vpc-cni-k8s/_history/d46b6c8e9c9e/config/v1.5/aws-k8s-cni-cn.yaml');
    expect(cni).toContain('context');
  });

  testWithCorpus("the Load Balancer Controller's own Deployment is context: it decides every Service's controller", () => {
    const file = 'kubernetes-sigs__aws-load-balancer-controller/config/samples/install_v2_0_0_rc4.yaml';
    const text = readFileSync(path.join(CORPUS, file), 'utf8');
    const deployments = loadFile({ path: file, text })
      .documents.flatMap((doc) => documentObjects(doc).manifests)
      .filter((m) => m.manifest.kind === 'Deployment');
    expect(deployments.length).toBeGreaterThan(0);
    for (const d of deployments) expect(isLeaf(d.manifest)).toBe(false);
  });

  // A rule that starts reading, say, ConfigMaps for a workload must make them context.
  test('no rule or model code compares a kind with an inert kind', () => {
    const sources = (dir: string): string[] =>
      readdirSync(path.join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && e.name.endsWith('.ts'))
        .map((e) => path.join(e.parentPath, e.name));
    for (const file of [...sources('src/rules'), ...sources('src/model')]) {
      const text = readFileSync(file, 'utf8');
      for (const kind of INERT_KINDS) expect([file, kind, new RegExp(`kind[^\\n]{0,40}['"]${kind}['"]`, 'i').test(text)]).toEqual([file, kind, false]);
    }
  });
});
