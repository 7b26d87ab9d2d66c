#!/usr/bin/env node
// npm run demo: run specpipe on an example repository, copied to a temporary folder, exactly as
// a workflow would (the bundled actions as child processes, with the runner's environment), and
// print a short readable report of each step. Nothing outside the temporary folder is touched.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bold = (s) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

for (const bundle of ["coverage-update"]) {
  if (!existsSync(path.join(ROOT, "dist", bundle, "index.js"))) {
    console.error(`demo: dist/${bundle}/index.js is missing; run npm run build`);
    process.exit(1);
  }
}

const work = mkdtempSync(path.join(tmpdir(), "specpipe-demo-"));
const repo = path.join(work, "repo");
const remote = path.join(work, "origin.git");
cpSync(path.join(ROOT, "examples/demo-repo"), repo, { recursive: true });
const gitEnv = { ...process.env, GIT_AUTHOR_NAME: "Demo", GIT_AUTHOR_EMAIL: "demo@example.com", GIT_COMMITTER_NAME: "Demo", GIT_COMMITTER_EMAIL: "demo@example.com", GIT_CONFIG_GLOBAL: "/dev/null" };
const git = (...args) => {
  const r = spawnSync("git", args, { cwd: repo, env: gitEnv, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
};
spawnSync("git", ["init", "-q", "--bare", "-b", "main", remote]);
git("init", "-q", "-b", "main");
git("add", "-A");
git("commit", "-qm", "chore: example project");
git("remote", "add", "origin", remote);
git("push", "-q", "origin", "main");

/** Run a bundled action as the runner does; return exit code, outputs and stdout. */
function runAction(name, inputs) {
  const out = path.join(work, `${name}-${Date.now()}.out`);
  writeFileSync(out, "");
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, CI: "true", GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: repo, GITHUB_OUTPUT: out };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = String(v);
  const r = spawnSync(process.execPath, [path.join(ROOT, "dist", name, "index.js")], { cwd: repo, env, encoding: "utf8" });
  const outputs = {};
  const text = readFileSync(out, "utf8");
  for (const m of text.matchAll(/^([^<\n]+)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3];
  return { code: r.status, outputs, stdout: r.stdout + r.stderr };
}

console.log(bold("specpipe demo") + ` — example repository in ${repo}\n`);
console.log("  specs/: 001-user-login.md, 002-password-reset.md, 003-order-history/ (Spec Kit), glossary.md, TEMPLATE.md (skipped)");
console.log("  docs/SPEC-COVERAGE.md has one row (001); reports/junit.xml holds the last test run\n");

console.log(bold("1. coverage-update, dry run") + " — what a real run would write:");
const dry = runAction("coverage-update", { "dry-run": true, "test-results": "reports/junit.xml", "mark-tested": true });
console.log(indent(dry.outputs.diff ?? dry.stdout));
console.log(`  exit ${dry.code}; files changed on disk: ${git("status", "--porcelain") === "" ? "none" : "SOME (bug)"}\n`);

console.log(bold("2. coverage-update, after green tests") + " (CI=true):");
const real = runAction("coverage-update", { "test-results": "reports/junit.xml", "mark-tested": true });
console.log(`  exit ${real.code}; changed: ${real.outputs.changed}; rows added: ${JSON.parse(real.outputs["added-rows"] ?? "[]").map((r) => r.key).join(", ")}`);
console.log(`  specs implemented: ${real.outputs["specs-implemented"]}, pending: ${real.outputs["specs-pending"]}, tests: ${real.outputs["test-count"]}\n`);

console.log(bold("3. coverage-update, second run") + " — idempotent:");
const again = runAction("coverage-update", { "test-results": "reports/junit.xml", "mark-tested": true });
console.log(`  exit ${again.code}; changed: ${again.outputs.changed}\n`);

console.log(bold("4. coverage-update, report mode:"));
const report = runAction("coverage-update", { mode: "report" });
console.log(indent(report.stdout.split("\n").filter((l) => !l.startsWith("::")).join("\n")));

console.log(bold("docs/SPEC-COVERAGE.md now:"));
console.log(indent(readFileSync(path.join(repo, "docs/SPEC-COVERAGE.md"), "utf8")));
console.log(`The example repository stays in ${repo} for you to look at.`);

function indent(text) {
  return text
    .trimEnd()
    .split("\n")
    .map((l) => "    " + l)
    .join("\n");
}
