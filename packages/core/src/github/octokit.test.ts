import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startGitHubServer, type GitHubServer, type GitHubServerOptions, type RepoState } from "../../../../test/harness/github-server.js";
import { isUserError, UserError } from "../errors.js";
import { createGitHubApi, type CreateGitHubApiOptions } from "./octokit.js";
import { GitHubApiError, PullRequestExistsError, type GitHubApi } from "./port.js";

// The client waits with `setTimeout` from node:timers/promises. It stays the real one unless a
// test sets `clock.sleep`, so the write-pacing test can count the waits on a clock it moves itself.
const clock = vi.hoisted(() => ({ sleep: undefined as ((ms: number) => Promise<void>) | undefined }));
vi.mock("node:timers/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:timers/promises")>();
  const setTimeout = (ms?: number, ...rest: unknown[]) =>
    clock.sleep ? clock.sleep(ms ?? 0) : (actual.setTimeout as (...args: unknown[]) => Promise<unknown>)(ms, ...rest);
  return { ...actual, setTimeout, default: { ...actual, setTimeout } };
});

const TOKEN = "ghs_s3cretT0kenValue1234567890";
const REF = { owner: "octo", repo: "demo" };

let gh: GitHubServer;
let repo: RepoState;
let warnings: string[];

async function start(options: GitHubServerOptions = {}): Promise<void> {
  gh = await startGitHubServer({ token: TOKEN, ...options });
  repo = gh.state.addRepo({ owner: "octo", name: "demo", defaultBranch: "main" });
}

function client(options: Partial<CreateGitHubApiOptions> = {}): Promise<GitHubApi> {
  return createGitHubApi({
    token: TOKEN,
    baseUrl: gh.url,
    minRetryDelayMs: 1,
    writeIntervalMs: 0,
    labelRetry: { delayMs: 1 },
    onWarning: (message) => warnings.push(message),
    ...options,
  });
}

async function caught(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to fail");
}

function expectNoToken(error: Error): void {
  expect(error.message).not.toContain(TOKEN);
  if (isUserError(error)) expect(error.hint).not.toContain(TOKEN);
  expect(inspect(error, { depth: 20 })).not.toContain(TOKEN);
}

beforeEach(() => {
  warnings = [];
});

afterEach(async () => {
  await gh?.close();
});

