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
  const percent = percentOf(raw);
  if (percent !== undefined) {
    const surge = Math.ceil((replicas * percent) / 100);
    return Number.isSafeInteger(surge) ? surge : replicas;
  }
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : Math.ceil(replicas * 0.25);
}

// Nearly every Deployment has the default or one of a few written surges: each text is read once.
const percents = new Map<string, number | null>();

/** The number of a percentage text ("25%" → 25), undefined when it is not one. */
function percentOf(text: string): number | undefined {
  let known = percents.get(text);
  if (known === undefined) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(text);
    known = m ? Number(m[1]) : null;
    // Bounded: texts come from manifests, and a repository writes few distinct ones.
    if (percents.size < 1024) percents.set(text, known);
  }
  return known ?? undefined;
}

const count = (n: number | undefined, fallback: number): number => (n !== undefined && Number.isFinite(n) && n >= 0 ? Math.floor(n) : fallback);

/**
 * Pods a Job runs at once: never more than `parallelism` (default 1), and never more than the
 * `completions` it needs (unset = parallelism: a work queue). A CronJob runs one such Job at a
 * time under `concurrencyPolicy: Forbid` or `Replace`; under `Allow` (the default) runs may overlap
 * when one outlasts the schedule, which the manifests cannot tell, so one Job is counted and the
 * text says so.
 */
function jobPods(workload: Workload): PodCount {
  const jobSpec = workload.kind === 'CronJob' ? ['spec', 'jobTemplate', 'spec'] : ['spec'];
  const parallelism = count(workload.parallelism, 1);
  const completionsRaw = workload.completions;
  const completions = completionsRaw !== undefined ? count(completionsRaw, parallelism) : parallelism;
  const n = Math.min(parallelism, completions);
  const byCompletions = completions < parallelism;
  const policy = workload.kind === 'CronJob' ? (workload.concurrencyPolicy ?? 'Allow') : undefined;
  const overlap = policy === 'Allow' ? '; concurrencyPolicy Allow: overlapping runs would add more' : '';
  const text = `${byCompletions ? `completions ${completions} (parallelism ${parallelism})` : `parallelism ${parallelism}`}${overlap}`;
  const at = [...jobSpec, byCompletions ? 'completions' : 'parallelism'];
  return { max: n, min: n, steady: n, surge: 0, text, subject: workload, at };
}

// A change's review keeps every workload's count (_analysis.ts SharedFacts): the paths it points at
// are shared (read-only).
const AT_NAME: readonly PathSegment[] = ['metadata', 'name'];
const AT_MAX_REPLICAS: readonly PathSegment[] = ['spec', 'maxReplicas'];
const AT_REPLICAS: readonly PathSegment[] = ['spec', 'replicas'];

/*
 * The counts of replicated workloads (nearly every one) write their text when it is read, as one
 * flat string: only a capacity finding describes a count, and while the analysis kept every
 * workload's, 39,921 texts like "HPA svc-0 maxReplicas 6 + rolling-update surge 2" (~2.5 MB with
 * their objects at 100k documents) stayed to the report. The getter gives the text the literal
 * had, from the fields it was made of.
 */
abstract class ScaledCount<S extends HorizontalPodAutoscaler | Workload> implements PodCount {
  constructor(
    readonly max: number,
    readonly min: number,
    readonly steady: number,
    readonly surge: number,
    readonly subject: S,
  ) {}

  abstract get at(): readonly PathSegment[];
  abstract get text(): string;
}

class HpaCount extends ScaledCount<HorizontalPodAutoscaler> {
  get at(): readonly PathSegment[] {
    return AT_MAX_REPLICAS;
  }

  get text(): string {
    return ['HPA ', this.subject.name, ' maxReplicas ', String(this.steady), this.surge ? ` + rolling-update surge ${this.surge}` : ''].join('');
  }
}

class ReplicasCount extends ScaledCount<Workload> {
  get at(): readonly PathSegment[] {
    return AT_REPLICAS;
  }

  get text(): string {
    return this.surge ? `replicas ${this.steady} + rolling-update surge ${this.surge}` : `replicas ${this.steady}`;
  }
}

/** The pod count of a workload that schedules like ordinary pods (not a DaemonSet). */
export function podCount(workload: Workload, hpa: HorizontalPodAutoscaler | undefined): PodCount | undefined {
  if (workload.kind === 'DaemonSet') return undefined;
  if (workload.kind === 'Job' || workload.kind === 'CronJob') return jobPods(workload);
  if (workload.kind === 'Pod') return { max: 1, min: 1, steady: 1, surge: 0, text: 'a single pod', subject: workload, at: AT_NAME };
  const replicas = count(workload.replicas, 1);
  if (hpa && hpa.maxReplicas !== undefined) {
    const max = count(hpa.maxReplicas, replicas);
    const min = Math.min(count(hpa.minReplicas, 1), max);
    const surge = surgeOf(workload, max);
    return new HpaCount(max + surge, min, max, surge, hpa);
  }
  const surge = surgeOf(workload, replicas);
  return new ReplicasCount(replicas + surge, replicas, replicas, surge, workload);
}
