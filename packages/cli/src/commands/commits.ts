import type { Command } from "../command.js";
import { parseOptions, repoGit, specPathsOption, specSource, splitList } from "../command.js";

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
  usage: `Usage: specpipe commits check [--from A] [--to B] [--json] [--spec-paths P]... [--types T,...]
                              [--require-body T,...] [--adr-dir DIR] [--playbook FILE] [--adr-scope commit|range]

Checks the commits after A up to B (default: HEAD). Without --from: the commits not yet on the
upstream branch (or the default branch), else the whole history. Exit 1 when a rule is broken.
`,
  async run(args, ctx) {
    const { values } = await parseOptions("commits check", args, {
      from: { type: "string" },
      to: { type: "string" },
      json: { type: "boolean" },
      ...specPathsOption,
      types: { type: "string", multiple: true },
      "require-body": { type: "string", multiple: true },
      "adr-dir": { type: "string" },
      playbook: { type: "string" },
      "adr-scope": { type: "string" },
    });
    const { git, root } = await repoGit(ctx);
    const { resolveRange } = await import("@specpipe/core/commits/resolve");
    const { checkRange } = await import("@specpipe/core/commits/check");
    const { insideWorkspace } = await import("@specpipe/core/fs/guard");
    const playbook = values.playbook ? (await insideWorkspace(root, values.playbook, { what: "--playbook" }, ctx.cwd)).rel : undefined;
    const adrDir = values["adr-dir"] ? (await insideWorkspace(root, values["adr-dir"], { what: "--adr-dir" }, ctx.cwd)).rel : undefined;
    const source = await specSource(root, values, playbook);
    let from = values.from;
    if (!from && !values.to) {
      const up = await git.raw(["rev-parse", "--verify", "--quiet", "@{upstream}"]);
      if (up.code === 0) {
        const mb = await git.raw(["merge-base", "HEAD", up.stdout.toString().trim()]);
        const head = await git.revParse("HEAD");
        const base = mb.stdout.toString().trim();
        if (mb.code === 0 && base && base !== head) from = base;
        else if (mb.code === 0 && base === head) from = head;
      }
    }
    const range = await resolveRange(git, {
      from,
      to: values.to,
      deepen: false,
      eventName: "cli",
      names: { from: "--from", to: "--to" },
    });
    const report = await checkRange(git, range, {
      specSource: source,
      types: splitList(values.types),
      requireBody: splitList(values["require-body"]),
      adrDir,
      playbookPath: playbook,
      adrScope: values["adr-scope"] === "range" ? "range" : "commit",
    });
    if (values.json) {
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
