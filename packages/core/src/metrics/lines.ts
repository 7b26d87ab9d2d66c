import { createReadStream } from "node:fs";

/** Bytes `[start, end)` of a file; `end` undefined reads to the end of the file. */
export interface ByteRange {
  start: number;
  end?: number;
}

/**
 * Streams a text file line by line without holding more than one chunk and the line that
 * straddles it. `onLine(text, lineNumber, terminated)`: `terminated` is false only for a last
 * line that has no newline (possibly torn by a crashed writer). A trailing "\r" is dropped.
 * Resolves to the number of lines; a missing file has none.
 *
 * With `range`, only those bytes are read and lines are numbered from 1 within them; the range
 * must start at the beginning of a line (the report's segments, ADR 0025, start after a "\n").
 *
 * 64 KiB chunks: a 1 MiB chunk decodes to a string in V8's large-object space, which only a full
 * collection frees; a million-line report then held ~11 MiB more for no speed (bench/).
 */
export async function forEachLine(
  file: string,
  onLine: (text: string, line: number, terminated: boolean) => void,
  range?: ByteRange,
): Promise<number> {
  let rest = "";
  let line = 0;
  if (range && range.end !== undefined && range.end <= range.start) return 0;
  const stream = createReadStream(file, {
    encoding: "utf8",
    highWaterMark: 1 << 16,
    start: range?.start,
    end: range?.end === undefined ? undefined : range.end - 1, // createReadStream's end is inclusive
  });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
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
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw e;
  }
  if (rest !== "") emit(rest, false);
  return line;

  function emit(text: string, terminated: boolean): void {
    line++;
    onLine(text.charCodeAt(text.length - 1) === 13 ? text.slice(0, -1) : text, line, terminated);
  }
}
