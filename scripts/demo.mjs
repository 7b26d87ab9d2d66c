#!/usr/bin/env node
// npm run demo: the whole specpipe story on an example repository, in a temporary folder, exactly
// as the workflows in workflows-examples/ run it: the bundled actions as child processes with the
// runner's environment, real git with a bare remote, and — for pull requests and issues — a local
// stand-in for the GitHub REST API (the one the tests use) on 127.0.0.1. The coding agent is the
// example agent in examples/agent/, which fills Spec Kit's templates without calling any model.
// Nothing outside the temporary folder is touched.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tty = process.stdout.isTTY;
const bold = (s) => (tty ? `\x1b[1m${s}\x1b[0m` : s);
const ok = (s) => (tty ? `\x1b[32m${s}\x1b[0m` : s);
const bad = (s) => (tty ? `\x1b[31m${s}\x1b[0m` : s);
const CLI = path.join(ROOT, "dist/cli/index.js");
const TOKEN = "demo-token-not-a-secret";

for (const bundle of ["coverage-update", "spec-hash-check", "playbook-gate", "speckit-run", "metrics-collect", "cli"]) {
  if (!existsSync(path.join(ROOT, "dist", bundle, "index.js"))) {
    console.error(`demo: dist/${bundle}/index.js is missing; run npm run build`);
    process.exit(1);
  }
}

// ---- the example repository, its bare remote, and the GitHub stand-in ------------------------
const work = mkdtempSync(path.join(tmpdir(), "specpipe-demo-"));
const repo = path.join(work, "repo");
const srv = path.join(work, "github"); // GITHUB_SERVER_URL: clones of acme/shop come from here
const remote = path.join(srv, "acme", "shop.git");
mkdirSync(path.dirname(remote), { recursive: true });
cpSync(path.join(ROOT, "examples/demo-repo"), repo, { recursive: true });
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: "Dana Dev",
  GIT_AUTHOR_EMAIL: "dana@example.com",
  GIT_COMMITTER_NAME: "Dana Dev",
  GIT_COMMITTER_EMAIL: "dana@example.com",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
};
const run = (file, args, options = {}) => spawnSync(file, args, { cwd: repo, env: gitEnv, encoding: "utf8", ...options });
const git = (...args) => {
  const r = run("git", args);
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
};
const cli = (...args) => run(process.execPath, [CLI, ...args]);

run("git", ["init", "-q", "--bare", "-b", "main", remote], { cwd: work });
git("init", "-q", "-b", "main");
git("remote", "add", "origin", remote);
cli("init", "--beacon-only");
git("add", "-A");
git("commit", "-qm", "chore: the shop project");
git("push", "-q", "origin", "main");

const require = createRequire(import.meta.url);
const ncc = require("@vercel/ncc");
const built = await ncc(path.join(ROOT, "test/harness/github-server.ts"), { esm: true, quiet: true, cache: false, target: "es2022" });
mkdirSync(path.join(work, "stand-in"));
writeFileSync(path.join(work, "stand-in/package.json"), '{"type":"module"}');
writeFileSync(path.join(work, "stand-in/server.js"), built.code);
const { startGitHubServer } = await import(pathToFileURL(path.join(work, "stand-in/server.js")).href);
const github = await startGitHubServer({ token: TOKEN, htmlUrl: "https://github.example" });
const shop = github.state.addRepo({ owner: "acme", name: "shop", defaultBranch: "main" });

let eventCount = 0;
/**
 * Run a bundled action as the runner does; return exit code, outputs, annotations and log.
 * Asynchronous on purpose: the GitHub stand-in answers from this very process.
 */
