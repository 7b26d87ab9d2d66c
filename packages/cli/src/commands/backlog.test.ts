import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cleanupsAfterEach, cliIsolated as cli } from "../../../../test/harness/cli-in-process.js";
import { runWorker } from "../../../../test/harness/metrics-bundle.js";
import { cloneRepo, createRepo, TEST_ENV, type TestRepo } from "../../../../test/harness/repo.js";

const cleanups = cleanupsAfterEach("specpipe-metrics-cli-");

const dir = () => cleanups.dir();

const PRODUCT = "# Product\n\n1. Login page\n2. Logout button\n3. Profile page\n4. Settings\n5. Billing\n";
const META = "# Meta\n\n- [ ] Faster CI\n- [x] Old meta item\n- [ ] Better docs\n";

describe("specpipe backlog", () => {
  it("merge, next (--json, --count), done and claim without pushing", async () => {
    const d = dir();
    await fs.mkdir(path.join(d, "docs/backlog"), { recursive: true });
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), PRODUCT);
    await fs.writeFile(path.join(d, "docs/backlog/meta.md"), META);
    const list = JSON.parse((await cli(d, ["backlog", "merge", "--json"])).out) as { id: string; text: string; status: string }[];
    expect(list.map((i) => [i.text, i.status])).toEqual([
      ["Login page", "open"],
      ["Logout button", "open"],
      ["Profile page", "open"],
      ["Settings", "open"],
      ["Faster CI", "open"],
      ["Billing", "open"],
      ["Better docs", "open"],
      ["Old meta item", "done"],
    ]);
    const next = JSON.parse((await cli(d, ["backlog", "next", "--json"])).out);
    expect(next).toMatchObject({ text: "Login page", source: "product", file: "docs/backlog/product.md", line: 3 });
    expect((await cli(d, ["backlog", "done", next.id.slice(0, 6), "--no-push"])).code).toBe(0);
    const three = JSON.parse((await cli(d, ["backlog", "next", "--json", "--count", "3"])).out);
    expect(three.map((i: { text: string }) => i.text)).toEqual(["Logout button", "Profile page", "Settings"]);
    expect((await cli(d, ["backlog", "claim", three[0].id, "--no-push", "--owner", "job-a"])).code).toBe(0);
    const lost = await cli(d, ["backlog", "claim", three[0].id, "--no-push", "--owner", "job-b"]);
    expect(lost.code).toBe(3);
    expect(lost.err).toContain("is claimed by job-a. Take another: next open is");
    expect(lost.err).toContain("Profile page");
    expect((await cli(d, ["backlog", "next"])).out).toBe(`${three[1].id} Profile page\n`);
    const state = JSON.parse(await fs.readFile(path.join(d, ".specpipe/backlog-state.json"), "utf8"));
    expect(Object.keys(state.done)).toEqual([next.id]);
    expect(state.claims[three[0].id].owner).toBe("job-a");
    // Editing the file (reorder + insert) keeps progress.
    await fs.writeFile(
      path.join(d, "docs/backlog/product.md"),
      "1. Brand new\n2. Settings\n3. login page.\n4. Profile page\n5. Logout button\n6. Billing\n",
    );
    const after = JSON.parse((await cli(d, ["backlog", "next", "--json", "--count", "10"])).out).map((i: { text: string }) => i.text);
    expect(after).toEqual(["Brand new", "Settings", "Profile page", "Faster CI", "Billing", "Better docs"]);
  });

  it("done meta items use up no interleave turns; a blocked product item yields its turn to meta work", async () => {
    const d = dir();
    await fs.mkdir(path.join(d, "docs/backlog"), { recursive: true });
    const product = Array.from({ length: 9 }, (_, i) => `${i + 1}. P${i + 1}`).join("\n") + "\n";
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), product);
    await fs.writeFile(path.join(d, "docs/backlog/meta.md"), "- [x] M0a\n- [x] M0b\n- [ ] M1\n- [ ] M2\n");
    const order = async () =>
      JSON.parse((await cli(d, ["backlog", "next", "--json", "--count", "20"])).out).map((i: { text: string }) => i.text);
    // The open meta item comes after P4, not after P9.
    expect(await order()).toEqual(["P1", "P2", "P3", "P4", "M1", "P5", "P6", "P7", "P8", "M2", "P9"]);
    // A product item marked blocked in its file: meta moves ahead into its place.
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), product.replace("1. P1", "1. P1 <!-- blocked: waiting for the design -->"));
    expect(await order()).toEqual(["M1", "P2", "P3", "P4", "P5", "M2", "P6", "P7", "P8", "P9"]);
    const merged = JSON.parse((await cli(d, ["backlog", "merge", "--json"])).out);
    expect(merged.find((r: { text: string }) => r.text === "P1")).toMatchObject({ status: "blocked", reason: "waiting for the design" });
    // Or in the state: block, then unblock.
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), product);
    const p2 = JSON.parse((await cli(d, ["backlog", "merge", "--json"])).out).find((r: { text: string }) => r.text === "P2").id;
    expect((await cli(d, ["backlog", "block", p2, "--reason", "needs an API key", "--no-push"])).code).toBe(0);
    expect((await order()).slice(0, 5)).toEqual(["P1", "M1", "P3", "P4", "P5"]);
    expect((await cli(d, ["backlog", "block", p2, "--no-push"])).err).toMatch(/--reason is required/);
    expect((await cli(d, ["backlog", "unblock", p2, "--no-push"])).code).toBe(0);
    expect((await order()).slice(0, 5)).toEqual(["P1", "P2", "P3", "P4", "M1"]);
    // Product items done through the queue count towards the next meta turn.
    const p1 = (await order())[0] === "P1" ? JSON.parse((await cli(d, ["backlog", "next", "--json"])).out).id : undefined;
    expect((await cli(d, ["backlog", "done", p1, "--no-push"])).code).toBe(0);
    expect((await order()).slice(0, 4)).toEqual(["P2", "P3", "P4", "M1"]);
  });

  it("next --require-work fails when items are left but none is open, and passes when the backlog is finished", async () => {
    const d = dir();
    await fs.mkdir(path.join(d, "docs/backlog"), { recursive: true });
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), "1. Only item <!-- blocked: waiting for legal -->\n2. Other\n");
    await fs.writeFile(path.join(d, "docs/backlog/meta.md"), "");
    const other = JSON.parse((await cli(d, ["backlog", "next", "--json"])).out);
    await cli(d, ["backlog", "claim", other.id, "--no-push", "--owner", "run 7"]);
    const stalled = await cli(d, ["backlog", "next", "--json", "--count", "2", "--require-work"]);
    expect(stalled.code).toBe(1);
    expect(stalled.err).toMatch(
      /no backlog item is open, and 2 are left \(\.specpipe\/backlog-state\.json\): .* claimed by run 7; .* blocked: waiting for legal/,
    );
    expect((await cli(d, ["backlog", "next", "--json", "--count", "2"])).out).toBe("[]\n");
    await cli(d, ["backlog", "done", other.id, "--no-push"]);
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), "1. [x] Only item\n2. Other\n");
    const finished = await cli(d, ["backlog", "next", "--json", "--count", "2", "--require-work"]);
    expect(finished.code, finished.err).toBe(0);
    expect(finished.out).toBe("[]\n");
  });

  it("refuses backlog files outside the workspace and files that are not UTF-8, naming them", async () => {
    const d = dir();
    await fs.mkdir(path.join(d, "docs/backlog"), { recursive: true });
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), Buffer.from([0x31, 0x2e, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    await fs.writeFile(path.join(d, "docs/backlog/meta.md"), "");
    const latin1 = await cli(d, ["backlog", "next"]);
    expect(latin1.code).toBe(1);
    expect(latin1.err).toContain("docs/backlog/product.md is not valid UTF-8 (byte 6, line 1)");
    const outside = await cli(d, ["backlog", "next", "--product", "../../etc/passwd"]);
    expect(outside.code).toBe(1);
    expect(outside.err).toContain('the product backlog "../../etc/passwd" is outside the workspace');
  });

  describe("claims race through a bare remote", () => {
    let repo: TestRepo;
    afterEach(async () => repo?.cleanup());

    it("two processes claiming one item end with one owner; the loser is told to take another", async () => {
      repo = await createRepo({ files: { "docs/backlog/product.md": PRODUCT, "docs/backlog/meta.md": META } });
      const ids = JSON.parse((await cli(repo.dir, ["backlog", "next", "--json", "--count", "4"])).out).map(
        (i: { id: string }) => i.id,
      ) as string[];
      const clones = await Promise.all([0, 1].map(() => cloneRepo(repo.remote)));
      for (const c of clones) cleanups.defer(c.cleanup);
      const [a, b] = await Promise.all(
        clones.map((c, k) => runWorker(c.dir, [["backlog", "claim", ids[0], "--owner", `job-${k}`]], TEST_ENV)),
      );
      const codes = [a.runs[0].code, b.runs[0].code].sort();
      expect(codes, a.stderr + b.stderr + JSON.stringify([a.runs, b.runs])).toEqual([0, 3]);
      const loser = [a, b].find((r) => r.runs[0].code === 3)!;
      expect(loser.runs[0].err).toMatch(/is claimed by job-[01]\. Take another: next open is/);
      const shared = JSON.parse(await repo.git.run(["--git-dir", repo.remote, "show", "specpipe-backlog:backlog-state.json"]));
      const winner = [a, b].find((r) => r.runs[0].code === 0)!;
      expect(Object.keys(shared.claims)).toEqual([ids[0]]);
      expect(winner.runs[0].out).toContain(`for ${shared.claims[ids[0]].owner}`);
      // The state went to its own branch: the default branch and the user's clone are untouched.
      const winnerClone = clones[winner === a ? 0 : 1];
      expect((await winnerClone.git.status()).length).toBe(0);
      expect(await repo.git.run(["--git-dir", repo.remote, "rev-parse", "main"])).toBe(await repo.git.run(["rev-parse", "HEAD"]));
      expect(await repo.git.run(["--git-dir", repo.remote, "ls-tree", "--name-only", "specpipe-backlog"])).toBe("backlog-state.json\n");
    });

    it("four processes claiming four items: every claim survives the push races", async () => {
      repo = await createRepo({ files: { "docs/backlog/product.md": PRODUCT, "docs/backlog/meta.md": META } });
      const ids = JSON.parse((await cli(repo.dir, ["backlog", "next", "--json", "--count", "4"])).out).map(
        (i: { id: string }) => i.id,
      ) as string[];
      const clones = await Promise.all(ids.map(() => cloneRepo(repo.remote)));
      for (const c of clones) cleanups.defer(c.cleanup);
      const results = await Promise.all(
        clones.map((c, k) => runWorker(c.dir, [["backlog", "claim", ids[k], "--owner", `job-${k}`, "--json"]], TEST_ENV)),
      );
      for (const r of results) expect(r.runs[0].code, r.stderr + JSON.stringify(r.runs)).toBe(0);
      const shared = JSON.parse(await repo.git.run(["--git-dir", repo.remote, "show", "specpipe-backlog:backlog-state.json"]));
      expect(Object.keys(shared.claims).sort()).toEqual([...ids].sort());
      expect(ids.map((id) => shared.claims[id].owner)).toEqual(["job-0", "job-1", "job-2", "job-3"]);
      // `done` from a clone that is behind: fetched, applied on the tip, pushed.
      const done = await cli(clones[0].dir, ["backlog", "done", ids[3]]);
      expect(done.code, done.err).toBe(0);
      const after = JSON.parse(await repo.git.run(["--git-dir", repo.remote, "show", "specpipe-backlog:backlog-state.json"]));
      expect(Object.keys(after.done)).toEqual([ids[3]]);
      expect(Object.keys(after.claims).sort()).toEqual([ids[0], ids[1], ids[2]].sort());
    });
  });
});
