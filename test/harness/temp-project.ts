// Temporary folders of files for one test each, removed after each test.
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { afterEach } from "vitest";
import { tempDir } from "./repo.js";

/** Writes `files` (relative paths) under `root`, making their folders. */
export async function writeFiles(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [f, c] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, f)), { recursive: true });
    await fs.writeFile(path.join(root, f), c);
  }
}

/**
 * Registers the removal, after each test, of the folders it makes: `folder()` an empty one,
 * `project(files)` one holding `files`.
 */
export function tempProjects(prefix: string): {
  folder: () => string;
  project: (files: Record<string, string | Buffer>) => Promise<string>;
} {
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
  });
  const folder = () => {
    const d = tempDir(prefix);
    dirs.push(d);
    return d;
  };
  return {
    folder,
    project: async (files) => {
      const root = folder();
      await writeFiles(root, files);
      return root;
    },
  };
}
