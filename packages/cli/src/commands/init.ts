import type { Command } from "../command.js";
import { parseOptions } from "../command.js";

/**
 * `specpipe init`: start a playbook (playbook.yml, the spec, the first ADR, the beacon; core/playbook/init.ts).
 */
const init: Command = {
  path: ["init"],
  summary: "start a playbook: playbook.yml, docs/spec.md, the first ADR and the beacon",
  usage: `Usage: specpipe init [--template refinement|phases] [--dry-run] [--json]
       specpipe init --beacon-only [--dry-run] [--json]

Writes playbook.yml (from the template), docs/spec.md, docs/adr/0001-record-architecture-decisions.md,
progress.json and progress.md (the beacon, at the playbook's first step). Never overwrites: when any of
these files exists, nothing is written and the error names them.

  --beacon-only    only progress.json and progress.md, for the playbook.yml (and spec) you already
                   have: the beacon at its first step, sealed with the current hashes
  --template NAME  refinement (seed 003: A Preparation, B Refinement loop; default) or phases
                   (seed 004: Spec Draft, E2E Test, Scaffold, Domain Logic, Infra Integration, Perf Budget, Done)
  --dry-run        print what would be written
  --json           print the result as JSON
`,
  async run(args, ctx) {
    const { values } = await parseOptions("init", args, {
      template: { type: "string" },
      "beacon-only": { type: "boolean" },
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
    });
    const [{ planInit, planBeaconInit }, { applyPlan, planDiff }] = await Promise.all([
      import("@specpipe/core/playbook/init"),
      import("@specpipe/core/fs/plan"),
    ]);
    const r = values["beacon-only"]
      ? await planBeaconInit({ root: ctx.cwd })
      : await planInit({ root: ctx.cwd, template: values.template });
    if (!values["dry-run"]) await applyPlan(r.plan);
    if (values.json)
      ctx.out(JSON.stringify({ template: r.template, files: r.files, step: r.firstStep, written: !values["dry-run"] }, null, 2) + "\n");
    else if (values["dry-run"]) ctx.out(await planDiff(r.plan));
    else
      ctx.out(
        `specpipe init: wrote ${r.files.join(", ")}${values["beacon-only"] ? "" : ` (template ${r.template})`}; the active step is ${r.firstStep}\n`,
      );
    return 0;
  },
};

export const commands: Command[] = [init];
