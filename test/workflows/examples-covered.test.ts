import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../harness/run-action.js";

/**
 * Every workflow we ship is executed by a scenario here, not only parsed: a new example without
 * one fails this test.
 */
describe("the example workflows", () => {
  it("each is played by a scenario in test/workflows/", () => {
    const examples = readdirSync(path.join(REPO_ROOT, "workflows-examples")).filter((f) => /\.ya?ml$/.test(f));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    const scenarios = readdirSync(path.join(REPO_ROOT, "test/workflows"))
      .filter((f) => f.endsWith(".test.ts") && f !== "examples-covered.test.ts")
      .map((f) => readFileSync(path.join(REPO_ROOT, "test/workflows", f), "utf8"));
    for (const example of examples) {
      const played = scenarios.some(
        (text) => text.includes(`workflows-examples/${example}`) || text.includes(`copyExample(repo, "${example}")`),
      );
      expect(played, `${example} has no scenario`).toBe(true);
    }
  });
});
