import { adrNumber, checkAdrs, DEFAULT_ADR_DIR, hasReason, type AdrFile } from "../adr/adr.js";
import type { Git } from "../git/git.js";
import type { Violation as SharedViolation } from "../violation.js";
import { DEFAULT_SPEC_PATHS, hashMatches, type SpecHash } from "../spec/hash.js";
import { EMPTY_STATE, SpecPaths, SpecReader, type SpecState } from "../spec/history.js";
import { missingSpecError, type SpecSource } from "../spec/paths.js";
import { CatFile } from "./catfile.js";
import { DEFAULT_REQUIRE_BODY, DEFAULT_TYPES, isIgnoredMessage, parseHeader } from "./header.js";
import { streamCommitBatches, type CommitInfo, type CommitRange } from "./range.js";
import { messageBody, trailerValue } from "./trailers.js";
import { DEFAULT_BOTS } from "../defaults.js";

/**
 * The commit rules of spec-hash-check over a range (spec: specs/002-spec-hash-check.md).
 * One `git log` for the commits, one `git cat-file --batch` for the spec at the commits that
 * touch it and for the ADRs; the result is a report that adapters render.
 */
export type Rule =
  | "header"
  | "spec-hash-missing"
  | "spec-hash-mismatch"
  | "playbook-step-missing"
  | "body-required"
  | "amendment-marker"
  | "amendment-adr"
  | "amendment-unstaged"
  | "merge-spec-change"
  | "adr-name"
  | "adr-duplicate"
  | "adr-gap"
  | "adr-link";

/** A broken commit rule (`code`: the rule); always an error. */
export type Violation = SharedViolation<Rule>;

export interface SpecChange {
  commit: string;
  subject: string;
  before: string | null;
  after: string | null;
  amendment: string | null;
  adr: string | null;
}

export interface CheckOptions {
  specPaths?: string[];
  /**
   * Where the spec paths came from (spec/paths.ts). With it, `specPaths` are its paths and a path
   * that matches nothing at the end of the range is an error rather than "no spec".
   */
  specSource?: SpecSource;
  types?: string[];
  requireBody?: string[];
  /** Author names or e-mails to skip; `*` is a wildcard. Default: `*[bot]`, `*[bot]@users.noreply.github.com`. */
  botAuthors?: string[];
  adrDir?: string;
  playbookPath?: string;
  /** Where an amendment's ADR may be: in the same commit, or anywhere in the range (pull requests). */
  adrScope?: "commit" | "range";
  checkAdrs?: boolean;
}

export interface CheckReport {
  from?: string;
  to: string;
  checked: number;
  skipped: { commit: string; subject: string; reason: "merge" | "bot" }[];
  violations: Violation[];
  specHash: SpecHash;
  specFiles: string[];
  /** Spec paths (literal or glob) that match no file at the end of the range. */
  specMissing: string[];
  history: SpecChange[];
  ok: boolean;
  /** git processes started (log + cat-file), for the record. */
  gitCalls: number;
}

export { DEFAULT_BOTS };

function wildcard(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split("*")
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
    "i",
  );
}

export function botMatcher(
  patterns: readonly string[] = DEFAULT_BOTS,
): (commit: Pick<CommitInfo, "authorName" | "authorEmail">) => boolean {
  const res = patterns.map(wildcard);
  return (c) => res.some((re) => re.test(c.authorName) || re.test(c.authorEmail));
}

export function isBot(commit: Pick<CommitInfo, "authorName" | "authorEmail">, patterns: readonly string[] = DEFAULT_BOTS): boolean {
  return botMatcher(patterns)(commit);
}

function subjectOf(c: CommitInfo): string {
  return c.header.length > 72 ? c.header.slice(0, 69) + "…" : c.header;
}

interface AmendmentCandidate {
  commit: CommitInfo;
  before: SpecState;
  after: SpecState;
}

export interface MessageContext {
  before: SpecState;
  after: SpecState;
  changed: boolean;
  hasPlaybook: boolean;
  types: string[];
  requireBody: string[];
  playbookPath: string;
}

type Problem = Omit<Violation, "commit" | "subject">;

/**
 * The rules about one commit message (all but the ADR of an amendment, which may live in
 * another commit): used for each commit of a range and by the commit-msg hook.
 */
