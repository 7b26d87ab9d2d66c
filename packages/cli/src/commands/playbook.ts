import type { Command, CommandContext } from "../command.js";
import { parseOptions } from "../command.js";

/**
 * `specpipe playbook status|check|advance`: the same core calls the
 * playbook-gate action makes (packages/core/src/playbook/), with a terminal table or --json.
 */
const COMMON = {
  playbook: { type: "string" },
  json: { type: "boolean" },
  // status and check never write; --dry-run is accepted everywhere so scripts can pass it uniformly.
  "dry-run": { type: "boolean" },
} as const;

async function core() {
  const [gate, render, git, provenance] = await Promise.all([
    import("@specpipe/core/playbook/gate"),
    import("@specpipe/core/playbook/render"),
    import("@specpipe/core/git/git"),
    import("@specpipe/core/playbook/provenance"),
  ]);
  return { ...gate, ...render, ...provenance, Git: git.Git };
}

function table(rows: string[][], header: string[]): string {
  const all = [header, ...rows].map((r) => r.map((c) => c.replace(/\s+/g, " ")));
  const widths = header.map((_, i) => Math.min(60, Math.max(...all.map((r) => (r[i] ?? "").length))));
  return (
    all
      .map((r) =>
        r
          .map((c, i) => (c.length > widths[i] ? c.slice(0, widths[i] - 1) + "…" : c.padEnd(widths[i])))
          .join("  ")
          .trimEnd(),
      )
      .join("\n") + "\n"
  );
}

type Report = Awaited<ReturnType<Awaited<ReturnType<typeof core>>["playbookStatus"]>>;

function printReport(ctx: CommandContext, r: Report, c: Awaited<ReturnType<typeof core>>): void {
  const step = r.playbook.byId.get(r.step)!;
  ctx.out(
    `${r.playbook.playbook.name}: ${r.done ? "complete" : "active step"} ${r.step} (${step.phase.id} ${step.phase.name}, step ${step.number}: ${step.name})${r.beacon.iteration > 1 ? `, iteration ${r.beacon.iteration}` : ""}\n`,
  );
  if (r.conditions.length)
    ctx.out(
      "\n" +
        table(
          c.conditionRows(r.conditions).map((row) => [row[0] === "✅" ? "ok" : "FAIL", ...row.slice(1, 4), row[5] ?? ""]),
          ["", "condition", "value", "threshold", "why not"],
        ),
    );
  const evaluated = r.playbook.byId.get(r.evaluated)!;
  if (r.loopConditions.length)
    ctx.out(
      `\nloop (${evaluated.loop!.from} → ${evaluated.loop!.to}) ends when:\n` +
        table(
          c.conditionRows(r.loopConditions).map((row) => [row[0] === "✅" ? "ok" : "no", ...row.slice(1, 4)]),
          ["", "condition", "value", "threshold"],
        ),
    );
  for (const n of r.notes ?? []) ctx.out(`note: ${n}\n`);
  for (const v of r.violations)
    ctx.out(
      `${v.severity === "error" ? "error" : "notice"}: ${v.commit ? `${v.commit.slice(0, 12)}: ` : ""}${v.message}. Fix: ${v.hint}\n`,
    );
  if (r.advanced)
    ctx.out(
      `\nadvanced ${r.transition!.from} → ${r.transition!.to ?? "done"}${r.commit ? ` (commit ${r.commit.slice(0, 12)}${r.pushed ? ", pushed" : ""}${r.tag ? `, tag ${r.tag}` : ""})` : ""}\n`,
    );
  else if (r.mode !== "check" && !r.done)
    ctx.out(
      r.blockedBy.length
        ? `\nblocked by: ${r.blockedBy.map((b) => b.id).join(", ")}\n`
        : `\nready: the next advance goes to ${r.nextStep ?? "done"}\n`,
    );
  if (r.diff) ctx.out(`\n${r.diff}`);
}

const status: Command = {
  path: ["playbook", "status"],
  summary: "show the active step and whether its exit conditions hold",
  usage: `Usage: specpipe playbook status [--playbook FILE] [--json] [--dry-run]

Reads the playbook and the beacon, evaluates the active step's exit conditions, and writes nothing
(--dry-run is accepted and changes nothing).
Exit code 0; 1 when the playbook or the beacon cannot be read.
`,
  async run(args, ctx) {
    const { values } = await parseOptions("playbook status", args, { ...COMMON });
    const c = await core();
    const git = new c.Git({ cwd: ctx.cwd, env: ctx.env });
    const r = await c.playbookStatus({
      root: ctx.cwd,
      playbook: values.playbook,
      git: (await git.isRepository()) ? git : undefined,
      env: ctx.env,
    });
    if (values.json) ctx.out(JSON.stringify(c.reportJson(r), null, 2) + "\n");
    else printReport(ctx, r, c);
    return 0;
  },
};

