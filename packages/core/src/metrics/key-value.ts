/** "key=value" lines of multi-line inputs (`store-options`, `type-map`). */

/**
 * One "key=value" line of a multi-line input, trimmed, or undefined when it has no key. Split at
 * the first "=" (a value such as a URL may hold more) or at the last (a key such as a glob may).
 */
export function splitKeyValue(line: string, at: "first" | "last"): [key: string, value: string] | undefined {
  const i = at === "first" ? line.indexOf("=") : line.lastIndexOf("=");
  const key = i < 0 ? "" : line.slice(0, i).trim();
  return key === "" ? undefined : [key, line.slice(i + 1).trim()];
}
