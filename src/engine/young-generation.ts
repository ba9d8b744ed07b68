import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * How large V8's young generation may grow (both semi-spaces) during a review.
 *
 * A review keeps most of what it allocates while it reads a tree (values, position events, model
 * objects), so nearly every scavenge finds many survivors, and V8 answers that by doubling the young
 * generation each time, up to 32 MiB on 64-bit Node: on synthetic 10k about a fifth of the review's
 * peak RSS, buying little, since what survives is promoted to the old generation anyway. Measured on
 * synthetic 10k (interleaved runs, medians; bench/README.md "Young generation"): left alone 125 MiB
 * peak and ~25 scavenges; capped at 4 MiB 98 MiB, ~130 scavenges, CPU within noise; held at its
 * initial 1 MiB the same RSS but ~260 scavenges and ~100 ms more pause time.
 */
export const YOUNG_GENERATION_CAP_BYTES = 4 * 1024 * 1024;

/** Checkpoints between looks at the heap: a look allocates a small array, a checkpoint is a counter. */
const CHECKPOINTS_PER_LOOK = 16;

let cap: number | undefined;
let checkpoints = 0;

/**
 * Asks the process to stop its young generation growing past `bytes` (what the entry points call
 * once; a library caller that never calls it keeps V8's defaults). Node takes
 * `--max-semi-space-size` only at start-up and an action cannot pass Node flags, but V8 reads
 * `--semi-space-growth-factor` each time it grows the young generation: set to 1 once the size is
 * reached (by `youngGenerationCheckpoint`), it stops growing there.
 */
export function capYoungGeneration(bytes = YOUNG_GENERATION_CAP_BYTES): void {
  cap = bytes;
  checkpoints = 0;
  youngGenerationCheckpoint();
}

/** Called where a review allocates what it keeps (once per file read): freezes the young generation once it reaches the cap. */
export function youngGenerationCheckpoint(): void {
  if (cap === undefined || checkpoints++ % CHECKPOINTS_PER_LOOK !== 0) return;
  const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
  if (newSpace !== undefined && newSpace.space_size < cap) return;
  setFlagsFromString('--semi-space-growth-factor=1');
  cap = undefined;
}
