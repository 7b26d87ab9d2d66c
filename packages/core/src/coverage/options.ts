// zod/mini like every option shape: the action reads this at start-up (ADR 0023).
import type { z } from "zod/mini";
import { COVERAGE_DEFAULTS as D } from "../defaults.js";
import { githubToken } from "../github/token.js";
import type { AdapterContext } from "../options/adapter.js";
import type { FlagSpecs } from "../options/flags.js";
import { bool, int, list, oneOf, parseOptionTexts, str, type OptionNaming } from "../options/values.js";
import type { RunCoverageOptions } from "./run.js";

/**
 * The one mapping from coverage-update's inputs (and `specpipe coverage`'s flags) to
 * `runCoverage`: one shape (keys: the action.yml input names, defaults from `defaults.ts` and
 * the documents' own) and `coverageRunOptions`, which turns the parsed values into core options.
 * The action reads the shape with `readInputs`; the CLI can give its flags as the same texts
 * (`parseCoverageInputs`), so both fail in the same words and cannot disagree on a default.
 */
export const COVERAGE_MODES = ["update", "validate", "report"] as const;

export const COVERAGE_INPUTS = {
  mode: oneOf(COVERAGE_MODES, D.mode),
  "specs-dir": str(D.specsDir),
  "coverage-file": str(D.coverageFile),
  "status-file": str(D.statusFile),
  header: str(D.header),
  // Added to the defaults by core (specs.ts skipList): an empty input is the defaults alone.
  skip: list([]),
  "tests-passed": bool(false),
  "test-results": list([]),
  "test-count": int(undefined, 0),
  "mark-tested": bool(false),
  "dry-run": bool(false),
  strict: bool(false),
  "test-count-section": str(D.sections.testCount),
  "implemented-section": str(D.sections.implemented),
  "pending-section": str(D.sections.pending),
  commit: bool(false),
  token: str(""),
  "working-directory": str(D.workingDirectory),
};

export type CoverageInput = keyof typeof COVERAGE_INPUTS;
export type CoverageInputs = z.output<z.ZodMiniObject<typeof COVERAGE_INPUTS>>;

/**
 * `specpipe coverage`'s flags: every input as `--<input>` (options/flags.ts). `token` has none:
 * the CLI takes it from the environment by the same rule, never from a command line.
 */
export const COVERAGE_FLAGS: FlagSpecs<Exclude<CoverageInput, "token">> = {
  mode: {},
  "specs-dir": {},
  "coverage-file": {},
  "status-file": {},
  header: {},
  skip: { multiple: true },
  "tests-passed": { boolean: true },
  "test-results": { multiple: true },
  "test-count": {},
  "mark-tested": { boolean: true },
  "dry-run": { boolean: true },
  strict: { boolean: true },
  "test-count-section": {},
  "implemented-section": {},
  "pending-section": {},
  commit: { boolean: true },
  "working-directory": {},
};

/** The shape parsed from texts (the CLI's flags); the action parses the same shape with `readInputs`. */
export function parseCoverageInputs(texts: Record<string, string | undefined>, naming: OptionNaming): CoverageInputs {
  return parseOptionTexts(COVERAGE_INPUTS, texts, naming);
}

/** The boundary no path may leave (the workspace; the CLI's --root), the environment, the masking. */
export type CoverageAdapterContext = Pick<AdapterContext, "workspace" | "env" | "onSecret">;

export function coverageRunOptions(input: CoverageInputs, ctx: CoverageAdapterContext): RunCoverageOptions {
  // The token only pushes the commit; without `commit: true` none is looked for.
  const token = input.commit ? githubToken(input.token, ctx.env) : undefined;
  if (token) ctx.onSecret?.(token.value);
  return {
    workspace: ctx.workspace,
    workingDirectory: input["working-directory"],
    mode: input.mode,
    specsDir: input["specs-dir"],
    coverageFile: input["coverage-file"],
    statusFile: input["status-file"],
    header: input.header,
    skip: input.skip,
    sections: { testCount: input["test-count-section"], implemented: input["implemented-section"], pending: input["pending-section"] },
    markTested: input["mark-tested"],
    testResults: input["test-results"],
    testCount: input["test-count"],
    dryRun: input["dry-run"],
    testsPassed: input["tests-passed"],
    // In CI the test step ran before this one: runCoverage writes only after passing tests.
    ci: ctx.env.CI === "true",
    strict: input.strict,
    commit: input.commit,
    token: token?.value,
  };
}
