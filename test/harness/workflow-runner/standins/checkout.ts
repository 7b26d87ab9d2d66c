import { existsSync, promises as fs, statSync } from "node:fs";
import * as path from "node:path";
import { CannotPlay } from "../errors.js";
import type { StandIn, StandInContext } from "../types.js";

/**
 * actions/checkout v4.2.2, played with git as the action plays it (its src/git-source-provider.ts,
 * git-directory-helper.ts, ref-helper.ts and git-auth-helper.ts, read, not copied):
 *
 * - `path` is resolved under GITHUB_WORKSPACE (anything else is refused); a file there is removed;
 * - an existing folder is reused only when it is a clone of the same URL (then cleaned:
 *   `git clean -ffdx`, `git reset --hard HEAD`, local branches deleted); otherwise **its contents
 *   are deleted** before the clone;
 * - the token goes into `.git/config` as `http.<server origin>/.extraheader` (written as a
 *   placeholder, then replaced in the file, so it is never on a command line); it stays there with
 *   `persist-credentials: true` (the default) until the post step removes it;
 * - with no `ref`, the workflow's repository is checked out at the event's ref and sha, another
 *   repository at its default branch (asked of the REST API with the token);
 * - `fetch-depth: 1` (default) fetches that one commit (`--no-tags --depth=1`); `0` fetches every
 *   branch and tag;
 * - outputs `ref` and `commit`.
 * Inputs it has that the examples do not use (ssh-key, sparse-checkout, filter, lfs, submodules)
 * are refused by name rather than ignored.
 */
