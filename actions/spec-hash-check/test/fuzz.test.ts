import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectContained, fuzzWorkspace, hostileContent, hostilePath, hostileRev } from "../../../test/harness/fuzz.js";
import { runAction } from "../../../test/harness/run-action.js";
import { createSpecRepo, specCommit } from "../../../test/harness/spec-repo.js";

// Needs the bundle: npm run build -- --no-check spec-hash-check
let base: string;
// Each run starts from a commit "feat: one" on top of `base`.
const ws = fuzzWorkspace(async () => {
  const repo = await createSpecRepo();
  base = await repo.git.head();
  await specCommit(repo, "feat: one", { files: { "src/a.ts": "a\n" } });
  return repo;
});

describe("spec-hash-check, fuzzed", () => {
  it("hostile inputs, events and files: exit 0 or 1, one line, nothing written outside", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          from: fc.option(hostileRev(ws.box), { nil: undefined }),
          to: fc.option(hostileRev(ws.box), { nil: undefined }),
          specPaths: fc.option(hostilePath(ws.box), { nil: undefined }),
          playbook: fc.option(hostilePath(ws.box), { nil: undefined }),
          adrDir: fc.option(hostilePath(ws.box), { nil: undefined }),
          workingDirectory: fc.option(fc.constantFrom(".", "..", "../..", "/", "escape", ws.box.outside, "docs"), { nil: undefined }),
          event: fc.constantFrom("push", "pull_request", "workflow_dispatch"),
          eventRev: hostileRev(ws.box),
          playbookFile: fc.option(hostileContent, { nil: undefined }),
          specFile: fc.option(hostileContent, { nil: undefined }),
        }),
        async (v) => {
          const event =
            v.event === "pull_request"
              ? { pull_request: { base: { sha: v.eventRev, ref: "main" }, head: { sha: ws.head } } }
              : v.event === "workflow_dispatch"
                ? { inputs: { from: v.eventRev, to: ws.head } }
                : { before: v.eventRev, after: ws.head, repository: { default_branch: "main" } };
          await ws.contained(
            JSON.stringify(v),
            () =>
              runAction("spec-hash-check", {
                cwd: ws.repo.dir,
                eventName: v.event,
                event,
                inputs: {
                  from: v.from,
                  to: v.to,
                  "spec-paths": v.specPaths,
                  playbook: v.playbook,
                  "adr-dir": v.adrDir,
                  "working-directory": v.workingDirectory,
                  deepen: false,
                },
              }),
            { "playbook.yml": v.playbookFile, "docs/spec.md": v.specFile },
          );
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);

  it("the hostile cases of issue 16, one by one", async () => {
    await ws.reset();
    const before = await ws.box.snapshot();
    const cases: [Record<string, string>, RegExp][] = [
      [{ from: `--output=${ws.box.outside}/x` }, /input "from" "--output=.*" is not a revision: it starts with '-'/],
      [{ "spec-paths": "docs/Spec.md" }, /input "spec-paths" names docs\/Spec\.md, which does not exist at [0-9a-f]{12}/],
      [{ "spec-paths": "../outside/secret.txt" }, /goes up with '\.\.', outside the repository/],
      [{ "working-directory": "../.." }, /input "working-directory" "\.\.\/\.\." is outside the workspace/],
      [{ "spec-paths": "secret-link.md" }, /is a symlink/],
    ];
    for (const [inputs, message] of cases) {
      const r = await runAction("spec-hash-check", {
        cwd: ws.repo.dir,
        eventName: "push",
        event: { before: base, after: ws.head },
        inputs,
      });
      expect(r.exitCode, JSON.stringify(inputs)).toBe(1);
      expect(r.annotations.find((a) => a.level === "error")?.message, JSON.stringify(inputs)).toMatch(message);
      await expectContained(r, ws.box, before, JSON.stringify(inputs));
    }
  }, 120_000);

  it("a two-file spec: in playbook.yml: a change to the second file is a spec change", async () => {
    await ws.reset();
    await ws.repo.write("docs/api.md", "# API\n");
    await ws.repo.write("playbook.yml", "version: 1\nname: P\nspec: [docs/spec.md, docs/api.md]\nphases: []\n");
    const start = await specCommit(ws.repo, "docs: the api is part of the spec", { trailers: { "Playbook-Step": "x" }, specHash: null });
    await ws.repo.write("docs/api.md", "# API\n\nChanged.\n");
    const changed = await specCommit(ws.repo, "docs: change the api", { trailers: { "Playbook-Step": "x" }, specHash: null, body: "" });
    const r = await runAction("spec-hash-check", { cwd: ws.repo.dir, eventName: "push", event: { before: start, after: changed } });
    expect(r.exitCode).toBe(1);
    const rules = (JSON.parse(r.outputs.violations) as { code: string }[]).map((x) => x.code);
    expect(rules).toEqual(expect.arrayContaining(["spec-hash-missing", "amendment-marker", "amendment-adr"]));
    expect(r.summary).toContain("spec paths from playbook.yml's spec:");
  }, 60_000);
});