const check: Command = {
  path: ["playbook", "check"],
  summary: "check the beacon and the Playbook-Step trailers of a commit range",
  usage: `Usage: specpipe playbook check [--from REV] [--to REV] [--playbook FILE] [--json] [--dry-run]

The beacon is valid against the playbook (one active step, a history without skips, no hand
edits), and each commit in FROM..TO (default: none; TO defaults to HEAD) carries
"Playbook-Step: <active step>" and leaves progress.json and progress.md's Step and Details alone
unless it is the gate's own commit, made in CI ("Playbook-Gate: advance run=… evidence=…",
changing only the beacon, one legal step). Merge commits are exempt; their parents are checked.
  --pull-request   the range is a pull request's: no commit in it may touch the beacon
  --repository OWNER/NAME  the GitHub repository the gate's runs belong to (default
                   GITHUB_REPOSITORY, else the github.com origin remote)
  --branch NAME    the branch the gate advances on (the runs must have run there)
With GITHUB_TOKEN (or GH_TOKEN; actions: read) the runs that gate commits name are asked of
GitHub (GITHUB_API_URL for GitHub Enterprise); without one a note says they were not.
Exit code 0 when all holds, 1 otherwise.
`,
  async run(args, ctx) {
    const { values } = await parseOptions("playbook check", args, {
      ...COMMON,
      from: { type: "string" },
      to: { type: "string" },
      "pull-request": { type: "boolean" },
      repository: { type: "string" },
      branch: { type: "string" },
    });
    const c = await core();
    const { checkRev, safeBranchName } = await import("@specpipe/core/git/ref");
    const from = values.from !== undefined ? checkRev(values.from, { what: "--from" }) : undefined;
    const to = values.to !== undefined ? checkRev(values.to, { what: "--to" }) : undefined;
    const git = new c.Git({ cwd: ctx.cwd, env: ctx.env });
    const github = runVerifier(ctx, git, values.repository);
    const branch = values.branch !== undefined ? safeBranchName(values.branch) : undefined;
    const r = await c.playbookCheck({
      root: ctx.cwd,
      playbook: values.playbook,
      git,
      from,
      to,
      pullRequest: values["pull-request"],
      github,
      ...(branch ? { branch } : {}),
    });
    if (values.json) ctx.out(JSON.stringify(c.reportJson(r), null, 2) + "\n");
    else {
      printReport(ctx, r, c);
      if (!r.violations.some((v) => v.severity === "error"))
        ctx.out(`check: ok${r.commits !== undefined ? ` (${r.commits} commit${r.commits === 1 ? "" : "s"})` : ""}\n`);
    }
    return r.violations.some((v) => v.severity === "error") ? 1 : 0;
  },
};

/**
 * The GitHub client that verifies the gate's runs, as the action has it: GITHUB_TOKEN (or
 * GH_TOKEN) and the repository (--repository, GITHUB_REPOSITORY, or a github.com origin). Asked
 * for only when the range has gate commits; without a token check says the runs were not asked.
 */
function runVerifier(
  ctx: CommandContext,
  git: InstanceType<Awaited<ReturnType<typeof core>>["Git"]>,
  repository: string | undefined,
): () => Promise<import("@specpipe/core/github/port").GitHubContext | undefined> {
  return async () => {
    const token = ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN;
    if (!token) return undefined;
    const [{ createGitHubApi }, { parseRepository }] = await Promise.all([
      import("@specpipe/core/github/octokit"),
      import("@specpipe/core/github/port"),
    ]);
    let name = repository ?? ctx.env.GITHUB_REPOSITORY;
    if (!name) {
      const url = (await git.configGet("remote.origin.url")) ?? "";
      name = /github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url)?.[1];
    }
    if (!name) return undefined;
    const api = await createGitHubApi({ token, baseUrl: ctx.env.GITHUB_API_URL });
    return { api, repo: parseRepository(name) };
  };
}

