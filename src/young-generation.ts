import { getHeapSpaceStatistics, setFlagsFromString, type HeapSpaceInfo } from 'node:v8';

/**
 * How large V8's young generation may grow (both semi-spaces) while a small tree is reviewed.
 *
 * A review keeps most of what it allocates while it reads a tree (values, position events, model
 * objects), so nearly every scavenge finds many survivors, and V8 answers that by doubling the young
 * generation each time, up to 32 MiB on Node 20 and 64 MiB on Node 24: on synthetic 10k a fifth of
 * the review's peak RSS on Node 20 and a third on Node 24. Measured (bench/README.md "Young
 * generation"): synthetic 10k peak RSS 125 → 102 MiB on Node 20 (172 → 111 MiB on Node 24),
 * ~25 → ~130 scavenges, CPU within noise.
 */
export const YOUNG_GENERATION_CAP_BYTES = 4 * 1024 * 1024;

/**
 * Input (characters of collected text) above which the young generation may grow to
 * LARGE_INPUT_YOUNG_GENERATION_CAP_BYTES instead. On a large tree a small young generation
 * promotes, while it loads, objects that would have died young, and every full collection then
 * marks them in a large heap: measured on the corpus (20 MB) and synthetic 100k (39 MB), a 4 MiB
 * cap cost 10–15 % more CPU and gave a higher peak (the old generation sets it there), even when
 * lifted once the old generation passed 16–64 MiB; on synthetic 10k (3.8 MB) it is the gain above.
 */
export const YOUNG_GENERATION_LARGE_INPUT_CHARS = 8 * 1024 * 1024;

/**
 * The cap while the texts are collected (the input's size is not known yet) and for a large
 * input: half of V8's 32 MiB. Measured with `--max-semi-space-size=8` against V8's default
 * (bench/README.md "Young generation"): peak RSS on the corpus ~240 → ~205 MiB, on synthetic
 * 100k 402 → 386–389 MiB, CPU within noise; at 8 MiB synthetic 100k's CPU rose.
 */
export const LARGE_INPUT_YOUNG_GENERATION_CAP_BYTES = 16 * 1024 * 1024;

/**
 * How much text is collected between two looks while collecting. A look allocates (V8's space
 * statistics): one per file collected made synthetic 10k's young generation double once more
 * before loading capped it (peak RSS 97 → 105 MiB).
 */
export const COLLECT_LOOK_EVERY_CHARS = 1024 * 1024;

/** What the policy reads of V8 and what it sets (a test passes its own). */
export interface YoungGenerationHeap {
  spaces(): readonly Pick<HeapSpaceInfo, 'space_name' | 'space_size'>[];
  setFlags(flags: string): void;
}

const V8_HEAP: YoungGenerationHeap = { spaces: getHeapSpaceStatistics, setFlags: setFlagsFromString };

type State = 'off' | 'growing' | 'capped';
let state: State = 'off';
let heap = V8_HEAP;
/** Where loading stops the growth: YOUNG_GENERATION_CAP_BYTES unless the input is large. */
let loadingCap = YOUNG_GENERATION_CAP_BYTES;
/** Characters collected by the next look while collecting. */
let nextCollectLook = COLLECT_LOOK_EVERY_CHARS;

/**
 * Keeps this process's young generation at YOUNG_GENERATION_CAP_BYTES unless the review's input
 * turns out large (`youngGenerationForInput`). The entry points call it once; a library caller that
 * never does keeps V8's defaults. Node takes `--max-semi-space-size` only at start-up and an action
 * cannot pass Node flags, but V8 reads `--semi-space-growth-factor` each time it grows the young
 * generation: 1 stops the growth, 2 is its default.
 */
export function capYoungGeneration(of: YoungGenerationHeap = V8_HEAP): void {
  heap = of;
  state = 'growing';
  loadingCap = YOUNG_GENERATION_CAP_BYTES;
  nextCollectLook = COLLECT_LOOK_EVERY_CHARS;
}

function youngSize(): number {
  return heap.spaces().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
}

function stopGrowingAt(cap: number): void {
  if (state !== 'growing' || youngSize() < cap) return;
  heap.setFlags('--semi-space-growth-factor=1');
  state = 'capped';
}

/**
 * Called as each file is loaded: stops the growth once the young generation has reached the input's
 * cap (by then it may have doubled once past it while the texts were collected). A look costs ~3 µs
 * and a small array, so it stops looking once capped.
 */
export function youngGenerationCheckpoint(): void {
  stopGrowingAt(loadingCap);
}

/**
 * Called as each file is collected, with the characters collected so far: every
 * COLLECT_LOOK_EVERY_CHARS, stops the growth at the large input's cap, which the texts alone reach
 * on a large tree (a small tree stays below it). Not at the small cap: on the corpus, a 4 MiB cap
 * from the first file collected, lifted before loading, left the peak at 321–331 MiB in every run
 * against 286–306 MiB uncapped.
 */
export function youngGenerationCollectCheckpoint(collectedChars: number): void {
  if (collectedChars < nextCollectLook) return;
  nextCollectLook = collectedChars + COLLECT_LOOK_EVERY_CHARS;
  stopGrowingAt(LARGE_INPUT_YOUNG_GENERATION_CAP_BYTES);
}

/**
 * Called once the input is collected, before it is loaded: a large input may grow to the large
 * cap (again, when a smaller tree reviewed before stopped it below), a small one stops at the small cap.
 */
export function youngGenerationForInput(chars: number): void {
  if (state === 'off') return;
  loadingCap = chars > YOUNG_GENERATION_LARGE_INPUT_CHARS ? LARGE_INPUT_YOUNG_GENERATION_CAP_BYTES : YOUNG_GENERATION_CAP_BYTES;
  if (state === 'capped' && youngSize() < loadingCap) {
    heap.setFlags('--semi-space-growth-factor=2');
    state = 'growing';
  }
}
