import type { Git, GitAuth } from "../git/git.js";
import type { HiddenCredentials } from "./credentials.js";
import type { GitHubContext } from "../github/port.js";
import type { AgentConfig, Phase } from "./agents.js";
import { RunCancelled } from "./failures.js";
import type { SpeckitLayout } from "./layout.js";
import type { ProgressComment } from "./progress.js";
import { RunRecorder, type PhaseRecord, type RunRecord, type RunStatus } from "./record.js";
import type { Sandbox, SafetyStrategy } from "./sandbox.js";
import { createWorkspace, newRunId, type Workspace } from "./workspace.js";

/**
 * One Spec Kit run, FR-001 to FR-010: from specification text to a pushed feature branch and a
 * pull request. The adapters (action, CLI) gather the options; the stages do the rest.
 */
export interface SpeckitRunOptions {
  specText: string;
  /** "owner/name", for the record and the pull request. */
  repository: string;
  /** What `git clone` is given (https URL, or a path in tests and local use). */
  remoteUrl: string;
  token?: string;
  /** Restrict the token's header to this URL prefix (e.g. "https://github.com/"). */
  authUrlPrefix?: string;
  /** Default: the remote's default branch. */
  baseBranch?: string;
  agent: { input?: string; inputCommand?: string; env?: string };
  /** Names of the variables the agent may see. */
  agentEnv: readonly string[];
  /** Where the allowed variables are read from (default process.env). */
  parentEnv?: NodeJS.ProcessEnv;
  phases: readonly Phase[];
  phaseTimeoutMs: number;
  /** Extra attempts of a phase after a retryable failure (crash, timeout, missing product). */
  retries: number;
  branchName?: string;
  pr: { title?: string; body?: string; labels: readonly string[]; draft: boolean };
  /** Who the agent runs as (ADR 0031). */
  safetyStrategy: SafetyStrategy;
  /** The Spec Kit to install when the repository has none (specify-cli's version). */
  speckitVersion: string;
  /** Without it: no pull request, no comment, no permission check (local use). */
  github?: GitHubContext;
  /** The issue or pull request that triggered the run: progress comment, permission check. */
  trigger?: { number?: number; user?: string; checkPermission: boolean; runUrl?: string };
  /** The folder the workspace is made in. */
  workspaceRoot: string;
  /** A checkout whose persisted credentials (.git/config) are kept from the agent while it runs. */
  checkout?: string;
  artifactsDir?: string;
  retentionDays: number;
  signal?: AbortSignal;
  /** Identity for the commit when the environment has none. */
  committer?: { name: string; email: string };
  /** Progress lines for the adapter to show (core never prints). */
  log?: (line: string) => void;
  warn?: (line: string) => void;
  /** Called once the workspace exists (the action saves it for its post step). */
  onWorkspace?: (ws: Workspace) => void;
  /** Called once the agent's user exists (the post step deletes it if main could not). */
  onAgentUser?: (name: string) => void;
  runId?: string;
  clock?: () => Date;
}

/** How the phases ended when they did not all succeed: recorded as the run's status. */
export class Stop {
  constructor(
    readonly status: RunStatus,
    readonly reason: string,
  ) {}
}

/**
 * Everything the stages share, filled in as the run goes: each stage reads what the earlier
 * ones left and adds its own part. Nothing here holds the token but `auth`, which only the clone,
 * the fetches before the agent ran, and the push use.
 */
export interface RunContext {
  readonly options: SpeckitRunOptions;
  readonly runId: string;
  readonly ws: Workspace;
  readonly rec: RunRecorder;
  readonly record: RunRecord;
  readonly phases: PhaseRecord[];
  readonly auth?: GitAuth;
  now(): Date;
  log(line: string): void;
  /** A warning for the record and the adapter. */
  warn(message: string): void;
  setStatus(status: RunStatus, reason?: string): Promise<void>;
  /** Save the record and refresh the progress comment. */
  changed(): Promise<void>;
  checkCancel(where: string): void;
  /** The token replaced by *** in text for logs and errors. */
  redact(text: string): string;

  progress?: ProgressComment;
  sandbox?: Sandbox;
  /** A checkout's credential files, closed to other users until teardown. */
  hidden?: HiddenCredentials;
  /** Our git: our own git dir over the agent's work tree, isolated config (ADR 0031). */
  git?: Git;
  /** The remote's branches (for numbering and resuming). */
  heads: { sha: string; branch: string }[];
  base?: string;
  baseSha?: string;
  layout?: SpeckitLayout;
  /** Spec Kit was installed by this run (its files are committed with the products). */
  installed: boolean;
  branch?: string;
  resumed: boolean;
  /** Where the feature's files are, relative to the work tree (where Spec Kit put them). */
  featureDir?: string;
  agent?: AgentConfig;
  agentEnv?: NodeJS.ProcessEnv;
  executable?: string;
  /** A copy of our index after the last phase that succeeded. */
  goodIndex?: string;
  /** Whether any phase of this run changed a file. */
  phasesChanged: boolean;
  succeededThisRun: number;
  /** The commit made of the phases' products. */
  commit?: { sha: string; message: string };
  /** The run's error, when it failed. */
  error?: Error;
}

/** The run's id, workspace and record; the first thing a run does. */
export async function openRun(options: SpeckitRunOptions): Promise<RunContext> {
  const clock = options.clock ?? (() => new Date());
  const runId = options.runId ?? newRunId(clock());
  const ws = await createWorkspace(options.workspaceRoot, runId, options.artifactsDir, options.safetyStrategy === "unprivileged-user");
  options.onWorkspace?.(ws);
  const phases: PhaseRecord[] = options.phases.map((phase) => ({ phase, status: "pending", attempt: 0, attempts: [] }));
  const rec = await RunRecorder.create(
    ws.artifacts,
    {
      schema: "specpipe/speckit-run@1",
      runId,
      repository: options.repository,
      requestedBranch: options.branchName,
      status: "queued",
      timeline: [],
      agent: { name: "unresolved", source: "" },
      safetyStrategy: options.safetyStrategy,
      phases,
      artifacts: [],
      retentionDays: options.retentionDays,
      warnings: [],
    },
    clock,
  );
  const log = options.log ?? (() => {});
  const token = options.token;
  const ctx: RunContext = {
    options,
    runId,
    ws,
    rec,
    record: rec.record,
    phases,
    auth: token ? { token, urlPrefix: options.authUrlPrefix } : undefined,
    now: clock,
    log,
    warn(message) {
      ctx.record.warnings.push(message);
      (options.warn ?? (() => {}))(message);
    },
    async setStatus(status, reason) {
      await rec.status(status, reason);
      log(`status: ${status}${reason ? ` (${reason})` : ""}`);
      void ctx.progress?.update(ctx.record);
    },
    async changed() {
      await rec.save();
      void ctx.progress?.update(ctx.record);
    },
    checkCancel(where) {
      if (options.signal?.aborted) throw new RunCancelled(where);
    },
    redact: (text) => (token ? text.split(token).join("***") : text),
    heads: [],
    installed: false,
    resumed: false,
    phasesChanged: false,
    succeededThisRun: 0,
  };
  return ctx;
}
