import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { UserError } from "../errors.js";
import { describingLine, featureBranch, nextFeatureNumber, parseLsRemoteHeads, shortName, validateBranchName } from "./naming.js";

describe("shortName", () => {
  it("keeps 2-4 meaningful words, lower-case, hyphenated, stop words dropped", () => {
    expect(shortName("Add a dark mode toggle to the settings page")).toBe("dark-mode-toggle");
    expect(shortName("I want to add user authentication with OAuth2")).toBe("user-authentication-oauth2");
    expect(shortName("Real-time chat rooms")).toBe("real-time-chat-rooms");
    expect(shortName("Real-time chat rooms export")).toBe("real-time-chat");
    expect(shortName("Add CSV export to the monthly reports page")).toBe("csv-export-monthly");
    expect(shortName("Fix UI lag")).toBe("fix-ui-lag");
    expect(shortName("# Feature Specification: Team calendar sync\n\nMore text.")).toBe("team-calendar-sync");
    expect(shortName("Ünïcödé café menus")).toBe("unicode-cafe-menus");
    expect(shortName("a to of")).toBe("a-to-of");
    expect(shortName("!!! ???")).toBe("feature");
    expect(shortName("")).toBe("feature");
  });

  it("names the feature from its first sentence or title", () => {
    expect(describingLine("\n\n  Build a thing. Then another.")).toBe("Build a thing");
    expect(describingLine("## Spec: Payments\nbody")).toBe("Payments");
  });

  it("always gives 1-4 lower-case words joined by single hyphens (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const name = shortName(text);
        expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(name.length).toBeLessThanOrEqual(60);
        expect(() => validateBranchName(`001-${name}`)).not.toThrow();
      }),
    );
  });
});

describe("feature numbers and branches", () => {
  it("is one above the highest number in folders and branches, three digits at least", () => {
    expect(nextFeatureNumber([])).toBe(1);
    expect(nextFeatureNumber(["001-a", "main", "0042-b", "release/3", "12-short"])).toBe(43);
    expect(featureBranch(2, "Add a dark mode toggle")).toBe("002-dark-mode-toggle");
    expect(featureBranch(1234, "Add a dark mode toggle")).toBe("1234-dark-mode-toggle");
  });

  it("uses branch-name as given when numbered, numbers it otherwise", () => {
    expect(featureBranch(5, "x y z", "010-custom")).toBe("010-custom");
    expect(featureBranch(5, "x y z", "My Custom Name")).toBe("005-my-custom-name");
    expect(() => featureBranch(5, "x", "010-bad..name")).toThrow(UserError);
    expect(() => validateBranchName("a b")).toThrow(/not a valid branch name/);
    expect(() => validateBranchName("x".repeat(245))).toThrow();
  });

  it("reads git ls-remote --heads", () => {
    const sha = "a".repeat(40);
    expect(parseLsRemoteHeads(`${sha}\trefs/heads/main\n${sha}\trefs/heads/003-x/y\n${sha}\trefs/tags/v1\n`)).toEqual([
      { sha, branch: "main" },
      { sha, branch: "003-x/y" },
    ]);
  });
});
