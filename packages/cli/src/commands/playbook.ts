import type { Command, CommandContext } from "../command.js";
import { parseOptions } from "../main.js";

/**
 * `specpipe init` and `specpipe playbook status|check|advance`: the same core calls the
 * playbook-gate action makes (packages/core/src/playbook/), with a terminal table or --json.
 */
const COMMON = {
  playbook: { type: "string" },
  json: { type: "boolean" },
  // status and check never write; --dry-run is accepted everywhere so scripts can pass it uniformly.
  "dry-run": { type: "boolean" },
} as const;

async function core() {
  const [gate, render, git] = await Promise.all([
    import("@specpipe/core/playbook/gate"),
    import("@specpipe/core/playbook/render"),
    import("@specpipe/core/git/git"),
  ]);
  return { ...gate, ...render, Git: git.Git };
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

const init: Command = {
  path: ["init"],
  summary: "start a playbook: playbook.yml, docs/spec.md, the first ADR and the beacon",
  usage: `Usage: specpipe init [--template refinement|phases] [--dry-run] [--json]
       specpipe init --beacon-only [--dry-run] [--json]

Writes playbook.yml (from the template), docs/spec.md, docs/adr/0001-record-architecture-decisions.md,
progress.json and progress.md (the beacon, at the playbook's first step). Never overwrites: when any of
these files exists, nothing is written and the error names them.

  --beacon-only    only progress.json and progress.md, for the playbook.yml (and spec) you already
                   have: the beacon at its first step, sealed with the current hashes
  --template NAME  refinement (seed 003: A Preparation, B Refinement loop; default) or phases
                   (seed 004: Spec Draft, E2E Test, Scaffold, Domain Logic, Infra Integration, Perf Budget, Done)
  --dry-run        print what would be written
  --json           print the result as JSON
`,
  async run(args, ctx) {
    const { values } = await parseOptions("init", args, {
      template: { type: "string" },
      "beacon-only": { type: "boolean" },
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
    });
    const [{ planInit, planBeaconInit }, { applyPlan, planDiff }] = await Promise.all([
      import("@specpipe/core/playbook/init"),
      import("@specpipe/core/fs/plan"),
    ]);
    const r = values["beacon-only"]
      ? await planBeaconInit({ root: ctx.cwd })
      : await planInit({ root: ctx.cwd, template: values.template });
    if (!values["dry-run"]) await applyPlan(r.plan);
    if (values.json)
      ctx.out(JSON.stringify({ template: r.template, files: r.files, step: r.firstStep, written: !values["dry-run"] }, null, 2) + "\n");
    else if (values["dry-run"]) ctx.out(await planDiff(r.plan));
    else
      ctx.out(
        `specpipe init: wrote ${r.files.join(", ")}${values["beacon-only"] ? "" : ` (template ${r.template})`}; the active step is ${r.firstStep}\n`,
      );
    return 0;
  },
};

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
unless it is the gate's own commit ("Playbook-Gate: advance").
Exit code 0 when all holds, 1 otherwise.
`,
  async run(args, ctx) {
    const { values } = await parseOptions("playbook check", args, { ...COMMON, from: { type: "string" }, to: { type: "string" } });
    const c = await core();
    const git = new c.Git({ cwd: ctx.cwd, env: ctx.env });
    const r = await c.playbookCheck({ root: ctx.cwd, playbook: values.playbook, git, from: values.from, to: values.to });
    if (values.json) ctx.out(JSON.stringify(c.reportJson(r), null, 2) + "\n");
    else {
      printReport(ctx, r, c);
      if (!r.violations.some((v) => v.severity === "error"))
        ctx.out(`check: ok${r.commits !== undefined ? ` (${r.commits} commit${r.commits === 1 ? "" : "s"})` : ""}\n`);
    }
    return r.violations.some((v) => v.severity === "error") ? 1 : 0;
  },
};

const advance: Command = {
  path: ["playbook", "advance"],
  summary: "advance the beacon one step when the active step's exit conditions hold",
  usage: `Usage: specpipe playbook advance [--dry-run] [--push] [--tag] [--playbook FILE] [--json]

Evaluates the active step; when every exit condition holds, moves the beacon one step, writes
progress.json and progress.md, and commits them ("chore(playbook): advance A3 → A4" with the
Playbook-Step, Playbook-From, Playbook-Gate and Spec-Hash trailers). In CI the playbook-gate action
does this; locally it is the same rule.

  --dry-run   print the diff of what would be written; write and commit nothing
  --push      push the commit to origin (fetch and rebase on rejection, 3 attempts)
  --tag       tag the commit playbook/<step>
Exit code 0 when advanced (or the playbook is complete), 1 when blocked.
`,
  async run(args, ctx) {
    const { values } = await parseOptions("playbook advance", args, { ...COMMON, push: { type: "boolean" }, tag: { type: "boolean" } });
    const c = await core();
    const git = new c.Git({ cwd: ctx.cwd, env: ctx.env });
    const isRepo = await git.isRepository();
    const r = await c.playbookAdvance({
      root: ctx.cwd,
      playbook: values.playbook,
      git: isRepo ? git : undefined,
      env: ctx.env,
      dryRun: values["dry-run"],
      commit: isRepo,
      push: values.push ?? false,
      tag: values.tag ?? false,
    });
    if (values.json) ctx.out(JSON.stringify(c.reportJson(r), null, 2) + "\n");
    else printReport(ctx, r, c);
    return r.advanced || r.done || (values["dry-run"] && r.blockedBy.length === 0) ? 0 : 1;
  },
};

export const commands: Command[] = [init, status, check, advance];
