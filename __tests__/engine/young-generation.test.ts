import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  capYoungGeneration,
  collectAfterLoad,
  COLLECT_AFTER_LOAD_FROM_CHARS,
  COLLECT_LOOK_EVERY_CHARS,
  LARGE_INPUT_YOUNG_GENERATION_CAP_BYTES,
  READ_BYTES_PER_CHAR,
  ROOM_TO_READ_FROM_CHARS,
  youngGenerationCheckpoint,
  youngGenerationCollectCheckpoint,
  youngGenerationForInput,
  youngGenerationRoomToRead,
  YOUNG_GENERATION_CAP_BYTES,
  YOUNG_GENERATION_LARGE_INPUT_CHARS,
  type YoungGenerationHeap,
} from '../../src/young-generation.js';

const MiB = 1024 * 1024;

/** A heap whose young generation the test sizes, recording the flags the policy sets, how often it looked and collected. */
function fakeHeap(): YoungGenerationHeap & { young: number; available: number; flags: string[]; looks: number; collections: number; fullCollections: number } {
  const heap = {
    young: 1 * MiB,
    available: 1 * MiB,
    flags: [] as string[],
    looks: 0,
    collections: 0,
    fullCollections: 0,
    spaces() {
      heap.looks++;
      return [
        { space_name: 'old_space', space_size: 50 * MiB, space_available_size: 0 },
        { space_name: 'new_space', space_size: heap.young, space_available_size: heap.available },
      ];
    },
    setFlags(flags: string) {
      heap.flags.push(flags);
    },
    collectYoung() {
      heap.collections++;
      heap.available = heap.young / 2;
    },
    collectAll() {
      heap.fullCollections++;
    },
  };
  return heap;
}

