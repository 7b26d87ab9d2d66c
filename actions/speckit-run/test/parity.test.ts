import { afterEach, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer } from "../../../test/harness/github-server.js";
import { runAction } from "../../../test/harness/run-action.js";
import { inputsAsFlags, runCli } from "../../../test/harness/run-cli.js";
import { createSpeckitFixture, remoteTree, type SpeckitFixture } from "../../../test/harness/speckit-fixture.js";

/**
 * Parity: the bundled speckit-run and the bundled `specpipe speckit run --pr` get the same inputs
 * (an input `x` is the flag `--x`), each over a fixture repository of its own with a local GitHub
 * server, and must push the same branch tree and open the same pull request, and render the same
 * job summary (`--markdown`) but for the run's id and times: both make runSpeckitMode's call
 * (core/speckit/options.ts) and render with core/speckit/summary.ts.
 *
 * Build first: node scripts/build.mjs --no-check speckit-run cli
 */
const TOKEN = "ghs_parityTOKEN0123456789";
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((c) => c()));
});

async function side(): Promise<{ fx: SpeckitFixture; gh: GitHubServer; env: NodeJS.ProcessEnv }> {
  const fx = await createSpeckitFixture();
  const gh = await startGitHubServer({ token: TOKEN });
  cleanups.push(fx.cleanup, () => gh.close());
  gh.state.addRepo({ owner: "acme", name: "widgets" });
  const env = { PATH: fx.path, GITHUB_API_URL: gh.url, GITHUB_TOKEN: TOKEN, SCRIPTED_AGENT_DIR: fx.agentDir, SCRIPTED_AGENT_MODE: "dump" };
  return { fx, gh, env };
}

/** What differs between two runs by nature: the run's id, its times and durations, the runner's folders. */
function timeless(text: string, fx: SpeckitFixture): string {
  return text
    .replaceAll(fx.scratch, "<scratch>")
    .replace(/sr-\d{8}T\d{6}Z-[0-9a-f]{8}/g, "<run>")
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>")
    .replace(/\b\d+(\.\d+)? ?(ms|s)\b/g, "<duration>");
}

describe("speckit-run and `specpipe speckit run` agree", () => {
  it("on a run with a title, labels and a draft pull request", async () => {
    const inputs = {
      spec: "Add CSV export to the monthly reports page",
      agent: "codex",
      "agent-env": "SCRIPTED_AGENT_MODE\nSCRIPTED_AGENT_DIR",
      phases: "specify,plan",
      title: "CSV export",
      labels: "spec\nautomated",
      draft: true,
      "safety-strategy": "unsafe",
    };
    const [a, c] = await Promise.all([side(), side()]);
    const action = await runAction("speckit-run", {
      cwd: a.fx.repo.dir,
      inputs: { ...inputs, token: TOKEN, "upload-artifact": false },
      eventName: "workflow_dispatch",
      env: { ...a.env, GITHUB_SERVER_URL: a.fx.serverUrl, GITHUB_REPOSITORY: "acme/widgets", RUNNER_TEMP: a.fx.scratch },
    });
    const cli = await runCli(
      [
        "speckit",
        "run",
        ...inputsAsFlags(inputs),
        `--remote=${c.fx.remoteUrl}`,
        "--repository=acme/widgets",
        `--workspace-root=${c.fx.scratch}`,
        "--pr",
        "--markdown",
      ],
      { cwd: c.fx.repo.dir, env: c.env },
    );
    expect(action.exitCode, action.stdout).toBe(0);
    expect(cli.code, cli.stderr).toBe(0);
    expect(action.outputs).toMatchObject({ status: "succeeded", branch: "002-csv-export-monthly", "pr-number": "1" });

    const branch = action.outputs.branch;
    expect(await remoteTree(c.fx.repo, branch)).toEqual(await remoteTree(a.fx.repo, branch));
    const [pa, pc] = [a.gh.state.repo("acme", "widgets")!.pull(1)!, c.gh.state.repo("acme", "widgets")!.pull(1)!];
    expect(pa.pull).toMatchObject({ head: branch, base: "main", draft: true });
    expect(pa.labels).toEqual(["spec", "automated"]);
    expect(pa.title).toBe("CSV export");
    expect({ ...pc.pull, url: undefined }).toMatchObject({ ...pa.pull, url: undefined });
    expect(pc.labels).toEqual(pa.labels);
    expect(pc.title).toBe(pa.title);
    expect(timeless(pc.body ?? "", c.fx)).toBe(timeless(pa.body ?? "", a.fx));
    expect(timeless(cli.stdout, c.fx).trim()).toBe(timeless(action.summary, a.fx).trim());
    // What was compared is a real run's: the spec on the branch, the branch in the summary and the PR body.
    expect((await remoteTree(a.fx.repo, branch)).map((e) => e.path)).toContain(`specs/${branch}/spec.md`);
    expect(action.summary).toContain(branch);
    expect(pa.body).toContain("specify");
  });

  it("refuses a bad input in the same words, naming the input or the flag", async () => {
    const a = await side();
    const action = await runAction("speckit-run", {
      cwd: a.fx.repo.dir,
      inputs: { spec: "x", retries: "11" },
      env: { ...a.env, GITHUB_SERVER_URL: a.fx.serverUrl, GITHUB_REPOSITORY: "acme/widgets" },
    });
    const cli = await runCli(["speckit", "run", "--spec=x", "--retries=11"], { cwd: a.fx.repo.dir, env: a.env });
    const words = 'must be a whole number from 0 to 10, got "11"';
    expect(action.exitCode).toBe(1);
    expect(action.stdout).toContain(`input "retries" ${words}`);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain(`speckit run: --retries ${words}`);
  });
});
