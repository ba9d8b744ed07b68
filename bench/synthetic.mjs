// A deterministic synthetic infra repo: ~2,000 files holding 10,000 documents (Deployments,
// Services, HPAs, DaemonSets) and one eksctl cluster definition. Same seed, same bytes.
// Platform teams add node agents as a repo grows, so there is one more DaemonSet every 500
// documents: what every memory-budget finding lists grows with the repo, as it does in real trees.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SYNTHETIC_DOCUMENTS = 10_000;
export const DOCUMENTS_PER_DAEMONSET = 500;

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const deployment = (name, ns, mem, replicas) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
  labels:
    app: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      nodeSelector:
        role: apps
      containers:
        - name: app
          image: registry.example.com/${ns}/${name}:1.0.${replicas}
          ports:
            - containerPort: 8080
          env:
            - name: LOG_LEVEL
              value: info
          resources:
            requests:
              cpu: 100m
              memory: ${mem}Mi
            limits:
              memory: ${mem * 2}Mi
`;

const service = (name, ns) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    app: ${name}
  ports:
    - port: 80
      targetPort: 8080
`;

const hpa = (name, ns) => `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: ${name}
  minReplicas: 2
  maxReplicas: 6
`;

const daemonset = (name) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ${name}
  namespace: kube-system
spec:
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: agent
          image: registry.example.com/agents/${name}:2.1
          resources:
            requests:
              memory: 64Mi
            limits:
              memory: 128Mi
`;

const cluster = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: synthetic
  region: us-east-1
  version: "1.30"
managedNodeGroups:
  - name: apps
    instanceType: m5.xlarge
    minSize: 3
    maxSize: 40
    labels:
      role: apps
    privateNetworking: true
`;

/**
 * Writes the repo under `dir` and returns the number of documents written; tests ask for a
 * smaller repo of the same shape.
 */
export function writeSyntheticRepo(dir, documentCount = SYNTHETIC_DOCUMENTS) {
  rmSync(dir, { recursive: true, force: true });
  const random = rng(20261125);
  mkdirSync(path.join(dir, 'cluster'), { recursive: true });
  writeFileSync(path.join(dir, 'cluster', 'cluster.yaml'), cluster);
  let documents = 1;
  mkdirSync(path.join(dir, 'platform'), { recursive: true });
  const agents = ['log-agent', 'metrics-agent', 'node-problem-detector'].map(daemonset);
  writeFileSync(path.join(dir, 'platform', 'daemonsets.yaml'), agents.join('---\n'));
  documents += agents.length;
  let app = 0;
  let agent = 0;
  while (documents < documentCount) {
    if (documents >= (agent + 1) * DOCUMENTS_PER_DAEMONSET) {
      writeFileSync(path.join(dir, 'platform', `agent-${agent}.yaml`), daemonset(`agent-${agent}`));
      documents++;
      agent++;
      continue;
    }
    const team = `team-${app % 40}`;
    const name = `svc-${app}`;
    const docs = [
      deployment(name, team, 64 * (1 + Math.floor(random() * 16)), 1 + Math.floor(random() * 5)),
      service(name, team),
      hpa(name, team),
      deployment(`${name}-worker`, team, 64 * (1 + Math.floor(random() * 8)), 2),
      service(`${name}-admin`, team),
    ];
    const keep = docs.slice(0, documentCount - documents);
    mkdirSync(path.join(dir, 'apps', team), { recursive: true });
    writeFileSync(path.join(dir, 'apps', team, `${name}.yaml`), keep.join('---\n'));
    documents += keep.length;
    app++;
  }
  return documents;
}
