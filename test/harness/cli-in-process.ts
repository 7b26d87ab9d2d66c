import { promises as fs } from "node:fs";
import { afterEach } from "vitest";
import { main } from "../../packages/cli/src/main.js";
import { tempDir, TEST_ENV } from "./repo.js";

/**
 * The CLI's command tests run `main` in-process over spec repositories (`specRepos`, re-exported
 * from spec-repo.ts); `cli` runs one command line and collects what it printed.
 */
export { specRepos } from "./spec-repo.js";

export function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runMain(cwd, argv, { ...process.env, ...TEST_ENV });
}

/** Runs one command line with only TEST_ENV and `env` as its environment (nothing of this process's). */
export function cliIsolated(cwd: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; out: string; err: string }> {
  return runMain(cwd, argv, { ...TEST_ENV, ...env });
}

async function runMain(cwd: string, argv: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd, env, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/**
 * What a test leaves to undo, undone after each test, last first: `dir` makes a temporary folder
 * to be removed, `defer` takes any other cleanup (a clone, a server).
 */
export function cleanupsAfterEach(prefix: string): { dir(): string; defer(cleanup: () => Promise<unknown>): void } {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });
  return {
    dir() {
      const d = tempDir(prefix);
      cleanups.push(() => fs.rm(d, { recursive: true, force: true }));
      return d;
    },
    defer(cleanup) {
      cleanups.push(cleanup);
    },
  };
}
