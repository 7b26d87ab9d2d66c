import { afterEach, describe, expect, it } from "vitest";
import { cloneRepo, createRepo } from "../../../test/harness/repo.js";
import { runAction } from "../../../test/harness/run-action.js";
import { runCli } from "../../../test/harness/run-cli.js";

/**
 * Parity: the bundled playbook-gate and the bundled `specpipe playbook <mode>` run over two
 * clones of one history, with the same inputs (an input `x` is the flag `--x`; a true default
 * is turned off with `--no-x`), and must find the same step, conditions and violations, and
 * render the same job summary (`--markdown`): both make runPlaybookGate's call
 * (core/playbook/options.ts) and render with core/playbook/summary.ts.
 *
 * Build first: node scripts/build.mjs --no-check playbook-gate cli
 */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

/** What a runner sets for the CLI in a `run:` step, as runAction sets it for the action. */
const RUNNER = { GITHUB_ACTIONS: "true", GITHUB_RUN_ID: "1000", GITHUB_RUN_ATTEMPT: "1", GITHUB_REPOSITORY: "acme/widgets" };

/** `specpipe init`'s playbook, committed on A1, then one commit that names the wrong step; two clones of it. */
async function history() {
  const r = await createRepo({ files: { "README.md": "# widgets\n" } });
  cleanups.push(r.cleanup);
  expect((await runCli(["init"], { cwd: r.dir })).code).toBe(0);
  const base = await r.commit("chore: start the playbook\n\nPlaybook-Step: A1\n");
  await r.write("src/x.ts", "export {};\n");
  const head = await r.commit("feat: x\n\nPlaybook-Step: B2\n");
  await r.push();
  const clones = await Promise.all([cloneRepo(r.remote), cloneRepo(r.remote)]);
  for (const c of clones) cleanups.push(c.cleanup);
  return { base, head, clones };
}

interface Json {
  step: string;
  nextStep: string | null;
  advanced: boolean;
  done: boolean;
  blockedBy: unknown[];
  conditions: unknown[];
  violations: { code: string }[];
  commit?: string;
}

describe("playbook-gate and `specpipe playbook` agree", () => {
  it("on status and on check over a range with a wrong trailer", async () => {
    const { base, head, clones } = await history();
    const [forAction, forCli] = clones;
    for (const [mode, inputs, flags] of [
      ["status", {}, []],
      ["check", { from: base, to: head }, [`--from=${base}`, `--to=${head}`]],
    ] as const) {
      const action = await runAction("playbook-gate", { cwd: forAction.dir, inputs: { mode, ...inputs } });
      const json = await runCli(["playbook", mode, ...flags, "--json"], { cwd: forCli.dir });
      const markdown = await runCli(["playbook", mode, ...flags, "--markdown"], { cwd: forCli.dir });
      const r = JSON.parse(json.stdout) as Json;
      expect(json.code, mode).toBe(action.exitCode);
      expect(markdown.code).toBe(action.exitCode);
      expect(action.outputs).toMatchObject({ step: r.step, "next-step": r.nextStep ?? "", advanced: String(r.advanced) });
      expect(JSON.parse(action.outputs.conditions)).toEqual(r.conditions);
      expect(JSON.parse(action.outputs.violations)).toEqual(r.violations);
      expect(markdown.stdout.trim()).toBe(action.summary.trim());
      if (mode === "check") {
        // The comparison is of a real finding: the wrong trailer, and the exit code of a violation.
        expect(r.violations.map((v) => v.code)).toContain("commit.wrong-step");
        expect(action.exitCode).toBe(1);
      } else expect(r.conditions.length).toBeGreaterThan(0);
    }
  });

  it("on an advance in CI, without pushing: the same commit, but for its date", async () => {
    const { base, clones } = await history();
    for (const c of clones) await c.git.run(["reset", "--quiet", "--hard", base]);
    const [forAction, forCli] = clones;
    const action = await runAction("playbook-gate", { cwd: forAction.dir, inputs: { mode: "advance", push: "false" } });
    const cli = await runCli(["playbook", "advance", "--ci", "--no-push", "--markdown"], { cwd: forCli.dir, env: RUNNER });
    expect(action.exitCode, action.stdout).toBe(0);
    expect(cli.code, cli.stderr).toBe(0);
    const [a, c] = [await forAction.git.head(), await forCli.git.head()];
    expect(a).not.toBe(base);
    expect(action.outputs).toMatchObject({ advanced: "true", step: "A2", commit: a });
    const show = (git: typeof forAction.git, sha: string) => git.run(["show", "--format=%an <%ae>%n%B", "--name-only", sha]);
    expect(await show(forCli.git, c)).toBe(await show(forAction.git, a));
    const dated = (text: string, sha: string) => text.replaceAll(sha.slice(0, 12), "<commit>");
    expect(dated(cli.stdout, c).trim()).toBe(dated(action.summary, a).trim());
    // Neither pushed: the remote is where both started.
    expect((await forAction.git.run(["rev-parse", "origin/main"])).trim()).not.toBe(a);
  });

  it("refuses a bad input in the same words, naming the input or the flag", async () => {
    const { clones } = await history();
    const [forAction, forCli] = clones;
    const action = await runAction("playbook-gate", { cwd: forAction.dir, inputs: { mode: "check", "working-directory": "../.." } });
    const cli = await runCli(["playbook", "check", "--working-directory=../.."], { cwd: forCli.dir });
    expect(action.exitCode).toBe(1);
    expect(action.stdout).toContain('input "working-directory" "../.." is outside the workspace');
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('--working-directory "../.." is outside the workspace');
  });
});
