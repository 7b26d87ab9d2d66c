import { DEFAULT_PR_LABELS, SPECKIT_VERSION } from "@specpipe/core/defaults";
import type { Command } from "../command.js";
import { parseOptions } from "../command.js";

const USAGE = `Usage: specpipe speckit run (--spec TEXT | --spec-file FILE) [options]

Run Spec Kit phases on a fresh clone, as the speckit-run action does: branch NNN-short-name,
the agent in an isolated workspace, commit and push. Without --pr, no pull request is opened.

Options:
  --spec TEXT              the specification text (text starting with "-": --spec=--text)
  --spec-file FILE         read the specification text from FILE (inside this folder)
  --remote URL|PATH        what to clone (default: this repository's origin)
  --repository OWNER/NAME  the GitHub repository (for --pr; default: from the remote URL)
  --base BRANCH            the branch to clone (default: the remote's default branch)
  --agent NAME             codex, claude, gemini, copilot or command (default: SPECPIPE_AGENT,
                           then .specpipe/config.yml, then codex)
  --agent-command TEMPLATE for --agent command: program and arguments with {prompt}, {phase},
                           {feature_dir}, {spec}
  --agent-env NAMES        variables the agent may see, comma-separated
  --phases LIST            default specify,plan,tasks (also clarify, analyze)
  --timeout-minutes N      per phase (default 20)
  --retries N              extra attempts after a retryable failure (default 1)
  --branch-name NAME       the feature branch (default: numbered from the spec text)
  --safety-strategy S      unprivileged-user (default: the agent runs as a throwaway user; needs
                           root or passwordless sudo) or unsafe (the agent runs as you)
  --speckit-version V      the Spec Kit to install when the repository has none (default ${SPECKIT_VERSION})
  --artifacts-dir DIR      where run.json, events.jsonl and logs go, inside this folder
                           (default: in the workspace)
  --workspace-root DIR     where the workspace is made (default: the system temp folder)
  --pr                     open or update the pull request (needs GITHUB_TOKEN or GH_TOKEN, and --repository)
  --json                   print the run record as JSON
`;

export const commands: Command[] = [
  {
    path: ["speckit", "run"],
    summary: "run Spec Kit phases with a coding agent and push the feature branch",
    usage: USAGE,
    async run(args, ctx) {
      const { values } = await parseOptions("speckit run", args, {
        spec: { type: "string" },
        "spec-file": { type: "string" },
        remote: { type: "string" },
        repository: { type: "string" },
        base: { type: "string" },
        agent: { type: "string" },
        "agent-command": { type: "string" },
        "agent-env": { type: "string" },
        phases: { type: "string" },
        "timeout-minutes": { type: "string" },
        retries: { type: "string" },
        "branch-name": { type: "string" },
        "safety-strategy": { type: "string" },
        "speckit-version": { type: "string" },
        "artifacts-dir": { type: "string" },
        "workspace-root": { type: "string" },
        pr: { type: "boolean" },
        json: { type: "boolean" },
      });
      const [
        { UserError },
        { Git },
        { parsePhases },
        { runSpeckit },
        { resolveSpecText },
        { parseSafetyStrategy },
        { parseSpeckitVersion },
        { insideWorkspace },
        path,
        os,
      ] = await Promise.all([
        import("@specpipe/core/errors"),
        import("@specpipe/core/git/git"),
        import("@specpipe/core/speckit/agents"),
        import("@specpipe/core/speckit/run"),
        import("@specpipe/core/speckit/trigger"),
        import("@specpipe/core/speckit/sandbox"),
        import("@specpipe/core/speckit/stages/speckit"),
        import("@specpipe/core/fs/guard"),
        import("node:path"),
        import("node:os"),
      ]);
      const number = (name: string, v: string | undefined, d: number) => {
        if (v === undefined) return d;
        const n = Number(v);
        if (!Number.isFinite(n) || n < 0)
          throw new UserError(`--${name} must be a number, got "${v}"`, { hint: `run "specpipe speckit run --help"`, code: "cli.usage" });
        return n;
      };
      const phaseTimeoutMs = Math.round(number("timeout-minutes", values["timeout-minutes"], 20) * 60_000);
      const retries = Math.floor(number("retries", values.retries, 1));
      const specText = await resolveSpecText({
        spec: values.spec,
        specFile: values["spec-file"],
        root: ctx.cwd,
        trigger: { checkPermission: false },
      });
      let remote = values.remote;
      if (!remote) {
        const r = await new Git({ cwd: ctx.cwd }).raw(["remote", "get-url", "origin"]);
        remote = r.code === 0 ? r.stdout.toString().trim() : undefined;
        if (!remote)
          throw new UserError("no --remote given and this folder has no origin remote", {
            hint: "pass --remote with a clone URL or path",
            code: "speckit.no-remote",
          });
      } else if (!/^[a-z]+:\/\//i.test(remote) && !remote.includes("@")) remote = path.resolve(ctx.cwd, remote);
      const fromUrl = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(remote);
      const repository = values.repository ?? (fromUrl ? `${fromUrl[1]}/${fromUrl[2]}` : "local/repository");
      let github: Parameters<typeof runSpeckit>[0]["github"];
      // The token rule of every command and action (core/github/token.ts): GITHUB_TOKEN, else GH_TOKEN.
      const token = values.pr ? (await import("@specpipe/core/github/token")).githubToken(undefined, ctx.env) : undefined;
      if (values.pr) {
        const { connectGitHub } = await import("@specpipe/core/github/connect");
        const { api, repo } = await connectGitHub({ token, env: ctx.env, repository, why: "speckit run --pr" });
        github = { api, repo };
      }
      const { record, workspace, error } = await runSpeckit({
        specText,
        repository,
        remoteUrl: remote,
        token: token?.value,
        baseBranch: values.base,
        agent: { input: values.agent, inputCommand: values["agent-command"], env: ctx.env.SPECPIPE_AGENT },
        agentEnv: (values["agent-env"] ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
        parentEnv: ctx.env,
        phases: parsePhases((values.phases ?? "").split(",").filter((s) => s.trim() !== "")),
        phaseTimeoutMs,
        retries,
        safetyStrategy: parseSafetyStrategy(values["safety-strategy"]),
        speckitVersion: parseSpeckitVersion(values["speckit-version"], SPECKIT_VERSION),
        branchName: values["branch-name"],
        pr: { labels: DEFAULT_PR_LABELS, draft: false },
        github,
        checkout: ctx.cwd,
        workspaceRoot: values["workspace-root"] ? path.resolve(ctx.cwd, values["workspace-root"]) : os.tmpdir(),
        artifactsDir: values["artifacts-dir"]
          ? (await insideWorkspace(ctx.cwd, values["artifacts-dir"], { what: "--artifacts-dir" })).abs
          : undefined,
        retentionDays: 7,
        log: values.json ? undefined : (line) => ctx.err(`speckit: ${line}\n`),
        warn: (line) => ctx.err(`speckit: warning: ${line}\n`),
      });
      if (values.json) ctx.out(JSON.stringify(record, null, 2) + "\n");
      else {
        ctx.out(`${record.status} ${record.runId}${record.branch ? ` ${record.branch}` : ""}${record.pr ? ` ${record.pr.url}` : ""}\n`);
        ctx.out(`artifacts: ${workspace.artifacts}\n`);
      }
      if (error) throw error;
      return record.status === "succeeded" || record.status === "no_changes" ? 0 : 1;
    },
  },
];
