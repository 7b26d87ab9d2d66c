import fc from "fast-check";
import { describe, it } from "vitest";
import { fuzzWorkspace, hostileContent, hostilePath } from "../../../test/harness/fuzz.js";
import { createRepo } from "../../../test/harness/repo.js";
import { runAction } from "../../../test/harness/run-action.js";

// Needs the bundle: npm run build -- --no-check metrics-collect
const ws = fuzzWorkspace(() =>
  createRepo({
    files: {
      ".specpipe/metrics.jsonl":
        '{"task_id":"t1","task_type":"impl","model":"m","duration_seconds":3,"status":"completed","created_at":"2026-01-01T00:00:00Z"}\n',
    },
  }),
);

const text = fc
  .oneof(fc.string({ maxLength: 30 }), fc.constantFrom("", "-1", "NaN", "1e309", "completed", "failed", "::error::x", "\u202e"))
  .map((s) => s.replace(/\0/g, ""));

describe("metrics-collect, fuzzed", () => {
  it("hostile record fields and modes on the default store: exit 0 or 1, one line, nothing written outside", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          mode: fc.constantFrom("record", "report", "prune", "recrd"),
          taskId: text,
          taskType: text,
          model: text,
          duration: text,
          status: text,
          createdAt: text,
          windowDays: text,
          keepDays: text,
        }),
        async (v) => {
          await ws.contained(JSON.stringify(v), () =>
            runAction("metrics-collect", {
              cwd: ws.repo.dir,
              inputs: {
                mode: v.mode,
                "task-id": v.taskId,
                "task-type": v.taskType,
                model: v.model,
                "duration-seconds": v.duration,
                status: v.status,
                "created-at": v.createdAt,
                "window-days": v.windowDays,
                "keep-days": v.keepDays,
              },
            }),
          );
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);

  // The store's path, dashboard and ingest-from go through the one guard (fs/guard.ts); invalid
  // UTF-8 and truncated lines in the store are one line each.
  it("hostile store contents (invalid UTF-8, truncated lines) in report mode", async () => {
    await fc.assert(
      fc.asyncProperty(hostileContent, async (content) => {
        await ws.contained(
          content.toString("latin1").slice(0, 60),
          () => runAction("metrics-collect", { cwd: ws.repo.dir, inputs: { mode: "report" } }),
          { ".specpipe/metrics.jsonl": content },
        );
      }),
      { numRuns: 25 },
    );
  }, 300_000);
  it("hostile path, dashboard and ingest-from inputs: nothing read or written outside the workspace", async () => {
    await fc.assert(
      fc.asyncProperty(hostilePath(ws.box), hostilePath(ws.box), hostilePath(ws.box), async (p, dashboard, ingest) => {
        await ws.contained(JSON.stringify({ p, dashboard, ingest }), () =>
          runAction("metrics-collect", {
            cwd: ws.repo.dir,
            inputs: { mode: "report", path: p, dashboard, "ingest-from": ingest },
          }),
        );
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
