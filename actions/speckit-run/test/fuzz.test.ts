import { promises as fs } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { fuzzWorkspace, hostilePath } from "../../../test/harness/fuzz.js";
import { startGitHubServer, type GitHubServer } from "../../../test/harness/github-server.js";
import { runAction } from "../../../test/harness/run-action.js";
import { createSpeckitFixture, type SpeckitFixture } from "../../../test/harness/speckit-fixture.js";
import { runnerEnv } from "../../../test/harness/speckit-run-world.js";

// Needs the bundles: npm run build -- --no-check speckit-run
const TOKEN = "ghs_fuzzTOKEN0123456789";
let fx: SpeckitFixture;
let gh: GitHubServer;
const ws = fuzzWorkspace(
  async () => {
    fx = await createSpeckitFixture();
    await fs.mkdir(fx.agentDir, { recursive: true });
    return fx.repo;
  },
  { cleanup: () => fx.cleanup() },
);
beforeAll(async () => {
  gh = await startGitHubServer({ token: TOKEN });
  gh.state.addRepo({ owner: "acme", name: "widgets" });
});
afterAll(async () => {
  await gh.close();
});

function run(inputs: Record<string, string | number | boolean | undefined>) {
  return runAction("speckit-run", {
    cwd: fx.repo.dir,
    inputs: { token: TOKEN, "agent-env": "SCRIPTED_AGENT_MODE\nSCRIPTED_AGENT_DIR", "upload-artifact": false, ...inputs },
    eventName: "workflow_dispatch",
    env: {
      ...runnerEnv(fx, gh, TOKEN),
      RUNNER_TEMP: path.join(fx.scratch, "runner"),
      SCRIPTED_AGENT_MODE: "dump",
      SCRIPTED_AGENT_DIR: fx.agentDir,
    },
  });
}

const text = fc
  .oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom("$(touch ../outside/pwned)", "`id`; rm -rf ..", "::error::forged", "--help", "a\nb\r\nc", "\u202eevil"),
  )
  .map((s) => s.replace(/\0/g, ""));

describe("speckit-run, fuzzed", () => {
  it("hostile spec text, agents, phases, names and numbers: exit 0 or 1, one line, nothing written outside", async () => {
    await fs.mkdir(path.join(fx.scratch, "runner"), { recursive: true });
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          spec: text,
          agent: fc.constantFrom("codex", "claude", "nobody", "../../bin/sh", ""),
          phases: fc.oneof(fc.constantFrom("specify", "specify, plan, tasks", "tasks, specify", "deploy", ""), text),
          branchName: fc.option(text, { nil: undefined }),
          title: fc.option(text, { nil: undefined }),
          labels: fc.option(text, { nil: undefined }),
          retries: fc.constantFrom("0", "1", "-1", "x", "99999"),
          timeout: fc.constantFrom("1", "0", "abc", "20"),
        }),
        async (v) => {
          await ws.contained(JSON.stringify(v), () =>
            run({
              spec: v.spec,
              agent: v.agent,
              phases: v.phases,
              "branch-name": v.branchName,
              title: v.title,
              labels: v.labels,
              retries: v.retries,
              "phase-timeout-minutes": v.timeout,
            }),
          );
        },
      ),
      { numRuns: 12 },
    );
  }, 300_000);

  // spec-file and artifacts-dir are speckit-run's own path inputs, confined by the one guard.
  it("hostile spec-file and artifacts-dir: nothing read or written outside the workspace", async () => {
    await fc.assert(
      fc.asyncProperty(hostilePath(ws.box), hostilePath(ws.box), async (specFile, artifactsDir) => {
        await ws.contained(JSON.stringify({ specFile, artifactsDir }), () =>
          run({ agent: "codex", "spec-file": specFile, "artifacts-dir": artifactsDir }),
        );
      }),
      { numRuns: 12 },
    );
  }, 300_000);
});
