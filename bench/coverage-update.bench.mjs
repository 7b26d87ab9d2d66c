// coverage-update at scale: 1,000 and 10,000 flat specs with half their rows missing. The whole
// bundled action process is timed against bare `node -e 0` in the same run.
// Budgets (issue 2): 1,000 specs <= 2.5x, 10,000 specs <= 20x `node -e 0`.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { actionEnv, compare, ROOT, writeResults } from "./lib.mjs";

function generate(n) {
  const dir = mkdtempSync(path.join(tmpdir(), `specpipe-bench-cov-${n}-`));
  mkdirSync(path.join(dir, "specs"));
  mkdirSync(path.join(dir, "docs"));
  const width = String(n).length + 1;
  let rows = "";
  for (let i = 1; i <= n; i++) {
    const key = `${String(i).padStart(width, "0")}-generated-spec-${i}`;
    writeFileSync(path.join(dir, "specs", `${key}.md`), `# Spec: Generated spec ${i}\n\n## Requirements\n\n- [x] first\n- [ ] second\n`);
    if (i % 2) rows += `| ${key} | ✓ | ✓ | ? | |\n`;
  }
  const coverage = `# Spec Coverage\n\n| Spec | Present | Spec'd | Tested | Notes |\n|---|---|---|---|---|\n${rows}`;
  const status = "# Status\n\n## Test Count\n\n0\n\n## Specs Implemented\n\n## Specs Pending Implementation\n";
  const restore = () => {
    writeFileSync(path.join(dir, "docs/SPEC-COVERAGE.md"), coverage);
    writeFileSync(path.join(dir, "docs/STATUS.md"), status);
  };
  restore();
  return { dir, restore };
}

const bundle = path.join(ROOT, "dist/coverage-update/index.js");
const rows = [];
for (const [n, budget, runs] of [
  [1000, 2.5, 9],
  [10000, 20, 5],
]) {
  const { dir, restore } = generate(n);
  const result = compare({
    ours: { cmd: process.execPath, args: [bundle], cwd: dir, env: actionEnv(dir, { "test-count": 1 }), prepare: restore, expectCode: 0 },
    baseline: { cmd: process.execPath, args: ["-e", "0"], cwd: dir, memory: false },
    runs,
  });
  rows.push({
    case: `update ${n.toLocaleString("en")} specs (half the rows missing)`,
    ...result,
    baseline: "node -e 0",
    budget: `≤ ${budget}×`,
    pass: result.ratio <= budget,
  });
  rmSync(dir, { recursive: true, force: true });
}
writeResults("coverage-update", rows);
