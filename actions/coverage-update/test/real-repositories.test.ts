import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GITHUB_ACTIONS_BOT } from "@specpipe/core/defaults";
import { checkRange } from "@specpipe/core/commits/check";
import { computeSpecHash } from "@specpipe/core/spec/hash";
import { createPlaybookRepo } from "../../../test/harness/playbook-repo.js";
import { createRepo, tempDir, type TestRepo } from "../../../test/harness/repo.js";
import { REPO_ROOT, runAction } from "../../../test/harness/run-action.js";

/**
 * The bundled action on repositories in the shapes users have (the corpora of
 * packages/core/src/coverage/fixtures), on hostile files and inputs, and committing on a runner
 * that has no git identity.
 */
const FIXTURES = path.join(REPO_ROOT, "packages/core/src/coverage/fixtures");
const TABLE = "| Spec | Present | Spec'd | Tested | Notes |\n|---|---|---|---|---|\n";
const repos: TestRepo[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});
beforeAll(async () => {
  await fs.access(path.join(REPO_ROOT, "dist/coverage-update/index.js"));
});

async function filesOf(dir: string, prefix = ""): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await fs.readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, await filesOf(dir, rel));
    else out[rel] = await fs.readFile(path.join(dir, rel), "utf8");
  }
  return out;
}

async function repoWith(files: Record<string, string>): Promise<TestRepo> {
  const repo = await createRepo({ files });
  repos.push(repo);
  return repo;
}

/** What the action showed: its log, its summary and its outputs (not the mask it registers for its token). */
function shown(r: { stdout: string; stderr: string; summary: string; outputs: Record<string, string> }): string {
  const log = r.stdout
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
  return [log, r.stderr, r.summary, ...Object.values(r.outputs)].join("\n");
}

