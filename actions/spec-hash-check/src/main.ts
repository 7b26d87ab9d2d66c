import { annotate, readInputs, runMain, setOutputs, writeSummary } from "@specpipe/action-kit";
import { actionContext, adapterContext } from "@specpipe/action-kit/context";
import { COMMITS_INPUTS } from "@specpipe/core/commits/options";

/**
 * spec-hash-check: read the inputs (action.yml), make one `runCommitsCheck` call (the range from
 * the event or from/to, the spec from playbook.yml or spec-paths), then outputs, annotations and
 * the job summary, all rendered in core; the failure rule (fail-on-violation) is core's.
 */
await runMain(async () => {
  const input = readInputs(COMMITS_INPUTS, { secrets: ["token"] });
  const context = actionContext();
  // Core modules load after the inputs are known (start-up budget, ADR 0023).
  const [{ runCommitsCheck }, { commitsFailure, commitsNotes, commitsOutputs, commitsSummary }] = await Promise.all([
    import("@specpipe/core/commits/options"),
    import("@specpipe/core/commits/summary"),
  ]);
  const result = await runCommitsCheck(input, adapterContext(context));

  setOutputs(commitsOutputs(result));
  writeSummary(commitsSummary(result));
  annotate(commitsNotes(result));
  // Outputs and summary are written; a failure now only sets the exit code (through runMain).
  const failure = commitsFailure(result, input["fail-on-violation"]);
  if (failure) throw failure;
});
