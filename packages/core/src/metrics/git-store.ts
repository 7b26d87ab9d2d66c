import { GITHUB_ACTIONS_BOT } from "../defaults.js";
import { promises as fs, mkdtempSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { UserError } from "../errors.js";
import { Git, GitError, isNonFastForward, type GitAuth } from "../git/git.js";
import { forEachLine } from "./lines.js";
import { formatRecord, parseTimestamp, type MetricRecord } from "./record.js";
import { appendLines, pruneDecision, rewriteLines, type MetricsStore, type PruneResult } from "./store.js";

/**
 * The `git-branch` store: JSONL files, one per month (`2026-01.jsonl`, by the record's UTC
 * `created_at`), on a branch of their own (default `specpipe-metrics`, created as an orphan
 * branch: it shares no history with the code).
 *
 * All work happens in a private temporary repository, never in the user's checkout: its work
 * tree, index, HEAD and configuration are untouched. Appending = fetch the branch, reset to it,
 * append, commit, push; a push refused because another run pushed first is answered by fetching
 * again and re-applying the append on the new tip, a bounded number of times with growing,
 * jittered pauses. Nothing is ever force-pushed, so concurrent runs lose no record.
 *
 * The token reaches git only through `Git.withAuth` (an environment-only header): the remote
 * URL stays as the user's checkout has it, and no credential is written to any `.git/config`.
 */
export interface GitBranchStoreOptions {
  /** The user's repository (used to resolve a remote name to its URL). */
  repoDir: string;
  /** A remote name of `repoDir` ("origin") or a URL / path. */
  remote?: string;
  branch?: string;
  auth?: GitAuth;
  /** Push attempts before giving up (default 12). */
  maxAttempts?: number;
  /** Base pause between attempts in ms (default 100; the pause grows and is jittered). */
  retryDelayMs?: number;
  /** Extra environment for git (tests pass a fixed identity). */
  env?: NodeJS.ProcessEnv;
}

const BOT_NAME = GITHUB_ACTIONS_BOT.name;
const BOT_EMAIL = GITHUB_ACTIONS_BOT.email;

export class GitBranchStore implements MetricsStore {
  readonly kind = "git-branch";
  readonly location: string;
  private readonly branch: string;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private dir?: string;
  private git?: Git;
  private synced = false;
  /** Push attempts the last write needed (for tests and logs). */
  lastAttempts = 0;

  constructor(private readonly options: GitBranchStoreOptions) {
    this.branch = options.branch ?? "specpipe-metrics";
    this.maxAttempts = options.maxAttempts ?? 12;
    this.retryDelayMs = options.retryDelayMs ?? 100;
    this.location = `branch ${this.branch} of ${options.remote ?? "origin"}`;
  }

  /** The private repository, created on first use. */
  private async repo(): Promise<Git> {
    if (this.git) return this.git;
    const remote = this.options.remote ?? "origin";
    let url = remote;
    const user = new Git({ cwd: this.options.repoDir, env: this.options.env });
    if (!/[/:\\]/.test(remote)) {
      const r = await user.raw(["remote", "get-url", remote]);
      if (r.code !== 0) {
        throw new UserError(`the repository has no remote named "${remote}"`, {
          hint: 'check out the repository (actions/checkout) or set "git-remote" to a remote name or URL',
          code: "metrics.no-remote",
        });
      }
      url = r.stdout.toString().trim();
    } else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) && !/^[^/]+@[^/]+:/.test(remote)) {
      url = path.resolve(this.options.repoDir, remote);
    }
    this.dir = realpathSync(mkdtempSync(path.join(tmpdir(), "specpipe-metrics-")));
    const g = new Git({ cwd: this.dir, env: this.options.env }).withAuth(this.options.auth);
    await g.run(["init", "--quiet"]);
    await g.run(["remote", "add", "origin", url]);
    await g.run(["config", "commit.gpgsign", "false"]);
    this.git = g;
    return g;
  }

  /** Fetch the branch and reset the private work tree to it (or to an empty orphan branch). */
  private async sync(): Promise<Git> {
    const g = await this.repo();
    const remoteRef = `refs/remotes/origin/${this.branch}`;
    const r = await g.raw(["fetch", "--quiet", "--no-tags", "origin", `+refs/heads/${this.branch}:${remoteRef}`], { network: true });
    if (r.code !== 0) {
      const text = r.stderr.toString();
      if (!/couldn't find remote ref|could not find remote ref/i.test(text)) {
        throw new GitError(["fetch", "origin", this.branch], r.code, this.redact(text), "");
      }
      // No branch yet: start an orphan branch with no files.
      await g.run(["symbolic-ref", "HEAD", `refs/heads/${this.branch}`]);
      await g.raw(["update-ref", "-d", `refs/heads/${this.branch}`]);
      await g.raw(["update-ref", "-d", remoteRef]);
      await g.run(["read-tree", "--empty"]);
      await g.run(["clean", "-fdxq"]);
    } else {
      await g.run(["checkout", "--quiet", "--force", "-B", this.branch, remoteRef]);
      await g.run(["reset", "--quiet", "--hard", remoteRef]);
      await g.run(["clean", "-fdxq"]);
    }
    this.synced = true;
    return g;
  }

  private redact(text: string): string {
    const token = this.options.auth?.token;
    return token ? text.split(token).join("***") : text;
  }

  /**
   * Apply `change` to a fresh copy of the branch, commit, push; on a rejected push, start over
   * from the new tip. `change` returns the paths to stage, or undefined when nothing changed.
   */
  private async transact(message: string, change: (dir: string, g: Git) => Promise<string[] | undefined>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      this.lastAttempts = attempt;
      const g = await this.sync();
      const paths = await change(this.dir!, g);
      if (paths === undefined) return;
      await g.run(["add", "--all", "--", ...paths]);
      const staged = await g.raw(["diff", "--cached", "--quiet"]);
      if (staged.code === 0) return;
      await g.run(["-c", `user.name=${BOT_NAME}`, "-c", `user.email=${BOT_EMAIL}`, "commit", "--quiet", "--no-verify", "--file=-"], {
        input: message,
      });
      const push = await g.push("origin", [`HEAD:refs/heads/${this.branch}`]);
      if (push.code === 0) {
        this.synced = false;
        return;
      }
      if (!isNonFastForward(push) || attempt >= this.maxAttempts) {
        const detail = this.redact(push.stderr.toString() + push.stdout.toString()).trim();
        throw new UserError(
          isNonFastForward(push)
            ? `could not push branch ${this.branch}: it moved on ${attempt} times while writing metrics`
            : `could not push branch ${this.branch}: ${detail.split("\n").slice(-3).join(" ")}`,
          {
            hint: isNonFastForward(push)
              ? "run the step again; if many runs write at once, raise max attempts or use fewer writers"
              : 'give the job "contents: write" permission and pass a token that may push',
            code: "metrics.push-failed",
          },
        );
      }
      // Exponential backoff with full jitter, capped at 10 s: writers that collided spread out
      // instead of colliding again in step (a matrix of jobs all record at once; a linear
      // backoff gave up after ~8 s of contention on a loaded runner).
      const pause = Math.random() * Math.min(10_000, this.retryDelayMs * 2 ** attempt);
      await new Promise((r) => setTimeout(r, pause));
    }
  }

  async append(records: readonly MetricRecord[], meta: Readonly<Record<string, string>> = {}): Promise<void> {
    if (records.length === 0 && Object.keys(meta).length === 0) return;
    const byMonth = new Map<string, string>();
    for (const r of records) {
      const month = new Date(parseTimestamp(r.created_at)).toISOString().slice(0, 7);
      byMonth.set(month, (byMonth.get(month) ?? "") + formatRecord(r));
    }
    const n = records.length;
    // The records and their meta files (the ingest cursor) go in one commit: both or neither.
    await this.transact(`metrics: record ${n} task${n === 1 ? "" : "s"}`, async (dir) => {
      const files: string[] = [];
      for (const [month, text] of byMonth) {
        const file = `${month}.jsonl`;
        await appendLines(path.join(dir, file), text, `${this.branch}:${file}`);
        files.push(file);
      }
      for (const [name, value] of Object.entries(meta)) {
        await fs.writeFile(path.join(dir, name), value);
        files.push(name);
      }
      return files;
    });
  }

  async readMeta(name: string): Promise<string | undefined> {
    if (!this.synced) await this.sync();
    try {
      return await fs.readFile(path.join(this.dir!, name), "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw e;
    }
  }

  private async files(): Promise<string[]> {
    return (await fs.readdir(this.dir!)).filter((f) => f.endsWith(".jsonl")).sort();
  }

  async scan(onLine: (text: string, file: string, line: number, terminated: boolean, invalidAt?: number) => void): Promise<void> {
    if (!this.synced) await this.sync();
    for (const file of await this.files()) {
      const name = `${this.branch}:${file}`;
      await forEachLine(path.join(this.dir!, file), (text, line, terminated, invalidAt) => onLine(text, name, line, terminated, invalidAt));
    }
  }

  async localFiles(): Promise<{ path: string; name: string }[]> {
    if (!this.synced) await this.sync();
    return (await this.files()).map((file) => ({ path: path.join(this.dir!, file), name: `${this.branch}:${file}` }));
  }

  async prune(cutoffMs: number): Promise<PruneResult> {
    let result: PruneResult = { kept: 0, dropped: 0, unreadable: 0 };
    await this.transact("metrics: prune old records", async (dir) => {
      result = { kept: 0, dropped: 0, unreadable: 0 };
      const changed: string[] = [];
      for (const file of await this.files()) {
        const full = path.join(dir, file);
        let drop = 0;
        await forEachLine(full, (text) => {
          const d = pruneDecision(text, cutoffMs);
          if (d === "drop") drop++;
          else if (d === "keep") result.kept++;
          else if (d === "unreadable") result.unreadable++;
        });
        if (drop === 0) continue;
        result.dropped += drop;
        await rewriteLines(full, (text) => {
          const d = pruneDecision(text, cutoffMs);
          return d === "keep" || d === "unreadable";
        });
        if ((await fs.stat(full)).size === 0) await fs.rm(full);
        changed.push(file);
      }
      return changed.length ? changed : undefined;
    });
    return result;
  }

  async close(): Promise<void> {
    if (this.dir) await fs.rm(this.dir, { recursive: true, force: true });
    this.dir = undefined;
    this.git = undefined;
  }
}
