import { annotate, core, readInputs, runMain, setOutputs, writeSummary } from "@specpipe/action-kit";
import { githubClient } from "@specpipe/action-kit/client";
import { actionContext, adapterContext } from "@specpipe/action-kit/context";
import { PLAYBOOK_INPUTS } from "@specpipe/core/playbook/options";

/**
 * playbook-gate: read the inputs (action.yml), make one `runPlaybookGate` call with the options
 * core maps them to (status, check or advance), then outputs, annotations, log and the job
 * summary, all rendered in core; the failure rule (fail-on-violation, fail-on-blocked) is core's.
 */
await runMain(async () => {
  const input = readInputs(PLAYBOOK_INPUTS, { secrets: ["token"] });
  const context = actionContext();
  // Core modules load after the inputs are known (start-up budget, ADR 0023).
  const [{ runPlaybookGate }, { playbookFailure, playbookLog, playbookNotes, playbookOutputs, playbookSummary }] = await Promise.all([
    import("@specpipe/core/playbook/options"),
    import("@specpipe/core/playbook/summary"),
  ]);
  const report = await runPlaybookGate(input, {
    ...adapterContext(context),
    connect: (token, repository) =>
      githubClient({ token, context, repository, title: "playbook-gate", why: `playbook-gate (mode ${input.mode})` }),
  });

  setOutputs(playbookOutputs(report));
  writeSummary(playbookSummary(report, input["dry-run"]));
  annotate(playbookNotes(report));
  for (const line of playbookLog(report)) core.info(line);
  // Outputs and summary are written; a failure now only sets the exit code (through runMain).
  const failure = playbookFailure(report, { failOnViolation: input["fail-on-violation"], failOnBlocked: input["fail-on-blocked"] });
  if (failure) throw failure;
});
