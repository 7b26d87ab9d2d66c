import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { expectContained, hostileContent, hostilePath, sandbox, type Sandbox } from "../../../test/harness/fuzz.js";
import { createRepo, type TestRepo } from "../../../test/harness/repo.js";
import { runAction } from "../../../test/harness/run-action.js";

// Needs the bundle: npm run build -- --no-check metrics-collect
let repo: TestRepo;
let box: Sandbox;
let head: string;
beforeAll(async () => {
  repo = await createRepo({
    files: {
      ".specpipe/metrics.jsonl":
        '{"task_id":"t1","task_type":"impl","model":"m","duration_seconds":3,"status":"completed","created_at":"2026-01-01T00:00:00Z"}\n',
    },
  });
  head = await repo.git.head();
  box = await sandbox(repo);
});
afterAll(async () => {
  await repo.cleanup();
});

async function reset(): Promise<void> {
  await repo.git.run(["reset", "--quiet", "--hard", head]);
  await repo.git.run(["clean", "-fdq", "--exclude=escape", "--exclude=secret-link.md"]);
}

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
          await reset();
          const before = await box.snapshot();
          const r = await runAction("metrics-collect", {
            cwd: repo.dir,
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
          });
          await expectContained(r, box, before, JSON.stringify(v));
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
        await reset();
        await repo.write(".specpipe/metrics.jsonl", content);
        const before = await box.snapshot();
        const r = await runAction("metrics-collect", { cwd: repo.dir, inputs: { mode: "report" } });
        await expectContained(r, box, before, content.toString("latin1").slice(0, 60));
      }),
      { numRuns: 25 },
    );
  }, 300_000);
  it("hostile path, dashboard and ingest-from inputs: nothing read or written outside the workspace", async () => {
    await fc.assert(
      fc.asyncProperty(hostilePath(box), hostilePath(box), hostilePath(box), async (p, dashboard, ingest) => {
        await reset();
        const before = await box.snapshot();
        const r = await runAction("metrics-collect", {
          cwd: repo.dir,
          inputs: { mode: "report", path: p, dashboard, "ingest-from": ingest },
        });
        await expectContained(r, box, before, JSON.stringify({ p, dashboard, ingest }));
      }),
      { numRuns: 25 },
    );
  }, 300_000);
});
