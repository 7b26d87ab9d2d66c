import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { UserError } from "../errors.js";
import { removeStaleTemps } from "../fs/atomic.js";
import { insideWorkspace } from "../fs/guard.js";
import { applyPlan, unifiedDiff } from "../fs/plan.js";
import { Git, GitError } from "../git/git.js";
import { identityFallbackEnv } from "../git/identity.js";
import { pushWithRebase } from "../git/push.js";
import { spliceDiff } from "./splice-diff.js";
import { computeCoverage, decideWrite, type CoverageOptions, type CoverageResult } from "./update.js";

/**
 * One coverage-update run, shared by the action and the CLI: compute, decide whether writing is
 * allowed, write atomically (or show the diff), optionally commit and push, validate.
 */
export interface RunCoverageOptions extends Omit<CoverageOptions, "root"> {
  /** The workspace: no path may leave it. */
  workspace: string;
  /** The repository root inside it (default "."). */
  workingDirectory?: string;
  mode: "update" | "validate" | "report";
  dryRun: boolean;
  testsPassed: boolean;
  ci: boolean;
  strict: boolean;
  commit: boolean;
  token?: string;
}

export interface RunCoverageOutcome {
  result: CoverageResult;
  /** True when files were written, or in a dry run would be. */
  changed: boolean;
  written: boolean;
  diff: string;
  message: string;
  commit?: string;
  /** Temp files a killed run had left next to the documents, removed by this one. */
  removedTemps: string[];
  failure?: { message: string; hint: string; file?: string; line?: number };
}

export async function runCoverage(options: RunCoverageOptions): Promise<RunCoverageOutcome> {
  const root = (await insideWorkspace(options.workspace, options.workingDirectory ?? ".", { what: "working-directory" })).abs;
  const result = await computeCoverage({ ...options, root });
  const pending = result.plan.edits.length > 0;
  let diff = "";
  let written = false;
  let message: string;
  let commit: string | undefined;
  const removedTemps: string[] = [];
  const gate = decideWrite({ testsPassed: options.testsPassed, ci: options.ci, tests: result.tests });

  if (options.mode === "update" && !options.dryRun && gate.allowed) {
    // Ours only: `.<file>.<pid>.<rand>.tmp` next to the two documents, left by a killed run.
    for (const [abs, rel] of [
      [result.coveragePath, result.coverageFile],
      [result.statusPath, result.statusFile],
    ]) {
      for (const name of await removeStaleTemps(abs)) removedTemps.push(path.posix.join(path.posix.dirname(rel), name));
    }
  }

  if (options.mode !== "update") {
    message = `${options.mode}: ${result.rows.length} row(s), ${result.gaps.length} gap(s); nothing written`;
  } else if (!pending) {
    message = `nothing to change: ${result.coverageFile} and ${result.statusFile} are up to date`;
  } else {
    diff = await diffOf(result);
    if (options.dryRun) {
      message = `dry run: would change ${result.plan.edits.map((e) => e.displayPath).join(", ")} (${gate.allowed ? "a real run would write" : gate.reason})`;
    } else if (!gate.allowed) {
      message = gate.reason;
      diff = "";
    } else {
      // What commit: true needs is checked first: a run that cannot commit writes nothing.
      const target = options.commit ? await commitTarget(root, result) : undefined;
      // Both documents in one plan: every temp file is written before the first rename.
      await applyPlan(result.plan);
      written = true;
      message = `updated ${result.plan.edits.map((e) => e.displayPath).join(", ")}: ${result.addedRows.length} row(s) added; ${gate.reason}`;
      if (target) commit = await commitDocs(root, options.token, result, target);
      if (commit) message += `; committed ${commit.slice(0, 12)} and pushed`;
    }
  }

  let failure: RunCoverageOutcome["failure"];
  if (options.mode === "validate") {
    const errors = result.gaps.filter((g) => g.level === "error");
    const warnings = result.gaps.filter((g) => g.level === "warning");
    const failing = options.strict ? result.gaps : errors;
    if (failing.length) {
      const first = failing[0];
      failure = {
        message: `coverage validation failed: ${errors.length} error(s)${options.strict ? `, ${warnings.length} warning(s) (strict)` : ""}; first: ${first.message}`,
        hint: "implement or test the specs named, or correct their marks in the coverage table",
        file: first.file,
        line: first.line,
      };
    }
  }
  return { result, changed: pending && (written || options.dryRun), written, diff, message, commit, removedTemps, failure };
}

