import type { Command } from "../command.js";
import { parseOptions, repoGit } from "../command.js";

/**
 * `specpipe commits check`: the spec-hash-check action's rules over a range (core/commits/).
 */
function table(rows: string[][]): string {
  if (!rows.length) return "";
  const widths = rows[0].map((_, i) => Math.min(60, Math.max(...rows.map((r) => (r[i] ?? "").length))));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("  ")).join("\n") + "\n";
}

const commitsCheck: Command = {
  path: ["commits", "check"],
  summary: "check the commit rules over a range (as the spec-hash-check action does)",
  usage: `Usage: specpipe commits check [--from A] [--to B] [--json|--markdown] [--spec-paths P]... [--types T,...]
                              [--require-body T,...] [--bot-authors GLOB,...] [--adr-dir DIR] [--playbook FILE]
                              [--adr-scope auto|commit|range] [--check-adrs true|false]

The flags are the spec-hash-check action's inputs, with its defaults (core/commits/options.ts):
--adr-scope auto lets the range decide, --bot-authors skips bots' commits, --check-adrs checks
the ADR files.

Checks the commits after A up to B (default: HEAD). Without --from: the commits not yet on the
upstream branch (or the default branch), else the whole history. Exit 1 when a rule is broken.
--markdown prints the job summary the action writes (core/commits/summary.ts).
`,
  async run(args, ctx) {
    const options = await import("@specpipe/core/commits/options");
    const flags = Object.fromEntries(options.COMMITS_FLAGS.map((f) => [f, { type: "string", multiple: true } as const]));
    const { values } = await parseOptions("commits check", args, { ...flags, json: { type: "boolean" }, markdown: { type: "boolean" } });
    const texts: Record<string, string> = {};
    for (const f of options.COMMITS_FLAGS) {
      const given = (values as Record<string, string[] | undefined>)[f];
      // A repeatable list flag gives one item per line; a single-valued one keeps the last.
      if (given?.length)
        texts[f] = ["spec-paths", "types", "require-body", "bot-authors"].includes(f) ? given.join("\n") : given[given.length - 1];
    }
    const input = options.parseCommitsInputs(texts, {
      name: (n) => `commits check: --${n}`,
      hint: () => 'run "specpipe commits check --help" for the options',
    });
    const { root } = await repoGit(ctx);
    const { runCommitsCheck } = await import("@specpipe/core/commits/options");
    const { runnerContext } = await import("@specpipe/core/github/runner-context");
    // The action's one call; "cli" makes the default range the commits not yet on the upstream branch.
    const {
      report,
      range,
      spec: source,
    } = await runCommitsCheck(
      { ...input, deepen: false },
      {
        workspace: root,
        cwd: ctx.cwd,
        env: ctx.env,
        runner: runnerContext({ ...ctx.env, GITHUB_EVENT_NAME: "cli" }),
        event: () => ({}),
        name: (n) => `--${n}`,
      },
    );
    if (values.markdown) {
      const { commitsSummary } = await import("@specpipe/core/commits/summary");
      ctx.out(commitsSummary({ report, range, spec: source }).toString());
    } else if (values.json) {
      ctx.out(
        JSON.stringify({ ...report, range: { from: range.from ?? null, to: report.to, mode: range.mode, notes: range.notes } }, null, 2) +
          "\n",
      );
    } else {
      ctx.out(
        `spec ${report.specHash.short} · ${report.checked} commit(s) checked${report.skipped.length ? `, ${report.skipped.length} skipped` : ""} · ${range.from ? range.from.slice(0, 12) : "root"}..${report.to.slice(0, 12)}\n`,
      );
      if (report.violations.length) {
        ctx.out(
          table([
            ["commit", "subject", "rule", "fix"],
            ...report.violations.map((v) => [v.commit?.slice(0, 12) ?? v.file ?? "", v.subject ?? "", v.code, v.hint]),
          ]),
        );
        for (const v of report.violations) ctx.out(`  ${v.commit?.slice(0, 12) ?? v.file}: ${v.message}\n`);
      } else ctx.out("all rules hold\n");
    }
    return report.ok ? 0 : 1;
  },
};

export const commands: Command[] = [commitsCheck];
