import { describe, expect, it } from "vitest";
import { SPEC_V2, specCommit } from "../../../../test/harness/spec-repo.js";
import { cli, specRepos } from "../../../../test/harness/cli-in-process.js";

const repo = specRepos();

describe("specpipe amend, then specpipe commits check", () => {
  it("rejects a spec change until `amend` writes the ADR", async () => {
    const r = await repo();
    const base = await r.git.head();
    await r.write("docs/spec.md", SPEC_V2);
    const amend = await cli(r.dir, "amend", "--reason", "Customers want two spins");
    expect(amend.code).toBe(0);
    expect(amend.out).toMatch(
      /^wrote docs\/adr\/0002-spec-amendment-customers-want-two-spins\.md \(b372944052ad → [0-9a-f]{12}\) and staged it with the spec \(docs\/spec\.md\)\n/,
    );
    const adr = await r.read("docs/adr/0002-spec-amendment-customers-want-two-spins.md");
    expect(adr).toMatch(
      /^# 2\. Amend the spec: Customers want two spins\n\nDate: \d{4}-\d\d-\d\d\n\n## Status\n\nAccepted\n\n## Context\n\nCustomers want two spins\n\nSpec-Hash-Before: b372944052ad\nSpec-Hash-After: [0-9a-f]{12}\n/,
    );
    // The spec and its ADR are staged together: one commit.
    expect(await r.git.run(["diff", "--cached", "--name-only"])).toBe(
      "docs/adr/0002-spec-amendment-customers-want-two-spins.md\ndocs/spec.md\n",
    );

    // Without the ADR: a violation; with it: clean.
    await r.git.run(["stash", "--quiet", "--include-untracked"]);
    await r.git.run(["stash", "apply", "--quiet"]);
    await r.git.run(["rm", "--quiet", "--cached", "docs/adr/0002-spec-amendment-customers-want-two-spins.md"]);
    await r.remove("docs/adr/0002-spec-amendment-customers-want-two-spins.md");
    await specCommit(r, "spec: spin twice");
    let check = await cli(r.dir, "commits", "check", "--from", base, "--json");
    expect(check.code).toBe(1);
    expect(JSON.parse(check.out).violations.map((v: { code: string }) => v.code)).toEqual(["amendment-adr"]);

    await r.git.run(["reset", "--quiet", "--hard", base]);
    await r.git.run(["stash", "pop", "--quiet"]);
    await specCommit(r, "spec: spin twice", { trailers: { "Spec-Amendment": "Customers want two spins" } });
    check = await cli(r.dir, "commits", "check", "--from", base);
    expect(check.err).toBe("");
    expect(check.out).toContain("all rules hold");
    expect(check.code).toBe(0);
    // Default range: what is not on the upstream yet.
    expect((await cli(r.dir, "commits", "check")).out).toMatch(/1 commit\(s\) checked/);
    expect((await cli(r.dir, "amend", "--reason", "again")).err).toContain("the spec (docs/spec.md) has not changed since HEAD");
  });
});
