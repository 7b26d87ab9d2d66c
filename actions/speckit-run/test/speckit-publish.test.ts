import { promises as fs } from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GitHubServer } from "../../../test/harness/github-server.js";
import { runAction, type RunActionOptions } from "../../../test/harness/run-action.js";
import {
  remoteBranches,
  remoteTree,
  SNAPSHOT_VERSION,
  speckitSnapshots,
  type SpeckitFixture,
  type SpeckitFixtureOptions,
} from "../../../test/harness/speckit-fixture.js";
import { assertSpeckitBundle, runnerEnv, speckitWorlds } from "../../../test/harness/speckit-run-world.js";

/**
 * mode propose and mode publish as two steps of two jobs (ADR 0037), run as the bundled action:
 * a good proposal ends in the same branch and pull request (tree, title, body, labels) as mode run;
 * a proposal tampered with after the agent's job (as a compromised propose job could) is refused
 * before anything is pushed, or, for its title, body and labels, published neutralised.
 */
const TOKEN = "ghs_publishTOKEN0123456789";
const SPEC = "Add CSV export to the monthly reports page";
const worlds = speckitWorlds(TOKEN);

beforeAll(() => assertSpeckitBundle());

const snapshots = speckitSnapshots();

function setup(options: SpeckitFixtureOptions = {}) {
  return worlds.setup(options);
}

function run(fx: SpeckitFixture, gh: GitHubServer, inputs: RunActionOptions["inputs"]) {
  return runAction("speckit-run", {
    cwd: fx.repo.dir,
    inputs: { token: TOKEN, agent: "codex", "retention-days": 7, labels: "speckit, automated", ...inputs },
    eventName: "workflow_dispatch",
    env: runnerEnv(fx, gh, TOKEN),
  });
}

/** Propose, then copy the proposal into the workspace as actions/download-artifact would. */
async function propose(fx: SpeckitFixture, gh: GitHubServer, inputs: RunActionOptions["inputs"] = {}) {
  const r = await run(fx, gh, { mode: "propose", spec: SPEC, ...inputs });
  expect(r.exitCode, r.stdout + r.stderr).toBe(0);
  const downloaded = path.join(fx.repo.dir, ".speckit-proposal");
  await fs.cp(r.outputs["proposal-dir"], downloaded, { recursive: true });
  return { r, dir: downloaded, json: JSON.parse(await fs.readFile(path.join(downloaded, "proposal.json"), "utf8")) };
}

const publish = (fx: SpeckitFixture, gh: GitHubServer) => run(fx, gh, { mode: "publish", "proposal-dir": ".speckit-proposal" });
const remoteGit = (fx: SpeckitFixture, args: string[]) => fx.repo.git.run(["--git-dir", fx.repo.remote, ...args]);
const errorsOf = (r: { annotations: { level?: string; type?: string; message: string }[] }) =>
  r.annotations.filter((a) => (a.level ?? a.type) === "error").map((a) => a.message);

