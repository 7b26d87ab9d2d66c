/** The local GitHub server's state: repositories and what they hold, in memory. */
import { createHash } from "node:crypto";
import { GITHUB_ACTIONS_BOT } from "@specpipe/core/defaults";

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
export function tick(): string {
  clockBase += 1000;
  return new Date(clockBase).toISOString();
}

/** A stable workflow id per workflow file, as GitHub has one per file. */
function workflowIdOf(workflowPath: string): number {
  return Number.parseInt(createHash("sha1").update(workflowPath).digest("hex").slice(0, 7), 16);
}

export function fakeSha(...parts: unknown[]): string {
  return createHash("sha1").update(parts.map(String).join("\0")).digest("hex");
}

export class GitHubState {
  readonly repos = new Map<string, RepoState>();
  /** Logins that do not exist on this GitHub. */
  readonly deletedUsers = new Set<string>();
  private lastId = 1000;

  /** The login that owns everything created through the API. */
  constructor(readonly login: string = GITHUB_ACTIONS_BOT.name) {}

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
