/**
 * Can a pod land on a node? nodeSelector, required node affinity (In, NotIn, Exists,
 * DoesNotExist, Gt, Lt) and tolerations against NoSchedule/NoExecute taints — in three values,
 * because the manifests do not always say what a node's labels or taints will be.
 */
import type { NodeSelectorRequirement, PodSpecInfo, Taint, Toleration } from '../../model/types.js';

export type Tri = 'yes' | 'maybe' | 'no';

/** A node label as far as the manifests tell. */
export type LabelValue =
  | { readonly kind: 'absent' }
  | { readonly kind: 'value'; readonly value: string }
  /** Karpenter chooses one of these values to satisfy the pod (a NodePool requirement). */
  | { readonly kind: 'oneOf'; readonly values: readonly string[] }
  | { readonly kind: 'unknown' };

export const ABSENT: LabelValue = { kind: 'absent' };
export const UNKNOWN: LabelValue = { kind: 'unknown' };
export const labelValue = (value: string): LabelValue => ({ kind: 'value', value });

export interface NodeView {
  label(key: string): LabelValue;
  /** undefined when the node's taints are not known (e.g. bootstrap arguments from a parameter). */
  readonly taints: readonly Taint[] | undefined;
}

export interface Match {
  readonly result: Tri;
  /** Why not (or why maybe), for messages: "no label disktype", "taint gpu=true:NoSchedule not tolerated". */
  readonly reasons: readonly string[];
  /** The part of the pod spec that excludes the node, when it does. */
  readonly by?: 'nodeSelector' | 'affinity' | 'tolerations';
}

export function and(a: Tri, b: Tri): Tri {
  if (a === 'no' || b === 'no') return 'no';
  return a === 'maybe' || b === 'maybe' ? 'maybe' : 'yes';
}

export function or(a: Tri, b: Tri): Tri {
  if (a === 'yes' || b === 'yes') return 'yes';
  return a === 'maybe' || b === 'maybe' ? 'maybe' : 'no';
}

function compareNumber(value: string, bound: string | undefined, operator: 'Gt' | 'Lt'): boolean {
  const v = Number(value);
  const b = Number(bound);
  if (!/^-?\d+$/.test(value) || bound === undefined || !/^-?\d+$/.test(bound)) return false;
  return operator === 'Gt' ? v > b : v < b;
}

function satisfiesOne(value: string, req: NodeSelectorRequirement): boolean {
  switch (req.operator) {
    case 'In':
      return req.values.includes(value);
    case 'NotIn':
      return !req.values.includes(value);
    case 'Exists':
      return true;
    case 'DoesNotExist':
      return false;
    case 'Gt':
    case 'Lt':
      return compareNumber(value, req.values[0], req.operator);
  }
}

/** One requirement against what is known of the label. */
export function evaluate(req: NodeSelectorRequirement, label: LabelValue): Tri {
  switch (label.kind) {
    case 'unknown':
      return 'maybe';
    case 'absent':
      return req.operator === 'NotIn' || req.operator === 'DoesNotExist' ? 'yes' : 'no';
    case 'value':
      return satisfiesOne(label.value, req) ? 'yes' : 'no';
    case 'oneOf':
      return label.values.some((v) => satisfiesOne(v, req)) ? 'yes' : 'no';
  }
}

function labelText(label: LabelValue): string {
  switch (label.kind) {
    case 'absent':
      return 'no such label';
    case 'unknown':
      return 'label not known';
    case 'value':
      return `has ${label.value}`;
    case 'oneOf':
      return `has one of ${label.values.join(', ')}`;
  }
}

function requirementText(req: NodeSelectorRequirement): string {
  if (req.operator === 'Exists' || req.operator === 'DoesNotExist') return `${req.key} ${req.operator}`;
  return `${req.key} ${req.operator} [${req.values.join(', ')}]`;
}

