/**
 * A local GitHub REST server for tests: real HTTP on 127.0.0.1, state in memory, JSON shaped like
 * GitHub's own responses (the fields Octokit users read), so the real Octokit client can be pointed
 * at it (`baseUrl: server.url`).
 *
 *   const gh = await startGitHubServer({ token: "t0k3n" });
 *   const repo = gh.state.addRepo({ owner: "octo", name: "demo" });
 *   repo.addIssue({ title: "seeded", labels: ["bug"] });
 *   gh.inject({ method: "POST", path: /\/pulls$/, status: 502, times: 2 });
 *   ... run the code under test with baseUrl gh.url ...
 *   expect(gh.requests.filter((r) => r.method === "POST")).toHaveLength(3);
 *   await gh.close();
 *
 * Behaviour worth knowing (each as GitHub does it):
 * - Issues and pull requests share one number sequence; pull requests are listed by the issues
 *   endpoints too, with a `pull_request` key.
 * - `POST /pulls` answers 422 "A pull request already exists for owner:branch." when an open pull
 *   request has the same head and the same base.
 * - `GET /collaborators/:user/permission`: a seeded collaborator gets its role (`role_name`) and the
 *   legacy `permission` (maintain → write, triage → read). Any other login is treated as an
 *   existing user who is not a collaborator: `read` on a public repository, `none` on a private
 *   one. Logins passed to `state.deleteUser(login)` do not exist: 404.
 * - Lists paginate with `per_page` (default 30, max 100) and `page`, and send a `Link` header.
 * - With `options.token` (or once a token was issued with `issueToken`), every request needs
 *   `Authorization: token X` or `Bearer X` (401 otherwise).
 * - Permissions, as GitHub gives a workflow's GITHUB_TOKEN: with `options.permissions` (or the
 *   permissions of an issued token), a scope listed there has that access level and a scope not
 *   listed has none (403 "Resource not accessible by integration"); `metadata: read` is always
 *   granted. A token without a permissions map may do everything.
 * - Rate limits: every answered request counts against its token's bucket, and the
 *   `x-ratelimit-*` headers count down (`limit`, `remaining`, `used`, `reset`); an empty bucket
 *   answers 403 "API rate limit exceeded" until the hour is over (on the server's clock,
 *   `options.now`). Tokens issued with the same `bucket` share it, as the GITHUB_TOKENs of one
 *   repository share GitHub's 1,000 requests an hour.
 * - `GET /commits/:ref/check-runs` and `GET /actions/runs/:id/jobs` answer `filter=latest` (the
 *   default: the latest check run of each name, the jobs of the latest attempt) and `filter=all`.
 * - `GET /actions/runs` with any of GitHub's search filters (actor, branch, check_suite_id,
 *   created, event, head_sha, status) returns at most the first 1,000 runs, while `total_count`
 *   says how many matched.
 *
 * To add an endpoint, add one entry to `ROUTES` (or call `server.route(...)` from a test).
 */
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------

export type Role = "admin" | "maintain" | "write" | "triage" | "read";

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: string | null;
  labels: string[];
  author: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  /** Present when this is a pull request. */
  pull?: PullFields;
}

export interface PullFields {
  head: string;
  headOwner: string;
  headSha: string;
  base: string;
  draft: boolean;
  merged: boolean;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface CheckRunRecord {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  /** ISO time it completed (null while running); `filter=latest` keeps the latest of each name. */
  completedAt: string | null;
}

export interface StatusRecord {
  id: number;
  context: string;
  state: "error" | "failure" | "pending" | "success";
  description: string | null;
  targetUrl: string | null;
  createdAt: string;
}

export interface WorkflowRunRecord {
  id: number;
  name: string;
  workflowId: number;
  /** The workflow file, e.g. ".github/workflows/ci.yml" (GitHub's `path`). */
  path: string;
  runNumber: number;
  status: string;
  conclusion: string | null;
  event: string;
  headBranch: string;
  headSha: string;
  runAttempt: number;
  createdAt: string;
  updatedAt: string;
  runStartedAt: string;
}

export interface JobRecord {
  id: number;
  runId: number;
  /** The run attempt this job belongs to (`filter=latest` lists the latest attempt's jobs). */
  runAttempt: number;
  name: string;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
}

let clockBase = Date.parse("2025-01-01T00:00:00Z");
/** Strictly increasing timestamps, so "newest first" is deterministic. */
function tick(): string {
  clockBase += 1000;
  return new Date(clockBase).toISOString();
}

/** A stable workflow id per workflow file, as GitHub has one per file. */
function workflowIdOf(workflowPath: string): number {
  return Number.parseInt(createHash("sha1").update(workflowPath).digest("hex").slice(0, 7), 16);
}

function fakeSha(...parts: unknown[]): string {
  return createHash("sha1").update(parts.map(String).join("\0")).digest("hex");
}

export class GitHubState {
  readonly repos = new Map<string, RepoState>();
  /** Logins that do not exist on this GitHub. */
  readonly deletedUsers = new Set<string>();
  private lastId = 1000;

  /** The login that owns everything created through the API. */
  constructor(readonly login = "github-actions[bot]") {}

  nextId(): number {
    return ++this.lastId;
  }

  addRepo(input: { owner: string; name: string; defaultBranch?: string; private?: boolean }): RepoState {
    const repo = new RepoState(this, input.owner, input.name, input.defaultBranch ?? "main", input.private ?? false);
    this.repos.set(`${input.owner}/${input.name}`.toLowerCase(), repo);
    return repo;
  }

  repo(owner: string, name: string): RepoState | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  deleteUser(login: string): void {
    this.deletedUsers.add(login.toLowerCase());
  }
}

export class RepoState {
  readonly id: number;
  /** Issues and pull requests; `items[n - 1].number === n`. */
  readonly items: IssueRecord[] = [];
  readonly comments: CommentRecord[] = [];
  readonly labels: LabelRecord[] = [];
  /** lower-case login → role */
  readonly collaborators = new Map<string, Role>();
  readonly checkRuns = new Map<string, CheckRunRecord[]>();
  readonly statuses = new Map<string, StatusRecord[]>();
  readonly workflowRuns: WorkflowRunRecord[] = [];
  readonly jobs: JobRecord[] = [];