describe("createGitHubApi", () => {
  beforeEach(() => start());

  it("sends the token, calls onSecret first, and identifies itself", async () => {
    const secrets: string[] = [];
    const api = await client({ onSecret: (secret) => secrets.push(secret), userAgent: "specpipe-test" });
    expect(secrets).toEqual([TOKEN]);
    const repository = await api.getRepository("octo", "demo");
    expect(repository).toEqual({
      owner: "octo",
      name: "demo",
      fullName: "octo/demo",
      defaultBranch: "main",
      htmlUrl: "https://github.com/octo/demo",
      private: false,
    });
    expect(gh.requests[0].headers.authorization).toBe(`token ${TOKEN}`);
    expect(gh.requests[0].headers["user-agent"]).toContain("specpipe-test");
  });

  it("refuses an empty token with a UserError", async () => {
    const error = await caught(createGitHubApi({ token: "  ", baseUrl: gh.url }));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe("github.no-token");
  });

  it("uses GITHUB_API_URL when no baseUrl is given", async () => {
    const previous = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = gh.url;
    try {
      const api = await createGitHubApi({ token: TOKEN });
      expect((await api.getRepository("octo", "demo")).fullName).toBe("octo/demo");
    } finally {
      if (previous === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = previous;
    }
  });

  it("turns a 401 into a UserError without the token", async () => {
    const api = await client({ token: "ghs_wrongWrongWrong" });
    const error = await caught(api.getRepository("octo", "demo"));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe("github.bad-credentials");
    expect((error as UserError).hint).toMatch(/`token`/);
    expect(error.message).not.toContain("ghs_wrongWrongWrong");
    expect(inspect(error, { depth: 20 })).not.toContain("ghs_wrongWrongWrong");
  });

  it("turns a 404 on a repository into a UserError naming it", async () => {
    const api = await client();
    const error = await caught(api.getRepository("octo", "missing"));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe("github.repository-not-found");
    expect((error as UserError).hint).toContain('"octo/missing"');
    const issues = await caught(api.createIssue({ owner: "octo", repo: "missing", title: "x", body: "" }));
    expect((issues as UserError).code).toBe("github.repository-not-found");
  });
});

describe("pull requests", () => {
  beforeEach(() => start());

  it("creates, refuses a duplicate, finds and updates", async () => {
    const api = await client();
    expect(await api.findOpenPull({ ...REF, head: "feature/x" })).toBeNull();

    const created = await api.createPull({ ...REF, title: "Add x", body: "Body", head: "feature/x", base: "main", draft: true });
    expect(created).toMatchObject({
      number: 1,
      htmlUrl: "https://github.com/octo/demo/pull/1",
      state: "open",
      merged: false,
      head: "feature/x",
      headLabel: "octo:feature/x",
      base: "main",
      title: "Add x",
      body: "Body",
      draft: true,
      labels: [],
    });
    expect(created.headSha).toMatch(/^[0-9a-f]{40}$/);
    expect(gh.requestsTo("POST", "/repos/octo/demo/pulls")[0].body).toEqual({
      title: "Add x",
      body: "Body",
      head: "feature/x",
      base: "main",
      draft: true,
    });

    const duplicate = await caught(api.createPull({ ...REF, title: "Again", body: "", head: "feature/x", base: "main" }));
    expect(duplicate).toBeInstanceOf(PullRequestExistsError);
    expect((duplicate as PullRequestExistsError).head).toBe("octo:feature/x");
    expect((duplicate as PullRequestExistsError).status).toBe(422);
    expect(repo.pulls()).toHaveLength(1);

    const found = await api.findOpenPull({ ...REF, head: "octo:feature/x", base: "main" });
    expect(found?.number).toBe(1);
    expect(gh.requestsTo("GET", "/repos/octo/demo/pulls").at(-1)!.query).toMatchObject({
      head: "octo:feature/x",
      base: "main",
      state: "open",
    });
    expect(await api.findOpenPull({ ...REF, head: "feature/x", base: "develop" })).toBeNull();
    expect(await api.findOpenPull({ ...REF, head: "someone-else:feature/x" })).toBeNull();

    const updated = await api.updatePull({ ...REF, number: 1, title: "Add x (v2)", body: "New body" });
    expect(updated).toMatchObject({ number: 1, title: "Add x (v2)", body: "New body" });
    expect(repo.pull(1)!.title).toBe("Add x (v2)");
    expect(gh.requestsTo("PATCH", "/repos/octo/demo/pulls/1")[0].body).toEqual({ title: "Add x (v2)", body: "New body" });

    const closed = await api.updatePull({ ...REF, number: 1, state: "closed" });
    expect(closed.state).toBe("closed");
    expect(await api.findOpenPull({ ...REF, head: "feature/x" })).toBeNull();
    expect((await api.getPull({ ...REF, number: 1 }))?.state).toBe("closed");
    expect(await api.getPull({ ...REF, number: 99 })).toBeNull();
  });

  it("names `pull-requests: write` when the token may only read pull requests", async () => {
    await gh.close();
    await start({ permissions: { pullRequests: "read" } });
    const api = await client();
    expect(await api.findOpenPull({ ...REF, head: "x" })).toBeNull();
    const error = await caught(api.createPull({ ...REF, title: "t", body: "", head: "x", base: "main" }));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe("github.permission-denied");
    expect((error as UserError).hint).toContain("`pull-requests: write`");
    expect(error.message).toContain("Resource not accessible by integration");
    expectNoToken(error);
    // A permission error is not retried.
    expect(gh.requestsTo("POST", "/repos/octo/demo/pulls")).toHaveLength(1);
  });

  it('points at "Allow GitHub Actions to create and approve pull requests" when the setting is off', async () => {
    await gh.close();
    await start({ allowActionsToCreatePullRequests: false });
    const api = await client();
    const error = await caught(api.createPull({ ...REF, title: "t", body: "", head: "x", base: "main" }));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe("github.actions-cannot-create-pull-requests");
    expect((error as UserError).hint).toContain("Allow GitHub Actions to create and approve pull requests");
    expectNoToken(error);
  });
});

describe("issues, comments and labels", () => {
  beforeEach(() => start());

  it("creates, reads, updates and lists issues", async () => {
    const api = await client();
    const issue = await api.createIssue({ ...REF, title: "Heal: flaky", body: "details", labels: ["heal", "bug"] });
    expect(issue).toMatchObject({
      number: 1,
      htmlUrl: "https://github.com/octo/demo/issues/1",
      title: "Heal: flaky",
      body: "details",
      state: "open",
      labels: ["heal", "bug"],
      isPullRequest: false,
      author: "github-actions[bot]",
    });
    await api.createIssue({ ...REF, title: "Other", body: "" });
    repo.addPull({ title: "A pull", head: "feature" });

    expect((await api.getIssue({ ...REF, number: 1 }))?.title).toBe("Heal: flaky");
    expect(await api.getIssue({ ...REF, number: 42 })).toBeNull();

    expect((await api.listIssues({ ...REF, state: "open" })).map((i) => i.number)).toEqual([2, 1]);
    expect((await api.listIssues({ ...REF, state: "open", includePullRequests: true })).map((i) => i.number)).toEqual([3, 2, 1]);
    expect((await api.listIssues({ ...REF, state: "all", labels: ["heal", "bug"] })).map((i) => i.number)).toEqual([1]);
    expect(gh.requestsTo("GET", "/repos/octo/demo/issues").at(-1)!.query.labels).toBe("heal,bug");

    const closed = await api.updateIssue({ ...REF, number: 1, state: "closed", body: "fixed" });
    expect(closed).toMatchObject({ state: "closed", body: "fixed", title: "Heal: flaky" });
    expect((await api.listIssues({ ...REF, state: "open" })).map((i) => i.number)).toEqual([2]);
    expect((await api.listIssues({ ...REF, state: "closed" })).map((i) => i.number)).toEqual([1]);
  });

  it("creates, lists and updates comments", async () => {
    const api = await client();
    await api.createIssue({ ...REF, title: "t", body: "" });
    const first = await api.createComment({ ...REF, number: 1, body: "<!-- specpipe --> one" });
    await api.createComment({ ...REF, number: 1, body: "two" });
    expect(first.htmlUrl).toBe(`https://github.com/octo/demo/issues/1#issuecomment-${first.id}`);
    expect(first.author).toBe("github-actions[bot]");

    const updated = await api.updateComment({ ...REF, commentId: first.id, body: "<!-- specpipe --> one, edited" });
    expect(updated).toMatchObject({ id: first.id, body: "<!-- specpipe --> one, edited" });

    const comments = await api.listComments({ ...REF, number: 1 });
    expect(comments.map((c) => c.body)).toEqual(["<!-- specpipe --> one, edited", "two"]);
  });

  it("adds labels and ensures a label exists once", async () => {
    const api = await client();
    await api.createIssue({ ...REF, title: "t", body: "" });
    expect(await api.ensureLabel({ ...REF, name: "specpipe", color: "#0e8a16", description: "made by specpipe" })).toEqual({
      created: true,
    });
    expect(await api.ensureLabel({ ...REF, name: "SpecPipe" })).toEqual({ created: false });
    expect(repo.labels.map((l) => [l.name, l.color, l.description])).toEqual([["specpipe", "0e8a16", "made by specpipe"]]);

    expect(await api.addLabels({ ...REF, number: 1, labels: ["specpipe", "new-one"] })).toEqual(["specpipe", "new-one"]);
    expect(repo.issue(1)!.labels).toEqual(["specpipe", "new-one"]);
  });

  it("names `issues: write` when the token may not write issues", async () => {
    await gh.close();
    await start({ permissions: { issues: "read" } });
    repo.addIssue({ title: "seeded" });
    const api = await client();
    expect(await api.listIssues({ ...REF, state: "open" })).toHaveLength(1);
    for (const attempt of [
      api.createIssue({ ...REF, title: "t", body: "" }),
      api.createComment({ ...REF, number: 1, body: "x" }),
      api.addLabels({ ...REF, number: 1, labels: ["x"] }),
    ]) {
      const error = await caught(attempt);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).hint).toContain("`issues: write`");
      expectNoToken(error);
    }
  });

  it('retries addLabels on "could not resolve to a node" right after a pull request is created', async () => {
    const api = await client();
    const pull = await api.createPull({ ...REF, title: "t", body: "", head: "feature", base: "main" });
    const labelsPath = `/repos/octo/demo/issues/${pull.number}/labels`;
    const fault = gh.inject({
      method: "POST",
      path: labelsPath,
      status: 422,
      times: 2,
      body: {
        message: "Could not resolve to a node with the global id of 'PR_kwDOAAAAAAAAAA'.",
        documentation_url: "https://docs.github.com/rest",
      },
    });
    expect(await api.addLabels({ ...REF, number: pull.number, labels: ["specpipe"] })).toEqual(["specpipe"]);
    expect(fault.hits).toBe(2);
    expect(gh.requestsTo("POST", labelsPath)).toHaveLength(3);
  });

  it("gives up on the label retry after the configured attempts, and never retries other 422s", async () => {
    const api = await client({ labelRetry: { attempts: 3, delayMs: 1 } });
    repo.addPull({ title: "t", head: "feature" });
    gh.inject({
      method: "POST",
      path: "/repos/octo/demo/issues/1/labels",
      status: 422,
      times: 10,
      body: { message: "Could not resolve to a node with the global id of 'PR_x'" },
    });
    const error = await caught(api.addLabels({ ...REF, number: 1, labels: ["a"] }));
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(error.message).toMatch(/could not resolve to a node/i);
    expect(gh.requestsTo("POST", "/repos/octo/demo/issues/1/labels")).toHaveLength(3);

    gh.clearFaults();
    gh.inject({ method: "POST", path: "/repos/octo/demo/issues/1/labels", status: 422, times: 10 });
    await caught(api.addLabels({ ...REF, number: 1, labels: ["a"] }));
    expect(gh.requestsTo("POST", "/repos/octo/demo/issues/1/labels")).toHaveLength(4);
  });
});

