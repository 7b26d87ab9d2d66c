/**
 * A line scanner for the Markdown block structure specpipe edits: headings (ATX and setext),
 * GFM tables with their rows and cells, and the regions that hide them (fenced and indented code,
 * HTML comments). It returns source offsets into the string it was given, for splicing.
 *
 * Why not remark on this path: remark-parse + remark-gfm needs ~300 ms for a 1,000-row table and
 * ~1.9 s for 10,000 rows on the machines we measure on, against a whole-run budget of ~160 ms
 * (see docs/adr, "Markdown block scanner"). remark-parse + remark-gfm stays the reference: property
 * tests (blocks.test.ts) generate documents and require this scanner to find exactly the
 * headings and tables, at exactly the offsets, that remark finds.
 *
 * Scope: top-level blocks. A table inside a list item or block quote is not a coverage table.
 */

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, before the line ending. */
  end: number;
  /** Offset of the next line (after "\n"); equals `end` on the last line without a newline. */
  next: number;
  text: string;
}

export interface Heading {
  level: number;
  /** Heading text with markers and surrounding spaces removed. */
  text: string;
  /** Index of the first line (the text line, also for setext headings). */
  line: number;
  /** Index of the last line (the underline, for setext headings). */
  lastLine: number;
  start: number;
  end: number;
}

export interface TableCell {
  /** Cell content, trimmed, still escaped as in the source. */
  text: string;
  /** Offsets of the trimmed content (start === end for an empty cell: the insertion point). */
  start: number;
  end: number;
}

export interface TableRow {
  line: number;
  start: number;
  end: number;
  cells: TableCell[];
}

export interface Table {
  header: TableRow;
  delimiterLine: number;
  rows: TableRow[];
  /** Number of columns, from the delimiter row. */
  columns: number;
  start: number;
  /** End of the last row (before its line ending). */
  end: number;
  lastLine: number;
}

export interface BlockScan {
  lines: Line[];
  headings: Heading[];
  tables: Table[];
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    if (nl === -1) {
      if (start < text.length || lines.length === 0 || start === text.length) {
        if (start < text.length) lines.push({ start, end: text.length, next: text.length, text: text.slice(start) });
      }
      break;
    }
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    lines.push({ start, end, next: nl + 1, text: text.slice(start, end) });
    start = nl + 1;
  }
  return lines;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const BLOCKQUOTE = /^ {0,3}>/;
const HTML_START = /^ {0,3}<(?:!--|[A-Za-z/?!])/;

function isBlank(s: string): boolean {
  return /^[ \t]*$/.test(s);
}

function indentWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ch === " ") w++;
    else if (ch === "\t") w += 4 - (w % 4);
    else break;
  }
  return w;
}

/** Split a table line into cells with offsets; `offset` is the line's start in the document. */
export function splitCells(lineText: string, offset: number): TableCell[] {
  let i = 0;
  const n = lineText.length;
  while (i < n && (lineText[i] === " " || lineText[i] === "\t")) i++;
  let end = n;
  while (end > i && (lineText[end - 1] === " " || lineText[end - 1] === "\t")) end--;
  if (lineText[i] === "|") i++;
  // A trailing pipe closes the row unless it is escaped.
  if (end > i && lineText[end - 1] === "|" && !isEscaped(lineText, end - 1)) end--;
  const cells: TableCell[] = [];
  let cellStart = i;
  for (let j = i; j <= end; j++) {
    if (j === end || (lineText[j] === "|" && !isEscaped(lineText, j))) {
      let a = cellStart;
      let b = j;
      while (a < b && (lineText[a] === " " || lineText[a] === "\t")) a++;
      while (b > a && (lineText[b - 1] === " " || lineText[b - 1] === "\t")) b--;
      cells.push({ text: lineText.slice(a, b), start: offset + a, end: offset + b });
      cellStart = j + 1;
    }
  }
  return cells;
}

function isEscaped(s: string, at: number): boolean {
  let backslashes = 0;
  for (let k = at - 1; k >= 0 && s[k] === "\\"; k--) backslashes++;
  return backslashes % 2 === 1;
}

const DELIM_CELL = /^:?-+:?$/;

function delimiterColumns(line: string): number {
  if (!line.includes("-")) return 0;
  const t = line.trim();
  // A delimiter row needs a pipe unless it has more than one cell (GFM: "|" or ":---|---").
  const cells = splitCells(line, 0);
  if (cells.length === 0) return 0;
  for (const c of cells) if (!DELIM_CELL.test(c.text)) return 0;
  if (cells.length === 1 && !t.includes("|")) return 0;
  return cells.length;
}

function interruptsTable(text: string): boolean {
  return (
    isBlank(text) ||
    ATX.test(text) ||
    FENCE_OPEN.test(text) ||
    BLOCKQUOTE.test(text) ||
    THEMATIC.test(text) ||
    LIST_ITEM.test(text) ||
    HTML_START.test(text) ||
    indentWidth(text) >= 4
  );
}

