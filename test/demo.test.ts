import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./harness/run-action.js";

/**
 * `npm run demo` is the README's first command: it must run the whole story and say so. The demo
 * checks each step itself and exits 1 naming what went wrong (a step that failed used to print
 * "undefined" and exit 0); this runs it as a reader would, on the bundles in dist/.
 *
 * Build first: npm run build
 */
async function demo(): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, "scripts/demo.mjs")], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr.on("data", (c: Buffer) => (out += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, out };
}

describe("npm run demo", () => {
  it("runs every step of the pipeline on the example repository, and every step does what it says", async () => {
    const { code, out } = await demo();
    expect(code, out).toBe(0);
    expect(out).not.toContain("undefined");
    expect(out).not.toContain("✗");
    expect(out).toMatch(/real run: rows added 002-password-reset, 003-order-history, glossary/);
    expect(out).toContain("second run: changed=false (idempotent)");
    expect(out).toMatch(/- spec-hash-missing: no Spec-Hash trailer/);
    expect(out).toContain("after green tests: advanced=true → active step harden");
    expect(out).toMatch(/status succeeded; branch \d{3}-show-weekly-usage; pull request https:\/\/github\.example\/acme\/shop\/pull\/1/);
    expect(out).toMatch(/heal issue: https:\/\/github\.example\/acme\/shop\/issues\/\d+/);
    const dashboard = /dashboard: (\S+)/.exec(out)?.[1];
    expect(dashboard).toBeDefined();
    expect(await fs.readFile(dashboard!, "utf8")).toMatch(/<html/i);
    // It cleans nothing up on purpose (the reader opens the dashboard); the test does.
    await fs.rm(path.dirname(path.dirname(path.dirname(dashboard!))), { recursive: true, force: true });
  }, 300_000);
});
