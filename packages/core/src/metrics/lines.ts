import { createReadStream } from "node:fs";
import { firstInvalidUtf8 } from "../text/document.js";

/** Bytes `[start, end)` of a file; `end` undefined reads to the end of the file. */
export interface ByteRange {
  start: number;
  end?: number;
}

/**
 * Streams a text file line by line without holding more than one chunk and the line that
 * straddles it. `onLine(text, lineNumber, terminated, invalidAt)`: `terminated` is false only for a
 * last line that has no newline (possibly torn by a crashed writer). A trailing "\r" is dropped.
 * Resolves to the number of lines; a missing file has none.
 *
 * Bytes that are not UTF-8 never pass as text: the line that holds them comes with `invalidAt`,
 * the byte offset (in the file) of the first bad byte, and its text is not to be trusted (it has
 * U+FFFD where the bytes were). The common case pays one fatal decode per chunk, nothing per line.
 *
 * With `range`, only those bytes are read and lines are numbered from 1 within them; the range
 * must start at the beginning of a line (the report's segments, ADR 0025, start after a "\n").
 *
 * 64 KiB chunks: a 1 MiB chunk decodes to a string in V8's large-object space, which only a full
 * collection frees; a million-line report then held ~11 MiB more for no speed (bench/).
 */
export async function forEachLine(
  file: string,
  onLine: (text: string, line: number, terminated: boolean, invalidAt?: number) => void,
  range?: ByteRange,
): Promise<number> {
  let rest = "";
  let line = 0;
  if (range && range.end !== undefined && range.end <= range.start) return 0;
  const stream = createReadStream(file, {
    highWaterMark: 1 << 16,
    start: range?.start,
    end: range?.end === undefined ? undefined : range.end - 1, // createReadStream's end is inclusive
  });
  let decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  /** Bytes of a sequence cut by the chunk's end, held for the next chunk (after a slow chunk only). */
  let prefix: Buffer | undefined;
  /** Bytes the fatal decoder holds back (an incomplete sequence at the end of the last chunk). */
  let held: Buffer = EMPTY;
  let pos = range?.start ?? 0; // file offset of the next chunk
  const invalid = new Map<number, number>(); // line number → file offset of its first bad byte
  try {
    for await (const raw of stream as AsyncIterable<Buffer>) {
      const chunk = prefix ? Buffer.concat([prefix, raw]) : raw;
      const chunkStart = pos - (prefix?.length ?? 0);
      prefix = undefined;
      pos += raw.length;
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
        held = tailOf(held.length && chunk.length < 4 ? Buffer.concat([held, chunk]) : chunk);
      } catch {
        // Not UTF-8 somewhere in here: name each bad line, then decode the chunk leniently.
        const bytes = held.length ? Buffer.concat([held, chunk]) : chunk;
        const base = chunkStart - held.length;
        const tail = tailOf(bytes);
        const whole = bytes.subarray(0, bytes.length - tail.length);
        markInvalid(whole, base, line, invalid);
        text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(whole);
        prefix = tail.length ? Buffer.from(tail) : undefined;
        held = EMPTY;
        decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
      }
      split(text);
    }
    // A sequence cut off by the end of the file.
    const last = prefix ?? held;
    if (last.length) {
      invalid.set(line + 1, pos - last.length);
      rest += "\uFFFD";
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw e;
  }
  if (rest !== "") emit(rest, false);
  return line;

  function split(chunk: string): void {
    let start = 0;
    let nl = chunk.indexOf("\n");
    if (nl !== -1 && rest !== "") {
      emit(rest + chunk.slice(0, nl), true);
      rest = "";
      start = nl + 1;
      nl = chunk.indexOf("\n", start);
    }
    while (nl !== -1) {
      emit(chunk.slice(start, nl), true);
      start = nl + 1;
      nl = chunk.indexOf("\n", start);
    }
    rest = start === 0 ? rest + chunk : chunk.slice(start);
  }

  function emit(text: string, terminated: boolean): void {
    line++;
    const clean = text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text;
    if (invalid.size === 0) onLine(clean, line, terminated);
    else onLine(clean, line, terminated, invalid.get(line));
  }
}

const EMPTY = Buffer.alloc(0);

/** The bytes at the end of `b` that begin a UTF-8 sequence it does not finish (0 to 3 bytes). */
function tailOf(b: Buffer): Buffer {
  for (let back = 1; back <= 3 && back <= b.length; back++) {
    const c = b[b.length - back];
    if (c < 0x80) return EMPTY;
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return need > back ? b.subarray(b.length - back) : EMPTY;
    }
  }
  return EMPTY;
}

/** Records, for each line of `bytes` (the first continues line `linesBefore + 1`), where its first bad byte is. */
function markInvalid(bytes: Buffer, base: number, linesBefore: number, into: Map<number, number>): void {
  let lineNo = linesBefore + 1;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const at = firstInvalidUtf8(bytes.subarray(start, end));
    if (at !== -1 && !into.has(lineNo)) into.set(lineNo, base + start + at);
    if (end === bytes.length) break;
    start = end + 1;
    lineNo++;
  }
}
