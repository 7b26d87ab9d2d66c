import { execFileSync } from "node:child_process";
import { promises as fs, mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { isUserError } from "../errors.js";
import { insideWorkspace, readRegularFile, readRegularFileSync } from "./guard.js";

const top = realpathSync(mkdtempSync(path.join(tmpdir(), "specpipe-guard-")));
const root = path.join(top, "ws");
const outsideDir = path.join(top, "elsewhere");
mkdirSync(path.join(root, "docs", "deep"), { recursive: true });
mkdirSync(outsideDir);
writeFileSync(path.join(root, "docs", "a.md"), "inside\n");
writeFileSync(path.join(outsideDir, "secret.txt"), "TOKEN=ghs_x\n");
symlinkSync(path.join(outsideDir, "secret.txt"), path.join(root, "docs", "leak.md"));
symlinkSync("/proc/self/environ", path.join(root, "docs", "environ.md"));
symlinkSync(outsideDir, path.join(root, "out"));
symlinkSync("docs", path.join(root, "docs-link"));
symlinkSync("a.md", path.join(root, "docs", "alias.md"));
symlinkSync(path.join(root, "nowhere"), path.join(root, "dangling"));
afterAll(() => fs.rm(top, { recursive: true, force: true }));

async function code(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    if (!isUserError(e)) throw e;
    return e.code;
  }
}