describe("permissions", () => {
  beforeEach(() => start());

  it("reads role_name first, then the legacy permission", async () => {
    repo.setPermission("alice", "admin");
    repo.setPermission("mona", "maintain");
    repo.setPermission("tri", "triage");
    repo.setPermission("dev", "write");
    const api = await client();
    expect(await api.getPermission({ ...REF, username: "alice" })).toBe("admin");
    expect(await api.getPermission({ ...REF, username: "mona" })).toBe("maintain");
    expect(await api.getPermission({ ...REF, username: "tri" })).toBe("triage");
    expect(await api.getPermission({ ...REF, username: "dev" })).toBe("write");
    // A non-collaborator can read a public repository...
    expect(await api.getPermission({ ...REF, username: "stranger" })).toBe("read");
    // ...and has nothing on a private one.
    gh.state.addRepo({ owner: "octo", name: "secret", private: true });
    expect(await api.getPermission({ owner: "octo", repo: "secret", username: "stranger" })).toBe("none");
  });

  it("falls back to `permission` when role_name is a custom role", async () => {
    gh.route({
      method: "GET",
      path: "/repos/:owner/:repo/collaborators/:username/permission",
      handler: () => ({ body: { permission: "write", role_name: "release-manager", user: { login: "x" } } }),
    });
    const api = await client();
    expect(await api.getPermission({ ...REF, username: "x" })).toBe("write");
  });

  it("reports a user that does not exist as a UserError", async () => {
    gh.state.deleteUser("ghost");
    const api = await client();
    const error = await caught(api.getPermission({ ...REF, username: "ghost" }));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).hint).toContain('"ghost"');
  });
});

