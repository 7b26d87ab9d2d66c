import { spawn } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GitHubServer } from "../../../test/harness/github-server.js";
import { runAction, type RunActionOptions } from "../../../test/harness/run-action.js";
import {
  agentDumps,
  EXAMPLE_AGENT,
  readRemoteFile,
  remoteBranches,
  stillAliveAfter,
  type SpeckitFixture,
} from "../../../test/harness/speckit-fixture.js";
import { assertSpeckitBundle, runnerEnv, speckitWorlds } from "../../../test/harness/speckit-run-world.js";
import { RunRecorder } from "@specpipe/core/speckit/record";
import { openSandbox } from "@specpipe/core/speckit/sandbox";
import { createWorkspace } from "@specpipe/core/speckit/workspace";

const TOKEN = "ghs_actionTOKEN0123456789";
const worlds = speckitWorlds(TOKEN);

beforeAll(() => assertSpeckitBundle({ post: true }));

function setup(files?: Record<string, string>) {
  return worlds.setup({ files });
}

function run(
  f: SpeckitFixture,
  server: GitHubServer,
  inputs: RunActionOptions["inputs"],
  extra: Partial<RunActionOptions> = {},
  mode = "dump",
) {
  return runAction("speckit-run", {
    cwd: f.repo.dir,
    inputs: { token: TOKEN, agent: "codex", "agent-env": "SCRIPTED_AGENT_MODE\nSCRIPTED_AGENT_DIR", "retention-days": 7, ...inputs },
    eventName: "workflow_dispatch",
    ...extra,
    env: {
      ...runnerEnv(f, server, TOKEN),
      SCRIPTED_AGENT_MODE: mode,
      SCRIPTED_AGENT_DIR: f.agentDir,
      ...extra.env,
    },
  });
}

async function runRecord(dir: string) {
  return JSON.parse(await fs.readFile(path.join(dir, "run.json"), "utf8"));
}

