#!/usr/bin/env node
// Rebuild bundles from clean into a temp folder and compare them with the committed dist/.
// Fails listing each file that differs, is missing, or is extra: dist/ must match the sources.
//   node scripts/check-dist.mjs                  every bundle, and the generated schemas and docs
//   node scripts/check-dist.mjs spec-hash-check  only the named bundles (test/check-dist.test.ts)
// CI runs this on the clean clone before anything rebuilds dist/ (.ci/run), so it compares what
// was committed, not a build with itself.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { requireNode } from "./require-node.mjs";

requireNode("check-dist");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const names = process.argv.slice(2);
const fresh = mkdtempSync(path.join(tmpdir(), "specpipe-dist-"));
const r = spawnSync(process.execPath, [path.join(root, "scripts/build.mjs"), "--no-check", "--out", fresh, ...names], {
  stdio: "inherit",
  cwd: root,
});
if (r.status !== 0) {
  rmSync(fresh, { recursive: true, force: true });
  process.exit(r.status ?? 1);
}

function walk(dir, base = dir, acc = []) {
  if (!existsSync(dir)) return acc;
  for (const f of readdirSync(dir)) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) walk(p, base, acc);
    else acc.push(path.relative(base, p));
  }
  return acc;
}
// A named bundle owns its folder (dist/cli/, dist/speckit-run/ with post/ inside).
const scopes = names.length ? names : readdirSync(fresh);
const committed = new Set(scopes.flatMap((s) => walk(path.join(root, "dist", s)).map((f) => path.join(s, f))));
const rebuilt = new Set(scopes.flatMap((s) => walk(path.join(fresh, s)).map((f) => path.join(s, f))));
const problems = [];
for (const f of [...rebuilt].sort()) {
  if (!committed.has(f)) problems.push(`missing  dist/${f}`);
  else if (!readFileSync(path.join(fresh, f)).equals(readFileSync(path.join(root, "dist", f)))) problems.push(`differs  dist/${f}`);
}
for (const f of [...committed].sort()) if (!rebuilt.has(f)) problems.push(`extra    dist/${f}`);
if (!names.length) {
  for (const d of readdirSync(path.join(root, "dist"))) if (!scopes.includes(d)) problems.push(`extra    dist/${d}/`);
}

// Generated files outside dist/ are checked the same way.
if (!names.length) {
  for (const [script, files] of [
    ["gen-schemas.mjs", ["schemas"]],
    ["gen-docs.mjs", ["actions"]],
  ]) {
    const p = path.join(root, "scripts", script);
    if (!existsSync(p)) continue;
    const c = spawnSync(process.execPath, [p, "--check"], { stdio: "inherit", cwd: root });
    if (c.status !== 0) problems.push(`stale    ${files.join(", ")} (run node scripts/${script})`);
  }
}
rmSync(fresh, { recursive: true, force: true });
if (problems.length) {
  console.error("check-dist: dist/ does not match the sources. Run `npm run build` and commit dist/.");
  for (const p of problems) console.error("  " + p);
  process.exit(1);
}
console.log(`check-dist: dist/ matches the sources (${rebuilt.size} files)`);
