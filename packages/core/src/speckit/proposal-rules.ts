import { logSafe } from "../text/log-safe.js";
import type { AgentName } from "./agents.js";
import type { ProposalLimits } from "./proposal.js";

/**
 * Which changes a proposal may publish (ADR 0037): a pure function over the diff of the proposed
 * commit against its parent, as our own git read it from the bundle. By default a run may change
 * its one feature folder (`specs/<folder>/**`), and, when Spec Kit was installed by the run (the
 * base tree has no `.specify/`, which publish checks itself), `.specify/**` and the agent's
 * command folder. Nothing under `.github/` ever (workflows, and Copilot's commands with them),
 * no symlink, no submodule, no executable file outside `.specify/scripts/`, each file and all of
 * them within the size limits. Every refusal names its path.
 */
export interface ChangedEntry {
  path: string;
  /** A added, M modified, D deleted, T type changed. */
  status: string;
  oldMode: string;
  newMode: string;
  /** Bytes of the new blob (0 for a deletion). */
  size: number;
}

export interface Refusal {
  path: string;
  reason: string;
}

export interface ChangeRules {
  featureDir?: string;
  /** Spec Kit was installed by this run (publish's own finding: the base tree has no .specify/). */
  installed: boolean;
  agent: AgentName;
  limits: ProposalLimits;
}

/** Where `specify init --integration <agent>` puts an agent's commands (snapshots of Spec Kit 1.0.1; 0.0.x folders too). */
const COMMAND_FOLDERS: Record<AgentName, string[]> = {
  claude: [".claude/commands/", ".claude/skills/"],
  codex: [".agents/skills/", ".codex/prompts/"],
  gemini: [".gemini/commands/"],
  // Copilot's commands live under .github/, which a proposal never changes.
  copilot: [],
  command: [],
};

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MiB`;

export function allowedFolders(rules: Pick<ChangeRules, "featureDir" | "installed" | "agent">): string[] {
  const out = rules.featureDir ? [`${rules.featureDir}/`] : [];
  if (rules.installed) out.push(".specify/", ...COMMAND_FOLDERS[rules.agent]);
  return out;
}

export function checkChanges(entries: readonly ChangedEntry[], rules: ChangeRules): Refusal[] {
  const refused: Refusal[] = [];
  const allowed = allowedFolders(rules);
  let total = 0;
  for (const e of entries) {
    const reasons: string[] = [];
    const lower = e.path.toLowerCase();
    if (lower === ".github" || lower.startsWith(".github/")) reasons.push("nothing under .github/ is published from a proposal");
    else if (!allowed.some((f) => e.path.startsWith(f)))
      reasons.push(
        `outside the folders this run may change (${allowed.join(", ") || "none"}${
          !rules.installed &&
          (lower.startsWith(".specify/") ||
            Object.values(COMMAND_FOLDERS)
              .flat()
              .some((f) => e.path.startsWith(f)))
            ? "; Spec Kit was already installed, so its files are not this run's to change"
            : ""
        })`,
      );
    if (e.status !== "D") {
      if (e.newMode === "120000") reasons.push("a symlink");
      else if (e.newMode === "160000") reasons.push("a submodule");
      else if (e.newMode === "100755" && !e.path.startsWith(".specify/scripts/"))
        reasons.push("an executable file outside .specify/scripts/");
      else if (e.newMode !== "100644" && e.newMode !== "100755") reasons.push(`an entry of mode ${e.newMode}`);
      if (e.size > rules.limits.fileBytes) reasons.push(`${e.size} bytes, more than the ${mib(rules.limits.fileBytes)} a file may have`);
      total += e.size;
    }
    if (reasons.length) refused.push({ path: e.path, reason: reasons.join("; ") });
  }
  if (total > rules.limits.totalBytes)
    refused.push({
      path: "(all files)",
      reason: `${total} bytes together, more than the ${mib(rules.limits.totalBytes)} a proposal may have`,
    });
  return refused;
}

/** One refusal as one log line: the path quoted so that a name holding a line break or `::` stays text. */
export function refusalLine(r: Refusal): string {
  return `refused ${r.path === "(all files)" ? r.path : JSON.stringify(r.path)}: ${logSafe(r.reason)}`;
}
