import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startGitHubServer, type GitHubServer, type RepoState } from "../../../../test/harness/github-server.js";
import { tempDir } from "../../../../test/harness/repo.js";
import { createGitHubApi } from "../github/octokit.js";
import type { GitHubApi } from "../github/port.js";
import { aggregate } from "./aggregate.js";
import { healMarker, markerSubject, reconcileHealIssues } from "./heal.js";
import type { MetricRecord } from "./record.js";
import { countQueuedRuns, ingestWorkflowRuns, jobStatus, listRunsInWindow, parseTypeMap } from "./service.js";
import { FileStore } from "./store.js";

const NOW = Date.parse("2026-03-10T12:00:00Z");
const REF = { owner: "acme", repo: "widgets" };

function rec(id: string, phase: string, status: MetricRecord["status"], minutesAgo: number): MetricRecord {
  return {
    task_id: id,
    task_type: phase,
    phase,
    model: "m",
    duration_seconds: 1,
    status,
    created_at: new Date(NOW - minutesAgo * 60_000).toISOString(),
    run_url: `https://ci/${id}`,
  };
}
const failing = (phase: string) => [
  rec(`${phase}1`, phase, "failed", 30),
  rec(`${phase}2`, phase, "failed", 20),
  rec(`${phase}3`, phase, "failed", 10),
];

let gh: GitHubServer;
let repo: RepoState;
let api: GitHubApi;
beforeEach(async () => {
  gh = await startGitHubServer({ token: "tkn" });
  repo = gh.state.addRepo({ owner: "acme", name: "widgets" });
  api = await createGitHubApi({ token: "tkn", baseUrl: gh.url, minRetryDelayMs: 1, writeIntervalMs: 0, retries: 3 });
});
afterEach(async () => gh.close());

function heal(records: MetricRecord[], extra: { autoFix?: boolean; diagnosticIssue?: boolean; pending?: number } = {}) {
  const report = aggregate(records, { now: NOW, pending: extra.pending });
  return reconcileHealIssues({ api, repo: REF, report, autoFix: extra.autoFix ?? true, diagnosticIssue: extra.diagnosticIssue ?? false });
}

