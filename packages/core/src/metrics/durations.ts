/** Durations of a day, stored compactly for the percentiles. */

/** Values per chunk once a bucket is large (64 KiB): big enough that chunk overhead is nil. */
const CHUNK = 8192;

/**
 * Durations in Float64Array chunks: never an array of boxed numbers, never copied to grow, and
 * a segment read by a worker thread hands its chunks over as they are (ADR 0025). The first
 * chunks are small, so a day with three records does not hold 64 KiB.
 */
export class Durations {
  readonly chunks: Float64Array[] = [];
  private current = new Float64Array(256);
  private used = 0;
  length = 0;
  push(v: number): void {
    if (this.used === this.current.length) {
      this.chunks.push(this.current);
      this.current = new Float64Array(Math.min(CHUNK, this.current.length * 2));
      this.used = 0;
    }
    this.current[this.used++] = v + 0; // -0 → 0
    this.length++;
  }
  /** Another segment's values (already normalised), kept as they are. */
  pushChunks(values: readonly Float64Array[]): void {
    for (const c of values) {
      if (c.length === 0) continue;
      this.chunks.push(c);
      this.length += c.length;
    }
  }
  /** Every value, as views (no copy). */
  values(): Float64Array[] {
    return this.used === 0 ? [...this.chunks] : [...this.chunks, this.current.subarray(0, this.used)];
  }
}

/** The values of `parts` in one array. */
export function concat(parts: readonly Float64Array[], length: number): Float64Array {
  const out = new Float64Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
