// Where a token ended up: the files under a folder that hold it, and the JSON lines an agent left.
import { promises as fs } from "node:fs";
import * as path from "node:path";

async function regularFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await regularFiles(p)));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** The basic auth credentials git is given for the token (what actions/checkout puts in an extraheader). */
export function gitBasicAuth(token: string): string {
  return Buffer.from(`x-access-token:${token}`).toString("base64");
}

/** The files under `dir` (relative) that hold the token, or the basic auth credentials git gets for it. */
export async function tokenIn(dir: string, token: string): Promise<string[]> {
  const header = gitBasicAuth(token);
  const found: string[] = [];
  for (const f of await regularFiles(dir)) {
    const text = (await fs.readFile(f)).toString("latin1");
    if (text.includes(token) || text.includes(header)) found.push(path.relative(dir, f));
  }
  return found;
}

/** The JSON lines of a file the agent appended to (none when it is missing). */
export async function jsonLines(file: string): Promise<Record<string, unknown>[]> {
  return (await fs.readFile(file, "utf8").catch(() => ""))
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
