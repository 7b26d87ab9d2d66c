// What the speckit-run action tests share: the bundle check, a fixture and a GitHub server made per
// test and ended after it, and the runner's environment for a run.
import { existsSync } from "node:fs";
import * as path from "node:path";
import { afterEach } from "vitest";
import { startGitHubServer, type GitHubServer, type GitHubServerOptions, type RepoState } from "./github-server.js";
import { REPO_ROOT } from "./run-action.js";
import { createSpeckitFixture, type SpeckitFixture, type SpeckitFixtureOptions } from "./speckit-fixture.js";

/** Throws when dist/speckit-run (with `post`, its post step too) is not built: these tests run the bundle. */
export function assertSpeckitBundle(options: { post?: boolean } = {}): void {
  const bundles = ["dist/speckit-run/index.js", ...(options.post ? ["dist/speckit-run/post/index.js"] : [])];
  if (bundles.some((bundle) => !existsSync(path.join(REPO_ROOT, bundle))))
    throw new Error("build the bundle first: npm run build -- --no-check speckit-run");
}

export interface SpeckitWorld {
  fx: SpeckitFixture;
  gh: GitHubServer;
  /** acme/widgets on `gh`, the repository GITHUB_REPOSITORY names. */
  repo: RepoState;
}

/**
 * `setup` makes a fixture and a GitHub server holding acme/widgets; after each test both are
 * ended (after `beforeEnd`, which ends what the test may have left running).
 */
export function speckitWorlds(token: string, options: { beforeEnd?: () => Promise<void> } = {}) {
  const ends: (() => Promise<void>)[] = [];
  afterEach(async () => {
    await options.beforeEnd?.();
    for (const end of ends.splice(0)) await end();
  });
  return {
    async setup(fixture: SpeckitFixtureOptions = {}, server: Omit<GitHubServerOptions, "token"> = {}): Promise<SpeckitWorld> {
      const fx = await createSpeckitFixture(fixture);
      ends.push(() => fx.cleanup());
      const gh = await startGitHubServer({ token, ...server });
      ends.push(() => gh.close());
      return { fx, gh, repo: gh.state.addRepo({ owner: "acme", name: "widgets" }) };
    },
  };
}

/** The environment the runner gives a speckit-run step on acme/widgets (RUNNER_TEMP: the fixture's scratch). */
export function runnerEnv(fx: SpeckitFixture, gh: GitHubServer, token: string): NodeJS.ProcessEnv {
  return {
    PATH: fx.path,
    GITHUB_SERVER_URL: fx.serverUrl,
    GITHUB_API_URL: gh.url,
    GITHUB_REPOSITORY: "acme/widgets",
    GITHUB_TOKEN: token,
    RUNNER_TEMP: fx.scratch,
  };
}

/**
 * The inputs and environment of a run of the hostile agent (test/fixtures/speckit/hostile-agent.mjs)
 * as claude: it drops what it finds in `leak`; `mode` (when given) is its HOSTILE_MODE.
 */
export function hostileAgent(fx: SpeckitFixture, leak: string, token: string, mode?: string) {
  const env: NodeJS.ProcessEnv = {
    HOSTILE_LEAK_DIR: leak,
    ...(mode === undefined ? {} : { HOSTILE_MODE: mode }),
    HOSTILE_SCOPE: String(process.pid),
    HOSTILE_PROBE: path.join(fx.repo.dir, ".git", "config"),
  };
  const inputs = {
    spec: "Add CSV export to the monthly reports page",
    token,
    agent: "claude",
    "agent-env": Object.keys(env).join("\n"),
    retries: 0,
    labels: "spec",
  };
  return { inputs, env };
}
