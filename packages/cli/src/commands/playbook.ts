import type { Command, CommandContext } from "../command.js";
import { parseInputFlags, parseOptions } from "../command.js";

/**
 * `specpipe playbook status|check|advance`: the playbook-gate action's one core call
 * (`runPlaybookGate`, core/playbook/options.ts) with the action's inputs as flags, printed as a
 * terminal table, --json or --markdown (the action's job summary). What only a terminal has:
 * --ci (advance: without it nothing is written), --pull-request, --repository and --branch (check).
 */
async function core() {
  const [options, render, summary, git, provenance] = await Promise.all([
    import("@specpipe/core/playbook/options"),
    import("@specpipe/core/playbook/render"),
    import("@specpipe/core/playbook/summary"),
    import("@specpipe/core/git/git"),
    import("@specpipe/core/playbook/provenance"),
  ]);
  return { ...options, ...render, ...summary, ...provenance, Git: git.Git };
}

type Core = Awaited<ReturnType<typeof core>>;
type Report = Awaited<ReturnType<Core["runPlaybookGate"]>>;
type Mode = "status" | "check" | "advance";

const OUTPUT = { json: { type: "boolean" }, markdown: { type: "boolean" } } as const;

/**
 * Parse `specpipe playbook <mode>`'s flags with the action's shape and make the action's call.
 * `cliOnly` are the flags a terminal adds; `texts` may adjust what they mean for the inputs.
 */
