import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adrLinks, checkAdrs, hasReason, nextAdrNumber, renderAdr, slugify, supersededBySplice } from "./adr.js";

describe("ADR helpers", () => {
  it("numbers, names and renders in the house format", () => {
    expect(nextAdrNumber(["0001-a.md", "0003-c.md", "README.md", "XXXX-draft.md"])).toBe(4);
    expect(nextAdrNumber([])).toBe(1);
    expect(slugify("Use SHA-256 for the spec hash!")).toBe("use-sha-256-for-the-spec-hash");
    expect(slugify("Spec amendment: adopt a living spec for specpipe itself, the suite runs its own rules")).toBe(
      "spec-amendment-adopt-a-living-spec-for-specpipe-itself-the",
    );
    const text = renderAdr({
      number: 7,
      title: "Spin twice",
      date: "2026-01-02",
      context: "Asked.",
      specHashBefore: "aaaaaaaaaaaa",
      specHashAfter: "bbbbbbbbbbbb",
      supersedes: "0003-c.md",
    });
    expect(text).toBe(
      "# 7. Spin twice\n\nDate: 2026-01-02\n\n## Status\n\nProposed\n\nSupersedes: [0003-c](0003-c.md)\n\n## Context\n\nAsked.\n\nSpec-Hash-Before: aaaaaaaaaaaa\nSpec-Hash-After: bbbbbbbbbbbb\n\n## Decision\n\nWhat is the change that we are proposing and/or doing?\n\n## Consequences\n\nWhat becomes easier or more difficult to do because of this change?\n",
    );
    expect(hasReason(text)).toBe(true);
    expect(hasReason("# 1. X\n\n## Context\n\n## Decision\n\nx\n")).toBe(false);
    expect(adrLinks(text, ["0003-c.md"])).toEqual([{ kind: "supersedes", target: "0003-c.md", text: "0003-c.md", line: 9 }]);
  });

  it("reads links as Markdown links, four-digit numbers and ADR N, not dates", () => {
    const names = ["0001-a.md", "0002-b.md"];
    const links = adrLinks("Supersedes: 0001\n- **Superseded by** ADR 2 on 2026-01-01\nSupersedes: [x](0009-x.md)\n", names);
    expect(links.map((l) => [l.kind, l.target ?? null])).toEqual([
      ["supersedes", "0001-a.md"],
      ["superseded-by", "0002-b.md"],
      ["supersedes", null],
    ]);
    expect(
      checkAdrs([
        { name: "0001-a.md", content: "Superseded by: 0002\n" },
        { name: "0002-b.md", content: "Supersedes: 0001\n" },
      ]),
    ).toEqual([]);
  });

  it("splices 'Superseded by' after the status, keeping every other byte (property)", () => {
    const line = fc.constantFrom(
      "# 3. Title",
      "## Status",
      "Accepted",
      "- Status: Accepted",
      "Status: Proposed",
      "",
      "text",
      "## Context",
      "# heading",
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.constantFrom("\n" as const, "\r\n" as const), (lines, eol) => {
        const text = lines.join(eol);
        const { at, insert } = supersededBySplice(text, "0009-new.md", eol);
        const out = text.slice(0, at) + insert + text.slice(at);
        expect(out.slice(0, at) + out.slice(at + insert.length)).toBe(text);
        if (eol === "\n") expect(insert).not.toContain("\r");
        expect(adrLinks(out, ["0009-new.md"]).some((l) => l.kind === "superseded-by" && l.target === "0009-new.md")).toBe(true);
      }),
    );
  });

  it("places the link in the house format and the list format", () => {
    const house = "# 1. X\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nc\n";
    const a = supersededBySplice(house, "0002-y.md");
    expect(house.slice(0, a.at) + a.insert + house.slice(a.at)).toBe(
      "# 1. X\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\nSuperseded by: [0002-y](0002-y.md)\n\n## Context\n\nc\n",
    );
    const list = "# 0001. X\r\n\r\n- Status: Accepted\r\n- Date: d\r\n";
    const b = supersededBySplice(list, "0002-y.md", "\r\n");
    expect(list.slice(0, b.at) + b.insert + list.slice(b.at)).toBe(
      "# 0001. X\r\n\r\n- Status: Accepted\r\n- Superseded by: [0002-y](0002-y.md)\r\n- Date: d\r\n",
    );
  });
});
