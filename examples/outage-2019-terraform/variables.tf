variable "cluster_name" {
  type    = string
  default = "rails-prod"
}

variable "kubernetes_version" {
  type    = string
  default = "1.13"
}

variable "node_instance_type" {
  type    = string
  default = "c5.large" # 4 GiB: too small for a 3.5Gi limit beside the agents
}
