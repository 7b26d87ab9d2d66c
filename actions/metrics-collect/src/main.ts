import { annotate, core, readInputs, runMain, setOutputs, writeSummary } from "@specpipe/action-kit";
import { githubClient } from "@specpipe/action-kit/client";
import { actionContext, adapterContext } from "@specpipe/action-kit/context";
import { METRICS_INPUTS } from "@specpipe/core/metrics/options";

/**
 * metrics-collect: read the inputs (action.yml), make one `runMetrics` call with the options
 * core maps them to (the same mapping as `specpipe metrics`), then outputs, log, annotations and
 * the job summary, all rendered in core.
 */
await runMain(async () => {
  const input = readInputs(METRICS_INPUTS, { secrets: ["token"] });
  const context = actionContext();
  // Core modules load after the inputs are known (start-up budget, ADR 0023; ncc makes them chunks).
  const [{ metricsRunOptions, reportThreads }, { runMetrics }] = await Promise.all([
    import("@specpipe/core/metrics/options"),
    import("@specpipe/core/metrics/run"),
  ]);
  const result = await runMetrics(
    await metricsRunOptions(input, {
      ...adapterContext(context),
      now: Date.now(),
      connect: (token) => githubClient({ token, context, title: "metrics-collect", why: `metrics-collect (mode ${input.mode})` }),
      // The worker bundle sits beside this one: dist/metrics-collect/report-worker/index.js.
      threads: await reportThreads(input.mode, context.env, import.meta.url),
    }),
  );

  const { metricsLog, metricsNotes, metricsOutputs, metricsSummary } = await import("@specpipe/core/metrics/summary");
  for (const line of metricsLog(result)) core.info(line);
  setOutputs(metricsOutputs(result));
  annotate(metricsNotes(result, input.store));
  writeSummary(metricsSummary(result));
});
