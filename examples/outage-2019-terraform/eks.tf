# The control plane, left at the EKS API defaults for its endpoint (public, open to 0.0.0.0/0).
resource "aws_eks_cluster" "main" {
  name     = var.cluster_name
  version  = var.kubernetes_version
  role_arn = "arn:aws:iam::111122223333:role/eks-service-role"

  vpc_config {
    subnet_ids = aws_subnet.public[*].id
  }
}

# The workers: a managed node group of c5.large in the public subnets.
resource "aws_eks_node_group" "workers" {
  cluster_name    = aws_eks_cluster.main.name
  node_group_name = "rails-prod-workers"
  node_role_arn   = "arn:aws:iam::111122223333:role/eks-node-role"
  subnet_ids      = aws_subnet.public[*].id
  instance_types  = [var.node_instance_type]

  scaling_config {
    desired_size = 3
    min_size     = 3
    max_size     = 4
  }
}
