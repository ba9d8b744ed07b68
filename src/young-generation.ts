import { getHeapSpaceStatistics, setFlagsFromString, type HeapSpaceInfo } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * How large V8's young generation may grow (both semi-spaces) while a small tree is reviewed.
 *
 * A review keeps most of what it allocates while it reads a tree (values, position events, model
 * objects), so nearly every scavenge finds many survivors, and V8 answers that by doubling the young
 * generation each time, up to 32 MiB on Node 20 and 64 MiB on Node 24: on synthetic 10k a fifth of
 * the review's peak RSS on Node 20 and a third on Node 24. Measured (bench/README.md "Young
 * generation"): synthetic 10k peak RSS 125 → 102 MiB on Node 20 (172 → 111 MiB on Node 24),
 * ~25 → ~130 scavenges, CPU within noise. Only small inputs keep it now
 * (YOUNG_GENERATION_LARGE_INPUT_CHARS): synthetic 1k, 68 MiB against 72 with the large cap.
 */
export const YOUNG_GENERATION_CAP_BYTES = 4 * 1024 * 1024;

/**
 * Input (characters of collected text) above which the young generation may grow to
 * LARGE_INPUT_YOUNG_GENERATION_CAP_BYTES instead. On a large tree a small young generation
 * promotes, while it loads, objects that would have died young, and every full collection then
 * marks them in a large heap: measured on the corpus (20 MB) and synthetic 100k (39 MB), a 4 MiB
 * cap cost 10–15 % more CPU and gave a higher peak (the old generation sets it there), even when
 * lifted once the old generation passed 16–64 MiB. Synthetic 10k (3.8 MB) is above it too: at
 * 8M characters it was below, and its review cost ~6 % more CPU than with the large cap (1,090
 * against 1,020 ms, medians of 10 alternated rounds at load 5–6; 1,100 against 1,030 idle) for
 * 8 MiB less peak RSS on Node 20 (95 against 103 MiB, 1.9× its fastest parse's 55; none on Node
 * 24), and the time per document of the synthetic trees bent there (wall 1k→10k→50k→100k
 * slopes +28/−17/−12 % of their mean, against +7/−4/−4 % with 10k on the large cap). Synthetic 1k
 * (0.4 MB) reviews in the same time either way, and the e2e test's tree (1.5 MB) stays below.
 */
export const YOUNG_GENERATION_LARGE_INPUT_CHARS = 2 * 1024 * 1024;

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

/**
 * Characters of a file from which reading it first makes room for it in the young generation
 * (`youngGenerationRoomToRead`). Smaller files' parses allocate a small part of the young
 * generation, and a look costs a V8 call and an array.
 */
export const ROOM_TO_READ_FROM_CHARS = 64 * 1024;

/**
 * What parsing a YAML file and packing its events allocates, in bytes a character, about: measured
 * with js-yaml 5 on the corpus's large files, 5.5-9 (CRDs), 11-12.4 (calico, Datadog's CRD), 1.4 (a
 * ConfigMap bundle of dashboards); the high end, so that a file that may not fit is given room.
 */
export const READ_BYTES_PER_CHAR = 12;

/**
 * Input (characters) from which the load ends with a full collection (`collectAfterLoad`): the
 * corpus (20M) and synthetic 100k (39M), not synthetic 10k (3.8M), whose peak it did not lower.
 */
export const COLLECT_AFTER_LOAD_FROM_CHARS = 8 * 1024 * 1024;

/** What the policy reads of V8 and what it sets (a test passes its own). */
export interface YoungGenerationHeap {
  spaces(): readonly Pick<HeapSpaceInfo, 'space_name' | 'space_size' | 'space_available_size'>[];
  setFlags(flags: string): void;
  /** A young-generation collection (a scavenge) now. */
  collectYoung(): void;
  /** A full collection (a mark-compact) now. */
  collectAll(): void;
}

type Collector = (options?: { type: 'minor' }) => void;
// The collector once looked up (null: none to be had).
let collector: Collector | null | undefined;

/**
 * V8's `gc` (`--expose-gc`): the process's own when it was started with the flag, else one from a
 * context made while the flag is set (V8 installs `gc` in contexts made then, and this one is kept
 * only for its function); the flag is cleared again so that no later context gets one.
 */
function v8Collector(): Collector | null {
  const own = (globalThis as { gc?: unknown }).gc;
  if (typeof own === 'function') return own as Collector;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as Collector) : null;
  } catch {
    return null;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

/**
 * A full collection is asked for without options: V8 11 (Node 20) reads an options object that
 * asks for neither `type: 'minor'` nor `execution: 'async'` as the old boolean argument, and a
 * true one means a minor collection, so `{ type: 'major' }` made a scavenge there. Without an
 * argument every V8 collects everything.
 */
function v8Collect(type: 'minor' | 'major'): void {
  collector ??= v8Collector();
  if (type === 'minor') collector?.({ type });
  else collector?.();
}

const V8_HEAP: YoungGenerationHeap = {
  spaces: getHeapSpaceStatistics,
  setFlags: setFlagsFromString,
  collectYoung: () => v8Collect('minor'),
  collectAll: () => v8Collect('major'),
};

type State = 'off' | 'growing' | 'capped';
let state: State = 'off';
let heap = V8_HEAP;
/** The input's characters, once known (`youngGenerationForInput`; 0 until then). */
let inputChars = 0;

/** Where loading stops the growth: YOUNG_GENERATION_CAP_BYTES unless the input is large. */
function loadingCap(): number {
  return inputChars > YOUNG_GENERATION_LARGE_INPUT_CHARS ? LARGE_INPUT_YOUNG_GENERATION_CAP_BYTES : YOUNG_GENERATION_CAP_BYTES;
}
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
  inputChars = 0;
  nextCollectLook = COLLECT_LOOK_EVERY_CHARS;
}

