import { afterEach, describe, expect, it } from "vitest";
import { createRepo, type TestRepo } from "../../../../test/harness/repo.js";
import { resolveRange } from "./resolve.js";

/**
 * A terminal's default range (eventName "cli", what `specpipe commits check` and the hooks ask
 * for): the commits a push would send, i.e. those HEAD has that its upstream branch has not.
 */
const repos: TestRepo[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
});

describe("resolveRange for a terminal", () => {
  it("checks what HEAD has that the upstream branch has not, and nothing once it is pushed", async () => {
    const r = await createRepo({ files: { a: "1" } });
    repos.push(r);
    const pushed = await r.git.head();
    await r.write("b", "2");
    await r.commit("feat: two");
    await r.write("c", "3");
    const head = await r.commit("feat: three");

    const ahead = await resolveRange(r.git, { eventName: "cli" });
    expect(ahead).toMatchObject({ from: pushed, to: head, mode: "manual", adrScope: "commit" });
    expect(ahead.notes).toEqual([`checking the commits not on origin/main (since ${pushed.slice(0, 12)})`]);

    await r.push();
    await r.git.fetch("origin");
    const even = await resolveRange(r.git, { eventName: "cli" });
    expect(even).toMatchObject({ from: head, to: head });
    expect(even.notes).toEqual(["nothing to check: HEAD is on origin/main"]);
  });

  it("without an upstream, falls back to what the default branch has not; explicit from/to still win", async () => {
    const r = await createRepo({ files: { a: "1" } });
    repos.push(r);
    const base = await r.git.head();
    await r.git.run(["switch", "--quiet", "--create", "topic", "--no-track"]);
    await r.write("b", "2");
    const head = await r.commit("feat: two");

    const range = await resolveRange(r.git, { eventName: "cli" });
    expect(range).toMatchObject({ from: base, to: "HEAD", mode: "full" });
    expect(await resolveRange(r.git, { eventName: "cli", from: head, to: head })).toMatchObject({ from: head, to: head, mode: "manual" });
  });
});
