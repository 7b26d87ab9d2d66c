import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isUserError } from "../errors.js";
import { decodeText, decodeUtf8, firstInvalidUtf8 } from "./document.js";

const fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const valid = (b: Uint8Array) => {
  try {
    fatal.decode(b);
    return true;
  } catch {
    return false;
  }
};

describe("strict UTF-8", () => {
  it("names the byte offset and line of the first bad sequence", () => {
    const bytes = Buffer.concat([Buffer.from("id: a\nname: caf"), Buffer.from([0xe9]), Buffer.from("\n")]);
    try {
      decodeUtf8(bytes, "playbook.yml");
      expect.unreachable();
    } catch (e) {
      expect(isUserError(e)).toBe(true);
      if (!isUserError(e)) return;
      expect(e.message).toBe("playbook.yml is not valid UTF-8 (byte 15, line 2)");
      expect(e.line).toBe(2);
      expect(e.code).toBe("text.encoding");
    }
  });

  it("agrees with the fatal TextDecoder on any bytes, and the prefix before the offset is valid (property)", () => {
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(0x80, 0xbf, 0xc0, 0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff),
    );
    const chunk = fc.oneof(
      fc.array(byte, { maxLength: 6 }).map((a) => Uint8Array.from(a)),
      fc.string({ unit: "binary", maxLength: 6 }).map((s) => Buffer.from(s, "utf8")),
    );
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 8 }), (chunks) => {
        const bytes = Buffer.concat(chunks);
        const at = firstInvalidUtf8(bytes);
        expect(at === -1).toBe(valid(bytes));
        if (at >= 0) {
          expect(valid(bytes.subarray(0, at))).toBe(true);
          expect(at).toBeLessThan(bytes.length);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("decodeText keeps the BOM and line endings as facts", () => {
    const d = decodeText(Buffer.from("\uFEFFa\r\nb\r\n", "utf8"));
    expect(d).toEqual({ text: "a\r\nb\r\n", bom: true, eol: "\r\n" });
  });
});