export function messageViolations(c: Pick<CommitInfo, "header" | "message" | "trailers">, ctx: MessageContext): Problem[] {
  const out: Problem[] = [];
  const v = (code: Rule, message: string, hint: string, extra: Partial<Problem> = {}) =>
    out.push({ code, message, hint, severity: "error", ...extra });
  const { before, after, changed, types, requireBody } = ctx;

  const parsed = parseHeader(c.header, types);
  if (!parsed.valid && !isIgnoredMessage(c.message)) {
    v(
      "header",
      `header "${c.header}": ${parsed.problems.map((p) => `${p.message} (${p.rule})`).join("; ")}`,
      `reword it as "type(scope): subject" with a type from [${types.join(", ")}], a lower-case subject and no final full stop (git rebase -i, "reword")`,
    );
  }

  const specHash = trailerValue(c.trailers, "Spec-Hash");
  if (after.files.length) {
    if (specHash === undefined) {
      v(
        "spec-hash-missing",
        `no Spec-Hash trailer; the spec at this commit is ${after.hash.short}`,
        `add the trailer "Spec-Hash: ${after.hash.short}" (specpipe hooks install adds it to every commit)`,
        { file: after.files[0].path },
      );
    } else if (!hashMatches(specHash, after.hash)) {
      v(
        "spec-hash-mismatch",
        `Spec-Hash ${specHash} does not name the spec at this commit, which is ${after.hash.short}${hashMatches(specHash, before.hash) && changed ? " (it names the spec before this commit changed it)" : ""}`,
        `reword the trailer to "Spec-Hash: ${after.hash.short}"`,
        { file: after.files[0].path },
      );
    }
  }

  if (ctx.hasPlaybook && !trailerValue(c.trailers, "Playbook-Step")) {
    v(
      "playbook-step-missing",
      `no Playbook-Step trailer, and ${ctx.playbookPath} exists`,
      `add the trailer "Playbook-Step: <id of the active step>" (specpipe hooks install adds it)`,
      { file: ctx.playbookPath },
    );
  }

  if (parsed.type && requireBody.includes(parsed.type) && messageBody(c.message) === "") {
    v(
      "body-required",
      `a "${parsed.type}" commit needs a body: the reasoning behind the change`,
      `reword the commit and explain why, in a paragraph after the header`,
    );
  }

  if (changed && parsed.type !== "spec" && !trailerValue(c.trailers, "Spec-Amendment")) {
    const file = (after.files[0] ?? before.files[0])?.path;
    v(
      "amendment-marker",
      `changes the spec (${describe(before) ?? "none"} → ${describe(after) ?? "none"}) but is neither type "spec" nor has a Spec-Amendment trailer`,
      `make it a "spec: …" commit or add "Spec-Amendment: <reason>"`,
      { file },
    );
  }
  return out;
}

function describe(h: SpecState): string | null {
  return h.files.length ? h.hash.short : null;
}

/** An ADR records an amendment when it names both short hashes (a missing spec needs none) and gives a reason. */
export function adrRecordsAmendment(content: string, beforeShort: string | null, afterShort: string | null): boolean {
  const lower = content.toLowerCase();
  const names = (h: string | null) => h === null || lower.includes(h);
  return names(beforeShort) && names(afterShort) && hasReason(content);
}

/** The spec hash an ADR says its amendment leads to (`Spec-Hash-After:`), when it records one. */
export function adrAmendedHash(content: string): string | undefined {
  return /^Spec-Hash-After:\s*([0-9a-f]{12,64})\s*$/im.exec(content)?.[1]?.toLowerCase();
}

/**
 * An ADR that records an amendment to a spec the commit does not hold: `specpipe amend` staged
 * only the ADR, or the ADR came without its spec change. The hooks and the range check both ask.
 */
export function amendmentWithoutChangeProblem(adr: string, content: string, spec: SpecState): Problem | undefined {
  const after = adrAmendedHash(content);
  if (!after || (spec.files.length && spec.hash.full.startsWith(after))) return undefined;
  return {
    severity: "error",
    code: "amendment-unstaged",
    message: `${adr} records an amendment to the spec ${after}, but the spec at this commit is ${spec.files.length ? spec.hash.short : "none"}: the spec change is not in this commit`,
    hint: `commit the spec with its ADR (git add ${spec.files.map((f) => f.path).join(" ") || "docs/spec.md"}; specpipe amend stages both), or drop ${adr} from it`,
    file: adr,
  };
}

export class RangeChecker {
  readonly cat: CatFile;
  readonly reader: SpecReader;
  private readonly opts: Required<Omit<CheckOptions, "specSource">>;
  private readonly specSource?: SpecSource;

  constructor(
    private readonly git: Git,
    options: CheckOptions = {},
  ) {
    this.specSource = options.specSource;
    this.opts = {
      specPaths: options.specSource?.paths ?? (options.specPaths?.length ? options.specPaths : DEFAULT_SPEC_PATHS),
      types: options.types?.length ? options.types : DEFAULT_TYPES,
      requireBody: options.requireBody ?? DEFAULT_REQUIRE_BODY,
      botAuthors: options.botAuthors ?? DEFAULT_BOTS,
      adrDir: (options.adrDir ?? DEFAULT_ADR_DIR).replace(/\/+$/, ""),
      playbookPath: options.playbookPath ?? "playbook.yml",
      adrScope: options.adrScope ?? "commit",
      checkAdrs: options.checkAdrs ?? true,
    };
    this.cat = new CatFile(git);
    this.reader = new SpecReader(this.cat, new SpecPaths(this.opts.specPaths));
  }

