import type { Command } from "../command.js";
import { parseInputFlags } from "../command.js";

const usage = `Usage: specpipe coverage [options]

Keep docs/SPEC-COVERAGE.md and docs/STATUS.md in step with specs/.
Writes only when tests passed: --tests-passed, or CI=true; failing test results always block it.

The flags are the coverage-update action's inputs, with its defaults (core/coverage/options.ts).

Options:
  --mode MODE             update (default), validate or report
  --dry-run               print the unified diff that a real run would write; write nothing
  --tests-passed          allow writing (the tests passed)
  --validate              (--mode validate) check gaps: spec'd but not implemented (error), implemented but not
                          tested and orphan rows (warnings); exit 1 on errors
  --strict                with --validate, warnings fail too
  --report                (--mode report) totals, percentages and progress bars
  --json                  machine-readable result
  --markdown              print the job summary the action writes (core/coverage/summary.ts)
  --mark-tested           set Tested to ✓ for specs whose key (001-health-check) or id (spec-001)
                          a passing test's name or classname holds; never a bare number
                          (needs --test-results; never unsets)
  --test-results GLOB     JUnit XML file(s), repeatable
  --test-count N          test count for STATUS.md
  --specs-dir DIR         default: specs
  --coverage-file FILE    default: docs/SPEC-COVERAGE.md
  --status-file FILE      default: docs/STATUS.md
  --header ROW            default: "| Spec | Present | Spec'd | Tested | Notes |"
  --skip NAME             more spec names to skip (glob, whole name), repeatable; added to
                          TEMPLATE, backlog, placeholder, INDEX, README, constitution
                          ("!README" takes a default out)
  --test-count-section H, --implemented-section H, --pending-section H
                          the STATUS.md headings refreshed (default "Test Count", "Implemented",
                          "Pending")
  --commit                commit the changed docs and push (rebasing on rejection; the token
                          for https remotes is GITHUB_TOKEN, else GH_TOKEN)
  --root DIR              repository root (default: current directory); every path must stay inside it
  --working-directory DIR the repository inside --root (default .)
`;

export const commands: Command[] = [
  {
    path: ["coverage"],
    summary: "update, validate or report SPEC-COVERAGE.md and STATUS.md",
    usage,
    async run(args, ctx) {
      const options = await import("@specpipe/core/coverage/options");
      const { values, texts, naming } = await parseInputFlags("coverage", args, options.COVERAGE_FLAGS, {
        validate: { type: "boolean" },
        report: { type: "boolean" },
        json: { type: "boolean" },
        markdown: { type: "boolean" },
        root: { type: "string" },
      });
      // --validate and --report are older spellings of --mode.
      if (texts.mode === undefined && (values.validate || values.report)) texts.mode = values.validate ? "validate" : "report";
      const input = options.parseCoverageInputs(texts, naming);
      const path = await import("node:path");
      const [{ runCoverage }, { formatReport, coverageTotals }, summary] = await Promise.all([
        import("@specpipe/core/coverage/run"),
        import("@specpipe/core/coverage/report"),
        import("@specpipe/core/coverage/summary"),
      ]);
      const mode = input.mode;
      // From a terminal the repository root is the boundary: no path may leave it.
      const outcome = await runCoverage(
        options.coverageRunOptions(input, { workspace: path.resolve(ctx.cwd, values.root ?? "."), env: ctx.env }),
      );
      const r = outcome.result;
      if (values.markdown) ctx.out(summary.coverageSummary(outcome, { dryRun: input["dry-run"] }).toString());
      else if (values.json) {
        ctx.out(
          JSON.stringify(
            {
              mode,
              changed: outcome.changed,
              written: outcome.written,
              message: outcome.message,
              addedRows: r.addedRows,
              markedTested: r.markedTested,
              specsImplemented: r.implemented.length,
              specsPending: r.pending.length,
              testCount: r.testCount ?? null,
              missingSections: r.missingSections,
              statusMissing: r.statusMissing,
              statusNotes: r.statusNotes,
              statusWarnings: r.statusWarnings,
              heldSpecs: r.heldSpecs,
              warnings: r.warnings,
              removedTemps: outcome.removedTemps,
              gaps: r.gaps,
              totals: coverageTotals(r),
              diff: outcome.diff,
              failure: outcome.failure ?? null,
            },
            null,
            2,
          ) + "\n",
        );
      } else {
        if (outcome.diff) ctx.out(outcome.diff.endsWith("\n") ? outcome.diff : outcome.diff + "\n");
        // The action's log lines (core/coverage/summary.ts); warnings go to stderr, not to annotations.
        for (const line of summary.coverageLog(outcome, mode === "report" ? "update" : mode)) ctx.out(line + "\n");
        if (r.testResultsMissing) ctx.err(`specpipe: warning: --test-results matched no file; no test count was read\n`);
        for (const w of r.warnings) ctx.err(`specpipe: warning: ${w.message}\n`);
        for (const w of r.statusWarnings) ctx.err(`specpipe: warning: ${r.statusFile}: ${w}\n`);
        if (mode === "update")
          for (const g of r.gaps.filter((x) => x.kind === "ambiguous-row" || x.kind === "duplicate-row"))
            ctx.err(`specpipe: warning: ${g.file}:${g.line}: ${g.message}\n`);
        if (mode !== "update") {
          for (const g of r.gaps) ctx.out(`${g.file}:${g.line}: ${g.level}: ${g.message}\n`);
          ctx.out(formatReport(r));
        }
      }
      if (outcome.failure) {
        ctx.err(`specpipe: ${outcome.failure.file}:${outcome.failure.line}: ${outcome.failure.message}. Fix: ${outcome.failure.hint}\n`);
        return 1;
      }
      return 0;
    },
  },
];