export function scanBlocks(text: string): BlockScan {
  const lines = splitLines(text);
  const headings: Heading[] = [];
  const tables: Table[] = [];
  let paragraphStart = -1; // index of the first line of the open paragraph, -1 when none
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const t = line.text;

    if (isBlank(t)) {
      paragraphStart = -1;
      i++;
      continue;
    }

    // Indented code: only where it cannot be a paragraph continuation.
    if (paragraphStart === -1 && indentWidth(t) >= 4) {
      i++;
      continue;
    }

    const fence = FENCE_OPEN.exec(t);
    if (fence && !(fence[1][0] === "`" && fence[2].includes("`"))) {
      const ch = fence[1][0];
      const len = fence[1].length;
      const close = new RegExp(`^ {0,3}${ch === "`" ? "`" : "~"}{${len},}[ \\t]*$`);
      i++;
      while (i < lines.length && !close.test(lines[i].text)) i++;
      i++; // the closing fence (or past the end)
      paragraphStart = -1;
      continue;
    }

    // An HTML comment block (CommonMark HTML block type 2) may interrupt a paragraph.
    if (/^ {0,3}<!--/.test(t)) {
      // An HTML comment block runs to the line holding "-->".
      while (i < lines.length && !lines[i].text.includes("-->", lines[i] === line ? t.indexOf("<!--") + 4 : 0)) i++;
      i++;
      // HTML blocks end at a blank line too, but a comment block runs to its end marker.
      paragraphStart = -1;
      continue;
    }

    const atx = ATX.exec(t);
    if (atx) {
      headings.push({ level: atx[1].length, text: (atx[2] ?? "").trim(), line: i, lastLine: i, start: line.start, end: line.end });
      paragraphStart = -1;
      i++;
      continue;
    }

    if (paragraphStart !== -1) {
      const setext = SETEXT.exec(t);
      if (setext) {
        const first = lines[paragraphStart];
        const content = lines
          .slice(paragraphStart, i)
          .map((l) => l.text.trim())
          .join("\n");
        headings.push({
          level: setext[1][0] === "=" ? 1 : 2,
          text: content,
          line: paragraphStart,
          lastLine: i,
          start: first.start,
          end: line.end,
        });
        paragraphStart = -1;
        i++;
        continue;
      }
    }

    if (THEMATIC.test(t) && !(paragraphStart !== -1 && SETEXT.test(t))) {
      paragraphStart = -1;
      i++;
      continue;
    }

    const listItem = LIST_ITEM.exec(t);
    if (listItem || BLOCKQUOTE.test(t)) {
      // A container we do not look into. It owns its lazy continuation lines (no heading or table
      // starts there) and, after a blank line, the lines indented to its content column.
      const contentIndent = listItem ? Math.max(listItem[0].length, indentWidth(t) + 2) : Infinity;
      i++;
      for (;;) {
        while (
          i < lines.length &&
          !isBlank(lines[i].text) &&
          !ATX.test(lines[i].text) &&
          !FENCE_OPEN.test(lines[i].text) &&
          !THEMATIC.test(lines[i].text) &&
          !/^ {0,3}<!--/.test(lines[i].text)
        ) {
          if (listItem && LIST_ITEM.test(lines[i].text) && indentWidth(lines[i].text) < contentIndent) {
            i++; // the next item of the same list
            continue;
          }
          i++;
        }
        // After blank lines, indented text continues a list item; anything else ends it.
        let k = i;
        while (k < lines.length && isBlank(lines[k].text)) k++;
        if (
          listItem &&
          k > i &&
          k < lines.length &&
          (indentWidth(lines[k].text) >= contentIndent || (LIST_ITEM.test(lines[k].text) && indentWidth(lines[k].text) < 4))
        ) {
          i = k;
          continue;
        }
        break;
      }
      paragraphStart = -1;
      continue;
    }

    // A table: this line is the header row, the next is a delimiter row with as many cells.
    // (micromark-extension-gfm-table lets a table interrupt a paragraph.)
    if (i + 1 < lines.length && t.includes("|") && indentWidth(t) < 4 && indentWidth(lines[i + 1].text) < 4) {
      const cols = delimiterColumns(lines[i + 1].text);
      const header = splitCells(t, line.start);
      if (cols > 0 && header.length === cols) {
        const table: Table = {
          header: { line: i, start: line.start, end: line.end, cells: header },
          delimiterLine: i + 1,
          rows: [],
          columns: cols,
          start: line.start,
          end: lines[i + 1].end,
          lastLine: i + 1,
        };
        let j = i + 2;
        while (j < lines.length && !interruptsTable(lines[j].text)) {
          const l = lines[j];
          table.rows.push({ line: j, start: l.start, end: l.end, cells: splitCells(l.text, l.start) });
          table.end = l.end;
          table.lastLine = j;
          j++;
        }
        tables.push(table);
        i = j;
        paragraphStart = -1;
        continue;
      }
    }

    if (paragraphStart === -1) paragraphStart = i;
    i++;
  }
  return { lines, headings, tables };
}

/** Heading text as a person reads it: inline markup (emphasis, code, links) reduced to text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(.*?)\1/g, "$2")
    .replace(/(\*|_)(.*?)\1/g, "$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1")
    .trim();
}
