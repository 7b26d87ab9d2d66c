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
      // Both documents in one plan: every temp file is written before the first rename.
      await applyPlan(result.plan);
      written = true;
      message = `updated ${result.plan.edits.map((e) => e.displayPath).join(", ")}: ${result.addedRows.length} row(s) added; ${gate.reason}`;
      if (options.commit) commit = await commitDocs(root, options.token, result);
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

/**
 * Commit the two documents and push. On a fresh runner git has no identity: the commit is then
 * github-actions[bot]'s. Where the repository keeps the commit rules (a living spec, a playbook),
 * the message gets the Spec-Hash and Playbook-Step trailers the hooks would give it, so the
 * commit passes spec-hash-check. A failed commit leaves nothing staged.
 */
async function commitDocs(root: string, token: string | undefined, result: CoverageResult): Promise<string | undefined> {
  const probe = new Git({ cwd: root });
  let git = new Git({ cwd: root, env: await identityFallbackEnv(probe) });
  if (token) git = git.withAuth({ token });
  const files = result.plan.edits.map((e) => path.relative(root, e.path));
  await git.add(files);
  const staged = await git.raw(["diff", "--cached", "--quiet", "--", ...files]);
  if (staged.code === 0) return undefined;
  const dir = await fs.mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), "specpipe-coverage-"));
  let sha: string;
  try {
    const messageFile = path.join(dir, "COMMIT_EDITMSG");
    await fs.writeFile(messageFile, commitMessage(result));
    const { prepareCommitMsg } = await import("../hooks/hooks.js");
    await prepareCommitMsg(git, messageFile, undefined, { env: process.env });
    const commit = await git.raw(["commit", "--quiet", `--file=${messageFile}`, "--", ...files]);
    if (commit.code !== 0) {
      // Leave the index as it was: the documents stay changed in the work tree, not staged.
      await git.raw(["reset", "--quiet", "--", ...files]);
      const detail = (commit.stderr.toString() || commit.stdout.toString()).trim().split("\n").filter(Boolean).slice(-2).join(" ");
      throw new UserError(`git commit of ${files.join(", ")} failed: ${detail}`, {
        hint: "the documents were written but not committed, and nothing is left staged; fix what git names (a hook, a protected branch), or commit them in a later step",
        code: "coverage.commit-failed",
        cause: new GitError(["commit"], commit.code, commit.stderr.toString(), commit.stdout.toString()),
      });
    }
    sha = await git.head();
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  const branch = (await git.currentBranch()) ?? process.env.GITHUB_REF_NAME;
  if (!branch) return sha;
  await pushWithRebase(git, { branch });
  return git.head();
}