function tolerates(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.operator === 'Exists') return toleration.key === undefined || toleration.key === '' || toleration.key === taint.key;
  return toleration.key === taint.key && (toleration.value ?? '') === (taint.value ?? '');
}

const toleratesEverything = (tolerations: readonly Toleration[]): boolean =>
  tolerations.some((t) => t.operator === 'Exists' && (t.key === undefined || t.key === '') && !t.effect);

function taintText(taint: Taint): string {
  return `taint ${taint.key}${taint.value !== undefined ? `=${taint.value}` : ''}:${taint.effect} not tolerated`;
}

/** Whether the pod can be scheduled on the node, with the reasons it cannot (or may not). */
export function matchPod(pod: PodSpecInfo, node: NodeView): Match {
  const reasons: string[] = [];
  let result: Tri = 'yes';
  let by: Match['by'];
  const exclude = (tri: Tri, reason: string, part: NonNullable<Match['by']>): void => {
    result = and(result, tri);
    if (tri !== 'yes') reasons.push(reason);
    if (tri === 'no' && by === undefined) by = part;
  };

  for (const [key, value] of Object.entries(pod.nodeSelector)) {
    const label = node.label(key);
    exclude(evaluate({ key, operator: 'In', values: [value] }, label), `nodeSelector ${key}=${value} (${labelText(label)})`, 'nodeSelector');
  }

  if (pod.requiredNodeAffinity.length > 0) {
    let any: Tri = 'no';
    const termReasons: string[] = [];
    for (const term of pod.requiredNodeAffinity) {
      let all: Tri = 'yes';
      for (const req of term) {
        const label = node.label(req.key);
        const tri = evaluate(req, label);
        all = and(all, tri);
        if (tri !== 'yes') termReasons.push(`affinity ${requirementText(req)} (${labelText(label)})`);
      }
      any = or(any, all);
    }
    exclude(any, termReasons.join('; '), 'affinity');
  }

  const blocking = (node.taints ?? []).filter((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
  for (const taint of blocking) {
    if (!pod.tolerations.some((t) => tolerates(t, taint))) exclude('no', taintText(taint), 'tolerations');
  }
  if (node.taints === undefined && !toleratesEverything(pod.tolerations)) {
    exclude('maybe', 'node taints not known', 'tolerations');
  }
  return { result, reasons, ...(by ? { by } : {}) };
}

/**
 * `matchPod(pod, node).result` without the reasons: a Karpenter pool is matched once per
 * instance type it can launch, and building every reason's text for hundreds of types per pod
 * and pool was most of the rule phase's time (issue 18).
 */
export function podFits(pod: PodSpecInfo, node: NodeView): Tri {
  let result: Tri = 'yes';
  for (const [key, value] of Object.entries(pod.nodeSelector)) {
    result = and(result, evaluate({ key, operator: 'In', values: [value] }, node.label(key)));
    if (result === 'no') return 'no';
  }
  if (pod.requiredNodeAffinity.length > 0) {
    let any: Tri = 'no';
    for (const term of pod.requiredNodeAffinity) {
      let all: Tri = 'yes';
      for (const req of term) {
        all = and(all, evaluate(req, node.label(req.key)));
        if (all === 'no') break;
      }
      any = or(any, all);
      if (any === 'yes') break;
    }
    result = and(result, any);
    if (result === 'no') return 'no';
  }
  for (const taint of node.taints ?? []) {
    if ((taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') && !pod.tolerations.some((t) => tolerates(t, taint))) return 'no';
  }
  if (node.taints === undefined && !toleratesEverything(pod.tolerations)) result = and(result, 'maybe');
  return result;
}

/** Whether the pod's selectors read any of these label keys (to evaluate per instance type only then). */
export function readsAnyLabel(pod: PodSpecInfo, keys: ReadonlySet<string>): boolean {
  if (Object.keys(pod.nodeSelector).some((k) => keys.has(k))) return true;
  return pod.requiredNodeAffinity.some((term) => term.some((r) => keys.has(r.key)));
}
