import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  claimItem,
  emptyState,
  findItem,
  formatState,
  interleave,
  itemId,
  markDone,
  nextItems,
  normaliseItem,
  parseBacklog,
  parseState,
  pendingCount,
  releaseItem,
  statusOf,
  type BacklogItem,
} from "./backlog.js";

const P = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. product ${i + 1}`).join("\n") + "\n";
const M = (n: number) => Array.from({ length: n }, (_, i) => `- [ ] meta ${i + 1}`).join("\n") + "\n";

function merged(product: string, meta: string, ratio = 4): BacklogItem[] {
  return interleave(parseBacklog(product, "product.md", "product"), parseBacklog(meta, "meta.md", "meta"), ratio);
}
const texts = (items: BacklogItem[]) => items.map((i) => i.text);

describe("parseBacklog", () => {
  it("reads numbered and checkbox items, ignores notes, sub-items and code", () => {
    const text = [
      "# Product backlog",
      "",
      "Some prose with 1. a number.",
      "1. First *thing*",
      "2) Second thing",
      "   continuation line",
      "    1. indented code, not an item",
      "- a plain bullet note",
      "- [ ] A checkbox item",
      "* [x] Done already",
      "```",
      "3. inside a fence",
      "```",
      "10. Tenth",
      "1. First thing",
    ].join("\r\n");
    const items = parseBacklog(text, "p.md", "product");
    expect(items.map((i) => [i.text, i.line, i.checked])).toEqual([
      ["First *thing*", 4, false],
      ["Second thing", 5, false],
      ["A checkbox item", 9, false],
      ["Done already", 10, true],
      ["Tenth", 14, false],
    ]);
  });

  it("identity is the normalised text: case, spaces, emphasis and a trailing dot do not matter", () => {
    expect(itemId("Add  *login* page.")).toBe(itemId("add login page"));
    expect(itemId("Add login page")).not.toBe(itemId("Add logout page"));
    expect(normaliseItem("  `Ship`   IT; ")).toBe("ship it");
  });

  it("never throws and only reports lines that are list items (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom("1. a", "- [ ] b", "- [x] c", "```", "2) d", "  3. e")), { maxLength: 30 }),
        (lines) => {
          const items = parseBacklog(lines.join("\n"), "f.md", "meta");
          for (const item of items) {
            expect(item.line).toBeGreaterThanOrEqual(1);
            expect(lines[item.line - 1]).toContain(item.text);
            expect(item.id).toBe(itemId(item.text));
          }
          expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
        },
      ),
    );
  });
});

describe("interleave", () => {
  it("product first, one meta item after every `ratio` product items, leftover meta at the end", () => {
    expect(texts(merged(P(9), M(3)))).toEqual([
      "product 1",
      "product 2",
      "product 3",
      "product 4",
      "meta 1",
      "product 5",
      "product 6",
      "product 7",
      "product 8",
      "meta 2",
      "product 9",
      "meta 3",
    ]);
    expect(texts(merged(P(2), M(3)))).toEqual(["product 1", "product 2", "meta 1", "meta 2", "meta 3"]);
    expect(texts(merged(P(3), M(0), 2))).toEqual(["product 1", "product 2", "product 3"]);
    expect(texts(merged(P(4), M(2), 1))).toEqual(["product 1", "meta 1", "product 2", "meta 2", "product 3", "product 4"]);
    expect(() => merged(P(1), M(1), 0)).toThrow(/ratio/);
  });

  it("keeps every item exactly once, in each list's order (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 6 }), (p, m, ratio) => {
        const out = texts(merged(P(p), M(m), ratio));
        expect(out).toHaveLength(p + m);
        expect(out.filter((t) => t.startsWith("product"))).toEqual(Array.from({ length: p }, (_, i) => `product ${i + 1}`));
        expect(out.filter((t) => t.startsWith("meta"))).toEqual(Array.from({ length: m }, (_, i) => `meta ${i + 1}`));
        // Never more than `ratio` product items in a row while meta items remain.
        let run = 0;
        let metaLeft = m;
        for (const t of out) {
          if (t.startsWith("meta")) {
            run = 0;
            metaLeft--;
          } else if (metaLeft > 0) expect(++run).toBeLessThanOrEqual(ratio);
        }
      }),
    );
  });
});

describe("progress by identity", () => {
  it("editing, adding and reordering items never skips or repeats one", () => {
    let state = emptyState();
    const v1 = merged("1. alpha\n2. beta\n3. gamma\n", "- [ ] tidy docs\n");
    const first = nextItems(v1, state, 1)[0];
    expect(first.text).toBe("alpha");
    state = markDone(state, first, "2026-03-01T00:00:00Z");
    expect(nextItems(v1, state, 1)[0].text).toBe("beta");
    // A person reorders, inserts a new item at the top, and fixes the case of "Beta".
    const v2 = merged("1. new top item\n2. gamma\n3. alpha\n4. Beta.\n", "- [ ] tidy docs\n");
    expect(texts(nextItems(v2, state, 10))).toEqual(["new top item", "gamma", "Beta.", "tidy docs"]);
    // Position-based progress would have skipped "new top item" or repeated "alpha"; identity does neither.
    expect(pendingCount(v2, state)).toBe(4);
  });

  it("an item that pins its id keeps its progress when it is reworded; the old hash can be the pin", () => {
    let state = emptyState();
    const v1 = merged("1. Sign-up form <!-- id: signup -->\n2. Password reset\n", "");
    expect(v1.map((i) => [i.id, i.text])).toEqual([
      ["signup", "Sign-up form"],
      [itemId("Password reset"), "Password reset"],
    ]);
    state = markDone(state, v1[0], "2026-03-01T00:00:00Z");
    state = markDone(state, v1[1], "2026-03-01T00:00:00Z");
    const resetId = v1[1].id;
    // Both are reworded; one keeps its pin, the other is pinned to its old hash.
    const v2 = merged(
      `1. Sign-up form with a captcha <!-- id: SignUp -->\n2. Reset a forgotten password <!-- id: ${resetId} -->\n3. Audit log\n`,
      "",
    );
    expect(texts(nextItems(v2, state, 10))).toEqual(["Audit log"]);
    // Without a pin, a reworded item is new work.
    const v3 = merged("1. Reset a forgotten password\n", "");
    expect(texts(nextItems(v3, state, 10))).toEqual(["Reset a forgotten password"]);
    // A comment that is not a pin stays part of the text.
    expect(merged("1. Ship it <!-- later -->\n", "")[0].text).toBe("Ship it <!-- later -->");
  });

  it("claims: one owner per item; next skips claimed and done items; the same owner may claim again", () => {
    const items = merged(P(3), M(1));
    const t = "2026-03-01T01:00:00.000Z";
    let state = emptyState();
    const c1 = claimItem(state, items[0], "run 1", t);
    expect(c1.ok).toBe(true);
    if (c1.ok) state = c1.state;
    expect(state.claims[items[0].id]).toEqual({ owner: "run 1", at: t, text: "product 1", expires: "2026-03-01T13:00:00.000Z" });
    expect(claimItem(state, items[0], "run 2", t)).toEqual({ ok: false, reason: "claimed", owner: "run 1" });
    expect(claimItem(state, items[0], "run 1", t).ok).toBe(true);
    expect(texts(nextItems(items, state, 2, Date.parse(t)))).toEqual(["product 2", "product 3"]);
    state = markDone(state, items[0], t);
    expect(state.claims).toEqual({});
    expect(claimItem(state, items[0], "run 2", t)).toEqual({ ok: false, reason: "done" });
  });

  it("a claim whose job died lapses after its time to live; a release gives it back at once", () => {
    const items = merged(P(2), M(0));
    const t0 = Date.parse("2026-03-01T01:00:00Z");
    const c = claimItem(emptyState(), items[0], "run 1", new Date(t0).toISOString(), 3_600_000);
    if (!c.ok) throw new Error("claim refused");
    expect(statusOf(items[0], c.state, t0 + 59 * 60_000)).toBe("claimed");
    expect(statusOf(items[0], c.state, t0 + 61 * 60_000)).toBe("open");
    expect(texts(nextItems(items, c.state, 1, t0 + 61 * 60_000))).toEqual(["product 1"]);
    expect(claimItem(c.state, items[0], "run 2", new Date(t0 + 61 * 60_000).toISOString()).ok).toBe(true);
    expect(statusOf(items[0], releaseItem(c.state, items[0]), t0)).toBe("open");
  });

  it("finds items by id or unambiguous prefix; state round-trips and rejects junk", () => {
    const items = merged(P(3), M(1));
    expect(findItem(items, items[1].id.slice(0, 6)).text).toBe("product 2");
    expect(() => findItem(items, "zzzzzz")).toThrow(/no backlog item/);
    const state = markDone(emptyState(), items[2], "2026-01-01T00:00:00Z");
    expect(parseState(formatState(state), "s.json")).toEqual(state);
    expect(() => parseState("{", "s.json")).toThrow(/not valid JSON/);
    expect(() => parseState('{"version":2}', "s.json")).toThrow(/not a backlog state file/);
    expect(parseState(undefined, "s.json")).toEqual(emptyState());
  });
});