describe("checks, statuses, workflow runs and jobs", () => {
  beforeEach(() => start());

  it("lists check runs and reads the combined status", async () => {
    repo.addCheckRun("abc123", { name: "test", status: "completed", conclusion: "success" });
    repo.addCheckRun("abc123", { name: "lint", status: "in_progress" });
    const api = await client();
    expect(await api.listCheckRuns({ ...REF, ref: "abc123" })).toEqual([
      { name: "test", status: "completed", conclusion: "success" },
      { name: "lint", status: "in_progress", conclusion: null },
    ]);
    expect(await api.listCheckRuns({ ...REF, ref: "other" })).toEqual([]);

    expect(await api.getCombinedStatus({ ...REF, ref: "abc123" })).toEqual({ state: "pending", statuses: [], totalCount: 0 });
    repo.addStatus("abc123", { context: "ci/a", state: "success" });
    repo.addStatus("abc123", { context: "ci/b", state: "pending" });
    expect((await api.getCombinedStatus({ ...REF, ref: "abc123" })).state).toBe("pending");
    repo.addStatus("abc123", { context: "ci/b", state: "success" });
    expect(await api.getCombinedStatus({ ...REF, ref: "abc123" })).toEqual({
      state: "success",
      statuses: [
        { context: "ci/a", state: "success" },
        { context: "ci/b", state: "success" },
      ],
      totalCount: 2,
    });
    repo.addStatus("abc123", { context: "ci/c", state: "error" });
    expect((await api.getCombinedStatus({ ...REF, ref: "abc123" })).state).toBe("failure");
  });

  it("names `checks: read` when the token may not read checks", async () => {
    await gh.close();
    await start({ permissions: { checks: "none" } });
    const api = await client();
    const error = await caught(api.listCheckRuns({ ...REF, ref: "abc" }));
    expect((error as UserError).hint).toContain("`checks: read`");
  });

  it("pages through more than 100 workflow runs, with filters and a limit", async () => {
    for (let day = 1; day <= 150; day++) {
      const date = new Date(Date.UTC(2025, 2, 1) + (day - 1) * 3_600_000 * 12).toISOString();
      repo.addWorkflowRun({ name: "CI", createdAt: date, conclusion: day % 10 === 0 ? "failure" : "success" });
    }
    const api = await client();
    const all = await api.listWorkflowRuns({ ...REF });
    expect(all).toHaveLength(150);
    expect(new Set(all.map((run) => run.id)).size).toBe(150);
    expect(all[0].createdAt > all[149].createdAt).toBe(true);
    expect(gh.requestsTo("GET", "/repos/octo/demo/actions/runs")).toHaveLength(2);

    const failures = await api.listWorkflowRuns({ ...REF, status: "failure" });
    expect(failures).toHaveLength(15);
    expect(failures.every((run) => run.conclusion === "failure")).toBe(true);

    const march2 = await api.listWorkflowRuns({ ...REF, created: "2025-03-02" });
    expect(march2.map((run) => run.createdAt)).toEqual(["2025-03-02T12:00:00.000Z", "2025-03-02T00:00:00.000Z"]);

    const before = gh.requests.length;
    const limited = await api.listWorkflowRuns({ ...REF, perPage: 10, limit: 25 });
    expect(limited).toHaveLength(25);
    expect(limited.map((run) => run.id)).toEqual(all.slice(0, 25).map((run) => run.id));
    expect(gh.requests.length - before).toBe(3);
  });

  it("lists the jobs of a run", async () => {
    const run = repo.addWorkflowRun({ name: "CI" });
    const other = repo.addWorkflowRun({ name: "Other" });
    const job = repo.addJob(run.id, {
      name: "build",
      conclusion: "failure",
      startedAt: "2025-03-01T00:00:00Z",
      completedAt: "2025-03-01T00:05:00Z",
    });
    repo.addJob(run.id, { name: "deploy", status: "queued", startedAt: null });
    repo.addJob(other.id, { name: "unrelated" });
    const api = await client();
    expect(await api.listJobsForRun({ ...REF, runId: run.id })).toEqual([
      {
        id: job.id,
        runId: run.id,
        name: "build",
        status: "completed",
        conclusion: "failure",
        startedAt: "2025-03-01T00:00:00Z",
        completedAt: "2025-03-01T00:05:00Z",
        htmlUrl: `https://github.com/octo/demo/actions/runs/${run.id}/job/${job.id}`,
      },
      expect.objectContaining({ name: "deploy", status: "queued", conclusion: null, startedAt: null, completedAt: null }),
    ]);
  });
});

