import { annotate, capText, core, readInputs, runMain, setOutputs, writeSummary } from "@specpipe/action-kit";
import { actionContext, adapterContext } from "@specpipe/action-kit/context";
import { COVERAGE_INPUTS } from "@specpipe/core/coverage/options";

/** The diff in the log: its first 2 Mi characters; the rest is cut with a marker. */
const LOG_DIFF_CHARS = 2 * 1024 * 1024;

/**
 * coverage-update: read the inputs (action.yml), make one `runCoverage` call with the options
 * core maps them to, then log, annotations, the job summary and outputs, all rendered in core.
 */
await runMain(async () => {
  const input = readInputs(COVERAGE_INPUTS, { secrets: ["token"] });
  const context = actionContext();
  const [{ coverageRunOptions }, { runCoverage }, summary] = await Promise.all([
    import("@specpipe/core/coverage/options"),
    import("@specpipe/core/coverage/run"),
    import("@specpipe/core/coverage/summary"),
  ]);
  const outcome = await runCoverage(coverageRunOptions(input, adapterContext(context)));

  for (const line of summary.coverageLog(outcome, input.mode)) core.info(line);
  if (outcome.diff) {
    core.startGroup(input["dry-run"] ? "Dry run: the diff a real run would write" : "Diff written");
    // The log is for reading: a diff past a few MiB (a 50 MB heading) is cut, with a marker.
    core.info(capText(outcome.diff, LOG_DIFF_CHARS));
    core.endGroup();
  }
  const shown = annotate(summary.coverageNotes(outcome, input.mode, input["test-results"]));
  writeSummary(summary.coverageSummary(outcome, { dryRun: input["dry-run"], held: shown.held }));
  setOutputs(summary.coverageOutputs(outcome));
  const failure = summary.coverageFailure(outcome);
  if (failure) throw failure;
});
