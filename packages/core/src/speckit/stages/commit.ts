import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { RunContext } from "../context.js";
import { readProductBytes } from "../products.js";
import { pushCommit } from "./push.js";

/** The request's identity, in the `Speckit-Input` trailer: a rerun of the same text resumes its branch. */
export function inputHash(specText: string): string {
  return createHash("sha256").update(specText.replace(/\r\n/g, "\n").trim(), "utf8").digest("hex").slice(0, 12);
}

/**
 * Stage 5, the commit (FR-006, ADR 0015): changes come from the real diff of our index against
 * HEAD, not from what the agent says. Returns undefined when the phases left the tree as it was
 * (every product already on the branch).
 */
export async function commitProducts(ctx: RunContext): Promise<{ sha: string; message: string } | undefined> {
  const git = ctx.git!;
  ctx.checkCancel("before the commit");
  // Everything is staged: the index against HEAD is exactly `git status`.
  const diff = ctx.phasesChanged ? await git.run(["diff", "--cached", "--raw", "--numstat", "--no-renames", "HEAD"]) : "";
  const status: { code: string; path: string }[] = [];
  const numstatLines: string[] = [];
  let insertions = 0;
  let deletions = 0;
  for (const line of diff.split("\n")) {
    const raw = /^:\d+ \d+ [0-9a-f]+ [0-9a-f]+ (\w)\d*\t(.*)$/.exec(line);
    if (raw) status.push({ code: raw[1], path: raw[2] });
    else if (line) {
      numstatLines.push(line);
      const [a, d] = line.split("\t");
      if (a && a !== "-") insertions += Number(a);
      if (d && d !== "-") deletions += Number(d);
    }
  }
  if (status.length === 0) return undefined;
  ctx.record.changes = { files: status.length, insertions, deletions };
  const summaryText = [
    ...status.map((s) => `${s.code} ${s.path}`),
    "",
    `${status.length} file(s) changed, ${insertions} insertion(s)(+), ${deletions} deletion(s)(-)`,
    "",
    numstatLines.join("\n") + "\n",
  ].join("\n");
  await fs.writeFile(path.join(ctx.ws.artifacts, "diff-summary.txt"), summaryText);
  ctx.record.artifacts.push({ kind: "diff_summary", path: "diff-summary.txt" });
  const message = await commitMessage(ctx);
  const tree = (await git.run(["write-tree"])).trim();
  const sha = (await git.run(["commit-tree", tree, "-p", "HEAD", "-F", "-"], { input: message })).trim();
  ctx.record.commit = sha;
  ctx.commit = { sha, message };
  ctx.log(`committed ${sha.slice(0, 12)}: ${message.split("\n")[0]}`);
  return ctx.commit;
}

/**
 * After a phase failed: push what the finished phases made (the tree after the last phase that
 * succeeded, not the failed phase's half-written files) as a `(partial)` commit, so that a rerun
 * resumes. Never fails the run further: a failure here is a warning.
 */
export async function checkpoint(ctx: RunContext): Promise<void> {
  // A proposal is all or nothing: propose pushes nothing, not even the finished phases.
  if (ctx.options.mode === "propose") return;
  try {
    const git = ctx.git!;
    if (!ctx.goodIndex) return;
    const tree = (await git.withEnv({ GIT_INDEX_FILE: ctx.goodIndex }).run(["write-tree"])).trim();
    if (tree === (await git.run(["rev-parse", "HEAD^{tree}"])).trim()) return;
    const message = (await commitMessage(ctx)).replace(/^(docs\(spec\): \S+)/, "$1 (partial)");
    const sha = (await git.run(["commit-tree", tree, "-p", "HEAD", "-F", "-"], { input: message })).trim();
    ctx.record.commit = sha;
    const pushed = await pushCommit(ctx, { sha, message }, { partial: true });
    if (pushed) ctx.log(`pushed the finished phases to ${ctx.branch}; a rerun resumes from the failed one`);
  } catch (e) {
    ctx.warn(`could not save the finished phases: ${ctx.redact((e as Error).message)}`);
  }
}

/**
 * The commit's message, from the run's facts only (publish rebuilds it the same way from the
 * proposal, ADR 0037). `living`: the repository's docs/spec.md, whose hash the commit names.
 */
export async function commitMessage(ctx: RunContext, living?: Buffer): Promise<string> {
  const ran = ctx.phases.filter((p) => p.status === "succeeded").map((p) => p.phase);
  const trailers = [`Speckit-Run-Id: ${ctx.runId}`, `Speckit-Input: ${inputHash(ctx.options.specText)}`];
  living ??= await readProductBytes(ctx.ws.repo, "docs/spec.md");
  if (living !== undefined) {
    const { hashSpecContents } = await import("../../spec/hash.js");
    trailers.push(`Spec-Hash: ${hashSpecContents([{ path: "docs/spec.md", content: living }]).short}`);
  }
  const installed = ctx.installed ? ` Spec Kit installed by ${ctx.record.speckit?.installer ?? "specify"}.` : "";
  return `docs(spec): ${ctx.branch}\n\nSpec Kit phases ${ran.join(", ") || "(none)"} by ${ctx.agent?.name ?? "the agent"} in ${ctx.featureDir}.${installed}\n\n${trailers.join("\n")}\n`;
}
