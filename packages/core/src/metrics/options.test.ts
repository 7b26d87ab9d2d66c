import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { METRICS_FLAGS, METRICS_INPUTS, metricsFlagOptions, metricsFlagTexts, parseMetricsInputs } from "./options.js";

const naming = { name: (n: string) => n, hint: () => "fix it" };
const actionYml = parse(readFileSync(new URL("../../../../actions/metrics-collect/action.yml", import.meta.url), "utf8")) as {
  inputs: Record<string, { default?: string }>;
};

describe("the metrics option shape", () => {
  it("has exactly action.yml's inputs, and action.yml's defaults are the shape's", () => {
    expect(Object.keys(METRICS_INPUTS).sort()).toEqual(Object.keys(actionYml.inputs).sort());
    const unset = parseMetricsInputs({}, naming);
    const asDeclared = parseMetricsInputs(
      Object.fromEntries(
        Object.entries(actionYml.inputs)
          // The runner fills ${{ github.token }}; the shape has no token of its own.
          .filter(([name, spec]) => spec.default !== undefined && name !== "token")
          .map(([name, spec]) => [name, spec.default]),
      ),
      naming,
    );
    expect(asDeclared).toEqual(unset);
  });

  it("gives every input but mode and token a flag, and reads flags as the action reads inputs", () => {
    expect(Object.keys(METRICS_FLAGS).sort()).toEqual(
      Object.keys(METRICS_INPUTS)
        .filter((n) => n !== "mode" && n !== "token")
        .sort(),
    );
    expect(Object.keys(metricsFlagOptions("prune")).sort()).toEqual(
      ["branch", "git-remote", "keep-days", "path", "remote", "store", "store-option", "store-options"].sort(),
    );
    // `--model` is the record's model in `record`, the ingested jobs' model in `ingest`.
    expect(metricsFlagTexts("record", { model: "gpt" }).texts).toEqual({ mode: "record", model: "gpt" });
    expect(metricsFlagTexts("ingest", { model: "ci", "type-map": ["a=b", "c=d"] })).toEqual({
      texts: { mode: "ingest", "ingest-model": "ci", "task-type-map": "a=b\nc=d" },
      flags: { "ingest-model": "model", "task-type-map": "type-map" },
    });
    const parsed = parseMetricsInputs(metricsFlagTexts("report", { "auto-fix": true, "min-tasks": "3" }).texts, naming);
    expect(parsed).toMatchObject({ mode: "report", "auto-fix": true, "min-tasks": 3, "window-days": 7 });
  });
});
