import { chmodSync, existsSync, promises as fs, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Git } from "@specpipe/core/git/git";
import { startGitHubServer, type GitHubServer, type RepoState } from "../github-server.js";
import { startGitServer, type GitServer } from "../git-http-server.js";
import { createRepo, TEST_ENV, tempDir, type TestRepo } from "../repo.js";
import { REPO_ROOT } from "../run-action.js";
import { VirtualClock } from "./clock.js";
import type { StoredArtifact } from "./types.js";

/**
 * Everything a workflow run talks to, on this machine: the local GitHub REST server, git over
 * HTTP for the same repositories (tokens and permissions enforced by both), the clock the nights
 * are counted on, the repositories (a work tree each, with its bare remote), and the runner
 * image's tools (`gh`, an offline `npm` and `npx`, `date` on the scenario's clock, the machine's Node
 * as the image's default Node).
 *
 * `publishSpecpipe()` puts this checkout's built actions and CLI in a repository `OWNER/specpipe`
 * tagged `v1`, so that the examples' `uses: OWNER/specpipe/actions/<name>@v1` and their checkout
 * of `OWNER/specpipe` get what a user of the release gets: the bundled dist/.
 */
export interface Repository {
  fullName: string;
  /** A work tree whose origin is `bare` (tests commit and push there, as a developer would). */
  work: TestRepo;
  bare: string;
  state: RepoState;
}

export interface NpmPackage {
  /** command name → the file it runs */
  bin: Record<string, string>;
}

/** The files under `dir` (relative path → text), e.g. to start a repository from a fixture. */
export async function filesOf(dir: string, base = dir, out: Record<string, string> = {}): Promise<Record<string, string>> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await filesOf(p, base, out);
    else out[path.relative(base, p).split(path.sep).join("/")] = await fs.readFile(p, "utf8");
  }
  return out;
}

const TOOLS = path.join(path.dirname(fileURLToPath(import.meta.url)), "tools");

export class World {
  readonly repositories = new Map<string, Repository>();
  /** Packages the offline `npm install -g` knows. */
  readonly npmPackages: Record<string, NpmPackage> = {};
  /** The runner image's own Node (node20 actions, and `node` before setup-node): the machine's. */
  imageNode: string | undefined = existsSync("/usr/bin/node") ? "/usr/bin/node" : undefined;
  /** What `npm ci` installs (default: this checkout's node_modules). */
  npmCiModules = path.join(REPO_ROOT, "node_modules");
  /** Each run's artifacts, by name. */
  readonly artifacts = new Map<number, Map<string, StoredArtifact>>();
  private readonly actionCache = new Map<string, Promise<string>>();
  private artifactIds = 0;

  private constructor(
    readonly root: string,
    readonly clock: VirtualClock,
    readonly github: GitHubServer,
    readonly git: GitServer,
    readonly toolsBin: string,
  ) {}

  static async create(options: { start?: string } = {}): Promise<World> {
    const root = tempDir("specpipe-world-");
    // A runner's folders are readable by other users (speckit-run runs the agent as one of its own).
    await fs.chmod(root, 0o755);
    const clock = new VirtualClock(options.start ?? "2026-03-02T01:17:00Z");
    const github = await startGitHubServer({ now: () => clock.now() });
    const git = await startGitServer(github);
    const toolsBin = path.join(root, "image-bin");
    await fs.mkdir(toolsBin);
    for (const tool of ["gh", "npm", "npx"]) {
      const file = path.join(toolsBin, tool);
      writeFileSync(file, `#!/bin/sh\nexec node ${JSON.stringify(path.join(TOOLS, `${tool}.mjs`))} "$@"\n`);
      chmodSync(file, 0o755);
    }
    // `date` on the scenario's clock (Node processes get it through the Date preload).
    await fs.symlink(path.join(TOOLS, "date.sh"), path.join(toolsBin, "date"));
    return new World(root, clock, github, git, toolsBin);
  }

  /** GITHUB_SERVER_URL of the runs: where git clones from. */
  get serverUrl(): string {
    return this.git.url;
  }

  nextArtifactId(): number {
    return ++this.artifactIds;
  }

  async addRepository(input: {
    owner: string;
    name: string;
    files?: Record<string, string>;
    private?: boolean;
    defaultBranch?: string;
  }): Promise<Repository> {
    const fullName = `${input.owner}/${input.name}`;
    const work = await createRepo({ files: input.files, branch: input.defaultBranch });
    const state = this.github.state.addRepo({
      owner: input.owner,
      name: input.name,
      private: input.private ?? true,
      defaultBranch: input.defaultBranch ?? "main",
    });
    this.git.addRepo(fullName, work.remote);
    const repo: Repository = { fullName, work, bare: work.remote, state };
    this.repositories.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repository(fullName: string): Repository {
    const repo = this.repositories.get(fullName.toLowerCase());
    if (!repo) throw new Error(`world: no repository ${fullName}`);
    return repo;
  }

  /** OWNER/specpipe at tag v1: this checkout's dist/, actions/*\/action.yml and templates/. */
  async publishSpecpipe(): Promise<Repository> {
    const files: Record<string, string> = {};
    const add = async (rel: string) => {
      const abs = path.join(REPO_ROOT, rel);
      const st = await fs.stat(abs);
      if (st.isDirectory()) for (const entry of await fs.readdir(abs)) await add(path.join(rel, entry));
      else files[rel.split(path.sep).join("/")] = await fs.readFile(abs, "utf8");
    };
    await add("dist");
    await add("templates");
    for (const name of await fs.readdir(path.join(REPO_ROOT, "actions"))) await add(path.join("actions", name, "action.yml"));
    files["package.json"] = await fs.readFile(path.join(REPO_ROOT, "package.json"), "utf8");
    const repo = await this.addRepository({ owner: "OWNER", name: "specpipe", files, private: false });
    await repo.work.git.run(["tag", "v1"]);
    await repo.work.git.run(["push", "--quiet", "origin", "refs/tags/v1"]);
    return repo;
  }

  /**
   * The files of `owner/name@ref`, as the runner downloads an action: from the repository's bare
   * remote at that ref (a branch, a tag or a commit), cached for the world.
   */
  downloadAction(fullName: string, ref: string): Promise<string> {
    const key = `${fullName.toLowerCase()}@${ref}`;
    let download = this.actionCache.get(key);
    if (!download) {
      // Parallel jobs share one download, as the runner's action cache does.
      download = (async () => {
        const repo = this.repository(fullName);
        const dir = path.join(this.root, "actions", fullName.toLowerCase(), ref);
        await fs.mkdir(dir, { recursive: true });
        const git = new Git({ cwd: dir, env: TEST_ENV });
        await git.run(["init", "--quiet"]);
        await git.run(["fetch", "--quiet", "--depth=1", `file://${repo.bare}`, ref]);
        await git.run(["checkout", "--quiet", "FETCH_HEAD"]);
        return dir;
      })();
      this.actionCache.set(key, download);
    }
    return download;
  }

  async close(): Promise<void> {
    await this.git.close();
    await this.github.close();
    for (const repo of this.repositories.values()) await repo.work.cleanup();
    await fs.rm(this.root, { recursive: true, force: true });
  }
}
