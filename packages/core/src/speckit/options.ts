// zod/mini like every option shape: the action reads this at start-up (ADR 0023).
import { z } from "zod/mini";
import { DEFAULT_PR_LABELS, SPECKIT_DEFAULTS as D, SPECKIT_VERSION } from "../defaults.js";
import type { GitHubContext } from "../github/port.js";
import { githubToken, type GitHubToken } from "../github/token.js";
import type { AdapterContext } from "../options/adapter.js";
import type { FlagSpecs } from "../options/flags.js";
import { bool, int, list, num, oneOf, optionalStr, parseOptionTexts, type OptionNaming } from "../options/values.js";
import type { SpeckitRunResult } from "./run.js";
import type { Workspace } from "./workspace.js";

/**
 * The one mapping from speckit-run's inputs (and `specpipe speckit run`'s flags) to core: one
 * shape (keys: the action.yml input names, defaults from `defaults.ts`) and `runSpeckitMode`,
 * which turns the parsed values into `runSpeckit` options (modes run and propose) or
 * `publishProposal` options (mode publish, ADR 0037) and makes the call.
 */
export const SPECKIT_MODES = ["run", "propose", "publish"] as const;

export const SPECKIT_INPUTS = {
  spec: z.string(),
  "spec-file": optionalStr(),
  repository: optionalStr(),
  "base-branch": optionalStr(),
  agent: optionalStr(),
  "agent-command": optionalStr(),
  "agent-env": list(),
  // Left empty for core (parsePhases, parseSafetyStrategy, parseSpeckitVersion) to apply its defaults.
  phases: list(),
  "phase-timeout-minutes": num(D.phaseTimeoutMinutes, 0.001, 24 * 60),
  retries: int(D.retries, 0, 10),
  "branch-name": optionalStr(),
  title: optionalStr(),
  body: optionalStr(),
  labels: list([...DEFAULT_PR_LABELS]),
  draft: bool(false),
  token: optionalStr(),
  "artifacts-dir": optionalStr(),
  "retention-days": int(D.retentionDays, 1, 90),
  "upload-artifact": bool(true),
  "safety-strategy": optionalStr(),
  "speckit-version": optionalStr(),
  mode: oneOf(SPECKIT_MODES, D.mode),
  "proposal-dir": optionalStr(),
};

export type SpeckitInput = keyof typeof SPECKIT_INPUTS;
export type SpeckitInputs = z.output<z.ZodMiniObject<typeof SPECKIT_INPUTS>>;

/**
 * `specpipe speckit run`'s flags: the inputs as `--<input>` (options/flags.ts), with the older
 * spellings `--base` and `--timeout-minutes`. `token` has none (the environment, by the same
 * rule); `upload-artifact` is the runner's (a terminal keeps the artifacts where they are).
 */
export const SPECKIT_FLAGS: FlagSpecs<Exclude<SpeckitInput, "token" | "upload-artifact">> = {
  spec: {},
  "spec-file": {},
  repository: {},
  "base-branch": { aliases: ["base"] },
  agent: {},
  "agent-command": {},
  "agent-env": { multiple: true },
  phases: {},
  "phase-timeout-minutes": { aliases: ["timeout-minutes"] },
  retries: {},
  "branch-name": {},
  title: {},
  body: {},
  labels: { multiple: true },
  draft: { boolean: true },
  "artifacts-dir": {},
  "retention-days": {},
  "safety-strategy": {},
  "speckit-version": {},
  mode: {},
  "proposal-dir": {},
};

/** The shape parsed from texts (the CLI's flags); the action parses the same shape with `readInputs`. */
export function parseSpeckitInputs(texts: Record<string, string | undefined>, naming: OptionNaming): SpeckitInputs {
  return parseOptionTexts(SPECKIT_INPUTS, texts, naming);
}