  /**
   * The paths whose changes the rules look at (spec, playbook, ADR folder), as git pathspecs
   * (a glob contributes its static base folder); undefined when that would be everything.
   */
  private watchedPaths(): string[] | undefined {
    const out = new Set<string>([...this.reader.paths.literals, this.opts.playbookPath, this.opts.adrDir + "/"]);
    for (const g of this.reader.paths.globs) {
      if (!g.base) return undefined;
      out.add(g.base.replace(/\/*$/, "/"));
    }
    return [...out];
  }

  private isAdrPath(p: string): boolean {
    return p.startsWith(this.opts.adrDir + "/") && adrNumber(p.slice(this.opts.adrDir.length + 1)) !== undefined;
  }

  private readonly playbookAt = new Map<string, boolean>();
  /** Whether the playbook exists at a commit: its parent's answer unless the commit touches it. */
  private hasPlaybook(c: CommitInfo): boolean | Promise<boolean> {
    const parent = c.parents[0];
    const known = parent ? this.playbookAt.get(parent) : false;
    if (known !== undefined && !c.files.some((f) => f.path === this.opts.playbookPath)) {
      this.playbookAt.set(c.sha, known);
      return known;
    }
    return this.cat.read(`${c.sha}:${this.opts.playbookPath}`).then((o) => {
      const has = o?.type === "blob";
      this.playbookAt.set(c.sha, has);
      return has;
    });
  }

  /**
   * ADRs added by these commits (status A; for a range, also absent at its base), with their
   * content at `at`. Requests go out together, so cat-file answers them in one stream.
   */
  private async addedAdrs(commits: CommitInfo[], base: string | undefined, at: string): Promise<{ path: string; content: string }[]> {
    const paths = new Set<string>();
    for (const c of commits) for (const f of c.files) if (f.status === "A" && this.isAdrPath(f.path)) paths.add(f.path);
    const found = await Promise.all(
      [...paths].map(async (p) => {
        const [atBase, obj] = await Promise.all([
          commits.length > 1 && base ? this.cat.read(`${base}:${p}`) : undefined,
          this.cat.read(`${at}:${p}`),
        ]);
        return atBase?.type !== "blob" && obj?.type === "blob" ? { path: p, content: obj.content.toString("utf8") } : undefined;
      }),
    );
    return found.filter((x): x is { path: string; content: string } => x !== undefined);
  }

  private describeHash(h: SpecState): string | null {
    return describe(h);
  }

  async check(range: CommitRange): Promise<CheckReport> {
    const to = range.to ?? "HEAD";
    const toSha = /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(to) ? to : ((await this.git.revParse(to)) ?? to);
    const violations: Violation[] = [];
    const skipped: CheckReport["skipped"] = [];
    const history: SpecChange[] = [];
    const amendments: AmendmentCandidate[] = [];
    /** Checked commits that add an ADR (for the range scope). */
    const adrCommits: CommitInfo[] = [];
    let checked = 0;
    let last: SpecState | undefined;
    const isBotAuthor = botMatcher(this.opts.botAuthors);
    const ctx: MessageContext = { ...this.opts, before: EMPTY_STATE, after: EMPTY_STATE, changed: false, hasPlaybook: false };

    try {
      const commits = streamCommitBatches(this.git, { ...range, stat: "names", paths: this.watchedPaths() });
      this.cat.warm();
      for await (const batch of commits) {
        for (const c of batch) {
          const s = this.reader.step(c);
          const { before, after, changed } = s instanceof Promise ? await s : s;
          last = after;
          const merge = c.parents.length > 1;
          if (merge) {
            // A merge takes the spec from one of its parents; one that holds a spec neither side
            // has changed it inside the merge, which is never an amendment.
            const sides = await Promise.all(c.parents.map((p) => this.reader.at(p)));
            if (!sides.some((p) => p.hash.full === after.hash.full)) {
              violations.push({
                commit: c.sha,
                subject: subjectOf(c),
                severity: "error",
                code: "merge-spec-change",
                message: `a merge whose spec (${this.describeHash(after) ?? "none"}) is neither of its parents' (${sides.map((p) => this.describeHash(p) ?? "none").join(", ")}): a spec change inside a merge is not an amendment`,
                hint: "redo the merge taking the spec from one side, and make the change as an amendment of its own (specpipe amend --reason '<why>')",
                file: (after.files[0] ?? before.files[0])?.path,
              });
            }
          }
          if (changed && !merge) {
            history.push({
              commit: c.sha,
              subject: c.header,
              before: this.describeHash(before),
              after: this.describeHash(after),
              amendment: trailerValue(c.trailers, "Spec-Amendment") ?? null,
              adr: null,
            });
          }
          if (merge) {
            skipped.push({ commit: c.sha, subject: c.header, reason: "merge" });
            continue;
          }
          if (isBotAuthor(c)) {
            skipped.push({ commit: c.sha, subject: c.header, reason: "bot" });
            continue;
          }
          if (c.files.some((f) => f.status === "A" && this.isAdrPath(f.path))) adrCommits.push(c);
          checked++;
          const hp = this.hasPlaybook(c);
          ctx.before = before;
          ctx.after = after;
          ctx.changed = changed;
          ctx.hasPlaybook = typeof hp === "boolean" ? hp : await hp;
          for (const p of messageViolations(c, ctx)) {
            violations.push({ commit: c.sha, subject: subjectOf(c), ...p });
          }
          if (changed) {
            amendments.push({ commit: c, before, after });
          }
          for (const f of c.files) {
            if (f.status !== "A" || !this.isAdrPath(f.path)) continue;
            const obj = await this.cat.read(`${c.sha}:${f.path}`);
            const p = obj?.type === "blob" ? amendmentWithoutChangeProblem(f.path, obj.content.toString("utf8"), after) : undefined;
            if (p) violations.push({ commit: c.sha, subject: subjectOf(c), ...p });
          }
        }
      }

      // Amendments need an ADR recording the reason and both hashes.
      const rangeAdrs =
        this.opts.adrScope === "range" && amendments.length ? await this.addedAdrs(adrCommits, range.from, toSha) : undefined;
      const perCommit = rangeAdrs
        ? []
        : await Promise.all(amendments.map((a) => this.addedAdrs([a.commit], a.commit.parents[0], a.commit.sha)));
      for (const [i, a] of amendments.entries()) {
        const adrs = rangeAdrs ?? perCommit[i];
        const beforeShort = this.describeHash(a.before);
        const afterShort = this.describeHash(a.after);
        const good = adrs.find((d) => adrRecordsAmendment(d.content, beforeShort, afterShort));
        const entry = history.find((h) => h.commit === a.commit.sha);
        if (good) {
          if (entry) entry.adr = good.path;
          continue;
        }
        const where = this.opts.adrScope === "range" ? "in this pull request" : "in this commit";
        const near = adrs.length
          ? ` (${adrs.map((d) => d.path).join(", ")} ${adrs.length === 1 ? "does" : "do"} not record both hashes ${beforeShort ?? "none"} and ${afterShort ?? "none"} and a Context section)`
          : "";
        violations.push({
          commit: a.commit.sha,
          subject: subjectOf(a.commit),
          code: "amendment-adr",
          severity: "error",
          message: `changes the spec (${beforeShort ?? "none"} → ${afterShort ?? "none"}) without adding an ADR ${where}${near}`,
          hint: `run "specpipe amend --reason '<why>'" to write ${this.opts.adrDir}/NNNN-….md with both hashes, and commit it with the spec change`,
          file: (a.after.files[0] ?? a.before.files[0])?.path,
        });
      }

      // The ADR folder as it stands at the end of the range.
      if (this.opts.checkAdrs) {
        const entries = await this.cat.readTree(`${toSha}:${this.opts.adrDir}`);
        const files: AdrFile[] = [];
        for (const e of entries ?? []) {
          if (e.type !== "blob" || !e.name.endsWith(".md")) continue;
          const obj = await this.cat.read(e.oid);
          files.push({ name: e.name, content: obj?.content.toString("utf8") ?? "" });
        }
        for (const p of checkAdrs(files, this.opts.adrDir))
          violations.push({ code: p.code, message: p.message, hint: p.hint, severity: "error", file: p.file, line: p.line });
      }

      const final = last ?? (await this.reader.at(toSha));
      const specMissing = [
        ...this.reader.paths.literals.filter((p) => !final.files.some((f) => f.path === p)),
        ...this.reader.paths.globs.filter((g) => !final.files.some((f) => g.match(f.path))).map((g) => g.pattern),
      ];
      if (this.specSource && specMissing.length) throw missingSpecError(this.specSource, specMissing, `at ${toSha.slice(0, 12)}`);
      return {
        from: range.from,
        to: toSha,
        checked,
        skipped,
        violations,
        specHash: final.hash,
        specFiles: final.files.map((f) => f.path),
        specMissing,
        history,
        ok: violations.length === 0,
        gitCalls: 1 + this.cat.calls,
      };
    } finally {
      this.cat.close();
    }
  }
}

export async function checkRange(git: Git, range: CommitRange, options: CheckOptions = {}): Promise<CheckReport> {
  return new RangeChecker(git, options).check(range);
}
