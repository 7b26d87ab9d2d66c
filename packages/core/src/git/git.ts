import { UserError } from "../errors.js";
import { runProcess, type RunResult } from "../process.js";

/**
 * A typed wrapper over the `git` executable. Arguments are always arrays; nothing goes through
 * a shell, so spec text, branch names and commit messages cannot be interpreted as commands.
 *
 * Credentials: `withAuth` passes a token to one git invocation through `-c http.extraHeader`
 * in the *environment* (GIT_CONFIG_COUNT/KEY/VALUE), so it never appears in a command line
 * (visible in `ps`), in a remote URL, or in `.git/config`. When git's configuration already sends
 * an Authorization header (actions/checkout persists its token as `http.<server>/.extraheader`,
 * the default), ours is left out: git would send both and GitHub refuses a request with two
 * (`Duplicate header: "Authorization"`). The checkout's credential then wins; to push with
 * another token, check out with `persist-credentials: false`.
 */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly code: number | null,
    readonly stderr: string,
    readonly stdout: string,
  ) {
    super(`git ${args.join(" ")} failed (exit ${code}): ${stderr.trim() || stdout.trim()}`);
    this.name = "GitError";
  }
}

export interface GitOptions {
  cwd: string;
  /** Extra environment for every git call (merged over process.env). */
  env?: NodeJS.ProcessEnv;
  /** Program to run; defaults to "git". */
  executable?: string;
}

export interface GitAuth {
  /** A token for HTTPS remotes; sent as a basic-auth header, never stored. */
  token: string;
  /** The host the header is for, e.g. "https://github.com/". Defaults to every https URL. */
  urlPrefix?: string;
}

export class Git {
  readonly cwd: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly executable: string;
  private auth?: GitAuth;
  private persisted?: Promise<boolean>;

  constructor(options: GitOptions) {
    this.cwd = options.cwd;
    this.executable = options.executable ?? "git";
    this.env = {
      ...process.env,
      ...options.env,
      // Never prompt: a prompt in CI hangs the job until its timeout.
      GIT_TERMINAL_PROMPT: "0",
      // Deterministic output regardless of the runner's locale.
      LC_ALL: "C",
    };
  }

  /** A Git for another directory with the same environment and credentials. */
  at(cwd: string): Git {
    const g = new Git({ cwd, env: this.env, executable: this.executable });
    g.auth = this.auth;
    return g;
  }

  /** A Git with these variables added to its environment (a second index: GIT_INDEX_FILE). */
  withEnv(extra: NodeJS.ProcessEnv): Git {
    const g = new Git({ cwd: this.cwd, env: { ...this.env, ...extra }, executable: this.executable });
    g.auth = this.auth;
    return g;
  }

  /** Use this token for network operations (fetch, push, clone) of this instance. */
  withAuth(auth: GitAuth | undefined): Git {
    const g = this.at(this.cwd);
    g.auth = auth;
    return g;
  }

  /**
   * True when git's configuration (any scope, includes followed, GIT_CONFIG_* variables too) holds
   * an Authorization extraheader: what actions/checkout leaves with persist-credentials. Asked
   * once per instance, at its first network call, so a Git that never fetches never asks.
   */
  hasPersistedCredential(): Promise<boolean> {
    this.persisted ??= this.raw(["config", "--get-regexp", "^http\\..*extraheader$"]).then(
      (r) => r.code === 0 && /^\S+ authorization\s*:/im.test(r.stdout.toString("utf8")),
    );
    return this.persisted;
  }

  private async envFor(network: boolean): Promise<NodeJS.ProcessEnv> {
    if (!network || !this.auth) return this.env;
    if (await this.hasPersistedCredential()) return this.env;
    const basic = Buffer.from(`x-access-token:${this.auth.token}`).toString("base64");
    const key = this.auth.urlPrefix ? `http.${this.auth.urlPrefix}.extraheader` : "http.extraheader";
    // GIT_CONFIG_COUNT configuration lives only in this process's environment.
    const base = Number(this.env.GIT_CONFIG_COUNT ?? 0);
    return {
      ...this.env,
      GIT_CONFIG_COUNT: String(base + 1),
      [`GIT_CONFIG_KEY_${base}`]: key,
      [`GIT_CONFIG_VALUE_${base}`]: `AUTHORIZATION: basic ${basic}`,
    };
  }

