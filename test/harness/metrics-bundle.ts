import { spawn } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { REPO_ROOT } from "./run-action.js";
import { tempDir } from "./repo.js";

/**
 * Bundles `metrics-worker.ts` (the CLI's `main()` in a process of its own) with ncc, once per test
 * file, into a temporary folder, and runs it. Tests of concurrency need real processes; the CLI
 * bundle in dist/ is not rebuilt by the tests.
 */
export interface WorkerResult {
  code: number | null;
  runs: { code: number; out: string; err: string }[];
  stderr: string;
}

let bundled: Promise<string> | undefined;

export function workerBundle(): Promise<string> {
  bundled ??= (async () => {
    const require = createRequire(import.meta.url);
    const ncc = require("@vercel/ncc") as (
      entry: string,
      options: object,
    ) => Promise<{ code: string; assets: Record<string, { source: Buffer | string }> }>;
    const out = tempDir("specpipe-metrics-worker-");
    const { code, assets } = await ncc(path.join(REPO_ROOT, "test/harness/metrics-worker.ts"), {
      cache: false,
      minify: false,
      quiet: true,
      target: "es2022",
      transpileOnly: true,
      esm: true,
    });
    await fs.writeFile(path.join(out, "index.js"), code);
    for (const [file, asset] of Object.entries(assets)) {
      await fs.mkdir(path.dirname(path.join(out, file)), { recursive: true });
      await fs.writeFile(path.join(out, file), asset.source);
    }
    if (!existsSync(path.join(out, "package.json"))) await fs.writeFile(path.join(out, "package.json"), '{"type":"module"}\n');
    return path.join(out, "index.js");
  })();
  return bundled;
}

export async function runWorker(cwd: string, runs: string[][], env: NodeJS.ProcessEnv = {}): Promise<WorkerResult> {
  const entry = await workerBundle();
  const jobFile = path.join(path.dirname(entry), `job-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  await fs.writeFile(jobFile, JSON.stringify({ cwd, runs }));
  const child = spawn(process.execPath, [entry, jobFile], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => out.push(c));
  child.stderr.on("data", (c: Buffer) => err.push(c));
  const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
  await fs.rm(jobFile, { force: true });
  const runsOut = Buffer.concat(out)
    .toString("utf8")
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as WorkerResult["runs"][number]);
  return { code, runs: runsOut, stderr: Buffer.concat(err).toString("utf8") };
}