export interface SpeckitAdapterContext extends AdapterContext {
  /** Where the run's workspace is made (RUNNER_TEMP, else the system's temp folder). */
  tempRoot: string;
  connect: (token: GitHubToken, repository: string) => Promise<GitHubContext>;
  signal: AbortSignal;
  log: (line: string) => void;
  warn: (line: string) => void;
  onWorkspace: (ws: Workspace) => void;
  onAgentUser: (name: string) => void;
  /** What to clone; default the run's repository on its server (the CLI: --remote, else origin). */
  remoteUrl?: string;
  /** Reach GitHub (and open the pull request) when a token is found; default true (the CLI: only with --pr). */
  pullRequest?: boolean;
  /** How an input is named in errors: `artifacts-dir` (default), `--artifacts-dir` (the CLI). */
  name?: (input: SpeckitInput) => string;
}

export async function runSpeckitMode(input: SpeckitInputs, ctx: SpeckitAdapterContext): Promise<SpeckitRunResult> {
  const [{ parseRepository }, { triggerFromEvent, resolveSpecText }, { UserError }, { insideWorkspace }] = await Promise.all([
    import("../github/port.js"),
    import("./trigger.js"),
    import("../errors.js"),
    import("../fs/guard.js"),
  ]);
  const { env, runner, workspace } = ctx;
  const eventName = runner.eventName ?? "";
  const trigger = { ...triggerFromEvent(eventName, ctx.event()), runUrl: runner.runUrl };
  const name = ctx.name ?? ((n: SpeckitInput) => n);
  const artifactsDir = input["artifacts-dir"]
    ? (await insideWorkspace(workspace, input["artifacts-dir"], { what: name("artifacts-dir") })).abs
    : undefined;
  const repo = parseRepository(input.repository ?? env.GITHUB_REPOSITORY ?? "");
  const repository = `${repo.owner}/${repo.repo}`;
  const token = ctx.pullRequest === false ? undefined : githubToken(input.token, env);
  if (token) ctx.onSecret?.(token.value);
  const github = token ? await ctx.connect(token, repository) : undefined;
  const common = {
    repository,
    remoteUrl: ctx.remoteUrl ?? `${runner.serverUrl}/${repository}.git`,
    token: token?.value,
    parentEnv: env,
    authUrlPrefix: `${runner.serverUrl}/`,
    baseBranch: input["base-branch"],
    github,
    trigger,
    workspaceRoot: ctx.tempRoot,
    artifactsDir,
    retentionDays: input["retention-days"]!,
    signal: ctx.signal,
    log: ctx.log,
    warn: ctx.warn,
    onWorkspace: ctx.onWorkspace,
  };
  const proposalDir = input["proposal-dir"];

  // publish (ADR 0037): no agent, no spec; the proposal a propose job left, validated, then pushed.
  if (input.mode === "publish") {
    if (!proposalDir)
      throw new UserError("mode publish needs proposal-dir: the folder the propose job's artifact was downloaded into", {
        hint: "add actions/download-artifact with the propose job's artifact name and path, and give that path as proposal-dir",
        code: "speckit.no-proposal-dir",
      });
    const { publishProposal } = await import("./publish.js");
    return publishProposal({ ...common, root: workspace, proposalDir });
  }

  const [{ runSpeckit }, { parsePhases }, { parseSafetyStrategy }, { parseSpeckitVersion }] = await Promise.all([
    import("./run.js"),
    import("./agents.js"),
    import("./sandbox.js"),
    import("./stages/speckit.js"),
  ]);
  const specText = await resolveSpecText({ spec: input.spec, specFile: input["spec-file"], root: workspace, trigger });
  return runSpeckit({
    ...common,
    mode: input.mode,
    proposalDir: proposalDir ? (await insideWorkspace(workspace, proposalDir, { what: name("proposal-dir") })).abs : undefined,
    eventName,
    specText,
    agent: { input: input.agent, inputCommand: input["agent-command"], env: env.SPECPIPE_AGENT },
    agentEnv: input["agent-env"],
    phases: parsePhases(input.phases),
    phaseTimeoutMs: Math.round(input["phase-timeout-minutes"]! * 60_000),
    retries: input.retries!,
    safetyStrategy: parseSafetyStrategy(input["safety-strategy"]),
    speckitVersion: parseSpeckitVersion(input["speckit-version"], SPECKIT_VERSION),
    branchName: input["branch-name"],
    pr: { title: input.title, body: input.body, labels: input.labels, draft: input.draft },
    checkout: workspace,
    onAgentUser: ctx.onAgentUser,
  });
}
