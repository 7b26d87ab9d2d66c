/**
 * The GitHub port: everything the five actions and the CLI ask of GitHub, as plain typed data.
 *
 * Core code depends on this interface only. The real implementation (`./octokit.ts`) talks to the
 * REST API through Octokit; tests may pass any object that satisfies `GitHubApi`.
 *
 * Errors, for every method unless its comment says otherwise:
 * - a `UserError` (from `../errors.js`) when the person running the workflow can fix it: bad or
 *   expired token, a missing workflow permission (the hint names it), a repository that does not
 *   exist or is not visible to the token, a rate limit that outlasted the bounded retries;
 * - a `PullRequestExistsError` from `createPull` when an open pull request already has that head;
 * - a `GitHubApiError` for anything else GitHub answered with an error (after retries).
 */
import { UserError } from "../errors.js";

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface Repository {
  owner: string;
  name: string;
  /** "owner/name" */
  fullName: string;
  defaultBranch: string;
  htmlUrl: string;
  private: boolean;
}

export type PullState = "open" | "closed";

export interface PullRequest {
  number: number;
  htmlUrl: string;
  state: PullState;
  /** true once merged (then `state` is "closed"). */
  merged: boolean;
  /** Head branch name, without the owner prefix. */
  head: string;
  /** "owner:branch" of the head, as GitHub's `head.label`. */
  headLabel: string;
  headSha: string;
  /** Base branch name. */
  base: string;
  title: string;
  /** Never null: GitHub's null body is returned as "". */
  body: string;
  draft: boolean;
  labels: string[];
}

export type IssueState = "open" | "closed";