  constructor(
    readonly state: GitHubState,
    readonly owner: string,
    readonly name: string,
    public defaultBranch: string,
    public isPrivate: boolean,
  ) {
    this.id = state.nextId();
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  issue(number: number): IssueRecord | undefined {
    return this.items[number - 1];
  }

  pull(number: number): IssueRecord | undefined {
    const item = this.issue(number);
    return item?.pull ? item : undefined;
  }

  pulls(): IssueRecord[] {
    return this.items.filter((item) => item.pull);
  }

  issues(): IssueRecord[] {
    return this.items.filter((item) => !item.pull);
  }

  addIssue(input: { title: string; body?: string | null; labels?: string[]; state?: "open" | "closed"; author?: string }): IssueRecord {
    const now = tick();
    const state = input.state ?? "open";
    const record: IssueRecord = {
      id: this.state.nextId(),
      number: this.items.length + 1,
      title: input.title,
      body: input.body ?? null,
      state,
      stateReason: state === "closed" ? "completed" : null,
      labels: [],
      author: input.author ?? this.state.login,
      createdAt: now,
      updatedAt: now,
      closedAt: state === "closed" ? now : null,
    };
    this.items.push(record);
    this.applyLabels(record, input.labels ?? []);
    return record;
  }

  addPull(input: {
    title: string;
    head: string;
    base?: string;
    headOwner?: string;
    body?: string | null;
    draft?: boolean;
    state?: "open" | "closed";
    merged?: boolean;
    labels?: string[];
    author?: string;
  }): IssueRecord {
    const record = this.addIssue(input);
    record.pull = {
      head: input.head,
      headOwner: input.headOwner ?? this.owner,
      headSha: fakeSha(this.fullName, input.head, record.number),
      base: input.base ?? this.defaultBranch,
      draft: input.draft ?? false,
      merged: input.merged ?? false,
    };
    return record;
  }

  addComment(issueNumber: number, input: { body: string; author?: string }): CommentRecord {
    const now = tick();
    const record: CommentRecord = {
      id: this.state.nextId(),
      issueNumber,
      body: input.body,
      author: input.author ?? this.state.login,
      createdAt: now,
      updatedAt: now,
    };
    this.comments.push(record);
    return record;
  }

  commentsOf(issueNumber: number): CommentRecord[] {
    return this.comments.filter((comment) => comment.issueNumber === issueNumber);
  }

  label(name: string): LabelRecord | undefined {
    return this.labels.find((label) => label.name.toLowerCase() === name.toLowerCase());
  }

  addLabel(input: { name: string; color?: string; description?: string | null }): LabelRecord {
    const record: LabelRecord = {
      id: this.state.nextId(),
      name: input.name,
      color: (input.color ?? "ededed").replace(/^#/, ""),
      description: input.description ?? null,
    };
    this.labels.push(record);
    return record;
  }

  /** Adds labels to an item, creating unknown ones as GitHub does; keeps the label's own spelling. */
  applyLabels(item: IssueRecord, names: string[]): void {
    for (const name of names) {
      const label = this.label(name) ?? this.addLabel({ name });
      if (!item.labels.some((existing) => existing.toLowerCase() === label.name.toLowerCase())) item.labels.push(label.name);
    }
  }

  setPermission(login: string, role: Role): void {
    this.collaborators.set(login.toLowerCase(), role);
  }

  addCheckRun(ref: string, input: { name: string; status?: string; conclusion?: string | null }): CheckRunRecord {
    const status = input.status ?? "completed";
    const record: CheckRunRecord = {
      id: this.state.nextId(),
      name: input.name,
      status,
      conclusion: input.conclusion === undefined ? (status === "completed" ? "success" : null) : input.conclusion,
      completedAt: status === "completed" ? tick() : null,
    };
    const list = this.checkRuns.get(ref) ?? [];
    list.push(record);
    this.checkRuns.set(ref, list);
    return record;
  }

  addStatus(ref: string, input: { context: string; state: StatusRecord["state"]; description?: string; targetUrl?: string }): StatusRecord {
    const record: StatusRecord = {
      id: this.state.nextId(),
      context: input.context,
      state: input.state,
      description: input.description ?? null,
      targetUrl: input.targetUrl ?? null,
      createdAt: tick(),
    };
    const list = this.statuses.get(ref) ?? [];
    list.push(record);
    this.statuses.set(ref, list);
    return record;
  }

  addWorkflowRun(input: {
    name?: string;
    workflowId?: number;
    path?: string;
    status?: string;
    conclusion?: string | null;
    event?: string;
    headBranch?: string;
    headSha?: string;
    runAttempt?: number;
    createdAt?: string;
    updatedAt?: string;
    runStartedAt?: string;
  }): WorkflowRunRecord {
    const createdAt = input.createdAt ?? tick();
    const status = input.status ?? "completed";
    const id = this.state.nextId();
    const name = input.name ?? "CI";
    const workflowPath = input.path ?? `.github/workflows/${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.yml`;
    const record: WorkflowRunRecord = {
      id,
      name,
      workflowId: input.workflowId ?? workflowIdOf(workflowPath),
      path: workflowPath,
      runNumber: this.workflowRuns.filter((run) => run.path === workflowPath).length + 1,
      status,
      conclusion: input.conclusion === undefined ? (status === "completed" ? "success" : null) : input.conclusion,
      event: input.event ?? "push",
      headBranch: input.headBranch ?? this.defaultBranch,
      headSha: input.headSha ?? fakeSha(this.fullName, "run", id),
      runAttempt: input.runAttempt ?? 1,
      createdAt,
      updatedAt: input.updatedAt ?? createdAt,
      runStartedAt: input.runStartedAt ?? createdAt,
    };
    this.workflowRuns.push(record);
    return record;
  }

  addJob(
    runId: number,
    input: {
      name: string;
      status?: string;
      conclusion?: string | null;
      startedAt?: string | null;
      completedAt?: string | null;
      runAttempt?: number;
    },
  ): JobRecord {
    const status = input.status ?? "completed";
    const record: JobRecord = {
      id: this.state.nextId(),
      runId,
      runAttempt: input.runAttempt ?? this.workflowRuns.find((run) => run.id === runId)?.runAttempt ?? 1,
      name: input.name,
      status,
      conclusion: input.conclusion === undefined ? (status === "completed" ? "success" : null) : input.conclusion,
      startedAt: input.startedAt === undefined ? tick() : input.startedAt,
      completedAt: input.completedAt === undefined ? (status === "completed" ? tick() : null) : input.completedAt,
    };
    this.jobs.push(record);
    return record;
  }
}

// ---------------------------------------------------------------------------------------------
// Server options, faults, recorded requests
// ---------------------------------------------------------------------------------------------

export type Scope = "metadata" | "contents" | "pullRequests" | "issues" | "checks" | "statuses" | "actions";
export type Access = "none" | "read" | "write";

export interface GitHubServerOptions {
  /** When set, every request must carry it (`token X` or `Bearer X`). */
  token?: string;
  /** The permissions of `token` (or of unauthenticated requests): unlisted scopes are none. Omitted: everything. */
  permissions?: Partial<Record<Scope, Access>>;
  /** Requests an hour for `token` (default 5000, GitHub's limit for a user token). */
  rateLimit?: number;
  /** The server's clock, ms since the epoch (default Date.now): rate-limit windows follow it. */
  now?: () => number;
  /** The repository setting "Allow GitHub Actions to create and approve pull requests" (default true). */
  allowActionsToCreatePullRequests?: boolean;
  /** Author of everything created through the API (default "github-actions[bot]"). */
  login?: string;
  /** Prefix of `html_url`s (default "https://github.com"). */
  htmlUrl?: string;
  /** Extra routes, tried before the built-in ones. */
  routes?: Route[];
}

export interface RecordedRequest {
  method: string;
  /** Path without the query, as sent (percent-encoding kept). */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, the raw text when it is not JSON, undefined when empty. */
  body: unknown;
  headers: http.IncomingHttpHeaders;
  /** Status of the answer (0 until answered, and for a dropped connection). */
  status: number;
  /** When it arrived (ms since the epoch). */
  at: number;
  /** The token it presented, if any. */
  token?: string;
}

export interface Fault {
  /** Any method when omitted. */
  method?: string;
  /** Exact path (without query) or a pattern tested against it; any path when omitted. */
  path?: string | RegExp;
  /** An HTTP status, or 0 to drop the connection without answering (a network error). */
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** JSON body; a default shaped like GitHub's for that status when omitted. */
  body?: unknown;
  /** Extra or overriding headers. */
  headers?: Record<string, string>;
  /**
   * The request takes effect first, then it is answered with this fault: GitHub created the
   * issue, but the 502 (or the dropped connection) is all the client sees.
   */
  afterEffect?: boolean;
}

export interface FaultHandle {
  /** Requests this fault has failed so far. */
  readonly hits: number;
  readonly remaining: number;
}

export const SECONDARY_RATE_LIMIT_MESSAGE =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.";

function defaultFault(status: number): { body: unknown; headers: Record<string, string> } {
  switch (status) {
    case 403:
      return {
        body: {
          message: SECONDARY_RATE_LIMIT_MESSAGE,
          documentation_url:
            "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
          status: "403",
        },
        headers: { "retry-after": "1" },
      };
    case 429:
      return {
        body: {
          message: "API rate limit exceeded for installation ID 1.",
          documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
          status: "429",
        },
        headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 1) },
      };
    case 422:
      return {
        body: { message: "Validation Failed", errors: [], documentation_url: "https://docs.github.com/rest", status: "422" },
        headers: {},
      };
    default:
      return { body: { message: http.STATUS_CODES[status] ?? "Error", status: String(status) }, headers: {} };
  }
}

// ---------------------------------------------------------------------------------------------
// Router
// ---------------------------------------------------------------------------------------------

export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Thrown by handlers to answer with an error. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

export function notFound(): HttpError {
  return new HttpError(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" });
}

export function validationFailed(errors: unknown[], message = "Validation Failed"): HttpError {
  return new HttpError(422, { message, errors, documentation_url: "https://docs.github.com/rest", status: "422" });
}

export interface Need {
  scope: Scope;
  access: "read" | "write";
}

/** A parsed request body: an object (or, for a few label routes, an array) whose fields are unchecked. */
export type JsonBody = Record<string, unknown>;

export interface RouteContext {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The request's JSON body; each route checks the type of every field it reads, as GitHub does. */
  body: JsonBody;
  state: GitHubState;
  options: GitHubServerOptions;
  /** Base URL of this server. */
  url: string;
  htmlUrl: string;
  /** The repository named by `:owner/:repo`, or a 404. */
  repo(): RepoState;
  /** Integer path parameter. */
  int(name: string): number;
  /** One page of `items` per `per_page`/`page`, with GitHub's `Link` header. */
  page<T>(items: T[]): { items: T[]; headers: Record<string, string> };
}

export interface Route {
  method: string;
  /** e.g. "/repos/:owner/:repo/issues/:number(\\d+)"; a parameter matches one path segment. */
  path: string;
  /** What the token needs; an array means any one of them is enough. */
  needs?: Need | Need[] | ((ctx: RouteContext) => Need | Need[] | undefined);
  handler(ctx: RouteContext): Reply | Promise<Reply>;
}

interface CompiledRoute extends Route {
  regex: RegExp;
  names: string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split("/")
    .map((segment) =>
      segment.replace(/^:(\w+)(?:\((.+)\))?$/, (_match, name: string, pattern?: string) => {
        names.push(name);
        return `(${pattern ?? "[^/]+"})`;
      }),
    )
    .join("/");
  return { ...route, regex: new RegExp(`^${source}$`), names };
}

const read = (scope: Scope): Need => ({ scope, access: "read" });
const write = (scope: Scope): Need => ({ scope, access: "write" });
/** Writes to an issue-or-pull: GitHub accepts either permission when the number is a pull request. */
const issueWrite = (ctx: RouteContext): Need[] => {
  const item = ctx.state.repo(ctx.params.owner, ctx.params.repo)?.issue(Number(ctx.params.number));
  return item?.pull ? [write("issues"), write("pullRequests")] : [write("issues")];
};

// ---------------------------------------------------------------------------------------------
// JSON shapes
// ---------------------------------------------------------------------------------------------

function userJson(login: string) {
  const bot = login.endsWith("[bot]");
  return { login, id: Number.parseInt(fakeSha(login).slice(0, 7), 16), type: bot ? "Bot" : "User", site_admin: false };
}

function repoJson(ctx: RouteContext, repo: RepoState) {
  return {
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: repo.fullName,
    owner: { ...userJson(repo.owner), type: "Organization" },
    private: repo.isPrivate,
    visibility: repo.isPrivate ? "private" : "public",
    html_url: `${ctx.htmlUrl}/${repo.fullName}`,
    url: `${ctx.url}/repos/${repo.fullName}`,
    default_branch: repo.defaultBranch,
  };
}

function labelJson(repo: RepoState, name: string) {
  const label = repo.label(name);
  return {
    id: label?.id ?? 0,
    node_id: `LA_${label?.id ?? 0}`,
    name: label?.name ?? name,
    color: label?.color ?? "ededed",
    description: label?.description ?? null,
    default: false,
  };
}

function issueJson(ctx: RouteContext, repo: RepoState, item: IssueRecord) {
  const api = `${ctx.url}/repos/${repo.fullName}`;
  return {
    id: item.id,
    node_id: `I_${item.id}`,
    url: `${api}/issues/${item.number}`,
    html_url: `${ctx.htmlUrl}/${repo.fullName}/${item.pull ? "pull" : "issues"}/${item.number}`,
    number: item.number,
    state: item.state,
    state_reason: item.stateReason,
    title: item.title,
    body: item.body,
    user: userJson(item.author),
    labels: item.labels.map((name) => labelJson(repo, name)),
    comments: repo.commentsOf(item.number).length,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    closed_at: item.closedAt,
    ...(item.pull
      ? { pull_request: { url: `${api}/pulls/${item.number}`, html_url: `${ctx.htmlUrl}/${repo.fullName}/pull/${item.number}` } }
      : {}),
  };
}

function pullJson(ctx: RouteContext, repo: RepoState, item: IssueRecord) {
  const pull = item.pull!;
  const api = `${ctx.url}/repos/${repo.fullName}`;
  return {
    id: item.id,
    node_id: `PR_${item.id}`,
    url: `${api}/pulls/${item.number}`,
    html_url: `${ctx.htmlUrl}/${repo.fullName}/pull/${item.number}`,
    issue_url: `${api}/issues/${item.number}`,
    number: item.number,
    state: item.state,
    locked: false,
    title: item.title,
    body: item.body,
    user: userJson(item.author),
    labels: item.labels.map((name) => labelJson(repo, name)),
    draft: pull.draft,
    merged: pull.merged,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    closed_at: item.closedAt,
    merged_at: pull.merged ? item.closedAt : null,
    head: {
      label: `${pull.headOwner}:${pull.head}`,
      ref: pull.head,
      sha: pull.headSha,
      user: userJson(pull.headOwner),
      repo: repoJson(ctx, repo),
    },
    base: {
      label: `${repo.owner}:${pull.base}`,
      ref: pull.base,
      sha: fakeSha(repo.fullName, pull.base),
      user: userJson(repo.owner),
      repo: repoJson(ctx, repo),
    },
  };
}

function commentJson(ctx: RouteContext, repo: RepoState, comment: CommentRecord) {
  const item = repo.issue(comment.issueNumber);
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${ctx.url}/repos/${repo.fullName}/issues/comments/${comment.id}`,
    html_url: `${ctx.htmlUrl}/${repo.fullName}/${item?.pull ? "pull" : "issues"}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${ctx.url}/repos/${repo.fullName}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: userJson(comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
  };
}

function runJson(ctx: RouteContext, repo: RepoState, run: WorkflowRunRecord) {
  return {
    id: run.id,
    name: run.name,
    node_id: `WFR_${run.id}`,
    workflow_id: run.workflowId,
    path: run.path,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    run_number: run.runNumber,
    run_attempt: run.runAttempt,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    url: `${ctx.url}/repos/${repo.fullName}/actions/runs/${run.id}`,
    html_url: `${ctx.htmlUrl}/${repo.fullName}/actions/runs/${run.id}`,
    jobs_url: `${ctx.url}/repos/${repo.fullName}/actions/runs/${run.id}/jobs`,
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_started_at: run.runStartedAt,
    repository: repoJson(ctx, repo),
  };
}

function jobJson(ctx: RouteContext, repo: RepoState, job: JobRecord) {
  const run = repo.workflowRuns.find((candidate) => candidate.id === job.runId);
  return {
    id: job.id,
    run_id: job.runId,
    run_attempt: job.runAttempt,
    node_id: `CR_${job.id}`,
    head_sha: run?.headSha ?? "",
    head_branch: run?.headBranch ?? null,
    workflow_name: run?.name ?? null,
    url: `${ctx.url}/repos/${repo.fullName}/actions/jobs/${job.id}`,
    html_url: `${ctx.htmlUrl}/${repo.fullName}/actions/runs/${job.runId}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    name: job.name,
    started_at: job.startedAt,
    completed_at: job.completedAt,
    steps: [],
    labels: ["ubuntu-latest"],
  };
}

// ---------------------------------------------------------------------------------------------
// Filters
// ---------------------------------------------------------------------------------------------

/** GitHub's `created` filter: "2025-01-01", ">=2025-01-01", "<2025-01-01T10:00:00Z", "A..B", "A..*". */
export function matchesDateFilter(iso: string, filter: string): boolean {
  const time = Date.parse(iso);
  const range = /^(.+)\.\.(.+)$/.exec(filter);
  if (range) {
    const [, from, to] = range;
    return (from === "*" || time >= Date.parse(from)) && (to === "*" || time <= endOf(to));
  }
  const comparison = /^(>=|<=|>|<)(.+)$/.exec(filter);
  if (comparison) {
    const [, op, value] = comparison;
    switch (op) {
      case ">=":
        return time >= Date.parse(value);
      case ">":
        return time > endOf(value);
      case "<=":
        return time <= endOf(value);
      default:
        return time < Date.parse(value);
    }
  }
  return time >= Date.parse(filter) && time <= endOf(filter);
}

/** The last millisecond a date (or date-time) filter value covers. */
function endOf(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(value) + 86_400_000 - 1 : Date.parse(value);
}

function labelsFilter(query: URLSearchParams): string[] {
  return (query.get("labels") ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
}

function requireString(body: JsonBody, field: string, resource: string): string {
  const value = body?.[field];
  if (typeof value !== "string" || value === "") throw validationFailed([{ resource, field, code: "missing_field" }]);
  return value;
}

function labelNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [];
  return list.map((entry: unknown) => {
    if (typeof entry === "string") return entry;
    const name = (entry as { name?: unknown } | null)?.name;
    return typeof name === "string" ? name : "";
  });
}

const LEGACY_PERMISSION: Record<Role, string> = { admin: "admin", maintain: "write", write: "write", triage: "read", read: "read" };

// ---------------------------------------------------------------------------------------------
// The route table: one entry per endpoint
// ---------------------------------------------------------------------------------------------

const R = "/repos/:owner/:repo";

export const ROUTES: Route[] = [
  {
    method: "GET",
    path: R,
    needs: read("metadata"),
    handler: (ctx) => ({ body: repoJson(ctx, ctx.repo()) }),
  },

  // ---- pulls
  {
    method: "GET",
    path: `${R}/pulls`,
    needs: read("pullRequests"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const state = ctx.query.get("state") ?? "open";
      const head = ctx.query.get("head");
      const base = ctx.query.get("base");
      const [headOwner, headRef] = head?.includes(":")
        ? [head.slice(0, head.indexOf(":")), head.slice(head.indexOf(":") + 1)]
        : [undefined, head];
      const pulls = repo
        .pulls()
        .filter((item) => state === "all" || item.state === state)
        .filter(
          (item) =>
            !headRef || (item.pull!.head === headRef && (!headOwner || item.pull!.headOwner.toLowerCase() === headOwner.toLowerCase())),
        )
        .filter((item) => !base || item.pull!.base === base)
        .reverse();
      const { items, headers } = ctx.page(pulls);
      return { body: items.map((item) => pullJson(ctx, repo, item)), headers };
    },
  },
  {
    method: "POST",
    path: `${R}/pulls`,
    needs: write("pullRequests"),
    handler: (ctx) => {
      const repo = ctx.repo();
      if (ctx.options.allowActionsToCreatePullRequests === false) {
        throw new HttpError(403, {
          message: "GitHub Actions is not permitted to create or approve pull requests.",
          documentation_url: "https://docs.github.com/rest/pulls/pulls#create-a-pull-request",
          status: "403",
        });
      }
      const title = requireString(ctx.body, "title", "PullRequest");
      const head = requireString(ctx.body, "head", "PullRequest");
      const base = requireString(ctx.body, "base", "PullRequest");
      const [headOwner, headRef] = head.includes(":")
        ? [head.slice(0, head.indexOf(":")), head.slice(head.indexOf(":") + 1)]
        : [repo.owner, head];
      if (headRef === base && headOwner.toLowerCase() === repo.owner.toLowerCase()) {
        throw validationFailed([{ resource: "PullRequest", code: "custom", message: `No commits between ${base} and ${headRef}` }]);
      }
      const existing = repo
        .pulls()
        .find(
          (item) =>
            item.state === "open" &&
            item.pull!.head === headRef &&
            item.pull!.headOwner.toLowerCase() === headOwner.toLowerCase() &&
            item.pull!.base === base,
        );
      if (existing) {
        throw validationFailed([
          { resource: "PullRequest", code: "custom", message: `A pull request already exists for ${headOwner}:${headRef}.` },
        ]);
      }
      const item = repo.addPull({
        title,
        head: headRef,
        headOwner,
        base,
        body: typeof ctx.body.body === "string" ? ctx.body.body : null,
        draft: ctx.body.draft === true,
      });
      return { status: 201, body: pullJson(ctx, repo, item) };
    },
  },
  {
    method: "GET",
    path: `${R}/pulls/:number(\\d+)`,
    needs: read("pullRequests"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const item = repo.pull(ctx.int("number"));
      if (!item) throw notFound();
      return { body: pullJson(ctx, repo, item) };
    },
  },
  {
    method: "PATCH",
    path: `${R}/pulls/:number(\\d+)`,
    needs: write("pullRequests"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const item = repo.pull(ctx.int("number"));
      if (!item) throw notFound();
      const body = ctx.body;
      if (typeof body.title === "string") item.title = body.title;
      if (typeof body.body === "string" || body.body === null) item.body = body.body;
      if (typeof body.base === "string") item.pull!.base = body.base;
      if (body.state === "open" || body.state === "closed") {
        item.state = body.state;
        item.closedAt = body.state === "closed" ? tick() : null;
      }
      item.updatedAt = tick();
      return { body: pullJson(ctx, repo, item) };
    },
  },

  // ---- issues
  {
    method: "GET",
    path: `${R}/issues`,
    needs: read("issues"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const state = ctx.query.get("state") ?? "open";
      const wanted = labelsFilter(ctx.query);
      const list = repo.items
        .filter((item) => state === "all" || item.state === state)
        .filter((item) => wanted.every((name) => item.labels.some((label) => label.toLowerCase() === name)))
        .reverse();
      const { items, headers } = ctx.page(list);
      return { body: items.map((item) => issueJson(ctx, repo, item)), headers };
    },
  },
  {
    method: "POST",
    path: `${R}/issues`,
    needs: write("issues"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const title = requireString(ctx.body, "title", "Issue");
      const item = repo.addIssue({
        title,
        body: typeof ctx.body.body === "string" ? ctx.body.body : null,
        labels: labelNames(ctx.body.labels),
      });
      return { status: 201, body: issueJson(ctx, repo, item) };
    },
  },
  {
    method: "GET",
    path: `${R}/issues/:number(\\d+)`,
    needs: read("issues"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const item = repo.issue(ctx.int("number"));
      if (!item) throw notFound();
      return { body: issueJson(ctx, repo, item) };
    },
  },
  {
    method: "PATCH",
    path: `${R}/issues/:number(\\d+)`,
    needs: issueWrite,
    handler: (ctx) => {
      const repo = ctx.repo();
      const item = repo.issue(ctx.int("number"));
      if (!item) throw notFound();
      const body = ctx.body;
      if (typeof body.title === "string") item.title = body.title;
      if (typeof body.body === "string" || body.body === null) item.body = body.body;
      if (body.state === "open" || body.state === "closed") {
        item.state = body.state;
        item.stateReason = body.state === "closed" ? (typeof body.state_reason === "string" ? body.state_reason : "completed") : "reopened";
        item.closedAt = body.state === "closed" ? tick() : null;
      }
      if (Array.isArray(body.labels)) {
        item.labels = [];
        repo.applyLabels(item, labelNames(body.labels));
      }
      item.updatedAt = tick();
      return { body: issueJson(ctx, repo, item) };
    },
  },
  {
    method: "GET",
    path: `${R}/issues/:number(\\d+)/comments`,
    needs: read("issues"),
    handler: (ctx) => {
      const repo = ctx.repo();
      if (!repo.issue(ctx.int("number"))) throw notFound();
      const { items, headers } = ctx.page(repo.commentsOf(ctx.int("number")));
      return { body: items.map((comment) => commentJson(ctx, repo, comment)), headers };
    },
  },
  {
    method: "POST",
    path: `${R}/issues/:number(\\d+)/comments`,
    needs: issueWrite,
    handler: (ctx) => {
      const repo = ctx.repo();
      if (!repo.issue(ctx.int("number"))) throw notFound();
      const body = requireString(ctx.body, "body", "IssueComment");
      const comment = repo.addComment(ctx.int("number"), { body });
      return { status: 201, body: commentJson(ctx, repo, comment) };
    },
  },
  {
    method: "GET",
    path: `${R}/issues/comments/:id(\\d+)`,
    needs: read("issues"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const comment = repo.comments.find((candidate) => candidate.id === ctx.int("id"));
      if (!comment) throw notFound();
      return { body: commentJson(ctx, repo, comment) };
    },
  },
  {
    method: "PATCH",
    path: `${R}/issues/comments/:id(\\d+)`,
    needs: (ctx) => {
      const repo = ctx.state.repo(ctx.params.owner, ctx.params.repo);
      const comment = repo?.comments.find((candidate) => candidate.id === Number(ctx.params.id));
      return comment && repo?.issue(comment.issueNumber)?.pull ? [write("issues"), write("pullRequests")] : write("issues");
    },
    handler: (ctx) => {
      const repo = ctx.repo();
      const comment = repo.comments.find((candidate) => candidate.id === ctx.int("id"));
      if (!comment) throw notFound();
      comment.body = requireString(ctx.body, "body", "IssueComment");
      comment.updatedAt = tick();
      return { body: commentJson(ctx, repo, comment) };
    },
  },
  {
    method: "POST",
    path: `${R}/issues/:number(\\d+)/labels`,
    needs: issueWrite,
    handler: (ctx) => {
      const repo = ctx.repo();
      const item = repo.issue(ctx.int("number"));
      if (!item) throw notFound();
      const names = labelNames(Array.isArray(ctx.body) ? ctx.body : ctx.body.labels);
      if (names.length === 0 || names.some((name) => name === "")) {
        throw validationFailed([{ resource: "Label", field: "labels", code: "missing_field" }]);
      }
      repo.applyLabels(item, names);
      item.updatedAt = tick();
      return { body: item.labels.map((name) => labelJson(repo, name)) };
    },
  },

  // ---- labels
  {
    method: "GET",
    path: `${R}/labels`,
    needs: read("issues"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const { items, headers } = ctx.page(repo.labels);
      return { body: items.map((label) => labelJson(repo, label.name)), headers };
    },
  },
  {
    method: "GET",
    path: `${R}/labels/:name`,
    needs: read("issues"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const label = repo.label(ctx.params.name);
      if (!label) throw notFound();
      return { body: labelJson(repo, label.name) };
    },
  },
  {
    method: "POST",
    path: `${R}/labels`,
    needs: [write("issues"), write("pullRequests")],
    handler: (ctx) => {
      const repo = ctx.repo();
      const name = requireString(ctx.body, "name", "Label");
      if (repo.label(name)) throw validationFailed([{ resource: "Label", code: "already_exists", field: "name" }]);
      const color = typeof ctx.body.color === "string" ? ctx.body.color.replace(/^#/, "") : undefined;
      if (color !== undefined && !/^[0-9a-fA-F]{6}$/.test(color)) {
        throw validationFailed([{ resource: "Label", code: "invalid", field: "color" }]);
      }
      const label = repo.addLabel({ name, color, description: typeof ctx.body.description === "string" ? ctx.body.description : null });
      return { status: 201, body: labelJson(repo, label.name) };
    },
  },

  // ---- collaborators
  {
    method: "GET",
    path: `${R}/collaborators/:username/permission`,
    needs: read("metadata"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const login = ctx.params.username;
      if (ctx.state.deletedUsers.has(login.toLowerCase())) throw notFound();
      const role = repo.collaborators.get(login.toLowerCase());
      const permission = role ? LEGACY_PERMISSION[role] : repo.isPrivate ? "none" : "read";
      return { body: { permission, role_name: role ?? permission, user: userJson(login) } };
    },
  },

  // ---- checks and statuses
  {
    method: "GET",
    path: `${R}/commits/:ref/check-runs`,
    needs: read("checks"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const name = ctx.query.get("check_name");
      const status = ctx.query.get("status");
      const filter = ctx.query.get("filter") ?? "latest";
      if (filter !== "latest" && filter !== "all") throw validationFailed([{ resource: "CheckRun", field: "filter", code: "invalid" }]);
      let runs = (repo.checkRuns.get(ctx.params.ref) ?? [])
        .filter((run) => !name || run.name === name)
        .filter((run) => !status || run.status === status);
      if (filter === "latest") {
        // The most recent check run of each name (a re-run replaces the earlier attempt).
        const latest = new Map<string, CheckRunRecord>();
        for (const run of runs) {
          latest.delete(run.name);
          latest.set(run.name, run);
        }
        runs = [...latest.values()];
      }
      const { items, headers } = ctx.page(runs);
      return {
        body: {
          total_count: runs.length,
          check_runs: items.map((run) => ({
            id: run.id,
            node_id: `CR_${run.id}`,
            name: run.name,
            status: run.status,
            conclusion: run.conclusion,
            completed_at: run.completedAt,
            head_sha: ctx.params.ref,
            html_url: `${ctx.htmlUrl}/${repo.fullName}/runs/${run.id}`,
            app: { slug: "github-actions" },
          })),
        },
        headers,
      };
    },
  },
  {
    method: "GET",
    path: `${R}/commits/:ref/status`,
    needs: read("statuses"),
    handler: (ctx) => {
      const repo = ctx.repo();
      // The latest status of each context, as GitHub combines them.
      const latest = new Map<string, StatusRecord>();
      for (const status of repo.statuses.get(ctx.params.ref) ?? []) latest.set(status.context, status);
      const statuses = [...latest.values()];
      // failure beats pending beats success; no statuses at all is "pending".
      const combined = statuses.some((status) => status.state === "failure" || status.state === "error")
        ? "failure"
        : statuses.length === 0 || statuses.some((status) => status.state === "pending")
          ? "pending"
          : "success";
      const { items, headers } = ctx.page(statuses);
      return {
        body: {
          state: combined,
          sha: ctx.params.ref,
          total_count: statuses.length,
          statuses: items.map((status) => ({
            id: status.id,
            context: status.context,
            state: status.state,
            description: status.description,
            target_url: status.targetUrl,
            created_at: status.createdAt,
            updated_at: status.createdAt,
          })),
          repository: repoJson(ctx, repo),
        },
        headers,
      };
    },
  },

  // ---- actions
  {
    method: "GET",
    path: `${R}/actions/runs`,
    needs: read("actions"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const status = ctx.query.get("status");
      const created = ctx.query.get("created");
      const branch = ctx.query.get("branch");
      const event = ctx.query.get("event");
      const headSha = ctx.query.get("head_sha");
      const runs = repo.workflowRuns
        .filter((run) => !status || run.status === status || run.conclusion === status)
        .filter((run) => !created || matchesDateFilter(run.createdAt, created))
        .filter((run) => !branch || run.headBranch === branch)
        .filter((run) => !event || run.event === event)
        .filter((run) => !headSha || run.headSha === headSha)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
      // GitHub: "up to 1,000 results for each search" with these parameters; total_count still
      // counts every match, so a client that compares it can tell that runs were left out.
      const searched = ["actor", "branch", "check_suite_id", "created", "event", "head_sha", "status"].some((p) => ctx.query.has(p));
      const { items, headers } = ctx.page(searched ? runs.slice(0, 1000) : runs);
      return { body: { total_count: runs.length, workflow_runs: items.map((run) => runJson(ctx, repo, run)) }, headers };
    },
  },
  {
    method: "GET",
    path: `${R}/actions/runs/:run_id(\\d+)`,
    needs: read("actions"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const run = repo.workflowRuns.find((candidate) => candidate.id === ctx.int("run_id"));
      if (!run) throw notFound();
      return { body: runJson(ctx, repo, run) };
    },
  },
  {
    method: "GET",
    path: `${R}/actions/runs/:run_id(\\d+)/jobs`,
    needs: read("actions"),
    handler: (ctx) => {
      const repo = ctx.repo();
      const runId = ctx.int("run_id");
      const run = repo.workflowRuns.find((candidate) => candidate.id === runId);
      if (!run) throw notFound();
      const filter = ctx.query.get("filter") ?? "latest";
      if (filter !== "latest" && filter !== "all") throw validationFailed([{ resource: "Job", field: "filter", code: "invalid" }]);
      // latest: the jobs of the run's latest attempt; all: every attempt's.
      const jobs = repo.jobs.filter((job) => job.runId === runId && (filter === "all" || job.runAttempt === run.runAttempt));
      const { items, headers } = ctx.page(jobs);
      return { body: { total_count: jobs.length, jobs: items.map((job) => jobJson(ctx, repo, job)) }, headers };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

/** What a token may do: its permissions (unlisted scopes: none) and the rate-limit bucket it draws on. */
export interface TokenGrant {
  /** Omitted: everything. */
  permissions?: Partial<Record<Scope, Access>>;
  /** Tokens with the same bucket share one rate limit (default: a bucket of its own). */
  bucket?: string;
  /** Requests an hour of the bucket (default 1000, GitHub's limit for a workflow's GITHUB_TOKEN). */
  limit?: number;
  /** For people reading recorded requests: "run 7 job plan". */
  label?: string;
}

export interface RateLimitBucket {
  limit: number;
  used: number;
  /** When the window ends, ms since the epoch (server clock). */
  resetAt: number;
}

export interface GitHubServer {
  /** e.g. "http://127.0.0.1:43123" (no trailing slash): pass it as Octokit's baseUrl. */
  readonly url: string;
  readonly state: GitHubState;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  readonly options: GitHubServerOptions;
  /** The next `times` requests matching `fault` fail that way. */
  inject(fault: Fault): FaultHandle;
  clearFaults(): void;
  /** Adds a route, tried before the built-in ones. */
  route(route: Route): void;
  /** Recorded requests with this method whose path equals `path` or matches it. */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[];
  /** A new token with these permissions (e.g. a job's GITHUB_TOKEN); authentication is required from then on. */
  issueToken(grant?: TokenGrant): string;
  /** The token stops working (401), as a job's GITHUB_TOKEN does when the job ends. */
  revokeToken(token: string): void;
  /** What the token may do, or undefined for an unknown token. */
  grantOf(token: string): TokenGrant | undefined;
  /** The recorded requests made with this token. */
  requestsWith(token: string): RecordedRequest[];
  /** The rate-limit bucket a token draws on. */
  bucketOf(token: string): RateLimitBucket | undefined;
  /** Stops the server (idempotent). */
  close(): Promise<void>;
}

const ACCESS_LEVEL: Record<Access, number> = { none: 0, read: 1, write: 2 };

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const state = new GitHubState(options.login);
  const requests: RecordedRequest[] = [];
  const routes: CompiledRoute[] = [...(options.routes ?? []), ...ROUTES].map(compile);
  const faults: { fault: Fault; remaining: number; hits: number }[] = [];
  const htmlUrl = (options.htmlUrl ?? "https://github.com").replace(/\/$/, "");
  const now = options.now ?? Date.now;
  const tokens = new Map<string, TokenGrant>();
  const buckets = new Map<string, RateLimitBucket>();
  if (options.token !== undefined)
    tokens.set(options.token, { permissions: options.permissions, bucket: `token:${options.token}`, limit: options.rateLimit ?? 5000 });
  let issued = 0;
  // Once any token exists, every request must present one (a revoked token is then a bad one).
  let authRequired = tokens.size > 0;
  let url = "";

  function bucketFor(token: string | undefined): RateLimitBucket {
    const grant = token === undefined ? undefined : tokens.get(token);
    const key = grant?.bucket ?? `token:${token ?? ""}`;
    let bucket = buckets.get(key);
    const at = now();
    if (!bucket || at >= bucket.resetAt) {
      bucket = { limit: grant?.limit ?? 5000, used: 0, resetAt: at + 3_600_000 };
      buckets.set(key, bucket);
    }
    return bucket;
  }

  function rateHeaders(bucket: RateLimitBucket): Record<string, string> {
    return {
      "x-ratelimit-limit": String(bucket.limit),
      "x-ratelimit-remaining": String(Math.max(bucket.limit - bucket.used, 0)),
      "x-ratelimit-used": String(bucket.used),
      "x-ratelimit-reset": String(Math.floor(bucket.resetAt / 1000)),
      "x-ratelimit-resource": "core",
    };
  }

  function granted(needs: Need | Need[] | undefined, permissions: Partial<Record<Scope, Access>> | undefined): boolean {
    if (!needs || !permissions) return true;
    const anyOf = Array.isArray(needs) ? needs : [needs];
    return anyOf.some((need) => {
      // As on GitHub: a scope the permissions do not list is "none"; metadata is always readable.
      const access = permissions[need.scope] ?? (need.scope === "metadata" ? "read" : "none");
      return ACCESS_LEVEL[access] >= ACCESS_LEVEL[need.access];
    });
  }

  /** The token a request presents (undefined: none), or the 401 it gets. */
  function authenticate(header: string | undefined): { token?: string; error?: HttpError } {
    const match = header ? /^(?:token|bearer)\s+(.+)$/i.exec(header) : null;
    if (!authRequired) return { token: match?.[1] };
    if (!header) {
      return {
        error: new HttpError(401, { message: "Requires authentication", documentation_url: "https://docs.github.com/rest", status: "401" }),
      };
    }
    if (!match || !tokens.has(match[1])) {
      return {
        error: new HttpError(401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest", status: "401" }),
      };
    }
    return { token: match[1] };
  }

  function takeFault(method: string, path: string): { fault: Fault } | undefined {
    const entry = faults.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (!candidate.fault.method || candidate.fault.method.toUpperCase() === method) &&
        (candidate.fault.path === undefined ||
          (typeof candidate.fault.path === "string" ? candidate.fault.path === path : candidate.fault.path.test(path))),
    );
    if (!entry) return undefined;
    entry.remaining -= 1;
    entry.hits += 1;
    return entry;
  }

  function send(
    res: http.ServerResponse,
    record: RecordedRequest,
    status: number,
    body: unknown,
    headers: Record<string, string>,
    limits: Record<string, string> = {},
  ): void {
    record.status = status;
    const text = body === undefined ? "" : JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "x-github-api-version-selected": "2022-11-28",
      "x-github-request-id": `0000:${requests.length}`,
      ...limits,
      ...headers,
      "content-length": String(Buffer.byteLength(text)),
    });
    res.end(text);
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const parsed = new URL(req.url ?? "/", url);
    const method = (req.method ?? "GET").toUpperCase();
    // Octokit may send the path with a trailing slash-free base; GitHub ignores a trailing slash.
    const path = parsed.pathname.length > 1 ? parsed.pathname.replace(/\/$/, "") : parsed.pathname;
    let body: unknown;
    let badJson = false;
    if (raw !== "") {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
        badJson = true;
      }
    }
    const record: RecordedRequest = {
      method,
      path,
      query: Object.fromEntries(parsed.searchParams),
      body,
      headers: req.headers,
      status: 0,
      at: Date.now(),
    };
    requests.push(record);
    const auth = authenticate(req.headers.authorization);
    record.token = auth.token;
    let limits: Record<string, string> = {};

    const fault = takeFault(method, path);
    const answerWithFault = (f: Fault): void => {
      if (f.status === 0) {
        req.socket.destroy();
        return;
      }
      const defaults = defaultFault(f.status);
      send(res, record, f.status, f.body ?? defaults.body, { ...defaults.headers, ...f.headers }, limits);
    };
    if (fault && !fault.fault.afterEffect) {
      limits = rateHeaders(bucketFor(auth.token));
      answerWithFault(fault.fault);
      return;
    }
    try {
      if (auth.error) throw auth.error;
      // Every authenticated request counts, as on GitHub; an empty bucket is refused until it resets.
      const bucket = bucketFor(auth.token);
      if (bucket.used >= bucket.limit) {
        limits = rateHeaders(bucket);
        throw new HttpError(403, {
          message: "API rate limit exceeded for installation. If you reach out to GitHub Support for help, please include the request ID.",
          documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
          status: "403",
        });
      }
      bucket.used++;
      limits = rateHeaders(bucket);
      const permissions = auth.token === undefined ? options.permissions : tokens.get(auth.token)?.permissions;
      if (badJson)
        throw new HttpError(400, { message: "Problems parsing JSON", documentation_url: "https://docs.github.com/rest", status: "400" });

      for (const route of routes) {
        if (route.method !== method) continue;
        const match = route.regex.exec(path);
        if (!match) continue;
        const params: Record<string, string> = {};
        route.names.forEach((name, index) => {
          params[name] = decodeURIComponent(match[index + 1]);
        });
        const ctx: RouteContext = {
          method,
          path,
          params,
          query: parsed.searchParams,
          body: body !== null && typeof body === "object" ? (body as JsonBody) : {},
          state,
          options,
          url,
          htmlUrl,
          repo() {
            const repo = state.repo(params.owner ?? "", params.repo ?? "");
            if (!repo) throw notFound();
            return repo;
          },
          int(name) {
            return Number.parseInt(params[name] ?? "", 10);
          },
          page(items) {
            return paginate(parsed, url, items);
          },
        };
        const needs = typeof route.needs === "function" ? route.needs(ctx) : route.needs;
        if (!granted(needs, permissions)) {
          throw new HttpError(403, {
            message: "Resource not accessible by integration",
            documentation_url: "https://docs.github.com/rest",
            status: "403",
          });
        }
        const reply = await route.handler(ctx);
        if (fault) answerWithFault(fault.fault);
        else send(res, record, reply.status ?? 200, reply.body, reply.headers ?? {}, limits);
        return;
      }
      throw notFound();
    } catch (error) {
      if (error instanceof HttpError) {
        send(res, record, error.status, error.body, error.headers, limits);
        return;
      }
      send(res, record, 500, { message: `test server bug: ${error instanceof Error ? error.stack : String(error)}` }, {}, limits);
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    state,
    requests,
    options,
    inject(fault) {
      const entry = { fault, remaining: fault.times ?? 1, hits: 0 };
      faults.push(entry);
      return {
        get hits() {
          return entry.hits;
        },
        get remaining() {
          return entry.remaining;
        },
      };
    },
    clearFaults() {
      faults.length = 0;
    },
    route(route) {
      routes.unshift(compile(route));
    },
    requestsTo(method, path) {
      return requests.filter(
        (request) =>
          request.method === method.toUpperCase() && (typeof path === "string" ? request.path === path : path.test(request.path)),
      );
    },
    issueToken(grant = {}) {
      issued++;
      authRequired = true;
      const token = `ghs_${createHash("sha256").update(`${url}\0${issued}\0${Math.random()}`).digest("hex").slice(0, 36)}`;
      tokens.set(token, { ...grant, bucket: grant.bucket ?? `token:${token}`, limit: grant.limit ?? 1000 });
      return token;
    },
    revokeToken(token) {
      tokens.delete(token);
    },
    grantOf(token) {
      return tokens.get(token);
    },
    requestsWith(token) {
      return requests.filter((request) => request.token === token);
    },
    bucketOf(token) {
      const grant = tokens.get(token);
      return grant ? buckets.get(grant.bucket!) : undefined;
    },
    close() {
      // Safe to call twice.
      if (!server.listening) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function paginate<T>(requestUrl: URL, baseUrl: string, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number.parseInt(requestUrl.searchParams.get("per_page") ?? "30", 10) || 30, 1), 100);
  const page = Math.max(Number.parseInt(requestUrl.searchParams.get("page") ?? "1", 10) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const link = (n: number, rel: string) => {
    const target = new URL(requestUrl.pathname + requestUrl.search, baseUrl);
    target.searchParams.set("per_page", String(perPage));
    target.searchParams.set("page", String(n));
    return `<${target.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"));
  if (page < last) links.push(link(page + 1, "next"));
  if (page < last) links.push(link(last, "last"));
  if (page > 1) links.push(link(1, "first"));
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(", ") } : {},
  };
}
