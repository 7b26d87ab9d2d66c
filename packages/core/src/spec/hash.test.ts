import { mkdtempSync, promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeSpecHash, EMPTY_SPEC_HASH, hashMatches, hashSpecContents, normaliseSpecBytes } from "./hash.js";

const b = (s: string) => Buffer.from(s, "utf8");

// The test vectors of specs/002-spec-hash-check.md ("The hash").
describe("spec hash test vectors", () => {
  it("one file: SHA-256 of its normalised bytes", () => {
    expect(hashSpecContents([{ path: "docs/spec.md", content: b("hello\n") }]).full).toBe(
      "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03",
    );
    expect(hashSpecContents([{ path: "docs/spec.md", content: b("hello\n") }]).short).toBe("5891b5b522d5");
  });
  it("BOM and CRLF do not change the hash", () => {
    expect(hashSpecContents([{ path: "docs/spec.md", content: b("\uFEFFhello\r\n") }]).full).toBe(
      "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03",
    );
  });
  it("a lone CR is kept", () => {
    expect(hashSpecContents([{ path: "x", content: b("a\rb\r\n") }]).full).toBe(
      "367d1c77eadc1495a7db4200f46a8b90ea1fa926282722d308c05a65098a4112",
    );
  });
  it("no files: SHA-256 of nothing", () => {
    expect(EMPTY_SPEC_HASH.full).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
  it("several files: sorted, each `path NUL length NUL content`", () => {
    const expected = "610b1ed008c20655f13668fa14d8bb564f1abdb71be0064f2d1a8c7deab0d59c";
    // Unsorted with CRLF, and with a Windows separator: the same spec, the same hash.
    for (const files of [
      [
        { path: "docs/b.md", content: b("B\r\n") },
        { path: "docs/a.md", content: b("A\n") },
      ],
      [
        { path: "docs\\a.md", content: b("A\n") },
        { path: "docs/b.md", content: b("B\n") },
      ],
    ])
      expect(hashSpecContents(files).full).toBe(expected);
  });
  it("the spec of the fixtures", () => {
    expect(hashSpecContents([{ path: "docs/spec.md", content: b("# Spec\n\nThe widget shall spin.\n") }]).short).toBe("b372944052ad");
  });
});

describe("normalisation", () => {
  it("a Windows checkout (BOM, CRLF) hashes like the LF original (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "\r", "\n", "\r\n", "é", " ")), fc.boolean(), (parts, bom) => {
        const lf = parts.join("");
        const crlf = lf.replace(/(?<!\r)\n/g, "\r\n");
        const withBom = (s: string) => (bom ? "\uFEFF" + s : s);
        expect(normaliseSpecBytes(b(withBom(crlf))).includes(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
        expect(hashSpecContents([{ path: "s", content: b(withBom(crlf)) }])).toEqual(hashSpecContents([{ path: "s", content: b(lf) }]));
      }),
    );
  });
  it("order of files does not matter; content and path do (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,5}\.md$/), { minLength: 2, maxLength: 5 }), fc.string(), (names, text) => {
        const files = names.map((n, i) => ({ path: n, content: b(text + i) }));
        expect(hashSpecContents([...files].reverse())).toEqual(hashSpecContents(files));
        const changed = files.map((f, i) => (i === 0 ? { ...f, content: b(text + "x") } : f));
        expect(hashSpecContents(changed).full).not.toBe(hashSpecContents(files).full);
      }),
    );
  });
});

describe("hashMatches", () => {
  const h = hashSpecContents([{ path: "s", content: b("hello\n") }]);
  it("accepts 12..64 hex digit prefixes in any case", () => {
    expect(hashMatches("5891b5b522d5", h)).toBe(true);
    expect(hashMatches("5891B5B522D5DF", h)).toBe(true);
    expect(hashMatches(h.full, h)).toBe(true);
    expect(hashMatches("5891b5b522d", h)).toBe(false);
    expect(hashMatches("5891b5b522d6", h)).toBe(false);
    expect(hashMatches("", h)).toBe(false);
  });
});

describe("computeSpecHash", () => {
  it("reads literal paths and globs from a work tree", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "spec-hash-"));
    await fs.mkdir(path.join(root, "docs/spec"), { recursive: true });
    await fs.writeFile(path.join(root, "docs/spec.md"), "hello\r\n");
    await fs.writeFile(path.join(root, "docs/spec/b.md"), "B\n");
    await fs.writeFile(path.join(root, "docs/spec/a.md"), "A\n");
    const one = await computeSpecHash({ root });
    expect(one).toEqual({
      full: "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03",
      short: "5891b5b522d5",
      files: ["docs/spec.md"],
      missing: [],
    });
    const many = await computeSpecHash({ root, paths: ["docs/spec/*.md"] });
    expect(many.files).toEqual(["docs/spec/a.md", "docs/spec/b.md"]);
    const none = await computeSpecHash({ root, paths: ["nope.md"] });
    expect(none.files).toEqual([]);
    expect(none.missing).toEqual(["nope.md"]);
    expect(none.full).toBe(EMPTY_SPEC_HASH.full);
    await fs.rm(root, { recursive: true, force: true });
  });
});
