import { promises as fs } from "node:fs";
import * as path from "node:path";
import { UserError } from "../errors.js";

/**
 * The repository's own choice of agent (FR-010), in `.specpipe/config.yml`:
 *
 *   speckit:
 *     agent: claude                 # codex | claude | gemini | copilot | command
 *     agent-command: "my-agent {prompt}"   # for agent: command
 *
 * Read from the clone of the base branch, so changing agent is a commit, not a workflow edit.
 */
export interface SpeckitConfig {
  agent?: string;
  command?: string;
}

export const CONFIG_FILE = ".specpipe/config.yml";

export async function readSpeckitConfig(repoDir: string): Promise<SpeckitConfig> {
  let text: string;
  try {
    text = await fs.readFile(path.join(repoDir, CONFIG_FILE), "utf8");
  } catch {
    return {};
  }
  const { parseDocument } = await import("yaml");
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new UserError(`${CONFIG_FILE} is not valid YAML: ${e.message.split("\n")[0]}`, {
      file: CONFIG_FILE,
      line: e.linePos?.[0]?.line,
      column: e.linePos?.[0]?.col,
      hint: "correct the YAML (speckit: { agent: codex })",
      code: "speckit.bad-config",
    });
  }
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const section = (data.speckit && typeof data.speckit === "object" ? data.speckit : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined);
  return { agent: str(section.agent), command: str(section["agent-command"]) };
}
