import { randomBytes } from "node:crypto";
import { UserError } from "../errors.js";
import { writeFileAtomic } from "../fs/atomic.js";
import { constants, createWriteStream, promises as fs } from "node:fs";
import * as path from "node:path";
import { forEachLine } from "./lines.js";
import { withFileLock, type LockOptions } from "./lock.js";
import { checkRecord, formatRecord, parseTimestamp, type MetricRecord } from "./record.js";

/**
 * Where metrics live. The action and the CLI only ever talk to this interface, so a database
 * store can be added later without touching either: implement it and add a case to `openStore`.
 */
export interface MetricsStore {
  readonly kind: string;
  /** For people: ".specpipe/metrics.jsonl", "branch specpipe-metrics of origin", … */
  readonly location: string;
  /**
   * Append records; each record is one line, written whole or not at all. `meta` files (the ingest
   * cursor) are written with them: in the same commit on a branch, under the same lock in a file.
   */
  append(records: readonly MetricRecord[], meta?: Readonly<Record<string, string>>): Promise<void>;
  /** A small named file kept with the records (`ingest-cursor.json`), undefined when there is none. A store without it is read whole by every ingest. */
  readMeta?(name: string): Promise<string | undefined>;
  /**
   * Every line of the store, in store order, streamed (nothing is held in memory).
   * `file` is the name used in reports ("file:line").
   */
  scan(onLine: (text: string, file: string, line: number, terminated: boolean, invalidAt?: number) => void): Promise<void>;
  /**
   * The same lines as `scan`, as local files in store order, when the store has them: a report
   * then reads large files in segments on several threads (ADR 0025). `name` is `scan`'s `file`.
   */
  localFiles?(): Promise<{ path: string; name: string }[]>;
  /**
   * Drop records created before `cutoffMs`; rewrite atomically. Lines that are not records are
   * kept (specpipe never deletes what it cannot read) and counted.
   */
  prune(cutoffMs: number): Promise<PruneResult>;
  /** Release what the store holds (temporary clones). */
  close(): Promise<void>;
}

export interface PruneResult {
  kept: number;
  dropped: number;
  unreadable: number;
}

/** Decides, for one line, whether prune keeps it. */
export function pruneDecision(text: string, cutoffMs: number): "keep" | "drop" | "unreadable" | "blank" {
  if (text.trim() === "") return "blank";
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "unreadable";
  }
  if (checkRecord(value) !== undefined) return "unreadable";
  return parseTimestamp((value as MetricRecord).created_at) < cutoffMs ? "drop" : "keep";
}

/**
 * Appends `text` (whole lines) to a file in one write, first ending a torn last line (a line a
 * crashed writer left without its newline) so the new records start on a line of their own.
 * The caller holds the lock.
 */
export async function appendLines(file: string, text: string, display = file): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  let handle;
  try {
    // O_NOFOLLOW: a store file swapped for a symlink (to ~/.bashrc, to another repository) is refused.
    handle = await fs.open(file, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW, 0o644);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ELOOP" || code === "EMLINK") {
      throw new UserError(`the metrics store ${display} is a symlink; specpipe does not append through symlinks`, {
        file: display,
        hint: `replace ${display} with a regular file (or delete it: it is created on the next record)`,
        code: "metrics.store-symlink",
      });
    }
    throw e;
  }
  try {
    const { size } = await handle.stat();
    let prefix = "";
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) prefix = "\n";
    }
    await handle.write(prefix + text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Rewrites `file` through `keep(line)` into a temporary file in the same folder, then renames it
 * over the original: readers see the old file or the new one, never a mixture.
 */
export async function rewriteLines(file: string, keep: (text: string) => boolean): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const out = createWriteStream(tmp, { flags: "wx" });
  const done = new Promise<void>((resolve, reject) => {
    out.on("error", reject);
    out.on("finish", resolve);
  });
  try {
    let pending: string[] = [];
    let size = 0;
    await forEachLine(file, (text, line, _terminated, invalidAt) => {
      // Rewriting a line re-encodes it: bytes that are not UTF-8 would come out changed.
      if (invalidAt !== undefined) {
        throw new UserError(
          `${path.basename(file)} is not valid UTF-8 (byte ${invalidAt}, line ${line}); rewriting it would change those bytes`,
          {
            file,
            line,
            hint: "fix or remove that line (a record is one line of JSON in UTF-8), then prune again",
            code: "metrics.store-encoding",
          },
        );
      }
      if (!keep(text)) return;
      pending.push(text + "\n");
      size += text.length;
      if (size > 1 << 20) {
        out.write(pending.join(""));
        pending = [];
        size = 0;
      }
    });
    out.end(pending.join(""));
    await done;
    const handle = await fs.open(tmp, "r+");
    await handle.sync();
    await handle.close();
    const mode = (await fs.stat(file).catch(() => undefined))?.mode;
    if (mode !== undefined) await fs.chmod(tmp, mode & 0o7777);
    await fs.rename(tmp, file);
  } catch (e) {
    out.destroy();
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

export interface FileStoreOptions {
  /** Absolute path of the JSONL file. */
  file: string;
  /** Shown in reports (e.g. the path relative to the repository). */
  displayPath?: string;
  lock?: LockOptions;
}

/** The `file` store: one JSONL file, appends under an inter-process lock (`<file>.lock`). */
export class FileStore implements MetricsStore {
  readonly kind = "file";
  readonly location: string;
  private readonly file: string;
  private readonly lockFile: string;

  constructor(private readonly options: FileStoreOptions) {
    this.file = options.file;
    this.lockFile = `${options.file}.lock`;
    this.location = options.displayPath ?? options.file;
  }

  async append(records: readonly MetricRecord[], meta: Readonly<Record<string, string>> = {}): Promise<void> {
    if (records.length === 0 && Object.keys(meta).length === 0) return;
    const text = records.map(formatRecord).join("");
    await withFileLock(
      this.lockFile,
      async () => {
        if (text) await appendLines(this.file, text, this.location);
        for (const [name, value] of Object.entries(meta)) await writeFileAtomic(this.metaFile(name), value);
      },
      this.options.lock,
    );
  }

  /** `.specpipe/metrics.jsonl` → `.specpipe/metrics.jsonl.ingest-cursor.json`. */
  private metaFile(name: string): string {
    return `${this.file}.${name}`;
  }

  async readMeta(name: string): Promise<string | undefined> {
    try {
      return await fs.readFile(this.metaFile(name), "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw e;
    }
  }

  async scan(onLine: (text: string, file: string, line: number, terminated: boolean, invalidAt?: number) => void): Promise<void> {
    await forEachLine(this.file, (text, line, terminated, invalidAt) => onLine(text, this.location, line, terminated, invalidAt));
  }

  async localFiles(): Promise<{ path: string; name: string }[]> {
    return [{ path: this.file, name: this.location }];
  }

  async prune(cutoffMs: number): Promise<PruneResult> {
    const result: PruneResult = { kept: 0, dropped: 0, unreadable: 0 };
    await withFileLock(
      this.lockFile,
      async () => {
        const exists = await fs.stat(this.file).then(
          () => true,
          () => false,
        );
        if (!exists) return;
        await rewriteLines(this.file, (text) => {
          const d = pruneDecision(text, cutoffMs);
          if (d === "blank") return false;
          if (d === "drop") {
            result.dropped++;
            return false;
          }
          if (d === "keep") result.kept++;
          else result.unreadable++;
          return true;
        });
      },
      this.options.lock,
    );
    return result;
  }

  async close(): Promise<void> {}
}
