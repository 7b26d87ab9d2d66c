import { promises as fs } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "./harness/repo.js";
import { runAction } from "./harness/run-action.js";
import { main } from "../packages/cli/src/main.js";

/** Running where there is no repository is a user's mistake with a fix, not a specpipe bug. */
const dir = tempDir("specpipe-norepo-");
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe("outside a git repository", () => {
  for (const [name, inputs] of [
    ["spec-hash-check", {}],
    ["playbook-gate", { mode: "check" }],
  ] as const) {
    it(`${name} fails with the fix, not as an internal error`, async () => {
      await fs.writeFile(
        `${dir}/playbook.yml`,
        "version: 1\nname: x\nphases:\n  - id: A\n    name: A\n    steps:\n      - id: a\n        name: a\n        description: d\n",
      );
      const r = await runAction(name, {
        cwd: dir,
        inputs,
        env: { GITHUB_SHA: "", GIT_CEILING_DIRECTORIES: dir.split("/").slice(0, -1).join("/") },
      });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).not.toContain("internal error");
      expect(r.stdout).toMatch(/not a git repository|progress\.json/);
    });
  }

  it("playbook-gate advance in CI refuses before it writes: the gate could not commit its advance", async () => {
    await fs.writeFile(
      `${dir}/playbook.yml`,
      "version: 1\nname: x\nphases:\n  - id: A\n    name: A\n    steps:\n      - id: a\n        name: a\n        description: d\n",
    );
    const r = await runAction("playbook-gate", {
      cwd: dir,
      inputs: { mode: "advance" },
      env: { GITHUB_SHA: "", GIT_CEILING_DIRECTORIES: dir.split("/").slice(0, -1).join("/") },
    });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("is not a git repository, so the gate cannot commit its advance");
    expect(r.stdout).toContain("Fix: check out the repository first (actions/checkout)");
    expect((await fs.readdir(dir)).sort()).toEqual(["playbook.yml"]);
  });

  it("the CLI says so in one line with exit code 1", async () => {
    let err = "";
    const code = await main(["commits", "check"], {
      cwd: dir,
      env: { ...process.env, GIT_CEILING_DIRECTORIES: dir.split("/").slice(0, -1).join("/") },
      out: () => {},
      err: (t) => (err += t),
    });
    expect(code).toBe(1);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(/not a git repository|not inside a git work tree/);
    expect(err).toContain("Fix: ");
    expect(err).not.toContain("internal error");
  });
});
