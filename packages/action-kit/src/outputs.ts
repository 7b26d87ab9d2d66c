import * as core from "./runner.js";

/**
 * Step outputs, within the runner's limit. GitHub allows outputs of at most 1 MB per job, sized
 * as UTF-16 (two bytes a character): a larger value makes the job fail after our step, or is
 * dropped. So the outputs of one step share a budget of 1 MB. The small ones are written whole;
 * what does not fit is cut with a marker that says so: a text keeps its beginning, a JSON array
 * keeps its first elements (and stays valid JSON) with a last element saying how many were cut.
 */
export const OUTPUT_BUDGET_BYTES = 1_000_000;

export function cutMarker(cut: number, unit: string): string {
  return `[specpipe: ${cut} more ${unit} cut here; a step's outputs may hold 1 MB in all, the job log and summary say more]`;
}

/** `text` cut to at most `maxChars` characters (UTF-16 units), the marker included. */
export function capText(text: string, maxChars: number, unit = "characters"): string {
  if (text.length <= maxChars) return text;
  let keep = Math.max(0, maxChars - cutMarker(text.length, unit).length - 1);
  // Do not split a surrogate pair.
  if (keep > 0 && /[\uD800-\uDBFF]/.test(text[keep - 1])) keep--;
  return `${text.slice(0, keep)}\n${cutMarker(text.length - keep, unit)}`;
}

function capArray(items: readonly unknown[], maxChars: number): string {
  const whole = JSON.stringify(items);
  if (whole.length <= maxChars) return whole;
  const parts: string[] = [];
  let size = 2; // the brackets
  const reserve = JSON.stringify(cutMarker(items.length, "items")).length + 1;
  for (const item of items) {
    const s = JSON.stringify(item) ?? "null";
    if (size + s.length + 1 + reserve > maxChars) break;
    parts.push(s);
    size += s.length + 1;
  }
  parts.push(JSON.stringify(cutMarker(items.length - parts.length, "items")));
  return `[${parts.join(",")}]`;
}

function serialise(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Set outputs; objects and arrays are written as JSON, booleans and numbers as text. */
export function setOutputs(outputs: Record<string, unknown>, budgetBytes: number = OUTPUT_BUDGET_BYTES): void {
  const entries = Object.entries(outputs).filter(([, v]) => v !== undefined);
  const sized = entries.map(([name, value]) => ({ name, value, text: serialise(value) }));
  // Smallest first, so that one huge output cannot starve the others of their place.
  let left = Math.floor(budgetBytes / 2) - sized.reduce((n, o) => n + o.name.length, 0);
  const order = [...sized].sort((a, b) => a.text.length - b.text.length);
  const capped = new Map<string, string>();
  order.forEach((o, k) => {
    const share = Math.max(0, Math.floor(left / (order.length - k)));
    const text = o.text.length <= share ? o.text : Array.isArray(o.value) ? capArray(o.value, share) : capText(o.text, share);
    capped.set(o.name, text);
    left -= text.length;
  });
  for (const o of sized) core.setOutput(o.name, capped.get(o.name)!);
}
