/**
 * Regions of shared pages for the many small typed arrays a load keeps per file (the position
 * events' byte stream, line lengths): an ArrayBuffer of its own costs its JS object (~90 bytes) and, off the
 * heap, a backing store and its bookkeeping, more than the ~1 KiB a typical manifest file needs
 * (20,161 files at 100k documents). A page lives as long as any region in it; regions are handed
 * out once, so they start zeroed as a new buffer would.
 */
export class SharedPages<T extends Int32Array | Uint8Array> {
  private page: T;
  private used = 0;

  constructor(
    private readonly newArray: (length: number) => T,
    private readonly pageLength: number,
  ) {
    this.page = newArray(0);
  }

  /** Room for `length` elements (at most a page's): where they start in `current`, a new page when the last is full. */
  reserve(length: number): number {
    if (this.used + length > this.page.length) {
      this.page = this.newArray(this.pageLength);
      this.used = 0;
    }
    const at = this.used;
    this.used += length;
    return at;
  }

  /** The page the last `reserve` handed out from. */
  get current(): T {
    return this.page;
  }
}
