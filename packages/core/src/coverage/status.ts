import { plainText, scanBlocks, type BlockScan } from "../markdown/blocks.js";
import type { Splice } from "../text/splice.js";

/**
 * STATUS.md: specpipe owns the bodies of three sections, found by heading prefix
 * ("Specs Implemented (Selected)" counts as "Specs Implemented"). A body runs from the line after
 * the heading to the next heading of the same or a higher level. Sections that do not exist are
 * reported, never invented: the document's structure is the user's.
 */
export interface StatusSectionNames {
  testCount: string;
  implemented: string;
  pending: string;
}

export const DEFAULT_SECTIONS: StatusSectionNames = {
  testCount: "Test Count",
  implemented: "Specs Implemented",
  pending: "Specs Pending Implementation",
};

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
}

export interface StatusPlan {
  splices: Splice[];
  /** Section names that were looked for and not found. */
  missing: string[];
  /** Section names whose body is (re)written by this plan. */
  updated: string[];
}

export function formatTestCount(t: TestCount): string {
  if (t.passed === undefined) return `**${t.total} tests**`;
  return `**${t.total} tests**: ${t.passed} passed, ${t.failed ?? 0} failed, ${t.skipped ?? 0} skipped`;
}

function list(items: string[]): string[] {
  return items.length ? items.map((i) => `- ${i}`) : ["_None._"];
}

export function planStatus(text: string, eol: string, names: StatusSectionNames, data: StatusData, scan: BlockScan = scanBlocks(text)): StatusPlan {
  const wanted: [keyof StatusSectionNames, string[] | undefined][] = [
    ["testCount", data.tests ? [formatTestCount(data.tests)] : undefined],
    ["implemented", list(data.implemented)],
    ["pending", list(data.pending)],
  ];
  const plan: StatusPlan = { splices: [], missing: [], updated: [] };
  const finalNewline = text.endsWith("\n");
  for (const [which, content] of wanted) {
    const name = names[which];
    const prefix = name.toLowerCase();
    const index = scan.headings.findIndex((h) => plainText(h.text).toLowerCase().startsWith(prefix));
    if (index === -1) {
      plan.missing.push(name);
      continue;
    }
    if (content === undefined) continue; // no test count known: leave the section as it is
    const heading = scan.headings[index];
    const next = scan.headings.slice(index + 1).find((h) => h.level <= heading.level);
    const headingLine = scan.lines[heading.lastLine];
    const atEof = headingLine.next === headingLine.end; // heading is the last line, no newline
    const start = atEof ? headingLine.end : headingLine.next;
    const end = next ? next.start : text.length;
    let body = (atEof ? eol : "") + eol + content.join(eol) + eol;
    if (next) body += eol;
    else if (!finalNewline) body = body.slice(0, -eol.length);
    if (text.slice(start, end) !== body) {
      plan.splices.push({ start, end, text: body });
      plan.updated.push(name);
    }
  }
  return plan;
}
