import { spawnSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import ts from "typescript";
import { parseCommandFile, REPO_ROOT } from "../../../test/harness/run-action.js";

/**
 * runner.ts replaces @actions/core on our start-up path. This test runs the same calls through
 * both, in child processes, and requires the same stdout and the same output/state files
 * (delimiters aside, which are random in both).
 */
const script = (impl: string) => `
const core = await import(${JSON.stringify(impl)});
core.info("plain line");
core.setSecret("s3cr3t%value");
core.setOutput("simple", "value");
core.setOutput("multi", "line 1\\nline 2\\r\\n%percent");
core.setOutput("json", { a: [1, 2], b: "x" });
core.saveState("st", "state value");
core.error("an error: with, punctuation\\nand newline", { title: "T: 1, 2", file: "docs/a b.md", startLine: 3, startColumn: 7 });
core.warning("warn %25");
core.notice("note", { file: "x.md" });
core.startGroup("group name");
core.debug("debug msg");
core.endGroup();
process.stdout.write("input=" + core.getInput("my input") + "|\\n");
core.setFailed("failed: reason");
`;

async function run(impl: string) {
  // Inside the repository (gitignored) so that "@actions/core" resolves from node_modules.
  const dir = await fs.mkdtemp(path.join(REPO_ROOT, ".specpipe-tmp", "runner-"));
  const out = path.join(dir, "out");
  const state = path.join(dir, "state");
  await fs.writeFile(out, "");
  await fs.writeFile(state, "");
  const file = path.join(dir, "s.mjs");
  await fs.writeFile(file, script(impl));
  const r = spawnSync(process.execPath, [file], {
    env: { PATH: process.env.PATH, GITHUB_OUTPUT: out, GITHUB_STATE: state, INPUT_MY_INPUT: "  spaced  " },
    encoding: "utf8",
  });
  const result = {
    stdout: r.stdout,
    status: r.status,
    outputs: parseCommandFile(await fs.readFile(out, "utf8")),
    state: parseCommandFile(await fs.readFile(state, "utf8")),
  };
  await fs.rm(dir, { recursive: true, force: true });
  return result;
}

describe("runner protocol", () => {
  it("writes exactly what @actions/core writes", async () => {
    await fs.mkdir(path.join(REPO_ROOT, ".specpipe-tmp"), { recursive: true });
    const source = await fs.readFile(path.join(REPO_ROOT, "packages/action-kit/src/runner.ts"), "utf8");
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const compiled = path.join(REPO_ROOT, ".specpipe-tmp", "runner-under-test.mjs");
    await fs.writeFile(compiled, js);
    const ours = await run(compiled);
    const theirs = await run("@actions/core");
    expect(ours).toEqual(theirs);
    expect(theirs.outputs.multi).toBe("line 1\nline 2\r\n%percent");
    expect(theirs.status).toBe(1);
  });
});
