/**
 * A separate process that runs `specpipe` commands through the CLI's `main()`, for tests that need
 * real concurrency (several processes appending to one store, two jobs racing for a claim).
 * Bundled on demand by `metrics-bundle.ts`. Argument: a JSON file
 *   { "cwd": "...", "runs": [["metrics", "record", ...], ...] }
 * Prints one JSON line per run: { code, out, err }. Exit code: the first non-zero code, else 0.
 */
import { readFileSync } from "node:fs";
import { main } from "../../packages/cli/src/main.js";

interface Job {
  cwd: string;
  runs: string[][];
}

async function run(): Promise<number> {
  const job = JSON.parse(readFileSync(process.argv[2], "utf8")) as Job;
  let exit = 0;
  for (const argv of job.runs) {
    let out = "";
    let err = "";
    const code = await main(argv, { cwd: job.cwd, env: process.env, out: (t) => (out += t), err: (t) => (err += t) });
    process.stdout.write(JSON.stringify({ code, out, err }) + "\n");
    if (code !== 0 && exit === 0) exit = code;
  }
  return exit;
}

run().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(String((e as Error)?.stack ?? e) + "\n");
    process.exitCode = 2;
  },
);
