import { describe, expect, it } from "vitest";
import { DEFAULT_PROPOSAL_LIMITS } from "./proposal.js";
import { checkChanges, refusalLine, type ChangedEntry } from "./proposal-rules.js";

const add = (path: string, extra: Partial<ChangedEntry> = {}): ChangedEntry => ({
  path,
  status: "A",
  oldMode: "000000",
  newMode: "100644",
  size: 10,
  ...extra,
});
const rules = { featureDir: "specs/002-csv-export", installed: false, agent: "claude" as const, limits: DEFAULT_PROPOSAL_LIMITS };

describe("checkChanges", () => {
  it("lets a run change its own feature folder and nothing else", () => {
    expect(checkChanges([add("specs/002-csv-export/spec.md"), add("specs/002-csv-export/contracts/api.md")], rules)).toEqual([]);
    const refused = checkChanges([add("specs/003-other/spec.md"), add("README.md"), add("specs/002-csv-export-x/spec.md")], rules);
    expect(refused.map((r) => r.path)).toEqual(["specs/003-other/spec.md", "README.md", "specs/002-csv-export-x/spec.md"]);
    expect(refused[0].reason).toMatch(/outside the folders this run may change \(specs\/002-csv-export\/\)/);
  });

  it("never publishes under .github/, whatever the case or the install", () => {
    for (const p of [".github/workflows/ci.yml", ".GitHub/workflows/x.yml", ".github"]) {
      const [r] = checkChanges([add(p)], { ...rules, installed: true, agent: "copilot" });
      expect(r.reason).toMatch(/nothing under \.github\//);
    }
  });

  it("allows .specify/ and the agent's command folder only when the run installed Spec Kit", () => {
    const files = [
      add(".specify/templates/spec-template.md"),
      add(".claude/skills/speckit-plan/SKILL.md"),
      add(".specify/scripts/bash/common.sh", { newMode: "100755" }),
    ];
    expect(checkChanges(files, { ...rules, installed: true })).toEqual([]);
    const refused = checkChanges(files, rules);
    expect(refused).toHaveLength(3);
    expect(refused[0].reason).toMatch(/Spec Kit was already installed/);
    // Another agent's folder is not this agent's.
    expect(checkChanges([add(".agents/skills/speckit-plan/SKILL.md")], { ...rules, installed: true })).toHaveLength(1);
  });

  it("refuses symlinks, submodules and executables outside .specify/scripts/, even inside the feature folder", () => {
    const refused = checkChanges(
      [
        add("specs/002-csv-export/link", { newMode: "120000" }),
        add("specs/002-csv-export/sub", { newMode: "160000" }),
        add("specs/002-csv-export/run.sh", { newMode: "100755" }),
      ],
      rules,
    );
    expect(refused.map((r) => r.reason)).toEqual(["a symlink", "a submodule", "an executable file outside .specify/scripts/"]);
  });

  it("refuses a file over the limit, and all files over the total", () => {
    const big = checkChanges([add("specs/002-csv-export/big.bin", { size: 50 * 1024 * 1024 })], rules);
    expect(big[0].reason).toBe("52428800 bytes, more than the 1 MiB a file may have");
    const many = Array.from({ length: 11 }, (_, i) => add(`specs/002-csv-export/f${i}.md`, { size: 1024 * 1024 }));
    expect(checkChanges(many, rules)).toEqual([
      { path: "(all files)", reason: expect.stringMatching(/more than the 10 MiB a proposal may have/) },
    ]);
  });

  it("counts deletions inside the feature folder as allowed, and nowhere else", () => {
    expect(checkChanges([add("specs/002-csv-export/old.md", { status: "D", newMode: "000000", size: 0 })], rules)).toEqual([]);
    expect(checkChanges([add("docs/spec.md", { status: "D", newMode: "000000", size: 0 })], rules)).toHaveLength(1);
  });

  it("prints a refused path as text on one line, whatever it holds", () => {
    const line = refusalLine({ path: "specs/x\n::error::pwned", reason: "a symlink" });
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toBe('refused "specs/x\\n::error::pwned": a symlink');
  });
});
