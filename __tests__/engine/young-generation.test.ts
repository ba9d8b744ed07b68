import {
  capYoungGeneration,
  youngGenerationCheckpoint,
  YOUNG_GENERATION_CAP_BYTES,
  YOUNG_GENERATION_RELEASE_BYTES,
  type YoungGenerationHeap,
} from '../../src/young-generation.js';

const MiB = 1024 * 1024;

/** A heap whose sizes the test moves, recording the flags the policy sets and how often it looked. */
function fakeHeap(): YoungGenerationHeap & { young: number; old: number; flags: string[]; looks: number } {
  const heap = {
    young: 1 * MiB,
    old: 5 * MiB,
    flags: [] as string[],
    looks: 0,
    spaces() {
      heap.looks++;
      return [
        { space_name: 'new_space', space_size: heap.young, space_used_size: heap.young / 2 },
        { space_name: 'old_space', space_size: heap.old * 2, space_used_size: heap.old },
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
    youngGenerationCheckpoint();
    expect(heap.flags).toHaveLength(1);
  });

  it('looks at every checkpoint until capped, then at one in sixteen', () => {
    const heap = fakeHeap();
    capYoungGeneration(heap);
    for (let i = 0; i < 10; i++) youngGenerationCheckpoint();
    expect(heap.looks).toBe(10);
    heap.young = YOUNG_GENERATION_CAP_BYTES;
    youngGenerationCheckpoint();
    const looksWhenCapped = heap.looks;
    for (let i = 0; i < 32; i++) youngGenerationCheckpoint();
    expect(heap.looks - looksWhenCapped).toBe(2);
  });

  it('gives V8 back its growth once the old generation passes the release size, and stops looking', () => {
    const heap = fakeHeap();
    capYoungGeneration(heap);
    heap.young = YOUNG_GENERATION_CAP_BYTES;
    youngGenerationCheckpoint();
    heap.old = YOUNG_GENERATION_RELEASE_BYTES + 1;
    for (let i = 0; i < 16; i++) youngGenerationCheckpoint();
    expect(heap.flags).toEqual(['--semi-space-growth-factor=1', '--semi-space-growth-factor=2']);
    const looks = heap.looks;
    heap.old = 0;
    heap.young = YOUNG_GENERATION_CAP_BYTES * 4;
    for (let i = 0; i < 64; i++) youngGenerationCheckpoint();
    expect(heap.looks).toBe(looks);
    expect(heap.flags).toHaveLength(2);
  });

  it('never caps a heap that is already large when it first looks (no flag set at all)', () => {
    const heap = fakeHeap();
    heap.old = YOUNG_GENERATION_RELEASE_BYTES * 2;
    heap.young = YOUNG_GENERATION_CAP_BYTES * 2;
    capYoungGeneration(heap);
    for (let i = 0; i < 40; i++) youngGenerationCheckpoint();
    expect(heap.flags).toEqual([]);
    expect(heap.looks).toBe(1);
  });
});
