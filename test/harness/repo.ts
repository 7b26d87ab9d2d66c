import { mkdtempSync, promises as fs, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Git } from "@specpipe/core/git/git";

/**
 * Real git repositories for tests: a work tree whose `origin` is a bare repository in the same
 * temp folder. Identity and dates are fixed per repo so history is reproducible.
 */
export interface TestRepo {
  /** The work tree. */
  dir: string;
  /** The bare remote (`origin`). */
  remote: string;
  /** Folder holding both; removed by cleanup(). */
  root: string;
  git: Git;
  write(file: string, content: string | Buffer): Promise<void>;
  read(file: string): Promise<string>;
  exists(file: string): Promise<boolean>;
  remove(file: string): Promise<void>;
  /** Stage everything and commit; returns the new sha. */
  commit(message: string, options?: { author?: string; date?: string }): Promise<string>;
  push(branch?: string, extra?: string[]): Promise<void>;
  cleanup: () => Promise<void>;
}

export const TEST_ENV: NodeJS.ProcessEnv = {
  GIT_AUTHOR_NAME: "Test Author",
  GIT_AUTHOR_EMAIL: "author@example.com",
  GIT_COMMITTER_NAME: "Test Committer",
  GIT_COMMITTER_EMAIL: "committer@example.com",
  // Ignore the machine's git configuration so tests behave the same everywhere.
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
};

export function tempDir(prefix = "specpipe-test-"): string {
  return realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
}

export async function createRepo(
  options: { files?: Record<string, string>; message?: string; branch?: string; objectFormat?: "sha1" | "sha256"; noCommit?: boolean } = {},
): Promise<TestRepo> {
  const root = tempDir();
  const dir = path.join(root, "work");
  const remote = path.join(root, "origin.git");
  const branch = options.branch ?? "main";
  const format = options.objectFormat ?? "sha1";
  const g0 = new Git({ cwd: root, env: TEST_ENV });
  await g0.run(["init", "--quiet", "--bare", `--object-format=${format}`, `--initial-branch=${branch}`, remote]);
  await g0.run(["init", "--quiet", `--object-format=${format}`, `--initial-branch=${branch}`, dir]);
  const git = new Git({ cwd: dir, env: TEST_ENV });
  await git.run(["remote", "add", "origin", remote]);
  await git.run(["config", "commit.gpgsign", "false"]);
  let tick = 0;
  const repo: TestRepo = {
    dir,
    remote,
    root,
    git,
    async write(file, content) {
      const p = path.join(dir, file);
      await fs.mkdir(path.dirname(p), { recursive: true });
      await fs.writeFile(p, content);
    },
    async read(file) {
      return fs.readFile(path.join(dir, file), "utf8");
    },
    async exists(file) {
      return fs
        .access(path.join(dir, file))
        .then(() => true)
        .catch(() => false);
    },
    async remove(file) {
      await fs.rm(path.join(dir, file), { recursive: true, force: true });
    },
    async commit(message, opts = {}) {
      await git.run(["add", "--all"]);
      tick++;
      const date = opts.date ?? new Date(Date.UTC(2026, 0, 1, 0, 0, tick)).toISOString();
      const g = new Git({ cwd: dir, env: { ...TEST_ENV, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
      const args = ["commit", "--quiet", "--allow-empty", "--file=-"];
      if (opts.author) args.push(`--author=${opts.author}`);
      await g.run(args, { input: message });
      return git.head();
    },
    async push(b = branch, extra = []) {
      await git.run(["push", "--quiet", ...extra, "origin", `HEAD:refs/heads/${b}`]);
    },
    async cleanup() {
      await fs.rm(root, { recursive: true, force: true });
    },
  };
  if (options.files) for (const [f, c] of Object.entries(options.files)) await repo.write(f, c);
  if (!options.noCommit) {
    await repo.commit(options.message ?? "chore: initial commit");
    await repo.push();
    await git.run(["branch", "--quiet", "--set-upstream-to", `origin/${branch}`]).catch(async () => {
      await git.fetch("origin");
      await git.run(["branch", "--quiet", "--set-upstream-to", `origin/${branch}`]);
    });
  }
  return repo;
}

/** A second clone of the same remote, e.g. to make the remote move on behind a run's back. */
export async function cloneRepo(remote: string, branch = "main"): Promise<{ dir: string; git: Git; cleanup: () => Promise<void> }> {
  const root = tempDir("specpipe-clone-");
  const dir = path.join(root, "clone");
  await new Git({ cwd: root, env: TEST_ENV }).run(["clone", "--quiet", "--branch", branch, remote, dir]);
  return { dir, git: new Git({ cwd: dir, env: TEST_ENV }), cleanup: () => fs.rm(root, { recursive: true, force: true }) };
}
