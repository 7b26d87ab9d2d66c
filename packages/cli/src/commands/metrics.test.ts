import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { runWorker } from "../../../../test/harness/metrics-bundle.js";
import { cloneRepo, createRepo, tempDir, TEST_ENV, type TestRepo } from "../../../../test/harness/repo.js";
import { main } from "../main.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function cli(cwd: string, argv: string[], env: NodeJS.ProcessEnv = {}) {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd, env: { ...TEST_ENV, ...env }, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function dir(): string {
  const d = tempDir("specpipe-metrics-cli-");
  cleanups.push(() => fs.rm(d, { recursive: true, force: true }));
  return d;
}

describe("specpipe metrics", () => {
  it("record, report (text, JSON, Markdown), prune", async () => {
    const d = dir();
    const rec = (id: string, status: string, created?: string) =>
      cli(d, [
        "metrics",
        "record",
        "--task-id",
        id,
        "--task-type",
        "spec",
        "--model",
        "m",
        "--duration",
        "12.5",
        "--status",
        status,
        ...(created ? ["--created-at", created] : []),
      ]);
    expect((await rec("a", "completed")).code).toBe(0);
    expect((await rec("b", "failed")).out).toBe("recorded b (failed) in .specpipe/metrics.jsonl\n");
    expect((await rec("old", "completed", "2020-01-01T00:00:00")).code).toBe(0);
    const json = await cli(d, ["metrics", "report", "--json"]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.out);
    expect(parsed.aggregates.success_rate).toEqual({ completed: 1, failed: 1, total: 2, rate: 0.5 });
    expect(parsed.attention).toEqual({ stuck: false, repeated_failures: false, low_success_rate: false, flags: [] });
    const low = await cli(d, ["metrics", "report", "--min-tasks", "2"]);
    expect(low.out).toContain("success rate 50% (1 completed, 1 failed, 2 total)");
    expect(low.out).toContain("low_success_rate: 50% < 80% over 2 tasks in 7 day(s)");
    const md = await cli(d, ["metrics", "report", "--markdown"]);
    expect(md.out).toContain("### By task type");
    const pruned = await cli(d, ["metrics", "prune", "--keep-days", "30", "--json"]);
    expect(JSON.parse(pruned.out)).toMatchObject({ kept: 2, dropped: 1, unreadable: 0 });
  });

  it("the bundled command reads a large store in segments on worker threads, with the answer of one pass", async () => {
    // Build first: node scripts/build.mjs --no-check cli (the worker is dist/cli/report-worker/).
    const bin = fileURLToPath(new URL("../../../../dist/cli/index.js", import.meta.url));
    const d = dir();
    const created = new Date(Date.now() - 3_600_000).toISOString();
    const lines = Array.from({ length: 400 }, (_, i) =>
      i % 50 === 0
        ? JSON.stringify({ task_id: `r${i}`, task_type: "impl", model: "m", duration_seconds: 0, status: "running", created_at: created })
        : JSON.stringify({
            task_id: i % 100 === 40 ? `r${i - 40}` : `t${i}`,
            task_type: ["spec", "impl"][i % 2],
            model: "m",
            duration_seconds: i / 4,
            status: i % 7 ? "completed" : "failed",
            created_at: created,
          }),
    );
    await fs.writeFile(path.join(d, "m.jsonl"), lines.join("\n") + "\nnot json\n");
    const run = (env: NodeJS.ProcessEnv) =>
      promisify(execFile)(process.execPath, [bin, "metrics", "report", "--json", "--path", "m.jsonl"], {
        cwd: d,
        env: { ...TEST_ENV, ...env },
      });
    const one = await run({ SPECPIPE_REPORT_THREADS: "1" });
    const cut = await run({ SPECPIPE_REPORT_THREADS: "3", SPECPIPE_REPORT_MIN_SEGMENT_BYTES: "500" });
    expect(one.stderr).toMatch(/^read 1 file in 1 segment\n/);
    expect(cut.stderr).toMatch(/^read 1 file \([\d.]+ MB\) in 3 segments, 2 on worker threads\n/);
    const a = JSON.parse(one.stdout);
    const b = JSON.parse(cut.stdout);
    // Everything but the clock (the runs are a few ms apart).
    const steady = (r: { window: unknown; stuck: { minutes_since_finish: unknown } }) => ({
      ...r,
      window: null,
      stuck: { ...r.stuck, minutes_since_finish: null, minutes_since_progress: null },
    });
    expect(steady(b.report)).toEqual(steady(a.report));
    expect(a.report.stuck).toMatchObject({ pending: 0, running: 4 }); // r50, r150, r250, r350 run on; r100 finishes across a cut
    expect(a.report.bad_lines.examples).toEqual([{ file: "m.jsonl", line: 401, reason: "not JSON" }]);
  });

  it("report --pending-from workflow-runs counts the repository's runs that have not started", async () => {
    const { startGitHubServer } = await import("../../../../test/harness/github-server.js");
    const gh = await startGitHubServer({ token: "tkn" });
    cleanups.push(() => gh.close());
    const repo = gh.state.addRepo({ owner: "acme", name: "widgets" });
    repo.addWorkflowRun({ status: "queued", conclusion: null });
    repo.addWorkflowRun({ status: "pending", conclusion: null });
    repo.addWorkflowRun({ status: "requested", conclusion: null });
    const d = dir();
    const env = { GITHUB_TOKEN: "tkn", GITHUB_API_URL: gh.url };
    const r = await cli(d, ["metrics", "report", "--json", "--pending-from", "workflow-runs", "--repo", "acme/widgets"], env);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).report.stuck.pending).toBe(3);
    expect(JSON.parse(r.out).attention.flags).toEqual(["stuck: 3 pending task(s) and no task has started or finished yet"]);
    const bad = await cli(d, ["metrics", "report", "--pending-from", "queue"], env);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--pending-from must be none, backlog or workflow-runs, got "queue"/);
  });

  it("rejects bad input with a one-line fix and exit code 1", async () => {
    const d = dir();
    const bad = await cli(d, [
      "metrics",
      "record",
      "--task-id",
      "a",
      "--task-type",
      "t",
      "--model",
      "m",
      "--duration",
      "x",
      "--status",
      "completed",
    ]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--duration must be a number/);
    const invalid = await cli(d, ["metrics", "record", "--record", '{"task_id":"a"}']);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/invalid metric record: task_type/);
    // The action's limits and defaults (keep-days: 90), named by the flag that was typed.
    expect((await cli(d, ["metrics", "prune", "--keep-days=-1"])).err).toMatch(
      /metrics prune: --keep-days must be a number from 0 to Infinity, got "-1"/,
    );
    expect((await cli(d, ["metrics", "ingest", "--days", "0", "--workflow-runs"])).err).toMatch(
      /metrics ingest: --days must be a whole number from 1 to 3650/,
    );
    expect((await cli(d, ["metrics", "report", "--help"])).out).toMatch(/nearest|--window-days/);
    expect((await cli(d, ["metrics", "ingest", "missing.jsonl"])).err).toMatch(/cannot read missing.jsonl/);
  });

  it("ingests a JSONL file once", async () => {
    const d = dir();
    const line = (id: string) =>
      JSON.stringify({
        task_id: id,
        task_type: "t",
        model: "m",
        duration_seconds: 1,
        status: "completed",
        created_at: new Date().toISOString(),
      });
    await fs.writeFile(path.join(d, "in.jsonl"), `${line("a")}\n{oops\n${line("b")}\n`);
    const first = await cli(d, ["metrics", "ingest", "in.jsonl"]);
    expect(first.out).toBe("ingested 2 record(s) into .specpipe/metrics.jsonl; 0 already present; 1 invalid\n  in.jsonl:2: not JSON\n");
    const second = await cli(d, ["metrics", "ingest", "in.jsonl", "--json"]);
    expect(JSON.parse(second.out)).toMatchObject({ added: 0, skipped: 2 });
  });

  it("ingests every record of a task (running, then completed) once, and a record written over several lines", async () => {
    const d = dir();
    const started = new Date(Date.now() - 120_000).toISOString();
    const ended = new Date(Date.now() - 60_000).toISOString();
    const rec = (status: string, created_at: string) =>
      JSON.stringify({ task_id: "job-7", task_type: "t", model: "m", duration_seconds: status === "running" ? 0 : 60, status, created_at });
    await fs.writeFile(
      path.join(d, "in.jsonl"),
      `${rec("running", started)}
${rec("completed", ended)}
${rec("completed", ended)}
`,
    );
    const first = await cli(d, ["metrics", "ingest", "in.jsonl", "--json"]);
    expect(JSON.parse(first.out)).toMatchObject({ added: 2, skipped: 1 });
    const again = await cli(d, ["metrics", "ingest", "in.jsonl", "--json"]);
    expect(JSON.parse(again.out)).toMatchObject({ added: 0, skipped: 3 });
    const report = JSON.parse((await cli(d, ["metrics", "report", "--json", "--stuck-minutes", "0"])).out).report;
    expect(report.aggregates.success_rate).toEqual({ completed: 1, failed: 0, total: 1, rate: 1 });
    expect(report.stuck.pending).toBe(0);
    await fs.writeFile(path.join(d, "one.json"), JSON.stringify(JSON.parse(rec("failed", started).replace("job-7", "job-8")), null, 2));
    const pretty = await cli(d, ["metrics", "ingest", "one.json", "--json"]);
    expect(JSON.parse(pretty.out)).toMatchObject({ added: 1, skipped: 0, invalid: [] });
  });
});

