import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logSafe } from "./log-safe.js";

describe("logSafe", () => {
  it("keeps user data on its line and never lets it start a workflow command", () => {
    expect(logSafe("task-1")).toBe("task-1");
    expect(logSafe("x\n::error::pwned")).toBe("x\\n::error::pwned");
    expect(logSafe("::add-mask::x")).toBe("\\::add-mask::x");
    expect(logSafe("  ::warning::x")).toBe("  \\::warning::x");
    expect(logSafe("a\r\nb\u2028c\u0007")).toBe("a\\r\\nb\\u2028c\\u0007");
    expect(logSafe("tabs\tstay")).toBe("tabs\tstay");
  });

  it("for any value, printed after any prefix, no line of the output is a workflow command (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.constantFrom("", "recorded ", "  "), (value, prefix) => {
        const out = prefix + logSafe(value);
        expect(out.split(/\r\n|\r|\n|\u2028|\u2029/)).toHaveLength(1);
        expect(out.trimStart().startsWith("::")).toBe(false);
      }),
    );
  });
});
