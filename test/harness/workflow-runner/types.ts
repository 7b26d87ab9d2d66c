import type { Annotation } from "./commands.js";
import type { Contexts, Json } from "./expressions.js";
import type { Permissions } from "./permissions.js";
import type { World } from "./world.js";

/** What a workflow run is started with: the event, as GitHub would deliver it. */
export interface Trigger {
  /** "acme/widgets" */
  repository: string;
  /** The workflow file in that repository, read at the run's commit. */
  workflow: string;
  /** "schedule", "workflow_dispatch", "issues", "push", "pull_request", … */
  event: string;
  /** The webhook payload (repository and sender are filled in). */
  payload?: Record<string, Json>;
  /** Default: refs/heads/<default branch> (refs/pull/N/merge for a pull request). */
  ref?: string;
  /** Default: the tip of `ref` in the repository. */
  sha?: string;
  /** workflow_dispatch inputs (defaults from the workflow are added). */
  inputs?: Record<string, string>;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  actor?: string;
  /** Re-run an earlier run: same id and number, the next attempt. */
  rerunOf?: RunResult;
}

export type JobConclusion = "success" | "failure" | "cancelled" | "skipped";

export interface StepResult {
  id: string;
  name: string;
  outcome: "success" | "failure" | "skipped";
  conclusion: "success" | "failure" | "skipped";
  outputs: Record<string, string>;
  log: string[];
  annotations: Annotation[];
  /** The error when the step failed for a reason of the runner's (a file command, a stand-in). */
  error?: string;
}

export interface JobResult {
  /** The job's id in the workflow. */
  id: string;
  /** The name shown on GitHub, with the matrix values. */
  name: string;
  matrix: Record<string, Json> | null;
  conclusion: JobConclusion;
  outputs: Record<string, string>;
  steps: StepResult[];
  /** Post steps, in the order they ran. */
  posts: StepResult[];
  annotations: Annotation[];
  summary: string;
  /** The job's GITHUB_TOKEN (revoked when the job ended). */
  token?: string;
  permissions?: Permissions;
  /** Where the job's workspace was (left on disk until the world closes). */
  workspace?: string;
}

export interface RunResult {
  id: number;
  runNumber: number;
  attempt: number;
  workflow: string;
  event: string;
  sha: string;
  conclusion: "success" | "failure" | "cancelled";
  /** Every job leg, by job id (a matrix job has one per combination). */
  jobs: Record<string, JobResult[]>;
  /** The one leg of a job without a matrix. */
  job(id: string): JobResult;
  /** Every step's annotations, with the job and step they came from. */
  annotations: (Annotation & { job: string; step: string })[];
}

/** What a stand-in for a third-party action gets: its inputs and a runner-like API. */
export interface StandInContext {
  inputs: Record<string, string>;
  /** The environment a process of this step would get. */
  env: NodeJS.ProcessEnv;
  workspace: string;
  runnerTemp: string;
  contexts: Contexts;
  world: World;
  runId: number;
  /** "job run, step 2 (actions/checkout)": for messages. */
  where: string;
  info(line: string): void;
  warning(message: string): void;
  setOutput(name: string, value: string): void;
  exportVariable(name: string, value: string): void;
  addPath(dir: string): void;
  saveState(name: string, value: string): void;
  /** STATE_<name> in a post step. */
  state(name: string): string;
  addMask(value: string): void;
  /** Runs a process with the step's environment; its output goes to the step's log. */
  exec(file: string, args: string[], options?: { cwd?: string; env?: NodeJS.ProcessEnv; allowFailure?: boolean }): Promise<number>;
}

export interface StandIn {
  /** The action's inputs, with their defaults as its action.yml has them. */
  inputs: Record<string, { default?: string; required?: boolean }>;
  /** Throws to fail the step, as `core.setFailed` does. */
  main(ctx: StandInContext): Promise<void>;
  post?(ctx: StandInContext): Promise<void>;
  postIf?: string;
}

/** An artifact a run uploaded (upload-artifact's stand-in): its files, copied aside. */
export interface StoredArtifact {
  id: number;
  name: string;
  dir: string;
  /** Relative to the artifact's root, forward slashes. */
  files: string[];
  retentionDays: number;
}
