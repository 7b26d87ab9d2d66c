// zod/mini like every option shape: the action reads this at start-up (ADR 0023).
import type { z } from "zod/mini";
import { METRICS_DEFAULTS as D } from "../defaults.js";
import type { RunnerContext } from "../github/runner-context.js";
import { githubToken, type GitHubToken } from "../github/token.js";
import { bool, int, list, num, oneOf, optionalStr, parseOptionTexts, str, type OptionNaming } from "../options/values.js";
import { flagOptions, flagTexts, type FlagSpec, type FlagSpecs, type ParseArgsOption } from "../options/flags.js";
import type { ReportThreads } from "./parallel.js";
import type { GitHubContext, MetricsMode, MetricsRunOptions } from "./run.js";

/**
 * The one mapping from metrics-collect's inputs and `specpipe metrics`'s flags to `runMetrics`:
 * one shape (keys: the action.yml input names, defaults from `defaults.ts`), the CLI flag that
 * gives each input, and `metricsRunOptions`, which turns the parsed values into core options. The
 * action reads the shape with `readInputs`; the CLI turns its flags into the same texts
 * (`metricsFlagTexts`) and parses them with the same shape, so the two cannot disagree on a
 * default, a limit or a rule (a record's default task id and run URL, the token, the store).
 */
export const MODES = ["record", "ingest", "report", "prune"] as const;
export const PENDING_FROM = ["none", "backlog", "workflow-runs"] as const;

export const METRICS_INPUTS = {
  mode: oneOf(MODES, D.mode),
  store: str(D.store),
  "store-options": list(),
  path: str(D.path),
  branch: str(D.branch),
  "git-remote": str(D.gitRemote),
  token: optionalStr(),
  "task-id": optionalStr(),
  "task-type": optionalStr(),
  model: optionalStr(),
  "duration-seconds": num(undefined, 0),
  status: optionalStr(),
  "created-at": optionalStr(),
  "started-at": optionalStr(),
  phase: optionalStr(),
  executor: optionalStr(),
  "prompt-variant": optionalStr(),
  "tokens-in": int(undefined, 0),
  "tokens-out": int(undefined, 0),
  "cost-usd": num(undefined, 0),
  "run-url": optionalStr(),
  "ingest-from": optionalStr(),
  "ingest-days": int(D.ingestDays, 1, 3650),
  "task-type-map": list(),
  "ingest-model": str(D.ingestModel),
  "window-days": num(D.windowDays, 0.0001, 36500),
  "stuck-minutes": num(D.stuckMinutes, 0),
  "failure-streak": int(D.failureStreak, 1, 1000),
  "min-success-rate": num(D.minSuccessRate, 0, 1),
  "min-tasks": int(D.minTasks, 0),
  "pending-from": oneOf(PENDING_FROM, D.pendingFrom),
  "backlog-product": str(D.backlogProduct),
  "backlog-meta": str(D.backlogMeta),
  "backlog-ratio": int(D.backlogRatio, 1, 1000),
  "backlog-state-branch": str(D.backlogStateBranch),
  "auto-fix": bool(false),
  "diagnostic-issue": bool(false),
  "heal-labels": list([...D.healLabels]),
  dashboard: optionalStr(),
  "keep-days": num(D.keepDays, 0),
};

export type MetricsInput = keyof typeof METRICS_INPUTS;
export type MetricsInputs = z.output<z.ZodMiniObject<typeof METRICS_INPUTS>>;

/**
 * How the CLI gives each input: its subcommands (`specpipe metrics <mode>`), its flag (default:
 * the input's name) and older spellings still accepted. `token` has no flag: the CLI takes the
 * token from the environment by the same rule (`github/token.ts`), never from its command line,
 * which other users of the machine can read; `mode` is the subcommand.
 */
