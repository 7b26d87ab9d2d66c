import { promises as fs } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { REPO_ROOT } from "./run-action.js";
import { tempDir } from "./repo.js";

/**
 * A bundle of the specpipe CLI from the current sources, for tests that need a real command on
 * disk (git hooks run it as a child of git). Built with ncc like scripts/build.mjs does, into a
 * temp folder, so dist/cli (the lead's) is left alone.
 */
let cached: Promise<string> | undefined;

export function specCliBundle(): Promise<string> {
  cached ??= (async () => {
    const require = createRequire(import.meta.url);
    const ncc = require("@vercel/ncc") as (
      entry: string,
      options: Record<string, unknown>,
    ) => Promise<{ code: string; assets: Record<string, { source: string | Buffer }> }>;
    const { code, assets } = await ncc(path.join(REPO_ROOT, "packages/cli/src/bin.ts"), {
      cache: false,
      minify: false,
      sourceMap: false,
      target: "es2022",
      quiet: true,
      transpileOnly: false,
      esm: true,
    });
    const out = path.join(tempDir("specpipe-cli-"), "cli");
    await fs.mkdir(out, { recursive: true });
    await fs.writeFile(path.join(out, "index.js"), code);
    await fs.writeFile(path.join(out, "package.json"), '{ "type": "module" }\n');
    for (const [file, asset] of Object.entries(assets)) {
      await fs.mkdir(path.dirname(path.join(out, file)), { recursive: true });
      await fs.writeFile(path.join(out, file), asset.source);
    }
    return path.join(out, "index.js");
  })();
  return cached;
}

/**
 * Builds the bundle before the tests of the file (or describe block) and removes it after them;
 * returns its entry's path, for the tests to call once the bundle is built.
 */
export function useSpecCliBundle(timeoutMs: number): () => string {
  let entry: string | undefined;
  beforeAll(async () => {
    entry = await specCliBundle();
  }, timeoutMs);
  afterAll(async () => {
    if (entry) await fs.rm(path.dirname(path.dirname(entry)), { recursive: true, force: true });
  });
  return () => {
    if (entry === undefined) throw new Error("the CLI bundle is used before its beforeAll ran");
    return entry;
  };
}
