import { promises as fs } from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, expect } from "vitest";
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

/** What every fuzz file of an action works in: one repository, the sandbox around it, a commit to start each run from. */
export interface FuzzWorkspace {
  readonly repo: TestRepo;
  readonly box: Sandbox;
  /** HEAD once the repository is made: what `reset` goes back to. */
  readonly head: string;
  /** Back to `head` with untracked files removed (the sandbox's links stay), then the file's own extra steps. */
  reset(): Promise<void>;
  /**
   * One run: reset, write `files` (an undefined content writes nothing), snapshot the sandbox, run,
   * then make the assertions every fuzz run makes (`expectContained`). Returns the run's result.
   */
  contained(label: string, run: () => Promise<ActionResult>, files?: Record<string, string | Buffer | undefined>): Promise<ActionResult>;
}

export interface FuzzWorkspaceOptions {
  /** Extra steps of `reset`, after the checkout (e.g. putting the remote back). */
  reset?: (workspace: FuzzWorkspace) => Promise<void>;
  /** Default: the repository's own cleanup. */
  cleanup?: () => Promise<void>;
}

/** Registers the file's beforeAll (make the repository, its sandbox, its head) and afterAll (clean up). */
export function fuzzWorkspace(make: () => Promise<TestRepo>, options: FuzzWorkspaceOptions = {}): FuzzWorkspace {
  let repo: TestRepo | undefined;
  let box: Sandbox | undefined;
  let head: string | undefined;
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the fuzz workspace is used before its beforeAll ran");
    return value;
  };
  const workspace: FuzzWorkspace = {
    get repo() {
      return ready(repo);
    },
    get box() {
      return ready(box);
    },
    get head() {
      return ready(head);
    },
    async reset() {
      await workspace.repo.git.run(["reset", "--quiet", "--hard", workspace.head]);
      await workspace.repo.git.run(["clean", "-fdq", "--exclude=escape", "--exclude=secret-link.md"]);
      await options.reset?.(workspace);
    },
    async contained(label, run, files = {}) {
      await workspace.reset();
      for (const [file, content] of Object.entries(files)) if (content !== undefined) await workspace.repo.write(file, content);
      const before = await workspace.box.snapshot();
      const result = await run();
      await expectContained(result, workspace.box, before, label);
      return result;
    },
  };
  beforeAll(async () => {
    repo = await make();
    head = await repo.git.head();
    box = await sandbox(repo);
  });
  afterAll(async () => {
    await (options.cleanup ?? repo?.cleanup)?.();
  });
  return workspace;
}