interface MetricsFlagSpec extends FlagSpec {
  modes: readonly MetricsMode[];
}
const STORE: readonly MetricsMode[] = MODES;
export const METRICS_FLAGS: Record<Exclude<MetricsInput, "mode" | "token">, MetricsFlagSpec> = {
  store: { modes: STORE },
  "store-options": { modes: STORE, aliases: ["store-option"], multiple: true },
  path: { modes: STORE },
  branch: { modes: STORE },
  "git-remote": { modes: STORE, aliases: ["remote"] },
  "task-id": { modes: ["record"] },
  "task-type": { modes: ["record"] },
  model: { modes: ["record"] },
  "duration-seconds": { modes: ["record"], aliases: ["duration"] },
  status: { modes: ["record"] },
  "created-at": { modes: ["record"] },
  "started-at": { modes: ["record"] },
  phase: { modes: ["record"] },
  executor: { modes: ["record"] },
  "prompt-variant": { modes: ["record"] },
  "tokens-in": { modes: ["record"] },
  "tokens-out": { modes: ["record"] },
  "cost-usd": { modes: ["record"] },
  "run-url": { modes: ["record"] },
  "ingest-from": { modes: ["ingest"] },
  "ingest-days": { modes: ["ingest"], aliases: ["days"] },
  "task-type-map": { modes: ["ingest"], aliases: ["type-map"], multiple: true },
  // `specpipe metrics ingest --model` has always meant the model of ingested jobs (`model` is record's).
  "ingest-model": { modes: ["ingest"], aliases: ["model"] },
  "window-days": { modes: ["report"] },
  "stuck-minutes": { modes: ["report"] },
  "failure-streak": { modes: ["report"] },
  "min-success-rate": { modes: ["report"] },
  "min-tasks": { modes: ["report"] },
  "pending-from": { modes: ["report"] },
  "backlog-product": { modes: ["report"], aliases: ["product"] },
  "backlog-meta": { modes: ["report"], aliases: ["meta"] },
  "backlog-ratio": { modes: ["report"], aliases: ["ratio"] },
  "backlog-state-branch": { modes: ["report"], aliases: ["state-branch"] },
  "auto-fix": { modes: ["report"], boolean: true },
  "diagnostic-issue": { modes: ["report"], boolean: true },
  "heal-labels": { modes: ["report"], aliases: ["heal-label"], multiple: true },
  dashboard: { modes: ["report"] },
  "keep-days": { modes: ["prune"] },
};

/** The flags of `specpipe metrics <mode>`. */
function flagsOf(mode: MetricsMode): FlagSpecs<MetricsInput> {
  return Object.fromEntries(Object.entries(METRICS_FLAGS).filter(([, spec]) => spec.modes.includes(mode)));
}

/** The `parseArgs` options of `specpipe metrics <mode>`: every flag as text (or a boolean), no defaults (the shape has them). */
export function metricsFlagOptions(mode: MetricsMode): Record<string, ParseArgsOption> {
  return flagOptions(flagsOf(mode));
}

/** Flag values as the texts the shape parses, and which flag gave each input (options/flags.ts). */
export function metricsFlagTexts(
  mode: MetricsMode,
  values: Record<string, unknown>,
): { texts: Record<string, string>; flags: Partial<Record<MetricsInput, string>> } {
  const { texts, flags } = flagTexts(flagsOf(mode), values);
  return { texts: { mode, ...texts }, flags };
}

/** The shape parsed from texts (the CLI's); the action parses the same shape with `readInputs`. */
export function parseMetricsInputs(texts: Record<string, string | undefined>, naming: OptionNaming): MetricsInputs {
  return parseOptionTexts(METRICS_INPUTS, texts, naming);
}

export interface MetricsAdapterContext {
  /** The repository root (the workspace; the CLI's cwd). */
  workspace: string;
  env: NodeJS.ProcessEnv;
  now: number;
  /** `runnerContext(env)` or the action's context: default task id, run URL, excluded run and workflow. */
  runner: RunnerContext;
  /** Called with the token found by the token rule: mask it (`core.setSecret`). */
  onSecret?: (token: string) => void;
  /** Reach GitHub with that token (the action's `githubClient`, the CLI's `connectGitHub`); called only when a mode needs it. */
  connect: (token: GitHubToken) => Promise<GitHubContext>;
  threads?: ReportThreads;
  /** CLI: a whole record given as JSON (`--record`); the fields given one by one go over it. */
  record?: Record<string, unknown>;
  /** CLI: the backlog's local state file, and reading only it (`--state`, `--offline`). */
  backlogState?: string;
  offline?: boolean;
}