describe("heal issues", () => {
  it("markers round-trip, phases with any characters", () => {
    for (const phase of ["impl", "a b", "x-->y", "ü/%"])
      expect(markerSubject(`hello\n${healMarker(phase)}\n`)).toEqual({ kind: "phase", phase });
    expect(markerSubject("<!-- specpipe:heal stuck -->")).toEqual({ kind: "stuck" });
    expect(markerSubject("no marker")).toBeUndefined();
  });

  it("creates through injected 5xx, and a rerun updates instead of duplicating", async () => {
    gh.inject({ method: "POST", path: /\/issues$/, status: 502, times: 2 });
    const first = await heal(failing("impl"));
    expect(first.actions).toEqual([{ kind: "created", subject: "impl", number: 1, url: "https://github.com/acme/widgets/issues/1" }]);
    expect(gh.requestsTo("POST", /\/issues$/).map((r) => r.status)).toEqual([502, 502, 201]);
    expect(repo.issues()).toHaveLength(1);
    expect(repo.issues()[0].labels).toEqual(["specpipe-heal"]);
    expect(repo.issues()[0].body).toContain("[run](https://ci/impl3)");

    // A rerun whose listing fails beyond the retries fails, and creates nothing.
    gh.inject({ method: "GET", path: /\/issues$/, status: 500, times: 10 });
    await expect(heal(failing("impl"))).rejects.toThrow();
    gh.clearFaults();
    expect(repo.issues()).toHaveLength(1);

    // The rerun after that: same data → unchanged; newer failures → the same issue updated.
    const again = await heal(failing("impl"));
    expect(again.actions.map((a) => [a.kind, a.number])).toEqual([["unchanged", 1]]);
    gh.inject({ method: "PATCH", status: 503, times: 1 });
    const newer = await heal([...failing("impl"), rec("impl4", "impl", "failed", 5)]);
    expect(newer.actions.map((a) => [a.kind, a.number])).toEqual([["updated", 1]]);
    expect(repo.issues()).toHaveLength(1);
    expect(repo.issues()[0].body).toContain("impl4");
    expect(newer.healIssueUrl).toBe("https://github.com/acme/widgets/issues/1");
  });

  it("never opens a second issue when GitHub created the first and then answered 5xx or dropped the connection", async () => {
    gh.inject({ method: "POST", path: /\/issues$/, status: 502, afterEffect: true });
    const first = await heal(failing("impl"));
    expect(first.actions).toEqual([{ kind: "created", subject: "impl", number: 1, url: "https://github.com/acme/widgets/issues/1" }]);
    // One POST: the client did not retry it blindly; it looked and found the issue.
    expect(gh.requestsTo("POST", /\/issues$/).map((r) => r.status)).toEqual([502]);
    expect(repo.issues()).toHaveLength(1);

    gh.inject({ method: "POST", path: /\/issues$/, status: 0, afterEffect: true });
    const plan = await heal([...failing("impl"), ...failing("plan")]);
    expect(plan.actions.map((a) => [a.kind, a.subject, a.number])).toEqual([
      ["unchanged", "impl", 1],
      ["created", "plan", 2],
    ]);
    expect(repo.issues()).toHaveLength(2);
    expect((await heal([...failing("impl"), ...failing("plan")])).actions.map((a) => a.kind)).toEqual(["unchanged", "unchanged"]);
    expect(repo.issues()).toHaveLength(2);
  });

  it("closes newer open issues that carry an issue's marker as its duplicates", async () => {
    repo.addIssue({ title: "heal impl", body: `${healMarker("impl")}\n` });
    repo.addIssue({ title: "heal impl again", body: `${healMarker("impl")}\n` });
    const r = await heal(failing("impl"));
    expect(r.actions.map((a) => [a.kind, a.subject, a.number])).toEqual([
      ["closed", "impl", 2],
      ["updated", "impl", 1],
    ]);
    expect(repo.issue(2)!.state).toBe("closed");
    expect(repo.commentsOf(2).map((c) => c.body)).toEqual([expect.stringContaining("Duplicate of #1")]);
    expect(
      repo
        .issues()
        .filter((i) => i.state === "open")
        .map((i) => i.number),
    ).toEqual([1]);
  });

  it("finds its issue by the marker only, one per phase, and closes it with a comment when the phase recovers", async () => {
    // Same title, no marker: not ours. Different title, our marker: ours.
    repo.addIssue({ title: 'specpipe: repeated failures in phase "impl"', body: "written by a person" });
    repo.addIssue({ title: "renamed by a person", body: `context\n${healMarker("plan")}\n` });
    const r = await heal([...failing("impl"), ...failing("plan")]);
    expect(r.actions.map((a) => [a.kind, a.subject, a.number])).toEqual([
      ["created", "impl", 3],
      ["updated", "plan", 2],
    ]);
    expect(repo.issues().filter((i) => i.state === "open")).toHaveLength(3);

    const recovered = await heal([...failing("impl"), ...failing("plan"), rec("ok", "plan", "completed", 1)]);
    expect(recovered.actions.map((a) => [a.kind, a.subject, a.number])).toEqual([
      ["unchanged", "impl", 3],
      ["closed", "plan", 2],
    ]);
    expect(repo.issue(2)!.state).toBe("closed");
    expect(repo.commentsOf(2).map((c) => c.body)).toEqual([
      expect.stringContaining("(ok, ") && expect.stringContaining("succeeded: the phase recovered"),
    ]);
    expect(repo.issue(1)!.state).toBe("open");
  });

  it("closes an issue only on evidence of recovery: never because the data is missing or aged out", async () => {
    await heal(failing("impl"));
    expect(repo.issue(1)!.state).toBe("open");
    // An empty store (a mistyped path, a new branch): nothing shows the phase recovered.
    const empty = await heal([]);
    expect(empty.actions.map((a) => [a.kind, a.number])).toEqual([["kept-open", 1]]);
    expect(empty.log.join("\n")).toMatch(/no task of phase "impl" is in the report's window/);
    // The failures aged out of the window.
    const aged = reconcileHealIssues({
      api,
      repo: REF,
      report: aggregate(failing("impl"), { now: NOW + 30 * 86_400_000 }),
      autoFix: true,
      diagnosticIssue: false,
    });
    expect((await aged).actions.map((a) => a.kind)).toEqual(["kept-open"]);
    // Two failures and a success long before them: the streak is broken, yet no success followed.
    const older = [rec("old-ok", "impl", "completed", 40), rec("impl2", "impl", "failed", 20), rec("impl3", "impl", "failed", 10)];
    expect((await heal(older)).actions.map((a) => a.kind)).toEqual(["kept-open"]);
    expect(repo.issue(1)!.state).toBe("open");
    expect(repo.commentsOf(1)).toHaveLength(0);
    // A later success in that phase: closed, once.
    const recovered = await heal([...failing("impl"), rec("impl-ok", "impl", "completed", 2)]);
    expect(recovered.actions.map((a) => [a.kind, a.number])).toEqual([["closed", 1]]);
    expect(repo.issue(1)!.state).toBe("closed");
    expect((await heal([...failing("impl"), rec("impl-ok", "impl", "completed", 2)])).actions).toEqual([]);
  });

  it("stuck: logs a restart suggestion, and with diagnostic-issue opens then closes one issue", async () => {
    const old = [rec("done", "impl", "completed", 60)];
    const log = await heal(old, { pending: 2 });
    expect(log.log[0]).toMatch(/stuck .*restart/i);
    expect(repo.issues()).toHaveLength(0);
    const opened = await heal(old, { pending: 2, diagnosticIssue: true });
    expect(opened.actions.map((a) => a.kind)).toEqual(["created"]);
    await heal(old, { pending: 2, diagnosticIssue: true });
    expect(repo.issues()).toHaveLength(1);
    // No pending work any more, but nothing moved either: no evidence, the issue stays.
    expect((await heal(old, { pending: 0, diagnosticIssue: true })).actions.map((a) => a.kind)).toEqual(["kept-open"]);
    const cleared = await heal([...old, rec("fresh", "impl", "completed", 1)], { pending: 2, diagnosticIssue: true });
    expect(cleared.actions.map((a) => a.kind)).toEqual(["closed"]);
    expect(repo.issue(1)!.state).toBe("closed");
  });

  it("with auto-fix off it only logs: no request reaches GitHub", async () => {
    const before = gh.requests.length;
    const r = await heal(failing("impl"), { autoFix: false, diagnosticIssue: true, pending: 1 });
    expect(gh.requests.length).toBe(before);
    expect(r.actions).toEqual([
      { kind: "would-create-or-update", subject: "impl" },
      { kind: "would-create-or-update", subject: "stuck" },
    ]);
    expect(r.log.join("\n")).toMatch(/PIPELINE_AUTO_FIX_ENABLED/);
  });
});

describe("ingest from workflow runs", () => {
  it("turns finished jobs into records once, maps names to types, counts queued runs", async () => {
    const d = tempDir("specpipe-ingest-");
    try {
      const run = repo.addWorkflowRun({ name: "CI", createdAt: "2026-03-09T10:00:00Z" });
      repo.addJob(run.id, {
        name: "test (node 20)",
        conclusion: "success",
        startedAt: "2026-03-09T10:00:00Z",
        completedAt: "2026-03-09T10:01:30Z",
      });
      repo.addJob(run.id, { name: "build", conclusion: "failure", startedAt: "2026-03-09T10:00:00Z", completedAt: "2026-03-09T10:00:10Z" });
      repo.addJob(run.id, {
        name: "deploy",
        conclusion: "skipped",
        startedAt: "2026-03-09T10:02:00Z",
        completedAt: "2026-03-09T10:02:00Z",
      });
      repo.addWorkflowRun({ status: "queued", conclusion: null, createdAt: "2026-03-10T11:00:00Z" });
      repo.addWorkflowRun({ status: "waiting", conclusion: null, createdAt: "2026-03-10T11:00:00Z" });
      repo.addWorkflowRun({ status: "in_progress", conclusion: null, createdAt: "2026-03-10T11:00:00Z" });
      const store = new FileStore({ file: path.join(d, "m.jsonl") });
      gh.inject({ method: "GET", path: /\/jobs$/, status: 502, times: 1 });
      const options = { sinceMs: NOW - 7 * 86_400_000, typeRules: parseTypeMap(["test*=test", "build=impl"]) };
      const first = await ingestWorkflowRuns(store, api, REF, options, NOW);
      expect(first).toEqual({ added: 3, skipped: 0, invalid: [], listed: 4, runs: 1 });
      const lines = (await fs.readFile(path.join(d, "m.jsonl"), "utf8"))
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as MetricRecord);
      expect(lines.map((r) => [r.task_type, r.status, r.duration_seconds])).toEqual([
        ["test", "completed", 90],
        ["impl", "failed", 10],
        ["deploy", "skipped", 0],
      ]);
      expect(lines[0].run_url).toMatch(/\/actions\/runs\/\d+\/job\/\d+$/);
      expect(lines[0].task_id).toMatch(/^gh-job-\d+$/);
      // The store remembers where the first ingest stopped: the runs still open at 11:00.
      expect(JSON.parse((await store.readMeta("ingest-cursor.json"))!)).toEqual({ version: 1, since: "2026-03-10T11:00:00Z", seen: [] });
      const jobsAsked = gh.requestsTo("GET", /\/jobs$/).length;
      const second = await ingestWorkflowRuns(store, api, REF, options, NOW);
      expect(second).toEqual({ added: 0, skipped: 0, invalid: [], listed: 3, runs: 0 });
      expect(gh.requestsTo("GET", /\/jobs$/)).toHaveLength(jobsAsked);
      expect(await countQueuedRuns(api, REF)).toBe(2); // queued and waiting; not the one in progress
      // The window, in whole seconds: the first from 7 days back, the second from the cursor.
      expect(gh.requestsTo("GET", /\/actions\/runs$/).map((r) => r.query.created)).toEqual([
        "2026-03-03T12:00:00Z..2026-03-10T12:00:00Z",
        "2026-03-10T11:00:00Z..2026-03-10T12:00:00Z",
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    } finally {
      await fs.rm(d, { recursive: true, force: true });
    }
  });

  it("a window with more than 1,000 runs is split until every part fits: none is lost", async () => {
    const start = Date.parse("2026-03-01T00:00:00Z");
    for (let i = 0; i < 2500; i++)
      repo.addWorkflowRun({ name: "CI", createdAt: new Date(start + i * 90_000).toISOString().replace(".000Z", "Z") });
    const { runs, queries } = await listRunsInWindow(api, REF, start, start + 2500 * 90_000);
    expect(runs).toHaveLength(2500);
    expect(new Set(runs.map((r) => r.id)).size).toBe(2500);
    expect(queries).toBeGreaterThan(2);
    // Newest first, as one query would have given them.
    expect(runs.map((r) => r.createdAt)).toEqual([...runs.map((r) => r.createdAt)].sort().reverse());
    // No query asked for more than GitHub answers.
    for (const r of gh.requestsTo("GET", /\/actions\/runs$/)) expect(Number(r.query.page ?? 1)).toBeLessThanOrEqual(10);
  });

  it("maps every job conclusion", () => {
    expect(jobStatus({ status: "completed", conclusion: "timed_out" })).toBe("failed");
    expect(jobStatus({ status: "completed", conclusion: "cancelled" })).toBe("cancelled");
    expect(jobStatus({ status: "completed", conclusion: "neutral" })).toBe("skipped");
    expect(jobStatus({ status: "in_progress", conclusion: null })).toBe("running");
    expect(jobStatus({ status: "queued", conclusion: null })).toBe("pending");
  });
});