describe("coverage-update on real repository shapes (bundled action)", () => {
  it("105 numbered specs, a 61-row hand-written table, STATUS.md prose: one row per spec, prose kept, a second run writes nothing", async () => {
    const repo = await repoWith(await filesOf(path.join(FIXTURES, "numbered-repo")));
    const cov = await repo.read("docs/SPEC-COVERAGE.md");
    const status = await repo.read("docs/STATUS.md");
    const inputs = { "test-results": "reports/pytest.xml", "mark-tested": true };
    const dry = await runAction("coverage-update", { cwd: repo.dir, inputs: { ...inputs, "dry-run": true } });
    expect(dry.exitCode).toBe(0);
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(cov);

    const r = await runAction("coverage-update", { cwd: repo.dir, inputs });
    expect(r.exitCode).toBe(0);
    const added = JSON.parse(r.outputs["added-rows"]) as { key: string; row: string }[];
    expect(added).toHaveLength(45);
    expect(added.map((a) => a.row)).toContain("| 113 HTML Dashboard | ? | ? | ✓ | Pending |");
    // Orphan warnings only for the row that names nothing.
    const warnings = r.annotations.filter((a) => /orphan|ambiguous|duplicate/.test(a.title ?? ""));
    expect(warnings.map((a) => [a.title, a.line])).toEqual([["coverage: orphan-row", 74]]);
    const after = await repo.read("docs/SPEC-COVERAGE.md");
    // The 61 rows and everything around the table, byte for byte, but three Tested marks.
    const lastRow = "| Spec-Driven Design | ✓ | ✓ | ? | |\n";
    expect(after).toBe(
      cov
        .replace("| 015 Search | ✓ | ✓ | ? | |", "| 015 Search | ✓ | ✓ | ✓ | |")
        .replace("| 017 | ✓ | ✓ | ? | |", "| 017 | ✓ | ✓ | ✓ | |")
        .replace("| 054 Commit Provenance | ✓ | ✓ | ? | |", "| 054 Commit Provenance | ✓ | ✓ | ✓ | |")
        .replace(lastRow, lastRow + added.map((a) => a.row + "\n").join("")),
    );
    const newStatus = await repo.read("docs/STATUS.md");
    expect(newStatus).toContain("Total: 14 (API and workers). Run `pytest -q` to see them.");
    const link = "See [SPEC-COVERAGE.md](SPEC-COVERAGE.md) for the full mapping | updated by CI.\n";
    const selected = status.slice(status.indexOf("## Specs Implemented (Selected)"), status.indexOf(link) + link.length);
    expect(newStatus).toContain(selected + "\n- 001 Health\n- 002 Agent Orchestration\n");
    expect(newStatus).toContain(status.slice(status.indexOf("## Strategic gaps")));
    expect(r.outputs["test-count"]).toBe("14");

    const again = await runAction("coverage-update", { cwd: repo.dir, inputs });
    expect(again.exitCode).toBe(0);
    expect(again.outputs.changed).toBe("false");
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(after);
    expect(await repo.read("docs/STATUS.md")).toBe(newStatus);
  });

  it("a Spec Kit project: folders are the specs, flat copies are named in one warning each, no constitution row", async () => {
    const repo = await repoWith(await filesOf(path.join(FIXTURES, "speckit-repo")));
    const r = await runAction("coverage-update", { cwd: repo.dir });
    expect(r.exitCode).toBe(0);
    const rows = (JSON.parse(r.outputs["added-rows"]) as { row: string }[]).map((a) => a.row);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toBe("| 001 Event Discovery & RSVP | ? | ? | ? | Pending |");
    expect(rows.filter((x) => x.startsWith("| 007 "))).toEqual([
      "| 007 Calendar Sync | ? | ? | ? | Pending |",
      "| 007 iCal Export | ? | ? | ? | Pending |",
    ]);
    expect(rows.join("\n")).not.toMatch(/onstitution|Feature Spec|README/);
    const dup = r.annotations.filter((a) => a.title === "coverage: duplicate-spec");
    expect(dup.map((a) => a.file)).toEqual([
      "specs/001-event-discovery.md",
      "specs/002-rsvp-reminders.md",
      "specs/004-venue-maps.md",
      "specs/007-calendar-sync.md",
      "specs/010-dashboard-analytics.md",
    ]);
    expect(await repo.read("docs/STATUS.md")).toContain("## Specs Pending\n\n- 001 Event Discovery & RSVP\n");
    const again = await runAction("coverage-update", { cwd: repo.dir });
    expect(again.outputs.changed).toBe("false");
  });

  it("one-word keys inside titles, SPEC-001/S051 labels, label-only and bold H1s, escaped pipes: one row per spec, a second run writes nothing", async () => {
    const cov = [
      "# Coverage",
      "",
      TABLE.trimEnd(),
      "| SPEC-001 | ✓ | ✓ | ✓ | |",
      "| 002 Agent Orchestration API | ✓ (unit only) | ✅ Done | ? | see [API](../specs/api.md) \\| v2 |",
      "| S051 | ✓ | ✓ | ? |",
      "",
    ].join("\n");
    const repo = await repoWith({
      "specs/001-health-check.md": "# Spec: Health Check Endpoint\n",
      "specs/002-agent-orchestration-api.md": "# Spec: Agent Orchestration API\n",
      "specs/051-rate-limits.md": "# Spec 051 — Rate Limits\n",
      "specs/api.md": "# API\n",
      "specs/016-audit-log.md": "# Spec 016\n",
      "specs/017-bold-moves.md": "# **Spec 017:** Bold Moves\n",
      "specs/018-import-export.md": "# Spec 018: Import \\| Export\n",
      "docs/SPEC-COVERAGE.md": cov,
    });
    const first = await runAction("coverage-update", { cwd: repo.dir });
    expect(first.exitCode).toBe(0);
    expect((JSON.parse(first.outputs["added-rows"]) as { row: string }[]).map((a) => a.row)).toEqual([
      "| 016 Audit Log | ? | ? | ? | Pending |",
      "| 017 Bold Moves | ? | ? | ? | Pending |",
      "| 018 Import \\| Export | ? | ? | ? | Pending |",
      "| API | ? | ? | ? | Pending |",
    ]);
    expect(first.annotations.filter((a) => /orphan|ambiguous|duplicate/.test(a.title ?? ""))).toEqual([]);
    const after = await repo.read("docs/SPEC-COVERAGE.md");
    expect(after.startsWith(cov)).toBe(true);
    // validate reads the marks as written: "✓ (unit only)" is implemented, "✅ Done" is spec'd.
    const validate = await runAction("coverage-update", { cwd: repo.dir, inputs: { mode: "validate" } });
    expect(validate.exitCode).toBe(0);
    expect((JSON.parse(validate.outputs.gaps) as { kind: string }[]).filter((g) => g.kind === "specd-not-implemented")).toEqual([]);
    for (let run = 0; run < 2; run++) {
      const again = await runAction("coverage-update", { cwd: repo.dir });
      expect(again.exitCode).toBe(0);
      expect(again.outputs.changed).toBe("false");
      expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(after);
    }
  });

  it("a table whose header is close to the coverage table's, or the table in a block quote: one error at its line, no second table", async () => {
    for (const doc of [
      `# Coverage\n\n| Spec | Present | Tested | Notes |\n|---|---|---|---|\n| 001 A | ✓ | ✓ | |\n`,
      `# Coverage\n\n| # | Present | Spec'd | Tested | Notes |\n|---|---|---|---|---|\n| 001 A | ✓ | ✓ | ✓ | |\n`,
      `# Coverage\n\n| Feature | Present | Spec'd | Tested | Notes |\n|---|---|---|---|---|\n| 001 A | ✓ | ✓ | ✓ | |\n`,
      `# Coverage\n\n> | Spec | Present | Spec'd | Tested | Notes |\n> |---|---|---|---|---|\n> | 001 A | ✓ | ✓ | ✓ | |\n`,
    ]) {
      const repo = await repoWith({ "specs/001-a.md": "# A\n", "specs/002-b.md": "# B\n", "docs/SPEC-COVERAGE.md": doc });
      const r = await runAction("coverage-update", { cwd: repo.dir });
      expect(r.exitCode).toBe(1);
      const errors = r.annotations.filter((a) => a.level === "error");
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: "docs/SPEC-COVERAGE.md", line: 3 });
      expect(errors[0].message).toMatch(
        /^docs\/SPEC-COVERAGE\.md:3: (this table looks like the coverage table|the coverage table is inside a block quote)/,
      );
      expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(doc);
    }
  });
});

