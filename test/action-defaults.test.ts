/**
 * Every default an action.yml declares is the default its code applies, and the code's defaults
 * are core's: a workflow that leaves an input out (the runner then passes the action.yml default)
 * and one run through the CLI (core's defaults) get the same behaviour, and the README, generated
 * from action.yml, tells the truth.
 *
 * Each action's main.ts declares its inputs as one zod shape passed to `readInputs`. The test runs
 * each main.ts with `readInputs` intercepted: the shape is captured and the run stops there, before
 * anything else happens. Each input is then parsed twice through the action's own schema, once as
 * the runner passes it when unset in the workflow (the action.yml default) and once empty (what
 * the code falls back to), and the two must agree.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse as parseYaml } from "yaml";
import { DEFAULT_ADR_DIR } from "@specpipe/core/adr/adr";
import { DEFAULT_BOTS } from "@specpipe/core/commits/check";
import { DEFAULT_REQUIRE_BODY } from "@specpipe/core/commits/header";
import { DEFAULT_SECTIONS } from "@specpipe/core/coverage/status";
import { DEFAULT_HEADER } from "@specpipe/core/coverage/table";
import { DEFAULT_STATE_BRANCH } from "@specpipe/core/backlog/store";
import { DEFAULT_PR_LABELS, GITHUB_ACTIONS_BOT, SPECKIT_VERSION } from "@specpipe/core/defaults";
import { DEFAULT_THRESHOLDS } from "@specpipe/core/metrics/report";
import { DEFAULT_FILE } from "@specpipe/core/metrics/stores";
import { DEFAULT_PLAYBOOK } from "@specpipe/core/playbook/load";
import { DEFAULT_SPEC_PATHS } from "@specpipe/core/spec/hash";
import { DEFAULT_PHASES, parsePhases } from "@specpipe/core/speckit/agents";
import { DEFAULT_SAFETY_STRATEGY, parseSafetyStrategy } from "@specpipe/core/speckit/sandbox";
import { parseSpeckitVersion } from "@specpipe/core/speckit/stages/speckit";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ACTIONS = ["coverage-update", "metrics-collect", "playbook-gate", "spec-hash-check", "speckit-run"] as const;
type ActionName = (typeof ACTIONS)[number];

interface Schema {
  safeParse(value: unknown): { success: boolean; data?: unknown; error?: unknown };
}

const captured = vi.hoisted(() => ({ shape: undefined as Record<string, Schema> | undefined }));

vi.mock("@specpipe/action-kit", async (importOriginal) => {
  const kit = await importOriginal<typeof import("@specpipe/action-kit")>();
  class Captured extends Error {}
  return {
    ...kit,
    readInputs: (shape: Record<string, Schema>) => {
      captured.shape = shape;
      throw new Captured("inputs captured");
    },
    runMain: async (main: () => Promise<void>) => {
      try {
        await main();
      } catch (error) {
        if (!(error instanceof Captured)) throw error;
      }
    },
  };
});

async function shapeOf(name: ActionName): Promise<Record<string, Schema>> {
  captured.shape = undefined;
  await import(`../actions/${name}/src/main.ts`);
  if (!captured.shape) throw new Error(`${name}: main.ts did not call readInputs`);
  return captured.shape;
}

interface InputSpec {
  /** YAML may give a default as a string, a number or a boolean; the runner passes its text. */
  default?: string | number | boolean;
  required?: boolean;
}

function actionYml(name: ActionName): Record<string, InputSpec> {
  const yml = parseYaml(readFileSync(path.join(ROOT, "actions", name, "action.yml"), "utf8")) as {
    inputs?: Record<string, InputSpec>;
  };
  return yml.inputs ?? {};
}

function value(schema: Schema, raw: string, where: string): unknown {
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`${where}: ${JSON.stringify(raw)} does not parse: ${String(result.error)}`);
  return result.data;
}

/** A default the runner evaluates (`${{ github.token }}`): the code never sees it empty. */
const isExpression = (raw: string) => raw.includes("${{");

/**
 * Inputs the action reads as "unset" and hands to core, which applies its own default (so the
 * CLI gets the same): action.yml must declare that default.
 */
const CORE_APPLIES: [ActionName, string, (declared: unknown) => unknown, unknown][] = [
  ["speckit-run", "phases", (declared) => parsePhases(declared as string[]), DEFAULT_PHASES],
  ["speckit-run", "safety-strategy", (declared) => parseSafetyStrategy(declared as string | undefined), DEFAULT_SAFETY_STRATEGY],
  ["speckit-run", "speckit-version", (declared) => parseSpeckitVersion(declared as string | undefined, SPECKIT_VERSION), SPECKIT_VERSION],
];

const shapes = new Map<ActionName, Record<string, Schema>>();
const env = { ...process.env };