  /** Run git; resolve with the raw result whatever the exit code. */
  async raw(args: readonly string[], options: { input?: string | Buffer; network?: boolean; cwd?: string } = {}): Promise<RunResult> {
    return runProcess(this.executable, args, {
      cwd: options.cwd ?? this.cwd,
      env: await this.envFor(options.network ?? false),
      input: options.input,
    });
  }

  /** Run git; throw GitError on a non-zero exit; return stdout as text. */
  async run(args: readonly string[], options: { input?: string | Buffer; network?: boolean; cwd?: string } = {}): Promise<string> {
    const r = await this.raw(args, options);
    if (r.code !== 0) throw new GitError(args, r.code, this.redact(r.stderr.toString("utf8")), this.redact(r.stdout.toString("utf8")));
    return r.stdout.toString("utf8");
  }

  /** Same as run, but returns stdout as a Buffer (for file contents). */
  async runBuffer(args: readonly string[], options: { input?: string | Buffer } = {}): Promise<Buffer> {
    const r = await this.raw(args, options);
    if (r.code !== 0) throw new GitError(args, r.code, r.stderr.toString("utf8"), "");
    return r.stdout;
  }

  private redact(text: string): string {
    if (!this.auth?.token) return text;
    return text.split(this.auth.token).join("***");
  }

  // ---- common operations -------------------------------------------------------------

  async isRepository(): Promise<boolean> {
    const r = await this.raw(["rev-parse", "--is-inside-work-tree"]);
    return r.code === 0 && r.stdout.toString().trim() === "true";
  }

  async topLevel(): Promise<string> {
    return (await this.run(["rev-parse", "--show-toplevel"])).trim();
  }

  async head(): Promise<string> {
    return (await this.run(["rev-parse", "HEAD"])).trim();
  }

  async currentBranch(): Promise<string | undefined> {
    const r = await this.raw(["symbolic-ref", "--quiet", "--short", "HEAD"]);
    return r.code === 0 ? r.stdout.toString().trim() : undefined;
  }

  /** The commit `rev` names, or undefined. `rev` goes after --end-of-options: it is never an option. */
  async revParse(rev: string): Promise<string | undefined> {
    const r = await this.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
    return r.code === 0 ? r.stdout.toString().trim() : undefined;
  }

  /** Paths changed in the work tree and index (porcelain v1, NUL-separated). */
  async status(paths: readonly string[] = []): Promise<{ code: string; path: string }[]> {
    const out = await this.run(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", ...paths]);
    const entries: { code: string; path: string }[] = [];
    const parts = out.split("\0");
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!p) continue;
      const code = p.slice(0, 2);
      entries.push({ code, path: p.slice(3) });
      // Renames and copies carry the source path in the next field.
      if (code[0] === "R" || code[0] === "C") i++;
    }
    return entries;
  }

  async add(paths: readonly string[]): Promise<void> {
    await this.run(["add", "--", ...paths]);
  }

  /** Commit with the message given on stdin (no shell quoting issues, any length). */
  async commit(message: string, options: { paths?: readonly string[]; allowEmpty?: boolean; author?: string } = {}): Promise<string> {
    const args = ["commit", "--quiet", "--file=-"];
    if (options.allowEmpty) args.push("--allow-empty");
    if (options.author) args.push(`--author=${options.author}`);
    if (options.paths) args.push("--", ...options.paths);
    await this.run(args, { input: message });
    return this.head();
  }

  async fetch(remote: string, refspecs: readonly string[] = [], extra: readonly string[] = []): Promise<void> {
    await this.run(["fetch", "--quiet", ...extra, remote, ...refspecs], { network: true });
  }

  async push(remote: string, refspecs: readonly string[], extra: readonly string[] = []): Promise<RunResult> {
    return this.raw(["push", "--porcelain", ...extra, remote, ...refspecs], { network: true });
  }

  async isShallow(): Promise<boolean> {
    return (await this.run(["rev-parse", "--is-shallow-repository"])).trim() === "true";
  }

  async objectFormat(): Promise<"sha1" | "sha256"> {
    const r = await this.raw(["rev-parse", "--show-object-format"]);
    return r.stdout.toString().trim() === "sha256" ? "sha256" : "sha1";
  }

  async configGet(key: string): Promise<string | undefined> {
    const r = await this.raw(["config", "--get", key]);
    return r.code === 0 ? r.stdout.toString().trim() : undefined;
  }
}

