import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cli, specRepos } from "../../../../test/harness/cli-in-process.js";

const repo = specRepos();

describe("specpipe spec hash", () => {
  it("prints the short, full and JSON hash, and fails without a spec", async () => {
    const r = await repo();
    expect(await cli(r.dir, "spec", "hash")).toEqual({ code: 0, out: "b372944052ad\n", err: "" });
    expect((await cli(path.join(r.dir, "docs"), "spec", "hash", "--full")).out).toMatch(/^b372944052ad[0-9a-f]{52}\n$/);
    expect(JSON.parse((await cli(r.dir, "spec", "hash", "--json")).out)).toMatchObject({ short: "b372944052ad", files: ["docs/spec.md"] });
    const none = await cli(r.dir, "spec", "hash", "--spec-paths", "nope.md");
    expect(none.code).toBe(1);
    expect(none.err).toBe(
      "specpipe: --spec-paths names nope.md, which does not exist. Fix: correct --spec-paths (paths relative to the repository root), or create the file\n",
    );
  });
});

describe("specpipe commits check without a spec", () => {
  it("names the default spec path, not a flag nobody typed, and says how to create it", async () => {
    const r = await repo();
    await r.remove("docs/spec.md");
    await r.commit("chore: the spec goes\n\nSpec-Hash: b372944052ad\n");
    const out = await cli(r.dir, "commits", "check", "--from", "HEAD~1");
    expect(out.code).toBe(1);
    expect(out.err).toMatch(
      /^specpipe: the default spec path names docs\/spec\.md, which does not exist at [0-9a-f]{12}\. Fix: create the living spec at docs\/spec\.md \(specpipe init writes one\)/,
    );
    // Given explicitly, the flag is named.
    const given = await cli(r.dir, "commits", "check", "--from", "HEAD~1", "--spec-paths", "docs/other.md");
    expect(given.err).toMatch(/^specpipe: --spec-paths names docs\/other\.md, which does not exist/);
  });
});