export interface Issue {
  number: number;
  htmlUrl: string;
  title: string;
  /** Never null: GitHub's null body is returned as "". */
  body: string;
  state: IssueState;
  labels: string[];
  /** GitHub lists pull requests as issues too; this tells them apart. */
  isPullRequest: boolean;
  author: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Comment {
  id: number;
  htmlUrl: string;
  body: string;
  author: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Label {
  name: string;
  color: string;
  description: string;
}

export type Permission = "admin" | "maintain" | "write" | "triage" | "read" | "none";

export const PERMISSIONS: readonly Permission[] = ["none", "read", "triage", "write", "maintain", "admin"];

/** true when `actual` is at least `required` (admin > maintain > write > triage > read > none). */
export function hasPermission(actual: Permission, required: Permission): boolean {
  return PERMISSIONS.indexOf(actual) >= PERMISSIONS.indexOf(required);
}

export type CheckStatus = "queued" | "in_progress" | "completed" | "waiting" | "requested" | "pending";

export interface CheckRun {
  name: string;
  status: CheckStatus;
  /** null while not completed. "success" | "failure" | "neutral" | "cancelled" | "skipped" | "timed_out" | "action_required" | "stale" */
  conclusion: string | null;
}

export type CommitState = "error" | "failure" | "pending" | "success";

export interface CombinedStatus {
  /** GitHub's combined state: "pending" when there are no statuses at all. */
  state: "failure" | "pending" | "success";
  /** The latest status of every context, from every page. */
  statuses: { context: string; state: CommitState }[];
  /** How many contexts GitHub counts (`total_count`); `statuses` has them all when it equals their number. */
  totalCount: number;
}

export interface WorkflowRun {
  id: number;
  name: string | null;
  /** The workflow file (".github/workflows/ci.yml"); "" when GitHub did not say. */
  path: string;
  workflowId: number;
  /** "queued" | "in_progress" | "completed" | ... */
  status: string | null;
  conclusion: string | null;
  event: string;
  headBranch: string | null;
  headSha: string;
  runAttempt: number;
  htmlUrl: string;
  createdAt: string;
  updatedAt: string;
  runStartedAt: string | null;
}

export interface Job {
  id: number;
  runId: number;
  name: string;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  htmlUrl: string | null;
}

export interface FindOpenPullInput extends RepoRef {
  /** "owner:branch", or a bare branch name (then `owner` is assumed). */
  head: string;
  base?: string;
}

export interface CreatePullInput extends RepoRef {
  title: string;
  body: string;
  /** "owner:branch" or a bare branch name in this repository. */
  head: string;
  base: string;
  draft?: boolean;
}

export interface UpdatePullInput extends RepoRef {
  number: number;
  title?: string;
  body?: string;
  state?: PullState;
  base?: string;
}

export interface CreateIssueInput extends RepoRef {
  title: string;
  body: string;
  labels?: string[];
  /**
   * Send the request once, without the client's automatic retry on 5xx: GitHub may have created
   * the issue before the error, so the caller looks for it before it tries again.
   */
  once?: boolean;
}

export interface UpdateIssueInput extends RepoRef {
  number: number;
  title?: string;
  body?: string;
  state?: IssueState;
  /** Replaces the issue's labels when given. */
  labels?: string[];
}

export interface ListIssuesInput extends RepoRef {
  state: IssueState | "all";
  /** Issues that carry all of these labels. */
  labels?: string[];
  /** GitHub lists pull requests among issues; they are dropped unless this is true. */
  includePullRequests?: boolean;
}

export interface ListWorkflowRunsInput extends RepoRef {
  /** A status or a conclusion: "queued", "in_progress", "completed", "success", "failure", ... */
  status?: string;
  /** GitHub's date filter, e.g. ">=2025-01-01" or "2025-01-01..2025-01-31". */
  created?: string;
  branch?: string;
  event?: string;
  /** Page size, 1..100 (default 100). */
  perPage?: number;
  /** Stop after this many runs (default: all; GitHub itself stops at 1000 for filtered queries). */
  limit?: number;
}

export interface GitHubApi {
  getRepository(owner: string, repo: string): Promise<Repository>;

  /** The open pull request with this head (and base, when given), or null. */
  findOpenPull(input: FindOpenPullInput): Promise<PullRequest | null>;
  /** Throws `PullRequestExistsError` when an open pull request already has this head. */
  createPull(input: CreatePullInput): Promise<PullRequest>;
  updatePull(input: UpdatePullInput): Promise<PullRequest>;
  /** null when there is no such pull request. */
  getPull(input: RepoRef & { number: number }): Promise<PullRequest | null>;

  createIssue(input: CreateIssueInput): Promise<Issue>;
  updateIssue(input: UpdateIssueInput): Promise<Issue>;
  /** null when there is no such issue. */
  getIssue(input: RepoRef & { number: number }): Promise<Issue | null>;
  /** Every page, in GitHub's order (newest created first). */
  listIssues(input: ListIssuesInput): Promise<Issue[]>;
  createComment(input: RepoRef & { number: number; body: string }): Promise<Comment>;
  updateComment(input: RepoRef & { commentId: number; body: string }): Promise<Comment>;
  /** Every comment of the issue or pull request, oldest first. */
  listComments(input: RepoRef & { number: number }): Promise<Comment[]>;

  /**
   * Adds labels to an issue or pull request (creating unknown labels, as GitHub does) and returns
   * all its labels. Retries a few times on GitHub's transient "could not resolve to a node" error,
   * which it returns right after a pull request has been created.
   */
  addLabels(input: RepoRef & { number: number; labels: string[] }): Promise<string[]>;
  /** Creates the label unless a label with that name (case-insensitive) exists. */
  ensureLabel(input: RepoRef & { name: string; color?: string; description?: string }): Promise<{ created: boolean }>;

  /** The user's role on the repository (`role_name` when GitHub sends it, else the legacy `permission`). */
  getPermission(input: RepoRef & { username: string }): Promise<Permission>;

  /** Every check run of the commit (latest attempt of each). */
  listCheckRuns(input: RepoRef & { ref: string }): Promise<CheckRun[]>;
  getCombinedStatus(input: RepoRef & { ref: string }): Promise<CombinedStatus>;

  /** Every page of workflow runs, newest first. */
  listWorkflowRuns(input: ListWorkflowRunsInput): Promise<WorkflowRun[]>;
  /**
   * Every page of one query, with GitHub's `total_count`. A query with a filter returns at most
   * 1,000 runs while `total_count` counts them all: when it is larger, split the query.
   */
  listWorkflowRunsCounted(input: ListWorkflowRunsInput): Promise<{ totalCount: number; runs: WorkflowRun[] }>;
  /** One run by id; null when the repository has no such run. */
  getWorkflowRun(input: RepoRef & { runId: number }): Promise<WorkflowRun | null>;
  /** Every job of the run's latest attempt. */
  listJobsForRun(input: RepoRef & { runId: number }): Promise<Job[]>;
}

/** GitHub answered with an error that is neither the user's to fix nor expected by the caller. */
export class GitHubApiError extends Error {
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** e.g. "POST /repos/{owner}/{repo}/pulls" */
  readonly route: string;

  constructor(message: string, options: { status: number; route: string; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "GitHubApiError";
    this.status = options.status;
    this.route = options.route;
  }
}

/** `createPull` found an open pull request with the same head: find it and update it instead. */
export class PullRequestExistsError extends GitHubApiError {
  /** "owner:branch" */
  readonly head: string;

  constructor(head: string, options: { route: string; cause?: unknown }) {
    super(`A pull request already exists for ${head}`, { status: 422, ...options });
    this.name = "PullRequestExistsError";
    this.head = head;
  }
}

/** The GitHub API and the repository it is asked about: what a rule that talks to GitHub is given. */
export interface GitHubContext {
  api: GitHubApi;
  repo: RepoRef;
}

// GitHub: owner 1-39 of [A-Za-z0-9-]; repository names [A-Za-z0-9._-], not "." or "..".
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;

/**
 * "owner/name" of a github.com clone URL (https, ssh or scp-like), or undefined: what a terminal
 * command takes for the repository when neither a flag nor GITHUB_REPOSITORY names one.
 */
export function repositoryOfRemote(url: string): string | undefined {
  return /github\.com[:/]([^/\s]+\/[^/\s]+?)(?:\.git)?\/?$/.exec(url.trim())?.[1];
}

/** "owner/name" (surrounding spaces and a trailing ".git" tolerated) → { owner, repo }. */
export function parseRepository(text: string): RepoRef {
  const trimmed = text.trim().replace(/\.git$/, "");
  const parts = trimmed.split("/");
  const [owner, repo] = parts;
  if (parts.length !== 2 || !owner || !repo || !OWNER.test(owner) || !NAME.test(repo) || repo === "." || repo === "..") {
    throw new UserError(`"${text}" is not a repository name`, {
      hint: 'write the repository as "owner/name", e.g. "octo-org/octo-repo" (no URL, no spaces)',
      code: "github.bad-repository",
    });
  }
  return { owner, repo };
}
