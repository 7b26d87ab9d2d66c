import { execFileSync } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  agentDumps,
  stillAliveAfter,
  createSpeckitFixture,
  readRemoteFile,
  remoteBranches,
  type SpeckitFixture,
} from "../../../../test/harness/speckit-fixture.js";
import { parseTrailers, trailerValue } from "../commits/trailers.js";
import { hashSpecContents } from "../spec/hash.js";
import { inputHash, runSpeckit, type SpeckitRunOptions } from "./run.js";

let fx: SpeckitFixture | undefined;
afterEach(async () => {
  await fx?.cleanup();
  fx = undefined;
});

/** Run `fn` with a `git` first on PATH that logs each call's arguments; returns its result and the calls. */
async function withGitLog<T extends object>(dir: string, fn: () => Promise<T>): Promise<T & { calls: string[] }> {
  const bin = path.join(dir, "git-log-bin");
  const log = path.join(dir, "git-calls.log");
  const real = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
  await fs.mkdir(bin, { recursive: true });
  await fs.writeFile(path.join(bin, "git"), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${log}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
  await fs.rm(log, { force: true });
  const saved = process.env.PATH;
  process.env.PATH = `${bin}${path.delimiter}${saved}`;
  try {
    const result = await fn();
    const calls = (await fs.readFile(log, "utf8")).split("\n").filter((l) => l !== "");
    return Object.assign(result, { calls });
  } finally {
    process.env.PATH = saved;
  }
}

const SPEC = "Add a dark mode toggle to the settings page so users can switch themes.";

function options(f: SpeckitFixture, over: Partial<SpeckitRunOptions> = {}, mode = ""): SpeckitRunOptions {
  return {
    specText: SPEC,
    repository: "acme/widgets",
    remoteUrl: f.remoteUrl,
    token: "ghs_SECRET_TOKEN_123",
    agent: { input: "codex" },
    agentEnv: ["SCRIPTED_AGENT_MODE", "SCRIPTED_AGENT_DIR"],
    parentEnv: {
      ...process.env,
      PATH: f.path,
      SCRIPTED_AGENT_MODE: mode,
      SCRIPTED_AGENT_DIR: f.agentDir,
      GITHUB_TOKEN: "ghs_SECRET_TOKEN_123",
    },
    phases: ["specify", "plan", "tasks"],
    phaseTimeoutMs: 30_000,
    retries: 0,
    safetyStrategy: "unprivileged-user",
    speckitVersion: "1.0.1",
    pr: { labels: [], draft: false },
    workspaceRoot: f.scratch,
    retentionDays: 7,
    ...over,
  };
}

describe("runSpeckit (real git, bare remote, scripted agent)", () => {
  it("runs specify, plan, tasks and pushes NNN-short-name with the trailers", async () => {
    fx = await createSpeckitFixture();
    const r = await runSpeckit(options(fx, {}, "dump"));
    expect(r.error).toBeUndefined();
    expect(r.record.status).toBe("succeeded");
    expect(r.record.timeline.map((t) => t.status)).toEqual(["queued", "in_progress", "succeeded"]);
    expect(r.record.branch).toBe("002-dark-mode-toggle");
    expect(r.record.phases.map((p) => [p.phase, p.status, p.exitCode])).toEqual([
      ["specify", "succeeded", 0],
      ["plan", "succeeded", 0],
      ["tasks", "succeeded", 0],
    ]);
    expect(r.record.tokens).toBeGreaterThan(0);
    expect(await remoteBranches(fx.repo)).toContain("002-dark-mode-toggle");
    const spec = await readRemoteFile(fx.repo, "002-dark-mode-toggle", "specs/002-dark-mode-toggle/spec.md");
    expect(spec).toMatch(/^# Feature Specification: Add a dark mode toggle/m);
    expect(spec).not.toContain("[NEEDS CLARIFICATION");
    expect(await readRemoteFile(fx.repo, "002-dark-mode-toggle", "specs/002-dark-mode-toggle/tasks.md")).toMatch(/- \[ \] T001 /);
    // Spec Kit's per-checkout pointer is never committed.
    expect(await readRemoteFile(fx.repo, "002-dark-mode-toggle", ".specify/feature.json")).toBeUndefined();
    expect(r.record.speckit).toMatchObject({ generation: 0, integration: "codex", installed: false });
    const message = await fx.repo.git.run(["--git-dir", fx.repo.remote, "log", "-1", "--format=%B", "002-dark-mode-toggle"]);
    expect(message.split("\n")[0]).toBe("docs(spec): 002-dark-mode-toggle");
    const trailers = parseTrailers(message);
    expect(trailerValue(trailers, "Speckit-Run-Id")).toBe(r.record.runId);
    expect(trailerValue(trailers, "Speckit-Input")).toBe(inputHash(SPEC));
    const living = await fs.readFile(path.join(fx.repo.dir, "docs/spec.md"));
    expect(trailerValue(trailers, "Spec-Hash")).toBe(hashSpecContents([{ path: "docs/spec.md", content: living }]).short);
    // The workspace is gone, the artifacts stay.
    expect(r.record.cleanup?.ok).toBe(true);
    await expect(fs.access(r.workspace.repo)).rejects.toThrow();
    await expect(fs.access(r.workspace.home)).rejects.toThrow();
    const run = JSON.parse(await fs.readFile(path.join(r.workspace.artifacts, "run.json"), "utf8"));
    expect(run.status).toBe("succeeded");
    const events = (await fs.readFile(path.join(r.workspace.artifacts, "events.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(events.filter((e) => e.type === "status").map((e) => e.status)).toEqual(["queued", "in_progress", "succeeded"]);
    expect(events.at(-1).type).toBe("cleanup");
    for (const kind of ["stdout_log", "stderr_log", "diff_summary", "commit_status", "environment_info"]) {
      expect(
        run.artifacts.some((a: { kind: string }) => a.kind === kind),
        kind,
      ).toBe(true);
    }
    // The agent: its own user (deleted after the run), HOME is the run's, stdin closed, no token
    // anywhere, only allowed variables.
    expect(r.record.safetyStrategy).toBe("unprivileged-user");
    expect(r.record.agentUser).toMatch(/^specpipe-[0-9a-f]{8}$/);
    expect(await fs.readFile("/etc/passwd", "utf8")).not.toContain(`${r.record.agentUser}:`);
    const dumps = await agentDumps(fx.agentDir);
    expect(dumps).toHaveLength(3);
    for (const d of dumps) {
      expect(d.uid).toBeGreaterThan(0);
      expect(d.uid).not.toBe(process.getuid!());
      expect(d.env.HOME).toBe(r.workspace.home);
      expect(d.cwd).toBe(r.workspace.repo);
      expect(d.stdinIsClosed).toBe(true);
      expect(JSON.stringify(d)).not.toContain("ghs_SECRET_TOKEN_123");
      expect(d.env.GITHUB_TOKEN).toBeUndefined();
      expect(Object.keys(d.env).sort()).toEqual([
        "CI",
        "HOME",
        "LANG",
        "PATH",
        "SCRIPTED_AGENT_DIR",
        "SCRIPTED_AGENT_MODE",
        "SPECIFY_FEATURE",
        "SPECIFY_FEATURE_DIRECTORY",
        "TMPDIR",
      ]);
      expect(d.env.SPECIFY_FEATURE).toBe("002-dark-mode-toggle");
      expect(d.env.SPECIFY_FEATURE_DIRECTORY).toBe("specs/002-dark-mode-toggle");
      expect(d.gitConfig).not.toMatch(/extraheader|SECRET/i);
      // The 0.0.x layout: dotted commands.
      expect(d.argv.at(-1)).toMatch(/^\/speckit\.(specify|plan|tasks)/);
    }
  });

  it("keeps the agent's folders reachable when RUNNER_TEMP is closed to other users, and ours closed to it", async () => {
    fx = await createSpeckitFixture();
    const closed = path.join(fx.scratch, "closed");
    await fs.mkdir(closed, { mode: 0o700 });
    const r = await runSpeckit(options(fx, { workspaceRoot: closed, phases: ["specify"] }, "dump"));
    expect(r.error).toBeUndefined();
    expect(r.record.status).toBe("succeeded");
    const [d] = await agentDumps(fx.agentDir);
    // repo/, home/ and tmp/ went to a folder of their own in the system temp folder; git/ and the
    // artifacts stayed in the closed one.
    expect(d.env.HOME).toMatch(new RegExp(`^${os.tmpdir()}/specpipe-agent-[0-9a-f]{8}-`));
    expect(r.workspace.dir.startsWith(closed)).toBe(true);
    expect(r.workspace.artifacts.startsWith(closed)).toBe(true);
    expect(r.workspace.agentRoot).toBeDefined();
    expect(existsSync(r.workspace.agentRoot!)).toBe(false);
  });

  it("numbers after remote branches too in a Spec Kit 0.0.x repository, and keeps a shell-hostile spec intact", async () => {
    fx = await createSpeckitFixture();
    await fx.repo.git.run(["push", "--quiet", "origin", "HEAD:refs/heads/007-someone-elses-work"]);
    const marker = path.join(fx.scratch, "pwned");
    const evil = `Quote's "double" \`touch ${marker}\` $(touch ${marker}) ; touch ${marker} && echo $HOME | cat\nsecond line\t{prompt} {phase} %s \\n 'unterminated`;
    const r = await runSpeckit(options(fx, { specText: evil, phases: ["specify"] }, "dump"));
    expect(r.record.status).toBe("succeeded");
    expect(r.record.branch).toMatch(/^008-/);
    const [d] = await agentDumps(fx.agentDir);
    expect(d.argv).toEqual(["exec", "--json", "--full-auto", `/speckit.specify ${evil}`]);
    await expect(fs.access(marker)).rejects.toThrow();
  });

  it("ends as no_changes when the agent writes nothing: no push, logs kept", async () => {
    fx = await createSpeckitFixture();
    const r = await runSpeckit(options(fx, {}, "nothing:specify"));
    expect(r.error).toBeUndefined();
    expect(r.record.status).toBe("no_changes");
    expect(r.record.timeline.at(-1)!.reason).toMatch(/wrote nothing in the specify phase/);
    expect(await remoteBranches(fx.repo)).toEqual(["main"]);
    expect(await fs.readFile(path.join(r.workspace.artifacts, "phases/specify-1.stdout.log"), "utf8")).toMatch(/wrote nothing/);
  });

  it("ends as needs_clarification when markers stay in spec.md", async () => {
    fx = await createSpeckitFixture();
    const r = await runSpeckit(options(fx, {}, "markers"));
    expect(r.record.status).toBe("needs_clarification");
    expect(r.record.phases.map((p) => p.status)).toEqual(["succeeded", "pending", "pending"]);
    expect(r.record.timeline.at(-1)!.reason).toMatch(/NEEDS CLARIFICATION.*retention period/);
    expect(await remoteBranches(fx.repo)).toEqual(["main"]);
    // Nothing was pushed, so the drafted spec is kept in the artifacts.
    const draft = await fs.readFile(path.join(r.workspace.artifacts, "spec-draft.md"), "utf8");
    expect(draft).toMatch(/^# Feature Specification: Add a dark mode toggle/m);
    expect(draft).toMatch(/\[NEEDS CLARIFICATION: retention period not specified\]/);
    expect(r.record.artifacts).toContainEqual({ kind: "spec_draft", path: "spec-draft.md" });
  });

  it("the clarify phase answers the markers and the run goes on", async () => {
    fx = await createSpeckitFixture();
    const r = await runSpeckit(options(fx, { phases: ["specify", "clarify", "plan", "tasks"] }, "markers"));
    expect(r.record.status).toBe("succeeded");
    const spec = await readRemoteFile(fx.repo, r.record.branch!, `specs/${r.record.branch}/spec.md`);
    expect(spec).toMatch(/## Clarifications/);
  });

  it("fails with a named error when the agent crashes; retries a crash when asked", async () => {
    fx = await createSpeckitFixture();
    const r = await runSpeckit(options(fx, {}, "crash:plan"));
    expect(r.record.status).toBe("failed");
    expect(r.record.error?.code).toBe("speckit.agent-crashed");
    expect(r.record.error?.message).toMatch(/plan phase.*exit code 3.*simulated crash/);
    expect(r.record.phases.map((p) => p.status)).toEqual(["succeeded", "failed", "pending"]);
    await fx.cleanup();

    fx = await createSpeckitFixture();
    const again = await runSpeckit(options(fx, { retries: 1 }, "crash-once:plan"));
    expect(again.record.status).toBe("succeeded");
    const plan = again.record.phases[1];
    expect(plan.attempt).toBe(2);
    expect(plan.attempts.map((a) => a.exitCode)).toEqual([3, 0]);
    expect(await readRemoteFile(fx.repo, again.record.branch!, "half-written.tmp")).toBeUndefined();
    const events = (await fs.readFile(path.join(again.workspace.artifacts, "events.jsonl"), "utf8"))
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(events.some((e) => e.phase === "plan" && e.status === "retrying")).toBe(true);
  });

  it("kills the agent's whole process group on timeout", async () => {
    fx = await createSpeckitFixture();
    const r = await runSpeckit(options(fx, { phaseTimeoutMs: 1500 }, "hang:specify"));
    expect(r.record.status).toBe("failed");
    expect(r.record.error?.code).toBe("speckit.agent-timeout");
    expect(r.record.phases[0].attempts[0].timedOut).toBe(true);
    const pids = JSON.parse(await fs.readFile(path.join(fx.agentDir, "hang-pids.json"), "utf8"));
    expect(await stillAliveAfter(pids.agent)).toBe(false);
    expect(await stillAliveAfter(pids.grandchild)).toBe(false);
  });

  it("names the missing agent executable, a command the repository lacks, and Spec Kit it cannot install", async () => {
    fx = await createSpeckitFixture();
    const r = await runSpeckit(options(fx, { agent: { input: "claude" }, parentEnv: { PATH: "/usr/bin:/bin" } }));
    expect(r.record.error?.code).toBe("speckit.agent-missing");
    expect(r.record.error?.hint).toMatch(/@anthropic-ai\/claude-code/);
    // The 0.0.x fixture has Claude's and Codex's commands, not Gemini's.
    const g = await runSpeckit(options(fx, { agent: { input: "gemini" } }));
    expect(g.record.error).toMatchObject({ code: "speckit.command-missing" });
    expect(g.record.error?.message).toMatch(/no specify command for gemini: \.gemini\/commands\/speckit\.specify\.toml is missing/);
    expect(g.record.error?.hint).toMatch(/specify init --here --force --integration gemini --script sh/);
    await fx.cleanup();
    fx = await createSpeckitFixture({ withoutSpecify: true });
    // No specify, uvx or pipx on the PATH the installer gets: one error with the commands to run.
    const bin = path.join(fx.scratch, "only-node");
    await fs.mkdir(bin);
    await fs.symlink(process.execPath, path.join(bin, "node"));
    const r2 = await runSpeckit(options(fx, { parentEnv: { PATH: `${fx.bin}:${bin}` } }));
    expect(r2.record.error?.code).toBe("speckit.not-initialised");
    expect(r2.record.error?.message).toMatch(/none of specify, uvx or pipx is on PATH/);
    expect(r2.record.error?.hint).toContain(
      "`uvx --from specify-cli==1.0.1 specify init --here --force --integration codex --script sh --ignore-agent-tools` or `pipx run --spec specify-cli==1.0.1 specify init --here --force --integration codex --script sh --ignore-agent-tools`",
    );
    expect(r2.record.error?.hint).not.toMatch(/--ai/);
  });

  it("names a refused push and which permission is missing", async () => {
    fx = await createSpeckitFixture();
    const hook = path.join(fx.repo.remote, "hooks", "pre-receive");
    await fs.writeFile(hook, "#!/bin/sh\necho 'Permission to acme/widgets.git denied to github-actions[bot].' >&2\nexit 1\n", {
      mode: 0o755,
    });
    const r = await runSpeckit(options(fx));
    expect(r.record.status).toBe("failed");
    expect(r.record.error?.code).toBe("speckit.push-denied");
    expect(r.record.error?.hint).toMatch(/contents: write/);
    expect(r.record.error?.message).toMatch(/denied to github-actions/);
  });

  it("names a clone that fails", async () => {
    fx = await createSpeckitFixture();
    const r = await runSpeckit(options(fx, { remoteUrl: `file://${path.join(fx.serverRoot, "acme", "missing.git")}` }));
    expect(r.record.error?.code).toBe("speckit.clone-denied");
    expect(r.record.error?.hint).toMatch(/contents: read/);
  });

  it("resumes a failed run from the first phase whose product is missing", async () => {
    fx = await createSpeckitFixture();
    const first = await runSpeckit(options(fx, {}, "crash:tasks"));
    expect(first.record.status).toBe("failed");
    expect(await remoteBranches(fx.repo)).toContain(first.record.branch);
    const second = await runSpeckit(options(fx, {}, "dump"));
    expect(second.record.status).toBe("succeeded");
    expect(second.record.branch).toBe(first.record.branch);
    expect(second.record.resumedFrom).toBe("tasks");
    expect(second.record.phases.map((p) => p.status)).toEqual(["skipped", "skipped", "succeeded"]);
    // The crashed phase's half-written file was never pushed.
    expect(await readRemoteFile(fx.repo, first.record.branch!, "half-written.tmp")).toBeUndefined();
    expect((await agentDumps(fx.agentDir)).map((d) => d.file)).toEqual(["tasks-1.json"]);
    const third = await runSpeckit(options(fx));
    expect(third.record.status).toBe("no_changes");
    expect(third.record.branch).toBe(first.record.branch);
  });

  it("among branches sharing a short name, resumes the one its own request made", async () => {
    fx = await createSpeckitFixture();
    const other = `${SPEC} Also on the admin pages.`;
    const a = await runSpeckit(options(fx, {}, "crash:tasks"));
    const b = await runSpeckit(options(fx, { specText: other }, "crash:tasks"));
    const c = await runSpeckit(options(fx, { specText: `${SPEC} And in the mobile app.` }));
    expect([a.record.branch, b.record.branch, c.record.branch]).toEqual([
      "002-dark-mode-toggle",
      "003-dark-mode-toggle",
      "004-dark-mode-toggle",
    ]);
    // The second request again: its branch (not the first one found) is resumed, and finding it
    // takes one fetch for all three candidates (a git on PATH that logs its arguments).
    const again = await withGitLog(fx.scratch, () => runSpeckit(options(fx!, { specText: other })));
    expect(again.calls.filter((c) => / fetch /.test(` ${c} `))).toHaveLength(1);
    expect(again.calls.filter((c) => c.startsWith("log "))).toEqual([]);
    expect(again.calls.find((c) => / fetch /.test(` ${c} `))).toMatch(/002-dark-mode-toggle.*003-dark-mode-toggle.*004-dark-mode-toggle/);
    expect(again.record.branch).toBe("003-dark-mode-toggle");
    expect(again.record.resumedFrom).toBe("tasks");
    expect(again.record.status).toBe("succeeded");
    // A new request with the same short name gets the next number.
    const fresh = await runSpeckit(options(fx, { specText: `${SPEC} Then for printing.` }));
    expect(fresh.record.branch).toBe("005-dark-mode-toggle");
    expect(fresh.record.resumedFrom).toBeUndefined();
    // An explicit branch name resumes that branch whatever request made it.
    const named = await runSpeckit(options(fx, { specText: "Something else entirely", branchName: "002-dark-mode-toggle" }));
    expect(named.record.branch).toBe("002-dark-mode-toggle");
    expect(named.record.resumedFrom).toBe("tasks");
  });

  it("takes the agent from .specpipe/config.yml or SPECPIPE_AGENT (FR-010)", async () => {
    fx = await createSpeckitFixture({ files: { ".specpipe/config.yml": "speckit:\n  agent: claude\n" } });
    const r = await runSpeckit(options(fx, { agent: {} }, "dump"));
    expect(r.record.agent).toMatchObject({ name: "claude", source: ".specpipe/config.yml" });
    expect(r.record.costUsd).toBeGreaterThan(0);
    const d = (await agentDumps(fx.agentDir)).find((x) => x.file === "specify-1.json");
    expect(d!.argv).toEqual(["-p", `/speckit.specify ${SPEC}`, "--output-format", "json", "--permission-mode", "bypassPermissions"]);
    const r2 = await runSpeckit(options(fx, { agent: { env: "codex" }, specText: "Export reports as CSV files" }));
    expect(r2.record.agent).toMatchObject({ name: "codex", source: "SPECPIPE_AGENT" });
    expect(r2.record.status).toBe("succeeded");
  });

  it("stops and cleans up when cancelled", async () => {
    fx = await createSpeckitFixture();
    const controller = new AbortController();
    const pending = runSpeckit(options(fx, { signal: controller.signal }, "hang:plan"));
    const pidsFile = path.join(fx.agentDir, "hang-pids.json");
    for (
      let i = 0;
      i < 200 &&
      !(await fs.access(pidsFile).then(
        () => true,
        () => false,
      ));
      i++
    )
      await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    const r = await pending;
    expect(r.record.status).toBe("cancelled");
    expect(r.record.cleanup?.ok).toBe(true);
    const pids = JSON.parse(await fs.readFile(pidsFile, "utf8"));
    expect(await stillAliveAfter(pids.grandchild)).toBe(false);
  });
});
