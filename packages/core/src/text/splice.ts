/**
 * Splicing: the only way specpipe edits a user's text. A splice replaces [start, end) of the
 * original string with new text; everything outside the spliced spans stays byte for byte.
 */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Apply non-overlapping splices (given in any order) to `text`. Throws on overlap: a bug. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  if (splices.length === 0) return text;
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let cursor = 0;
  for (const s of sorted) {
    if (s.start < cursor || s.end < s.start || s.end > text.length) {
      throw new Error(`internal: overlapping or out-of-range splice [${s.start}, ${s.end}) at cursor ${cursor}`);
    }
    out += text.slice(cursor, s.start) + s.text;
    cursor = s.end;
  }
  return out + text.slice(cursor);
}
