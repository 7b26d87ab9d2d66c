#!/usr/bin/env node
// Rebuild every bundle from clean into a temp folder and compare with the committed dist/.
// Fails listing each file that differs, is missing, or is extra: dist/ must match the sources.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const fresh = mkdtempSync(path.join(tmpdir(), "specpipe-dist-"));
const r = spawnSync(process.execPath, [path.join(root, "scripts/build.mjs"), "--no-check", "--out", fresh], { stdio: "inherit" });
if (r.status !== 0) process.exit(r.status ?? 1);

function walk(dir, base = dir, acc = []) {
  if (!existsSync(dir)) return acc;
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) walk(p, base, acc);
    else acc.push(path.relative(base, p));
  }
  return acc;
}
const committed = new Set(walk(path.join(root, "dist")));
const rebuilt = new Set(walk(fresh));
const problems = [];
for (const f of rebuilt) {
  if (!committed.has(f)) problems.push(`missing  dist/${f}`);
  else if (!readFileSync(path.join(fresh, f)).equals(readFileSync(path.join(root, "dist", f)))) problems.push(`differs  dist/${f}`);
}
for (const f of committed) if (!rebuilt.has(f)) problems.push(`extra    dist/${f}`);

// Generated files outside dist/ are checked the same way.
for (const [script, files] of [["gen-schemas.mjs", ["schemas"]], ["gen-docs.mjs", ["actions"]]]) {
  const p = path.join(root, "scripts", script);
  if (!existsSync(p)) continue;
  const c = spawnSync(process.execPath, [p, "--check"], { stdio: "inherit", cwd: root });
  if (c.status !== 0) problems.push(`stale    ${files.join(", ")} (run node scripts/${script})`);
}
rmSync(fresh, { recursive: true, force: true });
if (problems.length) {
  console.error("check-dist: dist/ does not match the sources. Run `npm run build` and commit dist/.");
  for (const p of problems) console.error("  " + p);
  process.exit(1);
}
console.log(`check-dist: dist/ matches the sources (${rebuilt.size} files)`);
