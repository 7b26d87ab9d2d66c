import { z } from "zod";

/**
 * playbook.yml, as a zod schema. This module imports nothing but zod: scripts/gen-schemas.mjs
 * bundles it to produce schemas/playbook.schema.json (editors complete and validate playbook.yml
 * with it through `# yaml-language-server: $schema=...`).
 *
 * Rules that a JSON Schema cannot say (ids unique across the whole playbook, loop ends that
 * exist and point backwards, condition ids unique in a step) are checked in load.ts, with the
 * position of the offending YAML node.
 */

export const STEP_ID = /^[A-Za-z][A-Za-z0-9._-]{0,31}$/;
const stepId = z
  .string()
  .regex(STEP_ID, { message: "must start with a letter and use only letters, digits, '.', '_' or '-' (at most 32 characters)" })
  .meta({ description: "Step id, unique in the playbook, e.g. A3. Used in the beacon, in trailers (Playbook-Step: A3) and in tags." });

const percent = z.number().min(0).max(100);
const globList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const conditionId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,31}$/, { message: "must be lower-case letters, digits and '-' (at most 32 characters)" })
  .optional()
  .meta({
    description:
      "Name of this condition in reports and in the beacon's history (default: its type). Needed when a step has two conditions of one type.",
  });

const TestsCondition = z
  .strictObject({
    type: z.literal("tests"),
    id: conditionId,
    reports: globList.meta({ description: "JUnit XML report files (paths or globs, relative to the repository root)." }),
    min: z.int().min(0).default(1).meta({ description: "At least this many test cases must have run (skipped ones do not count)." }),
    required: z
      .array(
        z
          .strictObject({
            name: z
              .string()
              .min(1)
              .optional()
              .meta({ description: "Test name pattern; `*` matches any text. Matched against the name and against `classname > name`." }),
            file: z
              .string()
              .min(1)
              .optional()
              .meta({ description: "Glob for the test's file (or classname when the report has no file)." }),
          })
          .refine((r) => r.name !== undefined || r.file !== undefined, { message: "give name, file or both" }),
      )
      .default([])
      .meta({ description: "Tests that must be present and pass, e.g. the e2e test: [{ file: 'e2e/**' }]." }),
  })
  .meta({ description: "JUnit reports: every test passes, at least `min` ran, the required ones are there and pass." });

/** A condition's report: a path or a glob inside the repository. */
const reportPath = (description: string) => z.string().min(1).meta({ description });

/** `no-drop`: the measure may not fall below the one the beacon recorded at the last advance. */
const noDrop = (what: string) =>
  z
    .boolean()
    .default(false)
    .meta({ description: `Fail when ${what} is lower than the one recorded in the beacon at the last advance.` });

const CoverageCondition = z
  .strictObject({
    type: z.literal("coverage"),
    id: conditionId,
    report: reportPath("lcov (lcov.info), Cobertura XML or istanbul coverage-summary.json; a path or a glob matching one file."),
    format: z
      .enum(["lcov", "cobertura", "istanbul-summary"])
      .optional()
      .meta({ description: "Report format; detected from the content when omitted." }),
    lines: percent.optional().meta({ description: "Minimum line coverage in percent." }),
    branches: percent.optional().meta({ description: "Minimum branch coverage in percent." }),
    "no-drop": noDrop("a percentage"),
  })
  .refine((c) => c.lines !== undefined || c.branches !== undefined || c["no-drop"], { message: "give lines, branches or no-drop: true" })
  .meta({ description: "Line and branch coverage at or above thresholds, and optionally not lower than at the last advance." });

const MutationCondition = z
  .strictObject({
    type: z.literal("mutation"),
    id: conditionId,
    report: reportPath("Stryker's JSON report (mutation-testing-report-schema), e.g. reports/mutation/mutation.json."),
    score: percent.optional().meta({ description: "Minimum mutation score in percent." }),
    "no-drop": noDrop("the score"),
  })
  .refine((c) => c.score !== undefined || c["no-drop"], { message: "give score, no-drop: true or both" })
  .meta({ description: "Mutation score at or above a threshold, and optionally not dropping." });

const FilesCondition = z
  .strictObject({
    type: z.literal("files"),
    id: conditionId,
    paths: z.array(z.string().min(1)).min(1).meta({ description: "Paths or globs; each must match at least one file." }),
    "non-empty": z.boolean().default(true).meta({ description: "Every matched file must contain more than white space." }),
  })
  .meta({ description: "Files exist (and are not empty)." });

const SpecHashCondition = z
  .strictObject({
    type: z.literal("spec-hash"),
    id: conditionId,
  })
  .meta({ description: "The spec's content hash equals the one in the beacon: no amendment is pending." });