describe("specpipe --help for every command word, and user data printed safely", () => {
  it("a command word lists its subcommands; an unknown subcommand points at that list", async () => {
    const d = dir();
    for (const word of ["metrics", "backlog", "hooks", "playbook", "spec", "commits", "adr", "speckit"]) {
      const r = await cli(d, [word, "--help"]);
      expect(r.code, word).toBe(0);
      expect(r.out).toContain(`Usage: specpipe ${word} <command>`);
      expect(r.out).toMatch(new RegExp(`\\n  ${word} \\w+`));
    }
    expect((await cli(d, ["metrics"])).code).toBe(1);
    const unknown = await cli(d, ["metrics", "frobnicate"]);
    expect(unknown.err).toContain('Fix: run "specpipe metrics --help"');
    expect((await cli(d, ["metrics", "report", "--help"])).out).toContain("--attention");
  });

  it("metrics report --attention prints the flags only; a task id cannot write a workflow command into the log", async () => {
    const d = dir();
    const evil = "t1\n::error::pwned";
    const rec = await cli(d, [
      "metrics",
      "record",
      "--task-id",
      evil,
      "--task-type",
      "impl",
      "--model",
      "m",
      "--duration",
      "1",
      "--status",
      "failed",
    ]);
    expect(rec.code, rec.err).toBe(0);
    expect(rec.out).toBe("recorded t1\\n::error::pwned (failed) in .specpipe/metrics.jsonl\n");
    for (const n of [2, 3])
      await cli(d, [
        "metrics",
        "record",
        "--task-id",
        `t${n}`,
        "--task-type",
        "impl",
        "--model",
        "m",
        "--duration",
        "1",
        "--status",
        "failed",
      ]);
    const attention = await cli(d, ["metrics", "report", "--attention"]);
    expect(attention.code).toBe(0);
    expect(attention.out).toBe('repeated_failures: the latest 3 tasks of phase "impl" failed (t3, t2, t1\\n::error::pwned)\n');
    for (const l of attention.out.split("\n")) expect(l.startsWith("::")).toBe(false);
    expect(JSON.parse((await cli(d, ["metrics", "report", "--attention", "--json"])).out)).toMatchObject({ repeated_failures: true });
    const calm = dir();
    expect((await cli(calm, ["metrics", "report", "--attention"])).out).toBe("attention: none\n");
  });

  it("record --started-at: without a duration, the duration is the time from the start to the record", async () => {
    const d = dir();
    const base = ["metrics", "record", "--task-id", "t", "--task-type", "impl", "--model", "m", "--status", "completed", "--json"];
    const r = await cli(d, [...base, "--started-at", "2026-03-02T01:17:05Z", "--created-at", "2026-03-02T01:18:35Z"]);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ duration_seconds: 90 });
    const late = await cli(d, [...base, "--started-at", "2026-03-02T02:00:00Z", "--created-at", "2026-03-02T01:18:35Z"]);
    expect(late.err).toContain('started-at "2026-03-02T02:00:00Z" is after the record\'s time');
    expect((await cli(d, [...base, "--started-at", "yesterday"])).err).toContain('started-at "yesterday" is not an ISO 8601 time');
  });
});

