import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logSafe } from "./log-safe.js";

describe("logSafe", () => {
  it.each([
    ["task-1", "task-1"],
    ["x\n::error::pwned", "x\\n::error::pwned"],
    ["::add-mask::x", "\\::add-mask::x"],
    ["  ::warning::x", "  \\::warning::x"],
    ["a\r\nb\u2028c\u0007", "a\\r\\nb\\u2028c\\u0007"],
    ["tabs\tstay", "tabs\tstay"],
  ])("keeps user data on its line and never lets it start a workflow command: logSafe(%j) is %j", (input, expected) => {
    expect(logSafe(input)).toBe(expected);
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
