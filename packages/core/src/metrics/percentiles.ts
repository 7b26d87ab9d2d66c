/** Nearest-rank percentiles: by rank of sorted values, by histogram over many arrays, by quickselect. */

/** Nearest-rank percentile of ascending-sorted values; 0 when there are none. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * n));
  return sorted[Math.min(rank, n) - 1];
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
F64[0] = 1;
/** Index of the 32-bit word holding a double's sign, exponent and top mantissa bits. */
const HI = U32[1] === 0x3ff00000 ? 1 : 0;
const BIN_BITS = 18;

/**
 * Nearest-rank percentiles of values spread over several arrays, in linear time and without
 * sorting or copying them all: for doubles ≥ 0 the order of the bit patterns is the numeric order,
 * so the top 18 bits (sign, exponent, 6 mantissa bits) put each value in one of 2^18 ordered
 * bins. Pass one counts per bin; the rank's bin is found by a running sum; pass two collects
 * only that bin's values, which are sorted to pick the exact element. Same answers as sorting.
 */
export class PercentileSelector {
  private readonly hist = new Uint32Array(1 << BIN_BITS);

  /** `ps` ascending, at most two distinct bins are looked at (callers ask for p50 and p95). */
  select(arrays: readonly Float64Array[], total: number, ps: readonly number[]): number[] {
    if (total === 0) return ps.map(() => 0);
    const hist = this.hist;
    hist.fill(0);
    const shift = 32 - BIN_BITS;
    for (const a of arrays) {
      for (let i = 0; i < a.length; i++) {
        F64[0] = a[i]!;
        hist[U32[HI] >>> shift]++;
      }
    }
    const wanted = ps.map((p) => Math.min(total, Math.max(1, Math.ceil((p / 100) * total))));
    const bins = wanted.map(() => -1);
    const below = wanted.map(() => 0);
    let cum = 0;
    for (let b = 0, found = 0; b < hist.length && found < wanted.length; b++) {
      const c = hist[b];
      if (c === 0) continue;
      for (let k = 0; k < wanted.length; k++) {
        if (bins[k] === -1 && cum + c >= wanted[k]) {
          bins[k] = b;
          below[k] = cum;
          found++;
        }
      }
      cum += c;
    }
    // Pass two: the values of the (at most two distinct) bins the ranks fall in.
    const b0 = bins[0];
    const b1 = bins[bins.length - 1];
    const in0: number[] = [];
    const in1: number[] = [];
    for (const a of arrays) {
      for (let i = 0; i < a.length; i++) {
        const v = a[i];
        F64[0] = v;
        const b = U32[HI] >>> shift;
        if (b === b0) in0.push(v);
        else if (b === b1) in1.push(v);
      }
    }
    in0.sort((x, y) => x - y);
    in1.sort((x, y) => x - y);
    const candidates = new Map<number, number[]>([
      [b0, in0],
      [b1, b1 === b0 ? in0 : in1],
    ]);
    for (const b of bins) if (!candidates.has(b)) throw new Error("internal: percentile bins");
    return wanted.map((rank, k) => candidates.get(bins[k])![rank - below[k] - 1]);
  }
}

/**
 * Nearest-rank percentiles (ascending `ps`) of `values` by quickselect, which reorders `values`
 * in place: O(n), no copy. Same answers as sorting.
 */
export function nearestRanksInPlace(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => 0);
  let hi = n - 1;
  const out = new Array<number>(ps.length);
  // Largest rank first: everything left of it is then smaller, so the next select searches less.
  for (let k = ps.length - 1; k >= 0; k--) {
    const idx = Math.min(n, Math.max(1, Math.ceil((ps[k] / 100) * n))) - 1;
    out[k] = quickselect(values, idx, 0, Math.max(hi, idx));
    hi = idx;
  }
  return out;
}

function quickselect(a: Float64Array, k: number, left: number, right: number): number {
  while (right > left) {
    // Median of three as the pivot, Hoare partition.
    const mid = (left + right) >>> 1;
    const x = a[left];
    const y = a[mid];
    const z = a[right];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k];
  }
  return a[k];
}
