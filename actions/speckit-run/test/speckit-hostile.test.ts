import { existsSync, promises as fs, statSync } from "node:fs";
import * as path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer } from "../../../test/harness/github-server.js";
import { runAction, REPO_ROOT, type ActionResult, type RunActionOptions } from "../../../test/harness/run-action.js";
import { createSpeckitFixture, remoteBranches, stillAliveAfter, type SpeckitFixture } from "../../../test/harness/speckit-fixture.js";

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
const HEADER = Buffer.from(`x-access-token:${TOKEN}`).toString("base64");
const root = process.getuid?.() === 0;
const why = root ? "" : " (skipped: these tests make throwaway users, which needs root; CI runs as root)";
let fx: SpeckitFixture | undefined;
let gh: GitHubServer | undefined;
let leak = "";

beforeAll(() => {
  if (!existsSync(path.join(REPO_ROOT, "dist/speckit-run/index.js")))
    throw new Error("build the bundle first: npm run build -- --no-check speckit-run");
});

afterEach(async () => {
  // The unsafe control leaves its daemons alive (that is the point of it): end them here.
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
  await fx?.cleanup();
  await gh?.close();
  fx = undefined;
  gh = undefined;
});

async function setup(options: { allowActionsToCreatePullRequests?: boolean } = {}) {
  fx = await createSpeckitFixture({ agent: "hostile" });
  leak = path.join(fx.repo.root, "leak");
  await fs.mkdir(leak);
  await fs.chmod(leak, 0o777);
  gh = await startGitHubServer({ token: TOKEN, ...options });
  const repo = gh.state.addRepo({ owner: "acme", name: "widgets" });
  return { fx, gh, repo };
}

function run(f: SpeckitFixture, server: GitHubServer, inputs: RunActionOptions["inputs"] = {}, mode = ""): Promise<ActionResult> {
  return runAction("speckit-run", {
    cwd: f.repo.dir,
    inputs: {
      spec: "Add CSV export to the monthly reports page",
      token: TOKEN,
      agent: "claude",
      "agent-env": "HOSTILE_LEAK_DIR\nHOSTILE_MODE\nHOSTILE_SCOPE\nHOSTILE_PROBE",
      retries: 0,
      labels: "spec",
      ...inputs,
    },
    eventName: "workflow_dispatch",
    env: {
      PATH: f.path,
      GITHUB_SERVER_URL: f.serverUrl,
      GITHUB_API_URL: server.url,
      GITHUB_REPOSITORY: "acme/widgets",
      GITHUB_TOKEN: TOKEN,
      RUNNER_TEMP: f.scratch,
      HOSTILE_LEAK_DIR: leak,
      HOSTILE_MODE: mode,
      HOSTILE_SCOPE: String(process.pid),
      HOSTILE_PROBE: path.join(f.repo.dir, ".git", "config"),
    },
  });
}

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** Where the token is, in a folder's files (the token itself, or the basic auth header git gets). */
async function tokenIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const f of await files(dir)) {
    const text = (await fs.readFile(f)).toString("latin1");
    if (text.includes(TOKEN) || text.includes(HEADER)) found.push(path.relative(dir, f));
  }
  return found;
}

async function lines(file: string): Promise<Record<string, unknown>[]> {
  return (await fs.readFile(file, "utf8").catch(() => ""))
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The token reached nothing the agent had, in this run, whatever its outcome. */
async function expectNothingTaken(r: ActionResult, phasesAttacked: number) {
  expect(await tokenIn(leak)).toEqual([]);
  expect(await tokenIn(r.outputs["artifacts-dir"])).toEqual([]);
  // The attacks ran (so the test could have failed): the agent read /proc, its daemons ticked.
  const reads = await lines(path.join(leak, "reads.jsonl"));
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
  const attempts = await lines(path.join(leak, "attempts.jsonl"));
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
    const probes = (await lines(path.join(leak, "attempts.jsonl"))).filter((a) => String(a.what).startsWith("probe "));
    expect(probes.length).toBe(3);
    for (const p of probes) expect(p.outcome).toBe("EACCES");
    // Given back its mode once the agent is gone.
    expect(statSync(config).mode & 0o777).toBe(0o644);
  });

  it.skipIf(!root)("the control: with safety-strategy unsafe the same agent does take it (so these tests can fail)", async () => {
    const { fx, gh } = await setup();
    const r = await run(fx, gh, { "safety-strategy": "unsafe" });
    expect(r.stdout).toMatch(/safety-strategy unsafe: the agent runs as this user/);
    expect((await tokenIn(leak)).length).toBeGreaterThan(0);
  });
});
