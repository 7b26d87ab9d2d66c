#!/usr/bin/env node
// Type-check, then bundle each action (and the CLI) with ncc into dist/<name>/.
//   node scripts/build.mjs                 everything
//   node scripts/build.mjs coverage-update only the named bundles (no type-check with --no-check)
//   node scripts/build.mjs --out DIR       write bundles under DIR instead of dist/ (check-dist)
import { spawnSync } from "node:child_process";
import { existsSync, promises as fs, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { requireNode } from "./require-node.mjs";

requireNode("build");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// ncc gives webpack no `context`, so webpack takes the working directory, and every module id and
// chunk name is a hash of a path relative to it: the same sources built from another folder (or
// from a test's temp folder) got other ids. Building from the repository root makes dist/ a
// function of the sources and the lockfile alone (ADR 0026).
process.chdir(root);
const require = createRequire(import.meta.url);
const ncc = require("@vercel/ncc");

const args = process.argv.slice(2);
let outRoot = path.join(root, "dist");
const names = [];
let check = true;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--out") outRoot = path.resolve(args[++i]);
  else if (args[i] === "--no-check") check = false;
  else names.push(args[i]);
}

/**
 * Worker-thread bundles, built into a folder of each bundle that starts them (ADR 0025): the
 * metrics report reads large store files in segments, and each worker loads only this entry.
 */
const WORKERS = { "report-worker": { entry: "packages/core/src/metrics/report-worker.ts", in: ["metrics-collect", "cli"] } };
/** Folders inside a bundle's output that other bundles own: a rebuild leaves them alone. */
const NESTED = new Set(["post", ...Object.keys(WORKERS)]);

/** Every bundle: [name, entry file, output folder relative to outRoot]. */
function entries() {
  const list = [];
  const add = (name, out) => {
    for (const [worker, w] of Object.entries(WORKERS))
      if (w.in.includes(name)) list.push([name, path.join(root, w.entry), path.join(out, worker)]);
  };
  for (const name of readdirSync(path.join(root, "actions")).sort()) {
    const src = path.join(root, "actions", name, "src");
    if (existsSync(path.join(src, "main.ts"))) list.push([name, path.join(src, "main.ts"), name]);
    if (existsSync(path.join(src, "post.ts"))) list.push([name, path.join(src, "post.ts"), path.join(name, "post")]);
    add(name, name);
  }
  list.push(["cli", path.join(root, "packages/cli/src/bin.ts"), "cli"]);
  add("cli", "cli");
  return list;
}

if (check && names.length === 0) {
  for (const script of ["gen-schemas.mjs"]) {
    const p = path.join(root, "scripts", script);
    if (existsSync(p)) {
      const r = spawnSync(process.execPath, [p], { stdio: "inherit", cwd: root });
      if (r.status !== 0) process.exit(r.status ?? 1);
    }
  }
  const r = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.json", "--noEmit"], {
    stdio: "inherit",
    cwd: root,
  });
  if (r.status !== 0) {
    console.error("build: type-check failed");
    process.exit(r.status ?? 1);
  }
}

const selected = entries().filter(([name]) => names.length === 0 || names.includes(name));
if (selected.length === 0) {
  console.error(`build: no bundle named ${names.join(", ")}`);
  process.exit(1);
}

// ncc keeps webpack's state between builds in one process: six bundles in a row exhausted V8's
// 4 GB heap. Each bundle is therefore built in a child process of its own, two at a time.
if (!process.env.SPECPIPE_BUILD_ONE && selected.length > 1) {
  const { spawn } = await import("node:child_process");
  const queue = [...selected];
  let failed = false;
  const worker = async () => {
    while (queue.length && !failed) {
      const [name, entry, outRel] = queue.shift();
      const code = await new Promise((resolve) => {
        const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--no-check", "--out", outRoot, name], {
          cwd: root,
          stdio: "inherit",
          env: { ...process.env, SPECPIPE_BUILD_ONE: JSON.stringify([name, entry, outRel]) },
        });
        child.on("close", resolve);
      });
      if (code !== 0) failed = true;
    }
  };
  await Promise.all([worker(), worker()]);
  process.exit(failed ? 1 : 0);
}
const only = process.env.SPECPIPE_BUILD_ONE ? [JSON.parse(process.env.SPECPIPE_BUILD_ONE)] : selected;

for (const [name, entry, outRel] of only) {
  const out = path.join(outRoot, outRel);
  let bundle;
  try {
    bundle = await ncc(entry, {
      cache: false,
      minify: true,
      sourceMap: false,
      target: "es2022",
      quiet: true,
      // Not transpileOnly: TypeScript's single-file transpile cannot tell that a NodeNext file in a
      // "type": "module" package is ESM and emits CommonJS, which breaks top-level await.
      transpileOnly: false,
      // Our sources are ES modules ("type": "module"); ncc's CLI infers this, its API does not.
      esm: true,
    });
  } catch (e) {
    // ncc's errors can carry megabytes of minified source; the first lines say what broke.
    console.error(
      `build: bundling ${name} failed: ${String(e?.message ?? e)
        .split("\n")
        .slice(0, 8)
        .join("\n")
        .slice(0, 2000)}`,
    );
    process.exit(1);
  }
  const { code, assets } = bundle;
  // Clear only this bundle's own files (a post/ bundle lives inside its action's folder).
  await fs.mkdir(out, { recursive: true });
  for (const f of readdirSync(out)) {
    if (!NESTED.has(f)) await fs.rm(path.join(out, f), { recursive: true, force: true });
  }
  // The CLI bundle is the package's `bin`: it needs the interpreter line.
  const isBin = outRel === "cli";
  await fs.writeFile(path.join(out, "index.js"), isBin && !code.startsWith("#!") ? `#!/usr/bin/env node\n${code}` : code);
  if (isBin) await fs.chmod(path.join(out, "index.js"), 0o755);
  for (const [file, asset] of Object.entries(assets)) {
    await fs.mkdir(path.dirname(path.join(out, file)), { recursive: true });
    await fs.writeFile(path.join(out, file), asset.source);
  }
  console.log(`build: ${path.relative(root, path.join(out, "index.js"))} (${name}) ${Math.round(code.length / 1024)} KiB`);
}
