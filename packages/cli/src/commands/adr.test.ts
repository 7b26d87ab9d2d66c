import { describe, expect, it } from "vitest";
import { specCommit } from "../../../../test/harness/spec-repo.js";
import { cli, specRepos } from "../../../../test/harness/cli-in-process.js";

const repo = specRepos();

describe("specpipe adr new", () => {
  it("adr new numbers the next ADR and links a superseded one by splicing", async () => {
    const r = await repo();
    const old = await r.read("docs/adr/0001-record-decisions.md");
    const res = await cli(r.dir, "adr", "new", "Use", "SHA-256", "--supersedes", "1");
    expect(res).toMatchObject({ code: 0, out: "wrote docs/adr/0002-use-sha-256.md (supersedes 0001-record-decisions.md)\n" });
    const created = await r.read("docs/adr/0002-use-sha-256.md");
    expect(created).toMatch(
      /^# 2\. Use SHA-256\n\nDate: \d{4}-\d\d-\d\d\n\n## Status\n\nProposed\n\nSupersedes: \[0001-record-decisions\]\(0001-record-decisions\.md\)\n/,
    );
    const updated = await r.read("docs/adr/0001-record-decisions.md");
    expect(updated).toBe(
      old.replace("- Status: Accepted\n", "- Status: Accepted\n- Superseded by: [0002-use-sha-256](0002-use-sha-256.md)\n"),
    );
    await specCommit(r, "docs: decide on sha-256", { body: "" });
    expect((await cli(r.dir, "commits", "check", "--from", "HEAD~1")).code).toBe(0);
    expect((await cli(r.dir, "adr", "new", "X", "--supersedes", "9")).err).toContain("there is no ADR number 9");
  });
});
