import { adrNumber, DEFAULT_ADR_DIR } from "../adr/adr.js";
import { CatFile } from "../commits/catfile.js";
import { parseHeader } from "../commits/header.js";
import { streamCommits, type CommitRange, type FileStat } from "../commits/range.js";
import { messageBody, trailerValue, type Trailer } from "../commits/trailers.js";
import type { Git } from "../git/git.js";
import { parseBeacon } from "../playbook/beacon.js";
import { testFileCandidates } from "../playbook/test-files.js";
import type { JUnitSummary } from "../reports/junit.js";
import { DEFAULT_SPEC_PATHS } from "../spec/hash.js";
import { SpecPaths, SpecReader, type SpecState } from "../spec/history.js";
import { decodeUtf8 } from "../text/document.js";

/**
 * The training-data harvest: one record per commit of a range, streamed (one `git log`, one
 * `git cat-file --batch`; memory does not grow with the number of commits).
 */
export interface HarvestRecord {
  sha: string;
  parents: string[];
  author: { name: string; email: string };
  date: string;
  header: string;
  type: string | null;
  scope: string | null;
  subject: string | null;
  breaking: boolean;
  /** The reasoning: the body without header and trailers. */
  body: string;
  trailers: Trailer[];
  playbookStep: string | null;
  specHashBefore: string | null;
  specHashAfter: string | null;
  specChanged: boolean;
  /** Unified diff of the spec files when this commit changed the spec. */
  specDiff: string | null;
  /** Why the spec changed: the Context of the ADR that records this amendment (by its two hashes), else the Spec-Amendment trailer. */
  amendmentReason: string | null;
  /** The ADR the reason came from. */
  amendmentAdr: string | null;
  adrs: { path: string; content: string }[];
  files: FileStat[];
  /** The test results CI recorded for this commit: the gate's evidence, or JUnit files given to harvest. */
  tests: HarvestTests | null;
}

export interface HarvestTests {
  source: "gate" | "junit";
  passed: number;
  total: number;
  failed?: number;
  skipped?: number;
  /** The CI run (gate evidence). */
  run?: { id: string; attempt: number; workflow?: string };
  /** The playbook step the gate evaluated. */
  step?: string;
  /** Report files and their SHA-256 (gate evidence). */
  evidence?: { condition: string; file: string; sha256: string }[];
  /** Tests that did not pass (JUnit; at most 50), with the file they are in when known. */
  failures?: { name: string; classname: string; file: string | null }[];
}

export interface HarvestOptions {
  specPaths?: string[];
  adrDir?: string;
  /** The beacon whose history holds the gate's evidence (default progress.json). */
  beaconFile?: string;
  /** JUnit reports and the commit they are the results of (harvest --junit, --junit-commit). */
  junit?: { commit: string; reports: JUnitSummary[] };
}

/** The reason and hashes an amendment ADR records. */
interface AdrAmendment {
  path: string;
  before: string | null;
  after: string;
  reason: string;
}

/** The ADRs at `at` that record an amendment (Spec-Hash-Before/After lines), keyed "before→after". */
async function amendmentAdrs(cat: CatFile, at: string, adrDir: string): Promise<Map<string, AdrAmendment>> {
  const out = new Map<string, AdrAmendment>();
  const entries = await cat.readTree(`${at}:${adrDir}`);
  for (const e of entries ?? []) {
    if (e.type !== "blob" || adrNumber(e.name) === undefined) continue;
    const obj = await cat.read(e.oid);
    if (!obj) continue;
    const text = obj.content.toString("utf8");
    const after = /^Spec-Hash-After:\s*([0-9a-f]{12,64}|none)\s*$/im.exec(text)?.[1];
    if (!after || after === "none") continue;
    const before = /^Spec-Hash-Before:\s*([0-9a-f]{12,64}|none)\s*$/im.exec(text)?.[1];
    const ctx = /^#{1,6}\s*(?:context|reason)\b.*$/im.exec(text);
    let reason = "";
    if (ctx) {
      const rest = text.slice(ctx.index + ctx[0].length);
      const next = /^#{1,6}\s/m.exec(rest);
      reason = (next ? rest.slice(0, next.index) : rest).replace(/^Spec-Hash-(?:Before|After):.*$/gim, "").trim();
    }
    const key = `${before && before !== "none" ? before.slice(0, 12) : "none"}→${after.slice(0, 12)}`;
    out.set(key, { path: `${adrDir}/${e.name}`, before: before ?? null, after, reason });
  }
  return out;
}

