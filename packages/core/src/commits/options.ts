// zod/mini like every option shape: the action reads this at start-up (ADR 0023).
import type { z } from "zod/mini";
import { DEFAULT_ADR_DIR, DEFAULT_BOTS, DEFAULT_REQUIRE_BODY, DEFAULT_SPEC_PATHS, PLAYBOOK_DEFAULTS } from "../defaults.js";
import type { AdapterContext } from "../options/adapter.js";
import type { SpecSource } from "../spec/paths.js";
import { bool, list, oneOf, optionalStr, parseOptionTexts, str, type OptionNaming } from "../options/values.js";
import type { CheckOptions, CheckReport } from "./check.js";
import type { ResolvedRange } from "./resolve.js";

/**
 * The one mapping from spec-hash-check's inputs and `specpipe commits check`'s flags to
 * `checkRange`: one shape (keys: the action.yml input names, defaults from core), parsed by the
 * action with `readInputs` and by the command from its flags, and `commitsCheckOptions`, which
 * turns the parsed values and the resolved range into core options. So the two cannot disagree
 * on a default (`adr-scope` is `auto` in both: the range decides) or on a rule (bot authors,
 * the ADR check).
 */
export const ADR_SCOPES = ["auto", "commit", "range"] as const;

export const COMMITS_INPUTS = {
  "spec-paths": list([...DEFAULT_SPEC_PATHS]),
  types: list([]),
  "require-body": list([...DEFAULT_REQUIRE_BODY]),
  "bot-authors": list([...DEFAULT_BOTS]),
  "adr-dir": str(DEFAULT_ADR_DIR),
  playbook: str(PLAYBOOK_DEFAULTS.playbook),
  "adr-scope": oneOf(ADR_SCOPES, "auto"),
  "check-adrs": bool(true),
  from: optionalStr(),
  to: optionalStr(),
  deepen: bool(true),
  "fail-on-violation": bool(true),
  token: optionalStr(),
  "working-directory": str("."),
};

export type CommitsInput = keyof typeof COMMITS_INPUTS;
export type CommitsInputs = z.output<z.ZodMiniObject<typeof COMMITS_INPUTS>>;

/** The inputs `specpipe commits check` takes as flags (`--<input>`); the rest belong to the runner. */
export const COMMITS_FLAGS = [
  "spec-paths",
  "types",
  "require-body",
  "bot-authors",
  "adr-dir",
  "playbook",
  "adr-scope",
  "check-adrs",
  "from",
  "to",
] as const;

/** The shape parsed from texts (the CLI's); the action parses the same shape with `readInputs`. */
export function parseCommitsInputs(texts: Record<string, string | undefined>, naming: OptionNaming): CommitsInputs {
  return parseOptionTexts(COMMITS_INPUTS, texts, naming);
}

/** `checkRange`'s options for the parsed inputs over a resolved range (paths already inside the workspace). */
export function commitsCheckOptions(
  input: CommitsInputs,
  range: Pick<ResolvedRange, "adrScope">,
  resolved: { specSource: SpecSource; adrDir: string; playbookPath: string },
): CheckOptions {
  return {
    specSource: resolved.specSource,
    types: input.types,
    // "none" turns the body rule off (an empty list would mean the default).
    requireBody: input["require-body"].filter((t) => t !== "none"),
    botAuthors: input["bot-authors"],
    adrDir: resolved.adrDir,
    playbookPath: resolved.playbookPath,
    adrScope: input["adr-scope"] === "auto" ? range.adrScope : input["adr-scope"],
    checkAdrs: input["check-adrs"],
  };
}

/** What a spec-hash-check run found, with the range and spec it judged (for the summary). */
export interface CommitsCheck {
  report: CheckReport;
  range: ResolvedRange;
  spec: SpecSource;
}

export interface CommitsAdapterContext extends AdapterContext {
  /** Where relative paths start (the CLI's current folder); default the repository root. */
  cwd?: string;
  /** How an input is named in errors: `input "from"` (default), `--from` (the CLI). */
  name?: (input: CommitsInput) => string;
}

/**
 * spec-hash-check in one call: confine the paths to the workspace, take the spec from
 * playbook.yml's spec: when it has one (else spec-paths), resolve the range from the event or
 * from/to, and check it.
 */
export async function runCommitsCheck(input: CommitsInputs, ctx: CommitsAdapterContext): Promise<CommitsCheck> {
  const [{ insideWorkspace }, { Git }, { resolveSpecSource }, { resolveRange }, { checkRange }, { githubToken }] = await Promise.all([
    import("../fs/guard.js"),
    import("../git/git.js"),
    import("../spec/paths.js"),
    import("./resolve.js"),
    import("./check.js"),
    import("../github/token.js"),
  ]);
  const name = ctx.name ?? ((n: CommitsInput) => `input "${n}"`);
  const root = (await insideWorkspace(ctx.workspace, input["working-directory"], { what: name("working-directory") })).abs;
  const token = githubToken(input.token, ctx.env);
  if (token) ctx.onSecret?.(token.value);
  // The token only deepens a shallow clone; Git.withAuth leaves it out when actions/checkout persisted one (ADR 0039).
  const git = new Git({ cwd: root, env: ctx.env }).withAuth(token ? { token: token.value } : undefined);
  const playbookPath = (await insideWorkspace(root, input.playbook, { what: name("playbook") }, ctx.cwd)).rel;
  const adrDir = (await insideWorkspace(root, input["adr-dir"], { what: name("adr-dir") }, ctx.cwd)).rel;
  // The default list is nobody's choice (the runner passes action.yml's default as if given): a
  // missing docs/spec.md is then "the default spec path", with the hint to create it.
  const given = input["spec-paths"].join("\n") === DEFAULT_SPEC_PATHS.join("\n") ? undefined : input["spec-paths"];
  const spec = await resolveSpecSource(root, { input: given, inputName: name("spec-paths"), playbook: playbookPath });
  // eventName "cli" (a terminal): without from/to, the commits not yet on the upstream branch.
  const range = await resolveRange(git, {
    eventName: ctx.runner.eventName,
    payload: ctx.event(),
    sha: ctx.runner.sha || undefined,
    from: input.from,
    to: input.to,
    deepen: input.deepen,
    names: { from: name("from"), to: name("to") },
  });
  const report = await checkRange(
    git,
    range.empty ? { from: range.to, to: range.to } : range,
    commitsCheckOptions(input, range, { specSource: spec, adrDir, playbookPath }),
  );
  return { report, range, spec };
}
