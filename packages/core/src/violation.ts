/**
 * A broken rule, as every check reports it (commit rules, ADRs, the playbook gate, the beacon, the
 * git hooks): what is wrong and how to fix it, with the place where there is one. The same words
 * as `UserError` (`code`, `hint`), so adapters render all of them one way.
 */
export interface Violation<Code extends string = string> {
  /** The rule, e.g. "spec-hash-missing" or "beacon-digest". */
  code: Code;
  message: string;
  /** How to fix it. */
  hint: string;
  /** A notice does not fail a check (e.g. the playbook changed since the last advance). */
  severity: "error" | "notice";
  /** Full commit id; absent for rules about files as they stand. */
  commit?: string;
  subject?: string;
  file?: string;
  line?: number;
}
