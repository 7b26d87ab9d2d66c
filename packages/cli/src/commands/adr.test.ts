import { afterEach, describe, expect, it } from "vitest";
import { TEST_ENV, type TestRepo } from "../../../../test/harness/repo.js";
import { createSpecRepo, specCommit } from "../../../../test/harness/spec-repo.js";
import { main } from "../main.js";

const repos: TestRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
});
async function repo(): Promise<TestRepo> {
  const r = await createSpecRepo();
  repos.push(r);
  return r;
}

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd, env: { ...process.env, ...TEST_ENV }, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

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
