/** The EKS support calendar (src/data/eks-versions.ts) read against an injected "today". */
import { EKS_VERSIONS, type EksVersion } from '../../data/eks-versions.js';
import { minorNumber } from './_versions.js';

export type SupportPhase = 'standard' | 'extended' | 'ended';

export function eksVersion(minor: number): EksVersion | undefined {
  return EKS_VERSIONS.find((v) => minorNumber(v.version) === minor);
}

/** Midnight UTC of a calendar day: AWS bills extended support from the start of the end-of-standard-support day. */
export function startOfDay(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/** A version's phase on `now`; each end date is the first day of the next phase. */
export function supportPhase(version: EksVersion, now: Date): SupportPhase {
  const t = now.getTime();
  if (t < startOfDay(version.endOfStandardSupport)) return 'standard';
  if (version.endOfExtendedSupport !== undefined && t < startOfDay(version.endOfExtendedSupport)) return 'extended';
  return 'ended';
}

/** The oldest version EKS offers in standard support on `now`, the target worth upgrading to. */
export function oldestInStandardSupport(now: Date): EksVersion | undefined {
  return EKS_VERSIONS.filter((v) => startOfDay(v.eksRelease) <= now.getTime() && supportPhase(v, now) === 'standard').sort(
    (a, b) => (minorNumber(a.version) ?? 0) - (minorNumber(b.version) ?? 0),
  )[0];
}

/**
 * The oldest version an EKS control plane can still run on `now`: EKS upgrades every control
 * plane at the end of its version's support, so none older exists. Undefined before EKS existed.
 */
export function oldestRunnable(now: Date): EksVersion | undefined {
  return EKS_VERSIONS.filter((v) => startOfDay(v.eksRelease) <= now.getTime() && supportPhase(v, now) !== 'ended').sort(
    (a, b) => (minorNumber(a.version) ?? 0) - (minorNumber(b.version) ?? 0),
  )[0];
}
