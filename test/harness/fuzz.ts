import { promises as fs } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { expect } from "vitest";
import type { ActionResult } from "./run-action.js";
import type { TestRepo } from "./repo.js";

/**
 * The fuzz tests of the bundled actions (actions/<name>/test/fuzz.test.ts) share what they assert
 * and the hostile values they draw from:
 * - the process exits 0 or 1, never with an internal error (a stack, "internal error");
 * - a failure says what is wrong in one line (an error annotation without a line break);
 * - nothing is written outside the workspace: a sentinel folder next to it, reachable through
 *   `../outside`, its absolute path and a symlink inside the workspace, stays byte for byte as it
 *   was, and no new file appears next to the workspace (the bare remote aside).
 */
export interface Sandbox {
  /** The sentinel folder outside the workspace. */
  outside: string;
  /** Its files and their contents, to compare after each run. */
  snapshot(): Promise<string>;
}

export async function sandbox(repo: TestRepo): Promise<Sandbox> {
  const outside = path.join(repo.root, "outside");
  await fs.mkdir(outside, { recursive: true });
  await fs.writeFile(path.join(outside, "secret.txt"), "do not touch\n");
  await fs.symlink(outside, path.join(repo.dir, "escape"));
  await fs.symlink(path.join(outside, "secret.txt"), path.join(repo.dir, "secret-link.md"));
  const snapshot = async () => {
    const listing: string[] = [];
    for (const name of (await fs.readdir(repo.root)).sort()) {
      if (name === "work" || name === "origin.git") continue;
      listing.push(name);
    }
    for (const name of (await fs.readdir(outside)).sort())
      listing.push(`outside/${name}:${await fs.readFile(path.join(outside, name), "utf8")}`);
    return listing.join("\n");
  };
  return { outside, snapshot };
}

/** Path-like values an attacker would write into an input or a file. */
export function hostilePath(box: Sandbox): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.constantFrom(
        "../outside/x.md",
        "../../etc/passwd",
        "/etc/passwd",
        `${box.outside}/written.md`,
        "escape/x.md",
        "secret-link.md",
        "docs/Spec.md",
        "docs/**/none-*.md",
        "-rf",
        "--output=../outside/git-wrote-this",
        "",
        " ",
        ".",
        "..",
        "docs/spec.md",
      ),
      fc.string({ maxLength: 12 }),
      fc.stringMatching(/^[a-z./_-]{1,20}$/),
    )
    .map(noNul);
}

/** An environment variable (an input) cannot hold NUL: the runner could not pass one either. */
const noNul = (s: string) => s.replace(/\0/g, "");

/** Revision-like values for from/to inputs and event fields. */
export function hostileRev(box: Sandbox): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.constantFrom(
        `--output=${box.outside}/git-wrote-this`,
        "--all",
        "-p",
        "HEAD",
        "HEAD~1",
        "main",
        "origin/main",
        "0000000000000000000000000000000000000000",
        "a..b",
        "HEAD:docs",
        "@{upstream}",
        "nope",
      ),
      fc.stringMatching(/^[0-9a-f]{40}$/),
      fc.string({ maxLength: 10 }),
    )
    .map(noNul);
}

/** File contents: text, invalid UTF-8, YAML alias bombs, JSON, nothing. */
export const hostileContent: fc.Arbitrary<Buffer> = fc.oneof(
  fc.string({ maxLength: 200 }).map((s) => Buffer.from(s, "utf8")),
  fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
  fc.constant(Buffer.from([0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x3a, 0x20, 0xff, 0xfe, 0x0a])),
  fc.constant(
    Buffer.from(
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
    ),
  ),
  fc.constant(Buffer.from("{ not json")),
  fc.constant(Buffer.alloc(0)),
);

/** The assertions every fuzz run makes. */
export async function expectContained(r: ActionResult, box: Sandbox, before: string, label: string): Promise<void> {
  const all = r.stdout + r.stderr;
  expect(r.exitCode, `${label}\n${all}`).toBeOneOf([0, 1]);
  expect(all, label).not.toMatch(/internal error|\n\s+at .+\(.+:\d+:\d+\)/);
  if (r.exitCode === 1) {
    const errors = r.annotations.filter((a) => a.level === "error");
    expect(errors.length, `${label}: a failure names what is wrong\n${all}`).toBeGreaterThan(0);
    for (const e of errors) expect(e.message, `${label}: one line`).not.toContain("\n");
  }
  expect(await box.snapshot(), `${label}: nothing written outside the workspace`).toBe(before);
}