/** True when a push was refused because the remote moved on (fetch, rebase, try again). */
export function isNonFastForward(result: RunResult): boolean {
  const text = result.stdout.toString() + result.stderr.toString();
  return /\[rejected\]|non-fast-forward|fetch first|\(stale info\)|failed to update ref|cannot lock ref/i.test(text);
}

/**
 * Git failures a user fixes, not bugs: the adapters (action kit, CLI) turn them into a UserError
 * with the fix instead of reporting "internal error". Anything else stays a bug.
 */
export function gitUserError(error: unknown): UserError | undefined {
  if (!(error instanceof GitError)) return undefined;
  const text = `${error.stderr}\n${error.stdout}`;
  if (/not a git repository/i.test(text)) {
    return new UserError("the working directory is not a git repository", {
      hint: "check out the repository first (actions/checkout; fetch-depth: 0 for actions that read history), or point working-directory at it",
      code: "git.not-a-repository",
      cause: error,
    });
  }
  if (/dubious ownership/i.test(text)) {
    return new UserError("git refuses the repository: it is owned by another user", {
      hint: "run `git config --global --add safe.directory <path>` before this step, or check out as the same user",
      code: "git.dubious-ownership",
      cause: error,
    });
  }
  if (
    /could not resolve host|unable to access|connection refused|could not read from remote repository|does not appear to be a git repository|repository .* not found|failed to connect/i.test(
      text,
    )
  ) {
    const first =
      error.stderr
        .trim()
        .split("\n")
        .find((l) => /fatal|error/i.test(l)) ?? error.stderr.trim().split("\n")[0];
    return new UserError(
      `git could not reach the remote (git ${error.args
        .filter((a) => !a.startsWith("-"))
        .slice(0, 2)
        .join(" ")}): ${first}`,
      {
        hint: "check the remote's URL (git remote -v), the network, and that the token may read the repository; then run the step again",
        code: "git.remote-unreachable",
        cause: error,
      },
    );
  }
  if (/unknown revision|bad revision|bad object|invalid object name/i.test(text)) {
    return new UserError(
      `git does not have a commit this step needs (git ${error.args.slice(0, 2).join(" ")}): ${error.stderr.trim().split("\n")[0]}`,
      {
        hint: "check out with `fetch-depth: 0` so the whole history is there, or pass existing commits",
        code: "git.missing-commit",
        cause: error,
      },
    );
  }
  return undefined;
}

/**
 * The environment for git commands that must run nothing an untrusted process could have written
 * (speckit-run's commands after the agent ran, ADR 0031): the git dir and work tree are given
 * explicitly (no discovery, so a `.git` the agent planted in the work tree is never read), no global
 * or system config (`~/.gitconfig`, `/etc/gitconfig`), and on the command line no hooks, no
 * credential helper and no fsmonitor. The caller's own `GIT_CONFIG_COUNT` entries are kept (they
 * come from the workflow, not from the agent); ours are appended after them, so they win.
 */
export function isolatedGitEnv(parent: NodeJS.ProcessEnv, dirs: { gitDir?: string; workTree?: string } = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...parent };
  for (const name of [
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_ASKPASS",
    "SSH_ASKPASS",
    "GIT_SSH",
    "GIT_SSH_COMMAND",
    "GIT_EXTERNAL_DIFF",
  ])
    delete env[name];
  if (dirs.gitDir) env.GIT_DIR = dirs.gitDir;
  if (dirs.workTree) env.GIT_WORK_TREE = dirs.workTree;
  env.GIT_CONFIG_GLOBAL = "/dev/null";
  env.GIT_CONFIG_SYSTEM = "/dev/null";
  env.GIT_CONFIG_NOSYSTEM = "1";
  const settings: [string, string][] = [
    ["core.hooksPath", "/dev/null"],
    ["credential.helper", ""],
    ["core.fsmonitor", "false"],
    ["core.askPass", ""],
  ];
  let n = Number(env.GIT_CONFIG_COUNT ?? 0);
  if (!Number.isInteger(n) || n < 0) n = 0;
  for (const [key, value] of settings) {
    env[`GIT_CONFIG_KEY_${n}`] = key;
    env[`GIT_CONFIG_VALUE_${n}`] = value;
    n++;
  }
  env.GIT_CONFIG_COUNT = String(n);
  return env;
}