describe("insideWorkspace", () => {
  it("resolves relative and absolute paths inside the workspace", async () => {
    expect(await insideWorkspace(root, "docs/a.md", { what: "x" })).toEqual({ abs: path.join(root, "docs/a.md"), rel: "docs/a.md" });
    expect((await insideWorkspace(root, path.join(root, "docs"), { what: "x" })).rel).toBe("docs");
    expect((await insideWorkspace(root, ".", { what: "x" })).rel).toBe(".");
    expect((await insideWorkspace(root, "docs/new/file.md", { what: "x" })).rel).toBe("docs/new/file.md");
    expect((await insideWorkspace(root, "a.md", { what: "x" }, path.join(root, "docs"))).rel).toBe("docs/a.md");
  });

  it("refuses paths that leave the workspace, naming the input", async () => {
    for (const p of ["../x.md", "../../etc/passwd", "/etc/passwd", "docs/../../x", outsideDir]) {
      await expect(insideWorkspace(root, p, { what: "coverage-file" })).rejects.toThrow(`coverage-file "${p}" is outside the workspace`);
    }
    expect(await code(insideWorkspace(root, "a\0b", { what: "x" }))).toBe("path.outside-workspace");
  });

  it("refuses a symlink on the way that leads out, and allows one that stays in", async () => {
    expect(await code(insideWorkspace(root, "out/secret.txt", { what: "specs-dir" }))).toBe("path.outside-workspace");
    expect(await code(insideWorkspace(root, "out", { what: "specs-dir" }))).toBe("path.outside-workspace");
    expect(await code(insideWorkspace(root, "docs/leak.md", { what: "f" }))).toBe("path.outside-workspace");
    expect(await code(insideWorkspace(root, "docs/environ.md", { what: "f" }))).toBe("path.outside-workspace");
    expect((await insideWorkspace(root, "docs-link/a.md", { what: "f" })).rel).toBe("docs-link/a.md");
    expect((await insideWorkspace(root, "docs/alias.md", { what: "f" })).rel).toBe("docs/alias.md");
    expect(await code(insideWorkspace(root, "dangling/x", { what: "f" }))).toBe("path.symlink");
  });

  it("with noSymlink refuses any symlink as the file itself", async () => {
    await expect(insideWorkspace(root, "docs/alias.md", { what: "status-file", noSymlink: true })).rejects.toThrow(
      'status-file "docs/alias.md" is a symlink',
    );
    expect((await insideWorkspace(root, "docs/a.md", { what: "f", noSymlink: true })).rel).toBe("docs/a.md");
  });

  it("never returns a path outside the workspace (property)", async () => {
    const seg = fc.constantFrom("docs", "deep", "a.md", "..", ".", "out", "docs-link", "leak.md", "x", "/");
    await fc.assert(
      fc.asyncProperty(fc.array(seg, { minLength: 1, maxLength: 6 }), async (segs) => {
        const input = segs.join("/");
        try {
          const g = await insideWorkspace(root, input, { what: "p" });
          const real = await fs.realpath(g.abs).catch(() => undefined);
          const rel = path.relative(root, g.abs);
          expect(rel.startsWith("..") || path.isAbsolute(rel)).toBe(false);
          if (real) expect(path.relative(root, real).startsWith("..")).toBe(false);
        } catch (e) {
          expect(isUserError(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("readRegularFile", () => {
  it("reads a regular file and says undefined for a missing one", async () => {
    expect((await readRegularFile(path.join(root, "docs/a.md"), "docs/a.md"))?.toString()).toBe("inside\n");
    expect(await readRegularFile(path.join(root, "docs/none.md"), "docs/none.md")).toBeUndefined();
  });

  it("refuses a symlink, even one inside, without reading its target", async () => {
    await expect(readRegularFile(path.join(root, "docs/environ.md"), "docs/environ.md")).rejects.toThrow("docs/environ.md is a symlink");
    expect(await code(readRegularFile(path.join(root, "docs/alias.md"), "docs/alias.md"))).toBe("path.symlink");
  });

  it("refuses a folder, a FIFO and a file over the limit", async () => {
    expect(await code(readRegularFile(path.join(root, "docs"), "docs"))).toBe("path.not-a-file");
    const fifo = path.join(root, "fifo");
    execFileSync("mkfifo", [fifo]);
    expect(await code(readRegularFile(fifo, "fifo"))).toBe("path.not-a-file");
    expect(await code(readRegularFile(path.join(root, "docs/a.md"), "docs/a.md", 3))).toBe("path.too-large");
  });

  it("a path through a file (ENOTDIR) is a UserError naming it, in both readers", async () => {
    const through = path.join(root, "docs/a.md/STATUS.md");
    await expect(readRegularFile(through, "docs/a.md/STATUS.md")).rejects.toMatchObject({
      name: "UserError",
      code: "path.not-a-file",
      file: "docs/a.md/STATUS.md",
      message: "docs/a.md/STATUS.md cannot exist: a folder on its path is a file",
    });
    expect(() => readRegularFileSync(through, "docs/a.md/STATUS.md")).toThrow(
      expect.objectContaining({ name: "UserError", code: "path.not-a-file" }),
    );
  });
});

describe("readRegularFileSync (the same checks, for loops over many small files)", () => {
  const sync = (abs: string, what: string, max?: number): string | undefined => {
    try {
      readRegularFileSync(abs, what, max);
      return undefined;
    } catch (e) {
      if (!isUserError(e)) throw e;
      return e.code;
    }
  };
  it("reads, says undefined for a missing file, refuses links, folders, FIFOs and big files", () => {
    expect(readRegularFileSync(path.join(root, "docs/a.md"), "docs/a.md")?.toString()).toBe("inside\n");
    expect(readRegularFileSync(path.join(root, "docs/none.md"), "docs/none.md")).toBeUndefined();
    expect(() => readRegularFileSync(path.join(root, "docs/environ.md"), "docs/environ.md")).toThrow("docs/environ.md is a symlink");
    expect(sync(path.join(root, "docs/leak.md"), "docs/leak.md")).toBe("path.symlink");
    expect(sync(path.join(root, "docs"), "docs")).toBe("path.not-a-file");
    expect(sync(path.join(root, "fifo"), "fifo")).toBe("path.not-a-file");
    expect(sync(path.join(root, "docs/a.md"), "docs/a.md", 3)).toBe("path.too-large");
  });
});