describe("hostile files and inputs (bundled action)", () => {
  const TOKEN = "ghs_0123456789abcdefSECRET";
  const env = { GITHUB_TOKEN: TOKEN };

  it("SPEC-COVERAGE.md -> /proc/self/environ: one error, nothing of the environment in the log, summary or outputs, dry run too", async () => {
    const repo = await repoWith({ "specs/001-a.md": "# A\n", "docs/STATUS.md": "# S\n" });
    await fs.symlink("/proc/self/environ", path.join(repo.dir, "docs/SPEC-COVERAGE.md"));
    await repo.commit("docs: link");
    for (const dryRun of [true, false]) {
      const r = await runAction("coverage-update", { cwd: repo.dir, env, inputs: { "dry-run": dryRun, token: TOKEN } });
      expect(r.exitCode).toBe(1);
      const errors = r.annotations.filter((a) => a.level === "error");
      expect(errors).toHaveLength(1);
      expect(errors[0].message).toContain('coverage-file "docs/SPEC-COVERAGE.md" is a symlink');
      const all = shown(r);
      expect(all).not.toContain(TOKEN);
      expect(all).not.toContain("INPUT_TOKEN");
      expect(all).not.toContain("GITHUB_TOKEN");
      expect(all).not.toContain(process.env.PATH!);
    }
    expect((await fs.lstat(path.join(repo.dir, "docs/SPEC-COVERAGE.md"))).isSymbolicLink()).toBe(true);
  });

  it("a symlink to a file outside the workspace is refused with commit: true; the file outside and the repository stay as they were", async () => {
    const outside = tempDir("specpipe-outside-");
    dirs.push(outside);
    await fs.writeFile(path.join(outside, "notes.md"), `# private\n\n${TABLE}`);
    const repo = await repoWith({ "specs/001-a.md": "# A\n" });
    await fs.mkdir(path.join(repo.dir, "docs"));
    await fs.symlink(path.join(outside, "notes.md"), path.join(repo.dir, "docs/SPEC-COVERAGE.md"));
    await repo.commit("docs: link");
    const head = await repo.git.head();
    const r = await runAction("coverage-update", { cwd: repo.dir, inputs: { commit: true } });
    expect(r.exitCode).toBe(1);
    expect(shown(r)).not.toContain("# private");
    expect(await fs.readFile(path.join(outside, "notes.md"), "utf8")).toBe(`# private\n\n${TABLE}`);
    expect(await repo.git.head()).toBe(head);
    expect(await repo.git.status()).toEqual([]);
  });

  it.each([
    ["coverage-file", "../../x.md"],
    ["status-file", "../../../etc/passwd"],
    ["specs-dir", "../../../etc"],
    ["working-directory", "../.."],
    ["test-results", "../../**/*.xml"],
  ])("%s: %s fails with one error, nothing read or written", async (input, value) => {
    const repo = await repoWith({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": TABLE });
    const r = await runAction("coverage-update", { cwd: repo.dir, inputs: { [input]: value } });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain(`${input} "${value}"`);
    expect(r.outputs).toEqual({});
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(TABLE);
    expect(await repo.git.status()).toEqual([]);
  });

  it("a link in specs/ that is no spec is a warning, skip adds to the defaults, a globbed report that is a link and a path through a file are one error each", async () => {
    const repo = await repoWith({
      "specs/001-a.md": "# A\n",
      "specs/constitution.md": "# Constitution\n",
      "specs/drafts.md": "# Drafts\n",
      "README.md": "# Project\n",
      "docs/SPEC-COVERAGE.md": TABLE,
      "reports/a.xml": '<testsuite name="s" tests="1"><testcase name="t"/></testsuite>\n',
    });
    await fs.symlink("../docs", path.join(repo.dir, "specs/assets"));
    const r = await runAction("coverage-update", { cwd: repo.dir, inputs: { skip: "drafts", "dry-run": true } });
    expect(r.exitCode).toBe(0);
    expect((JSON.parse(r.outputs["added-rows"]) as { key: string }[]).map((a) => a.key)).toEqual(["001-a"]);
    expect(r.annotations.find((a) => a.title === "coverage: symlink-skipped")).toMatchObject({ level: "warning", file: "specs/assets" });

    await fs.symlink("/proc/self/environ", path.join(repo.dir, "reports/b.xml"));
    const link = await runAction("coverage-update", { cwd: repo.dir, inputs: { "test-results": "reports/*.xml", "dry-run": true } });
    expect(link.exitCode).toBe(1);
    expect(link.annotations.filter((a) => a.level === "error")).toEqual([
      expect.objectContaining({ file: "reports/b.xml", message: expect.stringContaining("test-results: reports/b.xml is a symlink") }),
    ]);
    expect(shown(link)).not.toMatch(/INPUT_|GITHUB_TOKEN=/);

    const through = await runAction("coverage-update", { cwd: repo.dir, inputs: { "coverage-file": "README.md/SPEC-COVERAGE.md" } });
    expect(through.exitCode).toBe(1);
    expect(through.stdout).not.toContain("internal error");
    expect(through.annotations.filter((a) => a.level === "error")).toEqual([
      expect.objectContaining({ file: "README.md/SPEC-COVERAGE.md", message: expect.stringContaining("a folder on its path is a file") }),
    ]);
  });

  it("a 50 MB spec heading: the file gets its row, the log, outputs and summary are cut to the runner's limits with a marker", async () => {
    const repo = await repoWith({
      "specs/001-a.md": "# A\n",
      "docs/SPEC-COVERAGE.md": TABLE,
      "docs/STATUS.md": "# S\n\n## Specs Pending\n",
    });
    const huge = "W".repeat(50 * 1024 * 1024);
    await repo.write("specs/002-huge.md", `# Spec: ${huge}\n`);
    const r = await runAction("coverage-update", { cwd: repo.dir });
    expect(r.exitCode).toBe(0);
    expect((await repo.read("docs/SPEC-COVERAGE.md")).length).toBeGreaterThan(50 * 1024 * 1024); // the user's file is whole
    expect(r.stdout.length).toBeLessThan(6 * 1024 * 1024);
    expect(r.stdout).toMatch(/\[specpipe: \d+ more characters cut here/);
    const outputBytes = Object.entries(r.outputs).reduce((n, [k, v]) => n + k.length + v.length, 0) * 2;
    expect(outputBytes).toBeLessThanOrEqual(1_000_000);
    expect(r.outputs.diff).toMatch(/\[specpipe: \d+ more characters cut here/);
    expect(r.outputs.changed).toBe("true");
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
    expect(r.summary).toContain("The rest was cut");
  }, 120_000);

  it("temp files a killed run left next to the docs are removed by the next run, and only those", async () => {
    const repo = await repoWith({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": TABLE, "docs/STATUS.md": "# S\n" });
    // A run killed while writing: pid of a process that has exited.
    const r0 = await runAction("coverage-update", { cwd: repo.dir, inputs: { "dry-run": true } });
    expect(r0.exitCode).toBe(0);
    const dead = 2 ** 22 + 7; // above the kernel's pid_max: no such process
    await repo.write(`docs/.SPEC-COVERAGE.md.${dead}.0badc0de.tmp`, "| half a row");
    await repo.write(`docs/.STATUS.md.${dead}.tmp`, "# S");
    await repo.write(`docs/.notes.md.${dead}.0badc0de.tmp`, "not ours to remove");
    const r = await runAction("coverage-update", { cwd: repo.dir });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      `removed 2 temp file(s) a killed run had left: docs/.SPEC-COVERAGE.md.${dead}.0badc0de.tmp, docs/.STATUS.md.${dead}.tmp`,
    );
    expect((await fs.readdir(path.join(repo.dir, "docs"))).sort()).toEqual([
      `.notes.md.${dead}.0badc0de.tmp`,
      "SPEC-COVERAGE.md",
      "STATUS.md",
    ]);
  });
});

describe("commit: true on a fresh runner (bundled action)", () => {
  // A runner whose git has no identity at all: empty HOME, no global or system config.
  async function bareRunner(): Promise<NodeJS.ProcessEnv> {
    const home = tempDir("specpipe-home-");
    dirs.push(home);
    return {
      HOME: home,
      GIT_CONFIG_GLOBAL: "/dev/null",
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_AUTHOR_NAME: undefined,
      GIT_AUTHOR_EMAIL: undefined,
      GIT_COMMITTER_NAME: undefined,
      GIT_COMMITTER_EMAIL: undefined,
      EMAIL: undefined,
    };
  }

  it("commits as github-actions[bot] with the Spec-Hash and Playbook-Step trailers the repository's rules ask for, and pushes", async () => {
    // A repository as `specpipe init` leaves it: a playbook, and its beacon committed at the first step.
    const repo = await createPlaybookRepo({
      playbook:
        "version: 1\nname: demo\nspec:\n  - docs/spec.md\nphases:\n  - id: A\n    name: Build\n    steps:\n      - id: implement\n        name: Implement\n        description: The first step.\n",
      files: { "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": TABLE, "docs/spec.md": "# The living spec\n" },
    });
    repos.push(repo);
    const base = await repo.git.head();
    const r = await runAction("coverage-update", { cwd: repo.dir, env: await bareRunner(), inputs: { commit: true } });
    expect(r.stdout).not.toContain("internal error");
    expect(r.exitCode).toBe(0);
    await repo.git.fetch("origin");
    const log = (await repo.git.run(["log", "-1", "--format=%an <%ae>%n%cn <%ce>%n%B", "origin/main"])).trim().split("\n");
    const bot = `${GITHUB_ACTIONS_BOT.name} <${GITHUB_ACTIONS_BOT.email}>`;
    expect(log.slice(0, 3)).toEqual([bot, bot, "docs(coverage): add 1 spec row(s)"]);
    const hash = await computeSpecHash({ root: repo.dir });
    expect(log).toContain(`Spec-Hash: ${hash.short}`);
    expect(log).toContain("Playbook-Step: implement");
    // The commit passes spec-hash-check's rules (bots are not skipped here).
    const report = await checkRange(repo.git, { from: base, to: "origin/main" }, { botAuthors: [] });
    expect(report.violations).toEqual([]);
    expect(report.checked).toBe(1);
    expect(await repo.git.status()).toEqual([]);
  });

  it("without a living spec or a playbook there are no trailers; a configured identity is kept", async () => {
    const repo = await repoWith({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": TABLE });
    await repo.git.run(["config", "user.name", "Release Bot"]);
    await repo.git.run(["config", "user.email", "release@example.com"]);
    const r = await runAction("coverage-update", { cwd: repo.dir, env: await bareRunner(), inputs: { commit: true } });
    expect(r.exitCode).toBe(0);
    const msg = await repo.git.run(["log", "-1", "--format=%an <%ae>%n%B"]);
    expect(msg).toContain("Release Bot <release@example.com>");
    expect(msg).not.toMatch(/Spec-Hash|Playbook-Step/);
  });

  it("a bad playbook.yml, a gitignored document, a docs folder that is a symlink: one clear error each, nothing staged", async () => {
    const noInternal = (r: { stdout: string; exitCode: number | null; annotations: { level: string; message: string }[] }) => {
      expect(r.exitCode).toBe(1);
      expect(r.stdout).not.toContain("internal error");
      const errors = r.annotations.filter((a) => a.level === "error");
      expect(errors).toHaveLength(1);
      return errors[0].message;
    };
    const staged = async (repo: TestRepo) => (await repo.git.run(["diff", "--cached", "--name-only"])).trim();

    // A playbook.yml that does not parse: the trailers cannot be written; the docs are not left staged.
    const bad = await repoWith({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": TABLE, "playbook.yml": "version: 1\nphases: [\n" });
    const head = await bad.git.head();
    const m1 = noInternal(await runAction("coverage-update", { cwd: bad.dir, env: await bareRunner(), inputs: { commit: true } }));
    expect(m1).toMatch(/playbook\.yml/);
    expect(await staged(bad)).toBe("");
    expect(await bad.git.head()).toBe(head);

    // A document .gitignore hides: refused before anything is written.
    const ignored = await repoWith({ "specs/001-a.md": "# A\n", ".gitignore": "docs/STATUS.md\n", "docs/SPEC-COVERAGE.md": TABLE });
    await ignored.write("docs/STATUS.md", "# Status\n\n## Specs Pending\n");
    const m2 = noInternal(await runAction("coverage-update", { cwd: ignored.dir, env: await bareRunner(), inputs: { commit: true } }));
    expect(m2).toContain("docs/STATUS.md is ignored by git");
    expect(await ignored.read("docs/SPEC-COVERAGE.md")).toBe(TABLE);
    expect(await staged(ignored)).toBe("");

    // docs -> site/docs, inside the workspace: git cannot add "beyond a symbolic link".
    const linked = await repoWith({ "specs/001-a.md": "# A\n", "site/docs/SPEC-COVERAGE.md": TABLE });
    await fs.symlink("site/docs", path.join(linked.dir, "docs"));
    await linked.commit("chore: docs link");
    const m3 = noInternal(await runAction("coverage-update", { cwd: linked.dir, env: await bareRunner(), inputs: { commit: true } }));
    expect(m3).toContain("docs/SPEC-COVERAGE.md lies behind a symlinked folder (docs → site/docs)");
    expect(m3).toContain("site/docs/SPEC-COVERAGE.md");
    expect(await linked.read("site/docs/SPEC-COVERAGE.md")).toBe(TABLE);
    expect(await staged(linked)).toBe("");
  });

  it("on pull_request: the merge commit is refused (never pushed to refs/heads/7/merge); the PR's branch checked out is pushed", async () => {
    const repo = await repoWith({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": TABLE });
    await repo.git.run(["checkout", "--quiet", "--detach"]);
    const pr = {
      GITHUB_EVENT_NAME: "pull_request",
      GITHUB_REF: "refs/pull/7/merge",
      GITHUB_REF_NAME: "7/merge",
      GITHUB_HEAD_REF: "feature",
      GITHUB_BASE_REF: "main",
    };
    const commitOnPullRequest = async () =>
      runAction("coverage-update", {
        cwd: repo.dir,
        eventName: "pull_request",
        env: { ...(await bareRunner()), ...pr },
        inputs: { commit: true },
      });
    const r = await commitOnPullRequest();
    expect(r.exitCode).toBe(1);
    expect(r.stdout).not.toContain("internal error");
    const error = r.annotations.find((a) => a.level === "error")!;
    expect(error.message).toContain("the checkout is the pull request's merge commit (refs/pull/7/merge), not a branch");
    expect(error.message).toContain("ref: ${{ github.head_ref }}");
    expect(await repo.read("docs/SPEC-COVERAGE.md")).toBe(TABLE);
    expect(
      (await repo.git.run(["ls-remote", "origin"]))
        .split("\n")
        .filter((l) => l.includes("refs/heads/"))
        .map((l) => l.split("\t")[1]),
    ).toEqual(["refs/heads/main"]);

    // actions/checkout with ref: ${{ github.head_ref }}: the branch is checked out and is what is pushed.
    await repo.git.run(["checkout", "--quiet", "-b", "feature"]);
    await repo.push("feature");
    const ok = await commitOnPullRequest();
    expect(ok.exitCode).toBe(0);
    expect((await repo.git.run(["rev-parse", "HEAD"])).trim()).toBe(
      (await repo.git.run(["ls-remote", "origin", "refs/heads/feature"])).split("\t")[0],
    );
    expect(await repo.git.run(["ls-remote", "origin", "refs/heads/7/merge"])).toBe("");
  });

  it("a commit that fails (a hook refuses it) is one clear error and leaves nothing staged", async () => {
    const repo = await repoWith({ "specs/001-a.md": "# A\n", "docs/SPEC-COVERAGE.md": TABLE });
    const hook = path.join(repo.dir, ".git/hooks/pre-commit");
    await fs.writeFile(hook, "#!/bin/sh\necho 'pre-commit: docs are frozen this week' >&2\nexit 1\n", { mode: 0o755 });
    const head = await repo.git.head();
    const r = await runAction("coverage-update", { cwd: repo.dir, env: await bareRunner(), inputs: { commit: true } });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain("git commit of docs/SPEC-COVERAGE.md failed: pre-commit: docs are frozen this week");
    expect(r.stdout).not.toContain("internal error");
    expect(await repo.git.head()).toBe(head);
    expect((await repo.git.run(["diff", "--cached", "--name-only"])).trim()).toBe("");
    expect(await repo.git.status()).toEqual([{ code: " M", path: "docs/SPEC-COVERAGE.md" }]);
    // The next run, with the hook gone, commits what is there.
    await fs.rm(hook);
    const again = await runAction("coverage-update", { cwd: repo.dir, env: await bareRunner(), inputs: { commit: true } });
    expect(again.exitCode).toBe(0);
  });
});
