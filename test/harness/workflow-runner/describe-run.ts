import type { RunResult } from "./types.js";

/** A run's jobs, steps and the last `tail` log lines of each step: the message of a failed expectation. */
export function describeRun(run: RunResult, tail: number): string {
  return Object.values(run.jobs)
    .flat()
    .map(
      (j) =>
        `${j.name}: ${j.conclusion}\n` +
        [...j.steps, ...j.posts].map((s) => `  ${s.name}: ${s.outcome}\n    ${s.log.slice(-tail).join("\n    ")}`).join("\n"),
    )
    .join("\n");
}
