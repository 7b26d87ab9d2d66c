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
