/** `ingest` from a file of records. */
import { UserError } from "../errors.js";
import { appendNew, type IngestResult } from "./ingest-append.js";
import { MetricRecordSchema, type MetricRecord } from "./record.js";
import type { BadLine } from "./report.js";
import type { MetricsStore } from "./store.js";

/**
 * `ingest` from a JSONL file, or a JSON file holding an array of records (or one record). A file
 * that is not text (a NUL byte, bytes that are not UTF-8) or that ends in the middle of a record
 * (a JSON array without its end, a last line cut off) is an error naming the file and the byte or
 * line, not "0 ingested": nothing is appended from it.
 */
export async function ingestFile(store: MetricsStore, file: string, displayPath = file): Promise<IngestResult> {
  const { readRegularFile } = await import("../fs/guard.js");
  const { decodeUtf8 } = await import("../text/document.js");
  let bytes: Buffer | undefined;
  try {
    bytes = await readRegularFile(file, displayPath, 512 * 1024 * 1024);
  } catch (cause) {
    if (cause instanceof UserError) throw cause;
    bytes = undefined;
  }
  if (bytes === undefined) {
    throw new UserError(`cannot read ${displayPath}`, {
      file: displayPath,
      hint: "give the path of a JSONL or JSON file of records",
      code: "metrics.ingest-missing",
    });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new UserError(`${displayPath} is not a JSONL or JSON file: byte ${nul} is a NUL (a binary file?)`, {
      file: displayPath,
      hint: "give the path of a JSONL file (one record per line) or a JSON array of records",
      code: "metrics.ingest-binary",
    });
  }
  const text = decodeUtf8(bytes, displayPath);
  const candidates: { value: unknown; line: number }[] = [];
  const invalid: BadLine[] = [];
  const trimmed = text.trimStart().replace(/^\uFEFF/, "");
  let whole: unknown;
  let isWhole = false;
  // A JSON array, or one record written over several lines; anything else is read as JSONL.
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    try {
      whole = JSON.parse(trimmed);
      isWhole = true;
    } catch {
      isWhole = false;
    }
  }
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  if (!isWhole && trimmed.startsWith("[")) {
    throw new UserError(`${displayPath} starts a JSON array that does not parse (cut off before its end?)`, {
      file: displayPath,
      hint: "give a complete JSON array of records, or a JSONL file (one record per line)",
      code: "metrics.ingest-truncated",
    });
  }
  if (isWhole && Array.isArray(whole)) {
    whole.forEach((value, i) => candidates.push({ value, line: i + 1 }));
  } else if (isWhole && trimmed.startsWith("{")) {
    candidates.push({ value: whole, line: 1 });
  } else {
    const lastIndex = text.endsWith("\n") ? -1 : lines.length - 1;
    lines.forEach((raw, i) => {
      const l = raw.replace(/\r$/, "");
      if (l.trim() === "") return;
      try {
        candidates.push({ value: JSON.parse(l), line: i + 1 });
      } catch {
        if (i === lastIndex) {
          throw new UserError(
            `${displayPath} ends in the middle of a line (line ${i + 1} has no newline and is not JSON): the file is cut off`,
            {
              file: displayPath,
              line: i + 1,
              hint: "ingest the complete file (each record one line of JSON, each line ending in a newline)",
              code: "metrics.ingest-truncated",
            },
          );
        }
        invalid.push({ file: displayPath, line: i + 1, reason: "not JSON" });
      }
    });
  }
  const valid: MetricRecord[] = [];
  for (const c of candidates) {
    const r = MetricRecordSchema.safeParse(c.value);
    if (!r.success) {
      const issue = r.error.issues[0];
      invalid.push({ file: displayPath, line: c.line, reason: `${issue.path.join(".") || "record"}: ${issue.message}` });
      continue;
    }
    valid.push(r.data);
  }
  return { ...(await appendNew(store, valid)), invalid };
}
