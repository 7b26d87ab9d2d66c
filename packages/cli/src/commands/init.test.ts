import { promises as fs } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cliInTerminal, reposAfterEach } from "../../../../test/harness/cli-in-process.js";

const cli = (cwd: string, ...argv: string[]) => cliInTerminal({}, cwd, ...argv);

const repo = reposAfterEach({ "README.md": "# x\n" });

describe("specpipe init", () => {
  it("writes the refinement template and refuses to overwrite", async () => {
    const r = await repo();
    const a = await cli(r.dir, "init");
    expect(a).toMatchObject({ code: 0, err: "" });
    expect(a.out).toBe(
      "specpipe init: wrote docs/adr/0001-record-architecture-decisions.md, docs/spec.md, playbook.yml, progress.json, progress.md (template refinement); the active step is A1\n",
    );
    const b = await cli(r.dir, "init", "--template", "phases");
    expect(b.code).toBe(1);
    expect(b.err).toMatch(
      /^specpipe: docs\/adr\/0001-record-architecture-decisions\.md: init does not overwrite files, and these exist: .*playbook\.yml, progress\.json, progress\.md\. Fix: move or rename them/,
    );
  });

  it("writes the phases template; --dry-run writes nothing; an unknown template is named", async () => {
    const r = await repo();
    const dry = await cli(r.dir, "init", "--template", "phases", "--dry-run");
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("+++ b/playbook.yml");
    expect(await r.exists("playbook.yml")).toBe(false);
    const j = await cli(r.dir, "init", "--template", "phases", "--json");
    expect(JSON.parse(j.out)).toMatchObject({ template: "phases", step: "spec-draft", written: true });
    expect(await fs.readFile(path.join(r.dir, "progress.md"), "utf8")).toContain("P1 Spec Draft, step 1: Spec draft (spec-draft).");
    const bad = await cli(r.dir, "init", "--template", "waterfall");
    expect(bad.err).toContain('there is no playbook template "waterfall". Fix: use --template refinement or --template phases');
  });
});

describe("specpipe init --beacon-only", () => {
  it("seals a beacon for an existing playbook and spec, which the gate then accepts; never overwrites", async () => {
    const r = await repo();
    await r.write("docs/spec.md", "# Our spec\r\n");
    await r.write(
      "playbook.yml",
      [
        "version: 1",
        "name: Ours",
        "phases:",
        "  - id: P",
        "    name: Only",
        "    steps:",
        "      - id: one",
        "        name: One",
        "        description: d",
        "        exit:",
        "          - type: spec-hash",
        "      - id: two",
        "        name: Two",
        "        description: d",
        "",
      ].join("\n"),
    );
    const a = await cli(r.dir, "init", "--beacon-only");
    expect(a).toMatchObject({ code: 0, err: "" });
    expect(a.out).toBe("specpipe init: wrote progress.json, progress.md; the active step is one\n");
    const beacon = JSON.parse(await fs.readFile(path.join(r.dir, "progress.json"), "utf8"));
    expect(beacon.specHash).toMatch(/^[0-9a-f]{64}$/);
    // The beacon is valid and its spec hash matches: the spec-hash condition holds.
    const status = await cli(r.dir, "playbook", "status", "--json");
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({ step: "one" });
    expect(status.out).toContain('"pass": true');
    const again = await cli(r.dir, "init", "--beacon-only");
    expect(again.code).toBe(1);
    expect(again.err).toContain("the beacon already exists: progress.json, progress.md");
  });
});
