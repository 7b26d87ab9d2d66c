// npm run bench: run every bench/*.bench.mjs (or the ones named), then write the figures into
// the README's performance table between <!-- bench:start --> and <!-- bench:end -->.
//   node bench/run.mjs                 all benches, then the table
//   node bench/run.mjs --table-only    only re-render the table from bench/results/*.json
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { requireNode } from "../scripts/require-node.mjs";
import { ROOT } from "./lib.mjs";

requireNode("bench");

const args = process.argv.slice(2);
const tableOnly = args.includes("--table-only");
const names = args.filter((a) => !a.startsWith("--"));
let failed = false;
if (!tableOnly) {
  if (!existsSync(path.join(ROOT, "dist"))) {
    console.error("bench: build first (npm run build)");
    process.exit(1);
  }
  for (const f of readdirSync(path.join(ROOT, "bench"))
    .filter((f) => f.endsWith(".bench.mjs"))
    .sort()) {
    if (names.length && !names.some((n) => f.startsWith(n))) continue;
    console.log(`\n== ${f}`);
    const r = spawnSync(process.execPath, [path.join(ROOT, "bench", f)], { stdio: "inherit", cwd: ROOT });
    if (r.status !== 0) {
      failed = true;
      console.error(`bench: ${f} failed (exit ${r.status})`);
    }
  }
}

const results = readdirSync(path.join(ROOT, "bench/results"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const file = path.join(ROOT, "bench/results", f);
    const data = JSON.parse(readFileSync(file, "utf8"));
    // Every bench writes rows; name and date default to the file's, for benches that write only rows.
    return { name: f.replace(/\.json$/, ""), measured_at: statSync(file).mtime.toISOString(), ...data };
  });
const lines = [
  "| benchmark | case | specpipe | baseline (same run) | ratio | budget | peak memory | |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
];
for (const r of results) {
  for (const row of r.rows) {
    lines.push(
      `| ${r.name} | ${row.case} | ${row.ours_ms} ms | ${row.baseline}: ${row.baseline_ms} ms | ${row.ratio}× | ${row.budget} | ${row.peak_mib != null ? `${row.peak_mib} MiB` : "—"} | ${row.pass === null ? "n/a" : row.pass ? "✓" : "✗ over"} |`,
    );
  }
}
const when =
  results
    .map((r) => r.measured_at)
    .sort()
    .at(-1)
    ?.slice(0, 10) ?? "never";
const machine =
  results.find((r) => r.machine && !r.machine.includes("?"))?.machine ??
  `${process.platform} ${process.arch}, ${(await import("node:os")).cpus().length} CPUs`;
const table = `${lines.join("\n")}\n\nMeasured ${when} on ${machine}, Node ${results.find((r) => r.node)?.node ?? process.version}, with \`npm run bench\`. Medians of interleaved runs; ratios are the figure that holds across machines.\n`;
const readmePath = path.join(ROOT, "README.md");
const readme = readFileSync(readmePath, "utf8");
const start = readme.indexOf("<!-- bench:start -->");
const end = readme.indexOf("<!-- bench:end -->");
if (start === -1 || end === -1) {
  console.error("bench: README.md has no <!-- bench:start --> / <!-- bench:end --> markers");
  process.exit(1);
}
writeFileSync(readmePath, readme.slice(0, start) + "<!-- bench:start -->\n" + table + readme.slice(end));
console.log(`\nbench: README.md performance table updated (${lines.length - 2} rows)`);
process.exit(failed ? 1 : 0);
