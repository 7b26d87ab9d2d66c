import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { fuzzWorkspace, hostileContent, hostilePath, hostileRev } from "../../../test/harness/fuzz.js";
import { createPlaybookRepo } from "../../../test/harness/playbook-repo.js";
import { runAction } from "../../../test/harness/run-action.js";

// Needs the bundle: npm run build -- --no-check playbook-gate
const ws = fuzzWorkspace(() => createPlaybookRepo({ template: "refinement" }), {
  // An advance pushes: put the remote back too, so that every run starts from the same place.
  async reset({ repo, head }) {
    await repo.git.run(["push", "--quiet", "--force", "origin", `${head}:refs/heads/main`]);
    await repo.git.run(["tag", "-l"]).then(async (t) => {
      for (const tag of t.split("\n").filter(Boolean)) await repo.git.run(["tag", "-d", tag]);
    });
  },
});

/** The template's playbook with A1's exit condition replaced (the beacon then notes a changed playbook, nothing more). */
function withA1Exit(condition: string): string {
  return template.replace("- type: files\n            paths: [docs/spec.md]", condition);
}
let template: string;
beforeAll(async () => {
  template = await ws.repo.read("playbook.yml");
  expect(template).toContain("- type: files\n            paths: [docs/spec.md]");
});

describe("playbook-gate, fuzzed", () => {
  it("hostile inputs and beacon files in every mode: exit 0 or 1, one line, nothing written outside", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          mode: fc.constantFrom("status", "check", "advance", "advence"),
          playbook: fc.option(hostilePath(ws.box), { nil: undefined }),
          workingDirectory: fc.option(fc.constantFrom(".", "..", "../..", "/", "escape", ws.box.outside), { nil: undefined }),
          from: fc.option(hostileRev(ws.box), { nil: undefined }),
          to: fc.option(hostileRev(ws.box), { nil: undefined }),
          dryRun: fc.boolean(),
          ci: fc.boolean(),
          file: fc.constantFrom("playbook.yml", "progress.json", "progress.md", "docs/spec.md", "none"),
          content: hostileContent,
          prBase: hostileRev(ws.box),
        }),
        async (v) => {
          await ws.contained(
            JSON.stringify({ ...v, content: v.content.toString("latin1").slice(0, 80) }),
            () =>
              runAction("playbook-gate", {
                cwd: ws.repo.dir,
                eventName: v.mode === "check" ? "pull_request" : "push",
                event: { pull_request: { base: { sha: v.prBase, ref: "main" }, head: { sha: ws.head } } },
                env: v.ci ? {} : { GITHUB_RUN_ID: "" },
                inputs: {
                  mode: v.mode,
                  playbook: v.playbook,
                  "working-directory": v.workingDirectory,
                  from: v.from,
                  to: v.to,
                  "dry-run": v.dryRun,
                  deepen: false,
                },
              }),
            v.file === "none" ? {} : { [v.file]: v.content },
          );
        },
      ),
      { numRuns: 30 },
    );
  }, 300_000);

  it("the hostile cases of issue 16, one by one", async () => {
    const cases: [Record<string, string>, Record<string, Buffer | string>, RegExp][] = [
      [{ mode: "advance", "working-directory": "../.." }, {}, /input "working-directory" "\.\.\/\.\." is outside the workspace/],
      [
        { mode: "status", playbook: "../outside/playbook.yml" },
        {},
        /input "playbook" "\.\.\/outside\/playbook\.yml" is outside the workspace/,
      ],
      [
        { mode: "status" },
        {
          "playbook.yml":
            'a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
        },
        /playbook\.yml expands its aliases more than 100 times \(a YAML alias bomb\?\)/,
      ],
      [
        { mode: "status" },
        { "playbook.yml": Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xc3, 0x28, 0x0a]) },
        /playbook\.yml is not valid UTF-8 \(byte 6, line 1\)/,
      ],
      [{ mode: "check", from: `--output=${ws.box.outside}/x` }, {}, /input "from" "--output=.*" is not a revision/],
      // The exit conditions' paths go through the same guard: out of the workspace, a symlink out
      // of it, and a report that is not UTF-8 are each one line, and nothing is read.
      [
        { mode: "status" },
        { "playbook.yml": withA1Exit("- type: files\n            paths: [../outside/secret.txt]") },
        /the files condition's path \(playbook\.yml\) "\.\.\/outside\/secret\.txt" is outside the workspace/,
      ],
      [
        { mode: "advance" },
        { "playbook.yml": withA1Exit("- type: tests\n            reports: secret-link.md") },
        /the tests condition's path \(playbook\.yml\) "secret-link\.md" is a symlink/,
      ],
      [
        { mode: "advance" },
        {
          "playbook.yml": withA1Exit("- type: tests\n            reports: reports/junit.xml"),
          "reports/junit.xml": Buffer.concat([
            Buffer.from('<?xml version="1.0"?>\n<testsuites name="'),
            Buffer.from([0xc3, 0x28]),
            Buffer.from('"/>\n'),
          ]),
        },
        /reports\/junit\.xml is not valid UTF-8 \(byte 40, line 2\)/,
      ],
    ];
    for (const [inputs, files, message] of cases) {
      const r = await ws.contained(JSON.stringify(inputs), () => runAction("playbook-gate", { cwd: ws.repo.dir, inputs }), files);
      expect(r.exitCode, JSON.stringify(inputs)).toBe(1);
      expect(r.annotations.find((a) => a.level === "error")?.message, JSON.stringify(inputs)).toMatch(message);
    }
    // Outside CI (no run id), advance refuses to commit; the dry run still previews.
    await ws.reset();
    const local = await runAction("playbook-gate", {
      cwd: ws.repo.dir,
      env: { GITHUB_ACTIONS: "", GITHUB_RUN_ID: "" },
      inputs: { mode: "advance" },
    });
    expect(local.exitCode).toBe(1);
    expect(local.stdout).toContain("the beacon advances only in CI");
    expect(await ws.repo.git.head()).toBe(ws.head);
    const dry = await runAction("playbook-gate", {
      cwd: ws.repo.dir,
      env: { GITHUB_RUN_ID: "" },
      inputs: { mode: "advance", "dry-run": true },
    });
    expect(dry.exitCode, dry.stdout).toBe(0);
  }, 120_000);
});
