// The runner image's `npx`, offline: runs a binary the project installed (node_modules/.bin of the
// working directory or a parent), and fails as npx does when it would have to download one.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const at = args.findIndex((a) => !a.startsWith("-"));
const command = args[at];
let dir = process.cwd();
let found;
for (;;) {
  const candidate = path.join(dir, "node_modules", ".bin", command ?? "");
  if (command && fs.existsSync(candidate)) {
    found = candidate;
    break;
  }
  const parent = path.dirname(dir);
  if (parent === dir) break;
  dir = parent;
}
if (!found) {
  process.stderr.write(`npm error could not determine executable to run (${command} is not installed and the test runner is offline)\n`);
  process.exitCode = 1;
} else {
  const result = spawnSync(found, args.slice(at + 1), { stdio: "inherit" });
  process.exitCode = result.status ?? 1;
}
