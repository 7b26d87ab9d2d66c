import { main } from "./main.js";

// `specpipe playbook status | head -1`: the reader went away. That is how pipes end, not an error:
// stop writing and exit quietly, as cat and git do (EPIPE would otherwise crash with a stack).
let closed = false;
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code !== "EPIPE") throw e;
  closed = true;
  process.exit(process.exitCode ?? 0);
});

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (t) => {
    if (!closed) process.stdout.write(t);
  },
  err: (t) => process.stderr.write(t),
});
process.exitCode = code;