describe("speckit-run propose then publish", () => {
  it("publishes a good proposal exactly as mode run: same branch, tree, title, body and labels", async () => {
    const one = await setup();
    const ran = await run(one.fx, one.gh, { spec: SPEC });
    expect(ran.exitCode, ran.stdout).toBe(0);

    const two = await setup();
    const { r: proposed } = await propose(two.fx, two.gh);
    expect(proposed.outputs).toMatchObject({ status: "succeeded", branch: ran.outputs.branch, "pr-url": "", "pr-number": "" });
    // The propose step pushed nothing and wrote nothing on GitHub.
    expect(await remoteBranches(two.fx.repo)).toEqual(["main"]);
    expect(two.gh.requests.filter((q) => q.method !== "GET")).toEqual([]);
    const published = await publish(two.fx, two.gh);
    expect(published.exitCode, published.stdout + published.stderr).toBe(0);
    expect(published.outputs).toMatchObject({
      status: "succeeded",
      branch: ran.outputs.branch,
      "run-id": proposed.outputs["run-id"],
      "pr-number": ran.outputs["pr-number"],
      tokens: proposed.outputs.tokens,
    });
    expect(published.outputs["started-at"]).toBe(proposed.outputs["started-at"]);

    const branch = ran.outputs.branch;
    const tree = async (fx: SpeckitFixture) => (await remoteGit(fx, ["rev-parse", `refs/heads/${branch}^{tree}`])).trim();
    expect(await tree(two.fx)).toBe(await tree(one.fx));
    const message = async (fx: SpeckitFixture, runId: string) =>
      (await remoteGit(fx, ["log", "-1", "--format=%an <%ae>%n%B", `refs/heads/${branch}`])).split(runId).join("<run>");
    expect(await message(two.fx, proposed.outputs["run-id"])).toBe(await message(one.fx, ran.outputs["run-id"]));
    // One commit on main, as mode run makes.
    expect((await remoteGit(two.fx, ["rev-list", "--count", `refs/heads/main..refs/heads/${branch}`])).trim()).toBe("1");

    const pullOf = (repo: typeof one.repo, runId: string) => {
      const p = repo.pulls()[0];
      const norm = (s: string | null) =>
        (s ?? "")
          .split(runId)
          .join("<run>")
          .replace(/\d+\.\d s/g, "<s>");
      return { title: p.title, body: norm(p.body), labels: p.labels, head: p.pull!.head, base: p.pull!.base, draft: p.pull!.draft };
    };
    expect(pullOf(two.repo, proposed.outputs["run-id"])).toEqual(pullOf(one.repo, ran.outputs["run-id"]));
    expect(two.repo.pulls()[0].labels).toEqual(["speckit", "automated"]);

    // Published again (a rerun of the publish job alone): the branch holds it, the pull request is found.
    const tip = (await remoteGit(two.fx, ["rev-parse", `refs/heads/${branch}`])).trim();
    const again = await publish(two.fx, two.gh);
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs).toMatchObject({ status: "no_changes", "pr-number": ran.outputs["pr-number"] });
    expect((await remoteGit(two.fx, ["rev-parse", `refs/heads/${branch}`])).trim()).toBe(tip);
    expect(two.repo.pulls()).toHaveLength(1);
  });

  it("neutralises a forged title, body and labels: no workflow command, no mention, GitHub's lengths", async () => {
    const { fx, gh, repo } = await setup();
    const { dir, json } = await propose(fx, gh);
    json.pr.title = "::set-output name=pwned::1 cc @acme/owners";
    json.pr.body = "::add-mask::nothing\n  ::error::injected\nping @octocat and @acme/owners\n" + "x".repeat(70_000);
    json.pr.labels = ["@acme/owners", "::error::label", "l".repeat(80), "speckit", "speckit"];
    await fs.writeFile(path.join(dir, "proposal.json"), JSON.stringify(json));
    const r = await publish(fx, gh);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const pull = repo.pulls()[0];
    expect(pull.title).toBe(":\u200b:set-output name=pwned::1 cc `@acme/owners`");
    for (const line of (pull.body ?? "").split("\n")) expect(line).not.toMatch(/^\s*::/);
    expect(pull.body).toContain("ping `@octocat` and `@acme/owners`");
    expect([...(pull.body ?? "")].length).toBe(65_536);
    expect(pull.labels).toEqual(["`@acme/owners`", ":\u200b:error::label", "l".repeat(49) + "…", "speckit"]);
    // Nothing printed from the proposal became a workflow command.
    for (const line of r.stdout.split("\n"))
      expect(line).not.toMatch(/^\s*::(set-output name=pwned|add-mask::nothing|error::injected|error::label)/);
  });

  it("refuses a bundle that is not one commit on the base: two commits, a base not on main, a ref that is not the proposal's", async () => {
    const { fx, gh, repo } = await setup();
    const { dir, json } = await propose(fx, gh);
    const git = fx.repo.git;
    const bundle = path.join(dir, "proposal.bundle");
    const original = await fs.readFile(bundle);
    const main = (await git.run(["rev-parse", "HEAD"])).trim();
    const make = async (files: Record<string, string>, parent: string) => {
      await git.run(["read-tree", "--empty"]);
      let tree = (await git.run(["rev-parse", `${parent}^{tree}`])).trim();
      await git.run(["read-tree", tree]);
      for (const [f, c] of Object.entries(files)) {
        const blob = (await git.run(["hash-object", "-w", "--stdin"], { input: c })).trim();
        await git.run(["update-index", "--add", "--cacheinfo", `100644,${blob},${f}`]);
      }
      tree = (await git.run(["write-tree"])).trim();
      await git.run(["read-tree", "HEAD"]);
      return (await git.run(["commit-tree", tree, "-p", parent, "-m", "forged"])).trim();
    };
    const attempt = async (tip: string, not: string, patch: Record<string, unknown> = {}) => {
      await git.run(["update-ref", "refs/specpipe/proposal", tip]);
      await git.run(["bundle", "create", "--quiet", bundle, "refs/specpipe/proposal", `^${not}`]);
      await fs.writeFile(path.join(dir, "proposal.json"), JSON.stringify({ ...json, ...patch }));
      const r = await publish(fx, gh);
      expect(r.exitCode).not.toBe(0);
      expect(await remoteBranches(fx.repo)).toEqual(["main"]);
      expect(repo.pulls()).toEqual([]);
      return errorsOf(r).join("\n");
    };
    const feature = json.featureDir as string;
    const first = await make({ [`${feature}/spec.md`]: "# one\n" }, main);
    const second = await make({ [`${feature}/plan.md`]: "# two\n" }, first);
    expect(await attempt(second, main, { commit: second, parent: first })).toMatch(/the bundle holds 2 new commits/);
    // A base that is not on main: the bundle needs a commit the remote does not have.
    const elsewhere = await make({ "docs/other.md": "x\n" }, main);
    const onElsewhere = await make({ [`${feature}/spec.md`]: "# x\n" }, elsewhere);
    expect(
      await attempt(onElsewhere, elsewhere, { commit: onElsewhere, parent: elsewhere, base: { branch: "main", sha: elsewhere } }),
    ).toMatch(/refused "?proposal\.bundle"?: not a bundle of a commit on main/);
    // A branch of someone's, named like a feature: a proposal may not build on it.
    await git.run(["push", "--quiet", fx.repo.remote, `${first}:refs/heads/${json.branch}`]);
    await git.run(["update-ref", "refs/specpipe/proposal", second]);
    await git.run(["bundle", "create", "--quiet", bundle, "refs/specpipe/proposal", `^${first}`]);
    await fs.writeFile(path.join(dir, "proposal.json"), JSON.stringify({ ...json, commit: second, parent: first, resumed: true }));
    const onTheirs = await publish(fx, gh);
    expect(onTheirs.exitCode).not.toBe(0);
    expect(errorsOf(onTheirs).join("\n")).toMatch(/exists and was not made by speckit-run/);
    expect((await remoteGit(fx, ["rev-parse", `refs/heads/${json.branch}`])).trim()).toBe(first);
    await git.run(["push", "--quiet", fx.repo.remote, "--delete", json.branch]);
    // The proposal names one commit, the bundle holds another.
    await fs.writeFile(bundle, original);
    expect(await attempt(first, main, { commit: second })).toMatch(/must hold exactly the one ref refs\/specpipe\/proposal/);
  });

  it("refuses a proposal.json that is not one: a branch that is not a feature branch, a symlinked bundle, none at all", async () => {
    const { fx, gh } = await setup();
    const { dir, json } = await propose(fx, gh);
    await fs.writeFile(path.join(dir, "proposal.json"), JSON.stringify({ ...json, branch: "main" }));
    let r = await publish(fx, gh);
    expect(r.exitCode).not.toBe(0);
    expect(errorsOf(r).join("\n")).toMatch(/proposal\.json is not a proposal: branch: must be a feature branch name/);
    await fs.writeFile(path.join(dir, "proposal.json"), JSON.stringify(json));
    await fs.rm(path.join(dir, "proposal.bundle"));
    await fs.symlink("/etc/passwd", path.join(dir, "proposal.bundle"));
    r = await publish(fx, gh);
    expect(r.exitCode).not.toBe(0);
    expect(errorsOf(r).join("\n")).toMatch(/proposal\.bundle/);
    expect(errorsOf(r).join("\n")).toMatch(/symlink/);
    await fs.rm(dir, { recursive: true });
    r = await publish(fx, gh);
    expect(errorsOf(r).join("\n")).toMatch(/no proposal\.json in \.speckit-proposal: the propose job failed or uploaded nothing/);
    expect(await remoteBranches(fx.repo)).toEqual(["main"]);
  });

  it.skipIf(!snapshots.root)(
    "publishes the Spec Kit a run installed (.specify/ and the agent's folder), executables in .specify/scripts/ included",
    async () => {
      const { fx, gh } = await setup({
        agent: "speckit",
        withoutSpecify: true,
        installer: { snapshots: snapshots.root!, version: SNAPSHOT_VERSION },
      });
      const { r, json } = await propose(fx, gh, { agent: "claude" });
      expect(json.speckit).toEqual({ installed: true, installer: "specify" });
      const published = await publish(fx, gh);
      expect(published.exitCode, published.stdout + published.stderr).toBe(0);
      const files = await remoteTree(fx.repo, r.outputs.branch);
      const paths = files.map((f) => f.path);
      expect(paths).toContain(".specify/integration.json");
      expect(paths).toContain(".claude/skills/speckit-plan/SKILL.md");
      expect(files.find((x) => x.path === ".specify/scripts/bash/create-new-feature.sh")?.mode).toBe("100755");
    },
  );

  it("refuses changes to .specify/ when the base already had Spec Kit, whatever the proposal says", async () => {
    const { fx, gh } = await setup();
    const { dir, json } = await propose(fx, gh);
    const git = fx.repo.git;
    const main = (await git.run(["rev-parse", "HEAD"])).trim();
    const blob = (await git.run(["hash-object", "-w", "--stdin"], { input: "# injected\n" })).trim();
    await git.run(["read-tree", main]);
    await git.run(["update-index", "--add", "--cacheinfo", `100644,${blob},.specify/memory/constitution.md`]);
    await git.run(["update-index", "--add", "--cacheinfo", `100644,${blob},${json.featureDir}/spec.md`]);
    const tree = (await git.run(["write-tree"])).trim();
    await git.run(["read-tree", "HEAD"]);
    const forged = (await git.run(["commit-tree", tree, "-p", main, "-m", "forged"])).trim();
    await git.run(["update-ref", "refs/specpipe/proposal", forged]);
    await git.run(["bundle", "create", "--quiet", path.join(dir, "proposal.bundle"), "refs/specpipe/proposal", `^${main}`]);
    await fs.writeFile(
      path.join(dir, "proposal.json"),
      JSON.stringify({ ...json, commit: forged, speckit: { installed: true, installer: "specify" } }),
    );
    const r = await publish(fx, gh);
    expect(r.exitCode).not.toBe(0);
    expect(errorsOf(r).join("\n")).toMatch(
      /refused "\.specify\/memory\/constitution\.md": outside the folders this run may change .*Spec Kit was already installed/,
    );
    expect(await remoteBranches(fx.repo)).toEqual(["main"]);
  });
});
