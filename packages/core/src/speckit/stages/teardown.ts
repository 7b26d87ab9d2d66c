import type { RunContext } from "../context.js";
import { removeWorkspace } from "../workspace.js";

/**
 * Stage 8, teardown, whatever happened before: every process of the agent's user killed, a
 * checkout's credential files given their modes back, its user deleted, the workspace removed (the clone, the agent's HOME and TMPDIR, our git dir; the
 * artifacts stay), the cleanup recorded, the progress comment brought up to date.
 */
export async function teardown(ctx: RunContext): Promise<void> {
  const errors: string[] = [];
  try {
    await ctx.sandbox?.killAll();
  } catch (e) {
    errors.push((e as Error).message);
  }
  await ctx.hidden?.restore();
  let removed: string[] = [];
  try {
    removed = await removeWorkspace(ctx.ws, ctx.sandbox ? (dirs) => ctx.sandbox!.remove(dirs) : undefined);
  } catch (e) {
    errors.push((e as Error).message);
  }
  try {
    await ctx.sandbox?.close();
  } catch (e) {
    errors.push((e as Error).message);
  }
  ctx.record.cleanup = {
    ok: errors.length === 0,
    at: ctx.rec.now(),
    by: "main",
    removed,
    ...(errors.length ? { error: errors.join("; ") } : {}),
  };
  ctx.rec.event("cleanup", { ...ctx.record.cleanup });
  await ctx.rec.save();
  await ctx.progress?.update(ctx.record);
}
