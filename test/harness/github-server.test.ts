import { afterEach, describe, expect, it } from "vitest";
import {
  matchesDateFilter,
  SECONDARY_RATE_LIMIT_MESSAGE,
  startGitHubServer,
  type GitHubServer,
  type GitHubServerOptions,
} from "./github-server.js";

let gh: GitHubServer | undefined;

async function start(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  gh = await startGitHubServer(options);
  gh.state.addRepo({ owner: "octo", name: "demo" });
  return gh;
}

async function call(
  method: string,
  path: string,
  options: { body?: unknown; auth?: string } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${gh!.url}${path}`, {
    method,
    headers: {
      accept: "application/vnd.github+json",
      ...(options.auth ? { authorization: options.auth } : {}),
      ...(options.body !== undefined ? { "content-type": "application/json" } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

describe("the GitHub test server", () => {
  it("listens on 127.0.0.1 and answers like GitHub for a repository", async () => {
    await start();
    expect(gh!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { status, body, headers } = await call("GET", "/repos/octo/demo");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("application/json");
    expect(body).toMatchObject({
      full_name: "octo/demo",
      default_branch: "main",
      private: false,
      html_url: "https://github.com/octo/demo",
    });
    expect((await call("GET", "/repos/octo/missing")).status).toBe(404);
    expect((await call("GET", "/nowhere")).body.message).toBe("Not Found");
  });

  it("requires the token when one is configured", async () => {
    await start({ token: "secret" });
    expect(await call("GET", "/repos/octo/demo")).toMatchObject({ status: 401, body: { message: "Requires authentication" } });
    expect(await call("GET", "/repos/octo/demo", { auth: "token wrong" })).toMatchObject({
      status: 401,
      body: { message: "Bad credentials" },
    });
    expect((await call("GET", "/repos/octo/demo", { auth: "token secret" })).status).toBe(200);
    expect((await call("GET", "/repos/octo/demo", { auth: "Bearer secret" })).status).toBe(200);
  });

  it("answers 403 beyond the token's permissions; a scope it does not list is none, metadata is always readable", async () => {
    await start({ permissions: { pullRequests: "read", issues: "write" } });
    const denied = await call("POST", "/repos/octo/demo/pulls", { body: { title: "t", head: "x", base: "main" } });
    expect(denied).toMatchObject({ status: 403, body: { message: "Resource not accessible by integration" } });
    expect(gh!.state.repo("octo", "demo")!.pulls()).toHaveLength(0);
    expect((await call("GET", "/repos/octo/demo/pulls")).status).toBe(200);
    expect((await call("POST", "/repos/octo/demo/issues", { body: { title: "t" } })).status).toBe(201);
    // Not listed: none, as with a workflow's `permissions:` block.
    expect((await call("GET", "/repos/octo/demo/actions/runs")).status).toBe(403);
    expect((await call("GET", "/repos/octo/demo/commits/abc/status")).status).toBe(403);
    expect((await call("GET", "/repos/octo/demo")).status).toBe(200);
  });

  it("issues tokens with their own permissions, and a revoked token is refused", async () => {
    await start();
    const read = gh!.issueToken({ permissions: { contents: "read" }, label: "job plan" });
    const write = gh!.issueToken({ permissions: { issues: "write" } });
    expect(read).not.toBe(write);
    expect(await call("GET", "/repos/octo/demo")).toMatchObject({ status: 401 });
    expect((await call("POST", "/repos/octo/demo/issues", { body: { title: "t" }, auth: `token ${read}` })).status).toBe(403);
    expect((await call("POST", "/repos/octo/demo/issues", { body: { title: "t" }, auth: `Bearer ${write}` })).status).toBe(201);
    expect(gh!.requestsWith(write).map((r) => r.status)).toEqual([201]);
    expect(gh!.grantOf(read)?.label).toBe("job plan");
    gh!.revokeToken(write);
    expect((await call("GET", "/repos/octo/demo", { auth: `token ${write}` })).body.message).toBe("Bad credentials");
  });

  it("counts requests down per bucket, refuses an empty bucket and resets it after the hour", async () => {
    let clock = Date.parse("2026-03-01T00:00:00Z");
    await start({ now: () => clock });
    const bucket = "acme/widgets GITHUB_TOKEN";
    const a = gh!.issueToken({ bucket, limit: 3 });
    const b = gh!.issueToken({ bucket, limit: 3 });
    const first = await call("GET", "/repos/octo/demo", { auth: `token ${a}` });
    expect(first.headers.get("x-ratelimit-limit")).toBe("3");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("2");
    expect(first.headers.get("x-ratelimit-reset")).toBe(String(Math.floor((clock + 3_600_000) / 1000)));
    // The two tokens share the bucket, as the GITHUB_TOKENs of one repository do.
    expect((await call("GET", "/repos/octo/demo", { auth: `token ${b}` })).headers.get("x-ratelimit-remaining")).toBe("1");
    expect((await call("GET", "/repos/octo/demo", { auth: `token ${a}` })).headers.get("x-ratelimit-used")).toBe("3");
    const refused = await call("GET", "/repos/octo/demo", { auth: `token ${b}` });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/^API rate limit exceeded/);
    expect(refused.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(gh!.bucketOf(a)).toMatchObject({ limit: 3, used: 3 });
    clock += 3_600_000;
    expect(await call("GET", "/repos/octo/demo", { auth: `token ${a}` })).toMatchObject({ status: 200 });
    // Another token has a bucket of its own.
    const c = gh!.issueToken();
    expect((await call("GET", "/repos/octo/demo", { auth: `token ${c}` })).headers.get("x-ratelimit-remaining")).toBe("999");
  });

  it("lists the latest check run of each name by default, every attempt with filter=all", async () => {
    await start();
    const repo = gh!.state.repo("octo", "demo")!;
    repo.addCheckRun("abc", { name: "test", conclusion: "failure" });
    repo.addCheckRun("abc", { name: "lint" });
    repo.addCheckRun("abc", { name: "test", conclusion: "success" });
    const latest = await call("GET", "/repos/octo/demo/commits/abc/check-runs");
    expect(latest.body.check_runs.map((r: any) => [r.name, r.conclusion])).toEqual([
      ["lint", "success"],
      ["test", "success"],
    ]);
    expect(latest.body.total_count).toBe(2);
    const all = await call("GET", "/repos/octo/demo/commits/abc/check-runs?filter=all");
    expect(all.body.total_count).toBe(3);
    expect((await call("GET", "/repos/octo/demo/commits/abc/check-runs?filter=some")).status).toBe(422);
  });

  it("lists the jobs of a run's latest attempt by default, every attempt's with filter=all", async () => {
    await start();
    const repo = gh!.state.repo("octo", "demo")!;
    const run = repo.addWorkflowRun({ name: "CI" });
    repo.addJob(run.id, { name: "test", conclusion: "failure" });
    run.runAttempt = 2;
    repo.addJob(run.id, { name: "test", conclusion: "success" });
    const latest = await call("GET", `/repos/octo/demo/actions/runs/${run.id}/jobs`);
    expect(latest.body.jobs.map((j: any) => [j.run_attempt, j.conclusion])).toEqual([[2, "success"]]);
    const all = await call("GET", `/repos/octo/demo/actions/runs/${run.id}/jobs?filter=all`);
    expect(all.body.jobs.map((j: any) => j.run_attempt)).toEqual([1, 2]);
  });

  it("returns at most 1,000 runs for a filtered query while total_count counts them all", async () => {
    await start();
    const repo = gh!.state.repo("octo", "demo")!;
    const start0 = Date.parse("2026-02-01T00:00:00Z");
    for (let i = 0; i < 1050; i++) repo.addWorkflowRun({ name: "CI", createdAt: new Date(start0 + i * 60_000).toISOString() });
    const page10 = await call("GET", "/repos/octo/demo/actions/runs?status=completed&per_page=100&page=10");
    expect(page10.body.workflow_runs).toHaveLength(100);
    const page11 = await call("GET", "/repos/octo/demo/actions/runs?status=completed&per_page=100&page=11");
    expect(page11.body).toMatchObject({ total_count: 1050, workflow_runs: [] });
    // Without a search filter every run can be paged to.
    expect((await call("GET", "/repos/octo/demo/actions/runs?per_page=100&page=11")).body.workflow_runs).toHaveLength(50);
    expect(page10.body.workflow_runs[0]).toMatchObject({ path: ".github/workflows/ci.yml", name: "CI" });
    expect(page10.body.workflow_runs[0].run_number).toBe(150);
  });

  it("refuses a second open pull request for the same head and base with GitHub's 422", async () => {
    await start();
    const first = await call("POST", "/repos/octo/demo/pulls", { body: { title: "t", head: "feature", base: "main" } });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ number: 1, state: "open", head: { ref: "feature", label: "octo:feature" }, base: { ref: "main" } });
    const second = await call("POST", "/repos/octo/demo/pulls", { body: { title: "t", head: "octo:feature", base: "main" } });
    expect(second.status).toBe(422);
    expect(second.body).toMatchObject({
      message: "Validation Failed",
      errors: [{ resource: "PullRequest", code: "custom", message: "A pull request already exists for octo:feature." }],
    });
    // Another base is another pull request, as on GitHub.
    expect((await call("POST", "/repos/octo/demo/pulls", { body: { title: "t", head: "feature", base: "release" } })).status).toBe(201);
    // Pull requests are issues too.
    const issues = await call("GET", "/repos/octo/demo/issues");
    expect(issues.body.map((issue: any) => [issue.number, Boolean(issue.pull_request)])).toEqual([
      [2, true],
      [1, true],
    ]);
  });

  it("paginates with per_page, page and a Link header", async () => {
    await start();
    const repo = gh!.state.repo("octo", "demo")!;
    for (let n = 1; n <= 75; n++) repo.addIssue({ title: `#${n}` });
    const page2 = await call("GET", "/repos/octo/demo/issues?per_page=30&page=2");
    expect(page2.body.map((issue: any) => issue.number)).toEqual(Array.from({ length: 30 }, (_, i) => 45 - i));
    const link = page2.headers.get("link")!;
    expect(link).toContain(`<${gh!.url}/repos/octo/demo/issues?per_page=30&page=3>; rel="next"`);
    expect(link).toContain(`<${gh!.url}/repos/octo/demo/issues?per_page=30&page=3>; rel="last"`);
    expect(link).toContain('page=1>; rel="prev"');
    const page3 = await call("GET", "/repos/octo/demo/issues?per_page=30&page=3");
    expect(page3.body).toHaveLength(15);
    expect(page3.headers.get("link")).not.toContain('rel="next"');
    expect((await call("GET", "/repos/octo/demo/issues")).body).toHaveLength(30);
    expect((await call("GET", "/repos/octo/demo/issues?per_page=500")).body).toHaveLength(75);
  });

  it("fails the next n matching requests as injected, then recovers", async () => {
    await start();
    const fault = gh!.inject({ method: "GET", path: /^\/repos\/octo\/demo$/, status: 502, times: 2 });
    expect((await call("POST", "/repos/octo/demo/issues", { body: { title: "t" } })).status).toBe(201);
    expect((await call("GET", "/repos/octo/demo")).status).toBe(502);
    expect((await call("GET", "/repos/octo/demo")).status).toBe(502);
    expect((await call("GET", "/repos/octo/demo")).status).toBe(200);
    expect(fault.hits).toBe(2);
    expect(fault.remaining).toBe(0);
    expect(gh!.requestsTo("GET", "/repos/octo/demo").map((request) => request.status)).toEqual([502, 502, 200]);
  });

  it("drops the connection for an injected status 0", async () => {
    await start();
    gh!.inject({ path: "/repos/octo/demo", status: 0 });
    await expect(call("GET", "/repos/octo/demo")).rejects.toThrow();
    expect((await call("GET", "/repos/octo/demo")).status).toBe(200);
  });

  it("sends GitHub's secondary rate limit for an injected 403, and custom bodies and headers", async () => {
    await start();
    gh!.inject({ path: "/repos/octo/demo", status: 403 });
    const limited = await call("GET", "/repos/octo/demo");
    expect(limited.status).toBe(403);
    expect(limited.body.message).toBe(SECONDARY_RATE_LIMIT_MESSAGE);
    expect(limited.body.message).toContain("You have exceeded a secondary rate limit");
    expect(limited.headers.get("retry-after")).toBe("1");

    gh!.inject({ path: "/repos/octo/demo", status: 422, body: { message: "Could not resolve to a node" }, headers: { "x-custom": "yes" } });
    const custom = await call("GET", "/repos/octo/demo");
    expect(custom).toMatchObject({ status: 422, body: { message: "Could not resolve to a node" } });
    expect(custom.headers.get("x-custom")).toBe("yes");
  });

  it("records every request with method, path, query, body and headers", async () => {
    await start({ token: "secret" });
    await call("POST", "/repos/octo/demo/issues?x=1", { body: { title: "t", labels: ["a"] }, auth: "token secret" });
    expect(gh!.requests).toEqual([
      expect.objectContaining({
        method: "POST",
        path: "/repos/octo/demo/issues",
        query: { x: "1" },
        body: { title: "t", labels: ["a"] },
        status: 201,
        headers: expect.objectContaining({ authorization: "token secret" }),
      }),
    ]);
  });

  it("reports collaborator permissions as GitHub does", async () => {
    await start();
    const repo = gh!.state.repo("octo", "demo")!;
    repo.setPermission("mona", "maintain");
    repo.setPermission("tri", "triage");
    expect((await call("GET", "/repos/octo/demo/collaborators/mona/permission")).body).toMatchObject({
      permission: "write",
      role_name: "maintain",
    });
    expect((await call("GET", "/repos/octo/demo/collaborators/tri/permission")).body).toMatchObject({
      permission: "read",
      role_name: "triage",
    });
    expect((await call("GET", "/repos/octo/demo/collaborators/stranger/permission")).body).toMatchObject({ permission: "read" });
    gh!.state.addRepo({ owner: "octo", name: "secret", private: true });
    expect((await call("GET", "/repos/octo/secret/collaborators/stranger/permission")).body).toMatchObject({ permission: "none" });
    gh!.state.deleteUser("ghost");
    expect((await call("GET", "/repos/octo/demo/collaborators/ghost/permission")).status).toBe(404);
  });

  it("combines commit statuses: failure over pending over success, latest per context", async () => {
    await start();
    const repo = gh!.state.repo("octo", "demo")!;
    const state = async () => (await call("GET", "/repos/octo/demo/commits/abc/status")).body.state;
    expect(await state()).toBe("pending");
    repo.addStatus("abc", { context: "a", state: "success" });
    expect(await state()).toBe("success");
    repo.addStatus("abc", { context: "b", state: "pending" });
    expect(await state()).toBe("pending");
    repo.addStatus("abc", { context: "c", state: "failure" });
    expect(await state()).toBe("failure");
    repo.addStatus("abc", { context: "c", state: "success" });
    repo.addStatus("abc", { context: "b", state: "success" });
    expect(await state()).toBe("success");
  });

  it("takes extra routes", async () => {
    await start();
    gh!.route({
      method: "GET",
      path: "/repos/:owner/:repo/hello/:who",
      handler: (ctx) => ({ body: { hi: ctx.params.who, repo: ctx.repo().fullName } }),
    });
    expect((await call("GET", "/repos/octo/demo/hello/mona")).body).toEqual({ hi: "mona", repo: "octo/demo" });
    expect((await call("GET", "/repos/octo/nope/hello/mona")).status).toBe(404);
  });
});

describe("matchesDateFilter", () => {
  it("understands GitHub's created filters", () => {
    const at = "2025-03-02T12:00:00.000Z";
    expect(matchesDateFilter(at, "2025-03-02")).toBe(true);
    expect(matchesDateFilter(at, "2025-03-01")).toBe(false);
    expect(matchesDateFilter(at, ">=2025-03-02")).toBe(true);
    expect(matchesDateFilter(at, ">2025-03-02")).toBe(false);
    expect(matchesDateFilter(at, "<2025-03-02")).toBe(false);
    expect(matchesDateFilter(at, "<=2025-03-02")).toBe(true);
    expect(matchesDateFilter(at, "2025-03-01..2025-03-02")).toBe(true);
    expect(matchesDateFilter(at, "2025-03-03..*")).toBe(false);
    expect(matchesDateFilter(at, "*..2025-03-02T11:00:00Z")).toBe(false);
  });
});