async function gate(
  mode: Mode,
  args: string[],
  ctx: CommandContext,
  cliOnly: Record<string, { type: "string" | "boolean" }>,
  extra: (
    values: Record<string, unknown>,
    texts: Record<string, string>,
  ) => Promise<Partial<import("@specpipe/core/playbook/options").PlaybookAdapterContext>>,
): Promise<{ c: Core; r: Report; values: Record<string, unknown>; dryRun: boolean }> {
  const command = `playbook ${mode}`;
  const c = await core();
  const { values, texts, flags, naming } = await parseInputFlags(command, args, c.PLAYBOOK_FLAGS[mode], { ...cliOnly, ...OUTPUT }, true);
  texts.mode = mode;
  const more = await extra(values, texts);
  const input = c.parsePlaybookInputs(texts, naming);
  const [{ runnerContext }, { connectGitHub }, { logSafe }] = await Promise.all([
    import("@specpipe/core/github/runner-context"),
    import("@specpipe/core/github/connect"),
    import("@specpipe/core/text/log-safe"),
  ]);
  const r = await c.runPlaybookGate(input, {
    workspace: ctx.cwd,
    env: ctx.env,
    // "cli": check's default range is what HEAD has that its upstream has not (core/commits/resolve.ts).
    runner: runnerContext({ ...ctx.env, GITHUB_EVENT_NAME: "cli" }),
    event: () => ({}),
    connect: (token, repository) =>
      connectGitHub({ token, env: ctx.env, repository, why: command, client: { onWarning: (m) => ctx.err(`specpipe: ${logSafe(m)}\n`) } }),
    name: (n) => `--${flags[n] ?? n}`,
    ...more,
  });
  if (values.markdown) ctx.out(c.playbookSummary(r, input["dry-run"]).toString());
  else if (values.json) ctx.out(JSON.stringify(c.reportJson(r), null, 2) + "\n");
  return { c, r, values, dryRun: input["dry-run"] };
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

function printReport(ctx: CommandContext, r: Report, c: Core): void {
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

const INPUT_USAGE = `The flags are the playbook-gate action's inputs, with its defaults (core/playbook/options.ts):
  --playbook FILE            default playbook.yml
  --working-directory DIR    the repository, inside this folder (default .)
  --json                     the report as JSON
  --markdown                 the job summary the action writes (core/playbook/summary.ts)`;

const status: Command = {
  path: ["playbook", "status"],
  summary: "show the active step and whether its exit conditions hold",
  usage: `Usage: specpipe playbook status [--playbook FILE] [--json|--markdown] [--dry-run]

Reads the playbook and the beacon, evaluates the active step's exit conditions, and writes nothing
(--dry-run is accepted and changes nothing).
${INPUT_USAGE}
Exit code 0; 1 when the playbook or the beacon cannot be read.
`,
  async run(args, ctx) {
    const { c, r, values } = await gate("status", args, ctx, {}, async () => ({}));
    if (!values.json && !values.markdown) printReport(ctx, r, c);
    return 0;
  },
};

const check: Command = {
  path: ["playbook", "check"],
  summary: "check the beacon and the Playbook-Step trailers of a commit range",
  usage: `Usage: specpipe playbook check [--from REV] [--to REV] [--playbook FILE] [--json|--markdown]

The beacon is valid against the playbook (one active step, a history without skips, no hand
edits), and each commit in FROM..TO (TO defaults to HEAD; without --from: the commits not yet on
the upstream branch) carries "Playbook-Step: <active step>" and leaves progress.json and
progress.md's Step and Details alone unless it is the gate's own commit, made in CI
("Playbook-Gate: advance run=… evidence=…", changing only the beacon, one legal step). Merge
commits are exempt when they take the beacon from a parent.
${INPUT_USAGE}
  --no-fail-on-violation     exit 0 even when a rule is broken
  --pull-request             the range is a pull request's: no commit in it may touch the beacon
  --repository OWNER/NAME    the GitHub repository the gate's runs belong to (default
                             GITHUB_REPOSITORY, else the github.com origin remote)
  --branch NAME              the branch the gate advances on (the runs must have run there)
With GITHUB_TOKEN (or GH_TOKEN; actions: read) the runs that gate commits name are asked of
GitHub (GITHUB_API_URL for GitHub Enterprise); without one a note says they were not.
Exit code 0 when all holds, 1 otherwise.
`,
  async run(args, ctx) {
    const cliOnly = { "pull-request": { type: "boolean" }, repository: { type: "string" }, branch: { type: "string" } } as const;
    const { c, r, values } = await gate("check", args, ctx, cliOnly, async (v) => {
      const [{ safeBranchName }, { Git }, { repositoryOfRemote }] = await Promise.all([
        import("@specpipe/core/git/ref"),
        import("@specpipe/core/git/git"),
        import("@specpipe/core/github/port"),
      ]);
      const given = v.repository as string | undefined;
      return {
        pullRequest: v["pull-request"] === true,
        branch: v.branch !== undefined ? safeBranchName(v.branch) : undefined,
        // A terminal has no GITHUB_REPOSITORY: the github.com origin names the repository.
        repository: async () =>
          given ??
          ctx.env.GITHUB_REPOSITORY ??
          repositoryOfRemote((await new Git({ cwd: ctx.cwd, env: ctx.env }).configGet("remote.origin.url")) ?? ""),
      };
    });
    const failed = r.violations.some((v) => v.severity === "error");
    if (!values.json && !values.markdown) {
      printReport(ctx, r, c);
      if (!failed) ctx.out(`check: ok${r.commits !== undefined ? ` (${r.commits} commit${r.commits === 1 ? "" : "s"})` : ""}\n`);
    }
    return c.playbookFailure(r, { failOnViolation: values["fail-on-violation"] !== false, failOnBlocked: false }) ? 1 : 0;
  },
};

const advance: Command = {
  path: ["playbook", "advance"],
  summary: "preview the gate's next advance (in CI, with --ci: make it)",
  usage: `Usage: specpipe playbook advance [--ci] [--no-push] [--tag] [--playbook FILE] [--json|--markdown] [--dry-run]

Evaluates the active step and shows what the gate would write: the next step and the diff of
progress.json and progress.md. Only CI advances the beacon (seed 003: "progress is only advanced
by CI when exit conditions are satisfied"), so without --ci nothing is written or committed.
${INPUT_USAGE}
  --ci        inside a GitHub Actions job (GITHUB_ACTIONS and GITHUB_RUN_ID set): write, commit
              ("chore(playbook): advance A3 → A4", trailers Playbook-Step, Playbook-From,
              Playbook-Gate: advance run=<id>/<attempt> workflow=<file> evidence=<sha>, Spec-Hash)
              and push, as the action does
  --no-push   with --ci: commit but do not push (when origin moved on meanwhile, nothing is
              pushed anyway: the advance sits on the commit it evaluated, the run for the new head advances)
  --tag       with --ci: tag the commit playbook/<step>
  --git-user-name NAME, --git-user-email EMAIL
              the gate commit's author (default github-actions[bot])
  --dry-run   the same as leaving out --ci
Exit code 0 when the step can advance (or advanced, or the playbook is complete), 1 when blocked.
`,
  async run(args, ctx) {
    const { c, r, values, dryRun } = await gate("advance", args, ctx, { ci: { type: "boolean" } }, async (v, texts) => {
      // --ci must be backed by the runner's environment (core checks it); anyone can type the flag.
      texts["dry-run"] = String(v.ci !== true || v["dry-run"] === true);
      return {};
    });
    if (!values.json && !values.markdown) {
      printReport(ctx, r, c);
      if (dryRun && !r.done && r.blockedBy.length === 0)
        ctx.out("\npreview only: the beacon advances in CI (the playbook-gate action, or --ci inside a GitHub Actions job)\n");
    }
    return r.advanced || r.done || (dryRun && r.blockedBy.length === 0) ? 0 : 1;
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
    const [c, { Git }] = await Promise.all([import("@specpipe/core/playbook/gate"), import("@specpipe/core/git/git")]);
    const state = await c.readGateState({ root: ctx.cwd, playbook: values.playbook });
    if (!state.step.abort || state.beacon.status !== "active") {
      throw new UserError(`step ${state.step.id} cannot be aborted: ${state.playbook.file} gives it no abort:`, {
        file: state.playbook.file,
        hint: `add "abort: { to: <earlier step> }" to step ${state.step.id} in ${state.playbook.file}, or finish the step`,
        code: "playbook.no-abort",
      });
    }
    const git = new Git({ cwd: ctx.cwd, env: ctx.env });
    const message = `chore(playbook): abort ${state.step.id} → ${state.step.abort.to}\n\n${reason}\n\n${c.TRAILER_STEP}: ${state.step.id}\n${c.TRAILER_ABORT}: ${reason}\n`;
    await git.run(["commit", "--quiet", "--allow-empty", "--file=-"], { input: message });
    ctx.out(`committed the abort request for ${state.step.id} (→ ${state.step.abort.to}); the gate acts on it in CI after you push\n`);
    return 0;
  },
};

export const commands: Command[] = [status, check, advance, abort];
