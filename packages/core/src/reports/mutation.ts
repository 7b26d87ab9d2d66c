import { UserError } from "../errors.js";

/**
 * Stryker's JSON report (the mutation-testing-report-schema format, `reports/mutation/mutation.json`).
 * The score is Stryker's "mutation score":
 *   detected (Killed + Timeout) / valid (Killed + Timeout + Survived + NoCoverage) × 100.
 * CompileError and RuntimeError mutants are invalid, Ignored and Pending ones are left out, as
 * mutation-testing-metrics does. `scoreCovered` leaves NoCoverage out too.
 * Only the fields the score needs are checked here; the test suite validates a fixture against the
 * published JSON Schema with ajv.
 */
export type MutantStatus = "Killed" | "Survived" | "NoCoverage" | "CompileError" | "RuntimeError" | "Timeout" | "Ignored" | "Pending";

const STATUSES = new Set<string>(["Killed", "Survived", "NoCoverage", "CompileError", "RuntimeError", "Timeout", "Ignored", "Pending"]);

export interface MutationSummary {
  counts: Record<MutantStatus, number>;
  total: number;
  detected: number;
  valid: number;
  /** null when there is no valid mutant. */
  score: number | null;
  scoreCovered: number | null;
  files: number;
}

function bad(file: string, what: string): UserError {
  return new UserError(`${file} is not a Stryker mutation report: ${what}`, {
    file,
    hint: 'point the mutation condition at Stryker\'s JSON report (reporters: ["json"], reports/mutation/mutation.json)',
    code: "mutation.invalid",
  });
}

export function parseMutationReport(text: string, file: string): MutationSummary {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw bad(file, `not JSON (${(e as Error).message})`);
  }
  const d = data as { schemaVersion?: unknown; files?: unknown } | null;
  if (!d || typeof d !== "object" || typeof d.schemaVersion !== "string") throw bad(file, "no schemaVersion");
  if (!/^[12](\.|$)/.test(d.schemaVersion)) throw bad(file, `schemaVersion ${d.schemaVersion} is not supported (1.x or 2.x)`);
  if (!d.files || typeof d.files !== "object") throw bad(file, "no files object");
  const counts = { Killed: 0, Survived: 0, NoCoverage: 0, CompileError: 0, RuntimeError: 0, Timeout: 0, Ignored: 0, Pending: 0 } as Record<
    MutantStatus,
    number
  >;
  let files = 0;
  for (const [name, f] of Object.entries(d.files as Record<string, unknown>)) {
    files++;
    const mutants = (f as { mutants?: unknown } | null)?.mutants;
    if (!Array.isArray(mutants)) throw bad(file, `files["${name}"] has no mutants list`);
    for (const m of mutants) {
      const status = (m as { status?: unknown } | null)?.status;
      if (typeof status !== "string" || !STATUSES.has(status))
        throw bad(file, `a mutant in files["${name}"] has the unknown status ${JSON.stringify(status)}`);
      counts[status as MutantStatus]++;
    }
  }
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  const covered = detected + counts.Survived;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    counts,
    total,
    detected,
    valid,
    score: valid > 0 ? (detected / valid) * 100 : null,
    scoreCovered: covered > 0 ? (detected / covered) * 100 : null,
    files,
  };
}
