#!/usr/bin/env node
// Generate the JSON Schemas in schemas/ from their zod sources.
//   node scripts/gen-schemas.mjs           write schemas/*.json
//   node scripts/gen-schemas.mjs --check   write nothing; exit 1 listing each stale file
//
// The zod schemas are TypeScript (packages/core/src/**), and Node cannot import them as they are:
// Node 24 strips types, but our imports end in .js (NodeNext) and it does not rewrite them. So each generator module is bundled with ncc, the
// bundler the build already uses (a devDependency), into a temporary ES module, which is then
// imported and run. No loader, no extra package, the same TypeScript semantics as the action bundles.
import { mkdtempSync, promises as fs, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const check = process.argv.includes("--check");

/** [output file, generator module, exported function returning the file's text]. */
const SCHEMAS = [["schemas/playbook.schema.json", "packages/core/src/playbook/json-schema.ts", "playbookJsonSchemaText"]];

async function loadModule(entry) {
  const ncc = require("@vercel/ncc");
  const { code, assets } = await ncc(path.join(root, entry), {
    cache: false,
    minify: false,
    sourceMap: false,
    target: "es2022",
    quiet: true,
    transpileOnly: true,
    esm: true,
  });
  const dir = mkdtempSync(path.join(tmpdir(), "specpipe-gen-schemas-"));
  try {
    await fs.writeFile(path.join(dir, "package.json"), '{ "type": "module" }\n');
    await fs.writeFile(path.join(dir, "index.js"), code);
    for (const [file, asset] of Object.entries(assets ?? {})) {
      await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await fs.writeFile(path.join(dir, file), asset.source);
    }
    return await import(pathToFileURL(path.join(dir, "index.js")).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const stale = [];
for (const [out, entry, fn] of SCHEMAS) {
  const mod = await loadModule(entry);
  if (typeof mod[fn] !== "function") {
    console.error(`gen-schemas: ${entry} does not export ${fn}()`);
    process.exit(2);
  }
  const text = mod[fn]();
  const target = path.join(root, out);
  let current;
  try {
    current = readFileSync(target, "utf8");
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  if (check) stale.push(out);
  else {
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, text);
    console.log(`gen-schemas: wrote ${out}`);
  }
}
if (stale.length) {
  console.error(`gen-schemas: stale: ${stale.join(", ")}. Run node scripts/gen-schemas.mjs and commit the result.`);
  process.exit(1);
}
if (check) console.log("gen-schemas: schemas/ is up to date");
