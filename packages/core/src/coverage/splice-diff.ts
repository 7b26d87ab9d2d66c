import { applySplices, type Splice } from "../text/splice.js";

/**
 * The unified diff of an edit made by splices, written from the splices themselves. A general
 * line diff (jsdiff's Myers) costs time in proportion to the file's length times the number of
 * changed lines: mark-tested on 20,000 rows changes thousands of scattered lines, and the diff
 * took a hundred seconds of a run that otherwise takes a few. Here the changed lines are known:
 * each splice touches the lines from the one holding its start to the one holding its end, and
 * every other line is the same on both sides. So the diff is one pass over both texts.
 *
 * The output is what planDiff writes (git's format, jsdiff's conventions: 3 lines of context,
 * "\ No newline at end of file", CR kept in the line); splice-diff.test.ts holds the two to
 * patches that turn the old text into the new one, and to the same text where both are minimal.
 */
interface Lines {
  text: string;
  /** Offset of each line's first character. */
  starts: number[];
}

function linesOf(text: string): Lines {
  const starts: number[] = [];
  if (text.length) starts.push(0);
  for (let i = text.indexOf("\n"); i !== -1 && i + 1 < text.length; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return { text, starts };
}

/** A line with its line ending, as compared: "l8" at the end of a file is not "l8\n". */
function lineAt(l: Lines, i: number): string {
  return l.text.slice(l.starts[i], i + 1 < l.starts.length ? l.starts[i + 1] : l.text.length);
}

/** Index of the line holding `offset` (the last line for the end of the text). */
function lineOf(l: Lines, offset: number): number {
  let lo = 0;
  let hi = l.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (l.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first line an edit at `offset` touches: past the last line when it is at the end, after a newline. */
function firstLine(l: Lines, offset: number): number {
  if (!l.starts.length) return 0;
  if (offset === l.text.length && l.text.endsWith("\n")) return l.starts.length;
  return lineOf(l, offset);
}

/** The line after the last one an edit ending at `offset` touches. */
function pastLine(l: Lines, offset: number): number {
  if (!l.starts.length) return 0;
  if (offset === l.text.length && l.text.endsWith("\n")) return l.starts.length;
  return lineOf(l, offset) + 1;
}

interface Change {
  /** Half-open line ranges replaced in the old text and put in the new. */
  oldA: number;
  oldB: number;
  newA: number;
  newB: number;
}

function emit(out: string[], prefix: string, line: string): void {
  if (line.endsWith("\n")) out.push(prefix + line);
  else out.push(prefix + line + "\n\\ No newline at end of file\n");
}

/** `oldName`/`newName` as diff headers ("a/docs/X.md"); `before` is the whole old text (BOM included). */
export function spliceDiff(oldName: string, newName: string, before: string, splices: readonly Splice[], context = 3): string {
  const after = applySplices(before, splices);
  if (after === before) return "";
  const a = linesOf(before);
  const b = linesOf(after);
  const sorted = [...splices].sort((x, y) => x.start - y.start || x.end - y.end);
  const changes: Change[] = [];
  let delta = 0;
  for (const sp of sorted) {
    const newStart = sp.start + delta;
    const newEnd = newStart + sp.text.length;
    delta += sp.text.length - (sp.end - sp.start);
    const oldA = firstLine(a, sp.start);
    const oldB = Math.max(oldA, pastLine(a, sp.end));
    const newA = firstLine(b, newStart);
    const newB = Math.max(newA, pastLine(b, newEnd));
    const last = changes[changes.length - 1];
    if (last && oldA < last.oldB) {
      last.oldB = Math.max(last.oldB, oldB);
      last.newB = Math.max(last.newB, newB);
    } else changes.push({ oldA, oldB, newA, newB });
  }
  // Lines a splice's range holds on both sides unchanged are context, not change.
  const trimmed: Change[] = [];
  for (const c of changes) {
    while (c.oldA < c.oldB && c.newA < c.newB && lineAt(a, c.oldA) === lineAt(b, c.newA)) {
      c.oldA++;
      c.newA++;
    }
    while (c.oldB > c.oldA && c.newB > c.newA && lineAt(a, c.oldB - 1) === lineAt(b, c.newB - 1)) {
      c.oldB--;
      c.newB--;
    }
    if (c.oldA < c.oldB || c.newA < c.newB) trimmed.push(c);
  }
  const out: string[] = [`--- ${oldName}\n`, `+++ ${newName}\n`];
  let k = 0;
  while (k < trimmed.length) {
    // One hunk: changes whose contexts touch.
    let end = k;
    while (end + 1 < trimmed.length && trimmed[end + 1].oldA - trimmed[end].oldB <= 2 * context) end++;
    const first = trimmed[k];
    const lastChange = trimmed[end];
    const oldStart = Math.max(0, first.oldA - context);
    const oldStop = Math.min(a.starts.length, lastChange.oldB + context);
    const newStart = first.newA - (first.oldA - oldStart);
    const newStop = lastChange.newB + (oldStop - lastChange.oldB);
    const body: string[] = [];
    let cursor = oldStart;
    for (let j = k; j <= end; j++) {
      const c = trimmed[j];
      for (; cursor < c.oldA; cursor++) emit(body, " ", lineAt(a, cursor));
      for (let i = c.oldA; i < c.oldB; i++) emit(body, "-", lineAt(a, i));
      for (let i = c.newA; i < c.newB; i++) emit(body, "+", lineAt(b, i));
      cursor = c.oldB;
    }
    for (; cursor < oldStop; cursor++) emit(body, " ", lineAt(a, cursor));
    const oldCount = oldStop - oldStart;
    const newCount = newStop - newStart;
    out.push(`@@ -${oldCount ? oldStart + 1 : oldStart},${oldCount} +${newCount ? newStart + 1 : newStart},${newCount} @@\n`, ...body);
    k = end + 1;
  }
  return out.join("");
}
