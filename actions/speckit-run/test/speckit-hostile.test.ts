import { existsSync, promises as fs, statSync } from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GitHubServer } from "../../../test/harness/github-server.js";
import { runAction, type ActionResult, type RunActionOptions } from "../../../test/harness/run-action.js";
import { remoteBranches, stillAliveAfter, type SpeckitFixture } from "../../../test/harness/speckit-fixture.js";
import { assertSpeckitBundle, hostileAgent, runnerEnv, speckitWorlds } from "../../../test/harness/speckit-run-world.js";
import { gitBasicAuth, jsonLines, tokenIn } from "../../../test/harness/token-search.js";

/**
 * The agent cannot reach the token (ADR 0031), tested with a hostile agent
 * (test/fixtures/speckit/hostile-agent.mjs) that does the Spec Kit work and, in every phase, plants
 * hooks, a credential helper, core.fsmonitor and a filter in every git config it can write, tries
 * the workspace's own git dir, reads every /proc/<pid>/environ it can, and leaves a setsid daemon that
 * keeps reading them. Whatever it gets lands in its leak folder. In success and in every failure
 * path, the token is nowhere in it, nor in the artifacts; no hook or helper ran as root; every
 * daemon is dead when the run ends; the agent's user is gone.
 *
 * These run for real as root (this machine and CI are root); elsewhere they skip, saying why.
 */
const TOKEN = "ghs_hostileTOKEN0123456789abcdef";
const HEADER = gitBasicAuth(TOKEN);
const root = process.getuid?.() === 0;
const why = root ? "" : " (skipped: these tests make throwaway users, which needs root; CI runs as root)";
let leak = "";

beforeAll(() => assertSpeckitBundle());

const worlds = speckitWorlds(TOKEN, {
  // The unsafe control leaves its daemons alive (that is the point of it): end them here.
  async beforeEnd() {
    for (const f of await fs.readdir(leak).catch(() => [] as string[])) {
      const m = /^daemon-(\d+)\.pid$/.exec(f);
      if (m) {
        try {
          process.kill(Number(m[1]), "SIGKILL");
        } catch {
          // already gone
        }
      }
    }
  },
});

async function setup(options: { allowActionsToCreatePullRequests?: boolean } = {}) {
  const world = await worlds.setup({ agent: "hostile" }, options);
  leak = path.join(world.fx.repo.root, "leak");
  await fs.mkdir(leak);
  await fs.chmod(leak, 0o777);
  return world;
}

function run(f: SpeckitFixture, server: GitHubServer, inputs: RunActionOptions["inputs"] = {}, mode = ""): Promise<ActionResult> {
  const agent = hostileAgent(f, leak, TOKEN, mode);
  return runAction("speckit-run", {
    cwd: f.repo.dir,
    inputs: { ...agent.inputs, ...inputs },
    eventName: "workflow_dispatch",
    env: { ...runnerEnv(f, server, TOKEN), ...agent.env },
  });
}

/** The token reached nothing the agent had, in this run, whatever its outcome. */
async function expectNothingTaken(r: ActionResult, phasesAttacked: number) {
  expect(await tokenIn(leak, TOKEN)).toEqual([]);
  expect(await tokenIn(r.outputs["artifacts-dir"], TOKEN)).toEqual([]);
  // The attacks ran (so the test could have failed): the agent read /proc, its daemons ticked.
  const reads = await jsonLines(path.join(leak, "reads.jsonl"));
  expect(reads.length).toBeGreaterThanOrEqual(phasesAttacked);
  for (const read of reads) {
    expect(read.uid).not.toBe(0);
    expect(read.environs).toBeGreaterThan(0);
  }
  const daemons = (await fs.readdir(leak)).filter((f) => /^daemon-\d+\.pid$/.test(f)).map((f) => Number(/\d+/.exec(f)![0]));
  expect(daemons.length).toBe(reads.length);
  for (const pid of daemons) {
    expect(existsSync(path.join(leak, `daemon-${pid}.ticks`))).toBe(true);
    expect(await stillAliveAfter(pid, 200), `daemon ${pid} outlived the run`).toBe(false);
  }
  // It could write nothing of ours: the workspace's git dir was never its to write or read.
  const attempts = await jsonLines(path.join(leak, "attempts.jsonl"));
  const ours = attempts.filter((a) => String(a.what).startsWith("our git dir:"));
  expect(ours.length).toBeGreaterThan(0);
  for (const a of ours) expect(a.outcome, String(a.what)).not.toBe("ok");
  // What it planted ran only in its own git commands (Spec Kit 0.0.x's scripts use git), as its user.
  for (const f of (await fs.readdir(leak)).filter((x) => x.startsWith("ran-"))) expect(statSync(path.join(leak, f)).uid, f).not.toBe(0);
  // Its user is gone.
  const record = JSON.parse(await fs.readFile(path.join(r.outputs["artifacts-dir"], "run.json"), "utf8"));
  expect(record.agentUser).toMatch(/^specpipe-/);
  expect(await fs.readFile("/etc/passwd", "utf8")).not.toContain(`${record.agentUser}:`);
  return record;
}

