import { describe, expect, it } from "vitest";
import { capText, neutralise, neutraliseCommands, neutraliseMentions, oneLine } from "./neutralise.js";

describe("neutralise", () => {
  it.each([
    ["ping @octocat and @org/team-a now", "ping `@octocat` and `@org/team-a` now"],
    ["@lead first", "`@lead` first"],
    ["mail ann@example.com", "mail ann@example.com"],
    ["already `@quoted`", "already `@quoted`"],
    ["(@x)", "(`@x`)"],
  ])(
    "wraps user and team mentions in code, leaves e-mail addresses and code as they are: neutraliseMentions(%j) is %j",
    (input, expected) => {
      expect(neutraliseMentions(input)).toBe(expected);
    },
  );

  it("breaks a workflow command at the start of any line, after blanks too, and nowhere else", () => {
    const out = neutraliseCommands("::set-output name=a::b\n  ::error::x\nstd::vector");
    expect(out.split("\n").some((l) => /^\s*::/.test(l))).toBe(false);
    expect(out).toContain("std::vector");
    expect(out.replace(/\u200b/g, "")).toBe("::set-output name=a::b\n  ::error::x\nstd::vector");
  });

  it("does both, and a neutralised text stays the same when neutralised again", () => {
    const once = neutralise("::warning::hi @org/team");
    expect(neutralise(once)).toBe(once);
    expect(once).not.toMatch(/^::/);
    expect(once).toContain("`@org/team`");
  });

  it("caps by code points and makes one line", () => {
    expect(capText("abcdef", 4)).toBe("abc…");
    expect(capText("abc", 4)).toBe("abc");
    expect([...capText("😀".repeat(10), 5)]).toHaveLength(5);
    expect(oneLine("a\n::b\u0007\tc")).toBe("a ::b c");
  });
});
