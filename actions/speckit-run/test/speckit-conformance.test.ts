import { promises as fs } from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GitHubServer } from "../../../test/harness/github-server.js";
import { runAction, type ActionResult } from "../../../test/harness/run-action.js";
import {
  commitsAhead,
  readRemoteFile,
  remoteTree,
  SNAPSHOT_TREES,
  SNAPSHOT_VERSION,
  snapshotTree,
  speckitAgentCalls,
  speckitSnapshots,
  type SpeckitFixture,
  type SpeckitFixtureOptions,
} from "../../../test/harness/speckit-fixture.js";
import { assertSpeckitBundle, runnerEnv, speckitWorlds } from "../../../test/harness/speckit-run-world.js";

/**
 * speckit-run on Spec Kit as `specify init` really installs it (../shared/speckit, through
 * SPECKIT_SNAPSHOTS) and on the Spec Kit 0.0.x layout, with a test agent that does only what the
 * installed command file prescribes (test/fixtures/speckit/speckit-agent.mjs): it refuses a command
 * the repository does not have and runs Spec Kit's own scripts with the environment Spec Kit
 * documents. Done when each run ends in one pushed branch holding spec.md, plan.md and tasks.md in
 * one specs/NNN-* folder and one open pull request, and a rerun adds nothing.
 */
const TOKEN = "ghs_conformanceTOKEN0123456789";
const SPEC = "Add CSV export to the monthly reports page";
const snapshots = speckitSnapshots();
const skipReason = snapshots.root ? "" : ` (${snapshots.reason})`;
const worlds = speckitWorlds(TOKEN);

beforeAll(() => assertSpeckitBundle());

async function setup(options: SpeckitFixtureOptions) {
  const world = await worlds.setup({ agent: "speckit", ...options });
  return { ...world, log: path.join(world.fx.agentDir, "calls.jsonl") };
}

function run(f: SpeckitFixture, server: GitHubServer, agent: string, env: NodeJS.ProcessEnv = {}): Promise<ActionResult> {
  return runAction("speckit-run", {
    cwd: f.repo.dir,
    inputs: { spec: SPEC, token: TOKEN, agent, "agent-env": "SPECKIT_AGENT_LOG\nSPECKIT_AGENT_MODE", labels: "spec" },
    eventName: "workflow_dispatch",
    env: {
      ...runnerEnv(f, server, TOKEN),
      SPECKIT_AGENT_LOG: path.join(f.agentDir, "calls.jsonl"),
      SPECKIT_AGENT_MODE: "",
      ...env,
    },
  });
}

const show = (r: ActionResult) => `${r.stdout}\n${r.stderr}`;

