import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { RunContext } from "../context.js";
import { pushFailed } from "../failures.js";

/**
 * Stage 6, the push: the one git command after the agent ran that gets the token, in its own
 * environment only (an `http.extraheader` through GIT_CONFIG_COUNT), run over our git dir with no
 * hook, helper or config the agent could have written (ADR 0031). Every process of the agent's
 * user is gone by now; we make sure of it once more. `partial`: a checkpoint after a failed phase,
 * whose failure is a warning, not the run's error.
 */
export async function pushCommit(
  ctx: RunContext,
  commit: { sha: string; message: string },
  options: { partial?: boolean } = {},
): Promise<boolean> {
  const branch = ctx.branch!;
  if (!options.partial) ctx.checkCancel("before the push");
  await ctx.sandbox?.killAll();
  const pushed = await ctx.git!.push("origin", [`${commit.sha}:refs/heads/${branch}`]);
  const stderr = ctx.redact(pushed.stderr.toString("utf8"));
  const status = {
    commit: commit.sha,
    branch,
    base: ctx.base,
    pushed: pushed.code === 0,
    ...(options.partial ? { partial: true } : {}),
    message: commit.message,
    push: stderr.trim(),
  };
  await fs.writeFile(path.join(ctx.ws.artifacts, "commit-status.json"), JSON.stringify(status, null, 2) + "\n");
  if (!ctx.record.artifacts.some((a) => a.kind === "commit_status"))
    ctx.record.artifacts.push({ kind: "commit_status", path: "commit-status.json" });
  if (pushed.code !== 0) {
    const error = pushFailed(ctx.options.repository, branch, stderr + ctx.redact(pushed.stdout.toString("utf8")));
    if (options.partial) {
      ctx.warn(`could not push the finished phases: ${error.message}`);
      return false;
    }
    throw error;
  }
  if (!options.partial) ctx.log(`pushed ${branch}`);
  await ctx.changed();
  return true;
}
