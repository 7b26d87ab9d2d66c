import { tmpdir } from "node:os";
import { annotate, core, readInputs, runMain, setOutputs, writeSummary } from "@specpipe/action-kit";
import { githubClient } from "@specpipe/action-kit/client";
import { actionContext, adapterContext } from "@specpipe/action-kit/context";
import { SPECKIT_INPUTS } from "@specpipe/core/speckit/options";

/**
 * speckit-run: read the inputs (action.yml), make one core call for the mode (run and propose:
 * the agent runs Spec Kit; publish: a propose job's proposal is validated and pushed, ADR 0037),
 * then the artifact, outputs, the job summary and annotations, rendered in core.
 */
await runMain(async () => {
  const input = readInputs(SPECKIT_INPUTS, { secrets: ["token"] });
  const context = actionContext();
  const [{ runSpeckitMode }, summary, { uploadArtifacts }] = await Promise.all([
    import("@specpipe/core/speckit/options"),
    import("@specpipe/core/speckit/summary"),
    import("./upload.js"),
  ]);
  // Cancellation: the runner sends SIGINT, then SIGTERM. Stop the agent, clean up, record it.
  const controller = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      core.info(`received ${signal}: cancelling the run`);
      controller.abort();
    });

  const result = await runSpeckitMode(input, {
    ...adapterContext(context),
    tempRoot: context.env.RUNNER_TEMP || tmpdir(),
    connect: (token, repository) => githubClient({ token, context, repository, title: "speckit-run" }),
    signal: controller.signal,
    log: (line) => core.info(line),
    warn: (line) => core.warning(line),
    onWorkspace: (ws) => core.saveState("workspace", JSON.stringify(ws)),
    onAgentUser: (name) => core.saveState("agent-user", name),
  });

  const { record, workspace } = result;
  // The post step (post.ts) removes what a run that did not clean up left.
  core.saveState("cleaned", record.cleanup?.ok ? "true" : "false");
  if (input["upload-artifact"] && context.env.ACTIONS_RUNTIME_TOKEN) await uploadArtifacts(record, workspace.artifacts);
  setOutputs(summary.speckitOutputs(result, input.mode));
  writeSummary(summary.speckitSummary(result));
  annotate(summary.speckitNotes(record));
  if (result.error) throw result.error;
  if (record.status === "cancelled")
    core.setFailed(`speckit-run ${record.runId} was cancelled; the workspace was removed, the logs are in ${workspace.artifacts}`);
});
