/**
 * The `GitHubApi` port on an Octokit client: one method per call the domain makes, each naming
 * what it does and the permission it needs, so a failure says both (`error-map.ts`).
 */
import type { getOctokit as GetOctokit } from "@actions/github";
import { setTimeout as sleep } from "node:timers/promises";
import { isRequestError, mapError, validationMessages, type Operation, type RequestErrorLike } from "./error-map.js";
import {
  labelName,
  toComment,
  toIssue,
  toPull,
  toWorkflowRun,
  type RawComment,
  type RawIssue,
  type RawLabel,
  type RawPull,
} from "./from-json.js";
import {
  PullRequestExistsError,
  type CheckRun,
  type CombinedStatus,
  type Comment,
  type CommitState,
  type CreateIssueInput,
  type CreatePullInput,
  type FindOpenPullInput,
  type GitHubApi,
  type Issue,
  type Job,
  type ListIssuesInput,
  type ListWorkflowRunsInput,
  type Permission,
  type PullRequest,
  type RepoRef,
  type Repository,
  type UpdateIssueInput,
  type UpdatePullInput,
  type WorkflowRun,
} from "./port.js";

export type Octokit = ReturnType<typeof GetOctokit>;

const ROLES: readonly string[] = ["admin", "maintain", "write", "triage", "read", "none"];

const ISSUE_WRITE = "`issues: write` (or `pull-requests: write` when the number is a pull request)";

export class OctokitGitHubApi implements GitHubApi {
  constructor(
    private readonly octokit: Octokit,
    private readonly redact: (text: string) => string,
    private readonly labelRetry: { attempts: number; delayMs: number },
  ) {}