export const checkout: StandIn = {
  inputs: {
    repository: { default: "${{ github.repository }}" },
    ref: {},
    token: { default: "${{ github.token }}" },
    "ssh-key": {},
    "ssh-known-hosts": {},
    "ssh-strict": { default: "true" },
    "ssh-user": { default: "git" },
    "persist-credentials": { default: "true" },
    path: {},
    clean: { default: "true" },
    filter: {},
    "sparse-checkout": {},
    "sparse-checkout-cone-mode": { default: "true" },
    "fetch-depth": { default: "1" },
    "fetch-tags": { default: "false" },
    "show-progress": { default: "true" },
    lfs: { default: "false" },
    submodules: { default: "false" },
    "set-safe-directory": { default: "true" },
    "github-server-url": {},
  },
  async main(ctx) {
    const i = ctx.inputs;
    for (const unplayed of ["ssh-key", "sparse-checkout", "filter"])
      if (i[unplayed]) throw new CannotPlay(`${ctx.where}: actions/checkout with ${unplayed}`);
    if (i.lfs.toUpperCase() === "TRUE" || i.submodules.toUpperCase() === "TRUE" || i.submodules.toUpperCase() === "RECURSIVE")
      throw new CannotPlay(`${ctx.where}: actions/checkout with lfs or submodules`);
    const workspace = path.resolve(ctx.workspace);
    const qualified = i.repository;
    const [owner, name, ...more] = qualified.split("/");
    if (!owner || !name || more.length) throw new Error(`Invalid repository '${qualified}'. Expected format {owner}/{repo}.`);
    const repositoryPath = path.resolve(workspace, i.path || ".");
    if (!(repositoryPath + path.sep).startsWith(workspace + path.sep)) {
      throw new Error(`Repository path '${repositoryPath}' is not under '${workspace}'`);
    }
    const isWorkflowRepository = qualified.toUpperCase() === String(ctx.env.GITHUB_REPOSITORY).toUpperCase();
    let ref = i.ref;
    let commit = "";
    if (!ref) {
      if (isWorkflowRepository) {
        ref = String(ctx.env.GITHUB_REF ?? "");
        commit = String(ctx.env.GITHUB_SHA ?? "");
        if (commit && ref && !ref.startsWith("refs/")) ref = `refs/heads/${ref}`;
      }
    } else if (/^[0-9a-fA-F]{40}$/.test(ref)) {
      commit = ref;
      ref = "";
    }
    let fetchDepth = Math.floor(Number(i["fetch-depth"] || "1"));
    if (Number.isNaN(fetchDepth) || fetchDepth < 0) fetchDepth = 0;
    const fetchTags = i["fetch-tags"].toUpperCase() === "TRUE";
    const clean = (i.clean || "true").toUpperCase() === "TRUE";
    const persist = (i["persist-credentials"] || "false").toUpperCase() === "TRUE";
    const server = new URL(i["github-server-url"] || String(ctx.env.GITHUB_SERVER_URL));
    const url = `${server.origin}/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
    const headerKey = `http.${server.origin}/.extraheader`;
    const basic = Buffer.from(`x-access-token:${i.token}`, "utf8").toString("base64");
    ctx.addMask(basic);
    ctx.info(`Syncing repository: ${owner}/${name}`);
    const git = (args: string[], allowFailure = false) => ctx.exec("git", args, { cwd: repositoryPath, allowFailure });

    if (existsSync(repositoryPath) && !statSync(repositoryPath).isDirectory()) await fs.rm(repositoryPath, { force: true });
    const isExisting = existsSync(repositoryPath);
    if (!isExisting) await fs.mkdir(repositoryPath, { recursive: true });
    ctx.saveState("repositoryPath", repositoryPath);
    ctx.saveState("isPost", "true");

    if (isExisting) {
      let remove = !existsSync(path.join(repositoryPath, ".git"));
      if (!remove) {
        const fetchUrl = await readConfig(repositoryPath, "remote.origin.url", ctx);
        remove = fetchUrl !== url;
      }
      if (!remove) {
        for (const lock of ["index.lock", "shallow.lock"]) await fs.rm(path.join(repositoryPath, ".git", lock), { force: true });
        await git(["checkout", "--detach"], true);
        const branches = await listRefs(repositoryPath, "refs/heads", ctx);
        for (const branch of branches) await git(["branch", "--delete", "--force", branch], true);
        if (clean) {
          const cleaned = (await git(["clean", "-ffdx"], true)) === 0 && (await git(["reset", "--hard", "HEAD"], true)) === 0;
          if (!cleaned) {
            ctx.warning("Unable to clean or reset the repository. The repository will be recreated instead.");
            remove = true;
          }
        }
      }
      if (remove) {
        // Delete the contents of the directory, not the directory itself (it may be the working directory).
        ctx.info(`Deleting the contents of '${repositoryPath}'`);
        for (const entry of await fs.readdir(repositoryPath))
          await fs.rm(path.join(repositoryPath, entry), { recursive: true, force: true });
      }
    }
    if (!existsSync(path.join(repositoryPath, ".git"))) {
      await git(["init", repositoryPath]);
      await git(["remote", "add", "origin", url]);
    }
    await git(["config", "--local", "gc.auto", "0"]);
    // Auth: a placeholder through git config, then the real value written into the file.
    await git(["config", "--local", "--unset-all", headerKey], true);
    await git(["config", "--local", headerKey, "AUTHORIZATION: basic ***"]);
    const configPath = path.join(repositoryPath, ".git", "config");
    const config = await fs.readFile(configPath, "utf8");
    await fs.writeFile(configPath, config.replace("AUTHORIZATION: basic ***", `AUTHORIZATION: basic ${basic}`));
    try {
      if (!ref && !commit) {
        ctx.info("Determining the default branch");
        const response = await fetch(`${ctx.env.GITHUB_API_URL}/repos/${owner}/${name}`, {
          headers: { authorization: `token ${i.token}`, accept: "application/vnd.github+json" },
        });
        if (!response.ok) throw new Error(`Unable to determine the default branch: ${response.status} ${(await response.text()).trim()}`);
        ref = ((await response.json()) as { default_branch: string }).default_branch;
      }
      const fetchArgs = (refSpec: string[], depth: number) => {
        const args = ["-c", "protocol.version=2", "fetch"];
        if (!refSpec.includes("+refs/tags/*:refs/tags/*") && !fetchTags) args.push("--no-tags");
        args.push("--prune", "--no-recurse-submodules");
        if (depth > 0) args.push(`--depth=${depth}`);
        else if (existsSync(path.join(repositoryPath, ".git", "shallow"))) args.push("--unshallow");
        return [...args, "origin", ...refSpec];
      };
      if (fetchDepth <= 0) {
        const all = ["+refs/heads/*:refs/remotes/origin/*", "+refs/tags/*:refs/tags/*"];
        if (ref.toUpperCase().startsWith("REFS/PULL/")) all.push(`+${commit || ref}:refs/remotes/pull/${ref.slice("refs/pull/".length)}`);
        await git(fetchArgs(all, 0));
        if (!(await refAt(repositoryPath, ref, commit, ctx))) await git(fetchArgs(refSpec(ref, commit), 0));
      } else {
        await git(fetchArgs(refSpec(ref, commit), fetchDepth));
      }
      const info = await checkoutInfo(repositoryPath, ref, commit, ctx);
      await git(
        info.startPoint
          ? ["checkout", "--progress", "--force", "-B", info.ref, info.startPoint]
          : ["checkout", "--progress", "--force", info.ref],
      );
      const sha = (await capture(repositoryPath, ["rev-parse", "HEAD"], ctx)).trim();
      ctx.info(`Checked out ${sha}`);
      ctx.setOutput("commit", sha);
      ctx.setOutput("ref", ref);
    } finally {
      if (!persist) {
        ctx.info("Removing auth");
        await git(["config", "--local", "--unset-all", headerKey], true);
      }
    }
  },
  async post(ctx) {
    const repositoryPath = ctx.state("repositoryPath");
    if (!repositoryPath || !existsSync(path.join(repositoryPath, ".git", "config"))) return;
    const server = new URL(ctx.inputs["github-server-url"] || String(ctx.env.GITHUB_SERVER_URL));
    ctx.info(`Removing auth from ${repositoryPath}`);
    await ctx.exec("git", ["config", "--local", "--unset-all", `http.${server.origin}/.extraheader`], {
      cwd: repositoryPath,
      allowFailure: true,
    });
  },
  postIf: "always()",
};

function refSpec(ref: string, commit: string): string[] {
  const upper = ref.toUpperCase();
  if (commit) {
    if (upper.startsWith("REFS/HEADS/")) return [`+${commit}:refs/remotes/origin/${ref.slice("refs/heads/".length)}`];
    if (upper.startsWith("REFS/PULL/")) return [`+${commit}:refs/remotes/pull/${ref.slice("refs/pull/".length)}`];
    if (upper.startsWith("REFS/TAGS/")) return [`+${commit}:${ref}`];
    return [commit];
  }
  if (!upper.startsWith("REFS/")) return [`+refs/heads/${ref}*:refs/remotes/origin/${ref}*`, `+refs/tags/${ref}*:refs/tags/${ref}*`];
  if (upper.startsWith("REFS/HEADS/")) return [`+${ref}:refs/remotes/origin/${ref.slice("refs/heads/".length)}`];
  if (upper.startsWith("REFS/PULL/")) return [`+${ref}:refs/remotes/pull/${ref.slice("refs/pull/".length)}`];
  return [`+${ref}:${ref}`];
}

async function checkoutInfo(dir: string, ref: string, commit: string, ctx: StandInContext): Promise<{ ref: string; startPoint?: string }> {
  const upper = ref.toUpperCase();
  if (!ref) return { ref: commit };
  if (upper.startsWith("REFS/HEADS/")) {
    const branch = ref.slice("refs/heads/".length);
    return { ref: branch, startPoint: `refs/remotes/origin/${branch}` };
  }
  if (upper.startsWith("REFS/PULL/")) return { ref: `refs/remotes/pull/${ref.slice("refs/pull/".length)}` };
  if (upper.startsWith("REFS/TAGS/")) return { ref };
  if (upper.startsWith("REFS/")) return { ref: commit || ref };
  if ((await listRefs(dir, `refs/remotes/origin/${ref}`, ctx)).length) return { ref, startPoint: `refs/remotes/origin/${ref}` };
  if ((await listRefs(dir, `refs/tags/${ref}`, ctx)).length) return { ref: `refs/tags/${ref}` };
  throw new Error(`A branch or tag with the name '${ref}' could not be found`);
}

async function refAt(dir: string, ref: string, commit: string, ctx: StandInContext): Promise<boolean> {
  if (!ref && !commit) return false;
  if (!commit) return true;
  const name = ref.toUpperCase().startsWith("REFS/HEADS/") ? `refs/remotes/origin/${ref.slice("refs/heads/".length)}` : ref;
  if (!name) return true;
  const sha = (await capture(dir, ["rev-parse", "--verify", "--quiet", name], ctx)).trim();
  return sha === commit;
}

async function readConfig(dir: string, key: string, ctx: StandInContext): Promise<string> {
  return (await capture(dir, ["config", "--local", "--get", key], ctx)).trim();
}

async function listRefs(dir: string, prefix: string, ctx: StandInContext): Promise<string[]> {
  const out = await capture(dir, ["for-each-ref", "--format=%(refname)", prefix], ctx);
  return out
    .split("\n")
    .filter(Boolean)
    .map((r) => (prefix === "refs/heads" ? r.slice("refs/heads/".length) : r));
}

async function capture(dir: string, args: string[], ctx: StandInContext): Promise<string> {
  const { spawnSync } = await import("node:child_process");
  const r = spawnSync("git", args, { cwd: dir, env: ctx.env, encoding: "utf8" });
  return r.status === 0 ? r.stdout : "";
}
