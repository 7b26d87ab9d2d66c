import { afterEach, describe, expect, it } from "vitest";
import type { TestRepo } from "../../../test/harness/repo.js";
import { runAction } from "../../../test/harness/run-action.js";
import { inputsAsFlags, runCli } from "../../../test/harness/run-cli.js";
import { createSpecRepo, specCommit } from "../../../test/harness/spec-repo.js";

/**
 * Parity: the bundled action and the bundled `specpipe commits check` get the same inputs (an
 * input `x` is the flag `--x`) over the same repository and must find the same violations and
 * render the same job summary (`--markdown`): both go through core/commits/options.ts and
 * core/commits/summary.ts.
 *
 * Build first: node scripts/build.mjs --no-check spec-hash-check cli
 */
const repos: TestRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
});

describe("spec-hash-check and `specpipe commits check` agree", () => {
  it.each([
    ["the defaults", {}],
    ["adr-scope commit, no bot skipping, no ADR check", { "adr-scope": "commit", "bot-authors": "none", "check-adrs": "false" }],
    ["a type list and require-body", { types: "feat\nfix\ndocs", "require-body": "feat" }],
  ] as const)("on %s", async (_, extra) => {
    const r = await createSpecRepo();
    repos.push(r);
    const before = await r.git.head();
    await specCommit(r, "feat(widget): add the spinner", { files: { "src/a.ts": "export const a = 1;\n" } });
    await specCommit(r, "fix: stop the wobble", { specHash: null, files: { "src/b.ts": "b\n" } });
    await specCommit(r, "chore: tidy", { files: { "src/c.ts": "c\n" }, body: "" });
    await specCommit(r, "docs: no body here", { files: { "README.md": "x\n" }, body: "" });
    const after = await r.git.head();
    const inputs = { from: before, to: after, ...extra };

    const action = await runAction("spec-hash-check", { cwd: r.dir, inputs: { ...inputs, "fail-on-violation": "false" } });
    const json = await runCli(["commits", "check", ...inputsAsFlags(inputs), "--json"], { cwd: r.dir });
    const markdown = await runCli(["commits", "check", ...inputsAsFlags(inputs), "--markdown"], { cwd: r.dir });

    expect(action.exitCode, action.stderr + action.stdout).toBe(0);
    expect(json.stderr).toBe("");
    const report = JSON.parse(json.stdout) as { ok: boolean; checked: number; violations: unknown[]; specHash: { short: string } };
    // The rules found something, so the comparison is not of two empty lists.
    expect(report.violations.length).toBeGreaterThan(0);
    expect(json.code).toBe(1);
    expect(JSON.parse(action.outputs.violations)).toEqual(report.violations);
    expect(action.outputs).toMatchObject({ ok: String(report.ok), checked: String(report.checked), "spec-hash": report.specHash.short });
    expect(markdown.stdout.trim()).toBe(action.summary.trim());
  });
});
