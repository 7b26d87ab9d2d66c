import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../../test/harness/run-action.js";
import { createSpeckitFixture, EXAMPLE_AGENT, remoteBranches, type SpeckitFixture } from "../../../../test/harness/speckit-fixture.js";
import { main } from "../main.js";

let fx: SpeckitFixture | undefined;

/** The example agent, as `--agent command` runs it. */
const AGENT = ["--agent", "command", "--agent-command", `${process.execPath} ${EXAMPLE_AGENT} {prompt}`];

/** `main` in a terminal in the fixture's checkout, the fixture's agents on PATH; what it printed. */
function terminal(f: SpeckitFixture) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { cwd: f.repo.dir, env: { ...process.env, PATH: f.path }, out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
  return { io, out, err };
}
afterEach(async () => {
  await fx?.cleanup();
  fx = undefined;
});

describe("specpipe speckit run", () => {
  it("runs the phases with the example agent and pushes the branch", async () => {
    fx = await createSpeckitFixture();
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      [
        "speckit",
        "run",
        "--spec",
        "Show weekly usage statistics",
        "--agent",
        "command",
        "--agent-command",
        `${process.execPath} ${EXAMPLE_AGENT} {prompt}`,
        "--workspace-root",
        fx.scratch,
        "--json",
      ],
      { cwd: fx.repo.dir, env: { ...process.env, PATH: fx.path }, out: (t) => out.push(t), err: (t) => err.push(t) },
    );
    expect(err.join("")).toBe("");
    expect(code).toBe(0);
    const record = JSON.parse(out.join(""));
    expect(record).toMatchObject({ status: "succeeded", branch: "002-show-weekly-usage-statistics" });
    expect(await remoteBranches(fx.repo)).toContain("002-show-weekly-usage-statistics");
  });

  it("takes --spec=--text as text, and says how when --spec is followed by a dash", async () => {
    fx = await createSpeckitFixture();
    const { io, out, err } = terminal(fx);
    const code = await main(
      ["speckit", "run", "--spec=--dry-run everything", "--phases", "specify", ...AGENT, "--workspace-root", fx.scratch, "--json"],
      io,
    );
    expect(code, err.join("")).toBe(0);
    const record = JSON.parse(out.join(""));
    expect(record).toMatchObject({ status: "succeeded", branch: "002-dry-run-everything" });
    const spec = await fx.repo.git.run([
      "--git-dir",
      fx.repo.remote,
      "show",
      "002-dry-run-everything:specs/002-dry-run-everything/spec.md",
    ]);
    expect(spec).toMatch(/--dry-run everything/);
    err.length = 0;
    expect(await main(["speckit", "run", "--spec", "--dry-run", ...AGENT], io)).toBe(1);
    expect(err.join("")).toMatch(/--spec=-XYZ/);
    // --spec-file and --artifacts-dir stay inside the folder the command runs in.
    err.length = 0;
    expect(await main(["speckit", "run", "--spec-file", "../../../../etc/passwd", ...AGENT], io)).toBe(1);
    expect(err.join("")).toMatch(/spec-file "..\/..\/..\/..\/etc\/passwd" is outside the workspace/);
    err.length = 0;
    expect(await main(["speckit", "run", "--spec", "x", "--artifacts-dir", "/tmp/x", ...AGENT], io)).toBe(1);
    expect(err.join("")).toMatch(/--artifacts-dir "\/tmp\/x" is outside the workspace/);
  });

  it.skipIf(process.getuid?.() !== 0)(
    "fails closed where it cannot make the agent a user (not root, no sudo): the bundled command as nobody",
    async () => {
      fx = await createSpeckitFixture();
      const ws = path.join(fx.scratch, "ws");
      await fs.mkdir(ws);
      await fs.chmod(ws, 0o777);
      const r = spawnSync(
        "setpriv",
        [
          "--reuid=65534",
          "--regid=65534",
          "--clear-groups",
          "--",
          process.execPath,
          path.join(REPO_ROOT, "dist/cli/index.js"),
          "speckit",
          "run",
          "--spec",
          "Add a thing",
          "--remote",
          fx.remoteUrl,
          "--agent",
          "command",
          "--agent-command",
          `${process.execPath} ${EXAMPLE_AGENT} {prompt}`,
          "--workspace-root",
          ws,
        ],
        { cwd: ws, encoding: "utf8", env: { PATH: `/usr/bin:/bin`, HOME: ws } },
      );
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(
        /safety-strategy unprivileged-user cannot run the agent under a user of its own: this job is not root and has no passwordless sudo/,
      );
      expect(r.stderr).toMatch(/safety-strategy: unsafe/);
      expect(await remoteBranches(fx.repo)).toEqual(["main"]);
    },
  );

  it("--mode propose leaves a proposal and pushes nothing; --mode publish pushes it (the two jobs of ADR 0037, from a terminal)", async () => {
    fx = await createSpeckitFixture();
    const { io, out, err } = terminal(fx);
    const proposed = await main(
      [
        "speckit",
        "run",
        "--mode",
        "propose",
        "--proposal-dir",
        ".proposal",
        "--spec",
        "Show weekly usage statistics",
        ...AGENT,
        "--workspace-root",
        fx.scratch,
        "--json",
      ],
      io,
    );
    expect(proposed, err.join("")).toBe(0);
    expect(JSON.parse(out.join(""))).toMatchObject({ branch: "002-show-weekly-usage-statistics" });
    const files = await fs.readdir(path.join(fx.repo.dir, ".proposal"));
    expect(files).toEqual(expect.arrayContaining(["proposal.bundle", "proposal.json"]));
    expect(await remoteBranches(fx.repo)).toEqual(["main"]);

    out.length = 0;
    const published = await main(
      ["speckit", "run", "--mode", "publish", "--proposal-dir", ".proposal", "--workspace-root", fx.scratch, "--json"],
      io,
    );
    expect(published, err.join("")).toBe(0);
    expect(JSON.parse(out.join(""))).toMatchObject({ status: "succeeded", branch: "002-show-weekly-usage-statistics" });
    expect(await remoteBranches(fx.repo)).toContain("002-show-weekly-usage-statistics");
  });

  it("explains a bad option", async () => {
    const err: string[] = [];
    const code = await main(["speckit", "run", "--spec", "x", "--retries", "many"], {
      cwd: process.cwd(),
      env: {},
      out: () => {},
      err: (t) => err.push(t),
    });
    expect(code).toBe(1);
    expect(err.join("")).toMatch(/speckit run: --retries must be a whole number from 0 to 10, got "many"/);
  });
});
