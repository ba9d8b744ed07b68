/** Small YAML builders for the memory-budget rule tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../../src/findings.js';
import { CORPUS } from '../../helpers/paths.js';

export const corpus = (file: string): string => readFileSync(path.join(CORPUS, file), 'utf8');
export const example = (file: string): string => readFileSync(path.join('examples', file), 'utf8');

const indent = (text: string, n: number): string => text.replace(/^(?=.)/gm, ' '.repeat(n));

/** An eksctl ClusterConfig with the given node group entries (YAML list items). */
export function eksctl(nodeGroups: string, name = 'prod', managed = ''): string {
  return `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: ${name}, region: us-east-1}
nodeGroups:
${indent(nodeGroups, 2)}
${managed ? `managedNodeGroups:\n${indent(managed, 2)}\n` : ''}`;
}

/** A pod-spec workload; `podSpec` is the YAML under spec.template.spec. */
export function workload(kind: string, name: string, podSpec: string, spec = ''): string {
  return `apiVersion: apps/v1
kind: ${kind}
metadata: {name: ${name}, namespace: web}
spec:
${spec ? `${indent(spec, 2)}\n` : ''}  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
${indent(podSpec, 6)}
`;
}

/** One container with the given memory request and limit ("" to leave one out). */
export function container(name: string, request: string, limit: string): string {
  const requests = request ? `requests: {memory: ${request}}` : '';
  const limits = limit ? `limits: {memory: ${limit}}` : '';
  return `- name: ${name}
  image: example/${name}
  resources: {${[requests, limits].filter(Boolean).join(', ')}}`;
}

export const containers = (...list: string[]): string => `containers:\n${indent(list.join('\n'), 2)}`;

/** A Karpenter NodePool (v1) and its EC2NodeClass. */
export function nodePool(name: string, requirements: string, extra = '', nodeClass = 'amiFamily: AL2023'): string {
  return `apiVersion: karpenter.sh/v1
kind: NodePool
metadata: {name: ${name}}
spec:
  template:
    spec:
      nodeClassRef: {group: karpenter.k8s.aws, kind: EC2NodeClass, name: ${name}}
      requirements:
${indent(requirements, 8)}
${extra}
---
apiVersion: karpenter.k8s.aws/v1
kind: EC2NodeClass
metadata: {name: ${name}}
spec:
  ${nodeClass}
`;
}

/** The 1-based line of the first line of `text` containing `needle` (after line `after`). */
export function lineOf(text: string, needle: string, after = 0): number {
  const lines = text.split('\n');
  for (let i = after; i < lines.length; i++) if (lines[i]?.includes(needle)) return i + 1;
  throw new Error(`"${needle}" not found`);
}

export const summary = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.severity} ${f.path}:${f.startLine}`);
