import { spawn } from "node:child_process";
import type { Git } from "../git/git.js";
import { GitError } from "../git/git.js";
import { headerOf } from "./header.js";
import type { Trailer } from "./trailers.js";

/**
 * One `git log` for a whole range: every field NUL-separated, each record started by 0x1E,
 * followed by `--numstat -z` entries. Merges get their diff against the first parent
 * (`--diff-merges=first-parent`) so "did this commit touch the spec" is answered for them too.
 */
export interface FileStat {
  path: string;
  /** Lines added; null for a binary file (or when only names were asked for). */
  added: number | null;
  deleted: number | null;
  /** A (added), M, D, T… — only with `stat: "names"` (git's --name-status letters). */
  status?: string;
}

export interface CommitInfo {
  sha: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  /** Author date, strict ISO 8601. */
  date: string;
  /** The raw message (%B). */
  message: string;
  /** First line as commitlint sees it. */
  header: string;
  /** Trailers as git parses them (%(trailers:only,unfold)). */
  trailers: Trailer[];
  files: FileStat[];
}

export interface CommitRange {
  /** Exclusive start; undefined = from the root. */
  from?: string;
  /** Inclusive end; defaults to HEAD. */
  to?: string;
  /** More commits to exclude (`--not …`), e.g. other branches for a new branch. */
  exclude?: string[];
  /**
   * "numstat" (default): changed files with line counts. "names": changed files and their status
   * (`--name-status`, no content diff: about a third faster on long ranges; the checker uses it).
   */
  stat?: "numstat" | "names";
  /**
   * Only these paths appear in each commit's file list (every commit is still listed:
   * `--full-history --sparse`). Git then diffs only those trees: half the work on long ranges.
   */
  paths?: string[];
}

const FORMAT = "%x1e%H%x00%P%x00%an%x00%ae%x00%aI%x00%B%x00%(trailers:only,unfold)%x00";

export function logArgs(range: CommitRange): string[] {
  const to = range.to ?? "HEAD";
  const args = [
    "-c",
    "log.showSignature=false",
    "log",
    "-z",
    "--no-color",
    range.stat === "names" ? "--name-status" : "--numstat",
    "--no-renames",
    "--no-ext-diff",
    "--diff-merges=first-parent",
    "--topo-order",
    "--reverse",
    `--format=${FORMAT}`,
    // Revisions may come from inputs and events: after this, git reads nothing as an option.
    "--end-of-options",
    range.from ? `${range.from}..${to}` : to,
  ];
  if (range.paths?.length) args.splice(args.indexOf("--topo-order"), 0, "--full-history", "--sparse");
  // Exclusions are ours (`--remotes=origin`, remote-tracking refs), so they go before the marker,
  // between two --not (the second switches negation off again for the range).
  if (range.exclude?.length) args.splice(args.indexOf("--end-of-options"), 0, "--not", ...range.exclude, "--not");
  args.push("--");
  if (range.paths?.length) args.push(...range.paths.map((p) => `:(literal)${p}`));
  return args;
}

function parseTrailerLines(text: string): Trailer[] {
  const out: Trailer[] = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    const at = line.indexOf(":");
    if (at <= 0) continue;
    out.push({ key: line.slice(0, at).trim(), value: line.slice(at + 1).trim() });
  }
  return out;
}

export function parseRecord(record: Buffer): CommitInfo {
  const fields: string[] = [];
  let pos = 0;
  for (let i = 0; i < 7; i++) {
    const nul = record.indexOf(0, pos);
    if (nul === -1) throw new Error("internal: truncated git log record");
    fields.push(record.toString("utf8", pos, nul));
    pos = nul + 1;
  }
  const [sha, parents, authorName, authorEmail, date, message, trailers] = fields as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const files: FileStat[] = [];
  const entries = record.toString("utf8", pos).split("\0");
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i].replace(/^\n+/, "");
    if (!e) continue;
    const t1 = e.indexOf("\t");
    const t2 = e.indexOf("\t", t1 + 1);
    if (t1 < 0 || t2 < 0) {
      // --name-status -z: the status letter(s), then the path as the next field.
      const p = entries[++i];
      if (p !== undefined) files.push({ path: p, added: null, deleted: null, status: e });
      continue;
    }
    const a = e.slice(0, t1);
    const d = e.slice(t1 + 1, t2);
    files.push({ path: e.slice(t2 + 1), added: a === "-" ? null : Number(a), deleted: d === "-" ? null : Number(d) });
  }
  return {
    sha,
    parents: parents ? parents.split(" ") : [],
    authorName,
    authorEmail,
    date,
    message,
    header: headerOf(message),
    trailers: parseTrailerLines(trailers),
    files,
  };
}

/** Stream the commits of a range, oldest first (topological order), from one `git log`. */
export async function* streamCommits(git: Git, range: CommitRange): AsyncGenerator<CommitInfo> {
  for await (const batch of streamCommitBatches(git, range)) yield* batch;
}

/**
 * The same stream in batches (the commits complete in each chunk git writes): consumers that do
 * little per commit avoid an await per commit.
 */
export async function* streamCommitBatches(git: Git, range: CommitRange): AsyncGenerator<CommitInfo[]> {
  const args = logArgs(range);
  // Git has no streaming call; its environment (identity, test config) is private, so read it here.
  const env = { ...process.env, ...(git as unknown as { env?: NodeJS.ProcessEnv }).env, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" };
  const child = spawn("git", args, { cwd: git.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const err: Buffer[] = [];
  child.stderr.on("data", (c: Buffer) => err.push(c));
  const closed = new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code));
  });
  // Records start with 0x1E; a record is complete when the next one starts (or output ends).
  // Only new chunks are searched, and bytes are copied once per record.
  let parts: Buffer[] = [];
  let started = false;
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let from = 0;
      let sep = chunk.indexOf(0x1e);
      const batch: CommitInfo[] = [];
      while (sep !== -1) {
        if (started) {
          parts.push(chunk.subarray(from, sep));
          batch.push(parseRecord(parts.length === 1 ? parts[0] : Buffer.concat(parts)));
        }
        started = true;
        parts = [];
        from = sep + 1;
        sep = chunk.indexOf(0x1e, from);
      }
      if (started && from < chunk.length) parts.push(chunk.subarray(from));
      if (batch.length) yield batch;
    }
    const code = await closed;
    if (code !== 0) throw new GitError(args, code, Buffer.concat(err).toString("utf8"), "");
    if (started) yield [parseRecord(Buffer.concat(parts))];
  } finally {
    if (child.exitCode === null) child.kill();
  }
}

/** All commits of a range, oldest first, from one `git log` call. */
export async function readCommits(git: Git, range: CommitRange): Promise<CommitInfo[]> {
  const out: CommitInfo[] = [];
  for await (const c of streamCommits(git, range)) out.push(c);
  return out;
}
