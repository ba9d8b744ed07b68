/**
 * The review a hostile pull request tries to get past the gate (issue 18): an eksctl cluster of
 * 4 GiB nodes and a pod that requests 30Gi, an error that must always be reported.
 */
export const CLUSTER = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: shop
  region: us-east-1
  version: "1.34"
managedNodeGroups:
  - name: general
    instanceType: t3.medium
    desiredCapacity: 2
    maxSize: 4
    privateNetworking: true
`;

/** 30Gi on 4 GiB nodes. */
export const HUGE_POD = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 1
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: api:1
          resources:
            requests: {memory: 30Gi}
            limits: {memory: 30Gi}
`;
