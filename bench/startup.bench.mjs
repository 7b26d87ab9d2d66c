// Start-up of every bundled action: the process loads its bundle, reads its inputs and stops at
// the first input error (an input value that is invalid for every action). Heavy modules must be
// loaded lazily, so this stays <= 2x bare `node -e 0` (issue 2).
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { actionEnv, compare, ROOT, writeResults } from "./lib.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "specpipe-bench-start-"));
const rows = [];
for (const name of readdirSync(path.join(ROOT, "actions")).sort()) {
  const bundle = path.join(ROOT, "dist", name, "index.js");
  if (!existsSync(bundle)) continue;
  // An empty workspace: each action fails fast on what it cannot find, after loading everything
  // it loads eagerly. That is the start-up cost every run pays.
  const result = compare({
    ours: { cmd: process.execPath, args: [bundle], cwd: dir, env: actionEnv(dir), memory: true },
    baseline: { cmd: process.execPath, args: ["-e", "0"], cwd: dir, memory: false },
    runs: 15,
    warmup: 2,
  });
  rows.push({ case: `start ${name}`, ...result, baseline: "node -e 0", budget: "≤ 2×", pass: result.ratio <= 2 });
}
rmSync(dir, { recursive: true, force: true });
writeResults("startup", rows);
