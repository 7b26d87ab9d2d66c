import type { Command } from "../command.js";
import { parseOptions } from "../command.js";

const usage = `Usage: specpipe coverage [options]

Keep docs/SPEC-COVERAGE.md and docs/STATUS.md in step with specs/.
Writes only when tests passed: --tests-passed, or CI=true; failing test results always block it.

Options:
  --dry-run               print the unified diff that a real run would write; write nothing
  --tests-passed          allow writing (the tests passed)
  --validate              check gaps: spec'd but not implemented (error), implemented but not
                          tested and orphan rows (warnings); exit 1 on errors
  --strict                with --validate, warnings fail too
  --report                totals, percentages and progress bars
  --json                  machine-readable result
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
  --commit                commit the changed docs and push (rebasing on rejection)
  --root DIR              repository root (default: current directory); every path must stay inside it
`;

export const commands: Command[] = [
  {
    path: ["coverage"],
    summary: "update, validate or report SPEC-COVERAGE.md and STATUS.md",
    usage,
    async run(args, ctx) {
      const { values } = await parseOptions("coverage", args, {
        "dry-run": { type: "boolean" },
        "tests-passed": { type: "boolean" },
        validate: { type: "boolean" },
        strict: { type: "boolean" },
        report: { type: "boolean" },
        json: { type: "boolean" },
        "mark-tested": { type: "boolean" },
        "test-results": { type: "string", multiple: true },
        "test-count": { type: "string" },
        "specs-dir": { type: "string" },
        "coverage-file": { type: "string" },
        "status-file": { type: "string" },
        header: { type: "string" },
        skip: { type: "string", multiple: true },
        commit: { type: "boolean" },
        root: { type: "string" },
      });
      const { UserError } = await import("@specpipe/core/errors");
      const path = await import("node:path");
      const { runCoverage } = await import("@specpipe/core/coverage/run");
      const { formatReport, coverageTotals } = await import("@specpipe/core/coverage/report");
      let testCount: number | undefined;
      if (values["test-count"] !== undefined) {
        testCount = Number(values["test-count"]);
        if (!Number.isInteger(testCount) || testCount < 0)
          throw new UserError(`--test-count must be a whole number, got "${values["test-count"]}"`, { hint: "pass e.g. --test-count 120" });
      }
      const mode = values.validate ? "validate" : values.report ? "report" : "update";
      const outcome = await runCoverage({
        // From a terminal the repository root is the boundary: no path may leave it.
        workspace: path.resolve(ctx.cwd, values.root ?? "."),
        mode,
        specsDir: values["specs-dir"],
        coverageFile: values["coverage-file"],
        statusFile: values["status-file"],
        header: values.header,
        skip: values.skip,
        markTested: values["mark-tested"] ?? false,
        testResults: values["test-results"] ?? [],
        testCount,
        dryRun: values["dry-run"] ?? false,
        testsPassed: values["tests-passed"] ?? false,
        ci: ctx.env.CI === "true",
        strict: values.strict ?? false,
        commit: values.commit ?? false,
      });
      const r = outcome.result;
      if (values.json) {
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
        ctx.out(outcome.message + "\n");
        if (r.testResultsMissing) ctx.err(`specpipe: warning: --test-results matched no file; no test count was read\n`);
        for (const w of r.warnings) ctx.err(`specpipe: warning: ${w.message}\n`);
        for (const w of r.statusWarnings) ctx.err(`specpipe: warning: ${r.statusFile}: ${w}\n`);
        if (outcome.removedTemps.length)
          ctx.out(`removed ${outcome.removedTemps.length} temp file(s) a killed run had left: ${outcome.removedTemps.join(", ")}\n`);
        if (r.statusMissing) ctx.out(`${r.statusFile} does not exist; nothing to refresh there (it is never created)\n`);
        for (const s of r.missingSections) ctx.out(`${r.statusFile}: no section "${s}" (left alone)\n`);
        for (const n of r.statusNotes) ctx.out(`${r.statusFile}: ${n}\n`);
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