/** The gate's evidence at `at`: each history entry of the beacon, by the commit it evaluated. */
async function gateEvidence(cat: CatFile, at: string, beaconFile: string): Promise<Map<string, HarvestTests>> {
  const out = new Map<string, HarvestTests>();
  const obj = await cat.read(`${at}:${beaconFile}`);
  if (obj?.type !== "blob") return out;
  let history;
  try {
    history = parseBeacon(decodeUtf8(obj.content, beaconFile), beaconFile).history;
  } catch {
    return out; // a broken beacon is playbook check's to report, not harvest's
  }
  for (const h of history) {
    if (!h.commit || h.reason !== undefined) continue;
    let passed = 0;
    let total = 0;
    for (const [k, v] of Object.entries(h.values)) {
      if (k.endsWith(".passed")) passed += v;
      if (k.endsWith(".total")) total += v;
    }
    out.set(h.commit, {
      source: "gate",
      passed,
      total,
      step: h.from,
      ...(h.run ? { run: h.run } : {}),
      ...(h.evidence ? { evidence: h.evidence } : {}),
    });
  }
  return out;
}

function junitTests(reports: JUnitSummary[]): HarvestTests {
  const t: HarvestTests = { source: "junit", passed: 0, total: 0, failed: 0, skipped: 0, failures: [] };
  for (const r of reports) {
    t.passed += r.passed;
    t.total += r.total;
    t.failed! += r.failed;
    t.skipped! += r.skipped;
    for (const k of r.cases) {
      if (k.status !== "failed" || t.failures!.length >= 50) continue;
      const file = testFileCandidates(k).find((f) => /\.\w+$/.test(f) && f.includes("/")) ?? k.file ?? null;
      t.failures!.push({ name: k.name, classname: k.classname, file });
    }
  }
  return t;
}

async function specDiff(before: SpecState, after: SpecState): Promise<string> {
  const { createTwoFilesPatch } = await import("diff");
  const paths = [...new Set([...before.files.map((f) => f.path), ...after.files.map((f) => f.path)])].sort();
  let out = "";
  for (const p of paths) {
    const a = before.files.find((f) => f.path === p);
    const b = after.files.find((f) => f.path === p);
    if (a && b && a.oid === b.oid) continue;
    const patch = createTwoFilesPatch(
      a ? `a/${p}` : "/dev/null",
      b ? `b/${p}` : "/dev/null",
      a?.content.toString("utf8") ?? "",
      b?.content.toString("utf8") ?? "",
      "",
      "",
      { context: 3 },
    );
    const start = patch.indexOf("--- ");
    out += (start >= 0 ? patch.slice(start) : patch).replace(/^(---|\+\+\+) (.*?)\t$/gm, "$1 $2");
  }
  return out;
}

