import { core } from "@specpipe/action-kit";
import { RunRecorder, TERMINAL } from "@specpipe/core/speckit/record";
import { closeLeftoverUser, leftoverRemover } from "@specpipe/core/speckit/sandbox";
import { removeWorkspace, type Workspace } from "@specpipe/core/speckit/workspace";

/**
 * The post step (runs with `post-if: always()`, also after a cancelled or killed main step):
 * kills whatever the agent's user left running and deletes that user, removes whatever is left of
 * the workspace, keeps the artifacts, and records the cleanup in run.json. After a main step that
 * finished its own cleanup there is nothing left to do.
 */
async function post(): Promise<void> {
  const saved = core.getState("workspace");
  if (!saved) {
    core.info("speckit-run: no workspace was created; nothing to clean up");
    return;
  }
  if (core.getState("cleaned") === "true") {
    core.info("speckit-run: the main step already removed the workspace");
    return;
  }
  const ws = JSON.parse(saved) as Workspace;
  const recorder = await RunRecorder.load(ws.artifacts);
  let removed: string[] = [];
  const errors: string[] = [];
  const user = core.getState("agent-user");
  // The agent's processes first: nothing of it may outlive the job's steps.
  if (user) await closeLeftoverUser(user).catch((e: unknown) => errors.push((e as Error).message));
  try {
    removed = await removeWorkspace(ws, await leftoverRemover());
  } catch (e) {
    errors.push((e as Error).message);
  }
  const error = errors.length ? errors.join("; ") : undefined;
  core.info(
    `speckit-run: post-step cleanup removed ${removed.length ? removed.join(", ") : "nothing"}${user ? `, user ${user} deleted` : ""}${error ? `; failed: ${error}` : ""}`,
  );
  if (!recorder) return;
  const record = recorder.record;
  record.cleanup = { ok: error === undefined, at: recorder.now(), by: "post", removed, ...(error ? { error } : {}) };
  recorder.event("cleanup", { ...record.cleanup });
  if (!TERMINAL.includes(record.status)) {
    await recorder.status("cancelled", "the job ended before the run finished (cancelled or killed); the post step cleaned up");
  } else await recorder.save();
}

post().catch((e: unknown) => core.warning(`speckit-run post step: ${(e as Error).message}`));
