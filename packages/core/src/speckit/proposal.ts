// zod/mini, not "zod": speckit-run loads this module on every propose and publish run (ADR 0023).
import { z } from "zod/mini";
import en from "zod/v4/locales/en.js";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { UserError } from "../errors.js";
import { insideWorkspace, readRegularFile } from "../fs/guard.js";
import { logSafe } from "../text/log-safe.js";
import { AGENTS, PHASES } from "./agents.js";

if (!z.config().localeError) z.config(en());

/**
 * A proposal (ADR 0037): what `mode: propose` leaves for `mode: publish` instead of pushing. Two
 * files in one folder, uploaded as an artifact between the jobs:
 *
 * - `proposal.bundle`: a git bundle of exactly one commit, the run's, whose single prerequisite
 *   is its parent (the base commit, or the tip of the feature branch a rerun resumed), under the
 *   one ref `refs/specpipe/proposal`;
 * - `proposal.json`: the facts the publish job rebuilds the commit message and the pull request
 *   from (this schema).
 *
 * The job that wrote it ran the agent, so both files are treated as hostile: every field is
 * checked here (types, lengths, patterns), and the publish job trusts none of them for anything
 * it can learn itself (the remote's branches, the base tree, the diff).
 */
export const PROPOSAL_FILE = "proposal.json";
export const BUNDLE_FILE = "proposal.bundle";
export const PROPOSAL_REF = "refs/specpipe/proposal";
export const PROPOSAL_SCHEMA = "specpipe/speckit-proposal@1";

/** What publish accepts, by default (the `max-*` inputs of publish change the per-file and total sizes). */
export interface ProposalLimits {
  /** Bytes of one changed file. */
  fileBytes: number;
  /** Bytes of all changed files together. */
  totalBytes: number;
  /** Bytes of the bundle file itself (read before git sees it). */
  bundleBytes: number;
}
export const DEFAULT_PROPOSAL_LIMITS: ProposalLimits = {
  fileBytes: 1024 * 1024,
  totalBytes: 10 * 1024 * 1024,
  bundleBytes: 100 * 1024 * 1024,
};
/** proposal.json itself: a few kilobytes plus the request (at most 1 MiB, MAX_SPEC_BYTES). */
const MAX_PROPOSAL_JSON_BYTES = 2 * 1024 * 1024;

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const sha = z.string().check(z.regex(SHA, { message: "must be a full commit id" }));
const short = (max: number) => z.string().check(z.maxLength(max));
/** A feature branch as speckit-run names them: NNN-name or YYYYMMDD-HHMMSS-name (Spec Kit's numbering). */
export const FEATURE_BRANCH = /^(?:\d{3,}|\d{8}-\d{6})-[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;
const branch = z.string().check(
  z.regex(FEATURE_BRANCH, { message: "must be a feature branch name (NNN-short-name)" }),
  z.refine((b) => !b.includes("..") && !b.endsWith(".lock") && !b.endsWith("."), { message: "is not a valid branch name" }),
);
const count = z.number().check(z.int(), z.nonnegative());

export const ProposalSchema = z.strictObject({
  schema: z.literal(PROPOSAL_SCHEMA),
  runId: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, { message: "must be a run id" })),
  repository: z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/, { message: "must be owner/name" })),
  status: z.enum(["succeeded", "no_changes", "needs_clarification"]),
  /** When the propose run started (the task's clock, for the publish job's record). */
  startedAt: z.optional(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/, { message: "must be an ISO 8601 UTC time" })),
  ),
  reason: z.optional(short(2000)),
  base: z.strictObject({ branch: short(255), sha }),
  branch: z.optional(branch),
  resumed: z.boolean(),
  /** The commit's one parent and the commit, when the run made one (the bundle then exists). */
  parent: z.optional(sha),
  commit: z.optional(sha),
  featureDir: z.optional(z.string().check(z.regex(/^specs\/[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/, { message: "must be specs/<folder>" }))),
  agent: z.enum(AGENTS),
  speckit: z.optional(z.strictObject({ installed: z.boolean(), installer: z.optional(z.enum(["specify", "uvx", "pipx"])) })),
  phases: z
    .array(
      z.strictObject({
        phase: z.enum(PHASES),
        status: z.enum(["pending", "succeeded", "failed", "skipped"]),
        durationMs: z.optional(z.number().check(z.nonnegative())),
      }),
    )
    .check(z.minLength(1), z.maxLength(PHASES.length)),
  succeededThisRun: count,
  tokens: z.optional(count),
  costUsd: z.optional(z.number().check(z.nonnegative())),
  request: z.strictObject({
    text: z.string().check(z.minLength(1), z.maxLength(1024 * 1024)),
    event: z.optional(short(100)),
    issue: z.optional(count),
    user: z.optional(short(100)),
  }),
  pr: z.strictObject({
    title: z.optional(short(100_000)),
    body: z.optional(short(1024 * 1024)),
    labels: z.array(short(1000)).check(z.maxLength(100)),
    draft: z.boolean(),
  }),
});

export type Proposal = z.output<typeof ProposalSchema>;

/** Write proposal.json atomically (a half-written proposal is never uploaded). */
export async function writeProposalFile(dir: string, proposal: Proposal): Promise<void> {
  const file = path.join(dir, PROPOSAL_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await fs.writeFile(tmp, JSON.stringify(proposal, null, 2) + "\n");
  await fs.rename(tmp, file);
}

function bad(message: string, hint: string): UserError {
  return new UserError(message, { file: PROPOSAL_FILE, hint, code: "speckit.bad-proposal" });
}

/**
 * The proposal in `dir` (inside the workspace `root`, as actions/download-artifact put it), checked
 * against the schema; a missing, oversized, symlinked or malformed file is one UserError naming
 * what is wrong.
 */
export async function readProposal(root: string, dir: string): Promise<{ proposal: Proposal; dir: string; bundle?: string }> {
  const { abs } = await insideWorkspace(root, dir, { what: "proposal-dir" });
  const file = (await insideWorkspace(abs, PROPOSAL_FILE, { what: `proposal-dir ${dir}`, noSymlink: true })).abs;
  const bytes = await readRegularFile(file, `${dir}/${PROPOSAL_FILE}`, MAX_PROPOSAL_JSON_BYTES);
  if (bytes === undefined)
    throw bad(
      `no ${PROPOSAL_FILE} in ${dir}: the propose job failed or uploaded nothing`,
      "run the propose job first and download its proposal artifact into proposal-dir (actions/download-artifact)",
    );
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString("utf8"));
  } catch (e) {
    throw bad(`${dir}/${PROPOSAL_FILE} is not JSON: ${(e as Error).message}`, "publish only what a speckit-run propose step wrote");
  }
  const parsed = z.safeParse(ProposalSchema, data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? issue.path.join(".") : "(top level)";
    throw bad(
      `${dir}/${PROPOSAL_FILE} is not a proposal: ${logSafe(where)}: ${logSafe(issue.message)}`,
      "publish only what a speckit-run propose step of the same version wrote",
    );
  }
  const proposal = parsed.data;
  if ((proposal.commit === undefined) !== (proposal.parent === undefined) || (proposal.commit !== undefined && !proposal.branch))
    throw bad(`${dir}/${PROPOSAL_FILE} names a commit without its parent or branch`, "publish only what a speckit-run propose step wrote");
  const bundle = proposal.commit
    ? (await insideWorkspace(abs, BUNDLE_FILE, { what: `proposal-dir ${dir}`, noSymlink: true })).abs
    : undefined;
  return { proposal, dir: abs, bundle };
}
