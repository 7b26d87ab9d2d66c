import { readdirSync } from "node:fs";
import { core } from "@specpipe/action-kit";
import type { RunRecord } from "@specpipe/core/speckit/record";

/** The run's artifacts (logs, record, proposal) as the workflow artifact speckit-run-<run id>; a failure is a warning, not the run's. */
export async function uploadArtifacts(record: RunRecord, dir: string): Promise<void> {
  try {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => `${(d as { parentPath?: string; path?: string }).parentPath ?? (d as { path?: string }).path}/${d.name}`);
    const { DefaultArtifactClient } = await import("@actions/artifact");
    const r = await new DefaultArtifactClient().uploadArtifact(`speckit-run-${record.runId}`, files, dir, {
      retentionDays: record.retentionDays,
    });
    core.info(`uploaded artifact speckit-run-${record.runId} (${r.size ?? "?"} bytes), kept ${record.retentionDays} days`);
  } catch (e) {
    core.warning(
      `the run's artifacts were not uploaded (${(e as Error).message}); they are in ${dir}, upload them with actions/upload-artifact`,
    );
  }
}
