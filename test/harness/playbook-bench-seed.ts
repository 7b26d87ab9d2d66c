import { promises as fs } from "node:fs";
import * as path from "node:path";
import { initialBeacon, serializeBeacon } from "@specpipe/core/playbook/beacon";
import { parsePlaybook } from "@specpipe/core/playbook/load";
import { renderProgressMd } from "@specpipe/core/playbook/progress-md";
import { computeSpecHash } from "@specpipe/core/spec/hash";

/**
 * Writes the beacon for `<dir>/playbook.yml` at its first step, as `specpipe init` does. Used by
 * bench/playbook-gate.bench.mjs (bundled on the fly with ncc, since a .mjs cannot import .ts).
 */
export async function seed(dir: string): Promise<void> {
  const pb = await parsePlaybook(await fs.readFile(path.join(dir, "playbook.yml"), "utf8"));
  const spec = await computeSpecHash({ root: dir, paths: pb.playbook.spec });
  const beacon = initialBeacon(pb, spec.full);
  await fs.writeFile(path.join(dir, pb.playbook.beacon.json), serializeBeacon(beacon));
  await fs.writeFile(path.join(dir, pb.playbook.beacon.markdown), renderProgressMd(pb, beacon));
}
