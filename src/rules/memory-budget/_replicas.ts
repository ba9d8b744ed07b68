/** How many pods of a workload run at once: replicas, HPA bounds, and the rolling-update surge. */
import type { PathSegment } from '../../load/types.js';
import type { HorizontalPodAutoscaler, ModelObject, Workload } from '../../model/types.js';

export interface PodCount {
  /** Pods at the most: HPA maxReplicas (or replicas) plus the surge of a rolling update. */
  readonly max: number;
  /** Pods that must run: HPA minReplicas (or replicas). */
  readonly min: number;
  /** Pods in steady state at the most, without the surge. */
  readonly steady: number;
  readonly surge: number;
  /** "HPA maxReplicas 10 + surge 3", "replicas 3 + surge 1". */
  readonly text: string;
  /** Where to point: the HPA's maxReplicas, or the workload's replicas/parallelism. */
  readonly subject: ModelObject;
  readonly at: readonly PathSegment[];
}

const DEFAULT_SURGE = '25%';

/** Deployment `maxSurge`: a count, or a percentage of the replicas rounded up (Kubernetes' rule). */
export function surgeOf(workload: Workload, replicas: number): number {
  if (workload.kind !== 'Deployment') return 0;
  if (workload.strategy?.type === 'Recreate') return 0;
  const raw = workload.strategy?.maxSurge ?? DEFAULT_SURGE;
  if (typeof raw === 'number') return Number.isFinite(raw) && raw > 0 ? Math.floor(raw) : 0;
  const percent = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(raw);
  if (percent) {
    const surge = Math.ceil((replicas * Number(percent[1])) / 100);
    return Number.isSafeInteger(surge) ? surge : replicas;
  }
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : Math.ceil(replicas * 0.25);
}

const count = (n: number | undefined, fallback: number): number => (n !== undefined && Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback);

/** The pod count of a workload that schedules like ordinary pods (not a DaemonSet). */
export function podCount(workload: Workload, hpa: HorizontalPodAutoscaler | undefined): PodCount | undefined {
  if (workload.kind === 'DaemonSet') return undefined;
  if (workload.kind === 'Job' || workload.kind === 'CronJob') {
    const n = count(workload.parallelism, 1);
    const at = workload.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec', 'parallelism'] : ['spec', 'parallelism'];
    return { max: n, min: n, steady: n, surge: 0, text: `parallelism ${n}`, subject: workload, at };
  }
  if (workload.kind === 'Pod') return { max: 1, min: 1, steady: 1, surge: 0, text: 'a single pod', subject: workload, at: ['metadata', 'name'] };
  const replicas = count(workload.replicas, 1);
  if (hpa && hpa.maxReplicas !== undefined) {
    const max = count(hpa.maxReplicas, replicas);
    const min = Math.min(count(hpa.minReplicas, 1), max);
    const surge = surgeOf(workload, max);
    return {
      max: max + surge,
      min,
      steady: max,
      surge,
      text: `HPA ${hpa.name} maxReplicas ${max}${surge ? ` + rolling-update surge ${surge}` : ''}`,
      subject: hpa,
      at: ['spec', 'maxReplicas'],
    };
  }
  const surge = surgeOf(workload, replicas);
  return {
    max: replicas + surge,
    min: replicas,
    steady: replicas,
    surge,
    text: `replicas ${replicas}${surge ? ` + rolling-update surge ${surge}` : ''}`,
    subject: workload,
    at: ['spec', 'replicas'],
  };
}