/** The plan's diff: from the splices where we have them (one pass), jsdiff for a new file. */
export async function diffOf(result: CoverageResult): Promise<string> {
  const parts: string[] = [];
  for (const edit of result.plan.edits) {
    const s = result.splices.get(edit.path);
    parts.push(s ? spliceDiff(`a/${edit.displayPath}`, `b/${edit.displayPath}`, s.before, s.splices) : await unifiedDiff(edit));
  }
  return parts.join("");
}

export function commitMessage(result: CoverageResult): string {
  const parts = [];
  if (result.addedRows.length) parts.push(`add ${result.addedRows.length} spec row(s)`);
  if (result.markedTested.length) parts.push(`mark ${result.markedTested.length} tested`);
  if (result.updatedSections.length) parts.push("refresh STATUS.md");
  const body = result.addedRows.map((a) => `- ${a.key}`).join("\n");
  return `docs(coverage): ${parts.join(", ") || "update coverage docs"}\n\n${body || "Generated by specpipe coverage-update."}\n`;
}

/** Where commit: true will push, decided before anything is written. */
export interface CommitTarget {
  files: string[];
  /** The branch to push to; undefined outside GitHub Actions with a detached HEAD (commit only). */
  branch?: string;
}

const commitRefused = (message: string, hint: string, file?: string) => new UserError(message, { hint, file, code: "coverage.commit-refused" });

/**
 * Everything commit: true needs, checked before the documents are written, so that a run that
 * cannot commit fails with one clear error and writes nothing: a git work tree, documents git
 * can stage (not ignored, not behind a symlinked folder: git refuses "beyond a symbolic link"),
 * and a branch to push to. On pull_request the checkout is the merge commit refs/pull/N/merge:
 * GITHUB_REF_NAME ("7/merge") is no branch, and pushing there, or the merge commit to the PR's
 * head branch, is not what anyone wants; the PR's branch must be checked out.
 */
export async function commitTarget(root: string, result: CoverageResult, env: NodeJS.ProcessEnv = process.env): Promise<CommitTarget> {
  const git = new Git({ cwd: root });
  if (!(await git.isRepository())) {
    throw commitRefused(`commit: true, but ${root} is not a git work tree`, "check the repository out first (actions/checkout), or set commit: false");
  }
  const realRoot = await fs.realpath(root);
  const files: string[] = [];
  for (const e of result.plan.edits) {
    const rel = path.relative(root, e.path).split(path.sep).join("/");
    // The deepest folder of the path that exists must be where its name says (no symlink on the way).
    let dir = path.dirname(e.path);
    for (;;) {
      const real = await fs.realpath(dir).catch(() => undefined);
      if (real !== undefined) {
        if (real !== path.join(realRoot, path.relative(root, dir))) {
          const link = path.relative(root, dir).split(path.sep).join("/");
          throw commitRefused(
            `${rel} lies behind a symlinked folder (${link} → ${path.relative(realRoot, real).split(path.sep).join("/") || "."}), and git does not commit a path through a symlink`,
            `give the document by its real path (e.g. ${path.relative(realRoot, path.join(real, path.relative(dir, e.path))).split(path.sep).join("/")}), or set commit: false`,
            rel,
          );
        }
        break;
      }
      dir = path.dirname(dir);
    }
    const ignored = await git.raw(["check-ignore", "--quiet", "--", rel]);
    if (ignored.code === 0) {
      throw commitRefused(`${rel} is ignored by git (.gitignore), so commit: true cannot commit it`, `remove ${rel} from .gitignore (or commit it once), or set commit: false`, rel);
    }
    files.push(rel);
  }
  const branch = await git.currentBranch();
  if (branch) return { files, branch };
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (event === "pull_request" || event === "pull_request_target") {
    throw commitRefused(
      `commit: true on ${event}: the checkout is the pull request's merge commit (${env.GITHUB_REF || "refs/pull/N/merge"}), not a branch; pushing would not update the pull request`,
      "check out the pull request's branch (actions/checkout with ref: ${{ github.head_ref }}), or commit on push events only",
    );
  }
  const ref = env.GITHUB_REF ?? "";
  if (ref.startsWith("refs/heads/")) return { files, branch: ref.slice("refs/heads/".length) };
  if (ref) {
    throw commitRefused(`commit: true, but the checkout is ${ref}, not a branch; there is nowhere to push`, "run the step on a branch (push or workflow_dispatch on a branch), or set commit: false");
  }
  return { files };
}