async function runAction(name, inputs, extra = {}) {
  const out = path.join(work, `step-${++eventCount}.out`);
  const eventFile = path.join(work, `step-${eventCount}.event.json`);
  writeFileSync(out, "");
  writeFileSync(eventFile, JSON.stringify(extra.event ?? {}));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...gitEnv,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: repo,
    GITHUB_OUTPUT: out,
    GITHUB_EVENT_NAME: extra.eventName ?? "push",
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: "acme/shop",
    GITHUB_SERVER_URL: pathToFileURL(srv).href,
    GITHUB_API_URL: github.url,
    GITHUB_RUN_ID: String(1000 + eventCount),
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_REF: "refs/heads/main",
    RUNNER_TEMP: work,
    ...extra.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = String(v);
  const r = await new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, "dist", name, "index.js")], {
      cwd: repo,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
  const outputs = {};
  for (const m of readFileSync(out, "utf8").matchAll(/^([^<\n]+)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  const log = (r.stdout + r.stderr).split("\n");
  return {
    code: r.status,
    outputs,
    log,
    annotations: log.filter((l) => /^::(error|warning)/.test(l)).map((l) => l.replace(/^::(\w+)[^:]*::/, "$1: ")),
  };
}
const indent = (text, n = 4) =>
  String(text)
    .trimEnd()
    .split("\n")
    .map((l) => " ".repeat(n) + l)
    .join("\n");
const headline = (n, text) => console.log(`\n${bold(`${n}. ${text}`)}`);
/** Each step says what it must show; the demo ends with exit code 1 when one did not (test/demo.test.ts). */
const failed = [];
function expectThat(holds, what, step) {
  if (holds) return;
  failed.push(what);
  console.log(bad(`  ✗ ${what}`));
  if (step?.log) console.log(indent(step.log.filter(Boolean).slice(-10).join("\n"), 4));
}

console.log(bold("specpipe demo") + ` — the example project "shop" in ${repo}`);
console.log(`  bare remote ${remote}; GitHub API stand-in on ${github.url} (a local test double, not github.com)`);

// ---- 1. coverage-update ----------------------------------------------------------------------
headline(1, "coverage-update after green tests (workflows-examples/pipeline.yml)");
const dry = await runAction("coverage-update", { "dry-run": true, "test-results": "reports/junit.xml", "mark-tested": true });
console.log("  dry run — the diff a real run would write (nothing written):");
console.log(indent(dry.outputs.diff ?? "", 4));
const cov = await runAction("coverage-update", { "test-results": "reports/junit.xml", "mark-tested": true });
console.log(
  `  real run: rows added ${JSON.parse(cov.outputs["added-rows"] ?? "[]")
    .map((r) => r.key)
    .join(
      ", ",
    )}; implemented ${cov.outputs["specs-implemented"]}, pending ${cov.outputs["specs-pending"]}, tests ${cov.outputs["test-count"]}`,
);
const again = await runAction("coverage-update", { "test-results": "reports/junit.xml", "mark-tested": true });
console.log(`  second run: changed=${again.outputs.changed} (idempotent)`);
expectThat(dry.code === 0 && cov.code === 0 && cov.outputs.changed === "true", "coverage-update writes the new rows", cov);
expectThat(again.code === 0 && again.outputs.changed === "false", "a second coverage-update changes nothing", again);

// ---- 2. spec-hash-check ----------------------------------------------------------------------
headline(2, "spec-hash-check on a push");
const hash = cli("spec", "hash").stdout.trim();
const before = git("rev-parse", "HEAD");
git("add", "-A");
git("commit", "-qm", "update docs");
const badRun = await runAction("spec-hash-check", {}, { event: { before, after: git("rev-parse", "HEAD"), ref: "refs/heads/main" } });
console.log(`  a commit "update docs" without trailers: exit ${badRun.code} ${badRun.code ? bad("(rejected)") : ""}`);
const violations = JSON.parse(badRun.outputs.violations ?? "[]");
for (const v of violations.slice(0, 3)) console.log(`    - ${v.code}: ${v.message ?? ""}`.slice(0, 160));
expectThat(badRun.code === 1 && violations.length > 0, "spec-hash-check rejects a commit without trailers", badRun);
git(
  "commit",
  "-q",
  "--amend",
  "-m",
  `docs(coverage): record the coverage of the first specs\n\nThe coverage-update step added rows for the new specs.\n\nSpec-Hash: ${hash}\nPlaybook-Step: implement`,
);
const goodRun = await runAction("spec-hash-check", {}, { event: { before, after: git("rev-parse", "HEAD"), ref: "refs/heads/main" } });
console.log(
  `  the same change as "docs(coverage): …" with Spec-Hash: ${hash} and Playbook-Step: implement: exit ${goodRun.code} ${goodRun.code === 0 ? ok("(ok)") : bad("(?)")}, ok=${goodRun.outputs.ok}`,
);
expectThat(goodRun.code === 0 && goodRun.outputs.ok === "true", "spec-hash-check accepts the commit with its trailers", goodRun);
git("push", "-q", "origin", "main");

// ---- 3. playbook-gate ------------------------------------------------------------------------
headline(3, "playbook-gate advance on the default branch");
const junit = (failures) =>
  `<testsuites><testsuite name="shop">${["login", "lockout", "reset", "orders"].map((n, i) => `<testcase name="${n}"${i < failures ? '><failure message="boom"/></testcase>' : "/>"}`).join("")}</testsuite></testsuites>`;
writeFileSync(path.join(repo, "reports/junit.xml"), junit(1));
const blocked = await runAction("playbook-gate", { mode: "advance" });
console.log(
  `  with a failing test: advanced=${blocked.outputs.advanced}; blocked by ${JSON.parse(blocked.outputs["blocked-by"] ?? "[]")
    .map((b) => b.type ?? b.condition ?? JSON.stringify(b))
    .join(", ")}`,
);
writeFileSync(path.join(repo, "reports/junit.xml"), junit(0));
const advanced = await runAction("playbook-gate", { mode: "advance" });
console.log(
  `  after green tests: advanced=${advanced.outputs.advanced} → active step ${advanced.outputs.step}; pushed: ${git("log", "-1", "--format=%s", "origin/main")}`,
);
expectThat(blocked.code === 0 && blocked.outputs.advanced === "false", "the gate holds the step while a test fails", blocked);
expectThat(advanced.code === 0 && advanced.outputs.advanced === "true", "the gate advances after green tests", advanced);
git("checkout", "-q", "--", "reports/junit.xml");

// ---- 4. speckit-run on a backlog item ----------------------------------------------------------
headline(4, "speckit-run on the next backlog item (workflows-examples/unattended.yml)");
const item = JSON.parse(cli("backlog", "next", "--json").stdout);
console.log(`  backlog next: ${item.id} "${item.text}" (${item.source})`);
const agentCommand = `node ${path.join(ROOT, "examples/agent/example-agent.mjs")} --output-format json -p {prompt}`;
const sk = await runAction(
  "speckit-run",
  {
    spec: item.text,
    agent: "command",
    "agent-command": agentCommand,
    token: TOKEN,
    labels: "speckit",
  },
  { eventName: "workflow_dispatch", env: { GITHUB_TOKEN: TOKEN } },
);
console.log(
  `  status ${sk.outputs.status}; branch ${sk.outputs.branch}; pull request ${sk.outputs["pr-url"]} (#${sk.outputs["pr-number"]}); tokens ${sk.outputs.tokens}, cost $${sk.outputs.cost}`,
);
console.log(`  artifacts (run.json, events.jsonl, per-phase logs): ${sk.outputs["artifacts-dir"]}`);
expectThat(
  sk.code === 0 && sk.outputs.status === "succeeded" && Boolean(sk.outputs["pr-url"]),
  "speckit-run pushes a branch and opens a pull request",
  sk,
);
const done = cli("backlog", "done", item.id, "--no-push");
console.log(`  backlog done: ${done.stdout.trim() || done.stderr.trim()}`);
expectThat(done.status === 0, "backlog done marks the item", { log: [done.stderr] });

// ---- 5. metrics-collect: three failures, one heal issue ---------------------------------------
headline(5, "metrics-collect: record tasks, report, heal (workflows-examples/monitor.yml)");
for (let i = 1; i <= 3; i++) {
  await runAction("metrics-collect", {
    mode: "record",
    "task-id": `build-${i}`,
    "task-type": "impl",
    model: "example-agent",
    "duration-seconds": 30 + i * 7,
    status: "failed",
    phase: "build",
  });
}
await runAction("metrics-collect", {
  mode: "record",
  "task-id": "spec-1",
  "task-type": "spec",
  model: "example-agent",
  "duration-seconds": 12,
  status: "completed",
  phase: "spec",
});
// Inside the workspace, as every path an action writes (the path guard refuses one outside it).
const dashboard = path.join(repo, ".specpipe/dashboard.html");
const report = await runAction(
  "metrics-collect",
  { mode: "report", "auto-fix": true, token: TOKEN, dashboard: ".specpipe/dashboard.html" },
  { env: { GITHUB_TOKEN: TOKEN } },
);
const agg = JSON.parse(report.outputs.aggregates ?? "{}");
console.log(
  `  aggregates: success rate ${agg.success_rate?.completed}/${agg.success_rate?.total} = ${agg.success_rate?.rate}; p50 ${agg.execution_time?.p50_seconds}s, p95 ${agg.execution_time?.p95_seconds}s`,
);
console.log(`  attention: ${JSON.parse(report.outputs.attention ?? "{}").flags?.join("; ")}`);
console.log(`  heal issue: ${report.outputs["heal-issue-url"]}`);
const rerun = await runAction("metrics-collect", { mode: "report", "auto-fix": true, token: TOKEN }, { env: { GITHUB_TOKEN: TOKEN } });
const issues = shop.issues();
console.log(
  `  report again: ${issues.length} issue(s) in the repository — the heal issue is updated, never duplicated (exit ${rerun.code})`,
);
console.log(`  dashboard: ${dashboard}`);
expectThat(report.code === 0 && agg.success_rate?.total === 4, "metrics-collect reports the four tasks", report);
expectThat(
  Boolean(report.outputs["heal-issue-url"]) && issues.length === 1 && rerun.code === 0,
  "one heal issue, updated on the rerun",
  rerun,
);
expectThat(existsSync(dashboard), "the dashboard is written", report);

await github.close();
if (failed.length) {
  console.log(
    `\n${bad(`The demo went wrong in ${failed.length} step(s):`)} ${failed.join("; ")}. The example repository stays in ${repo}.`,
  );
  process.exit(1);
}
console.log(`\n${bold("Done.")} The example repository stays in ${repo}; open ${dashboard} in a browser.`);
