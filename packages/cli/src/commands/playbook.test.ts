import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { startGitHubServer } from "../../../../test/harness/github-server.js";
import { cliInTerminal, reposAfterEach } from "../../../../test/harness/cli-in-process.js";
import { TEST_ENV } from "../../../../test/harness/repo.js";

const cli = (cwd: string, ...argv: string[]) => cliInTerminal({}, cwd, ...argv);
const cliIn = cliInTerminal;

/** What a runner sets: the gate's commit names this run. */
const RUNNER = { GITHUB_ACTIONS: "true", GITHUB_RUN_ID: "4242", GITHUB_RUN_ATTEMPT: "2", GITHUB_REPOSITORY: "acme/widgets" };

const repo = reposAfterEach({ "README.md": "# x\n" });

describe("specpipe playbook", () => {
  it("status, advance (--dry-run, then for real) and check", async () => {
    const r = await repo();
    await cli(r.dir, "init");
    await r.commit("chore: init\n\nPlaybook-Step: A1\n");
    const base = await r.git.head();

    const s = await cli(r.dir, "playbook", "status");
    expect(s.code).toBe(0);
    expect(s.out).toContain("Refinement: active step A1 (A Preparation, step 1: Spec)");
    expect(s.out).toMatch(/ok\s+files\s+1 of 1 present/);
    expect(s.out).toContain("ready: the next advance goes to A2");
    const js = JSON.parse((await cli(r.dir, "playbook", "status", "--json")).out);
    expect(js).toMatchObject({ step: "A1", nextStep: "A2", advanced: false, blockedBy: [] });

    const dry = await cli(r.dir, "playbook", "advance", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('+  "step": "A2"');
    expect(await r.git.head()).toBe(base);

    // Locally, advance previews and commits nothing, even with --ci outside a runner.
    const local = await cli(r.dir, "playbook", "advance");
    expect(local.code).toBe(0);
    expect(local.out).toContain("preview only: the beacon advances in CI");
    expect(await r.git.head()).toBe(base);
    expect(await r.git.run(["status", "--porcelain"])).toBe("");
    const faked = await cli(r.dir, "playbook", "advance", "--ci");
    expect(faked.code).toBe(1);
    expect(faked.err).toContain("the beacon advances only in CI: this is not a GitHub Actions run");
    expect(await r.git.head()).toBe(base);

    const adv = await cliIn(RUNNER, r.dir, "playbook", "advance", "--ci", "--json");
    expect(adv.code, adv.err).toBe(0);
    const out = JSON.parse(adv.out);
    expect(out).toMatchObject({ advanced: true, step: "A2", evaluated: "A1" });
    expect(out.commit).toBe(await r.git.head());
    expect(await r.git.run(["log", "-1", "--format=%s"])).toBe("chore(playbook): advance A1 → A2\n");
    expect(await r.git.run(["log", "-1", "--format=%(trailers:key=Playbook-Gate,valueonly)"])).toBe(
      `advance run=4242/2 evidence=${base}\n\n`,
    );

    await r.write("src/x.ts", "export {};\n");
    await r.commit("feat: x\n\nPlaybook-Step: A1\n");
    const c = await cli(r.dir, "playbook", "check", "--from", base);
    expect(c.code).toBe(1);
    expect(c.out).toContain(
      'says Playbook-Step: A1, but the active step at its parent was A2. Fix: work on the active step only: change the trailer to "Playbook-Step: A2"',
    );
    const ok = await cli(r.dir, "playbook", "check", "--from", base, "--to", "HEAD~1");
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toContain("check: ok (1 commit)");
    expect(ok.out).toContain("note: 1 gate commit(s) are well-formed, but the runs they name were not asked of GitHub (no token)");
    // In a pull request, even the gate's commit may not touch the beacon.
    const pr = await cli(r.dir, "playbook", "check", "--from", base, "--to", "HEAD~1", "--pull-request");
    expect(pr.code).toBe(1);
    expect(pr.out).toContain("a pull request may not");
    expect((await cli(r.dir, "playbook", "check", "--from=--output=x")).err).toContain('--from "--output=x" is not a revision');

    // A2 → A3, then A3 is blocked: exit 1 with what blocks it.
    await r.git.run(["reset", "--quiet", "--hard", "HEAD~1"]);
    expect((await cliIn(RUNNER, r.dir, "playbook", "advance", "--ci")).code).toBe(0);
    const blocked = await cliIn(RUNNER, r.dir, "playbook", "advance", "--ci");
    expect(blocked.code).toBe(1);
    expect(blocked.out).toContain("blocked by: tests");
    expect(blocked.out).toMatch(/FAIL\s+tests\s+no report/);
  });

  it("a usage error names the command", async () => {
    const r = await repo();
    const u = await cli(r.dir, "playbook", "status", "--bogus");
    expect(u.code).toBe(1);
    expect(u.err).toContain("playbook status: Unknown option '--bogus'");
    const missing = await cli(r.dir, "playbook", "status");
    expect(missing.err).toBe(
      "specpipe: playbook.yml: playbook.yml does not exist. Fix: create one with `specpipe init` (or set the playbook input to its path)\n",
    );
  });
});

describe("specpipe playbook check asks GitHub for the runs", () => {
  it("with GITHUB_TOKEN a made-up run is refused and a real one verified; without one it says the runs were not asked", async () => {
    const r = await repo();
    expect((await cli(r.dir, "init")).code).toBe(0);
    await r.commit("chore: start the playbook\n\nPlaybook-Step: init\n");
    const base = await r.git.head();
    // An advance as a runner would make it, with a run id GitHub never saw.
    const made = await cliIn({ ...RUNNER, GITHUB_RUN_ID: "999" }, r.dir, "playbook", "advance", "--ci");
    expect(made.code, made.err).toBe(0);
    const none = await cli(r.dir, "playbook", "check", "--from", base);
    expect(none.code).toBe(0);
    expect(none.out).toContain("note: 1 gate commit(s) are well-formed, but the runs they name were not asked of GitHub (no token)");
    expect(none.out).toContain("Fix: set GITHUB_TOKEN (actions: read)");

    const gh = await startGitHubServer({ token: "t0k3n" });
    try {
      const ghRepo = gh.state.addRepo({ owner: "acme", name: "widgets" });
      const env = { GITHUB_TOKEN: "t0k3n", GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: "acme/widgets" };
      const bad = await cliIn(env, r.dir, "playbook", "check", "--from", base);
      expect(bad.code).toBe(1);
      expect(bad.out).toMatch(/^error: [0-9a-f]{12}: commit [0-9a-f]{12} names run 999, which acme\/widgets has no record of\. Fix: /m);
      // The repository from the origin remote when GITHUB_REPOSITORY is not set.
      await r.git.run(["remote", "set-url", "origin", "https://github.com/acme/widgets.git"]);
      const fromRemote = await cliIn({ GITHUB_TOKEN: "t0k3n", GITHUB_API_URL: gh.url }, r.dir, "playbook", "check", "--from", base);
      expect(fromRemote.out).toContain("names run 999, which acme/widgets has no record of");
      // A real run of the workflow on the evaluated commit verifies.
      const run = ghRepo.addWorkflowRun({ headSha: base, path: ".github/workflows/pipeline.yml" });
      await r.git.run(["reset", "-q", "--hard", base]);
      // The origin is github.com now, which this machine cannot reach: commit, do not push.
      expect((await cliIn({ ...RUNNER, GITHUB_RUN_ID: String(run.id) }, r.dir, "playbook", "advance", "--ci", "--no-push")).code).toBe(0);
      const good = await cliIn(env, r.dir, "playbook", "check", "--from", base);
      expect(good.code, good.out + good.err).toBe(0);
      expect(good.out).toContain("note: verified 1 gate commit(s) against GitHub's record of their runs");
    } finally {
      await gh.close();
    }
  });
});

describe("the bundled command in a pipe", () => {
  it("specpipe playbook status | head -1: a reader that goes away ends the command quietly (EPIPE), no stack", async () => {
    // Build first: npm run build -- --no-check cli
    const bin = fileURLToPath(new URL("../../../../dist/cli/index.js", import.meta.url));
    const r = await repo();
    expect((await cli(r.dir, "init")).code).toBe(0);
    for (let i = 0; i < 3; i++) {
      // Spawn with piped stdout whose reading end is closed at once: every write meets EPIPE, as
      // after `head -1` has read its line and exited.
      const child = spawn(process.execPath, [bin, "playbook", "status"], {
        cwd: r.dir,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, ...TEST_ENV },
      });
      child.stdout.destroy();
      let err = "";
      child.stderr.on("data", (d: Buffer) => (err += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      expect(err).toBe("");
      expect(code).toBe(0);
    }
  });
});