export async function* harvest(git: Git, range: CommitRange, options: HarvestOptions = {}): AsyncGenerator<HarvestRecord> {
  const cat = new CatFile(git);
  const reader = new SpecReader(cat, new SpecPaths(options.specPaths?.length ? options.specPaths : DEFAULT_SPEC_PATHS));
  const adrDir = (options.adrDir ?? DEFAULT_ADR_DIR).replace(/\/+$/, "");
  try {
    const tip = range.to ?? "HEAD";
    const [byHashes, evidence] = await Promise.all([
      amendmentAdrs(cat, tip, adrDir),
      gateEvidence(cat, tip, options.beaconFile ?? "progress.json"),
    ]);
    const junit = options.junit ? junitTests(options.junit.reports) : undefined;
    let n = 0;
    for await (const { commit: c, before, after, changed } of reader.walk(streamCommits(git, range))) {
      const h = parseHeader(c.header);
      const adrs: { path: string; content: string }[] = [];
      for (const f of c.files) {
        if (!f.path.startsWith(adrDir + "/") || adrNumber(f.path.slice(adrDir.length + 1)) === undefined) continue;
        const parent = c.parents[0];
        if (parent && (await cat.read(`${parent}:${f.path}`))?.type === "blob") continue;
        const obj = await cat.read(`${c.sha}:${f.path}`);
        if (obj?.type === "blob") adrs.push({ path: f.path, content: obj.content.toString("utf8") });
      }
      const beforeShort = before.files.length ? before.hash.short : null;
      const afterShort = after.files.length ? after.hash.short : null;
      const adr = changed && afterShort ? byHashes.get(`${beforeShort ?? "none"}→${afterShort}`) : undefined;
      const trailerReason = trailerValue(c.trailers, "Spec-Amendment") ?? null;
      yield {
        sha: c.sha,
        parents: c.parents,
        author: { name: c.authorName, email: c.authorEmail },
        date: c.date,
        header: c.header,
        type: h.type,
        scope: h.scope,
        subject: h.subject,
        breaking: h.breaking,
        body: messageBody(c.message),
        trailers: c.trailers,
        playbookStep: trailerValue(c.trailers, "Playbook-Step") ?? null,
        specHashBefore: beforeShort,
        specHashAfter: afterShort,
        specChanged: changed,
        specDiff: changed ? await specDiff(before, after) : null,
        amendmentReason: changed ? adr?.reason || trailerReason : trailerReason,
        amendmentAdr: adr?.path ?? null,
        adrs,
        files: c.files,
        tests: (junit && options.junit!.commit === c.sha ? junit : undefined) ?? evidence.get(c.sha) ?? null,
      };
      // Children only need their parent's state; drop older states so memory stays flat.
      if (++n % 1000 === 0) reader.forgetExcept(c.sha);
    }
  } finally {
    cat.close();
  }
}

export const CHAT_SYSTEM_PROMPT =
  "You are a software engineer working in a spec-driven repository. The living spec is the single source of truth; every commit is a conventional commit that names the spec hash and the playbook step, explains its reasoning in the body, and a spec change is an explicit amendment with an ADR.";

/** The same record as a chat-style fine-tuning example: system, user (the situation), assistant (the commit). */
export function toChat(r: HarvestRecord): { messages: { role: "system" | "user" | "assistant"; content: string }[] } {
  const files = r.files.map((f) => `- ${f.path} (${f.added === null ? "binary" : `+${f.added} -${f.deleted}`})`).join("\n");
  const user = [
    `Spec hash: ${r.specHashBefore ?? "none"}`,
    `Playbook step: ${r.playbookStep ?? "none"}`,
    `Files changed:\n${files || "(none)"}`,
    ...(r.specDiff ? [`Spec diff:\n${r.specDiff}`] : []),
    ...(r.amendmentReason && r.specChanged ? [`Amendment reason: ${r.amendmentReason}`] : []),
    ...(r.tests
      ? [
          `Test results (${r.tests.source === "gate" ? "CI, the playbook gate's evidence" : "JUnit"}): ${r.tests.passed} of ${r.tests.total} passed`,
        ]
      : []),
    "Write the commit message for this change.",
  ].join("\n\n");
  const trailers = r.trailers.map((t) => `${t.key}: ${t.value}`).join("\n");
  let assistant = [r.header, r.body, trailers].filter((s) => s !== "").join("\n\n");
  for (const adr of r.adrs) assistant += `\n\n--- ${adr.path} ---\n${adr.content}`;
  return {
    messages: [
      { role: "system", content: CHAT_SYSTEM_PROMPT },
      { role: "user", content: user },
      { role: "assistant", content: assistant },
    ],
  };
}
