// playbook-gate: evaluate a step whose exit conditions read a 10,000-testcase JUnit file and a
// 2,000-file lcov report (status mode: load the playbook, check the beacon, parse both reports,
// evaluate, write outputs and the job summary). The whole bundled action process is timed against
// bare `node -e 0` in the same run. Budget (issue 4): ≤ 6× `node -e 0`.
// Run `node scripts/build.mjs --no-check playbook-gate` first.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { actionEnv, compare, ROOT, writeResults } from "./lib.mjs";

const PLAYBOOK = `version: 1
name: Bench
phases:
  - id: A
    name: Build
    steps:
      - id: A1
        name: Tested and covered
        description: Every test passes; coverage holds.
        exit:
          - type: tests
            reports: reports/junit/*.xml
            min: 10000
            required:
              - name: "e2e*"
          - type: coverage
            report: coverage/lcov.info
            lines: 50
            branches: 40
            no-drop: true
          - type: files
            paths: [docs/spec.md]
      - id: A2
        name: Next
        description: Then this.
`;

function generate() {
  const dir = mkdtempSync(path.join(tmpdir(), "specpipe-bench-playbook-"));
  mkdirSync(path.join(dir, "reports/junit"), { recursive: true });
  mkdirSync(path.join(dir, "coverage"), { recursive: true });
  mkdirSync(path.join(dir, "docs"), { recursive: true });
  writeFileSync(path.join(dir, "docs/spec.md"), "# Spec\n\nThe bench spec.\n");
  writeFileSync(path.join(dir, "playbook.yml"), PLAYBOOK);
  // 10,000 test cases in 100 suites, as vitest's JUnit reporter lays them out.
  let xml = '<?xml version="1.0" encoding="UTF-8" ?>\n<testsuites name="vitest tests" tests="10000" failures="0" errors="0" time="12.3">\n';
  for (let s = 0; s < 100; s++) {
    xml += `    <testsuite name="src/module${s}.test.ts" timestamp="2026-01-01T00:00:00.000Z" hostname="ci" tests="100" failures="0" errors="0" skipped="0" time="0.12">\n`;
    for (let t = 0; t < 100; t++) {
      const name = s === 0 && t === 0 ? "e2e: the mock-up answers" : `module ${s} &gt; behaves ${t}`;
      xml += `        <testcase classname="src/module${s}.test.ts" name="${name}" time="0.001">\n        </testcase>\n`;
    }
    xml += "    </testsuite>\n";
  }
  xml += "</testsuites>\n";
  writeFileSync(path.join(dir, "reports/junit/unit.xml"), xml);
  // 2,000 source files, 60 lines and 8 branches each.
  let lcov = "";
  for (let f = 0; f < 2000; f++) {
    lcov += `TN:\nSF:src/pkg${f % 40}/file${f}.ts\nFN:1,main\nFNDA:3,main\nFNF:1\nFNH:1\n`;
    let lh = 0;
    for (let l = 1; l <= 60; l++) {
      const hits = (f + l) % 5 === 0 ? 0 : l % 7;
      if (hits > 0) lh++;
      lcov += `DA:${l},${hits}\n`;
    }
    let brh = 0;
    for (let b = 0; b < 8; b++) {
      const taken = (f + b) % 3 === 0 ? 0 : 1;
      brh += taken;
      lcov += `BRDA:${b + 1},${b},0,${taken}\n`;
    }
    lcov += `BRF:8\nBRH:${brh}\nLF:60\nLH:${lh}\nend_of_record\n`;
  }
  writeFileSync(path.join(dir, "coverage/lcov.info"), lcov);
  return dir;
}

/** The beacon at the first step, as `specpipe init` writes it: the TypeScript helper, bundled with ncc. */
async function seed(dir) {
  const { default: ncc } = await import("@vercel/ncc");
  const { code, assets } = await ncc(path.join(ROOT, "test/harness/playbook-bench-seed.ts"), {
    cache: false,
    minify: false,
    quiet: true,
    target: "es2022",
    esm: true,
    transpileOnly: false,
  });
  const tmp = mkdtempSync(path.join(tmpdir(), "specpipe-bench-seed-"));
  try {
    writeFileSync(path.join(tmp, "package.json"), '{ "type": "module" }\n');
    writeFileSync(path.join(tmp, "index.js"), code);
    for (const [file, asset] of Object.entries(assets ?? {})) writeFileSync(path.join(tmp, file), asset.source);
    await (await import(pathToFileURL(path.join(tmp, "index.js")).href)).seed(dir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const dir = generate();
await seed(dir);
const bundle = path.join(ROOT, "dist/playbook-gate/index.js");
const summary = path.join(dir, "summary.md");
const output = path.join(dir, "output.txt");
const env = { ...actionEnv(dir, { mode: "status" }), GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output };
const result = compare({
  ours: {
    cmd: process.execPath,
    args: [bundle],
    cwd: dir,
    env,
    prepare: () => (writeFileSync(summary, ""), writeFileSync(output, "")),
    expectCode: 0,
  },
  baseline: { cmd: process.execPath, args: ["-e", "0"], cwd: dir, memory: false },
  runs: 9,
});
// The measured runs must have evaluated for real: both reports read, every condition holding.
const outputs = readFileSync(output, "utf8");
const conditions = JSON.parse(/^conditions<<(.*)\n([\s\S]*?)\n\1$/m.exec(outputs)?.[2] ?? "[]");
if (conditions.length !== 3 || !conditions.every((c) => c.pass) || !/10000 passed/.test(conditions[0].value)) {
  console.error(`playbook-gate bench: the action did not evaluate as expected:\n${outputs}`);
  process.exit(1);
}
const budget = 6;
writeResults("playbook-gate", [
  {
    case: "evaluate a step: 10,000-testcase JUnit + 2,000-file lcov (status mode, whole process)",
    ...result,
    baseline: "node -e 0",
    budget: `≤ ${budget}×`,
    pass: result.ratio <= budget,
  },
]);
rmSync(dir, { recursive: true, force: true });
