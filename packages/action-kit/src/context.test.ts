import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { startGitHubServer, type GitHubServer } from "../../../test/harness/github-server.js";
import { parseAnnotations } from "../../../test/harness/run-action.js";
import { tempDir } from "../../../test/harness/repo.js";
import { githubToken } from "@specpipe/core/github/token";
import { runnerContext } from "@specpipe/core/github/runner-context";
import { UserError } from "@specpipe/core/errors";
import { githubClient } from "./client.js";
import { actionContext } from "./context.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  while (cleanups.length) await cleanups.pop()!();
});

function scratch(): string {
  const d = tempDir("specpipe-context-");
  cleanups.push(() => fs.rm(d, { recursive: true, force: true }));
  return d;
}

/** What the step printed (workflow commands) while `fn` ran. */
async function stdoutOf<T>(fn: () => Promise<T>): Promise<{ value: T; out: string }> {
  let out = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const value = await fn();
  vi.restoreAllMocks();
  return { value, out };
}

describe("actionContext", () => {
  it("reads what the runner sets: repository, run URL (with the attempt of a re-run), actor, refs, workspace", async () => {
    const dir = scratch();
    const event = path.join(dir, "event.json");
    await fs.writeFile(event, JSON.stringify({ pull_request: { number: 7, head: { ref: "feature" } } }));
    const ctx = actionContext({
      GITHUB_EVENT_PATH: event,
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_REPOSITORY: "acme/widgets",
      GITHUB_SERVER_URL: "https://ghe.example/",
      GITHUB_API_URL: "https://ghe.example/api/v3",
      GITHUB_RUN_ID: "123",
      GITHUB_RUN_ATTEMPT: "3",
      GITHUB_ACTOR: "octocat",
      GITHUB_SHA: "a".repeat(40),
      GITHUB_REF: "refs/pull/7/merge",
      GITHUB_REF_NAME: "7/merge",
      GITHUB_HEAD_REF: "feature",
      GITHUB_JOB: "build",
      GITHUB_WORKSPACE: dir,
    });
    expect(ctx).toMatchObject({
      eventName: "pull_request",
      repository: { owner: "acme", repo: "widgets" },
      serverUrl: "https://ghe.example",
      apiUrl: "https://ghe.example/api/v3",
      runId: "123",
      runAttempt: 3,
      runUrl: "https://ghe.example/acme/widgets/actions/runs/123/attempts/3",
      actor: "octocat",
      sha: "a".repeat(40),
      ref: "refs/pull/7/merge",
      refName: "7/merge",
      headRef: "feature",
      job: "build",
      workspace: dir,
    });
    expect(ctx.event.pull_request?.number).toBe(7);
    // A first attempt's URL is the run's own page.
    expect(runnerContext({ GITHUB_REPOSITORY: "a/b", GITHUB_RUN_ID: "9" }).runUrl).toBe("https://github.com/a/b/actions/runs/9");
  });

  it("outside Actions: no event, no repository, no run; the cwd is the workspace", () => {
    const ctx = actionContext({});
    expect(ctx.event).toEqual({});
    expect(ctx.repository).toBeUndefined();
    expect(ctx.runUrl).toBeUndefined();
    expect(ctx.workspace).toBe(process.cwd());
  });

  it("bad event JSON and a malformed GITHUB_REPOSITORY are UserErrors when read, not before", async () => {
    const event = path.join(scratch(), "event.json");
    await fs.writeFile(event, "{ not json");
    const ctx = actionContext({ GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: "not a repo" });
    expect(ctx.runAttempt).toBe(1);
    expect(() => ctx.event).toThrow(UserError);
    expect(() => ctx.event).toThrow(/the event file \(GITHUB_EVENT_PATH\) is not JSON/);
    expect(() => ctx.repository).toThrow(/"not a repo" is not a repository name/);
  });
});

describe("the token rule", () => {
  it("the input, else GITHUB_TOKEN, else GH_TOKEN; blanks are unset; it says which", () => {
    expect(githubToken(" in ", { GITHUB_TOKEN: "g", GH_TOKEN: "h" })).toEqual({ value: "in", source: "input" });
    expect(githubToken("", { GITHUB_TOKEN: "g", GH_TOKEN: "h" })).toEqual({ value: "g", source: "GITHUB_TOKEN" });
    expect(githubToken(undefined, { GITHUB_TOKEN: " ", GH_TOKEN: "h" })).toEqual({ value: "h", source: "GH_TOKEN" });
    expect(githubToken(undefined, {})).toBeUndefined();
  });
});

describe("githubClient", () => {
  let gh: GitHubServer;
  afterEach(async () => gh?.close());

  it("masks the token, says which it is, talks to GITHUB_API_URL, turns retries into warning annotations", async () => {
    gh = await startGitHubServer({ token: "s3cret" });
    gh.state.addRepo({ owner: "acme", name: "widgets" });
    // A secondary rate limit: waited out, and said as a warning on the step.
    gh.inject({ method: "GET", path: /\/repos\/acme\/widgets$/, status: 403, times: 1 });
    const context = actionContext({ GITHUB_REPOSITORY: "acme/widgets", GITHUB_API_URL: gh.url, GITHUB_TOKEN: "s3cret" });
    const { value, out } = await stdoutOf(async () => {
      const client = await githubClient({ context, title: "test-action", client: { minRetryDelayMs: 1 } });
      return { client, repo: await client.api.getRepository(client.repo.owner, client.repo.repo) };
    });
    expect(value.client.repo).toEqual({ owner: "acme", repo: "widgets" });
    expect(value.client.token.source).toBe("GITHUB_TOKEN");
    expect(value.repo).toMatchObject({ defaultBranch: "main" });
    expect(out).toMatch(/^::add-mask::s3cret$/m);
    expect(out).toContain("GitHub token: GITHUB_TOKEN");
    expect(parseAnnotations(out)).toContainEqual(expect.objectContaining({ level: "warning", title: "test-action" }));
    expect(out.replace(/^::add-mask::s3cret$/gm, "")).not.toContain("s3cret");
  });

  it("no token, or no repository: one UserError saying what needs it", async () => {
    await expect(githubClient({ context: actionContext({ GITHUB_REPOSITORY: "a/b" }), why: "ingest from workflow runs" })).rejects.toThrow(
      /ingest from workflow runs needs the GitHub API, and no token was found/,
    );
    await expect(githubClient({ context: actionContext({}), token: "t" })).rejects.toThrow(/GITHUB_REPOSITORY is not set/);
  });
});
