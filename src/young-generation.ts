import { getHeapSpaceStatistics, setFlagsFromString, type HeapSpaceInfo } from 'node:v8';

/**
 * How large V8's young generation may grow (both semi-spaces) while a review keeps little.
 *
 * A review keeps most of what it allocates while it reads a tree (values, position events, model
 * objects), so nearly every scavenge finds many survivors, and V8 answers that by doubling the young
 * generation each time, up to 32 MiB on Node 20 and 64 MiB on Node 24: on synthetic 10k a fifth of
 * the review's peak RSS on Node 20 and a third on Node 24, buying little, since what survives is
 * promoted anyway. Measured (bench/README.md "Young generation"): synthetic 10k peak RSS 125 → 99
 * MiB on Node 20 (172 → 111 MiB on Node 24), ~25 → ~130 scavenges, CPU within noise; held at its
 * initial 1 MiB the same RSS but ~260 scavenges and ~100 ms more pause time.
 */
export const YOUNG_GENERATION_CAP_BYTES = 4 * 1024 * 1024;

/**
 * Past this much old generation the cap is lifted. A small young generation promotes objects that
 * would have died young; on a large heap every full collection marks all of it, so the garbage
 * promoted early costs more than the young generation saves (synthetic 100k: ~10–20 % more CPU
 * capped, and no lower peak, which the old generation sets there).
 */
export const YOUNG_GENERATION_RELEASE_BYTES = 64 * 1024 * 1024;

/**
 * Checkpoints between looks at the heap once capped (a look costs ~3 µs and a small array; until the
 * cap is reached every checkpoint looks, so the young generation cannot double past it unseen).
 */
const CHECKPOINTS_PER_LOOK = 16;

/** What the policy reads of V8 and what it sets (a test passes its own). */
export interface YoungGenerationHeap {
  spaces(): readonly Pick<HeapSpaceInfo, 'space_name' | 'space_size' | 'space_used_size'>[];
  setFlags(flags: string): void;
}

const V8_HEAP: YoungGenerationHeap = { spaces: getHeapSpaceStatistics, setFlags: setFlagsFromString };

type State = 'off' | 'growing' | 'capped' | 'released';
let state: State = 'off';
let checkpoints = 0;
let heap = V8_HEAP;

/**
 * Keeps this process's young generation at YOUNG_GENERATION_CAP_BYTES until the old generation
 * passes YOUNG_GENERATION_RELEASE_BYTES (the entry points call it once; a library caller that never
 * does keeps V8's defaults). Node takes `--max-semi-space-size` only at start-up and an action
 * cannot pass Node flags, but V8 reads `--semi-space-growth-factor` each time it grows the young
 * generation: 1 stops the growth, 2 is its default.
 */
export function capYoungGeneration(of: YoungGenerationHeap = V8_HEAP): void {
  heap = of;
  state = 'growing';
  checkpoints = 0;
}

/** Called where a review allocates what it keeps (once per file read). */
export function youngGenerationCheckpoint(): void {
  if (state === 'off' || state === 'released' || (state === 'capped' && checkpoints++ % CHECKPOINTS_PER_LOOK !== 0)) return;
  let young = 0;
  let old = 0;
  for (const space of heap.spaces()) {
    if (space.space_name === 'new_space') young = space.space_size;
    else if (space.space_name === 'old_space') old = space.space_used_size;
  }
  if (old > YOUNG_GENERATION_RELEASE_BYTES) {
    if (state === 'capped') heap.setFlags('--semi-space-growth-factor=2');
    state = 'released';
  } else if (state === 'growing' && young >= YOUNG_GENERATION_CAP_BYTES) {
    heap.setFlags('--semi-space-growth-factor=1');
    state = 'capped';
  }
}
