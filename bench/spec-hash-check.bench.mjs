#!/usr/bin/env node
// spec-hash-check benchmark: the whole bundled action (dist/spec-hash-check/index.js, a
// workflow_dispatch run over from..to) against `commitlint --from --to` on the same range, in the
// same run, on generated histories of 1,000 and 10,000 commits (test/harness/spec-history.mjs).
// Whole processes, wall time (median of RUNS, alternating) and peak RSS of the node process.
// Budgets (issue 3): ≤ 0.25× commitlint's wall time at 1,000 commits; under 1 s at 10,000.
//   node bench/spec-hash-check.bench.mjs            writes bench/results/spec-hash-check.json
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { COMMITLINT_CLI, commitlintSetup } from "../test/harness/spec-commitlint.mjs";
import { generateHistory } from "../test/harness/spec-history.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BUNDLE = path.join(ROOT, "dist/spec-hash-check/index.js");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

if (!existsSync(BUNDLE)) {
  console.error("bench: build the bundle first: node scripts/build.mjs --no-check spec-hash-check");
  process.exit(1);
}

const scratch = mkdtempSync(path.join(tmpdir(), "specpipe-bench-"));
// Preloaded into both measured processes: records their peak RSS (KiB) when they exit.
const rssHook = path.join(scratch, "rss.cjs");
writeFileSync(
  rssHook,
  `process.on("exit", () => { try { require("fs").writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)); } catch {} });\n`,
);

function run(args, env) {
  const rssFile = path.join(scratch, `rss-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--require", rssHook, ...args], {
      env: { ...env, BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stdout.resume();
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (code) => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      let rss = NaN;
      try {
        rss = Number(readFileSync(rssFile, "utf8")) / 1024;
      } catch {
        // no RSS file: the child died before writing it; the row shows NaN
      }
      resolve({ ms, code, rss, stderr });
    });
  });
}

function ours(repo, base, head) {
  const out = path.join(scratch, "output");
  const summary = path.join(scratch, "summary");
  writeFileSync(out, "");
  writeFileSync(summary, "");
  return run([BUNDLE], {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: "workflow_dispatch",
    GITHUB_WORKSPACE: repo,
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
    INPUT_FROM: base,
    INPUT_TO: head,
    "INPUT_FAIL-ON-VIOLATION": "false",
  }).then((r) => ({ ...r, checked: /checked<<(\S+)\n(\d+)\n/.exec(readFileSync(out, "utf8"))?.[2] }));
}

function commitlint(repo, base, head, config) {
  return run([COMMITLINT_CLI, "--cwd", repo, "-g", config, "--from", base, "--to", head], {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const round = (x) => (Number.isFinite(x) ? Math.round(x * 10) / 10 : null);

const { config } = commitlintSetup();
const rows = [];
for (const n of [1000, 10000]) {
  const repo = path.join(scratch, `repo-${n}`);
  const { base, head } = generateHistory(repo, { commits: n });
  await ours(repo, base, head); // warm the file cache
  const o = [];
  const c = [];
  let baselineError;
  for (let i = 0; i < RUNS; i++) {
    const a = await ours(repo, base, head);
    if (a.code !== 0 || a.checked !== String(n))
      throw new Error(`bench: our run failed (exit ${a.code}, checked ${a.checked}): ${a.stderr.slice(0, 500)}`);
    o.push(a);
    const b = await commitlint(repo, base, head, config);
    // commitlint exits 1 when it finds problems (the history has invalid headers); 2+ or a crash is a failure.
    if (b.code !== 0 && b.code !== 1) baselineError = b.stderr.split("\n").find((l) => /Error/.test(l)) ?? `exit ${b.code}`;
    else c.push(b);
  }
  const oursMs = median(o.map((r) => r.ms));
  const baseMs = c.length ? median(c.map((r) => r.ms)) : NaN;
  const ratio = Number.isFinite(baseMs) ? oursMs / baseMs : NaN;
  const row = {
    case: `range check, ${n.toLocaleString("en-US")} commits`,
    ours_ms: round(oursMs),
    baseline: "commitlint --from --to (config-conventional)",
    baseline_ms: round(baseMs),
    ratio: Number.isFinite(ratio) ? Math.round(ratio * 1000) / 1000 : null,
    peak_mib: round(Math.max(...o.map((r) => r.rss).filter(Number.isFinite))),
    budget: n === 1000 ? "≤ 0.25× commitlint" : "< 1000 ms",
    pass: n === 1000 ? Number.isFinite(ratio) && ratio <= 0.25 : oursMs < 1000,
  };
  const basePeak = c.map((r) => r.rss).filter(Number.isFinite);
  if (basePeak.length) row.baseline_peak_mib = round(Math.max(...basePeak));
  if (baselineError) row.baseline_note = `commitlint failed in ${RUNS - c.length} of ${RUNS} runs: ${baselineError.trim().slice(0, 200)}`;
  rows.push(row);
  console.log(
    `${row.case}: ours ${row.ours_ms} ms (${row.peak_mib} MiB), commitlint ${row.baseline_ms ?? "n/a"} ms, ratio ${row.ratio ?? "n/a"}, budget ${row.budget}: ${row.pass ? "pass" : "FAIL"}${baselineError ? ` [${row.baseline_note}]` : ""}`,
  );
}
mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
writeFileSync(path.join(ROOT, "bench/results/spec-hash-check.json"), JSON.stringify({ rows }, null, 2) + "\n");
rmSync(scratch, { recursive: true, force: true });
