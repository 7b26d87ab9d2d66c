// zod/mini like every option shape: the action reads this at start-up (ADR 0023).
import { z } from "zod/mini";
import { PLAYBOOK_DEFAULTS as D, GITHUB_ACTIONS_BOT } from "../defaults.js";
import type { GitHubContext } from "../github/port.js";
import { githubToken, type GitHubToken } from "../github/token.js";
import type { AdapterContext } from "../options/adapter.js";
import type { FlagSpecs } from "../options/flags.js";
import { bool, optionalStr, parseOptionTexts, str, type OptionNaming } from "../options/values.js";
import type { GateReport } from "./gate.js";

/**
 * The one mapping from playbook-gate's inputs (and `specpipe playbook`'s flags) to the gate's
 * core calls: one shape (keys: the action.yml input names, defaults from `defaults.ts`) and
 * `runPlaybookGate`, which turns the parsed values into `playbookStatus`, `playbookCheck` or
 * `playbookAdvance` options and makes the call. The action reads the shape with `readInputs`;
 * the CLI gives its flags as the same texts (`parsePlaybookInputs`), so both fail in the same
 * words and cannot disagree on a default.
 */
export const PLAYBOOK_MODES = ["check", "advance", "status"] as const;
export type PlaybookMode = (typeof PLAYBOOK_MODES)[number];

export const PLAYBOOK_INPUTS = {
  // Required: no default, so an empty mode is refused with the same words as a wrong one.
  mode: z.enum(PLAYBOOK_MODES, { message: 'must be "check", "advance" or "status"' }),
  playbook: str(D.playbook),
  "working-directory": str(D.workingDirectory),
  "fail-on-blocked": bool(D.failOnBlocked),
  "fail-on-violation": bool(D.failOnViolation),
  push: bool(D.push),
  tag: bool(D.tag),
  "dry-run": bool(D.dryRun),
  from: optionalStr(),
  to: optionalStr(),
  deepen: bool(D.deepen),
  token: optionalStr(),
  "git-user-name": str(GITHUB_ACTIONS_BOT.name),
  "git-user-email": str(GITHUB_ACTIONS_BOT.email),
};

export type PlaybookInput = keyof typeof PLAYBOOK_INPUTS;
export type PlaybookInputs = z.output<z.ZodMiniObject<typeof PLAYBOOK_INPUTS>>;

/**
 * `specpipe playbook <mode>`'s flags: the inputs of that mode as `--<input>` (options/flags.ts);
 * a boolean input defaulting to true is turned off with `--no-<input>`. `mode` is the
 * subcommand; `token` has no flag (the CLI takes it from the environment by the same rule).
 */
const COMMON_FLAGS = { playbook: {}, "working-directory": {}, "dry-run": { boolean: true } } as const;
export const PLAYBOOK_FLAGS: Record<PlaybookMode, FlagSpecs<PlaybookInput>> = {
  status: COMMON_FLAGS,
  check: { ...COMMON_FLAGS, from: {}, to: {}, deepen: { boolean: true }, "fail-on-violation": { boolean: true } },
  advance: {
    ...COMMON_FLAGS,
    push: { boolean: true },
    tag: { boolean: true },
    "fail-on-blocked": { boolean: true },
    "git-user-name": {},
    "git-user-email": {},
  },
};

/** The shape parsed from texts (the CLI's flags); the action parses the same shape with `readInputs`. */
export function parsePlaybookInputs(texts: Record<string, string | undefined>, naming: OptionNaming): PlaybookInputs {
  return parseOptionTexts(PLAYBOOK_INPUTS, texts, naming);
}

export interface PlaybookAdapterContext extends AdapterContext {
  /** Reach GitHub with that token (the action's `githubClient`); called only when a condition or a check needs it. */
  connect: (token: GitHubToken, repository: string) => Promise<GitHubContext>;
  /** The repository the gate's runs belong to; default GITHUB_REPOSITORY (the CLI: --repository, else the origin remote). */
  repository?: () => Promise<string | undefined>;
  /** check: the range is a pull request's, whatever the event says (the CLI's --pull-request). */
  pullRequest?: boolean;
  /** check: the branch the gate's runs must have run on; default the event's default branch (the CLI's --branch). */
  branch?: string;
  /** How an input is named in errors: `input "from"` (default), `--from` (the CLI). */
  name?: (input: PlaybookInput) => string;
}

export async function runPlaybookGate(input: PlaybookInputs, ctx: PlaybookAdapterContext): Promise<GateReport> {
  const [{ Git }, { safeBranchName }, gate, { ciRunFromEnv }, { UserError }, { insideWorkspace }] = await Promise.all([
    import("../git/git.js"),
    import("../git/ref.js"),
    import("./gate.js"),
    import("./provenance.js"),
    import("../errors.js"),
    import("../fs/guard.js"),
  ]);
  const name = ctx.name ?? ((n: PlaybookInput) => `input "${n}"`);
  // The repository must be inside the workspace: working-directory: ../.. would have the gate
  // commit and push in another repository of the runner.
  const root = (await insideWorkspace(ctx.workspace, input["working-directory"], { what: name("working-directory") })).abs;
  const playbook = (await insideWorkspace(root, input.playbook, { what: name("playbook"), noSymlink: true })).rel;
  const token = githubToken(input.token, ctx.env);
  if (token) ctx.onSecret?.(token.value);
  // Git.withAuth leaves the token out when actions/checkout persisted its own credential (ADR 0039).
  const git = new Git({ cwd: root, env: ctx.env }).withAuth(token ? { token: token.value } : undefined);
  // status and a preview read a folder that is not a repository too; check and a real advance need one.
  const isRepository = await git.isRepository();
  const github = async (): Promise<GitHubContext | undefined> => {
    const repository = (await ctx.repository?.()) ?? ctx.env.GITHUB_REPOSITORY;
    return token && repository ? ctx.connect(token, repository) : undefined;
  };
  const sha = ctx.runner.sha || undefined;
  const base = { root, playbook, git: isRepository ? git : undefined, github, sha, env: ctx.env };

  if (input.mode === "status") return gate.playbookStatus(base);
  if (input.mode === "check") {
    const { resolveRange } = await import("../commits/resolve.js");
    const event = ctx.event();
    const range = await resolveRange(git, {
      eventName: ctx.runner.eventName,
      payload: event,
      sha,
      from: input.from,
      to: input.to,
      deepen: input.deepen,
      names: { from: name("from"), to: name("to") },
    });
    return gate.playbookCheck({
      ...base,
      git,
      range: range.empty ? undefined : range,
      pullRequest: ctx.pullRequest || range.mode === "pull_request",
      branch: ctx.branch ?? safeBranchName(event.repository?.default_branch),
    });
  }
  // Only CI advances: the run's id goes into the commit and the beacon (ADR 0035).
  const ci = input["dry-run"] ? undefined : ciRunFromEnv(ctx.env);
  if (ci && !isRepository)
    throw new UserError(`${root} is not a git repository, so the gate cannot commit its advance`, {
      hint: `check out the repository first (actions/checkout), or point ${name("working-directory")} at it`,
      code: "playbook.not-a-repository",
    });
  return gate.playbookAdvance({
    ...base,
    ci,
    dryRun: input["dry-run"],
    push: input.push,
    tag: input.tag,
    identity: { name: input["git-user-name"], email: input["git-user-email"] },
  });
}
