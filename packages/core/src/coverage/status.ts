import { plainText, scanBlocks, type BlockScan } from "../markdown/blocks.js";
import type { Splice } from "../text/splice.js";
import { COVERAGE_DEFAULTS } from "../defaults.js";

/**
 * STATUS.md: three sections, found by their headings ("Specs Implemented (Selected)" counts as
 * "Specs Implemented"; "Specs Pending" matches "Specs Pending" and "Specs Pending Implementation").
 * A section runs from the line after its heading to the next heading of the same or a higher level.
 * Inside a section, the user's text is theirs; specpipe changes only what it generates:
 * - a list section: the list whose items are (mostly) the coverage table's row labels, or our
 *   "_None._", is replaced; a section that has none gets ours at its end, or as its body when
 *   it is empty. Every other paragraph, list and link stays byte for byte.
 * - the test count: the number in the user's own wording that is the total ("Total: 12", "12
 *   tests", a lone "12"; see findCount) is replaced by the new count; our own format is refreshed
 *   whole; an empty section gets ours. Text with no number is left alone and the plan says so;
 *   text whose numbers do not say which is the total ("API: 8 tests") is left alone with a warning.
 * Sections that do not exist are reported, never invented: the document's structure is the user's.
 */
export interface StatusSectionNames {
  testCount: string;
  implemented: string;
  pending: string;
}

export const DEFAULT_SECTIONS: StatusSectionNames = COVERAGE_DEFAULTS.sections;

export interface TestCount {
  total: number;
  passed?: number;
  failed?: number;
  skipped?: number;
}

export interface StatusData {
  tests?: TestCount;
  implemented: string[];
  pending: string[];
  /** The plain labels of every row of the coverage table: how a list we wrote is recognised. */
  rowLabels: ReadonlySet<string>;
}

export interface StatusPlan {
  splices: Splice[];
  /** Section names that were looked for and not found. */
  missing: string[];
  /** Section names whose generated part is (re)written by this plan. */
  updated: string[];
  /** Sections found but left alone, and why. */
  notes: string[];
  /** Sections left alone where the user would expect an update (a count we could not place). */
  warnings: string[];
}

export const NONE = "_None._";

export function formatTestCount(t: TestCount): string {
  if (t.passed === undefined) return `**${t.total} tests**`;
  return `**${t.total} tests**: ${t.passed} passed, ${t.failed ?? 0} failed, ${t.skipped ?? 0} skipped`;
}

const OUR_COUNT = /^\*\*\d[\d,]* tests\*\*(?:: \d+ passed, \d+ failed, \d+ skipped)?$/;

function listLines(items: string[]): string[] {
  return items.length ? items.map((i) => `- ${i}`) : [NONE];
}

/** The heading names the section: the same words, or those words followed by more ("(Selected)"). */
export function headingMatches(heading: string, name: string): boolean {
  const h = plainText(heading).toLowerCase().trim();
  const n = name.toLowerCase().trim();
  if (!h.startsWith(n)) return false;
  return h.length === n.length || /[^\p{L}\p{N}]/u.test(h[n.length]);
}

interface Section {
  name: string;
  /** Offsets of the body: after the heading's line ending, up to the next heading. */
  start: number;
  end: number;
  /** The heading is the document's last line and has no line ending. */
  atEof: boolean;
  /** A heading follows the section. */
  followed: boolean;
}

interface BodyLine {
  start: number;
  end: number;
  /** Start of the next line (past this one's line ending). */
  next: number;
  text: string;
}

function bodyLines(text: string, start: number, end: number): BodyLine[] {
  const out: BodyLine[] = [];
  let i = start;
  while (i < end) {
    let nl = text.indexOf("\n", i);
    if (nl === -1 || nl >= end) nl = end;
    const lineEnd = nl > i && text[nl - 1] === "\r" ? nl - 1 : nl;
    out.push({ start: i, end: lineEnd, next: Math.min(nl + 1, end), text: text.slice(i, lineEnd) });
    i = nl + 1;
  }
  return out;
}

const ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const blank = (s: string) => /^[ \t]*$/.test(s);

interface Item {
  /** Its text after the marker, trimmed. */
  text: string;
  first: number;
  last: number;
}

interface Block {
  kind: "list" | "other";
  first: number;
  last: number;
  items: Item[];
}

/** The top-level blocks of a section body (lists and everything else), by line. */
function blocksOf(lines: BodyLine[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    if (blank(lines[i].text)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(lines[i].text);
    if (fence) {
      const first = i;
      i++;
      while (i < lines.length && !(lines[i].text.trim().startsWith(fence[1]) && /^ {0,3}[`~]+[ \t]*$/.test(lines[i].text))) i++;
      blocks.push({ kind: "other", first, last: Math.min(i, lines.length - 1), items: [] });
      i++;
      continue;
    }
    const item = ITEM.exec(lines[i].text);
    if (item) {
      const block: Block = { kind: "list", first: i, last: i, items: [{ text: (item[1] ?? "").trim(), first: i, last: i }] };
      i++;
      for (;;) {
        while (i < lines.length && !blank(lines[i].text)) {
          const next = ITEM.exec(lines[i].text);
          if (next) block.items.push({ text: (next[1] ?? "").trim(), first: i, last: i });
          else block.items[block.items.length - 1].last = i;
          block.last = i;
          i++;
        }
        // After blank lines, an indented line continues an item. A new item there starts a block
        // of its own: our list inserted after a person's list must stay apart from it.
        let k = i;
        while (k < lines.length && blank(lines[k].text)) k++;
        if (k > i && k < lines.length && /^( {2,}|\t)/.test(lines[k].text) && !ITEM.test(lines[k].text)) {
          block.items[block.items.length - 1].last = k;
          i = k;
          continue;
        }
        break;
      }
      blocks.push(block);
      continue;
    }
    const first = i;
    while (i < lines.length && !blank(lines[i].text) && !ITEM.test(lines[i].text)) i++;
    blocks.push({ kind: "other", first, last: i - 1, items: [] });
  }
  return blocks;
}

/**
 * Is this list item one specpipe wrote? One line, and its text is a row label of the coverage
 * table (what we list) or our "_None._". A person's line (a summary, a range, a link, a "TBD")
 * is not, whatever list it stands in.
 */
function isGeneratedItem(item: Item, rowLabels: ReadonlySet<string>): boolean {
  return item.first === item.last && (item.text === NONE || rowLabels.has(item.text) || rowLabels.has(plainText(item.text)));
}

const isNoneParagraph = (block: Block, lines: BodyLine[]) => block.kind === "other" && block.first === block.last && lines[block.first].text.trim() === NONE;

function findSection(scan: BlockScan, text: string, name: string): Section | undefined {
  const index = scan.headings.findIndex((h) => headingMatches(h.text, name));
  if (index === -1) return undefined;
  const heading = scan.headings[index];
  const next = scan.headings.slice(index + 1).find((h) => h.level <= heading.level);
  const headingLine = scan.lines[heading.lastLine];
  const atEof = headingLine.next === headingLine.end;
  return { name, start: atEof ? headingLine.end : headingLine.next, end: next ? next.start : text.length, atEof, followed: next !== undefined };
}

/** The whole body for an empty section: a blank line, the content, a blank line before the next heading. */
function emptyBody(section: Section, content: string[], eol: string, finalNewline: boolean): string {
  let body = (section.atEof ? eol : "") + eol + content.join(eol) + eol;
  if (section.followed) body += eol;
  else if (!finalNewline) body = body.slice(0, -eol.length);
  return body;
}

function planList(text: string, section: Section, items: string[], eol: string, rowLabels: ReadonlySet<string>, finalNewline: boolean): Splice | undefined {
  const content = listLines(items);
  const lines = bodyLines(text, section.start, section.end);
  const blocks = blocksOf(lines);
  if (!blocks.length) {
    const body = emptyBody(section, content, eol, finalNewline);
    return text.slice(section.start, section.end) === body ? undefined : { start: section.start, end: section.end, text: body };
  }
  // Our list is the first block that holds a line we wrote. Only those lines are ours: the new
  // list takes the place of the first of them, the others go, and every other line of the block
  // (a person's summary, a link) stays where it is, byte for byte.
  for (const block of blocks) {
    if (isNoneParagraph(block, lines)) {
      const at = lines[block.first];
      return text.slice(at.start, at.end) === content.join(eol) ? undefined : { start: at.start, end: at.end, text: content.join(eol) };
    }
    if (block.kind !== "list") continue;
    const ours = block.items.filter((item) => isGeneratedItem(item, rowLabels));
    if (!ours.length) continue;
    // In a list that keeps a person's items, "nothing" is an item too: a bare "_None._" line
    // after an item would be read as part of it.
    const mixed = ours.length < block.items.length;
    const replacement = (items.length || !mixed ? content : [`- ${NONE}`]).join(eol);
    // From our first line to our last: ours become the new list, a person's items between
    // them follow it as they were.
    const from = block.items.indexOf(ours[0]);
    const to = block.items.indexOf(ours[ours.length - 1]);
    const kept = block.items.slice(from, to + 1).filter((item) => !ours.includes(item));
    const start = lines[ours[0].first].start;
    const end = lines[ours[ours.length - 1].last].end;
    const region = [replacement, ...kept.map((item) => text.slice(lines[item.first].start, lines[item.last].end))].join(eol);
    return text.slice(start, end) === region ? undefined : { start, end, text: region };
  }
  // The section is the user's prose: ours goes after it, as its own paragraph.
  const last = lines[blocks[blocks.length - 1].last];
  return { start: last.end, end: last.end, text: eol + eol + content.join(eol) };
}

interface NumberAt {
  start: number;
  end: number;
  text: string;
}

const NUMBER = /(?<![\p{L}\p{N}_.,-])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}_]|[.,-]\d)/gu;

/** A number after a total's label: "Total: 12", "Tests: 12", "Test count — 12" (not "12 tests: 8 passed"). */
const TOTAL_BEFORE = /(?<!\p{N}[ \t]*)\b(?:total|tests?|test count|count)\b[^\p{L}\p{N}\n]{0,6}$/iu;
const TOTAL_AFTER = /^(?:\*\*|__|\*|_)?[ \t]+(?:tests?[ \t]+)?total\b/i;
const TESTS_AFTER = /^(?:\*\*|__|\*|_)?[ \t]+(?:tests?|test cases)\b/i;
/** A number that counts one part: "API: 8", "- unit: 8 tests" (a label of words and a colon). */
const PART_LABEL = /\p{L}[\p{L}\p{N} _/-]*:[ \t]*(?:\*\*|__|\*|_)?[ \t]*$/u;

export type CountSearch = { found: NumberAt } | { found?: undefined; why: "none" | "ambiguous"; numbers: string[] };

/**
 * The number that is the test count in the user's words, by the first rule that names one:
 *   1. the number a total's label names ("Total: 12 (unit 8)", "Tests: 12", "12 total");
 *   2. the one "N tests" that is not a part's count ("**12 tests** (API: 8 tests)", "3 suites, 12 tests");
 *   3. the only number, when no part's label holds it ("about 5", "12").
 * Anything else ("API: 8 tests", "12 (unit 8)", two totals) is ambiguous: the body is left as
 * it is and the run warns, rather than write the total into a part's count.
 */
export function findCount(body: string): CountSearch {
  const all: NumberAt[] = [...body.matchAll(NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const lineBefore = (n: NumberAt) => body.slice(body.lastIndexOf("\n", n.start - 1) + 1, n.start);
  const after = (n: NumberAt) => body.slice(n.end, n.end + 32);
  const isPart = (n: NumberAt) => PART_LABEL.test(lineBefore(n)) && !TOTAL_BEFORE.test(lineBefore(n));
  const numbers = all.map((n) => n.text);
  const totals = all.filter((n) => TOTAL_BEFORE.test(lineBefore(n)) || TOTAL_AFTER.test(after(n)));
  if (totals.length === 1) return { found: totals[0] };
  if (totals.length > 1) return { why: "ambiguous", numbers };
  const tests = all.filter((n) => TESTS_AFTER.test(after(n)));
  const whole = tests.filter((n) => !isPart(n));
  if (whole.length === 1) return { found: whole[0] };
  if (tests.length) return { why: "ambiguous", numbers };
  if (all.length === 1 && !isPart(all[0])) return { found: all[0] };
  return { why: all.length ? "ambiguous" : "none", numbers };
}

function planCount(text: string, section: Section, tests: TestCount, eol: string, finalNewline: boolean): { splice?: Splice; note?: string; warning?: string } {
  const body = text.slice(section.start, section.end);
  const ours = formatTestCount(tests);
  if (blank(body.replace(/\r?\n/g, ""))) {
    const whole = emptyBody(section, [ours], eol, finalNewline);
    return whole === body ? {} : { splice: { start: section.start, end: section.end, text: whole } };
  }
  const trimmedStart = body.length - body.trimStart().length;
  const trimmed = body.trim();
  if (OUR_COUNT.test(trimmed)) {
    if (trimmed === ours) return {};
    return { splice: { start: section.start + trimmedStart, end: section.start + trimmedStart + trimmed.length, text: ours } };
  }
  const search = findCount(body);
  if (!search.found) {
    if (search.why === "none") return { note: `section "${section.name}" has no number to update (its text was left alone)` };
    return {
      warning: `section "${section.name}" has ${search.numbers.length} numbers (${search.numbers.slice(0, 5).join(", ")}) and none of them reads as the total; it was left alone. Write the total as "Total: N" or "N tests" for it to be updated to ${tests.total}`,
    };
  }
  const n = search.found;
  const value = n.text.includes(",") ? tests.total.toLocaleString("en-US") : String(tests.total);
  if (value === n.text) return {};
  return { splice: { start: section.start + n.start, end: section.start + n.end, text: value } };
}

export function planStatus(text: string, eol: string, names: StatusSectionNames, data: StatusData, scan: BlockScan = scanBlocks(text)): StatusPlan {
  const plan: StatusPlan = { splices: [], missing: [], updated: [], notes: [], warnings: [] };
  const finalNewline = text.endsWith("\n");
  const sections = (["testCount", "implemented", "pending"] as const).map((which) => ({ which, name: names[which], section: findSection(scan, text, names[which]) }));
  const seen = new Set<number>();
  for (const { which, name, section } of sections) {
    if (!section) {
      plan.missing.push(name);
      continue;
    }
    // Two names can find one heading ("Specs" for both lists): it is refreshed once, for the first.
    if (seen.has(section.start)) {
      plan.notes.push(`section "${name}" is the heading another section name found first; it was refreshed once`);
      continue;
    }
    seen.add(section.start);
    if (which === "testCount") {
      if (!data.tests) continue; // no test count known: leave the section as it is
      const r = planCount(text, section, data.tests, eol, finalNewline);
      if (r.note) plan.notes.push(r.note);
      if (r.warning) plan.warnings.push(r.warning);
      if (r.splice) {
        plan.splices.push(r.splice);
        plan.updated.push(name);
      }
      continue;
    }
    const splice = planList(text, section, which === "implemented" ? data.implemented : data.pending, eol, data.rowLabels, finalNewline);
    if (splice) {
      plan.splices.push(splice);
      plan.updated.push(name);
    }
  }
  return plan;
}
