import {
  capYoungGeneration,
  COLLECT_LOOK_EVERY_CHARS,
  LARGE_INPUT_YOUNG_GENERATION_CAP_BYTES,
  youngGenerationCheckpoint,
  youngGenerationCollectCheckpoint,
  youngGenerationForInput,
  YOUNG_GENERATION_CAP_BYTES,
  YOUNG_GENERATION_LARGE_INPUT_CHARS,
  type YoungGenerationHeap,
} from '../../src/young-generation.js';

const MiB = 1024 * 1024;

/** A heap whose young generation the test sizes, recording the flags the policy sets and how often it looked. */
function fakeHeap(): YoungGenerationHeap & { young: number; flags: string[]; looks: number } {
  const heap = {
    young: 1 * MiB,
    flags: [] as string[],
    looks: 0,
    spaces() {
      heap.looks++;
      return [
        { space_name: 'old_space', space_size: 50 * MiB },
        { space_name: 'new_space', space_size: heap.young },
      ];
    },
    setFlags(flags: string) {
      heap.flags.push(flags);
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
});
