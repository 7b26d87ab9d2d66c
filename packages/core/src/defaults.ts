/**
 * Constants and defaults that more than one action or command uses: one home, so that they
 * cannot drift apart (the bot's id was once written wrong in one of five places).
 */

/** The identity GitHub gives commits made with GITHUB_TOKEN; used when no git identity is configured. */
export const GITHUB_ACTIONS_BOT = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com",
} as const;

/** The Spec Kit (`specify-cli`) speckit-run installs when a repository has none: the one it is tested against. */
export const SPECKIT_VERSION = "1.0.1";

/** The labels speckit-run puts on its pull request (the action's `labels` input, the CLI's run). */
export const DEFAULT_PR_LABELS: readonly string[] = ["spec"];

/**
 * spec-hash-check's inputs when not given (`commits/options.ts`), and the rules' own defaults:
 * the living spec, the ADR folder, the types whose commits need a body, the bots skipped.
 */
export const DEFAULT_SPEC_PATHS = ["docs/spec.md"];
export const DEFAULT_ADR_DIR = "docs/adr";
export const DEFAULT_REQUIRE_BODY = ["feat", "fix", "refactor", "perf", "spec"];
export const DEFAULT_BOTS = ["*[bot]", "*[bot]@users.noreply.github.com"];

/**
 * metrics-collect's inputs and `specpipe metrics`'s flags when not given: read by the one option
 * schema both use (`metrics/options.ts`); `test` holds action.yml's defaults equal to these.
 */
export const METRICS_DEFAULTS = {
  mode: "report",
  store: "file",
  path: ".specpipe/metrics.jsonl",
  branch: "specpipe-metrics",
  gitRemote: "origin",
  ingestDays: 7,
  ingestModel: "github-actions",
  windowDays: 7,
  stuckMinutes: 10,
  failureStreak: 3,
  minSuccessRate: 0.8,
  minTasks: 10,
  pendingFrom: "none",
  backlogProduct: "docs/backlog/product.md",
  backlogMeta: "docs/backlog/meta.md",
  backlogRatio: 4,
  backlogStateBranch: "specpipe-backlog",
  healLabels: ["specpipe-heal"],
  keepDays: 90,
} as const;

/**
 * playbook-gate's inputs when not given: read by its option shape (`playbook/options.ts`), which
 * `specpipe playbook` uses too; `test/action-defaults.test.ts` holds action.yml's equal to these.
 */
export const PLAYBOOK_DEFAULTS = {
  playbook: "playbook.yml",
  workingDirectory: ".",
  failOnBlocked: false,
  failOnViolation: true,
  push: true,
  tag: false,
  dryRun: false,
  deepen: true,
} as const;

/**
 * coverage-update's inputs when not given: read by its option shape (`coverage/options.ts`);
 * `test/action-defaults.test.ts` holds action.yml's equal to these.
 */
export const COVERAGE_DEFAULTS = {
  mode: "update",
  specsDir: "specs",
  coverageFile: "docs/SPEC-COVERAGE.md",
  statusFile: "docs/STATUS.md",
  workingDirectory: ".",
  /** The coverage table's header row (`coverage/table.ts`). */
  header: "| Spec | Present | Spec'd | Tested | Notes |",
  /** The STATUS.md sections refreshed, by the start of their heading (`coverage/status.ts`). */
  sections: { testCount: "Test Count", implemented: "Specs Implemented", pending: "Specs Pending" },
} as const;

/** speckit-run's inputs when not given (`speckit/options.ts`; phases, safety strategy and Spec Kit version are core's own). */
export const SPECKIT_DEFAULTS = {
  mode: "run",
  phaseTimeoutMinutes: 20,
  retries: 1,
  retentionDays: 7,
} as const;