  private async call<T>(op: Operation, fn: () => Promise<T>, recover?: (error: Error & RequestErrorLike) => T | undefined): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (recover && isRequestError(error)) {
        const value = recover(error);
        if (value !== undefined) return value;
      }
      throw mapError(error, op, this.redact);
    }
  }

  private op(repo: RepoRef, what: string, route: string, permission: string, repoLevel = false): Operation {
    return { what: `${what} in ${repo.owner}/${repo.repo}`, route, permission, repo, repoLevel };
  }

  async getRepository(owner: string, repo: string): Promise<Repository> {
    const ref = { owner, repo };
    const op = this.op(ref, "read the repository", "GET /repos/{owner}/{repo}", "`contents: read`", true);
    const { data } = await this.call(op, () => this.octokit.rest.repos.get(ref));
    return {
      owner: data.owner.login,
      name: data.name,
      fullName: data.full_name,
      defaultBranch: data.default_branch,
      htmlUrl: data.html_url,
      private: data.private,
    };
  }

  async findOpenPull(input: FindOpenPullInput): Promise<PullRequest | null> {
    const head = input.head.includes(":") ? input.head : `${input.owner}:${input.head}`;
    const op = this.op(input, "list pull requests", "GET /repos/{owner}/{repo}/pulls", "`pull-requests: read`", true);
    const { data } = await this.call(op, () =>
      this.octokit.rest.pulls.list({ owner: input.owner, repo: input.repo, state: "open", head, base: input.base, per_page: 100 }),
    );
    // GitHub filters by head already; checking again guards against a filter it ignored.
    const found = (data as RawPull[]).find((pull) => pull.head.label.toLowerCase() === head.toLowerCase());
    return found ? toPull(found) : null;
  }

  async createPull(input: CreatePullInput): Promise<PullRequest> {
    const route = "POST /repos/{owner}/{repo}/pulls";
    const op = this.op(input, "create a pull request", route, "`pull-requests: write`", true);
    try {
      const { data } = await this.octokit.rest.pulls.create({
        owner: input.owner,
        repo: input.repo,
        title: input.title,
        body: input.body,
        head: input.head,
        base: input.base,
        draft: input.draft ?? false,
      });
      return toPull(data);
    } catch (error) {
      if (isRequestError(error) && error.status === 422) {
        const exists = validationMessages(error).find((entry) => /already exists/i.test(entry.message ?? ""));
        if (exists) {
          const head =
            /already exists for (\S+?)\.?$/i.exec(exists.message ?? "")?.[1] ??
            (input.head.includes(":") ? input.head : `${input.owner}:${input.head}`);
          throw new PullRequestExistsError(head, { route, cause: error });
        }
      }
      throw mapError(error, op, this.redact);
    }
  }

  async updatePull(input: UpdatePullInput): Promise<PullRequest> {
    const op = this.op(
      input,
      `update pull request #${input.number}`,
      "PATCH /repos/{owner}/{repo}/pulls/{pull_number}",
      "`pull-requests: write`",
    );
    const { data } = await this.call(op, () =>
      this.octokit.rest.pulls.update({
        owner: input.owner,
        repo: input.repo,
        pull_number: input.number,
        title: input.title,
        body: input.body,
        state: input.state,
        base: input.base,
      }),
    );
    return toPull(data);
  }

  async getPull(input: RepoRef & { number: number }): Promise<PullRequest | null> {
    const op = this.op(
      input,
      `read pull request #${input.number}`,
      "GET /repos/{owner}/{repo}/pulls/{pull_number}",
      "`pull-requests: read`",
    );
    const result = await this.call(
      op,
      async () =>
        toPull((await this.octokit.rest.pulls.get({ owner: input.owner, repo: input.repo, pull_number: input.number })).data as RawPull),
      (error) => (error.status === 404 ? null : undefined),
    );
    return result;
  }

  async createIssue(input: CreateIssueInput): Promise<Issue> {
    const op = this.op(input, "create an issue", "POST /repos/{owner}/{repo}/issues", "`issues: write`", true);
    const { data } = await this.call(op, () =>
      this.octokit.rest.issues.create({
        owner: input.owner,
        repo: input.repo,
        title: input.title,
        body: input.body,
        labels: input.labels,
        // plugin-retry reads a per-request count; 0 turns its retries off for this request only.
        ...(input.once ? { request: { retries: 0 } } : {}),
      }),
    );
    return toIssue(data);
  }

  async updateIssue(input: UpdateIssueInput): Promise<Issue> {
    const op = this.op(input, `update issue #${input.number}`, "PATCH /repos/{owner}/{repo}/issues/{issue_number}", ISSUE_WRITE);
    const { data } = await this.call(op, () =>
      this.octokit.rest.issues.update({
        owner: input.owner,
        repo: input.repo,
        issue_number: input.number,
        title: input.title,
        body: input.body,
        state: input.state,
        labels: input.labels,
      }),
    );
    return toIssue(data);
  }

  async getIssue(input: RepoRef & { number: number }): Promise<Issue | null> {
    const op = this.op(input, `read issue #${input.number}`, "GET /repos/{owner}/{repo}/issues/{issue_number}", "`issues: read`");
    return this.call(
      op,
      async () =>
        toIssue(
          (await this.octokit.rest.issues.get({ owner: input.owner, repo: input.repo, issue_number: input.number })).data as RawIssue,
        ),
      (error) => (error.status === 404 ? null : undefined),
    );
  }

  async listIssues(input: ListIssuesInput): Promise<Issue[]> {
    const op = this.op(input, "list issues", "GET /repos/{owner}/{repo}/issues", "`issues: read`", true);
    const data = await this.call(op, () =>
      this.octokit.paginate(this.octokit.rest.issues.listForRepo, {
        owner: input.owner,
        repo: input.repo,
        state: input.state,
        labels: input.labels && input.labels.length > 0 ? input.labels.join(",") : undefined,
        per_page: 100,
      }),
    );
    const issues = (data as RawIssue[]).map(toIssue);
    return input.includePullRequests ? issues : issues.filter((issue) => !issue.isPullRequest);
  }

  async createComment(input: RepoRef & { number: number; body: string }): Promise<Comment> {
    const op = this.op(input, `comment on #${input.number}`, "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", ISSUE_WRITE);
    const { data } = await this.call(op, () =>
      this.octokit.rest.issues.createComment({ owner: input.owner, repo: input.repo, issue_number: input.number, body: input.body }),
    );
    return toComment(data);
  }

  async updateComment(input: RepoRef & { commentId: number; body: string }): Promise<Comment> {
    const op = this.op(input, `update comment ${input.commentId}`, "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", ISSUE_WRITE);
    const { data } = await this.call(op, () =>
      this.octokit.rest.issues.updateComment({ owner: input.owner, repo: input.repo, comment_id: input.commentId, body: input.body }),
    );
    return toComment(data);
  }

  async listComments(input: RepoRef & { number: number }): Promise<Comment[]> {
    const op = this.op(
      input,
      `list the comments of #${input.number}`,
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      "`issues: read`",
    );
    const data = await this.call(op, () =>
      this.octokit.paginate(this.octokit.rest.issues.listComments, {
        owner: input.owner,
        repo: input.repo,
        issue_number: input.number,
        per_page: 100,
      }),
    );
    return (data as RawComment[]).map(toComment);
  }

  async addLabels(input: RepoRef & { number: number; labels: string[] }): Promise<string[]> {
    const op = this.op(input, `label #${input.number}`, "POST /repos/{owner}/{repo}/issues/{issue_number}/labels", ISSUE_WRITE);
    const { attempts, delayMs } = this.labelRetry;
    for (let attempt = 1; ; attempt++) {
      try {
        const { data } = await this.octokit.rest.issues.addLabels({
          owner: input.owner,
          repo: input.repo,
          issue_number: input.number,
          labels: input.labels,
        });
        return (data as RawLabel[]).map(labelName);
      } catch (error) {
        // Right after a pull request is created GitHub may not have indexed it yet.
        const transient = isRequestError(error) && /could not resolve to a node/i.test(error.message);
        if (!transient || attempt >= attempts) throw mapError(error, op, this.redact);
        await sleep(delayMs * attempt);
      }
    }
  }

  async ensureLabel(input: RepoRef & { name: string; color?: string; description?: string }): Promise<{ created: boolean }> {
    const op = this.op(input, `create label "${input.name}"`, "POST /repos/{owner}/{repo}/labels", "`issues: write`", true);
    return this.call<{ created: boolean }>(
      op,
      async () => {
        await this.octokit.rest.issues.createLabel({
          owner: input.owner,
          repo: input.repo,
          name: input.name,
          color: (input.color ?? "ededed").replace(/^#/, ""),
          description: input.description,
        });
        return { created: true };
      },
      (error) =>
        error.status === 422 && validationMessages(error).some((entry) => entry.code === "already_exists") ? { created: false } : undefined,
    );
  }

  async getPermission(input: RepoRef & { username: string }): Promise<Permission> {
    const op: Operation = {
      ...this.op(
        input,
        `read the permission of ${input.username}`,
        "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
        "`contents: read` (a personal access token needs push access to read collaborators' permissions)",
        true,
      ),
      notFoundAlso: { meaning: `the user ${input.username} does not exist`, check: `the login "${input.username}"` },
    };
    const { data } = await this.call(op, () =>
      this.octokit.rest.repos.getCollaboratorPermissionLevel({ owner: input.owner, repo: input.repo, username: input.username }),
    );
    const role = (data as { role_name?: string | null }).role_name;
    if (role && ROLES.includes(role)) return role as Permission;
    return ROLES.includes(data.permission) ? (data.permission as Permission) : "none";
  }

  async listCheckRuns(input: RepoRef & { ref: string }): Promise<CheckRun[]> {
    const op = this.op(
      input,
      `list the check runs of ${input.ref}`,
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
      "`checks: read`",
      true,
    );
    const data = await this.call(op, () =>
      this.octokit.paginate(this.octokit.rest.checks.listForRef, {
        owner: input.owner,
        repo: input.repo,
        ref: input.ref,
        filter: "latest",
        per_page: 100,
      }),
    );
    return data.map((run) => ({ name: run.name, status: run.status, conclusion: run.conclusion ?? null }));
  }

  async getCombinedStatus(input: RepoRef & { ref: string }): Promise<CombinedStatus> {
    const op = this.op(
      input,
      `read the status of ${input.ref}`,
      "GET /repos/{owner}/{repo}/commits/{ref}/status",
      "`statuses: read`",
      true,
    );
    // The combined status pages its `statuses` (100 a page) while `state` covers all of them;
    // every page is read, so a failing context beyond the first hundred is seen too.
    const statuses: CombinedStatus["statuses"] = [];
    let state: CombinedStatus["state"] = "pending";
    let totalCount = 0;
    for (let page = 1; ; page++) {
      const { data } = await this.call(op, () =>
        this.octokit.rest.repos.getCombinedStatusForRef({ owner: input.owner, repo: input.repo, ref: input.ref, per_page: 100, page }),
      );
      if (page === 1) {
        state = data.state === "failure" || data.state === "success" ? data.state : "pending";
        totalCount = data.total_count;
      }
      for (const status of data.statuses) statuses.push({ context: status.context, state: status.state as CommitState });
      if (data.statuses.length < 100 || statuses.length >= totalCount || page >= 100) break;
    }
    return { state, statuses, totalCount };
  }

  async listWorkflowRuns(input: ListWorkflowRunsInput): Promise<WorkflowRun[]> {
    return (await this.listWorkflowRunsCounted(input)).runs;
  }

  async listWorkflowRunsCounted(input: ListWorkflowRunsInput): Promise<{ totalCount: number; runs: WorkflowRun[] }> {
    const op = this.op(input, "list workflow runs", "GET /repos/{owner}/{repo}/actions/runs", "`actions: read`", true);
    const limit = input.limit ?? Number.POSITIVE_INFINITY;
    const runs: WorkflowRun[] = [];
    let totalCount = 0;
    await this.call(op, async () => {
      const pages = this.octokit.paginate.iterator(this.octokit.rest.actions.listWorkflowRunsForRepo, {
        owner: input.owner,
        repo: input.repo,
        status: input.status as "completed" | undefined,
        created: input.created,
        branch: input.branch,
        event: input.event,
        per_page: Math.min(Math.max(input.perPage ?? 100, 1), 100),
      });
      for await (const page of pages) {
        // paginate turns the page into its array of runs and keeps total_count on it.
        totalCount = (page.data as unknown as { total_count?: number }).total_count ?? totalCount;
        for (const run of page.data) {
          if (runs.length >= limit) return;
          runs.push(toWorkflowRun(run));
        }
        if (runs.length >= limit) return;
      }
    });
    return { totalCount: Math.max(totalCount, runs.length), runs };
  }

  async getWorkflowRun(input: RepoRef & { runId: number }): Promise<WorkflowRun | null> {
    const op = this.op(input, `read workflow run ${input.runId}`, "GET /repos/{owner}/{repo}/actions/runs/{run_id}", "`actions: read`");
    return this.call(
      op,
      async () =>
        toWorkflowRun((await this.octokit.rest.actions.getWorkflowRun({ owner: input.owner, repo: input.repo, run_id: input.runId })).data),
      (error) => (error.status === 404 ? null : undefined),
    );
  }

  async listJobsForRun(input: RepoRef & { runId: number }): Promise<Job[]> {
    const op = this.op(
      input,
      `list the jobs of run ${input.runId}`,
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs",
      "`actions: read`",
    );
    const data = await this.call(op, () =>
      this.octokit.paginate(this.octokit.rest.actions.listJobsForWorkflowRun, {
        owner: input.owner,
        repo: input.repo,
        run_id: input.runId,
        filter: "latest",
        per_page: 100,
      }),
    );
    return data.map((job) => ({
      id: job.id,
      runId: job.run_id,
      name: job.name,
      status: job.status,
      conclusion: job.conclusion ?? null,
      startedAt: job.started_at ?? null,
      completedAt: job.completed_at ?? null,
      htmlUrl: job.html_url ?? null,
    }));
  }
}