/**
 * Commit the two documents and push. On a fresh runner git has no identity: the commit is then
 * github-actions[bot]'s. Where the repository keeps the commit rules (a living spec, a playbook),
 * the message gets the Spec-Hash and Playbook-Step trailers the hooks would give it, so the
 * commit passes spec-hash-check. Whatever fails before the commit (git add, a bad playbook.yml
 * in the trailers, the commit itself) leaves nothing staged and is one UserError.
 */
async function commitDocs(root: string, token: string | undefined, result: CoverageResult, target: CommitTarget): Promise<string | undefined> {
  const probe = new Git({ cwd: root });
  let git = new Git({ cwd: root, env: await identityFallbackEnv(probe) });
  if (token) git = git.withAuth({ token });
  const files = target.files;
  const dir = await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), "specpipe-coverage-"));
  let sha: string;
  try {
    const add = await git.raw(["add", "--", ...files]);
    if (add.code !== 0) throw gitFailed("add", files, add);
    const staged = await git.raw(["diff", "--cached", "--quiet", "--", ...files]);
    if (staged.code === 0) return undefined;
    const messageFile = path.join(dir, "COMMIT_EDITMSG");
    await fs.writeFile(messageFile, commitMessage(result));
    const { prepareCommitMsg } = await import("../hooks/hooks.js");
    await prepareCommitMsg(git, messageFile, undefined, { env: process.env });
    const commit = await git.raw(["commit", "--quiet", `--file=${messageFile}`, "--", ...files]);
    if (commit.code !== 0) throw gitFailed("commit", files, commit);
    sha = await git.head();
  } catch (e) {
    // Leave the index as it was: the documents stay changed in the work tree, not staged.
    await git.raw(["reset", "--quiet", "--", ...files]);
    if (e instanceof UserError) throw e;
    throw new UserError(`committing ${files.join(", ")} failed: ${e instanceof Error ? e.message : String(e)}`, {
      hint: "the documents were written but not committed, and nothing is left staged; commit them in a later step",
      code: "coverage.commit-failed",
      cause: e,
    });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  if (!target.branch) return sha;
  await pushWithRebase(git, { branch: target.branch });
  return git.head();
}

function gitFailed(what: "add" | "commit", files: string[], r: { code: number | null; stdout: Buffer; stderr: Buffer }): UserError {
  const detail = (r.stderr.toString() || r.stdout.toString()).trim().split("\n").filter(Boolean).slice(-2).join(" ");
  return new UserError(`git ${what} of ${files.join(", ")} failed: ${detail}`, {
    hint: "the documents were written but not committed, and nothing is left staged; fix what git names (a hook, a protected branch), or commit them in a later step",
    code: "coverage.commit-failed",
    cause: new GitError([what], r.code, r.stderr.toString(), r.stdout.toString()),
  });
}
