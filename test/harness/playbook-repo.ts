import { applyPlan } from "@specpipe/core/fs/plan";
import { initialBeacon, serializeBeacon } from "@specpipe/core/playbook/beacon";
import { planInit } from "@specpipe/core/playbook/init";
import { parsePlaybook } from "@specpipe/core/playbook/load";
import { renderProgressMd } from "@specpipe/core/playbook/progress-md";
import { computeSpecHash } from "@specpipe/core/spec/hash";
import { createRepo, type TestRepo } from "./repo.js";

/**
 * A real repository (with a bare origin) that has a playbook and its beacon at the first step,
 * committed and pushed: from a template (as `specpipe init` writes it) or from playbook text.
 */
export async function createPlaybookRepo(
  options: { template?: string; playbook?: string; files?: Record<string, string> } = {},
): Promise<TestRepo> {
  const repo = await createRepo({ files: { "README.md": "# demo\n", ...options.files } });
  if (options.playbook === undefined) {
    await applyPlan((await planInit({ root: repo.dir, template: options.template ?? "refinement" })).plan);
  } else {
    await repo.write("playbook.yml", options.playbook);
    const pb = await parsePlaybook(options.playbook);
    const spec = await computeSpecHash({ root: repo.dir, paths: pb.playbook.spec });
    const beacon = initialBeacon(pb, spec.full);
    await repo.write(pb.playbook.beacon.json, serializeBeacon(beacon));
    await repo.write(pb.playbook.beacon.markdown, renderProgressMd(pb, beacon));
  }
  await repo.commit("chore: start the playbook\n\nPlaybook-Step: init\n");
  await repo.push();
  return repo;
}

/** A small playbook whose conditions are files the test creates (a.txt, b.txt, …). */
export function filesPlaybook(ids: readonly string[], loop?: { from: string; to: string; until?: string }): string {
  const steps = ids
    .map(
      (id) =>
        `      - id: ${id}\n        name: Step ${id}\n        description: Do ${id}.\n        exit:\n          - type: files\n            paths: [${id.toLowerCase()}.txt]\n`,
    )
    .join("");
  let text = `version: 1\nname: Test\nphases:\n  - id: P\n    name: Work\n    steps:\n${steps}`;
  if (loop) {
    text += `loops:\n  - from: ${loop.from}\n    to: ${loop.to}\n`;
    if (loop.until) text += `    until:\n      - type: files\n        paths: [${loop.until}]\n`;
  }
  return text;
}
