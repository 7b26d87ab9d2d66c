/**
 * Commit trailers, parsed by git's own rules (trailer.c, as used by `git interpret-trailers
 * --parse --no-divider` and `%(trailers:unfold)`), so that what we read is what git reads:
 *
 * - The trailer block is the last paragraph of the message; the first paragraph (the title)
 *   never is. Trailing blank and comment lines are ignored; so is everything from the scissors line.
 * - That paragraph is a trailer block when all its lines are trailers (or continuation lines), or
 *   when it holds a git-generated trailer ("Signed-off-by: ", "(cherry picked from commit ") and
 *   trailers are at least a quarter of its lines.
 * - A trailer line is `Token: value`: the token is ASCII letters, digits and '-', optionally
 *   followed by spaces/tabs, then the separator ':'. A line starting with whitespace continues
 *   the previous trailer (the value is unfolded with single spaces).
 */
export interface Trailer {
  key: string;
  value: string;
}

export interface TrailerBlock {
  trailers: Trailer[];
  /** Offset in the message where the trailer block starts (message.length when there is none). */
  start: number;
  /** Offset where the trailer block ends (before trailing blank/comment lines). */
  end: number;
}

const GIT_GENERATED = ["Signed-off-by: ", "(cherry picked from commit "];
const SCISSORS = "------------------------ >8 ------------------------";

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\v" || ch === "\f";
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (!isSpace(line[i])) return false;
  return true;
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** git's find_separator: index of ':' after a token, or -1. */
export function findSeparator(line: string, separators = ":"): number {
  let whitespaceFound = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (separators.includes(ch)) return i;
    if (!whitespaceFound && (isAlnum(line.charCodeAt(i)) || ch === "-")) continue;
    if (i !== 0 && (ch === " " || ch === "\t")) {
      whitespaceFound = true;
      continue;
    }
    break;
  }
  return -1;
}

interface Line {
  text: string;
  start: number;
}

function splitLines(message: string, end: number): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  while (pos < end) {
    const nl = message.indexOf("\n", pos);
    const stop = nl === -1 || nl >= end ? end : nl;
    lines.push({ text: message.slice(pos, stop), start: pos });
    pos = stop + 1;
  }
  return lines;
}

const scissorsRes = new Map<string, RegExp>();

/** Where the message proper ends: at the scissors line, if any. */
function messageEnd(message: string, commentChar: string): number {
  if (!message.includes(SCISSORS)) return message.length;
  let re = scissorsRes.get(commentChar);
  if (!re) {
    re = new RegExp(`^${commentChar.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} ${SCISSORS}$`, "m");
    scissorsRes.set(commentChar, re);
  }
  const m = re.exec(message);
  return m ? m.index : message.length;
}

export function findTrailerBlock(message: string, options: { commentChar?: string } = {}): TrailerBlock {
  const commentChar = options.commentChar ?? "#";
  const end = messageEnd(message, commentChar);
  const lines = splitLines(message, end);
  const none: TrailerBlock = { trailers: [], start: message.length, end: message.length };

  // The first paragraph is the title and cannot be trailers.
  let titleEnd = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].text.startsWith(commentChar)) continue;
    if (isBlank(lines[i].text)) {
      titleEnd = i;
      break;
    }
  }

  let onlySpaces = true;
  let recognizedPrefix = false;
  let trailerLines = 0;
  let nonTrailerLines = 0;
  let possibleContinuation = 0;
  let blockStart = -1;
  let blockEndLine = lines.length;
  for (let i = lines.length - 1; i >= titleEnd; i--) {
    const text = lines[i].text;
    if (text.startsWith(commentChar)) {
      nonTrailerLines += possibleContinuation;
      possibleContinuation = 0;
      continue;
    }
    if (isBlank(text)) {
      if (onlySpaces) {
        blockEndLine = i;
        continue;
      }
      nonTrailerLines += possibleContinuation;
      if ((recognizedPrefix && trailerLines * 3 >= nonTrailerLines) || (trailerLines > 0 && nonTrailerLines === 0)) blockStart = i + 1;
      break;
    }
    onlySpaces = false;
    if (GIT_GENERATED.some((p) => text.startsWith(p))) {
      trailerLines++;
      possibleContinuation = 0;
      recognizedPrefix = true;
      continue;
    }
    const sep = findSeparator(text);
    if (sep >= 1 && !isSpace(text[0])) {
      trailerLines++;
      possibleContinuation = 0;
    } else if (isSpace(text[0])) {
      possibleContinuation++;
    } else {
      nonTrailerLines++;
      nonTrailerLines += possibleContinuation;
      possibleContinuation = 0;
    }
  }
  if (blockStart < 0) return none;

  const trailers: Trailer[] = [];
  let current: { key: string; value: string } | undefined;
  const flush = () => {
    if (current) trailers.push({ key: current.key, value: current.value });
    current = undefined;
  };
  for (let i = blockStart; i < blockEndLine; i++) {
    const text = lines[i].text;
    if (text.startsWith(commentChar)) {
      // A comment line ends the trailer before it: a continuation after it continues nothing.
      flush();
      continue;
    }
    if (current && isSpace(text[0]) && !isBlank(text)) {
      current.value += "\n" + text;
      continue;
    }
    flush();
    const sep = findSeparator(text);
    if (sep >= 1) current = { key: text.slice(0, sep).trim(), value: text.slice(sep + 1).replace(/^[ \t\r\n\v\f]+/, "") };
  }
  flush();
  // git's unfold_value: a newline and the whitespace after it become one space; then trim.
  for (const t of trailers) t.value = t.value.replace(/\n[ \t\r\n\v\f]*/g, " ").replace(/^[ \t\r\n\v\f]+|[ \t\r\n\v\f]+$/g, "");
  const last = lines[blockEndLine - 1];
  return { trailers, start: lines[blockStart].start, end: last ? last.start + last.text.length : message.length };
}

/** The trailers of a commit message, in order (git's rules; see above). */
export function parseTrailers(message: string, options: { commentChar?: string } = {}): Trailer[] {
  return findTrailerBlock(message, options).trailers;
}

/** The value of the last trailer with this key (keys compare case-insensitively, as git does). */
export function trailerValue(trailers: readonly Trailer[], key: string): string | undefined {
  const k = key.toLowerCase();
  let found: string | undefined;
  for (const t of trailers) if (t.key.length === k.length && t.key.toLowerCase() === k) found = t.value;
  return found;
}

/**
 * The body: the message without its header line and without the trailer block, comment lines
 * dropped, trimmed. Empty when the commit gives no reasoning.
 */
export function messageBody(message: string, options: { commentChar?: string } = {}): string {
  const commentChar = options.commentChar ?? "#";
  const block = findTrailerBlock(message, options);
  const text = message.slice(0, Math.min(block.start, messageEnd(message, commentChar)));
  const lines = text
    .replace(/^[\r\n]+/, "")
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => !l.startsWith(commentChar));
  return lines.join("\n").trim();
}
