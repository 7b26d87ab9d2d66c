// zod/mini like every option shape: the action reads this at start-up (ADR 0023).
import { z } from "zod/mini";
import { PLAYBOOK_DEFAULTS as D, GITHUB_ACTIONS_BOT } from "../defaults.js";
import { insideWorkspace } from "../fs/guard.js";
import type { EventPayload } from "../github/event.js";
import type { GitHubContext } from "../github/port.js";
import type { RunnerContext } from "../github/runner-context.js";
import { githubToken, type GitHubToken } from "../github/token.js";
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

/** The shape parsed from texts (the CLI's flags); the action parses the same shape with `readInputs`. */
export function parsePlaybookInputs(texts: Record<string, string | undefined>, naming: OptionNaming): PlaybookInputs {
  return parseOptionTexts(PLAYBOOK_INPUTS, texts, naming);
}

export interface PlaybookAdapterContext {
  /** The workspace: working-directory must stay inside it. */
  workspace: string;
  env: NodeJS.ProcessEnv;
  /** The run: event name and sha (the range of check, the commit evaluated). */
  runner: RunnerContext;
  /** The event payload, read only by check (its range and default branch). */
  event: () => EventPayload;
  /** Called with the token the token rule found: mask it (`core.setSecret`). */
  onSecret?: (token: string) => void;
  /** Reach GitHub with that token (the action's `githubClient`); called only when a condition or a check needs it. */
  connect: (token: GitHubToken) => Promise<GitHubContext>;
}

export async function runPlaybookGate(input: PlaybookInputs, ctx: PlaybookAdapterContext): Promise<GateReport> {
  const [{ Git }, { safeBranchName }, gate, { ciRunFromEnv }] = await Promise.all([
    import("../git/git.js"),
    import("../git/ref.js"),
    import("./gate.js"),
    import("./provenance.js"),
  ]);
  // The repository must be inside the workspace: working-directory: ../.. would have the gate
  // commit and push in another repository of the runner.
  const root = (await insideWorkspace(ctx.workspace, input["working-directory"], { what: 'input "working-directory"' })).abs;
  const playbook = (await insideWorkspace(root, input.playbook, { what: 'input "playbook"', noSymlink: true })).rel;
  const token = githubToken(input.token, ctx.env);
  if (token) ctx.onSecret?.(token.value);
  // Git.withAuth leaves the token out when actions/checkout persisted its own credential (ADR 0039).
  const git = new Git({ cwd: root }).withAuth(token ? { token: token.value } : undefined);
  const github = async (): Promise<GitHubContext | undefined> => (token && ctx.env.GITHUB_REPOSITORY ? ctx.connect(token) : undefined);
  const sha = ctx.runner.sha || undefined;
  const base = { root, playbook, git, github, sha, env: ctx.env };

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
    });
    return gate.playbookCheck({
      ...base,
      range: range.empty ? undefined : range,
      pullRequest: range.mode === "pull_request",
      branch: safeBranchName(event.repository?.default_branch),
    });
  }
  return gate.playbookAdvance({
    ...base,
    // Only CI advances: the run's id goes into the commit and the beacon (ADR 0035).
    ci: input["dry-run"] ? undefined : ciRunFromEnv(ctx.env),
    dryRun: input["dry-run"],
    push: input.push,
    tag: input.tag,
    identity: { name: input["git-user-name"], email: input["git-user-email"] },
  });
}