/** The branch holds spec.md, plan.md and tasks.md in one new specs/ folder, in one commit; no feature.json. */
async function expectOneFeature(f: SpeckitFixture, branch: string, folder: string) {
  const files = await remoteTree(f.repo, branch);
  const features = new Set(files.map((x) => /^specs\/([^/]+)\//.exec(x.path)?.[1]).filter((d) => d && d !== "001-greeting-banner"));
  expect([...features]).toEqual([folder]);
  for (const product of ["spec.md", "plan.md", "tasks.md"]) expect(files.map((x) => x.path)).toContain(`specs/${folder}/${product}`);
  expect(files.map((x) => x.path)).not.toContain(".specify/feature.json");
  expect(await commitsAhead(f.repo, branch)).toBe(1);
  expect(await readRemoteFile(f.repo, branch, `specs/${folder}/spec.md`)).toMatch(
    /^# Feature Specification: Add CSV export to the monthly reports page/m,
  );
  expect(await readRemoteFile(f.repo, branch, `specs/${folder}/tasks.md`)).toMatch(/^- \[ \] T001 /m);
  return files;
}

describe(`Spec Kit ${SNAPSHOT_VERSION} as specify init installs it${skipReason}`, () => {
  for (const t of SNAPSHOT_TREES) {
    it.skipIf(!snapshots.root)(
      `${t.tree}: ${t.command} and Spec Kit's scripts, one branch, one folder, one pull request; a rerun adds nothing`,
      async () => {
        const { fx, gh, repo, log } = await setup({ tree: snapshotTree(t.tree) });
        const first = await run(fx, gh, t.agent);
        expect(first.exitCode, show(first)).toBe(0);
        expect(first.outputs).toMatchObject({ status: "succeeded", branch: "002-csv-export-monthly", "pr-number": "1" });
        const files = await expectOneFeature(fx, "002-csv-export-monthly", "002-csv-export-monthly");
        // Spec Kit's own files as the tree had them: scripts still executable.
        expect(files.find((x) => x.path === ".specify/scripts/bash/setup-plan.sh")?.mode).toBe("100755");
        expect(repo.pulls()).toHaveLength(1);
        expect(repo.pull(1)!.pull).toMatchObject({ head: "002-csv-export-monthly", base: "main" });
        // The agent was called with the integration's own command names and ran Spec Kit's scripts.
        const calls = await speckitAgentCalls(log);
        const sep = t.command.includes(".") ? "." : "-";
        const sigil = t.command[0];
        expect(calls.map((c) => c.command)).toEqual(["specify", "plan", "tasks"].map((p) => `${sigil}speckit${sep}${p}`));
        expect(calls.every((c) => c.error === undefined)).toBe(true);
        expect(calls.map((c) => c.scripts)).toEqual([
          [],
          [".specify/scripts/bash/setup-plan.sh --json"],
          [".specify/scripts/bash/setup-tasks.sh --json"],
        ]);
        for (const c of calls)
          expect(c.env).toEqual({ SPECIFY_FEATURE: "002-csv-export-monthly", SPECIFY_FEATURE_DIRECTORY: "specs/002-csv-export-monthly" });
        const record = JSON.parse(await fs.readFile(path.join(first.outputs["artifacts-dir"], "run.json"), "utf8"));
        expect(record.speckit).toMatchObject({ generation: 1, version: SNAPSHOT_VERSION, integration: t.agent, installed: false });

        const tip = await fx.repo.git.run(["--git-dir", fx.repo.remote, "rev-parse", "002-csv-export-monthly"]);
        const rerun = await run(fx, gh, t.agent);
        expect(rerun.exitCode, show(rerun)).toBe(0);
        expect(rerun.outputs).toMatchObject({ status: "no_changes", branch: "002-csv-export-monthly", "pr-number": "1" });
        expect(rerun.outputs["pr-url"]).toBe(first.outputs["pr-url"]);
        expect(await fx.repo.git.run(["--git-dir", fx.repo.remote, "rev-parse", "002-csv-export-monthly"])).toBe(tip);
        expect(repo.pulls()).toHaveLength(1);
        expect(await speckitAgentCalls(log)).toHaveLength(3);
      },
    );
  }

  it.skipIf(!snapshots.root)(
    "claude: an agent that makes the feature with Spec Kit's create-new-feature.sh lands in the same folder",
    async () => {
      const { fx, gh, log } = await setup({ tree: snapshotTree("claude") });
      const r = await run(fx, gh, "claude", { SPECKIT_AGENT_MODE: "script" });
      expect(r.exitCode, show(r)).toBe(0);
      expect(r.outputs).toMatchObject({ status: "succeeded", branch: "002-csv-export-monthly" });
      await expectOneFeature(fx, "002-csv-export-monthly", "002-csv-export-monthly");
      const [specify] = await speckitAgentCalls(log);
      expect(specify.scripts).toEqual([".specify/scripts/bash/create-new-feature.sh --json <arguments>"]);
    },
  );

  it.skipIf(!snapshots.root)("refuses an agent the installed integration is not for, before any phase", async () => {
    const { fx, gh, log } = await setup({ tree: snapshotTree("claude") });
    const r = await run(fx, gh, "codex");
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(
      /Spec Kit in this repository is installed for claude \(\.specify\/integration\.json\), not for codex\. Fix: run `specify integration install codex`/,
    );
    expect(await speckitAgentCalls(log)).toEqual([]);
  });

  it.skipIf(!snapshots.root)(
    "installs Spec Kit when the repository has none (a specify on PATH laying down the real tree), and commits it with the products",
    async () => {
      const { fx, gh, repo } = await setup({ withoutSpecify: true, installer: { snapshots: snapshots.root!, version: SNAPSHOT_VERSION } });
      const r = await run(fx, gh, "claude");
      expect(r.exitCode, show(r)).toBe(0);
      expect(r.outputs).toMatchObject({ status: "succeeded", branch: "002-csv-export-monthly", "pr-number": "1" });
      const files = await expectOneFeature(fx, "002-csv-export-monthly", "002-csv-export-monthly");
      const paths = files.map((x) => x.path);
      for (const f of [
        ".specify/integration.json",
        ".specify/.gitignore",
        ".claude/skills/speckit-plan/SKILL.md",
        ".specify/workflows/workflow-registry.json",
      ])
        expect(paths).toContain(f);
      expect(files.find((x) => x.path === ".specify/scripts/bash/create-new-feature.sh")?.mode).toBe("100755");
      // specify ran once, with Spec Kit 1.x's flags, as the agent's user, in the run's HOME.
      const calls = (await fs.readFile(path.join(fx.agentDir, "specify.log"), "utf8"))
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(calls).toHaveLength(1);
      expect(calls[0].argv).toEqual(["init", "--here", "--force", "--integration", "claude", "--script", "sh", "--ignore-agent-tools"]);
      if (process.getuid?.() === 0) expect(calls[0].uid).not.toBe(0);
      expect(calls[0].home).toMatch(/\/home$/);
      const record = JSON.parse(await fs.readFile(path.join(r.outputs["artifacts-dir"], "run.json"), "utf8"));
      expect(record.speckit).toMatchObject({ generation: 1, integration: "claude", installed: true, installer: "specify" });
      expect(await readRemoteFile(fx.repo, "002-csv-export-monthly", "specs/002-csv-export-monthly/plan.md")).toMatch(
        /^# Implementation Plan: Add CSV export/m,
      );
      expect(repo.pull(1)!.body).toMatch(/this run installed it \(specify\)/);
      // The rerun finds Spec Kit on the branch: no second install, nothing new.
      const rerun = await run(fx, gh, "claude");
      expect(rerun.outputs).toMatchObject({ status: "no_changes", "pr-number": "1" });
      expect((await fs.readFile(path.join(fx.agentDir, "specify.log"), "utf8")).trim().split("\n")).toHaveLength(1);
    },
  );

  for (const via of ["uvx", "pipx"] as const) {
    it.skipIf(!snapshots.root)(`installs with ${via} when no specify is on PATH`, async () => {
      const { fx, gh } = await setup({ withoutSpecify: true, installer: { snapshots: snapshots.root!, version: SNAPSHOT_VERSION, via } });
      const r = await run(fx, gh, "codex");
      expect(r.exitCode, show(r)).toBe(0);
      expect(r.outputs.status).toBe("succeeded");
      const args = (await fs.readFile(path.join(fx.agentDir, `${via}.log`), "utf8")).trim();
      const tail = "specify init --here --force --integration codex --script sh --ignore-agent-tools";
      expect(args).toBe(via === "uvx" ? `--from specify-cli==1.0.1 ${tail}` : `run --spec specify-cli==1.0.1 ${tail}`);
      const record = JSON.parse(await fs.readFile(path.join(r.outputs["artifacts-dir"], "run.json"), "utf8"));
      expect(record.speckit.installer).toBe(
        via === "uvx" ? "uvx --from specify-cli==1.0.1 specify" : "pipx run --spec specify-cli==1.0.1 specify",
      );
      expect((await remoteTree(fx.repo, r.outputs.branch)).map((x) => x.path)).toContain(".agents/skills/speckit-specify/SKILL.md");
    });
  }
});

describe("Spec Kit 0.0.x (dotted commands, no integration.json, the script makes the branch)", () => {
  for (const agent of ["claude", "codex"]) {
    it(`${agent}: /speckit.specify runs create-new-feature.sh, which numbers after the remote's branches; one branch, one pull request; a rerun adds nothing`, async () => {
      const { fx, gh, repo, log } = await setup({});
      // Someone else's feature, on a branch only: 0.0.x numbers after branches too.
      await fx.repo.git.run(["push", "--quiet", "origin", "HEAD:refs/heads/007-someone-elses-work"]);
      const first = await run(fx, gh, agent);
      expect(first.exitCode, show(first)).toBe(0);
      expect(first.outputs).toMatchObject({ status: "succeeded", branch: "008-csv-export-monthly", "pr-number": "1" });
      const files = await expectOneFeature(fx, "008-csv-export-monthly", "008-csv-export-monthly");
      // update-agent-context.sh wrote the agent's context file, as the 0.0.x plan command asks.
      expect(files.map((x) => x.path)).toContain(agent === "claude" ? "CLAUDE.md" : "AGENTS.md");
      const calls = await speckitAgentCalls(log);
      expect(calls.map((c) => c.command)).toEqual(["/speckit.specify", "/speckit.plan", "/speckit.tasks"]);
      expect(calls.map((c) => c.file)).toEqual(
        ["specify", "plan", "tasks"].map((p) =>
          agent === "claude" ? `.claude/commands/speckit.${p}.md` : `.codex/prompts/speckit.${p}.md`,
        ),
      );
      expect(calls[0].scripts).toEqual([".specify/scripts/bash/create-new-feature.sh --json <arguments>"]);
      expect(calls[1].scripts).toEqual([
        ".specify/scripts/bash/setup-plan.sh --json",
        `.specify/scripts/bash/update-agent-context.sh ${agent}`,
      ]);
      expect(calls[2].scripts).toEqual([".specify/scripts/bash/check-prerequisites.sh --json"]);
      expect(repo.pulls()).toHaveLength(1);
      const rerun = await run(fx, gh, agent);
      expect(rerun.outputs).toMatchObject({ status: "no_changes", branch: "008-csv-export-monthly", "pr-number": "1" });
      expect(repo.pulls()).toHaveLength(1);
      expect(await speckitAgentCalls(log)).toHaveLength(3);
    });
  }

  it("gemini has no command in a 0.0.x repository made for Claude and Codex: refused before any phase", async () => {
    const { fx, gh, log } = await setup({});
    const r = await run(fx, gh, "gemini");
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/no specify command for gemini: \.gemini\/commands\/speckit\.specify\.toml is missing/);
    expect(await speckitAgentCalls(log)).toEqual([]);
  });
});
