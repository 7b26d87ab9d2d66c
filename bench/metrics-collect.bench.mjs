#!/usr/bin/env node
// metrics-collect `report` over 1,000,000 records (~170 MB of JSONL), against the floor: a bare
// Node script that streams the same file and JSON.parses each line, nothing else. Both are whole
// processes, measured interleaved in the same run (bench/lib.mjs: medians, peak RSS by GNU time).
//
//   node scripts/build.mjs --no-check metrics-collect   (the bench runs the bundle in dist/)
//   node bench/metrics-collect.bench.mjs [--records N] [--runs N]
//
// Budget: ours ≤ 1.25 × floor wall time, ≤ 110 MiB peak RSS, as an action runs by default (two
// threads on a machine with two or more CPUs, ADR 0025). The same report on one thread
// (SPECPIPE_REPORT_THREADS=1, what a one-CPU runner gets) is measured in the same run and shown,
// not budgeted. The data lives in a temp folder that is removed at the end; only
// bench/results/metrics-collect.json is written to the repo.
import { createWriteStream, existsSync, mkdtempSync, promises as fs, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import * as path from "node:path";
import { actionEnv, compare, ROOT, writeResults } from "./lib.mjs";

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const RECORDS = opt("records", 1_000_000);
const RUNS = opt("runs", 5);
const WALL_BUDGET = 1.25;
const RSS_BUDGET_MIB = 110;

const bundle = path.join(ROOT, "dist/metrics-collect/index.js");
if (!existsSync(bundle)) {
  console.error("bench: dist/metrics-collect/index.js is missing; run: node scripts/build.mjs --no-check metrics-collect");
  process.exit(1);
}

const work = mkdtempSync(path.join(tmpdir(), "specpipe-bench-metrics-"));
try {
  const data = path.join(work, ".specpipe", "metrics.jsonl");
  await fs.mkdir(path.dirname(data), { recursive: true });
  await generate(data, RECORDS, Date.now());
  const size = (await fs.stat(data)).size;
  console.log(`bench: ${RECORDS.toLocaleString("en")} records, ${(size / 1e6).toFixed(0)} MB`);

  const floor = path.join(work, "floor.mjs");
  await fs.writeFile(
    floor,
    `import { createReadStream } from "node:fs";
let rest = "";
let n = 0;
for await (const chunk of createReadStream(process.argv[2], { encoding: "utf8", highWaterMark: 1 << 20 })) {
  const text = rest + chunk;
  let start = 0;
  let nl;
  while ((nl = text.indexOf("\\n", start)) !== -1) {
    JSON.parse(text.slice(start, nl));
    n++;
    start = nl + 1;
  }
  rest = text.slice(start);
}
if (rest) { JSON.parse(rest); n++; }
console.log(n);
`,
  );
  const output = path.join(work, "output");
  const env = {
    ...actionEnv(work, { mode: "report", store: "file", path: ".specpipe/metrics.jsonl", "window-days": 7 }),
    GITHUB_OUTPUT: output,
  };
  const baseline = { cmd: process.execPath, args: [floor, data], cwd: work, expectCode: 0 };
  const run = (extraEnv) => {
    const result = compare({
      ours: {
        cmd: process.execPath,
        args: [bundle],
        env: { ...env, ...extraEnv },
        cwd: work,
        expectCode: 0,
        prepare: () => writeFileSync(output, ""),
      },
      baseline,
      runs: RUNS,
    });
    // The report must have seen every record: 1 in 20 lines is a "running" record.
    const total = /"total":(\d+)/.exec(readFileSync(output, "utf8"))?.[1];
    if (Number(total) !== RECORDS - Math.ceil(RECORDS / 20)) throw new Error(`report counted ${total} outcomes`);
    return result;
  };
  const result = run({});
  const single = run({ SPECPIPE_REPORT_THREADS: "1" });
  const threads = Math.min(2, availableParallelism());
  const pass = result.ratio <= WALL_BUDGET && result.peak_mib !== null && result.peak_mib <= RSS_BUDGET_MIB;
  const what = `report over ${RECORDS.toLocaleString("en")} records (${(size / 1e6).toFixed(0)} MB JSONL)`;
  writeResults("metrics-collect", [
    {
      case: `${what}, as the action runs by default (${threads} thread${threads === 1 ? "" : "s"})`,
      ours_ms: result.ours_ms,
      baseline: "node: stream the file, JSON.parse each line",
      baseline_ms: result.baseline_ms,
      ratio: result.ratio,
      peak_mib: result.peak_mib,
      budget: `≤ ${WALL_BUDGET}× wall, ≤ ${RSS_BUDGET_MIB} MiB`,
      pass,
    },
    {
      case: `${what}, on one thread (SPECPIPE_REPORT_THREADS=1, a one-CPU runner)`,
      ours_ms: single.ours_ms,
      baseline: "node: stream the file, JSON.parse each line",
      baseline_ms: single.baseline_ms,
      ratio: single.ratio,
      peak_mib: single.peak_mib,
      budget: "not budgeted: shown for one-CPU runners",
      pass: null,
    },
  ]);
  process.exitCode = pass ? 0 : 1;
} finally {
  await fs.rm(work, { recursive: true, force: true });
}

/**
 * Records spread over the last 6.9 days (all in the default 7-day window). Every 20th line is a
 * task's "running" record, and the next line is the same task finishing, as an agent runner
 * writes them; the rest are completed (~90%) or failed.
 */
async function generate(file, n, now) {
  const out = createWriteStream(file);
  const types = ["spec", "plan", "tasks", "impl", "review"];
  const models = ["cursor/auto", "claude-sonnet", "gpt-5", "local/llama"];
  const span = 6.9 * 86_400_000;
  let buf = "";
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < n; i++) {
    const created = new Date(now - span + (span * i) / n).toISOString();
    const status = i % 20 === 0 ? "running" : rand() < 0.9 ? "completed" : "failed";
    const id = i % 20 === 0 ? i + 1 : i;
    buf +=
      `{"task_id":"task-${String(id).padStart(9, "0")}","task_type":"${types[id % 5]}","model":"${models[id % 4]}",` +
      `"duration_seconds":${(5 + rand() * 300).toFixed(2)},"status":"${status}","created_at":"${created}",` +
      `"phase":"${types[id % 5]}"}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((r) => out.once("drain", r));
      buf = "";
    }
  }
  out.end(buf);
  await new Promise((r, j) => {
    out.on("finish", r);
    out.on("error", j);
  });
}
