import { computeSpecHash } from "@specpipe/core/spec/hash";
import { afterEach } from "vitest";
import { createRepo, type TestRepo } from "./repo.js";

/**
 * Repositories for spec-hash-check tests: a living spec at docs/spec.md and a helper that commits
 * with the trailers the rules want (computed from the work tree, as the prepare-commit-msg hook does).
 */
export const SPEC_V1 = "# Spec\n\nThe widget shall spin.\n";
export const SPEC_V2 = "# Spec\n\nThe widget shall spin twice.\n";

export interface SpecCommitOptions {
  body?: string;
  files?: Record<string, string>;
  /** Extra trailers, e.g. { "Spec-Amendment": "why" }. */
  trailers?: Record<string, string>;
  /** Override the Spec-Hash trailer; null leaves it out. */
  specHash?: string | null;
  author?: string;
}

export async function specHashOf(repo: TestRepo, paths?: string[]): Promise<{ full: string; short: string }> {
  const h = await computeSpecHash({ root: repo.dir, paths });
  return { full: h.full, short: h.short };
}

export async function specCommit(repo: TestRepo, header: string, options: SpecCommitOptions = {}): Promise<string> {
  for (const [f, c] of Object.entries(options.files ?? {})) await repo.write(f, c);
  const hash = options.specHash === undefined ? (await specHashOf(repo)).short : options.specHash;
  const trailers = { ...(hash === null ? {} : { "Spec-Hash": hash }), ...options.trailers };
  const lines = [header, ""];
  if (options.body !== "") lines.push(options.body ?? "Because the spec says so.", "");
  for (const [k, v] of Object.entries(trailers)) lines.push(`${k}: ${v}`);
  return repo.commit(lines.join("\n") + "\n", { author: options.author });
}

/** A repo whose first commit (pushed) holds the spec and ADR 0001. */
export async function createSpecRepo(options: { objectFormat?: "sha1" | "sha256"; spec?: string } = {}): Promise<TestRepo> {
  return createRepo({
    objectFormat: options.objectFormat,
    files: {
      "docs/spec.md": options.spec ?? SPEC_V1,
      "docs/adr/0001-record-decisions.md": "# 0001. Record decisions\n\n- Status: Accepted\n\n## Context\n\nWe want a trail.\n",
    },
    message: "chore: initial commit",
  });
}

/** Registers the cleanup after each test of the spec repositories it makes; returns the maker. */
export function specRepos(): () => Promise<TestRepo> {
  const repos: TestRepo[] = [];
  afterEach(async () => {
    await Promise.all(repos.splice(0).map((r) => r.cleanup()));
  });
  return async () => {
    const r = await createSpecRepo();
    repos.push(r);
    return r;
  };
}