function defined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

export async function metricsRunOptions(input: MetricsInputs, ctx: MetricsAdapterContext): Promise<MetricsRunOptions> {
  const [{ parseStoreOptions, parseTypeMap, storeKind }, { workflowPathOf }] = await Promise.all([
    import("./service.js"),
    import("./run.js"),
  ]);
  const { runner, env } = ctx;
  const token = githubToken(input.token, env);
  if (token) ctx.onSecret?.(token.value);
  const auth = token ? { token: token.value } : undefined;
  return {
    mode: input.mode,
    root: ctx.workspace,
    now: ctx.now,
    env,
    // One shape for every kind of store: each reads what it needs (ADR 0017).
    store: {
      kind: storeKind(input.store),
      root: ctx.workspace,
      path: input.path,
      remote: input["git-remote"],
      branch: input.branch,
      auth,
      options: parseStoreOptions(input["store-options"]),
    },
    record: {
      ...ctx.record,
      ...defined({
        // A workflow's record names its run, attempt and job unless told otherwise.
        task_id: input["task-id"] ?? (runner.runId ? `${runner.runId}-${runner.runAttempt}-${runner.job ?? "job"}` : undefined),
        task_type: input["task-type"],
        model: input.model,
        duration_seconds: input["duration-seconds"],
        status: input.status,
        created_at: input["created-at"],
        phase: input.phase,
        executor: input.executor,
        prompt_variant: input["prompt-variant"],
        tokens_in: input["tokens-in"],
        tokens_out: input["tokens-out"],
        cost_usd: input["cost-usd"],
        run_url: input["run-url"] ?? runner.runUrl,
      }),
    },
    startedAt: input["started-at"],
    ingestFrom: input["ingest-from"],
    ingestDays: input["ingest-days"],
    typeRules: parseTypeMap(input["task-type-map"]),
    ingestModel: input["ingest-model"],
    excludeRunId: runner.runId ? Number(runner.runId) : undefined,
    // This workflow's own runs: a monitor does not measure itself.
    excludeWorkflowPath: workflowPathOf(runner.workflowRef),
    thresholds: {
      windowDays: input["window-days"],
      stuckMinutes: input["stuck-minutes"],
      failureStreak: input["failure-streak"],
      minSuccessRate: input["min-success-rate"],
      minTasks: input["min-tasks"],
    },
    pendingFrom: input["pending-from"],
    backlog: {
      product: input["backlog-product"],
      meta: input["backlog-meta"],
      ratio: input["backlog-ratio"],
      stateBranch: input["backlog-state-branch"],
      statePath: ctx.backlogState,
      offline: ctx.offline,
      remote: input["git-remote"],
      auth,
      env,
    },
    autoFix: input["auto-fix"],
    diagnosticIssue: input["diagnostic-issue"],
    healLabels: input["heal-labels"],
    runUrl: runner.runUrl,
    dashboard: input.dashboard,
    threads: ctx.threads,
    keepDays: input["keep-days"],
    github: token ? () => ctx.connect(token) : undefined,
  };
}

/**
 * Before a report: keep V8's young generation small and read large stores on worker threads
 * (ADR 0025). `workerBeside` is the adapter's `import.meta.url`: the worker bundle sits beside it.
 */
export async function reportThreads(mode: MetricsMode, env: NodeJS.ProcessEnv, workerBeside: string): Promise<ReportThreads | undefined> {
  if (mode !== "report") return undefined;
  const [{ keepYoungGenerationSmall }, { reportThreadsFromEnv, reportWorkerBeside }] = await Promise.all([
    import("./run.js"),
    import("./parallel.js"),
  ]);
  await keepYoungGenerationSmall();
  return reportThreadsFromEnv(env, reportWorkerBeside(workerBeside));
}