const CommandCondition = z
  .strictObject({
    type: z.literal("command"),
    id: conditionId,
    run: z.array(z.string()).min(1).meta({ description: "Program and arguments, run without a shell, e.g. [npm, run, e2e]." }),
    timeout: z.number().positive().max(21600).default(600).meta({ description: "Seconds before the command is killed (and fails)." }),
    cwd: z.string().optional().meta({ description: "Working directory, relative to the repository root." }),
  })
  .meta({ description: "A command that must exit with 0." });

const ChecksCondition = z
  .strictObject({
    type: z.literal("checks"),
    id: conditionId,
    ignore: z.array(z.string().min(1)).default([]).meta({
      description:
        "Check run names or status contexts to ignore (`*` wildcards). The job running the gate (GITHUB_JOB) is ignored already; list it here when the job has a name:.",
    }),
  })
  .meta({ description: "Every check run and commit status on the commit is successful (GitHub API)." });

export const ConditionSchema = z
  .discriminatedUnion("type", [
    TestsCondition,
    CoverageCondition,
    MutationCondition,
    FilesCondition,
    SpecHashCondition,
    CommandCondition,
    ChecksCondition,
  ])
  .meta({ id: "PlaybookCondition", description: "An exit condition; `type` says which." });

export const CONDITION_TYPES = ["tests", "coverage", "mutation", "files", "spec-hash", "command", "checks"] as const;

export const StepSchema = z
  .strictObject({
    id: stepId,
    name: z.string().min(1).meta({ description: "Short name, shown in progress.md and the summary." }),
    description: z.string().min(1).meta({ description: "What this step is about, one or two sentences." }),
    details: z
      .string()
      .optional()
      .meta({ description: "Markdown written to the Details section of progress.md while the step is active." }),
    exit: z
      .array(ConditionSchema)
      .default([])
      .meta({ description: "Exit conditions: all must hold for the gate to advance past this step." }),
    abort: z
      .strictObject({
        to: stepId.meta({ description: "The earlier step (or this one) to go back to, e.g. B1." }),
      })
      .optional()
      .meta({
        description:
          "The step may be aborted back to `to` (a new iteration), whatever its exit conditions say: a commit made in this step with the trailer `Playbook-Abort: <reason>` (specpipe playbook abort) asks the gate to, and the reason is recorded in the beacon.",
      }),
  })
  .meta({ description: "A step. Steps run in the order written; exactly one is active." });

export const PhaseSchema = z
  .strictObject({
    id: stepId.meta({ description: "Phase id, e.g. B." }),
    name: z.string().min(1).meta({ description: "Phase name, e.g. Refinement loop." }),
    description: z.string().optional(),
    steps: z.array(StepSchema).min(1),
  })
  .meta({ description: "A phase: a named group of steps." });

export const LoopSchema = z
  .strictObject({
    from: stepId.meta({ description: "The last step of the loop, e.g. B7." }),
    to: stepId.meta({ description: "The step the loop returns to, e.g. B1 (at or before `from`)." }),
    until: z.array(ConditionSchema).default([]).meta({
      description:
        "When all of these hold at `from` (and there is at least one), the loop ends and the gate moves on past `from`; otherwise it returns to `to` and counts an iteration.",
    }),
    max: z.int().min(1).optional().meta({ description: "End the loop after this many iterations whatever `until` says." }),
  })
  .meta({ description: "A loop: advancing from `from` returns to `to` (a new iteration) until `until` holds." });

export const PlaybookSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).meta({ description: "Format version of playbook.yml. Always 1." }),
    name: z.string().min(1).meta({ description: "Name of the playbook." }),
    spec: z
      .array(z.string().min(1))
      .default(["docs/spec.md"])
      .meta({ description: "The living spec's files (paths or globs) for the spec-hash condition." }),
    beacon: z
      .strictObject({
        json: z.string().min(1).default("progress.json"),
        markdown: z.string().min(1).default("progress.md"),
      })
      .default({ json: "progress.json", markdown: "progress.md" })
      .meta({ description: "Where the beacon lives (relative to the repository root)." }),
    phases: z.array(PhaseSchema).min(1),
    loops: z.array(LoopSchema).default([]),
  })
  .meta({
    title: "specpipe playbook",
    description: "playbook.yml: the steps of a spec-driven development process and the exit conditions that gate each step.",
  });

export type Playbook = z.output<typeof PlaybookSchema>;
export type Phase = z.output<typeof PhaseSchema>;
export type Step = z.output<typeof StepSchema>;
export type Condition = z.output<typeof ConditionSchema>;
export type Loop = z.output<typeof LoopSchema>;
export type ConditionType = Condition["type"];
