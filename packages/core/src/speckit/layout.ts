import { promises as fs } from "node:fs";
import * as path from "node:path";
import { UserError } from "../errors.js";
import { readRegularFile } from "../fs/guard.js";
import type { AgentName, Phase } from "./agents.js";

/**
 * Spec Kit as the repository has it installed (ADR 0032: Spec Kit owns its layout). speckit-run
 * does not guess command names or folders: it reads what `specify init` recorded.
 *
 * - Spec Kit 1.x writes `.specify/integration.json`: the installed integrations and, per
 *   integration, `invoke_separator` (`-` for skills, `.` for dotted commands), and
 *   `.specify/init-options.json` (`feature_numbering`: sequential or timestamp). The prefix is not
 *   recorded: Spec Kit derives it from the key (`$` for codex, zcode and command-code skills, `/`
 *   for the others).
 * - Spec Kit 0.0.x wrote neither: flat dotted command files (`.claude/commands/speckit.plan.md`,
 *   `.codex/prompts/speckit.plan.md`, …), all invoked as `/speckit.<cmd>`; its create-new-feature.sh
 *   made and checked out the feature branch, numbered after the branches and `specs/`.
 */
export interface SpeckitLayout {
  /** 1 for an integration.json install, 0 for the 0.0.x layout. */
  generation: 0 | 1;
  /** The integration whose commands the agent runs (absent for agent: command on 0.0.x). */
  integration?: string;
  version?: string;
  separator: "-" | ".";
  prefix: "$" | "/";
  numbering: "sequential" | "timestamp";
}

const DOLLAR_PREFIX = new Set(["codex", "zcode", "command-code"]);
export const INTEGRATION_FILE = ".specify/integration.json";
const INIT_OPTIONS_FILE = ".specify/init-options.json";

/** The command a phase is invoked by, as the installed integration names it: `$speckit-plan`, `/speckit.plan`. */
export function commandName(layout: SpeckitLayout, phase: Phase): string {
  return `${layout.prefix}speckit${layout.separator}${phase}`;
}

/** Where an agent finds a phase's command file in this layout (undefined: not known for this agent). */
export function commandFile(layout: SpeckitLayout, agent: AgentName, phase: Phase): string | undefined {
  if (layout.generation === 0) {
    const files: Partial<Record<AgentName, string>> = {
      claude: `.claude/commands/speckit.${phase}.md`,
      codex: `.codex/prompts/speckit.${phase}.md`,
      gemini: `.gemini/commands/speckit.${phase}.toml`,
      copilot: `.github/prompts/speckit.${phase}.prompt.md`,
    };
    return files[agent];
  }
  const skill = (dir: string) => `${dir}/speckit-${phase}/SKILL.md`;
  switch (agent) {
    case "codex":
      return skill(".agents/skills");
    case "claude":
      return skill(".claude/skills");
    case "gemini":
      return layout.separator === "-" ? `.gemini/commands/speckit-${phase}.toml` : `.gemini/commands/speckit.${phase}.toml`;
    case "copilot":
      return layout.separator === "-" ? skill(".github/skills") : `.github/agents/speckit.${phase}.agent.md`;
    default:
      return undefined;
  }
}

async function isDir(p: string): Promise<boolean> {
  const st = await fs.lstat(p).catch(() => undefined);
  return st?.isDirectory() ?? false;
}

async function isFile(p: string): Promise<boolean> {
  const st = await fs.lstat(p).catch(() => undefined);
  return st?.isFile() ?? false;
}

async function readJson(repo: string, rel: string): Promise<Record<string, unknown> | undefined> {
  const bytes = await readRegularFile(path.join(repo, rel), rel, 1024 * 1024);
  if (bytes === undefined) return undefined;
  try {
    const data = JSON.parse(bytes.toString("utf8")) as unknown;
    if (data && typeof data === "object" && !Array.isArray(data)) return data as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new UserError(`${rel} is not a JSON object`, {
    file: rel,
    hint: "restore the file Spec Kit wrote (`specify init --here --force --integration <agent> --script sh` rewrites it), then commit",
    code: "speckit.bad-speckit-file",
  });
}

/**
 * The installed layout, or undefined when the repository has no `.specify/` (Spec Kit is not
 * installed). Throws a UserError when Spec Kit is installed but not for this agent.
 */
export async function detectLayout(repo: string, agent: AgentName, phases: readonly Phase[]): Promise<SpeckitLayout | undefined> {
  if (!(await isDir(path.join(repo, ".specify")))) return undefined;
  const state = await readJson(repo, INTEGRATION_FILE);
  let layout: SpeckitLayout;
  if (state) {
    const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
    const installed = new Set<string>(
      [
        ...(Array.isArray(state.installed_integrations) ? (state.installed_integrations as unknown[]) : []),
        state.integration,
        state.default_integration,
      ]
        .map(str)
        .filter((v): v is string => v !== undefined),
    );
    const key = agent === "command" ? (str(state.default_integration) ?? str(state.integration)) : agent;
    if (agent !== "command" && !installed.has(agent)) {
      const have = [...installed].join(", ") || "no integration";
      throw new UserError(`Spec Kit in this repository is installed for ${have} (${INTEGRATION_FILE}), not for ${agent}`, {
        file: INTEGRATION_FILE,
        hint: `run \`specify integration install ${agent}\` in the repository and commit what it adds, or choose the agent it has (agent: ${[...installed][0] ?? "claude"})`,
        code: "speckit.integration-missing",
      });
    }
    const settings = (
      state.integration_settings && typeof state.integration_settings === "object" ? state.integration_settings : {}
    ) as Record<string, { invoke_separator?: unknown } | undefined>;
    const sep = key ? settings[key]?.invoke_separator : undefined;
    const options = await readJson(repo, INIT_OPTIONS_FILE).catch(() => undefined);
    const numbering = str(options?.feature_numbering) ?? str(options?.branch_numbering);
    layout = {
      generation: 1,
      integration: key,
      version: str(state.version),
      separator: sep === "-" ? "-" : ".",
      prefix: key && DOLLAR_PREFIX.has(key) ? "$" : "/",
      numbering: numbering === "timestamp" ? "timestamp" : "sequential",
    };
  } else {
    layout = { generation: 0, integration: agent === "command" ? undefined : agent, separator: ".", prefix: "/", numbering: "sequential" };
  }
  if (agent !== "command") {
    for (const phase of phases) {
      const file = commandFile(layout, agent, phase);
      if (file && (await isFile(path.join(repo, file)))) continue;
      throw new UserError(
        `Spec Kit in this repository has no ${phase} command for ${agent}: ${file ?? "(no known command file)"} is missing`,
        {
          file,
          hint:
            layout.generation === 1
              ? `run \`specify integration install ${agent}\` in the repository (or \`specify init --here --force --integration ${agent} --script sh\`) and commit what it adds`
              : `this is the Spec Kit 0.0.x layout; install Spec Kit 1.x for ${agent} with \`specify init --here --force --integration ${agent} --script sh\` and commit what it adds`,
          code: "speckit.command-missing",
        },
      );
    }
  }
  return layout;
}
