import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CannotPlay, runWorkflow, World } from "../harness/workflow-runner/index.js";

/**
 * The workflow runner's own semantics, each against GitHub's documented behaviour, on small
 * workflows in a real repository served by the local GitHub server and git over HTTP.
 */
let world: World | undefined;

afterEach(async () => {
  await world?.close();
  world = undefined;
});

async function setup(files: Record<string, string>) {
  world = await World.create({ start: "2026-03-02T01:17:00Z" });
  const repo = await world.addRepository({ owner: "acme", name: "widgets", files });
  return { world, repo };
}

/** Runs .github/workflows/w.yml of acme/widgets on a push. */
const onPush = (w: World) => runWorkflow(w, { repository: "acme/widgets", workflow: ".github/workflows/w.yml", event: "push" });

/** A push workflow of one job `j` whose token has contents `contents` (none: `permissions: {}`), running `steps` (YAML at step indentation). */
function pushJob(contents: "read" | "write" | "none", steps: string): string {
  const permissions = contents === "none" ? "permissions: {}" : `permissions:\n  contents: ${contents}`;
  return `on: push
${permissions}
jobs:
  j:
    runs-on: ubuntu-latest
    steps:
${steps}`;
}

/** `pushJob` whose first step is actions/checkout. */
const checkoutJob = (contents: "read" | "write", steps: string) =>
  pushJob(contents, `      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n${steps}`);

const ECHO_ACTION = {
  "actions/echo/action.yml": `name: echo
inputs:
  greeting:
    description: what to say
    default: hello
  token:
    description: the token
    default: \${{ github.token }}
  who:
    description: to whom
runs:
  using: node24
  pre: pre.mjs
  main: main.mjs
  post: post.mjs
  post-if: always()
`,
  "actions/echo/pre.mjs": `import fs from "node:fs";
fs.appendFileSync(process.env.GITHUB_WORKSPACE + "/order.txt", "pre\\n");
`,
  "actions/echo/main.mjs": `import fs from "node:fs";
const out = process.env.GITHUB_OUTPUT;
fs.appendFileSync(out, "said<<EOF\\n" + process.env.INPUT_GREETING + " " + (process.env.INPUT_WHO ?? "") + "\\nEOF\\n");
fs.appendFileSync(out, "token-set=" + String(process.env.INPUT_TOKEN?.startsWith("ghs_")) + "\\n");
fs.appendFileSync(process.env.GITHUB_STATE, "started=" + process.env.INPUT_GREETING + "\\n");
fs.appendFileSync(process.env.GITHUB_WORKSPACE + "/order.txt", "main\\n");
console.log("::notice title=echo::said " + process.env.INPUT_GREETING);
`,
  "actions/echo/post.mjs": `import fs from "node:fs";
fs.appendFileSync(process.env.GITHUB_WORKSPACE + "/order.txt", "post " + process.env.STATE_started + "\\n");
console.log("::warning::post ran");
`,
};

