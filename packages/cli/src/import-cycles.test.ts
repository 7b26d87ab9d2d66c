import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The CLI once worked only by hoisting: main.ts → commands/index.ts → each command → main.ts for
 * parseOptions. This walks every relative import (static, re-export and `import()`) of the
 * CLI's sources and fails on any cycle, naming it.
 */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["'](\.{1,2}\/[^"']+)["']/gm;

async function sources(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".test.ts"))
    .map((e) => path.join(e.parentPath, e.name));
}

/** file → the files it imports (`./x.js` is the source `./x.ts`). */
async function importGraph(dir: string): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  for (const file of await sources(dir)) {
    const text = await fs.readFile(file, "utf8");
    const targets = [...text.matchAll(IMPORT)].map((m) => path.resolve(path.dirname(file), m[1].replace(/\.js$/, ".ts")));
    graph.set(file, targets);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the files around it (relative to `dir`). */
async function importCycles(dir: string): Promise<string[][]> {
  const graph = await importGraph(dir);
  const cycles: string[][] = [];
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (file: string) => {
    const at = stack.indexOf(file);
    if (at >= 0) {
      cycles.push([...stack.slice(at), file].map((f) => path.relative(dir, f)));
      return;
    }
    if (done.has(file) || !graph.has(file)) return;
    stack.push(file);
    for (const next of graph.get(file)!) visit(next);
    stack.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return cycles;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((d) => fs.rm(d, { recursive: true, force: true })));
});

describe("the CLI's imports", () => {
  it("have no cycle", async () => {
    const graph = await importGraph(here);
    // The walk saw the tree: main.ts reaches the commands through commands/index.ts.
    expect(graph.get(path.join(here, "main.ts"))).toContain(path.join(here, "commands/index.ts"));
    expect(graph.get(path.join(here, "commands/index.ts"))?.length).toBeGreaterThanOrEqual(12);
    expect(await importCycles(here)).toEqual([]);
  });

  it("a cycle like the old one is found and named (static, dynamic and type imports)", async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "specpipe-cycle-"));
    scratch.push(dir);
    await fs.mkdir(path.join(dir, "commands"));
    await fs.writeFile(path.join(dir, "main.ts"), 'import { allCommands } from "./commands/index.js";\n');
    await fs.writeFile(path.join(dir, "commands/index.ts"), 'export { commands } from "./spec.js";\n');
    await fs.writeFile(
      path.join(dir, "commands/spec.ts"),
      'import type { X } from "../types.js";\nimport { parseOptions } from "../main.js";\n',
    );
    await fs.writeFile(path.join(dir, "types.ts"), 'export const lazy = () => import("./leaf.js");\n');
    await fs.writeFile(path.join(dir, "leaf.ts"), 'const again = await import("./types.js");\n');
    expect(await importCycles(dir)).toEqual([
      ["types.ts", "leaf.ts", "types.ts"],
      ["commands/index.ts", "commands/spec.ts", "main.ts", "commands/index.ts"],
    ]);
  });
});
