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
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch (cause) {
    throw new UserError(`${file ?? "file"} is not valid UTF-8`, {
      file,
      hint: "save the file as UTF-8 (with or without BOM)",
      code: "text.encoding",
      cause,
    });
  }
  const bom = text.startsWith(BOM);
  if (bom) text = text.slice(1);
  return { text, bom, eol: detectEol(text) };
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
