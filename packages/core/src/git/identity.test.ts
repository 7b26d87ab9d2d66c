import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDir } from "../../../../test/harness/repo.js";
import { GITHUB_ACTIONS_BOT } from "../defaults.js";
import { Git } from "./git.js";
import { identityFallbackEnv } from "./identity.js";

// A runner with no identity: no global or system config, an empty HOME, no GIT_* identity.
const home = tempDir("specpipe-home-");
const bare: NodeJS.ProcessEnv = {
  HOME: home,
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: undefined,
  GIT_AUTHOR_EMAIL: undefined,
  GIT_COMMITTER_NAME: undefined,
  GIT_COMMITTER_EMAIL: undefined,
  EMAIL: undefined,
};
const made: string[] = [home];
afterAll(() => Promise.all(made.map((d) => fs.rm(d, { recursive: true, force: true }))));

async function repo(): Promise<Git> {
  const top = tempDir("specpipe-ident-");
  made.push(top);
  const dir = path.join(top, "r");
  const git = new Git({ cwd: path.dirname(dir), env: bare });
  await git.run(["init", "--quiet", dir]);
  return git.at(dir);
}

describe("identityFallbackEnv", () => {
  it("names github-actions[bot] for both roles when nothing is configured, and the commit then works", async () => {
    const git = await repo();
    await expect(git.run(["commit", "--quiet", "--allow-empty", "-m", "x"])).rejects.toThrow(/identity unknown|auto-detect/i);
    const env = await identityFallbackEnv(git);
    expect(env).toEqual({
      GIT_AUTHOR_NAME: GITHUB_ACTIONS_BOT.name,
      GIT_AUTHOR_EMAIL: GITHUB_ACTIONS_BOT.email,
      GIT_COMMITTER_NAME: GITHUB_ACTIONS_BOT.name,
      GIT_COMMITTER_EMAIL: GITHUB_ACTIONS_BOT.email,
    });
    const g = new Git({ cwd: git.cwd, env: { ...bare, ...env } });
    await g.run(["commit", "--quiet", "--allow-empty", "-m", "x"]);
    expect((await g.run(["log", "-1", "--format=%an <%ae>|%cn <%ce>"])).trim()).toBe(
      `${GITHUB_ACTIONS_BOT.name} <${GITHUB_ACTIONS_BOT.email}>|${GITHUB_ACTIONS_BOT.name} <${GITHUB_ACTIONS_BOT.email}>`,
    );
  });

  it("keeps an identity the user configured, in the repository or the environment", async () => {
    const git = await repo();
    await git.run(["config", "user.name", "Ada"]);
    await git.run(["config", "user.email", "ada@example.com"]);
    expect(await identityFallbackEnv(git)).toEqual({});
    const half = await repo();
    await half.run(["config", "user.name", "Ada"]); // a name and no email is no identity
    expect(Object.keys(await identityFallbackEnv(half))).toHaveLength(4);
    const viaEnv = new Git({ cwd: half.cwd, env: { ...bare, GIT_AUTHOR_NAME: "Bo", GIT_AUTHOR_EMAIL: "bo@example.com" } });
    expect(await identityFallbackEnv(viaEnv)).toEqual({
      GIT_COMMITTER_NAME: GITHUB_ACTIONS_BOT.name,
      GIT_COMMITTER_EMAIL: GITHUB_ACTIONS_BOT.email,
    });
  });
});
