import { appendFileSync, promises as fs } from "node:fs";
import * as path from "node:path";
import type { Phase } from "./agents.js";

/**
 * The run record (`run.json`) and its event log (`events.jsonl`), the seed's SpecAutomationRun,
 * SpecAutomationTaskState and AutomationArtifact. run.json is rewritten atomically at every
 * change; events.jsonl gets one line per change as it happens, so a killed run still leaves
 * its history.
 */
export type RunStatus = "queued" | "in_progress" | "succeeded" | "failed" | "no_changes" | "needs_clarification" | "cancelled";
export const TERMINAL: readonly RunStatus[] = ["succeeded", "failed", "no_changes", "needs_clarification", "cancelled"];
export type PhaseStatus = "pending" | "running" | "succeeded" | "failed" | "skipped" | "retrying";

export interface PhaseAttempt {
  attempt: number;
  startedAt: string;
  endedAt?: string;
  durationMs?: number;
  exitCode?: number | null;
  signal?: string | null;
  timedOut?: boolean;
  stdoutLog: string;
  stderrLog: string;
  error?: string;
}

export interface PhaseRecord {
  phase: Phase;
  status: PhaseStatus;
  attempt: number;
  startedAt?: string;
  endedAt?: string;
  durationMs?: number;
  exitCode?: number | null;
  /** stdout and stderr files of the last attempt, relative to the artifacts folder. */
  stdoutLog?: string;
  stderrLog?: string;
  tokens?: number;
  costUsd?: number;
  /** Why it failed or was skipped. */
  reason?: string;
  attempts: PhaseAttempt[];
}

export interface ArtifactRef {
  kind:
    | "stdout_log"
    | "stderr_log"
    | "diff_summary"
    | "commit_status"
    | "environment_info"
    | "run_record"
    | "events"
    | "spec_draft"
    | "install_log";
  /** Relative to the artifacts folder. */
  path: string;
  phase?: Phase;
}

export interface CleanupRecord {
  ok: boolean;
  at: string;
  by: "main" | "post";
  removed: string[];
  error?: string;
}

export interface RunRecord {
  schema: "specpipe/speckit-run@1";
  runId: string;
  repository: string;
  baseBranch?: string;
  branch?: string;
  featureDir?: string;
  requestedBranch?: string;
  status: RunStatus;
  timeline: { status: RunStatus; at: string; reason?: string }[];
  agent: { name: string; source: string; version?: string };
  /** Who the agent ran as (ADR 0031): the strategy, and the throwaway user when there was one. */
  safetyStrategy?: string;
  agentUser?: string;
  /** Spec Kit as the repository has it (ADR 0032), and whether this run installed it. */
  speckit?: { generation: 0 | 1; integration?: string; version?: string; installed: boolean; installer?: string };
  phases: PhaseRecord[];
  artifacts: ArtifactRef[];
  retentionDays: number;
  resumedFrom?: Phase;
  changes?: { files: number; insertions: number; deletions: number };
  commit?: string;
  pr?: { number: number; url: string; created: boolean };
  tokens?: number;
  costUsd?: number;
  error?: { message: string; hint?: string; code?: string };
  /** mode publish: what the proposal held that was refused, and why (ADR 0037). */
  refused?: { path: string; reason: string }[];
  /** mode publish: when the proposing run started. */
  proposedAt?: string;
  /** mode propose: where the proposal was written. */
  proposal?: { dir: string; commit?: string };
  cleanup?: CleanupRecord;
  warnings: string[];
}

export class RunRecorder {
  readonly record: RunRecord;
  readonly runFile: string;
  readonly eventsFile: string;
  private clock: () => Date;

  constructor(
    readonly artifactsDir: string,
    record: RunRecord,
    clock: () => Date = () => new Date(),
  ) {
    this.record = record;
    this.runFile = path.join(artifactsDir, "run.json");
    this.eventsFile = path.join(artifactsDir, "events.jsonl");
    this.clock = clock;
  }

  now(): string {
    return this.clock().toISOString();
  }

  /** Append one event line synchronously: it must survive a kill right after. */
  event(type: string, data: Record<string, unknown>): void {
    appendFileSync(this.eventsFile, JSON.stringify({ at: this.now(), type, runId: this.record.runId, ...data }) + "\n");
  }

  async status(status: RunStatus, reason?: string): Promise<void> {
    this.record.status = status;
    this.record.timeline.push(reason ? { status, at: this.now(), reason } : { status, at: this.now() });
    this.event("status", reason ? { status, reason } : { status });
    await this.save();
  }

  async phase(p: PhaseRecord): Promise<void> {
    this.event("phase", {
      phase: p.phase,
      status: p.status,
      attempt: p.attempt,
      exitCode: p.exitCode,
      durationMs: p.durationMs,
      reason: p.reason,
    });
    await this.save();
  }

  /**
   * Temp file + rename: a reader never sees half a run.json. No fsync: the record is rewritten
   * many times per run on an ephemeral runner, where power loss is not a case to pay for.
   */
  async save(): Promise<void> {
    const tmp = `${this.runFile}.${process.pid}.tmp`;
    await fs.writeFile(tmp, JSON.stringify(this.record, null, 2) + "\n");
    await fs.rename(tmp, this.runFile);
  }

  static async create(artifactsDir: string, record: RunRecord, clock?: () => Date): Promise<RunRecorder> {
    await fs.mkdir(artifactsDir, { recursive: true });
    const r = new RunRecorder(artifactsDir, record, clock);
    r.record.artifacts.push({ kind: "run_record", path: "run.json" }, { kind: "events", path: "events.jsonl" });
    return r;
  }

  static async load(artifactsDir: string): Promise<RunRecorder | undefined> {
    try {
      const record = JSON.parse(await fs.readFile(path.join(artifactsDir, "run.json"), "utf8")) as RunRecord;
      return new RunRecorder(artifactsDir, record);
    } catch {
      return undefined;
    }
  }
}
