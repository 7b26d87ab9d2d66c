import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import type { Git } from "../git/git.js";

/**
 * One long-lived `git cat-file --batch` for a whole check: requests are written one per line
 * and answered in order, so reading the spec at any number of commits costs one process.
 * Trees are parsed here too (for spec globs), so no `git ls-tree` per commit is needed.
 */
export interface GitObject {
  oid: string;
  type: "blob" | "tree" | "commit" | "tag";
  content: Buffer;
}

export interface TreeEntry {
  mode: string;
  name: string;
  oid: string;
  type: "blob" | "tree" | "commit";
}

interface Pending {
  resolve(o: GitObject | undefined): void;
  reject(e: Error): void;
}

export class CatFile {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: Pending[] = [];
  private buf: Buffer = Buffer.alloc(0);
  private header: { oid: string; type: GitObject["type"]; size: number } | undefined;
  private failed: Error | undefined;
  /** Objects by id (immutable, so safe to keep). */
  private readonly cache = new Map<string, GitObject>();
  calls = 0;
  /** Requests sent to git (cache hits excluded). */
  requests = 0;

  constructor(private readonly git: Git) {}

  /** Start git now (it is otherwise started by the first read), e.g. while another command runs. */
  warm(): void {
    if (!this.failed) this.start();
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    // Git keeps its environment private; it carries the identity/config tests and runners set.
    const env = { ...process.env, ...(this.git as unknown as { env?: NodeJS.ProcessEnv }).env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
    const child = spawn("git", ["cat-file", "--batch"], { cwd: this.git.cwd, env, stdio: ["pipe", "pipe", "pipe"] });
    this.calls++;
    const err: Buffer[] = [];
    child.stderr.on("data", (c: Buffer) => err.push(c));
    child.stdout.on("data", (c: Buffer) => this.onData(c));
    child.stdin.on("error", () => {});
    const fail = (e: Error) => {
      this.failed = e;
      for (const p of this.queue.splice(0)) p.reject(e);
    };
    child.on("error", fail);
    child.on("close", (code) => {
      if (this.queue.length) fail(new Error(`git cat-file --batch exited (${code}): ${Buffer.concat(err).toString().trim()}`));
      this.child = undefined;
    });
    this.child = child;
    return child;
  }

  private onData(chunk: Buffer): void {
    this.buf = this.buf.length ? Buffer.concat([this.buf, chunk]) : chunk;
    for (;;) {
      if (!this.header) {
        const nl = this.buf.indexOf(10);
        if (nl === -1) return;
        const line = this.buf.toString("utf8", 0, nl);
        this.buf = this.buf.subarray(nl + 1);
        const parts = line.split(" ");
        const last = parts[parts.length - 1];
        if (last === "missing" || last === "ambiguous") {
          this.queue.shift()?.resolve(undefined);
          continue;
        }
        this.header = { oid: parts[0], type: parts[1] as GitObject["type"], size: Number(parts[2]) };
      }
      if (this.buf.length < this.header.size + 1) return;
      const content = Buffer.from(this.buf.subarray(0, this.header.size));
      this.buf = this.buf.subarray(this.header.size + 1);
      const obj: GitObject = { oid: this.header.oid, type: this.header.type, content };
      this.header = undefined;
      this.cache.set(obj.oid, obj);
      this.queue.shift()?.resolve(obj);
    }
  }

  /** Any revision `git cat-file` understands: an oid, `<commit>:<path>`, `<commit>^{tree}`. */
  read(rev: string): Promise<GitObject | undefined> {
    if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(rev)) {
      const hit = this.cache.get(rev);
      if (hit) return Promise.resolve(hit);
    }
    if (this.failed) return Promise.reject(this.failed);
    if (rev.includes("\n")) return Promise.resolve(undefined);
    const child = this.start();
    this.requests++;
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject });
      child.stdin.write(rev + "\n");
    });
  }

  async readTree(rev: string): Promise<TreeEntry[] | undefined> {
    const obj = await this.read(rev);
    if (!obj || obj.type !== "tree") return undefined;
    return parseTree(obj.content, obj.oid.length / 2);
  }

  close(): void {
    if (this.child) {
      this.child.stdin.end();
      this.child = undefined;
    }
  }
}

export function parseTree(content: Buffer, oidBytes: number): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let pos = 0;
  while (pos < content.length) {
    const sp = content.indexOf(32, pos);
    const nul = content.indexOf(0, sp + 1);
    if (sp === -1 || nul === -1) break;
    const mode = content.toString("latin1", pos, sp);
    const name = content.toString("utf8", sp + 1, nul);
    const oid = content.toString("hex", nul + 1, nul + 1 + oidBytes);
    pos = nul + 1 + oidBytes;
    const type = mode === "40000" ? "tree" : mode === "160000" ? "commit" : "blob";
    entries.push({ mode, name, oid, type });
  }
  return entries;
}