const PRODUCT = "# Product\n\n1. Login page\n2. Logout button\n3. Profile page\n4. Settings\n5. Billing\n";
const META = "# Meta\n\n- [ ] Faster CI\n- [x] Old meta item\n- [ ] Better docs\n";

describe("specpipe backlog", () => {
  it("merge, next (--json, --count), done and claim without pushing", async () => {
    const d = dir();
    await fs.mkdir(path.join(d, "docs/backlog"), { recursive: true });
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), PRODUCT);
    await fs.writeFile(path.join(d, "docs/backlog/meta.md"), META);
    const list = JSON.parse((await cli(d, ["backlog", "merge", "--json"])).out) as { id: string; text: string; status: string }[];
    expect(list.map((i) => [i.text, i.status])).toEqual([
      ["Login page", "open"],
      ["Logout button", "open"],
      ["Profile page", "open"],
      ["Settings", "open"],
      ["Faster CI", "open"],
      ["Billing", "open"],
      ["Better docs", "open"],
      ["Old meta item", "done"],
    ]);
    const next = JSON.parse((await cli(d, ["backlog", "next", "--json"])).out);
    expect(next).toMatchObject({ text: "Login page", source: "product", file: "docs/backlog/product.md", line: 3 });
    expect((await cli(d, ["backlog", "done", next.id.slice(0, 6), "--no-push"])).code).toBe(0);
    const three = JSON.parse((await cli(d, ["backlog", "next", "--json", "--count", "3"])).out);
    expect(three.map((i: { text: string }) => i.text)).toEqual(["Logout button", "Profile page", "Settings"]);
    expect((await cli(d, ["backlog", "claim", three[0].id, "--no-push", "--owner", "job-a"])).code).toBe(0);
    const lost = await cli(d, ["backlog", "claim", three[0].id, "--no-push", "--owner", "job-b"]);
    expect(lost.code).toBe(3);
    expect(lost.err).toContain("is claimed by job-a. Take another: next open is");
    expect(lost.err).toContain("Profile page");
    expect((await cli(d, ["backlog", "next"])).out).toBe(`${three[1].id} Profile page\n`);
    const state = JSON.parse(await fs.readFile(path.join(d, ".specpipe/backlog-state.json"), "utf8"));
    expect(Object.keys(state.done)).toEqual([next.id]);
    expect(state.claims[three[0].id].owner).toBe("job-a");
    // Editing the file (reorder + insert) keeps progress.
    await fs.writeFile(
      path.join(d, "docs/backlog/product.md"),
      "1. Brand new\n2. Settings\n3. login page.\n4. Profile page\n5. Logout button\n6. Billing\n",
    );
    const after = JSON.parse((await cli(d, ["backlog", "next", "--json", "--count", "10"])).out).map((i: { text: string }) => i.text);
    expect(after).toEqual(["Brand new", "Settings", "Profile page", "Faster CI", "Billing", "Better docs"]);
  });

  it("done meta items use up no interleave turns; a blocked product item yields its turn to meta work", async () => {
    const d = dir();
    await fs.mkdir(path.join(d, "docs/backlog"), { recursive: true });
    const product = Array.from({ length: 9 }, (_, i) => `${i + 1}. P${i + 1}`).join("\n") + "\n";
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), product);
    await fs.writeFile(path.join(d, "docs/backlog/meta.md"), "- [x] M0a\n- [x] M0b\n- [ ] M1\n- [ ] M2\n");
    const order = async () =>
      JSON.parse((await cli(d, ["backlog", "next", "--json", "--count", "20"])).out).map((i: { text: string }) => i.text);
    // The open meta item comes after P4, not after P9.
    expect(await order()).toEqual(["P1", "P2", "P3", "P4", "M1", "P5", "P6", "P7", "P8", "M2", "P9"]);
    // A product item marked blocked in its file: meta moves ahead into its place.
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), product.replace("1. P1", "1. P1 <!-- blocked: waiting for the design -->"));
    expect(await order()).toEqual(["M1", "P2", "P3", "P4", "P5", "M2", "P6", "P7", "P8", "P9"]);
    const merged = JSON.parse((await cli(d, ["backlog", "merge", "--json"])).out);
    expect(merged.find((r: { text: string }) => r.text === "P1")).toMatchObject({ status: "blocked", reason: "waiting for the design" });
    // Or in the state: block, then unblock.
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), product);
    const p2 = JSON.parse((await cli(d, ["backlog", "merge", "--json"])).out).find((r: { text: string }) => r.text === "P2").id;
    expect((await cli(d, ["backlog", "block", p2, "--reason", "needs an API key", "--no-push"])).code).toBe(0);
    expect((await order()).slice(0, 5)).toEqual(["P1", "M1", "P3", "P4", "P5"]);
    expect((await cli(d, ["backlog", "block", p2, "--no-push"])).err).toMatch(/--reason is required/);
    expect((await cli(d, ["backlog", "unblock", p2, "--no-push"])).code).toBe(0);
    expect((await order()).slice(0, 5)).toEqual(["P1", "P2", "P3", "P4", "M1"]);
    // Product items done through the queue count towards the next meta turn.
    const p1 = (await order())[0] === "P1" ? JSON.parse((await cli(d, ["backlog", "next", "--json"])).out).id : undefined;
    expect((await cli(d, ["backlog", "done", p1, "--no-push"])).code).toBe(0);
    expect((await order()).slice(0, 4)).toEqual(["P2", "P3", "P4", "M1"]);
  });

  it("next --require-work fails when items are left but none is open, and passes when the backlog is finished", async () => {
    const d = dir();
    await fs.mkdir(path.join(d, "docs/backlog"), { recursive: true });
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), "1. Only item <!-- blocked: waiting for legal -->\n2. Other\n");
    await fs.writeFile(path.join(d, "docs/backlog/meta.md"), "");
    const other = JSON.parse((await cli(d, ["backlog", "next", "--json"])).out);
    await cli(d, ["backlog", "claim", other.id, "--no-push", "--owner", "run 7"]);
    const stalled = await cli(d, ["backlog", "next", "--json", "--count", "2", "--require-work"]);
    expect(stalled.code).toBe(1);
    expect(stalled.err).toMatch(
      /no backlog item is open, and 2 are left \(\.specpipe\/backlog-state\.json\): .* claimed by run 7; .* blocked: waiting for legal/,
    );
    expect((await cli(d, ["backlog", "next", "--json", "--count", "2"])).out).toBe("[]\n");
    await cli(d, ["backlog", "done", other.id, "--no-push"]);
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), "1. [x] Only item\n2. Other\n");
    const finished = await cli(d, ["backlog", "next", "--json", "--count", "2", "--require-work"]);
    expect(finished.code, finished.err).toBe(0);
    expect(finished.out).toBe("[]\n");
  });

  it("refuses backlog files outside the workspace and files that are not UTF-8, naming them", async () => {
    const d = dir();
    await fs.mkdir(path.join(d, "docs/backlog"), { recursive: true });
    await fs.writeFile(path.join(d, "docs/backlog/product.md"), Buffer.from([0x31, 0x2e, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    await fs.writeFile(path.join(d, "docs/backlog/meta.md"), "");
    const latin1 = await cli(d, ["backlog", "next"]);
    expect(latin1.code).toBe(1);
    expect(latin1.err).toContain("docs/backlog/product.md is not valid UTF-8 (byte 6, line 1)");
    const outside = await cli(d, ["backlog", "next", "--product", "../../etc/passwd"]);
    expect(outside.code).toBe(1);
    expect(outside.err).toContain('the product backlog "../../etc/passwd" is outside the workspace');
  });

  describe("claims race through a bare remote", () => {
    let repo: TestRepo;
    afterEach(async () => repo?.cleanup());

    it("two processes claiming one item end with one owner; the loser is told to take another", async () => {
      repo = await createRepo({ files: { "docs/backlog/product.md": PRODUCT, "docs/backlog/meta.md": META } });
      const ids = JSON.parse((await cli(repo.dir, ["backlog", "next", "--json", "--count", "4"])).out).map(
        (i: { id: string }) => i.id,
      ) as string[];
      const clones = await Promise.all([0, 1].map(() => cloneRepo(repo.remote)));
      for (const c of clones) cleanups.push(c.cleanup);
      const [a, b] = await Promise.all(
        clones.map((c, k) => runWorker(c.dir, [["backlog", "claim", ids[0], "--owner", `job-${k}`]], TEST_ENV)),
      );
      const codes = [a.runs[0].code, b.runs[0].code].sort();
      expect(codes, a.stderr + b.stderr + JSON.stringify([a.runs, b.runs])).toEqual([0, 3]);
      const loser = [a, b].find((r) => r.runs[0].code === 3)!;
      expect(loser.runs[0].err).toMatch(/is claimed by job-[01]\. Take another: next open is/);
      const shared = JSON.parse(await repo.git.run(["--git-dir", repo.remote, "show", "specpipe-backlog:backlog-state.json"]));
      const winner = [a, b].find((r) => r.runs[0].code === 0)!;
      expect(Object.keys(shared.claims)).toEqual([ids[0]]);
      expect(winner.runs[0].out).toContain(`for ${shared.claims[ids[0]].owner}`);
      // The state went to its own branch: the default branch and the user's clone are untouched.
      const winnerClone = clones[winner === a ? 0 : 1];
      expect((await winnerClone.git.status()).length).toBe(0);
      expect(await repo.git.run(["--git-dir", repo.remote, "rev-parse", "main"])).toBe(await repo.git.run(["rev-parse", "HEAD"]));
      expect(await repo.git.run(["--git-dir", repo.remote, "ls-tree", "--name-only", "specpipe-backlog"])).toBe("backlog-state.json\n");
    });

    it("four processes claiming four items: every claim survives the push races", async () => {
      repo = await createRepo({ files: { "docs/backlog/product.md": PRODUCT, "docs/backlog/meta.md": META } });
      const ids = JSON.parse((await cli(repo.dir, ["backlog", "next", "--json", "--count", "4"])).out).map(
        (i: { id: string }) => i.id,
      ) as string[];
      const clones = await Promise.all(ids.map(() => cloneRepo(repo.remote)));
      for (const c of clones) cleanups.push(c.cleanup);
      const results = await Promise.all(
        clones.map((c, k) => runWorker(c.dir, [["backlog", "claim", ids[k], "--owner", `job-${k}`, "--json"]], TEST_ENV)),
      );
      for (const r of results) expect(r.runs[0].code, r.stderr + JSON.stringify(r.runs)).toBe(0);
      const shared = JSON.parse(await repo.git.run(["--git-dir", repo.remote, "show", "specpipe-backlog:backlog-state.json"]));
      expect(Object.keys(shared.claims).sort()).toEqual([...ids].sort());
      expect(ids.map((id) => shared.claims[id].owner)).toEqual(["job-0", "job-1", "job-2", "job-3"]);
      // `done` from a clone that is behind: fetched, applied on the tip, pushed.
      const done = await cli(clones[0].dir, ["backlog", "done", ids[3]]);
      expect(done.code, done.err).toBe(0);
      const after = JSON.parse(await repo.git.run(["--git-dir", repo.remote, "show", "specpipe-backlog:backlog-state.json"]));
      expect(Object.keys(after.done)).toEqual([ids[3]]);
      expect(Object.keys(after.claims).sort()).toEqual([ids[0], ids[1], ids[2]].sort());
    });
  });
});