describe("speckit-run action (bundle, real git, local GitHub server)", () => {
  it("turns spec text into a pushed branch and a labelled pull request", async () => {
    const { fx, gh, repo } = await setup();
    const r = await run(fx, gh, { spec: "Add CSV export to the monthly reports page", labels: "spec, automated" });
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ status: "succeeded", branch: "002-csv-export-monthly", "pr-number": "1" });
    expect(r.outputs["run-id"]).toMatch(/^sr-\d{8}T\d{6}Z-[0-9a-f]{8}$/);
    expect(r.outputs["pr-url"]).toMatch(/\/acme\/widgets\/pull\/1$/);
    expect(Number(r.outputs.tokens)).toBeGreaterThan(0);
    expect(r.masks).toContain(TOKEN);
    const pull = repo.pull(1)!;
    expect(pull.pull).toMatchObject({ head: "002-csv-export-monthly", base: "main", draft: false });
    expect(pull.labels).toEqual(["spec", "automated"]);
    expect(await remoteBranches(fx.repo)).toContain("002-csv-export-monthly");
    // Artifacts: run.json and events.jsonl, the phase logs; the workspace itself is gone.
    const dir = r.outputs["artifacts-dir"];
    const record = await runRecord(dir);
    expect(record.timeline.map((t: { status: string }) => t.status)).toEqual(["queued", "in_progress", "succeeded"]);
    expect(record.cleanup).toMatchObject({ ok: true, by: "main" });
    expect(record.agent).toMatchObject({ name: "codex", source: "input agent", version: "scripted-agent 0.0.1 (test fixture)" });
    for (const p of record.phases) {
      expect(await fs.readFile(path.join(dir, p.stdoutLog), "utf8")).toMatch(/turn\.completed/);
    }
    expect(existsSync(path.join(path.dirname(dir), "repo"))).toBe(false);
    expect(existsSync(path.join(path.dirname(dir), "home"))).toBe(false);
    expect(r.summary).toMatch(/speckit-run: succeeded/);
    expect(r.summary).toMatch(/\| tasks \| succeeded \| 1 \| 0 \|/);
    // The token reached no agent: not in its environment, argv or the clone's .git/config.
    const dumps = await agentDumps(fx.agentDir);
    expect(dumps).toHaveLength(3);
    for (const d of dumps) expect(JSON.stringify(d)).not.toContain(TOKEN);
    // The post step has nothing left to do.
    const post = await run(
      fx,
      gh,
      {},
      { entry: "post/index.js", env: { STATE_workspace: r.state.workspace, STATE_cleaned: r.state.cleaned } },
    );
    expect(post.exitCode).toBe(0);
    expect(post.stdout).toMatch(/already removed the workspace/);
  });

  it("from an issue: checks permission, edits one progress comment, and a rerun updates the same pull request", async () => {
    const { fx, gh, repo } = await setup();
    const issue = repo.addIssue({
      title: "Feature request",
      body: "# Team calendar sync\n\nSync the team calendar with Google Calendar every hour.",
    });
    repo.setPermission("maintainer-mia", "maintain");
    const event = { action: "labeled", issue: { number: issue.number, body: issue.body }, sender: { login: "maintainer-mia" } };
    const first = await run(fx, gh, { phases: "specify, plan" }, { eventName: "issues", event });
    expect(first.exitCode, first.stdout + first.stderr).toBe(0);
    expect(first.outputs).toMatchObject({ status: "succeeded", branch: "002-team-calendar-sync", "pr-number": "2" });
    expect(gh.requestsTo("GET", /\/collaborators\/maintainer-mia\/permission$/)).toHaveLength(1);
    expect(repo.commentsOf(issue.number)).toHaveLength(1);
    expect(gh.requestsTo("PATCH", /\/issues\/comments\/\d+$/).length).toBeGreaterThan(0);
    expect(repo.commentsOf(issue.number)[0].body).toMatch(/- \[x\] `specify` \(\d+\.\d s\)\n- \[x\] `plan`/);

    const second = await run(fx, gh, { phases: "specify, plan, tasks", title: "Calendar sync spec" }, { eventName: "issues", event });
    expect(second.exitCode, second.stdout + second.stderr).toBe(0);
    expect(second.outputs).toMatchObject({ status: "succeeded", branch: "002-team-calendar-sync", "pr-number": "2" });
    const record = await runRecord(second.outputs["artifacts-dir"]);
    expect(record.resumedFrom).toBe("tasks");
    expect(record.phases.map((p: { status: string }) => p.status)).toEqual(["skipped", "skipped", "succeeded"]);
    expect(record.pr).toMatchObject({ number: 2, created: false });
    expect(repo.pulls()).toHaveLength(1);
    expect(repo.pull(2)!.title).toBe("Calendar sync spec");
    expect(gh.requestsTo("POST", /\/pulls$/).map((q) => q.status)).toEqual([201, 422]);
    const comments = repo.commentsOf(issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toMatch(/- \[x\] `tasks` \(\d+\.\d s\)/);
    expect(comments[0].body).toMatch(/succeeded/);
    expect(await readRemoteFile(fx.repo, "002-team-calendar-sync", "specs/002-team-calendar-sync/tasks.md")).toMatch(/T001/);
  });

  it("refuses a trigger without write permission, and fails closed when the check errs", async () => {
    const { fx, gh, repo } = await setup();
    const issue = repo.addIssue({ title: "x", body: "Add a login page" });
    repo.setPermission("reader-rui", "read");
    const denied = await run(
      fx,
      gh,
      {},
      {
        eventName: "issue_comment",
        event: { issue: { number: issue.number, body: issue.body }, comment: { user: { login: "reader-rui" } } },
      },
    );
    expect(denied.exitCode).toBe(1);
    expect(denied.outputs.status).toBe("failed");
    expect(denied.stdout).toMatch(/reader-rui has read permission on acme\/widgets.*needs write, maintain or admin/);
    expect(await agentDumps(fx.agentDir)).toEqual([]);
    expect(repo.commentsOf(issue.number)).toHaveLength(0);
    gh.state.deleteUser("ghost");
    const closed = await run(
      fx,
      gh,
      {},
      { eventName: "issues", event: { issue: { number: issue.number, body: issue.body }, sender: { login: "ghost" } } },
    );
    expect(closed.exitCode).toBe(1);
    expect((await runRecord(closed.outputs["artifacts-dir"])).error.code).toMatch(/^speckit\.permission-/);
    expect(await remoteBranches(fx.repo)).toEqual(["main"]);
  });

  it("passes a shell-hostile spec to a command agent as one argument, harming nothing", async () => {
    const { fx, gh } = await setup();
    const canary = path.join(fx.scratch, "canary");
    const spec = `Support "quoted" & 'single' text; $(touch ${canary}) \`touch ${canary}\` | rm -rf / > /dev/null\nline two: $HOME %PATH% {phase} \\ end`;
    const r = await run(fx, gh, {
      spec,
      agent: "command",
      "agent-command": `${process.execPath} ${path.join(fx.bin, "codex")} --phase {phase} --feature-dir {feature_dir} -- {prompt}`,
      phases: "specify",
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe("succeeded");
    const [d] = await agentDumps(fx.agentDir);
    // The example repository is a Spec Kit 0.0.x layout: dotted commands.
    expect(d.argv).toEqual(["--phase", "specify", "--feature-dir", `specs/${r.outputs.branch}`, "--", `/speckit.specify ${spec}`]);
    expect(existsSync(canary)).toBe(false);
  });

  it("names a missing agent executable with its install command", async () => {
    const { fx, gh } = await setup();
    const missing = await run(fx, gh, { spec: "Add a thing", agent: "claude" }, { env: { PATH: "/usr/bin:/bin" } });
    expect(missing.exitCode).toBe(1);
    expect(missing.outputs.status).toBe("failed");
    expect(missing.stdout).toMatch(/the agent executable "claude".*was not found.*Fix: install Claude Code/);
  });

  it("names the setting when GitHub Actions may not create pull requests; the rerun after the fix opens it", async () => {
    const { fx, gh, repo } = await worlds.setup({}, { allowActionsToCreatePullRequests: false });
    const spec = "Add audit logging for admin actions";
    const forbidden = await run(fx, gh, { spec });
    expect(forbidden.exitCode).toBe(1);
    expect(forbidden.outputs.status).toBe("failed");
    expect(forbidden.stdout).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    // The branch was pushed before GitHub refused the pull request.
    const branch = forbidden.outputs.branch;
    expect(await remoteBranches(fx.repo)).toContain(branch);
    const tip = (await fx.repo.git.run(["--git-dir", fx.repo.remote, "rev-parse", branch])).trim();
    // The user turns the setting on and reruns: every product is on the branch, the pull request is opened.
    gh.options.allowActionsToCreatePullRequests = true;
    const rerun = await run(fx, gh, { spec, labels: "spec" });
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(rerun.outputs).toMatchObject({ status: "succeeded", branch, "pr-number": "1" });
    expect(rerun.outputs["pr-url"]).toMatch(/\/acme\/widgets\/pull\/1$/);
    expect((await runRecord(rerun.outputs["artifacts-dir"])).phases.map((p: { status: string }) => p.status)).toEqual([
      "skipped",
      "skipped",
      "skipped",
    ]);
    expect(repo.pull(1)!.pull).toMatchObject({ head: branch, base: "main" });
    expect(repo.pull(1)!.labels).toEqual(["spec"]);
    // A plain rerun adds nothing, and still reports the open pull request.
    const again = await run(fx, gh, { spec });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({ status: "no_changes", branch, "pr-number": "1" });
    expect(again.outputs["pr-url"]).toBe(rerun.outputs["pr-url"]);
    expect(again.annotations.find((a) => a.level === "notice")?.message).toMatch(/already on the branch; pull request #1 is open/);
    expect(repo.pulls()).toHaveLength(1);
    expect((await fx.repo.git.run(["--git-dir", fx.repo.remote, "rev-parse", branch])).trim()).toBe(tip);
  });

  it("reports no_changes when the agent writes nothing: no push, no pull request", async () => {
    const { fx, gh, repo } = await setup();
    const r = await run(fx, gh, { spec: "Add a thing" }, {}, "nothing:specify");
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe("no_changes");
    expect(r.outputs["pr-url"]).toBe("");
    expect(r.annotations.some((a) => a.level === "notice" && /wrote nothing/.test(a.message))).toBe(true);
    expect(repo.pulls()).toHaveLength(0);
    expect(await remoteBranches(fx.repo)).toEqual(["main"]);
  });

  it("stops at clarification markers with a warning, and names a repository without .specify/", async () => {
    const { fx, gh, repo } = await setup();
    const r = await run(fx, gh, { spec: "Keep audit logs" }, {}, "markers");
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe("needs_clarification");
    expect(r.annotations.find((a) => a.level === "warning")?.message).toMatch(
      /\[NEEDS CLARIFICATION\] marker.*retention period not specified/,
    );
    expect(repo.pulls()).toHaveLength(0);
    expect(await remoteBranches(fx.repo)).toEqual(["main"]);
    // Nothing was pushed: the drafted spec is in the artifacts.
    expect(await fs.readFile(path.join(r.outputs["artifacts-dir"], "spec-draft.md"), "utf8")).toMatch(
      /NEEDS CLARIFICATION: retention period/,
    );
    await fx.repo.remove(".specify");
    await fx.repo.commit("chore: drop spec kit");
    await fx.repo.push();
    const bare = await run(fx, gh, { spec: "Keep audit logs" });
    expect(bare.exitCode).toBe(1);
    expect(bare.stdout).toMatch(
      /has no \.specify\/ folder: Spec Kit is not installed there, and none of specify, uvx or pipx is on PATH to install it\. Fix: .*`uvx --from specify-cli==1\.0\.1 specify init --here --force --integration codex --script sh --ignore-agent-tools`/,
    );
  });

  it("keeps every path input inside the workspace, and refuses an unknown safety strategy", async () => {
    const { fx, gh } = await setup();
    await fx.repo.write("request.md", "Add a thing");
    await fs.symlink("/etc/passwd", path.join(fx.repo.dir, "linked.md"));
    for (const [inputs, message] of [
      [{ "spec-file": "../../../../etc/passwd" }, /spec-file "..\/..\/..\/..\/etc\/passwd" is outside the workspace/],
      [{ "spec-file": "linked.md" }, /spec-file "linked.md" is a symlink/],
      [{ spec: "Add a thing", "artifacts-dir": "/tmp/elsewhere" }, /artifacts-dir "\/tmp\/elsewhere" is outside the workspace/],
      [{ spec: "Add a thing", "safety-strategy": "yolo" }, /unknown safety-strategy "yolo".*Fix: use unprivileged-user or unsafe/],
      [{ spec: "Add a thing", "speckit-version": "1.0.1 --index-url x" }, /speckit-version "1.0.1 --index-url x" is not a version/],
    ] as const) {
      const r = await run(fx, gh, inputs);
      expect(r.exitCode, JSON.stringify(inputs)).toBe(1);
      expect(r.stdout).toMatch(message);
    }
    expect(await agentDumps(fx.agentDir)).toEqual([]);
    expect(await remoteBranches(fx.repo)).toEqual(["main"]);
    // Inside the workspace, both work.
    const ok = await run(fx, gh, { "spec-file": "request.md", "artifacts-dir": "out/speckit", phases: "specify" });
    expect(ok.exitCode, ok.stdout).toBe(0);
    expect(ok.outputs["artifacts-dir"]).toBe(path.join(fx.repo.dir, "out/speckit"));
    expect(existsSync(path.join(fx.repo.dir, "out/speckit/run.json"))).toBe(true);
  });

  it("in Actions uploads the artifacts with the retention given (and warns, not fails, when the upload is refused)", async () => {
    const { fx, gh } = await setup();
    const created: { name: string; expires_at: string }[] = [];
    const results = http.createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        if (req.url?.endsWith(".ArtifactService/CreateArtifact")) created.push(JSON.parse(body));
        res.writeHead(400, { "content-type": "application/json" });
        res.end(JSON.stringify({ code: "invalid_argument", msg: "the test refuses uploads" }));
      });
    });
    await new Promise<void>((resolve) => results.listen(0, "127.0.0.1", resolve));
    const port = (results.address() as AddressInfo).port;
    const claims = Buffer.from(
      JSON.stringify({ scp: "Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774" }),
    ).toString("base64url");
    try {
      const r = await run(
        fx,
        gh,
        { spec: "Add a thing", phases: "specify", "retention-days": 3 },
        {
          env: {
            ACTIONS_RUNTIME_TOKEN: `eyJhbGciOiJIUzI1NiJ9.${claims}.sig`,
            ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`,
            // github.com (the artifact service refuses other hosts as GHES); git is sent to the bare remote.
            GITHUB_SERVER_URL: "https://github.com",
            GIT_CONFIG_COUNT: "1",
            GIT_CONFIG_KEY_0: `url.${fx.serverUrl}/.insteadOf`,
            GIT_CONFIG_VALUE_0: "https://github.com/",
          },
        },
      );
      expect(r.exitCode).toBe(0);
      expect(r.outputs.status).toBe("succeeded");
      expect(created).toHaveLength(1);
      expect(created[0].name).toBe(`speckit-run-${r.outputs["run-id"]}`);
      const days = (Date.parse(created[0].expires_at) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(2.9);
      expect(days).toBeLessThan(3.1);
      expect(
        r.annotations.some((a) => a.level === "warning" && /artifacts were not uploaded.*actions\/upload-artifact/.test(a.message)),
      ).toBe(true);
    } finally {
      results.close();
    }
  });

  it("on SIGTERM stops the agent's process group, cleans up and records cancelled", async () => {
    const { fx, gh } = await setup();
    const r = await run(fx, gh, { spec: "Add a slow feature", "phase-timeout-minutes": 5 }, { killAfterMs: 2500 }, "hang:specify");
    expect(r.outputs.status).toBe("cancelled");
    expect(r.exitCode).toBe(1);
    const record = await runRecord(r.outputs["artifacts-dir"]);
    expect(record.timeline.at(-1).status).toBe("cancelled");
    expect(record.cleanup).toMatchObject({ ok: true, by: "main" });
    const pids = JSON.parse(await fs.readFile(path.join(fx.agentDir, "hang-pids.json"), "utf8"));
    expect(await stillAliveAfter(pids.agent)).toBe(false);
    expect(await stillAliveAfter(pids.grandchild)).toBe(false);
  });

  it("the post step cleans up after a main step that was killed outright: the agent's processes, its user, the workspace", async () => {
    const { fx, gh } = await setup();
    const ws = await createWorkspace(fx.scratch, "sr-20260101T000000Z-deadbeef", undefined, true);
    await fs.mkdir(ws.repo);
    await fs.writeFile(path.join(ws.home, ".credentials"), "secret");
    const rec = await RunRecorder.create(ws.artifacts, {
      schema: "specpipe/speckit-run@1",
      runId: ws.runId,
      repository: "acme/widgets",
      status: "in_progress",
      timeline: [{ status: "in_progress", at: new Date().toISOString() }],
      agent: { name: "codex", source: "default" },
      phases: [],
      artifacts: [],
      retentionDays: 7,
      warnings: [],
    });
    await rec.save();
    // A main step killed while its agent ran: the agent's user and a process of it are still there.
    let user: string | undefined;
    let leftover: number | undefined;
    if (process.getuid?.() === 0) {
      const sandbox = await openSandbox("unprivileged-user", ws.runId, ws.home);
      user = sandbox.user!.name;
      const cmd = sandbox.wrap("/bin/sleep", ["120"], "/usr/bin:/bin");
      const child = spawn(cmd.file, cmd.args, { stdio: "ignore", detached: true });
      child.unref();
      leftover = child.pid;
      expect(await stillAliveAfter(leftover!, 100)).toBe(true);
    }
    const post = await run(
      fx,
      gh,
      {},
      { entry: "post/index.js", env: { STATE_workspace: JSON.stringify(ws), ...(user ? { "STATE_agent-user": user } : {}) } },
    );
    expect(post.exitCode).toBe(0);
    expect(existsSync(ws.repo)).toBe(false);
    expect(existsSync(ws.home)).toBe(false);
    const record = await runRecord(ws.artifacts);
    expect(record.status).toBe("cancelled");
    expect(record.cleanup).toMatchObject({ ok: true, by: "post" });
    expect(record.cleanup.removed).toContain(ws.home);
    if (user) {
      expect(post.stdout).toContain(`user ${user} deleted`);
      expect(await stillAliveAfter(leftover!)).toBe(false);
      expect(await fs.readFile("/etc/passwd", "utf8")).not.toContain(`${user}:`);
    }
  });

  it("runs the example agent (not a real model) end to end", async () => {
    const { fx, gh } = await setup();
    const r = await run(fx, gh, {
      spec: "Show weekly usage statistics on the dashboard",
      agent: "command",
      "agent-command": `${process.execPath} ${EXAMPLE_AGENT} --output-format json -p {prompt}`,
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ status: "succeeded", branch: "002-show-weekly-usage" });
    expect(Number(r.outputs.cost)).toBeGreaterThan(0);
  });
});
