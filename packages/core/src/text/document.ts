import { UserError } from "../errors.js";

/**
 * A user's text file as we found it. We keep exactly three facts about its form and restore
 * them on write: the UTF-8 BOM, the line-ending style, and whether it ends with a newline.
 * Everything in between is edited only by splicing (see splice.ts), never re-serialised.
 */
export interface TextDocument {
  /** The content without the BOM. Line endings are left as found (CRLF stays CRLF). */
  text: string;
  bom: boolean;
  /** The dominant line ending, used for any line we insert. */
  eol: "\n" | "\r\n";
}

const BOM = "\uFEFF";
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array, file?: string): TextDocument {
  let text = decodeUtf8(bytes, file);
  const bom = text.startsWith(BOM);
  if (bom) text = text.slice(1);
  return { text, bom, eol: detectEol(text) };
}

/**
 * Bytes to text, refusing invalid UTF-8 (which a lenient decode would turn into U+FFFD and
 * write back) with the byte offset and line of the first bad sequence.
 */
export function decodeUtf8(bytes: Uint8Array, file?: string): string {
  try {
    return decoder.decode(bytes);
  } catch (cause) {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    throw new UserError(`${file ?? "the file"} is not valid UTF-8 (byte ${offset}, line ${line})`, {
      file,
      line,
      hint: "save the file as UTF-8 (with or without BOM)",
      code: "text.encoding",
      cause,
    });
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence (-1: none). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export function encodeText(doc: Pick<TextDocument, "text" | "bom">): Buffer {
  return Buffer.from(doc.bom ? BOM + doc.text : doc.text, "utf8");
}

/** CRLF when most line breaks are CRLF; LF otherwise (also for a file with no line break). */
export function detectEol(text: string): "\n" | "\r\n" {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? "\r\n" : "\n";
}

/** 1-based line and column of a string offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