function youngSpace(): Pick<HeapSpaceInfo, 'space_size' | 'space_available_size'> | undefined {
  return heap.spaces().find((space) => space.space_name === 'new_space');
}

function youngSize(): number {
  return youngSpace()?.space_size ?? 0;
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
  stopGrowingAt(loadingCap());
}

/**
 * Called before a file of `chars` characters is read: when what its parse allocates
 * (READ_BYTES_PER_CHAR) may not fit in what is left of the young generation, collects the young
 * generation first. A scavenge in the middle of a large file's parse finds everything the parser
 * holds alive and moves it on: its event objects (one per node, until they are packed), and its
 * copy of the text (js-yaml parses `text + '\0'`, a copy of the whole text, which for a file
 * over 128 KiB is a large object and is moved to the old generation's large-object space by the
 * first scavenge it survives). All of that is garbage once the file is read, but promoted it stays
 * until the next mark-compact, and on the corpus the review makes one only, early: so it added
 * to the peak. With room made first, the parse's temporaries die young. The scavenge made here
 * stands for the one the parse would have caused, so the count of scavenges hardly changes.
 */
export function youngGenerationRoomToRead(chars: number): void {
  if (state === 'off' || chars < ROOM_TO_READ_FROM_CHARS) return;
  const available = youngSpace()?.space_available_size;
  if (available === undefined || available >= chars * READ_BYTES_PER_CHAR) return;
  heap.collectYoung();
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
  inputChars = chars;
  if (state === 'capped' && youngSize() < loadingCap()) {
    heap.setFlags('--semi-space-growth-factor=2');
    state = 'growing';
  }
}

/**
 * Called once a large input is loaded and what no rule reads is released: a full collection now.
 * V8 marks the old generation rarely while a review loads (on the corpus once, in its first quarter
 * of a second), so what the load promoted and then dropped (parser temporaries caught by a scavenge,
 * the Kustomize builds' intermediate objects, the values just released) stays until the end, and the
 * rules and the report grow the heap on top of it: the peak. Collected here, they allocate into
 * the room it frees: on the corpus the collection takes the old generation from 79 to 61 MB.
 * Measured on Node 24.22.3 against 50dad11, alternated rounds at load 3-6: the corpus's peak RSS
 * 192-194 -> 181-182 MiB (three runs of 9 rounds, medians), synthetic 100k 331 -> 326 MiB (5 rounds).
 * It costs the collection, one mark of the loaded heap (~100 ms on the corpus under load): CPU
 * medians 3,780/3,280/3,130 -> 4,280/3,240/3,330 ms on the corpus and 5,390 -> 5,710 ms on 100k,
 * inside the run-to-run spread. On Node 20 it was a scavenge until `v8Collect` asked without
 * options; a full collection there, measured against 37f125a at load 5-6 (alternated, medians):
 * the corpus's peak RSS 175.6 -> 163.3 MiB and CPU 3,930 -> 3,900 ms (9 rounds), synthetic 100k's
 * 291.9 -> 289.3 MiB and CPU 5,410 -> 5,660 ms (9 rounds; runs spread 4.8-6.6 s and 4.9-8.6 s).
 * Synthetic 10k's peak it did not lower (115 against 115 MiB on Node 24): see
 * COLLECT_AFTER_LOAD_FROM_CHARS.
 *
 * The young generation keeps its loading cap through the rules and the report: at synthetic
 * 100k, 16 MiB of the ~95 MiB of peak RSS that is not live heap. Only a collection made to
 * reduce memory shrinks it. On Node 24 `gc({ type: 'major', flavor: 'last-resort' })` here took
 * it to 1-2 MiB and the 100k peak from 326 to 314 MiB, but CPU from 5,230 to 5,990 ms (medians of
 * 5 alternated rounds: two marks instead of one, then four times the scavenges and one more mark
 * during the rules), so it is not made. Node 20's V8 takes no such option, and the collections
 * that shrink it there come with a heap snapshot, `v8.queryObjects` (seconds, and RSS up by
 * hundreds of MiB while it runs) or the inspector's `HeapProfiler.collectGarbage` (asynchronous:
 * it runs on a later turn of the event loop, after the review's synchronous work).
 */
export function collectAfterLoad(): void {
  if (state === 'off' || inputChars < COLLECT_AFTER_LOAD_FROM_CHARS) return;
  heap.collectAll();
}
