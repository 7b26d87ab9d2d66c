import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { pidAlive } from "./pid-alive.js";

/**
 * Write a file atomically: a temporary file in the same folder (same file system, so rename is
 * atomic), flushed, then renamed over the target. A crash leaves either the old or the new
 * content, never half of one. The file's mode is kept when it exists.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = await writeTemp(file, data);
  try {
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** `.<file>.<pid>.<8 hex>.tmp`: the temporary file of an atomic write, next to its target. */
export function tempName(base: string, pid: number, rand: string): string {
  return `.${base}.${pid}.${rand}.tmp`;
}

function isTempOf(name: string, base: string): number | undefined {
  const prefix = `.${base}.`;
  if (!name.startsWith(prefix) || !name.endsWith(".tmp")) return undefined;
  // Earlier versions wrote `.<file>.<pid>.tmp`, without the random part.
  const m = /^(\d+)(?:\.[0-9a-f]{8})?\.tmp$/.exec(name.slice(prefix.length));
  return m ? Number(m[1]) : undefined;
}

/** A write takes milliseconds: a temp file this old is left over even when its pid is reused. */
const STALE_MS = 10 * 60 * 1000;

/**
 * Remove the temporary files that a killed run left next to `file`: only regular files named by
 * our own pattern for this very file, whose writer is gone (or that are older than any write
 * takes). Returns the names removed.
 */
export async function removeStaleTemps(file: string, now: number = Date.now()): Promise<string[]> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") return [];
    throw e;
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = isTempOf(name, base);
    if (pid === undefined || pid === process.pid) continue;
    const full = path.join(dir, name);
    const st = await fs.lstat(full).catch(() => undefined);
    if (!st?.isFile()) continue;
    if (pidAlive(pid) && now - st.mtimeMs < STALE_MS) continue;
    await fs.rm(full, { force: true });
    removed.push(name);
  }
  return removed;
}

/** Step one of an atomic write, for callers that write several files together. */
export async function writeTemp(file: string, data: string | Uint8Array): Promise<string> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, tempName(path.basename(file), process.pid, randomBytes(4).toString("hex")));
  let mode: number | undefined;
  try {
    mode = (await fs.stat(file)).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const handle = await fs.open(tmp, "wx", mode ?? 0o666);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  if (mode !== undefined) await fs.chmod(tmp, mode);
  return tmp;
}

/** Read a file, or undefined when it does not exist. */
export async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}
