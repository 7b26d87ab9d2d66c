import { promises as fs } from "node:fs";
import { afterEach } from "vitest";
import { main } from "../../packages/cli/src/main.js";
import { createRepo, tempDir, TEST_ENV, type TestRepo } from "./repo.js";

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

/**
 * Runs one command line as in a developer's terminal: this process's environment without what a
 * runner or a token would add (GITHUB_ACTIONS, GITHUB_RUN_ID, GITHUB_REPOSITORY, GITHUB_TOKEN,
 * GH_TOKEN), then `env` (a test that plays a runner gives those back).
 */
export function cliInTerminal(env: NodeJS.ProcessEnv, cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const base = { ...process.env, ...TEST_ENV };
  for (const name of ["GITHUB_ACTIONS", "GITHUB_RUN_ID", "GITHUB_TOKEN", "GH_TOKEN", "GITHUB_REPOSITORY"]) delete base[name];
  return runMain(cwd, argv, { ...base, ...env });
}

/** A maker of repositories with these files (and a bare origin), each removed after its test. */
export function reposAfterEach(files: Record<string, string>): () => Promise<TestRepo> {
  const made: TestRepo[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((r) => r.cleanup()));
  });
  return async () => {
    const r = await createRepo({ files });
    made.push(r);
    return r;
  };
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
