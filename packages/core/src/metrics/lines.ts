import { createReadStream } from "node:fs";

/**
 * Streams a text file line by line without holding more than one chunk (1 MiB) and the line
 * that straddles it. `onLine(text, lineNumber, terminated)`: `terminated` is false only for a
 * last line that has no newline (possibly torn by a crashed writer). A trailing "\r" is dropped.
 * Resolves to the number of lines; a missing file has none.
 */
export async function forEachLine(file: string, onLine: (text: string, line: number, terminated: boolean) => void): Promise<number> {
  let rest = "";
  let line = 0;
  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 });
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