beforeAll(async () => {
  // main.ts may read the environment before its inputs (the workspace, the event): a plain one.
  process.env.GITHUB_WORKSPACE = ROOT;
  for (const name of ACTIONS) shapes.set(name, await shapeOf(name));
}, 120_000);

afterAll(() => {
  process.env = env;
  process.exitCode = undefined;
});

describe.each(ACTIONS)("%s: action.yml and the code agree", (name) => {
  it("declares the same inputs as the code reads", () => {
    expect(Object.keys(shapes.get(name)!).sort()).toEqual(Object.keys(actionYml(name)).sort());
  });

  it("gives each input the default the code falls back to", () => {
    const shape = shapes.get(name)!;
    const mismatches: string[] = [];
    for (const [input, spec] of Object.entries(actionYml(name))) {
      const schema = shape[input];
      if (!schema) continue;
      const where = `${name} input "${input}"`;
      // A required input without a default has no fallback: the workflow must give it.
      if (spec.required === true && spec.default === undefined) continue;
      const raw = spec.default === undefined ? undefined : String(spec.default);
      if (raw !== undefined && isExpression(raw)) continue;
      // Inputs the action passes on empty, for core to apply its default (`CORE_APPLIES`).
      if (CORE_APPLIES.some(([action, key]) => action === name && key === input)) continue;
      const fallback = value(schema, "", where);
      if (raw === undefined) {
        // No documented default: the code must not invent one the README does not show.
        const nothing =
          fallback === undefined || fallback === "" || fallback === false || (Array.isArray(fallback) && fallback.length === 0);
        if (!nothing) mismatches.push(`${where}: no default in action.yml, but the code defaults to ${JSON.stringify(fallback)}`);
        continue;
      }
      const declared = value(schema, raw, where);
      if (JSON.stringify(declared) !== JSON.stringify(fallback))
        mismatches.push(`${where}: action.yml says ${JSON.stringify(raw)}, the code falls back to ${JSON.stringify(fallback)}`);
    }
    expect(mismatches).toEqual([]);
  });
});

/** The code's fallback for one input, as parsed from an empty string. */
const fallback = (name: ActionName, input: string) => value(shapes.get(name)![input], "", `${name} input "${input}"`);

describe("defaults core applies to inputs left empty", () => {
  it.each(CORE_APPLIES)("%s %s", (name, input, apply, core) => {
    const raw = actionYml(name)[input]?.default;
    expect(raw, `${name} input "${input}" declares no default`).toBeDefined();
    // What core makes of the declared default is what it makes of nothing: its own default.
    expect(apply(value(shapes.get(name)![input], String(raw), name))).toEqual(core);
    expect(apply(fallback(name, input))).toEqual(core);
  });
});

describe("the actions' defaults are core's", () => {
  const cases: [ActionName, string, unknown][] = [
    ["coverage-update", "header", DEFAULT_HEADER],
    // skip adds to core's DEFAULT_SKIP (see action.yml): the input's own default adds nothing.
    ["coverage-update", "skip", []],
    ["coverage-update", "test-count-section", DEFAULT_SECTIONS.testCount],
    ["coverage-update", "implemented-section", DEFAULT_SECTIONS.implemented],
    ["coverage-update", "pending-section", DEFAULT_SECTIONS.pending],
    ["metrics-collect", "path", DEFAULT_FILE],
    ["metrics-collect", "window-days", DEFAULT_THRESHOLDS.windowDays],
    ["metrics-collect", "stuck-minutes", DEFAULT_THRESHOLDS.stuckMinutes],
    ["metrics-collect", "failure-streak", DEFAULT_THRESHOLDS.failureStreak],
    ["metrics-collect", "min-success-rate", DEFAULT_THRESHOLDS.minSuccessRate],
    ["metrics-collect", "min-tasks", DEFAULT_THRESHOLDS.minTasks],
    ["metrics-collect", "backlog-state-branch", DEFAULT_STATE_BRANCH],
    ["playbook-gate", "playbook", DEFAULT_PLAYBOOK],
    ["playbook-gate", "git-user-name", GITHUB_ACTIONS_BOT.name],
    ["playbook-gate", "git-user-email", GITHUB_ACTIONS_BOT.email],
    ["spec-hash-check", "spec-paths", DEFAULT_SPEC_PATHS],
    ["spec-hash-check", "require-body", DEFAULT_REQUIRE_BODY],
    ["spec-hash-check", "bot-authors", DEFAULT_BOTS],
    ["spec-hash-check", "adr-dir", DEFAULT_ADR_DIR],
    ["spec-hash-check", "playbook", DEFAULT_PLAYBOOK],
    ["speckit-run", "labels", DEFAULT_PR_LABELS],
  ];
  it.each(cases)("%s %s", (name, input, core) => {
    expect(fallback(name, input)).toEqual(core);
  });
});
