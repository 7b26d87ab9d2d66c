import { adrNumber, DEFAULT_ADR_DIR } from "../adr/adr.js";
import { CatFile } from "../commits/catfile.js";
import { parseHeader } from "../commits/header.js";
import { streamCommits, type CommitRange, type FileStat } from "../commits/range.js";
import { messageBody, trailerValue, type Trailer } from "../commits/trailers.js";
import type { Git } from "../git/git.js";
import { DEFAULT_SPEC_PATHS } from "../spec/hash.js";
import { SpecPaths, SpecReader, type SpecState } from "../spec/history.js";

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
  amendmentReason: string | null;
  adrs: { path: string; content: string }[];
  files: FileStat[];
}

export interface HarvestOptions {
  specPaths?: string[];
  adrDir?: string;
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
        specHashBefore: before.files.length ? before.hash.short : null,
        specHashAfter: after.files.length ? after.hash.short : null,
        specChanged: changed,
        specDiff: changed ? await specDiff(before, after) : null,
        amendmentReason: trailerValue(c.trailers, "Spec-Amendment") ?? null,
        adrs,
        files: c.files,
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
