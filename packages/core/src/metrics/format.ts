/** How figures are rounded and printed in reports. */

export function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

/**
 * 0.795 → "79.5%", 0.79999 → "79.99%": at most two decimals, cut (not rounded), so a rate just
 * under a threshold never prints as the threshold itself.
 */
export function formatPercent(rate: number): string {
  const hundredths = Math.floor(round(rate * 10_000, 6));
  return `${hundredths / 100}%`;
}