describe("pagination, retries and rate limits", () => {
  beforeEach(() => start());

  it("returns every issue across more than 100", async () => {
    for (let n = 1; n <= 250; n++) repo.addIssue({ title: `issue ${n}`, labels: n % 2 === 0 ? ["even"] : [] });
    const api = await client();
    const issues = await api.listIssues({ ...REF, state: "open" });
    expect(issues).toHaveLength(250);
    expect(issues[0].number).toBe(250);
    expect(issues[249].number).toBe(1);
    const pages = gh.requestsTo("GET", "/repos/octo/demo/issues");
    expect(pages.map((request) => request.query.page ?? "1")).toEqual(["1", "2", "3"]);
    expect(pages.every((request) => request.query.per_page === "100")).toBe(true);
    expect(await api.listIssues({ ...REF, state: "open", labels: ["even"] })).toHaveLength(125);
  });

  it("returns every comment across more than 100", async () => {
    repo.addIssue({ title: "busy" });
    for (let n = 1; n <= 130; n++) repo.addComment(1, { body: `comment ${n}` });
    const api = await client();
    const comments = await api.listComments({ ...REF, number: 1 });
    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 130 }, (_, i) => `comment ${i + 1}`));
  });

  it("retries a 5xx and then succeeds, creating the pull request once", async () => {
    const api = await client();
    const fault = gh.inject({ method: "POST", path: "/repos/octo/demo/pulls", status: 502, times: 2 });
    const pull = await api.createPull({ ...REF, title: "t", body: "", head: "feature", base: "main" });
    expect(pull.number).toBe(1);
    expect(fault.hits).toBe(2);
    expect(gh.requestsTo("POST", "/repos/octo/demo/pulls").map((request) => request.status)).toEqual([502, 502, 201]);
    expect(repo.pulls()).toHaveLength(1);
  });

  it("stops retrying a 5xx after `retries` and throws a GitHubApiError", async () => {
    const api = await client({ retries: 2 });
    gh.inject({ path: "/repos/octo/demo", status: 503, times: 10 });
    const error = await caught(api.getRepository("octo", "demo"));
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(503);
    expect(gh.requestsTo("GET", "/repos/octo/demo")).toHaveLength(3);
    expectNoToken(error);
  });

  it("retries a dropped connection", async () => {
    const api = await client();
    gh.inject({ method: "GET", path: "/repos/octo/demo", status: 0, times: 1 });
    expect((await api.getRepository("octo", "demo")).fullName).toBe("octo/demo");
    expect(gh.requestsTo("GET", "/repos/octo/demo").map((request) => request.status)).toEqual([0, 200]);
  });

  it("keeps writeIntervalMs between writes", async () => {
    // Time moves only when the client waits, so the gap between the writes is exactly what it
    // waited, however loaded the machine is; the server stamps each request with the same clock.
    let now = Date.now();
    const waits: number[] = [];
    vi.spyOn(Date, "now").mockImplementation(() => now);
    clock.sleep = async (ms) => {
      waits.push(ms);
      now += ms;
    };
    try {
      const api = await client({ writeIntervalMs: 150 });
      await api.createIssue({ ...REF, title: "one", body: "" });
      await api.getRepository("octo", "demo");
      expect(waits).toEqual([]);
      await api.createIssue({ ...REF, title: "two", body: "" });
      expect(waits).toEqual([150]);
    } finally {
      clock.sleep = undefined;
      vi.restoreAllMocks();
    }
    const [first, read, second] = gh.requests.filter((request) => request.path.startsWith("/repos/octo/demo"));
    expect([first.method, read.method, second.method]).toEqual(["POST", "GET", "POST"]);
    expect(read.at).toBe(first.at);
    expect(second.at - first.at).toBe(150);
  });

  it("waits out a secondary rate limit and retries", async () => {
    const api = await client();
    const fault = gh.inject({ method: "GET", path: "/repos/octo/demo", status: 403, times: 1 });
    expect((await api.getRepository("octo", "demo")).fullName).toBe("octo/demo");
    expect(fault.hits).toBe(1);
    expect(gh.requestsTo("GET", "/repos/octo/demo").map((request) => request.status)).toEqual([403, 200]);
    expect(warnings.some((warning) => /secondary rate limit/.test(warning) && /retrying after 1 s/.test(warning))).toBe(true);
  });

  it("retries a secondary rate limit on a write without duplicating it", async () => {
    const api = await client();
    gh.inject({ method: "POST", path: "/repos/octo/demo/issues", status: 403, times: 2 });
    const issue = await api.createIssue({ ...REF, title: "once", body: "" });
    expect(issue.number).toBe(1);
    expect(repo.issues()).toHaveLength(1);
    expect(gh.requestsTo("POST", "/repos/octo/demo/issues").map((request) => request.status)).toEqual([403, 403, 201]);
  });

  it("gives up on a rate limit after the bounded retries with a UserError", async () => {
    const api = await client({ rateLimitRetries: 1 });
    gh.inject({ path: "/repos/octo/demo", status: 403, times: 10 });
    const error = await caught(api.getRepository("octo", "demo"));
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe("github.rate-limited");
    expect(gh.requestsTo("GET", "/repos/octo/demo")).toHaveLength(2);
    expectNoToken(error);
  });

  it("does not wait for a rate limit longer than maxRateLimitWaitSeconds", async () => {
    const api = await client({ maxRateLimitWaitSeconds: 30 });
    gh.inject({ path: "/repos/octo/demo", status: 403, times: 1, headers: { "retry-after": "3600" } });
    const error = await caught(api.getRepository("octo", "demo"));
    expect((error as UserError).code).toBe("github.rate-limited");
    expect(gh.requestsTo("GET", "/repos/octo/demo")).toHaveLength(1);
  });

  it("retries a primary rate limit (x-ratelimit-remaining: 0)", async () => {
    const api = await client();
    gh.inject({ path: "/repos/octo/demo", status: 429, times: 1 });
    expect((await api.getRepository("octo", "demo")).fullName).toBe("octo/demo");
    expect(gh.requestsTo("GET", "/repos/octo/demo").map((request) => request.status)).toEqual([429, 200]);
  });
});

describe("module loading", () => {
  it("loads @actions/* and the Octokit plugins only through dynamic import()", () => {
    const source = readFileSync(new URL("./octokit.ts", import.meta.url), "utf8");
    const staticImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)].map((match) => match[1]);
    expect(staticImports.filter((name) => /^@actions\/|^@octokit\//.test(name))).toEqual([]);
    expect(source).toContain('import("@actions/github")');
    const port = readFileSync(new URL("./port.ts", import.meta.url), "utf8");
    expect(port).not.toMatch(/@actions\/|@octokit\//);
  });
});
