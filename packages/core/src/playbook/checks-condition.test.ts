import { afterEach, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer, type RepoState } from "../../../../test/harness/github-server.js";
import { createGitHubApi } from "../github/octokit.js";
import { initialBeacon } from "./beacon.js";
import { evaluateCondition, type EvalContext } from "./conditions.js";
import { parsePlaybook } from "./load.js";
import type { Condition } from "./schema.js";

/**
 * The gate's `checks` condition against the local GitHub server and the real Octokit client:
 * every page of commit statuses and check runs is read, and GitHub's combined state is honoured.
 */
let gh: GitHubServer | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

const SHA = "0123456789abcdef0123456789abcdef01234567";

async function setup(): Promise<{ repo: RepoState; ctx: EvalContext }> {
  gh = await startGitHubServer({ token: "tkn", permissions: { checks: "read", statuses: "read" } });
  const repo = gh.state.addRepo({ owner: "acme", name: "widgets" });
  const api = await createGitHubApi({ token: "tkn", baseUrl: gh.url, minRetryDelayMs: 1, writeIntervalMs: 0 });
  const playbook = await parsePlaybook(
    "version: 1\nname: T\nphases:\n  - id: A\n    name: A\n    steps:\n      - id: A1\n        name: one\n        description: d\n",
  );
  return {
    repo,
    ctx: {
      root: "/nonexistent",
      playbook,
      beacon: initialBeacon(playbook, null),
      sha: SHA,
      github: { api, repo: { owner: "acme", repo: "widgets" } },
      env: {},
    },
  };
}

const checks = { type: "checks", ignore: [] } as unknown as Condition;

describe("the checks condition", () => {
  it("sees a failing status at #111 of 120 contexts: every page is read", async () => {
    const { repo, ctx } = await setup();
    for (let i = 1; i <= 120; i++) repo.addStatus(SHA, { context: `ci/${i}`, state: i === 111 ? "failure" : "success" });
    const r = await evaluateCondition(checks, ctx);
    expect(r.pass).toBe(false);
    expect(r.value).toBe("119 of 120 successful, combined status failure");
    expect(r.reason).toMatch(/^not successful: ci\/111: failure\./);
    expect(gh!.requestsTo("GET", `/repos/acme/widgets/commits/${SHA}/status`).map((q) => q.query.page)).toEqual(["1", "2"]);
    // All green again (the latest status of a context wins): it passes.
    repo.addStatus(SHA, { context: "ci/111", state: "success" });
    expect((await evaluateCondition(checks, ctx)).pass).toBe(true);
  });

  it("honours the combined state and refuses to pass on part of the statuses", async () => {
    const { repo, ctx } = await setup();
    repo.addStatus(SHA, { context: "deploy", state: "success" });
    // A server (or a proxy) that answers a combined state its statuses do not show.
    gh!.route({
      method: "GET",
      path: "/repos/:owner/:repo/commits/:ref/status",
      handler: () => ({ body: { state: "failure", sha: SHA, total_count: 3, statuses: [{ context: "deploy", state: "success" }] } }),
    });
    const r = await evaluateCondition(checks, ctx);
    expect(r.pass).toBe(false);
    expect(r.reason).toContain("only 1 of 3 commit statuses could be read");
    expect(r.reason).toContain("the combined status is failure");
  });

  it("reads check runs past the first page, the latest attempt of each", async () => {
    const { repo, ctx } = await setup();
    for (let i = 1; i <= 130; i++) repo.addCheckRun(SHA, { name: `job ${i}` });
    repo.addCheckRun(SHA, { name: "job 125", conclusion: "failure" });
    const failing = await evaluateCondition(checks, ctx);
    expect(failing.pass).toBe(false);
    expect(failing.reason).toMatch(/job 125: failure/);
    // A re-run that succeeded replaces the failed attempt (filter=latest).
    repo.addCheckRun(SHA, { name: "job 125", conclusion: "success" });
    const passing = await evaluateCondition(checks, ctx);
    expect(passing).toMatchObject({ pass: true, value: "130 of 130 successful" });
    expect(gh!.requestsTo("GET", `/repos/acme/widgets/commits/${SHA}/check-runs`).every((q) => q.query.filter === "latest")).toBe(true);
  });
});
