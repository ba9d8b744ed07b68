/** An eksctl ClusterConfig at a Kubernetes minor: the cluster the manifests beside it run on. */
export const eksctlCluster = (version: string): string =>
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  region: eu-west-1\n  version: '${version}'\n`;

/** A CloudFormation cluster at `cluster` with one managed node group whose nodes run `nodes`. */
export const nodegroupStack = (cluster: string, nodes: string): string => `Resources:
  Cluster:
    Type: AWS::EKS::Cluster
    Properties:
      Name: prod
      Version: '${cluster}'
  Workers:
    Type: AWS::EKS::Nodegroup
    Properties:
      ClusterName: !Ref Cluster
      Version: '${nodes}'
`;