describe("the workflow runner", () => {
  it("plays needs, job outputs, if: with status functions, continue-on-error and env at each level", async () => {
    const { world } = await setup({
      ".github/workflows/w.yml": `name: w
on: [push]
permissions:
  contents: read
env:
  LEVEL: workflow
  ONLY_WORKFLOW: w
jobs:
  first:
    runs-on: ubuntu-latest
    env:
      LEVEL: job
    outputs:
      value: \${{ steps.make.outputs.value }}
      multi: \${{ steps.make.outputs.multi }}
    steps:
      - id: make
        env:
          LEVEL: step
        run: |
          echo "value=$LEVEL-$ONLY_WORKFLOW" >> "$GITHUB_OUTPUT"
          { echo "multi<<END"; echo "line 1"; echo "line 2"; echo "END"; } >> "$GITHUB_OUTPUT"
          echo "FROM_ENV_FILE=set" >> "$GITHUB_ENV"
      - id: later
        run: echo "seen=$FROM_ENV_FILE $LEVEL" >> "$GITHUB_OUTPUT"
      - id: soft
        continue-on-error: true
        run: exit 3
      - id: after-soft
        run: echo "ran=yes" >> "$GITHUB_OUTPUT"
      - id: hard
        run: exit 4
      - id: skipped
        run: echo never
      - id: on-failure
        if: failure()
        run: echo "ran=yes" >> "$GITHUB_OUTPUT"
      - id: always
        if: always()
        run: echo "status=\${{ job.status }} soft=\${{ steps.soft.outcome }}/\${{ steps.soft.conclusion }}" >> "$GITHUB_OUTPUT"
  second:
    needs: first
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  third:
    needs: first
    if: \${{ always() && needs.first.result == 'failure' }}
    runs-on: ubuntu-latest
    steps:
      - id: read
        env:
          VALUE: \${{ needs.first.outputs.value }}
          MULTI: \${{ needs.first.outputs.multi }}
        run: echo "got=$VALUE|$MULTI" | tr '\\n' ' ' >> "$GITHUB_OUTPUT"
`,
    });
    const run = await onPush(world);
    const first = run.job("first");
    const step = (id: string) => first.steps.find((s) => s.id === id)!;
    expect(step("make").outputs.value).toBe("step-w");
    expect(step("later").outputs.seen).toBe("set job");
    expect([step("soft").outcome, step("soft").conclusion]).toEqual(["failure", "success"]);
    expect(step("after-soft").outputs.ran).toBe("yes");
    expect(step("hard").conclusion).toBe("failure");
    expect(step("skipped").outcome).toBe("skipped");
    expect(step("on-failure").outputs.ran).toBe("yes");
    expect(step("always").outputs.status).toBe("failure soft=failure/success");
    expect(first.conclusion).toBe("failure");
    expect(first.annotations).toContainEqual({ level: "error", message: "Process completed with exit code 4." });
    expect(run.jobs.second).toEqual([]);
    expect(run.job("third").steps[0].outputs.got).toBe("step-w|line 1 line 2 ");
    expect(run.conclusion).toBe("failure");
    // The run and its jobs are on the GitHub server, as a monitor would list them.
    const record = world.repository("acme/widgets").state.workflowRuns.find((r) => r.id === run.id)!;
    expect(record).toMatchObject({ status: "completed", conclusion: "failure", path: ".github/workflows/w.yml", event: "push" });
    expect(
      world
        .repository("acme/widgets")
        .state.jobs.filter((j) => j.runId === run.id)
        .map((j) => [j.name, j.conclusion]),
    ).toEqual([
      ["first", "failure"],
      ["second", "skipped"],
      ["third", "success"],
    ]);
  });

  it("runs a local JavaScript action with INPUT_* defaults from its action.yml, its pre and post steps and STATE_*", async () => {
    const { world } = await setup({
      ...ECHO_ACTION,
      ".github/workflows/w.yml": checkoutJob(
        "read",
        `      - id: hi
        uses: ./actions/echo
        with:
          who: world
          extra: 1
      - run: cat order.txt
`,
      ),
    });
    const run = await onPush(world);
    const job = run.job("j");
    expect(job.conclusion).toBe("success");
    const hi = job.steps.find((s) => s.id === "hi")!;
    expect(hi.outputs).toEqual({ said: "hello world", "token-set": "true" });
    expect(hi.annotations).toContainEqual({ level: "notice", message: "said hello", title: "echo" });
    // GitHub warns about a with: key the action does not declare, and still passes it.
    expect(hi.annotations.map((a) => a.message)).toContain("Unexpected input(s) 'extra', valid inputs are ['greeting', 'token', 'who']");
    // A local action is read after the checkout that brings it: its pre step cannot run before.
    expect(job.steps.at(-1)!.log).toEqual(["main"]);
    expect(job.posts.map((p) => p.name)).toEqual([
      "Post Run ./actions/echo",
      "Post Run actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683",
    ]);
    expect(await fs.readFile(path.join(job.workspace!, "order.txt"), "utf8")).toBe("main\npost hello\n");
    expect(job.posts[0].annotations).toEqual([{ level: "warning", message: "post ran" }]);
  });

  it("gives each job a GITHUB_TOKEN with its permissions, enforced by the API and by git, revoked when the job ends", async () => {
    const { world } = await setup({
      ".github/workflows/w.yml": `on: push
permissions: {}
jobs:
  reader:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - id: push
        continue-on-error: true
        run: git -c user.name=t -c user.email=t@example.com commit --allow-empty -qm x && git push origin HEAD:refs/heads/other
      - id: issues
        continue-on-error: true
        env:
          GH_TOKEN: \${{ github.token }}
        run: gh api repos/acme/widgets/issues --silent
  writer:
    runs-on: ubuntu-latest
    permissions:
      contents: write
      issues: read
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
      - run: git -c user.name=t -c user.email=t@example.com commit --allow-empty -qm x && git push -q origin HEAD:refs/heads/other
      - env:
          GH_TOKEN: \${{ github.token }}
        run: gh api repos/acme/widgets/issues --silent
  nothing:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
`,
    });
    const run = await onPush(world);
    const reader = run.job("reader");
    expect(reader.steps.find((s) => s.id === "push")!.outcome).toBe("failure");
    expect(reader.steps.find((s) => s.id === "push")!.log.join("\n")).toMatch(/Permission to acme\/widgets.git denied/);
    expect(reader.steps.find((s) => s.id === "issues")!.log.join("\n")).toMatch(/gh: Resource not accessible by integration \(HTTP 403\)/);
    expect(run.job("writer").conclusion).toBe("success");
    // permissions: {} at the workflow level: not even the checkout of a private repository.
    expect(run.job("nothing").conclusion).toBe("failure");
    expect(world.github.grantOf(reader.token!)).toBeUndefined();
    // The token never reached a log: the runner masks it, and git's config holds it base64-encoded only until the post step.
    for (const job of Object.values(run.jobs).flat())
      for (const step of [...job.steps, ...job.posts]) expect(step.log.join("\n")).not.toContain(job.token);
  });

  it("plays actions/checkout: a fresh clone into path, the folder emptied first, persist-credentials until the post step", async () => {
    const { world } = await setup({
      ".specpipe/backlog-state.json": "{}\n",
      ".github/workflows/w.yml": checkoutJob(
        "read",
        `      - id: before
        run: test -f .specpipe/backlog-state.json && echo "state=present" >> "$GITHUB_OUTPUT"
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with:
          repository: acme/tools
          path: .specpipe
          persist-credentials: false
      - id: after
        run: |
          if [ -f .specpipe/backlog-state.json ]; then echo "state=present" >> "$GITHUB_OUTPUT"; else echo "state=gone" >> "$GITHUB_OUTPUT"; fi
          echo "tool=$(cat .specpipe/tool.txt)" >> "$GITHUB_OUTPUT"
          echo "header=$(git config --get-regexp 'http[.].*[.]extraheader' | wc -l)" >> "$GITHUB_OUTPUT"
          echo "inner=$(git -C .specpipe config --get-regexp 'http[.].*[.]extraheader' | wc -l)" >> "$GITHUB_OUTPUT"
          echo "depth=$(git rev-list --count HEAD)" >> "$GITHUB_OUTPUT"
`,
      ),
    });
    const tools = await world.addRepository({ owner: "acme", name: "tools", files: { "tool.txt": "v1" } });
    void tools;
    const repo = world.repository("acme/widgets");
    await repo.work.commit("chore: second commit");
    await repo.work.push();
    const run = await onPush(world);
    const job = run.job("j");
    expect(job.conclusion).toBe("success");
    expect(job.steps.find((s) => s.id === "before")!.outputs.state).toBe("present");
    expect(job.steps.find((s) => s.id === "after")!.outputs).toEqual({ state: "gone", tool: "v1", header: "1", inner: "0", depth: "1" });
    expect(job.steps[2].log).toContain(`Deleting the contents of '${path.join(job.workspace!, ".specpipe")}'`);
    expect(job.steps[0].outputs.commit).toBe(run.sha);
    // The post step took the persisted credential out of .git/config.
    expect(await fs.readFile(path.join(job.workspace!, ".git", "config"), "utf8")).not.toMatch(/extraheader/);
  });

  it("sends git's two Authorization headers when a step adds its own on top of checkout's, and GitHub refuses them", async () => {
    const { world } = await setup({
      ".github/workflows/w.yml": checkoutJob(
        "write",
        `      - env:
          TOKEN: \${{ github.token }}
        run: |
          basic=$(printf 'x-access-token:%s' "$TOKEN" | base64 -w0)
          git -c "http.\${GITHUB_SERVER_URL}/.extraheader=AUTHORIZATION: basic $basic" fetch origin
`,
      ),
    });
    const run = await onPush(world);
    expect(run.job("j").steps[1].outcome).toBe("failure");
    expect(run.job("j").steps[1].log.join("\n")).toMatch(/Duplicate header: "Authorization"|error: 400/);
  });

  it("expands a matrix from fromJSON(needs.<job>.outputs.<name>) and fails an empty one before it starts", async () => {
    const { world } = await setup({
      ".github/workflows/w.yml": `on: workflow_dispatch
permissions: {}
jobs:
  plan:
    runs-on: ubuntu-latest
    outputs:
      items: \${{ steps.p.outputs.items }}
    steps:
      - id: p
        env:
          ITEMS: \${{ inputs.items }}
        run: echo "items=$ITEMS" >> "$GITHUB_OUTPUT"
  run:
    needs: plan
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        item: \${{ fromJSON(needs.plan.outputs.items) }}
    steps:
      - id: s
        env:
          ID: \${{ matrix.item.id }}
        run: echo "id=$ID" >> "$GITHUB_OUTPUT"
`,
    });
    const two = await runWorkflow(world, {
      repository: "acme/widgets",
      workflow: ".github/workflows/w.yml",
      event: "workflow_dispatch",
      inputs: { items: '[{"id":"a"},{"id":"b"}]' },
    });
    expect(two.jobs.run.map((l) => [l.name, l.steps[0].outputs.id])).toEqual([
      ['run ({"id":"a"})', "a"],
      ['run ({"id":"b"})', "b"],
    ]);
    const none = await runWorkflow(world, {
      repository: "acme/widgets",
      workflow: ".github/workflows/w.yml",
      event: "workflow_dispatch",
      inputs: { items: "[]" },
    });
    expect(none.conclusion).toBe("failure");
    expect(none.jobs.run[0].annotations[0].message).toMatch(/does not contain any values|matrix is empty/);
  });

  it("gives every process of a run the scenario's clock", async () => {
    const { world } = await setup({
      ".github/workflows/w.yml": pushJob(
        "none",
        `      - id: t
        run: |
          echo "node=$(node -e 'console.log(new Date().toISOString().slice(0, 10))')" >> "$GITHUB_OUTPUT"
          echo "date=$(date -u +%F)" >> "$GITHUB_OUTPUT"
          echo "epoch=$(date -u -d @0 +%F)" >> "$GITHUB_OUTPUT"
`,
      ),
    });
    world.clock.set("2027-05-06T07:08:09Z");
    const run = await onPush(world);
    expect(run.job("j").steps[0].outputs).toEqual({ node: "2027-05-06", date: "2027-05-06", epoch: "1970-01-01" });
    expect(world.repository("acme/widgets").state.workflowRuns.at(-1)!.createdAt.slice(0, 10)).toBe("2027-05-06");
  });

  it("runs the pre step of an action from another repository before the first step, and passes artifacts between jobs", async () => {
    const { world } = await setup({
      ".github/workflows/w.yml": `on: push
permissions:
  contents: read
jobs:
  make:
    runs-on: ubuntu-latest
    steps:
      - run: echo "first" >> order.txt
      - uses: acme/tools/actions/echo@v1
      - run: mkdir -p out/sub .hidden && echo one > out/a.txt && echo two > out/sub/b.txt && echo h > out/.secret
      - uses: actions/upload-artifact@65c4c4a1ddee5b72f698fdd19549f0f0fb45cf08
        with:
          name: out
          path: out/
      - id: again
        continue-on-error: true
        uses: actions/upload-artifact@65c4c4a1ddee5b72f698fdd19549f0f0fb45cf08
        with:
          name: out
          path: out/a.txt
  use:
    needs: make
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16
        with:
          name: out
          path: got
      - id: files
        run: echo "files=$(cd got && find . -type f | sort | tr '\\n' ' ')" >> "$GITHUB_OUTPUT"
      - id: missing
        continue-on-error: true
        uses: actions/download-artifact@fa0a91b85d4f404e444e00e005971372dc801d16
        with:
          name: nope
`,
    });
    const tools = await world.addRepository({ owner: "acme", name: "tools", files: ECHO_ACTION, private: false });
    await tools.work.git.run(["tag", "v1"]);
    await tools.work.git.run(["push", "--quiet", "origin", "refs/tags/v1"]);
    const run = await onPush(world);
    const make = run.job("make");
    expect(make.steps[0].name).toBe("Pre acme/tools/actions/echo@v1");
    expect(await fs.readFile(path.join(make.workspace!, "order.txt"), "utf8")).toBe("pre\nfirst\nmain\npost hello\n");
    expect(make.steps.find((s) => s.id === "again")!.annotations[0].message).toMatch(
      /\(409\) Conflict: an artifact with this name already exists/,
    );
    const use = run.job("use");
    // The artifact's root is the folder itself; hidden files stay out, as upload-artifact v4.6 does.
    expect(use.steps.find((s) => s.id === "files")!.outputs.files).toBe("./a.txt ./sub/b.txt ");
    expect(use.steps.find((s) => s.id === "missing")!.annotations[0].message).toBe(
      "Unable to download artifact(s): Artifact not found for name: nope",
    );
  });

  it("refuses what it cannot play, naming the job and step", async () => {
    const { world } = await setup({
      ".github/workflows/w.yml": pushJob(
        "none",
        `      - uses: someone/unknown-action@v1
`,
      ),
    });
    await expect(onPush(world)).rejects.toThrow(CannotPlay);
    await expect(onPush(world)).rejects.toThrow(/job j, step 1 \(someone\/unknown-action@v1\): someone\/unknown-action@v1 \(no stand-in/);
    expect(existsSync(path.join(world.root, "nothing"))).toBe(false);
    void fs;
  });
});
