import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { snapshotTree, speckitSnapshots } from "../../../../test/harness/speckit-fixture.js";
import { UserError } from "../errors.js";
import {
  describingLine,
  featureName,
  nextFeatureNumber,
  parseLsRemoteHeads,
  shortName,
  timestampPrefix,
  validateBranchName,
} from "./naming.js";

const NOW = new Date("2026-03-19T14:30:22Z");

describe("shortName", () => {
  // ../shared/speckit/README.md, "Recorded script runs".
  it.each([
    ["Add CSV export", "csv-export"],
    ["Implement OAuth2 integration for the API", "implement-oauth2-integration-api"],
    ["Fix payment timeout bug", "fix-payment-timeout-bug"],
    ["Dashboard for analytics", "dashboard-analytics"],
    ["Another feature idea", "another-feature-idea"],
    ["Plain text output mode", "plain-text-output-mode"],
    ["After timestamp dir", "after-timestamp-dir"],
    ["No jq here", "here"],
  ])("names as Spec Kit's create-new-feature.sh does (its recorded runs): shortName(%j) is %j", (input, expected) => {
    expect(shortName(input)).toBe(expected);
  });

  it.each([
    ["Add a dark mode toggle to the settings page", "dark-mode-toggle"],
    ["I want to add user authentication with OAuth2", "user-authentication-oauth2"],
    ["Real-time chat rooms", "real-time-chat-rooms"],
    ["Real-time chat rooms export", "real-time-chat"],
    ["Add CSV export to the monthly reports page", "csv-export-monthly"],
    ["Fix UI lag", "fix-ui-lag"],
    ["Fix ui lag", "fix-lag"],
    ["# Team calendar sync\n\nSync the team calendar hourly.", "team-calendar-sync"],
    ["Ünïcödé café menus", "caf-menus"],
    ["a to of", "a-to-of"],
    ["!!! ???", "feature"],
    ["", "feature"],
  ])("keeps 3 meaningful words (4 when exactly 4), acronyms, and reads the whole description: shortName(%j) is %j", (input, expected) => {
    expect(shortName(input)).toBe(expected);
  });

  it("names the feature from its first sentence or title", () => {
    expect(describingLine("\n\n  Build a thing. Then another.")).toBe("Build a thing");
    expect(describingLine("## Spec: Payments\nbody")).toBe("Payments");
  });

  it("always gives lower-case words joined by single hyphens (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const name = shortName(text);
        expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(() => validateBranchName(featureName({ description: text, numbering: "sequential", taken: [], now: NOW }))).not.toThrow();
      }),
    );
  });

  const tree = snapshotTree("claude");
  it.skipIf(!tree)(
    `gives the folder Spec Kit 1.0.1's own create-new-feature.sh gives, for any description (property)${tree ? "" : ` — ${speckitSnapshots().reason}`}`,
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), "specpipe-naming-"));
      try {
        cpSync(path.join(tree!, ".specify"), path.join(dir, ".specify"), { recursive: true });
        execFileSync("chmod", ["-R", "u+w", dir]);
        mkdirSync(path.join(dir, "specs/007-existing"), { recursive: true });
        mkdirSync(path.join(dir, "specs/20250101-120000-timestamped"), { recursive: true });
        const words = fc.constantFrom(
          "Add",
          "the",
          "CSV",
          "export",
          "UI",
          "to",
          "ok",
          "OAuth2",
          "dashboard",
          "for",
          "user",
          "auth",
          "API",
          "mode",
          "x",
          "é",
          "a",
          "Fix",
        );
        const description = fc
          .array(fc.oneof(words, fc.string({ minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 9 })
          .map((ws) => ws.join(" "))
          .filter((d) => /[A-Za-z0-9]/.test(d) && !d.trim().startsWith("-"));
        fc.assert(
          fc.property(description, (text) => {
            const r = spawnSync(path.join(dir, ".specify/scripts/bash/create-new-feature.sh"), ["--json", "--dry-run", text], {
              cwd: dir,
              encoding: "utf8",
              env: { PATH: process.env.PATH, LANG: "C.UTF-8" },
            });
            expect(r.status, r.stderr).toBe(0);
            const theirs = (JSON.parse(r.stdout) as { BRANCH_NAME: string }).BRANCH_NAME;
            const ours = featureName({
              description: text,
              numbering: "sequential",
              taken: ["007-existing", "20250101-120000-timestamped"],
              now: NOW,
            });
            expect(ours).toBe(theirs);
          }),
          { numRuns: 20 },
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe("feature numbers and branches", () => {
  const name = (description: string, taken: string[], extra: Partial<Parameters<typeof featureName>[0]> = {}) =>
    featureName({ description, numbering: "sequential", taken, now: NOW, ...extra });

  it("is one above the highest number, three digits at least; timestamp folders do not count", () => {
    expect(nextFeatureNumber([])).toBe(1);
    expect(nextFeatureNumber(["001-a", "main", "0042-b", "release/3", "12-short"])).toBe(43);
    expect(nextFeatureNumber(["011-a", "20250101-120000-old-ts"])).toBe(12);
    expect(name("Add a dark mode toggle", ["001-greeting"])).toBe("002-dark-mode-toggle");
    expect(name("Add a dark mode toggle", ["1233-x"])).toBe("1234-dark-mode-toggle");
  });

  it("prefixes YYYYMMDD-HHMMSS with feature_numbering: timestamp", () => {
    expect(timestampPrefix(NOW)).toBe("20260319-143022");
    expect(name("Add CSV export", ["005-x"], { numbering: "timestamp" })).toBe("20260319-143022-csv-export");
  });

  it("uses branch-name as given when it has a prefix, numbers it otherwise, within 244 bytes", () => {
    expect(name("x y z", [], { requested: "010-custom" })).toBe("010-custom");
    expect(name("x y z", ["004-a"], { requested: "My Custom Name" })).toBe("005-my-custom-name");
    expect(() => name("x", [], { requested: "010-bad..name" })).toThrow(UserError);
    expect(() => validateBranchName("a b")).toThrow(/not a valid branch name/);
    expect(() => validateBranchName("x".repeat(245))).toThrow();
    const long = name(Array.from({ length: 3 }, () => "w".repeat(120)).join(" "), []);
    expect(Buffer.byteLength(long)).toBe(244);
    expect(long).toMatch(/^001-w+-w+$/);
  });

  it("reads git ls-remote --heads", () => {
    const sha = "a".repeat(40);
    expect(parseLsRemoteHeads(`${sha}\trefs/heads/main\n${sha}\trefs/heads/003-x/y\n${sha}\trefs/tags/v1\n`)).toEqual([
      { sha, branch: "main" },
      { sha, branch: "003-x/y" },
    ]);
  });
});
