import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import { hostname } from "node:os";
import * as path from "node:path";
import { UserError } from "../errors.js";
import { pidAlive } from "../fs/pid-alive.js";

/**
 * An inter-process lock: a lock file created with O_EXCL ("wx"), which exactly one process can
 * create. It holds `pid host token time`. A lock is stale when its holder is a process on this
 * host that no longer exists, or when it is older than `staleMs` (a holder on another machine
 * sharing the folder, or a hung one). A stale lock is broken by renaming it to a unique name
 * (only one breaker's rename succeeds) and then checking that the renamed file is the stale lock
 * that was seen; a fresh lock taken in between is put back.
 */
export interface LockOptions {
  /** A lock older than this is stale (default 30 s; an append holds it for milliseconds). */
  staleMs?: number;
  /** Give up after this long (default 60 s). */
  timeoutMs?: number;
}

export async function withFileLock<T>(lockFile: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const release = await acquire(lockFile, options);
  try {
    return await fn();
  } finally {
    await release();
  }
}

const HOST = hostname();

async function acquire(lockFile: string, options: LockOptions): Promise<() => Promise<void>> {
  const staleMs = options.staleMs ?? 30_000;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  const token = randomBytes(8).toString("hex");
  const content = `${process.pid} ${HOST} ${token} ${Date.now()}\n`;
  let wait = 1;
  for (;;) {
    try {
      const handle = await fs.open(lockFile, "wx");
      try {
        await handle.writeFile(content);
      } finally {
        await handle.close();
      }
      return async () => {
        // Remove only our own lock (it could have been broken as stale and retaken meanwhile).
        const now = await fs.readFile(lockFile, "utf8").catch(() => "");
        if (now === content) await fs.rm(lockFile, { force: true });
      };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT") {
        await fs.mkdir(path.dirname(lockFile), { recursive: true });
        continue;
      }
      if (code !== "EEXIST") throw e;
    }
    await breakIfStale(lockFile, staleMs);
    if (Date.now() > deadline) {
      throw new UserError(`could not lock ${lockFile}: another process has held it for too long`, {
        file: lockFile,
        hint: "if no specpipe process is running, delete the lock file",
        code: "metrics.lock-timeout",
      });
    }
    await sleep(wait + Math.random() * wait);
    wait = Math.min(wait * 2, 50);
  }
}

async function breakIfStale(lockFile: string, staleMs: number): Promise<void> {
  let seen: string;
  let mtime: number;
  try {
    seen = await fs.readFile(lockFile, "utf8");
    mtime = (await fs.stat(lockFile)).mtimeMs;
  } catch {
    return;
  }
  if (!isStale(seen, mtime, staleMs)) return;
  const aside = `${lockFile}.stale.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    await fs.rename(lockFile, aside);
  } catch {
    return; // someone else broke or released it
  }
  const taken = await fs.readFile(aside, "utf8").catch(() => "");
  if (taken !== seen) {
    // We moved a fresh lock: put it back unless someone has taken the lock since.
    await fs.link(aside, lockFile).catch(() => {});
  }
  await fs.rm(aside, { force: true });
}

function isStale(content: string, mtime: number, staleMs: number): boolean {
  const [pidText, host, , timeText] = content.trim().split(" ");
  const written = Number(timeText);
  const age = Date.now() - (Number.isFinite(written) ? written : mtime);
  if (age > staleMs) return true;
  if (content === "" && Date.now() - mtime > 1000) return true; // a holder that died before writing
  if (host === HOST) {
    const pid = Number(pidText);
    if (Number.isInteger(pid) && pid > 0 && !pidAlive(pid)) return true;
  }
  return false;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