describe('the young generation policy', () => {
  it('stops the growth once the young generation reaches the cap, and not before', () => {
    const heap = fakeHeap();
    capYoungGeneration(heap);
    youngGenerationCheckpoint();
    heap.young = YOUNG_GENERATION_CAP_BYTES / 2;
    youngGenerationCheckpoint();
    expect(heap.flags).toEqual([]);
    heap.young = YOUNG_GENERATION_CAP_BYTES;
    youngGenerationCheckpoint();
    expect(heap.flags).toEqual(['--semi-space-growth-factor=1']);
  });

  it('stops looking once capped', () => {
    const heap = fakeHeap();
    capYoungGeneration(heap);
    heap.young = YOUNG_GENERATION_CAP_BYTES * 2;
    youngGenerationCheckpoint();
    for (let i = 0; i < 50; i++) youngGenerationCheckpoint();
    expect(heap.looks).toBe(1);
    expect(heap.flags).toHaveLength(1);
  });

  it('keeps the cap for a small input', () => {
    const heap = fakeHeap();
    capYoungGeneration(heap);
    heap.young = YOUNG_GENERATION_CAP_BYTES;
    youngGenerationCheckpoint();
    youngGenerationForInput(YOUNG_GENERATION_LARGE_INPUT_CHARS);
    expect(heap.flags).toEqual(['--semi-space-growth-factor=1']);
  });

  it('lets a large input grow again to the large cap, and stops it there', () => {
    const heap = fakeHeap();
    capYoungGeneration(heap);
    heap.young = YOUNG_GENERATION_CAP_BYTES;
    youngGenerationCheckpoint();
    youngGenerationForInput(YOUNG_GENERATION_LARGE_INPUT_CHARS + 1);
    expect(heap.flags).toEqual(['--semi-space-growth-factor=1', '--semi-space-growth-factor=2']);
    heap.young = LARGE_INPUT_YOUNG_GENERATION_CAP_BYTES / 2;
    youngGenerationCheckpoint();
    expect(heap.flags).toHaveLength(2);
    heap.young = LARGE_INPUT_YOUNG_GENERATION_CAP_BYTES;
    youngGenerationCheckpoint();
    expect(heap.flags).toEqual(['--semi-space-growth-factor=1', '--semi-space-growth-factor=2', '--semi-space-growth-factor=1']);
    youngGenerationForInput(1);
    expect(heap.flags).toHaveLength(3);
  });

  it('sets no flag at all when a large input is known before the small cap was reached, until the large one is', () => {
    const heap = fakeHeap();
    capYoungGeneration(heap);
    youngGenerationCheckpoint();
    youngGenerationForInput(YOUNG_GENERATION_LARGE_INPUT_CHARS * 2);
    heap.young = YOUNG_GENERATION_CAP_BYTES * 2;
    youngGenerationCheckpoint();
    expect(heap.flags).toEqual([]);
    heap.young = LARGE_INPUT_YOUNG_GENERATION_CAP_BYTES;
    youngGenerationCheckpoint();
    expect(heap.flags).toEqual(['--semi-space-growth-factor=1']);
  });

  it('stops the growth at the large cap while collecting, before the input is known, looking once per COLLECT_LOOK_EVERY_CHARS', () => {
    const heap = fakeHeap();
    capYoungGeneration(heap);
    heap.young = YOUNG_GENERATION_CAP_BYTES * 2;
    youngGenerationCollectCheckpoint(COLLECT_LOOK_EVERY_CHARS);
    expect(heap.flags).toEqual([]);
    heap.young = LARGE_INPUT_YOUNG_GENERATION_CAP_BYTES;
    const looks = heap.looks;
    youngGenerationCollectCheckpoint(COLLECT_LOOK_EVERY_CHARS + 1000);
    expect(heap.looks).toBe(looks);
    youngGenerationCollectCheckpoint(2 * COLLECT_LOOK_EVERY_CHARS);
    expect(heap.flags).toEqual(['--semi-space-growth-factor=1']);
    // Collected a large input: it stays where collecting stopped it.
    youngGenerationForInput(YOUNG_GENERATION_LARGE_INPUT_CHARS + 1);
    youngGenerationCheckpoint();
    expect(heap.flags).toHaveLength(1);
  });

  it('collects the young generation before a large file only when its parse may not fit in what is left', () => {
    const heap = fakeHeap();
    capYoungGeneration(heap);
    heap.young = 16 * MiB;
    const chars = 512 * 1024;
    heap.available = chars * READ_BYTES_PER_CHAR;
    youngGenerationRoomToRead(chars);
    expect(heap.collections).toBe(0);
    heap.available = chars * READ_BYTES_PER_CHAR - 1;
    youngGenerationRoomToRead(chars);
    expect(heap.collections).toBe(1);
    expect(heap.flags).toEqual([]);
  });

  it('collects everything after the load of a large input only', () => {
    const heap = fakeHeap();
    capYoungGeneration(heap);
    youngGenerationForInput(COLLECT_AFTER_LOAD_FROM_CHARS - 1);
    collectAfterLoad();
    expect(heap.fullCollections).toBe(0);
    youngGenerationForInput(COLLECT_AFTER_LOAD_FROM_CHARS);
    collectAfterLoad();
    expect(heap.fullCollections).toBe(1);
    // A new review forgets the last one's input.
    capYoungGeneration(heap);
    collectAfterLoad();
    expect(heap.fullCollections).toBe(1);
  });

  it('neither looks nor collects before a small file', () => {
    const heap = fakeHeap();
    capYoungGeneration(heap);
    heap.available = 0;
    const looks = heap.looks;
    youngGenerationRoomToRead(ROOM_TO_READ_FROM_CHARS - 1);
    expect(heap.looks).toBe(looks);
    expect(heap.collections).toBe(0);
  });

  it("makes room with V8's own collector, and leaves no `gc` to contexts made later", () => {
    capYoungGeneration();
    const youngUsed = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_used_size ?? 0;
    let garbage: unknown[] = [];
    for (let i = 0; i < 20000; i++) garbage.push({ i });
    garbage = [];
    const before = youngUsed();
    youngGenerationRoomToRead(Number.MAX_SAFE_INTEGER / READ_BYTES_PER_CHAR);
    expect(youngUsed()).toBeLessThan(before);
    expect(garbage).toHaveLength(0);
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });

  it("collects everything after a large input's load with V8's own collector, on Node 20's V8 too", async () => {
    // Node reports each collection, with its kind and whether it was forced, after the fact.
    const forced: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { detail?: { kind: number; flags: number } })[]) {
        if (entry.detail && entry.detail.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) forced.push(entry.detail.kind);
      }
    });
    observer.observe({ entryTypes: ['gc'] });
    try {
      capYoungGeneration();
      youngGenerationForInput(COLLECT_AFTER_LOAD_FROM_CHARS);
      collectAfterLoad();
      for (let waited = 0; forced.length === 0 && waited < 100; waited++) await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      observer.disconnect();
      capYoungGeneration(fakeHeap());
    }
    expect(forced).toContain(constants.NODE_PERFORMANCE_GC_MAJOR);
    expect(forced).not.toContain(constants.NODE_PERFORMANCE_GC_MINOR);
  });
});
