/**
 * A sum of doubles kept exactly, as non-overlapping partials (Shewchuk's algorithm, as in Python's
 * math.fsum), and rounded once at the end. The answer does not depend on the order of the
 * additions, so a report read in segments and added up (ADR 0025) gives the averages that one pass
 * gives. A plain running sum can differ in its last bit, and that bit can flip a 3-decimal average.
 * For durations of similar size the list holds one to three numbers, and adding allocates nothing.
 */
export class ExactSum {
  readonly partials: number[] = [];
  size = 0;

  add(value: number): void {
    let x = value;
    const p = this.partials;
    let i = 0;
    for (let j = 0; j < this.size; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p[i++] = x;
    this.size = i;
  }

  /** The sum, correctly rounded to a double (round half to even, as math.fsum). */
  value(): number {
    const p = this.partials;
    let n = this.size;
    if (n === 0) return 0;
    let hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Half-way case: the partials below decide which way the rounding of hi + lo goes.
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}