const advance: Command = {
  path: ["playbook", "advance"],
  summary: "preview the gate's next advance (in CI, with --ci: make it)",
  usage: `Usage: specpipe playbook advance [--ci] [--push] [--tag] [--playbook FILE] [--json] [--dry-run]

Evaluates the active step and shows what the gate would write: the next step and the diff of
progress.json and progress.md. Only CI advances the beacon (seed 003: "progress is only advanced
by CI when exit conditions are satisfied"), so without --ci nothing is written or committed.

  --ci        inside a GitHub Actions job (GITHUB_ACTIONS and GITHUB_RUN_ID set): write, commit
              ("chore(playbook): advance A3 → A4", trailers Playbook-Step, Playbook-From,
              Playbook-Gate: advance run=<id>/<attempt> workflow=<file> evidence=<sha>, Spec-Hash)
  --push      with --ci: push the commit to origin (when origin moved on meanwhile, nothing is
              pushed: the advance sits on the commit it evaluated, the run for the new head advances)
  --tag       with --ci: tag the commit playbook/<step>
  --dry-run   the same as leaving out --ci
Exit code 0 when the step can advance (or advanced, or the playbook is complete), 1 when blocked.
`,
  async run(args, ctx) {
    const { values } = await parseOptions("playbook advance", args, {
      ...COMMON,
      ci: { type: "boolean" },
      push: { type: "boolean" },
      tag: { type: "boolean" },
    });
    const c = await core();
    const git = new c.Git({ cwd: ctx.cwd, env: ctx.env });
    const isRepo = await git.isRepository();
    // --ci must be backed by the runner's environment; anyone can type the flag.
    const ci = values.ci && !values["dry-run"] ? c.ciRunFromEnv(ctx.env) : undefined;
    const r = await c.playbookAdvance({
      root: ctx.cwd,
      playbook: values.playbook,
      git: isRepo ? git : undefined,
      env: ctx.env,
      ci,
      dryRun: !ci,
      commit: isRepo,
      push: values.push ?? false,
      tag: values.tag ?? false,
    });
    if (values.json) ctx.out(JSON.stringify(c.reportJson(r), null, 2) + "\n");
    else {
      printReport(ctx, r, c);
      if (!ci && !r.done && r.blockedBy.length === 0)
        ctx.out("\npreview only: the beacon advances in CI (the playbook-gate action, or --ci inside a GitHub Actions job)\n");
    }
    return r.advanced || r.done || (!ci && r.blockedBy.length === 0) ? 0 : 1;
  },
};

const abort: Command = {
  path: ["playbook", "abort"],
  summary: "ask the gate to abort the active step back to its abort target, with a reason",
  usage: `Usage: specpipe playbook abort --reason "why" [--playbook FILE]

For a step that declares abort: (the refinement template's B4: "abort: refinement failed, the
plan has to change"), commits an empty commit with the trailers Playbook-Step: <active step>
and Playbook-Abort: <reason>. The gate's next run in CI moves the beacon back to the abort
target as a new iteration and records the reason in progress.json's history.
`,
  async run(args, ctx) {
    const { values } = await parseOptions("playbook abort", args, { playbook: { type: "string" }, reason: { type: "string" } });
    const { UserError } = await import("@specpipe/core/errors");
    const reason = values.reason?.replace(/\s+/g, " ").trim();
    if (!reason) throw new UserError("abort needs a reason", { hint: 'pass --reason "why the plan has to change"', code: "cli.usage" });
    const c = await core();
    const state = await c.readGateState({ root: ctx.cwd, playbook: values.playbook });
    if (!state.step.abort || state.beacon.status !== "active") {
      throw new UserError(`step ${state.step.id} cannot be aborted: ${state.playbook.file} gives it no abort:`, {
        file: state.playbook.file,
        hint: `add "abort: { to: <earlier step> }" to step ${state.step.id} in ${state.playbook.file}, or finish the step`,
        code: "playbook.no-abort",
      });
    }
    const git = new c.Git({ cwd: ctx.cwd, env: ctx.env });
    const message = `chore(playbook): abort ${state.step.id} → ${state.step.abort.to}\n\n${reason}\n\n${c.TRAILER_STEP}: ${state.step.id}\n${c.TRAILER_ABORT}: ${reason}\n`;
    await git.run(["commit", "--quiet", "--allow-empty", "--file=-"], { input: message });
    ctx.out(`committed the abort request for ${state.step.id} (→ ${state.step.abort.to}); the gate acts on it in CI after you push\n`);
    return 0;
  },
};

export const commands: Command[] = [status, check, advance, abort];
