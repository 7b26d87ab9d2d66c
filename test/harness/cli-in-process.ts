import { afterEach } from "vitest";
import { main } from "../../packages/cli/src/main.js";
import { TEST_ENV, type TestRepo } from "./repo.js";
import { createSpecRepo } from "./spec-repo.js";

/**
 * The CLI's command tests run `main` in-process over spec repositories: `specRepos()` registers
 * their cleanup after each test and returns a maker; `cli` runs one command line and collects
 * what it printed.
 */
export function specRepos(): () => Promise<TestRepo> {
  const repos: TestRepo[] = [];
  afterEach(async () => {
    await Promise.all(repos.splice(0).map((r) => r.cleanup()));
  });
  return async () => {
    const r = await createSpecRepo();
    repos.push(r);
    return r;
  };
}

export async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd, env: { ...process.env, ...TEST_ENV }, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
