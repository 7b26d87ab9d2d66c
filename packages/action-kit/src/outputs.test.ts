import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseCommandFile } from "../../../test/harness/run-action.js";
import { tempDir } from "../../../test/harness/repo.js";
import { capText, OUTPUT_BUDGET_BYTES, setOutputs } from "./outputs.js";

const saved = process.env.GITHUB_OUTPUT;
const dirs: string[] = [];
afterEach(async () => {
  process.env.GITHUB_OUTPUT = saved;
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

async function outputsOf(values: Record<string, unknown>, budget?: number): Promise<{ raw: string; parsed: Record<string, string> }> {
  const dir = tempDir("specpipe-outputs-");
  dirs.push(dir);
  const file = path.join(dir, "output");
  await fs.writeFile(file, "");
  process.env.GITHUB_OUTPUT = file;
  setOutputs(values, budget);
  const raw = await fs.readFile(file, "utf8");
  return { raw, parsed: parseCommandFile(raw) };
}

describe("setOutputs", () => {
  it("writes small outputs as they are: strings as text, the rest as JSON", async () => {
    const { parsed } = await outputsOf({ a: "x\ny", b: true, c: 3, d: [{ k: 1 }], e: undefined });
    expect(parsed).toEqual({ a: "x\ny", b: "true", c: "3", d: '[{"k":1}]' });
  });

  it("keeps the whole step within the 1 MB the runner allows: small outputs whole, big ones cut with a marker", async () => {
    const diff = "+| 001 " + "x".repeat(50 * 1024 * 1024) + " |\n";
    const rows = Array.from({ length: 40_000 }, (_, k) => ({ key: `${k}-spec`, row: `| ${k} ${"t".repeat(100)} |` }));
    const { raw, parsed } = await outputsOf({ changed: true, diff, "added-rows": rows, count: 7 });
    // The runner sizes outputs as UTF-16: two bytes a character.
    expect(raw.length * 2).toBeLessThanOrEqual(OUTPUT_BUDGET_BYTES + 4096);
    expect(parsed.changed).toBe("true");
    expect(parsed.count).toBe("7");
    expect(parsed.diff.startsWith("+| 001 xxx")).toBe(true);
    expect(parsed.diff).toMatch(/\[specpipe: \d+ more characters cut here; a step's outputs may hold 1 MB in all/);
    const list = JSON.parse(parsed["added-rows"]) as unknown[];
    expect(list.length).toBeGreaterThan(100);
    expect(list.length).toBeLessThan(rows.length);
    expect(list.slice(0, -1)).toEqual(rows.slice(0, list.length - 1));
    expect(list[list.length - 1]).toBe(
      `[specpipe: ${rows.length - list.length + 1} more items cut here; a step's outputs may hold 1 MB in all, the job log and summary say more]`,
    );
  });

  it("capText never splits a surrogate pair and always fits", () => {
    const text = "😀".repeat(1000);
    for (const max of [150, 151, 152, 999]) {
      const out = capText(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    expect(capText("short", 10)).toBe("short");
  });
});
