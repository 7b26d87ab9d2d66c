import { UserError } from "../errors.js";
import { readCommits, type CommitRange } from "../commits/range.js";
import type { Git } from "../git/git.js";

/**
 * The commits of a range with their trailers and changed files, as the check mode needs them,
 * read by spec-hash-check's `readCommits` (one `git log`; trailers as git parses them).
 */
export interface RangeCommit {
  sha: string;
  parents: string[];
  subject: string;
  trailers: { key: string; value: string }[];
  files: string[];
}

export function trailerValues(c: Pick<RangeCommit, "trailers">, key: string): string[] {
  const k = key.toLowerCase();
  return c.trailers.filter((t) => t.key.toLowerCase() === k).map((t) => t.value.trim());
}

async function resolve(git: Git, rev: string, what: string): Promise<string> {
  const sha = await git.revParse(rev);
  if (!sha) {
    throw new UserError(`the ${what} commit ${rev} is not in this clone`, {
      hint: "check out with full history (actions/checkout with fetch-depth: 0), or pass from/to commits that exist",
      code: "playbook.range-missing",
    });
  }
  return sha;
}

/** Commits reachable from `to` but not from `from`, oldest first (commits/range.ts's readCommits). */
export async function readRange(git: Git, range: CommitRange): Promise<RangeCommit[]> {
  const a = range.from ? await resolve(git, range.from, "base") : undefined;
  const b = await resolve(git, range.to ?? "HEAD", "head");
  const list = await readCommits(git, { ...range, from: a, to: b });
  return list.map((c) => ({ sha: c.sha, parents: c.parents, subject: c.header, trailers: c.trailers, files: c.files.map((f) => f.path) }));
}

/** A file's bytes at a commit, or undefined when it does not exist there. */
export async function fileAt(git: Git, sha: string, file: string): Promise<Buffer | undefined> {
  const r = await git.raw(["cat-file", "blob", `${sha}:${file}`]);
  return r.code === 0 ? r.stdout : undefined;
}
