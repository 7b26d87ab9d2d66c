// zod/mini like every option shape: the action reads this at start-up (ADR 0023).
import type { z } from "zod/mini";
import { DEFAULT_ADR_DIR } from "../adr/adr.js";
import { DEFAULT_PLAYBOOK } from "../playbook/load.js";
import { DEFAULT_SPEC_PATHS } from "../spec/hash.js";
import type { SpecSource } from "../spec/paths.js";
import { bool, list, oneOf, optionalStr, parseOptionTexts, str, type OptionNaming } from "../options/values.js";
import { DEFAULT_BOTS, type CheckOptions } from "./check.js";
import { DEFAULT_REQUIRE_BODY } from "./header.js";
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
  playbook: str(DEFAULT_PLAYBOOK),
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
