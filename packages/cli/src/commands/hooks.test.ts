import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Git } from "@specpipe/core/git/git";
import { playbookAdvance } from "@specpipe/core/playbook/gate";
import { cloneRepo, createRepo, TEST_ENV, type TestRepo } from "../../../../test/harness/repo.js";
import { useSpecCliBundle } from "../../../../test/harness/spec-cli-bundle.js";
import { main } from "../main.js";

/**
 * Everyday git with the hooks installed, driven through real git: the README's quick start, then
 * merges, git pull (merge and rebase), reverts, cherry-picks, fixup!/squash! with an autosquash
 * rebase, and pushes; bad messages and hand edits of the beacon are still refused. The range
 * checks (commits check, playbook check) then judge the pushed history as the actions do.
 */
const repos: TestRepo[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(repos.splice(0).map((r) => r.cleanup()));
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

const entry = useSpecCliBundle(180_000);

async function cli(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const env = { ...process.env, ...TEST_ENV };
  delete env.GITHUB_ACTIONS;
  const code = await main(argv, { cwd, env, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** git as a person runs it: no editor (GIT_EDITOR=true keeps git's message), the hooks on. */
function person(dir: string): Git {
  return new Git({ cwd: dir, env: { ...TEST_ENV, GIT_EDITOR: "true", GIT_SEQUENCE_EDITOR: "true" } });
}

async function ok(g: Git, args: string[], input?: string): Promise<string> {
  const r = await g.raw(args, { input });
  expect(r.code, `git ${args.join(" ")}\n${r.stderr.toString()}${r.stdout.toString()}`).toBe(0);
  return r.stdout.toString();
}

/** Writes `file`, stages everything and commits through the hooks, which must let it through (`args` follow `git commit -q`). */
async function commitFile(g: Git, repo: TestRepo, file: string, content: string, ...args: string[]): Promise<string> {
  await repo.write(file, content);
  await ok(g, ["add", "-A"]);
  return ok(g, ["commit", "-q", ...args]);
}

async function refused(g: Git, args: string[], input?: string): Promise<string> {
  const r = await g.raw(args, { input });
  expect(r.code, `git ${args.join(" ")} should have been refused`).not.toBe(0);
  return r.stderr.toString();
}

/** The repository after the README's quick start, with the hooks installed and the first commit pushed. */
async function quickStart(): Promise<{ repo: TestRepo; g: Git }> {
  const repo = await createRepo({ files: { "README.md": "# widgets\n" } });
  repos.push(repo);
  expect((await cli(repo.dir, "init", "--template", "refinement")).code).toBe(0);
  const inst = await cli(repo.dir, "hooks", "install", "--runner", `'${process.execPath}' '${entry()}'`);
  expect(inst.code, inst.err).toBe(0);
  // README, quick start: the first commit, exactly as written there.
  const amend = await cli(repo.dir, "amend", "--reason", "the living spec starts here");
  expect(amend.code, amend.err).toBe(0);
  const g = person(repo.dir);
  await ok(g, ["add", "-A"]);
  await ok(g, ["commit", "-q", "-m", "spec: start the living spec", "-m", "The playbook, its beacon and the first version of the spec."]);
  const msg = await g.run(["log", "-1", "--format=%B"]);
  expect(msg).toMatch(/Spec-Hash: [0-9a-f]{12}\nPlaybook-Step: A1\n/);
  await ok(g, ["push", "-q", "origin", "HEAD:refs/heads/main"]);
  return { repo, g };
}

/** The gate advancing in CI, in its own clone (as the playbook-gate action does on the default branch). */
async function ciAdvance(remote: string): Promise<void> {
  const ci = await cloneRepo(remote);
  cleanups.push(ci.cleanup);
  const r = await playbookAdvance({ root: ci.dir, git: ci.git, ci: { id: "77", attempt: 1 }, push: true });
  expect(r.advanced).toBe(true);
}

/** A teammate's commit on origin/main (made without hooks, well-formed). */
async function teammate(remote: string, file: string, step: string): Promise<void> {
  const t = await cloneRepo(remote);
  cleanups.push(t.cleanup);
  await fs.writeFile(path.join(t.dir, file), "teammate\n");
  const spec = (await cli(t.dir, "spec", "hash")).out.trim();
  await t.git.run(["add", "-A"]);
  await t.git.run(["commit", "-q", "--no-verify", "--file=-"], {
    input: `docs: ${file} from a teammate\n\nSpec-Hash: ${spec}\nPlaybook-Step: ${step}\n`,
  });
  await t.git.run(["push", "-q", "origin", "HEAD:refs/heads/main"]);
}

describe("everyday git with the hooks installed", () => {
  it("quick start, merge, pull (merge and rebase), revert, cherry-pick, fixup!/squash! and push; the range checks agree", async () => {
    const { repo, g } = await quickStart();
    const start = await g.run(["rev-parse", "HEAD"]);

    // A feature branch, merged into main with a merge commit (commit-msg runs on MERGE_MSG).
    await ok(g, ["checkout", "-q", "-b", "feature"]);
    await commitFile(g, repo, "src/a.ts", "export const a = 1;\n", "-m", "feat(a): add a", "-m", "The spec asks for a.");
    await ok(g, ["checkout", "-q", "main"]);
    await commitFile(g, repo, "src/b.ts", "export const b = 1;\n", "-m", "feat(b): add b", "-m", "The spec asks for b.");
    await ok(g, ["merge", "--no-ff", "feature"]);
    expect(await g.run(["log", "-1", "--format=%s"])).toBe("Merge branch 'feature'\n");

    // git pull with a merge: a teammate pushed meanwhile.
    await teammate(repo.remote, "notes.md", "A1");
    await ok(g, ["pull", "--no-rebase", "-q", "origin", "main"]);
    expect((await g.run(["log", "-1", "--format=%p"])).trim().split(" ")).toHaveLength(2);

    // A revert (git revert replays the inverse; only prepare-commit-msg runs).
    await ok(g, ["revert", "--no-edit", "HEAD^2"]);
    expect(await g.run(["log", "-1", "--format=%B"])).toMatch(
      /^Revert "docs: notes\.md from a teammate"\n[\s\S]*Spec-Hash: [0-9a-f]{12}\nPlaybook-Step: A1\n/,
    );

    // fixup! and squash! commits, then an autosquash rebase.
    await commitFile(g, repo, "src/b.ts", "export const b = 2;\n", "--fixup=HEAD");
    await commitFile(g, repo, "src/c.ts", "export const c = 1;\n", "--squash=HEAD~1", "-m", "and c");
    await ok(g, ["push", "-q", "origin", "HEAD:refs/heads/main"]);
    await ok(g, ["checkout", "-q", "-b", "tidy"]);
    await ok(g, ["rebase", "-q", "-i", "--autosquash", "main~3"]);
    expect(await g.run(["log", "--format=%s", "-1"])).toMatch(/^Revert/);

    // The gate advances A1 → A2 in CI; a local branch made in A1 is rebased onto it (git pull
    // --rebase): the hook gives the replayed commits the step active at their new parent.
    await ok(g, ["checkout", "-q", "-b", "side", "main"]);
    await commitFile(g, repo, "src/e.ts", "export const e = 1;\n", "-m", "feat(e): add e", "-m", "The spec asks for e.");
    await ok(g, ["checkout", "-q", "main"]);
    await ok(g, ["checkout", "-q", "-b", "work"]);
    await commitFile(g, repo, "src/d.ts", "export const d = 1;\n", "-m", "feat(d): add d", "-m", "The spec asks for d.");
    expect(await g.run(["log", "-1", "--format=%(trailers:key=Playbook-Step,valueonly)"])).toBe("A1\n\n");
    await ciAdvance(repo.remote);
    await ok(g, ["pull", "--rebase", "-q", "origin", "main"]);
    expect(await g.run(["log", "-1", "--format=%(trailers:key=Playbook-Step,valueonly)"])).toBe("A2\n\n");

    // A cherry-pick of a commit made in A1 (with its old trailers) onto A2.
    await ok(g, ["checkout", "-q", "-b", "pick", "origin/main"]);
    await ok(g, ["cherry-pick", "side"]);
    expect(await g.run(["log", "-1", "--format=%(trailers:key=Playbook-Step,valueonly)"])).toBe("A2\n\n");
    await ok(g, ["checkout", "-q", "work"]);
    await ok(g, ["merge", "-q", "--no-ff", "pick"]);
    await ok(g, ["push", "-q", "origin", "HEAD:refs/heads/main"]);

    // The pushed history, judged as the actions judge it.
    const commits = await cli(repo.dir, "commits", "check", "--from", start.trim(), "--to", "origin/main");
    expect(commits.out + commits.err).toContain("all rules hold");
    expect(commits.code).toBe(0);
    const playbook = await cli(repo.dir, "playbook", "check", "--from", start.trim(), "--to", "origin/main");
    expect(playbook.out + playbook.err).toContain("check: ok");
    expect(playbook.code).toBe(0);
  });

  it("still refuses bad messages, a hand-edited beacon and a step that does not exist; pre-push catches --no-verify", async () => {
    const { repo, g } = await quickStart();
    await repo.write("src/y.ts", "y\n");
    await ok(g, ["add", "-A"]);
    expect(await refused(g, ["commit", "-q", "-m", "Add y."])).toContain('header: header "Add y."');
    expect(await refused(g, ["commit", "-q", "-m", "docs: add y", "-m", "Playbook-Step: B9"])).toContain(
      "playbook-step-unknown: Playbook-Step: B9 names no step of playbook.yml (the active step is A1)",
    );
    await ok(g, ["commit", "-q", "-m", "docs: add y"]);

    // A hand edit of the beacon: refused with the fix, and the trailer still says A1.
    const beacon = await repo.read("progress.json");
    await repo.write("progress.json", beacon.replace('"step": "A1"', '"step": "B3"'));
    await ok(g, ["add", "-A"]);
    const err = await refused(g, ["commit", "-q", "-m", "chore: skip ahead"]);
    expect(err).toContain("beacon-edited: progress.json is changed in this commit; only the playbook gate changes it, in CI");
    expect(err).toContain("git restore --staged --worktree --source=HEAD -- progress.json progress.md");
    // Committed anyway (--no-verify): the push is refused, and check refuses the range.
    await ok(g, ["commit", "-q", "--no-verify", "-m", "chore: skip ahead", "-m", "Playbook-Step: B3"]);
    const push = await refused(g, ["push", "origin", "HEAD:refs/heads/main"]);
    expect(push).toContain("commit.beacon-edited");
    const check = await cli(repo.dir, "playbook", "check", "--from", "origin/main");
    expect(check.code).toBe(1);
    expect(check.out).toContain("changes progress.json; only the playbook gate may, in CI");
    await ok(g, ["reset", "-q", "--hard", "HEAD~1"]);
    await ok(g, ["push", "-q", "origin", "HEAD:refs/heads/main"]);
  });

  it("a pull request that merged main after main advanced: its earlier commits keep their step", async () => {
    const { repo, g } = await quickStart();
    const base = (await g.run(["rev-parse", "HEAD"])).trim();
    await ok(g, ["checkout", "-q", "-b", "pr"]);
    await commitFile(g, repo, "src/p.ts", "p\n", "-m", "docs: p");
    await ciAdvance(repo.remote);
    await ok(g, ["fetch", "-q", "origin"]);
    await ok(g, ["merge", "--no-ff", "origin/main"]);
    await commitFile(g, repo, "src/q.ts", "q\n", "-m", "docs: q");
    expect(await g.run(["log", "-1", "--format=%(trailers:key=Playbook-Step,valueonly)"])).toBe("A2\n\n");
    // The pull request as GitHub describes it: base.sha is main as it was when the PR was opened.
    const r = await cli(repo.dir, "playbook", "check", "--from", base, "--pull-request");
    expect(r.out + r.err).not.toContain("wrong-step");
    // The gate's commit came in through the merge from main; on its own branch it is main's, not the PR's.
    expect(r.out).toContain("a pull request may not");
    const onlyPr = await cli(repo.dir, "playbook", "check", "--from", "origin/main", "--pull-request");
    expect(onlyPr.out + onlyPr.err).toContain("check: ok (3 commits)");
    expect(onlyPr.code).toBe(0);
  });
});

describe("merges, amends and reverts with the hooks installed", () => {
  it("a merge with a conflict resolved by hand and git commit --amend are accepted; a merge with its own beacon or spec is refused", async () => {
    const { repo, g } = await quickStart();
    const start = (await g.run(["rev-parse", "HEAD"])).trim();
    await commitFile(g, repo, "src/x.ts", "export const x = 0;\n", "-m", "feat(x): add x", "-m", "The spec asks for x.");
    await ok(g, ["checkout", "-q", "-b", "side"]);
    await commitFile(g, repo, "src/x.ts", "export const x = 1;\n", "-m", "feat(x): x is one", "-m", "The spec says one.");
    await ok(g, ["checkout", "-q", "main"]);
    await commitFile(g, repo, "src/x.ts", "export const x = 2;\n", "-m", "feat(x): x is two", "-m", "The spec says two.");
    // git commit --amend: the message keeps its trailers (prepare-commit-msg refreshes them).
    await ok(g, ["commit", "-q", "--amend", "--no-edit"]);
    await ok(g, ["commit", "-q", "--amend", "-m", "feat(x): x is two, really", "-m", "The spec says two."]);
    expect(await g.run(["log", "-1", "--format=%B"])).toMatch(
      /^feat\(x\): x is two, really\n\nThe spec says two\.\n\nSpec-Hash: [0-9a-f]{12}\nPlaybook-Step: A1\n/,
    );
    const mainTip = (await g.run(["rev-parse", "HEAD"])).trim();

    // A conflict, resolved by hand, committed as git proposes: accepted.
    const conflict = await g.raw(["merge", "side"]);
    expect(conflict.code).not.toBe(0);
    expect(conflict.stdout.toString()).toContain("CONFLICT (content): Merge conflict in src/x.ts");
    await repo.write("src/x.ts", "export const x = 3;\n");
    await ok(g, ["add", "src/x.ts"]);
    await ok(g, ["commit", "-q", "--no-edit"]);
    expect((await g.run(["log", "-1", "--format=%p"])).trim().split(" ")).toHaveLength(2);
    await ok(g, ["push", "-q", "origin", "HEAD:refs/heads/main"]);
    const check = await cli(repo.dir, "playbook", "check", "--from", start, "--to", "HEAD");
    expect(check.out + check.err).toContain("check: ok");

    // The same merge, with the beacon moved on inside it: refused, with the fix.
    await ok(g, ["reset", "-q", "--hard", mainTip]);
    expect((await g.raw(["merge", "side"])).code).not.toBe(0);
    await repo.write("src/x.ts", "export const x = 3;\n");
    const beacon = await repo.read("progress.json");
    await repo.write("progress.json", beacon.replace('"step": "A1"', '"step": "B3"'));
    await ok(g, ["add", "-A"]);
    const evil = await refused(g, ["commit", "-q", "--no-edit"]);
    expect(evil).toContain("merge-beacon: the merge's progress.json (or progress.md's Step and Details) is neither side's");
    expect(evil).toContain("git checkout --ours -- progress.json progress.md");
    // And with a spec neither side has.
    await ok(g, ["checkout", "--ours", "--", "progress.json"]);
    await repo.write("docs/spec.md", (await repo.read("docs/spec.md")) + "\nChanged inside the merge.\n");
    await ok(g, ["add", "-A"]);
    expect(await refused(g, ["commit", "-q", "--no-edit"])).toContain("merge-spec-change: the merge's spec");
    // Committed anyway (--no-verify): pre-push refuses the push.
    await ok(g, ["commit", "-q", "--no-verify", "--no-edit"]);
    const push = await refused(g, ["push", "origin", "HEAD:refs/heads/evil"]);
    expect(push).toContain("merge-spec-change");
  });

  it("two Playbook-Step trailers and a moved beacon are refused; git revert of a forged advance is accepted, a revert of that revert is not", async () => {
    const { repo, g } = await quickStart();
    await repo.write("src/z.ts", "z\n");
    await ok(g, ["add", "-A"]);
    expect(await refused(g, ["commit", "-q", "-m", "docs: z", "-m", "Playbook-Step: A1\nPlaybook-Step: B3"])).toContain(
      "playbook-step-several: the message has 2 Playbook-Step trailers (A1, B3); a commit is made in one step",
    );
    const pb = await repo.read("playbook.yml");
    await repo.write("playbook.yml", pb.replace(/^spec:/m, "beacon:\n  json: state/progress.json\n  markdown: state/progress.md\nspec:"));
    await ok(g, ["add", "-A"]);
    expect(await refused(g, ["commit", "-q", "-m", "docs: z"])).toContain(
      "beacon-moved: playbook.yml moves the beacon (progress.json, progress.md → state/progress.json, state/progress.md)",
    );
    await ok(g, ["checkout", "HEAD", "--", "playbook.yml"]);
    await ok(g, ["commit", "-q", "-m", "docs: z"]);
    await ok(g, ["push", "-q", "origin", "HEAD:refs/heads/main"]);

    // A forged advance that reached main (--no-verify twice), then reverted as the hint says.
    const beacon = await repo.read("progress.json");
    await repo.write("progress.json", beacon.replace('"step": "A1"', '"step": "A2"'));
    await ok(g, ["add", "-A"]);
    await ok(g, ["commit", "-q", "--no-verify", "-m", "chore(playbook): advance A1 → A2", "-m", "Playbook-Step: A2"]);
    await ok(g, ["push", "-q", "--no-verify", "origin", "HEAD:refs/heads/main"]);
    const forged = (await g.run(["rev-parse", "HEAD"])).trim();
    const check = await cli(repo.dir, "playbook", "check", "--from", `${forged}~1`);
    expect(check.code).toBe(1);
    expect(check.out).toContain(`Fix: revert it (git revert --no-edit ${forged.slice(0, 12)})`);
    await ok(g, ["revert", "--no-edit", forged]);
    await ok(g, ["push", "-q", "origin", "HEAD:refs/heads/main"]);
    const after = await cli(repo.dir, "playbook", "check", "--from", forged);
    expect(after.out + after.err).toContain("check: ok (1 commit)");
    // The revert of the revert would put the forged beacon back: pre-push refuses it.
    await ok(g, ["revert", "--no-edit", "HEAD"]);
    expect(await refused(g, ["push", "origin", "HEAD:refs/heads/main"])).toContain("commit.beacon-edited");
  });
});
