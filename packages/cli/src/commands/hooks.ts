import type { Command } from "../command.js";
import { parseOptions, repoGit } from "../command.js";

/**
 * `specpipe hooks install|uninstall|run`: the git hooks that check commits before they leave (core/hooks/).
 */
async function cliEntry(): Promise<string | undefined> {
  const entry = process.argv[1];
  if (!entry) return undefined;
  const path = await import("node:path");
  const { realpathSync } = await import("node:fs");
  const real = (() => {
    try {
      return realpathSync(entry);
    } catch {
      return undefined;
    }
  })();
  if (!real) return undefined;
  const base = path.basename(real);
  if ((base === "index.js" && path.basename(path.dirname(real)) === "cli") || base === "specpipe" || base === "specpipe.js") return real;
  return undefined;
}

const hooksInstall: Command = {
  path: ["hooks", "install"],
  summary: "install the prepare-commit-msg, commit-msg and pre-push hooks (chaining to existing ones)",
  usage: `Usage: specpipe hooks install [--runner CMD]

Installs three hooks in the repository's hooks folder (core.hooksPath is respected):
  prepare-commit-msg  adds Spec-Hash (of the staged spec) and Playbook-Step (the active step) trailers
  commit-msg          rejects a message that breaks a rule, with the reason and the fix
  pre-push            checks the commits being pushed
A hook already there is kept as <name>.specpipe-previous and runs first. The hooks call
"<runner> hooks run <name>": the runner is --runner, else $SPECPIPE_HOOK_RUNNER, else
node '<absolute path of this specpipe CLI>', else "npx --no-install specpipe".
`,
  async run(args, ctx) {
    const { values } = await parseOptions("hooks install", args, { runner: { type: "string" } });
    const { git } = await repoGit(ctx);
    const hooks = await import("@specpipe/core/hooks/hooks");
    const runner = hooks.runnerFor(await cliEntry(), values.runner ?? ctx.env.SPECPIPE_HOOK_RUNNER);
    const r = await hooks.installHooks(git, { runner });
    ctx.out(`installed ${r.installed.join(", ")} in ${r.dir} (runner: ${runner})\n`);
    if (r.chained.length) ctx.out(`kept the existing ${r.chained.join(", ")} as *${hooks.PREVIOUS_SUFFIX}; they run first\n`);
    return 0;
  },
};

const hooksUninstall: Command = {
  path: ["hooks", "uninstall"],
  summary: "remove specpipe's hooks and restore the hooks they replaced",
  usage: `Usage: specpipe hooks uninstall\n`,
  async run(args, ctx) {
    await parseOptions("hooks uninstall", args, {});
    const { git } = await repoGit(ctx);
    const hooks = await import("@specpipe/core/hooks/hooks");
    const r = await hooks.uninstallHooks(git);
    ctx.out(`removed ${r.removed.join(", ") || "nothing"}${r.restored.length ? `; restored ${r.restored.join(", ")}` : ""}\n`);
    if (r.foreign.length) ctx.err(`left ${r.foreign.join(", ")} alone: not installed by specpipe\n`);
    return 0;
  },
};

const hooksRun: Command = {
  path: ["hooks", "run"],
  summary: "run one hook's check (called by the installed hooks)",
  usage: `Usage: specpipe hooks run prepare-commit-msg|commit-msg|pre-push <git's hook arguments>\n`,
  async run(args, ctx) {
    const [name, ...rest] = args;
    const { git } = await repoGit(ctx);
    const hooks = await import("@specpipe/core/hooks/hooks");
    const { UserError } = await import("@specpipe/core/errors");
    const opts = { env: ctx.env };
    // Exit 1 with one line for a user's problem (a bad playbook, a spec path that matches nothing).
    if (name === "prepare-commit-msg") {
      await hooks.prepareCommitMsg(git, rest[0], rest[1], opts);
      return 0;
    }
    if (name === "commit-msg") {
      const problems = await hooks.commitMsg(git, rest[0], opts);
      if (!problems.length) return 0;
      ctx.err(
        `specpipe: commit rejected:\n${problems.map((p) => `  - ${p.code}: ${p.message}\n    fix: ${p.hint}`).join("\n")}\n(the message is kept in .git/COMMIT_EDITMSG)\n`,
      );
      return 1;
    }
    if (name === "pre-push") {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      const bad = await hooks.prePush(git, rest[0] ?? "origin", Buffer.concat(chunks).toString("utf8"), opts);
      if (!bad.length) return 0;
      ctx.err(
        `specpipe: push rejected, ${bad.length} violation(s):\n${bad.map((v) => `  - ${v.commit?.slice(0, 12) ?? v.file} ${v.subject ?? ""}: ${v.code}: ${v.message}\n    fix: ${v.hint}`).join("\n")}\n`,
      );
      return 1;
    }
    throw new UserError(`unknown hook "${name ?? ""}"`, { hint: "use prepare-commit-msg, commit-msg or pre-push", code: "cli.usage" });
  },
};

export const commands: Command[] = [hooksInstall, hooksUninstall, hooksRun];