describe(`a hostile agent finds the token nowhere${why}`, () => {
  it.skipIf(!root)("on success: push and pull request done, nothing taken", async () => {
    const { fx, gh, repo } = await setup();
    const r = await run(fx, gh);
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ status: "succeeded", "pr-number": "1" });
    expect(repo.pulls()).toHaveLength(1);
    await expectNothingTaken(r, 3);
    // The filter it asked for in .gitattributes was committed as text; no filter ran.
    expect(await fx.repo.git.run(["--git-dir", fx.repo.remote, "show", `${r.outputs.branch}:.gitattributes`])).toBe(
      "* filter=evil diff=evil\n",
    );
  });

  it.skipIf(!root)("when it crashes after the first phase (the finished phase is pushed)", async () => {
    const { fx, gh } = await setup();
    const r = await run(fx, gh, {}, "crash:plan");
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/the agent failed in the plan phase: exit code 3/);
    expect(await remoteBranches(fx.repo)).toContain(r.outputs.branch);
    await expectNothingTaken(r, 2);
  });

  it.skipIf(!root)("when the push is refused", async () => {
    const { fx, gh } = await setup();
    await fs.writeFile(
      path.join(fx.repo.remote, "hooks", "pre-receive"),
      "#!/bin/sh\necho 'Permission to acme/widgets.git denied' >&2\nexit 1\n",
      { mode: 0o755 },
    );
    const r = await run(fx, gh);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/speckit\.push-denied|git push of .* failed/);
    await expectNothingTaken(r, 3);
  });

  it.skipIf(!root)("when GitHub refuses the pull request", async () => {
    const { fx, gh } = await setup({ allowActionsToCreatePullRequests: false });
    const r = await run(fx, gh);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    await expectNothingTaken(r, 3);
  });

  it.skipIf(!root)("when it hangs until the phase times out", async () => {
    const { fx, gh } = await setup();
    const r = await run(fx, gh, { "phase-timeout-minutes": 0.15 }, "hang:tasks");
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/ran longer than 0.15 minute\(s\) in the tasks phase/);
    await expectNothingTaken(r, 3);
  });

  it.skipIf(!root)("when it swaps spec.md for a link to the action's environment", async () => {
    const { fx, gh } = await setup();
    const r = await run(fx, gh, {}, "link-spec");
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /the specify phase did not produce its result: specs\/002-csv-export-monthly\/spec\.md was not written \(or is not a regular file\)/,
    );
    await expectNothingTaken(r, 1);
  });

  it.skipIf(!root)("when the workspace holds a checkout that persisted the token (actions/checkout's default)", async () => {
    const { fx, gh } = await setup();
    const config = path.join(fx.repo.dir, ".git", "config");
    await fs.appendFile(config, `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${HEADER}\n`);
    expect(statSync(config).mode & 0o777).toBe(0o644);
    const r = await run(fx, gh);
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.annotations.some((a) => a.level === "warning" && /holds a token .*persist-credentials: false/.test(a.message))).toBe(true);
    await expectNothingTaken(r, 3);
    const probes = (await jsonLines(path.join(leak, "attempts.jsonl"))).filter((a) => String(a.what).startsWith("probe "));
    expect(probes.length).toBe(3);
    for (const p of probes) expect(p.outcome).toBe("EACCES");
    // Given back its mode once the agent is gone.
    expect(statSync(config).mode & 0o777).toBe(0o644);
  });

  it.skipIf(!root)("the control: with safety-strategy unsafe the same agent does take it (so these tests can fail)", async () => {
    const { fx, gh } = await setup();
    const r = await run(fx, gh, { "safety-strategy": "unsafe" });
    expect(r.stdout).toMatch(/safety-strategy unsafe: the agent runs as this user/);
    expect((await tokenIn(leak, TOKEN)).length).toBeGreaterThan(0);
  });
});
