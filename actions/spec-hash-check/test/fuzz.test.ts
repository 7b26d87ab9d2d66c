import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectContained, hostileContent, hostilePath, hostileRev, sandbox, type Sandbox } from "../../../test/harness/fuzz.js";
import type { TestRepo } from "../../../test/harness/repo.js";
import { runAction } from "../../../test/harness/run-action.js";
import { createSpecRepo, specCommit } from "../../../test/harness/spec-repo.js";

// Needs the bundle: npm run build -- --no-check spec-hash-check
let repo: TestRepo;
let box: Sandbox;
let base: string;
let head: string;
beforeAll(async () => {
  repo = await createSpecRepo();
  base = await repo.git.head();
  head = await specCommit(repo, "feat: one", { files: { "src/a.ts": "a\n" } });
  box = await sandbox(repo);
});
afterAll(async () => {
  await repo.cleanup();
});

async function reset(): Promise<void> {
  await repo.git.run(["reset", "--quiet", "--hard", head]);
  await repo.git.run(["clean", "-fdq", "--exclude=escape", "--exclude=secret-link.md"]);
}

describe("spec-hash-check, fuzzed", () => {
  it("hostile inputs, events and files: exit 0 or 1, one line, nothing written outside", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          from: fc.option(hostileRev(box), { nil: undefined }),
          to: fc.option(hostileRev(box), { nil: undefined }),
          specPaths: fc.option(hostilePath(box), { nil: undefined }),
          playbook: fc.option(hostilePath(box), { nil: undefined }),
          adrDir: fc.option(hostilePath(box), { nil: undefined }),
          workingDirectory: fc.option(fc.constantFrom(".", "..", "../..", "/", "escape", box.outside, "docs"), { nil: undefined }),
          event: fc.constantFrom("push", "pull_request", "workflow_dispatch"),
          eventRev: hostileRev(box),
          playbookFile: fc.option(hostileContent, { nil: undefined }),
          specFile: fc.option(hostileContent, { nil: undefined }),
        }),
        async (v) => {
          await reset();
          if (v.playbookFile) await repo.write("playbook.yml", v.playbookFile);
          if (v.specFile) await repo.write("docs/spec.md", v.specFile);
          const event =
            v.event === "pull_request"
              ? { pull_request: { base: { sha: v.eventRev, ref: "main" }, head: { sha: head } } }
              : v.event === "workflow_dispatch"
                ? { inputs: { from: v.eventRev, to: head } }
                : { before: v.eventRev, after: head, repository: { default_branch: "main" } };
          const before = await box.snapshot();
          const r = await runAction("spec-hash-check", {
            cwd: repo.dir,
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
          });
          await expectContained(r, box, before, JSON.stringify(v));
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);

  it("the hostile cases of issue 16, one by one", async () => {
    await reset();
    const before = await box.snapshot();
    const cases: [Record<string, string>, RegExp][] = [
      [{ from: `--output=${box.outside}/x` }, /input "from" "--output=.*" is not a revision: it starts with '-'/],
      [{ "spec-paths": "docs/Spec.md" }, /input "spec-paths" names docs\/Spec\.md, which does not exist at [0-9a-f]{12}/],
      [{ "spec-paths": "../outside/secret.txt" }, /goes up with '\.\.', outside the repository/],
      [{ "working-directory": "../.." }, /input "working-directory" "\.\.\/\.\." is outside the workspace/],
      [{ "spec-paths": "secret-link.md" }, /is a symlink/],
    ];
    for (const [inputs, message] of cases) {
      const r = await runAction("spec-hash-check", { cwd: repo.dir, eventName: "push", event: { before: base, after: head }, inputs });
      expect(r.exitCode, JSON.stringify(inputs)).toBe(1);
      expect(r.annotations.find((a) => a.level === "error")?.message, JSON.stringify(inputs)).toMatch(message);
      await expectContained(r, box, before, JSON.stringify(inputs));
    }
  }, 120_000);

  it("a two-file spec: in playbook.yml: a change to the second file is a spec change", async () => {
    await reset();
    await repo.write("docs/api.md", "# API\n");
    await repo.write("playbook.yml", "version: 1\nname: P\nspec: [docs/spec.md, docs/api.md]\nphases: []\n");
    const start = await specCommit(repo, "docs: the api is part of the spec", { trailers: { "Playbook-Step": "x" }, specHash: null });
    await repo.write("docs/api.md", "# API\n\nChanged.\n");
    const changed = await specCommit(repo, "docs: change the api", { trailers: { "Playbook-Step": "x" }, specHash: null, body: "" });
    const r = await runAction("spec-hash-check", { cwd: repo.dir, eventName: "push", event: { before: start, after: changed } });
    expect(r.exitCode).toBe(1);
    const rules = (JSON.parse(r.outputs.violations) as { code: string }[]).map((x) => x.code);
    expect(rules).toEqual(expect.arrayContaining(["spec-hash-missing", "amendment-marker", "amendment-adr"]));
    expect(r.summary).toContain("spec paths from playbook.yml's spec:");
  }, 60_000);
});
