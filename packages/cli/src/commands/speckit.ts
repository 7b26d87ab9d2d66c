import { DEFAULT_PR_LABELS, SPECKIT_DEFAULTS, SPECKIT_VERSION } from "@specpipe/core/defaults";
import type { Command } from "../command.js";
import { parseInputFlags } from "../command.js";

const USAGE = `Usage: specpipe speckit run (--spec TEXT | --spec-file FILE) [options]

Run Spec Kit phases on a fresh clone, as the speckit-run action does: branch NNN-short-name,
the agent in an isolated workspace, commit and push. Without --pr, no pull request is opened.
The flags are the action's inputs, with its defaults (core/speckit/options.ts: one mapping).

Options:
  --spec TEXT              the specification text (text starting with "-": --spec=--text)
  --spec-file FILE         read the specification text from FILE (inside this folder)
  --remote URL|PATH        what to clone (default: this repository's origin)
  --repository OWNER/NAME  the GitHub repository (for --pr; default: from the remote URL)
  --base-branch BRANCH     the branch to clone (default: the remote's default branch; --base)
  --agent NAME             codex, claude, gemini, copilot or command (default: SPECPIPE_AGENT,
                           then .specpipe/config.yml, then codex)
  --agent-command TEMPLATE for --agent command: program and arguments with {prompt}, {phase},
                           {feature_dir}, {spec}
  --agent-env NAMES        variables the agent may see, comma-separated or repeated
  --phases LIST            default specify,plan,tasks (also clarify, analyze)
  --phase-timeout-minutes N  per phase (default ${SPECKIT_DEFAULTS.phaseTimeoutMinutes}; --timeout-minutes)
  --retries N              extra attempts after a retryable failure (default ${SPECKIT_DEFAULTS.retries})
  --branch-name NAME       the feature branch (default: numbered from the spec text)
  --title T, --body B, --labels L, --draft
                           the pull request's (with --pr; default labels ${DEFAULT_PR_LABELS.join(", ")})
  --safety-strategy S      unprivileged-user (default: the agent runs as a throwaway user; needs
                           root or passwordless sudo) or unsafe (the agent runs as you)
  --speckit-version V      the Spec Kit to install when the repository has none (default ${SPECKIT_VERSION})
  --mode run|propose|publish
                           run (default); propose: commit nothing to the remote, leave
                           proposal.bundle and proposal.json in --proposal-dir; publish: push a
                           proposal from --proposal-dir, no agent (ADR 0037)
  --proposal-dir DIR       the proposal's folder, inside this folder
  --artifacts-dir DIR      where run.json, events.jsonl and logs go, inside this folder
                           (default: in the workspace)
  --workspace-root DIR     where the workspace is made (default: the system temp folder)
  --pr                     open or update the pull request (needs GITHUB_TOKEN or GH_TOKEN, and --repository)
  --json                   print the run record as JSON
  --markdown               print the job summary the action writes (core/speckit/summary.ts)
`;

export const commands: Command[] = [
  {
    path: ["speckit", "run"],
    summary: "run Spec Kit phases with a coding agent and push the feature branch",
    usage: USAGE,
    async run(args, ctx) {
      const options = await import("@specpipe/core/speckit/options");
      const { values, texts, flags, naming } = await parseInputFlags("speckit run", args, options.SPECKIT_FLAGS, {
        remote: { type: "string" },
        "workspace-root": { type: "string" },
        pr: { type: "boolean" },
        json: { type: "boolean" },
        markdown: { type: "boolean" },
      });
      const [{ UserError }, { Git }, { repositoryOfRemote }, { githubToken }, { connectGitHub }, { runnerContext }, summary, path, os] =
        await Promise.all([
          import("@specpipe/core/errors"),
          import("@specpipe/core/git/git"),
          import("@specpipe/core/github/port"),
          import("@specpipe/core/github/token"),
          import("@specpipe/core/github/connect"),
          import("@specpipe/core/github/runner-context"),
          import("@specpipe/core/speckit/summary"),
          import("node:path"),
          import("node:os"),
        ]);
      const input = options.parseSpeckitInputs(texts, naming);
      let remote = values.remote;
      if (!remote) {
        const r = await new Git({ cwd: ctx.cwd, env: ctx.env }).raw(["remote", "get-url", "origin"]);
        remote = r.code === 0 ? r.stdout.toString().trim() : undefined;
        if (!remote)
          throw new UserError("no --remote given and this folder has no origin remote", {
            hint: "pass --remote with a clone URL or path",
            code: "speckit.no-remote",
          });
      } else if (!/^[a-z]+:\/\//i.test(remote) && !remote.includes("@")) remote = path.resolve(ctx.cwd, remote);
      // A terminal has no GITHUB_REPOSITORY: the remote's URL names the repository.
      const fromUrl = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(remote);
      input.repository ??= repositoryOfRemote(remote) ?? (fromUrl ? `${fromUrl[1]}/${fromUrl[2]}` : "local/repository");
      // The token rule of every command and action (core/github/token.ts): GITHUB_TOKEN, else GH_TOKEN.
      if (values.pr && !githubToken(undefined, ctx.env))
        throw new UserError("speckit run --pr needs the GitHub API, and no token was found", {
          hint: "set GITHUB_TOKEN (or GH_TOKEN) with contents: write and pull-requests: write, or leave out --pr",
          code: "github.no-token",
        });
      const say = (line: string) => ctx.err(`speckit: ${line}\n`);
      const quiet = values.json || values.markdown;
      const result = await options.runSpeckitMode(input, {
        workspace: ctx.cwd,
        env: ctx.env,
        runner: runnerContext({ ...ctx.env, GITHUB_EVENT_NAME: "cli" }),
        event: () => ({}),
        tempRoot: values["workspace-root"] ? path.resolve(ctx.cwd, values["workspace-root"]) : os.tmpdir(),
        connect: async (token, repository) => connectGitHub({ token, env: ctx.env, repository, why: "speckit run --pr" }),
        signal: new AbortController().signal,
        log: quiet ? () => {} : say,
        warn: (line) => say(`warning: ${line}`),
        onWorkspace: () => {},
        onAgentUser: () => {},
        remoteUrl: remote,
        pullRequest: values.pr === true,
        name: (n) => `--${(flags as Record<string, string | undefined>)[n] ?? n}`,
      });
      const { record, workspace, error } = result;
      if (values.markdown) ctx.out(summary.speckitSummary(result).toString());
      else if (values.json) ctx.out(JSON.stringify(record, null, 2) + "\n");
      else {
        ctx.out(`${record.status} ${record.runId}${record.branch ? ` ${record.branch}` : ""}${record.pr ? ` ${record.pr.url}` : ""}\n`);
        ctx.out(`artifacts: ${workspace.artifacts}\n`);
      }
      if (error) throw error;
      return record.status === "succeeded" || record.status === "no_changes" ? 0 : 1;
    },
  },
];
