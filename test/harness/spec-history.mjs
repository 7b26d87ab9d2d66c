// Generated spec-driven histories for spec-hash-check's agreement test and benchmark.
// Plain JS (ESM) so that both vitest and `node bench/spec-hash-check.bench.mjs` can import it.
//
// generateHistory(dir, { commits }) makes a repository at `dir` with one root commit (the spec,
// ADR 0001, playbook.yml) and `commits` more, written in one `git fast-import` stream:
// - every commit changes one of 200 source files and carries Spec-Hash and Playbook-Step trailers;
// - every 100th commit amends the spec (type spec, Spec-Amendment trailer, a new ADR with both hashes);
// - headers are drawn (seeded) from valid and invalid conventional-commit forms, bodies from a few
//   shapes, and a few commits get a wrong or no Spec-Hash, so the rules have something to find.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";

const ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_AUTHOR_NAME: "Bench",
  GIT_AUTHOR_EMAIL: "bench@example.com",
  GIT_COMMITTER_NAME: "Bench",
  GIT_COMMITTER_EMAIL: "bench@example.com",
  LC_ALL: "C",
};

function git(dir, args, input) {
  const r = spawnSync("git", args, { cwd: dir, env: ENV, input, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.toString();
}

/** Small seeded PRNG (mulberry32), so a run is reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sha256 = (s) => createHash("sha256").update(s).digest("hex");

const VALID = [
  (i) => `feat(widget): add spinner ${i}`,
  (i) => `fix: stop the wobble in step ${i}`,
  (i) => `docs: explain step ${i}`,
  (i) => `refactor(core)!: split module ${i}`,
  (i) => `test: cover case ${i}`,
  (i) => `chore(deps): bump lib to ${i}`,
  (i) => `perf: faster loop ${i}`,
  (i) => `build: tweak ${i} "Quoted" part`,
  (i) => `ci: run job ${i}...`,
  (i) => `style: format file ${i}`,
];
const INVALID = [
  (i) => `Feat: add thing ${i}`,
  (i) => `feat: Add thing ${i}`,
  (i) => `feat: add thing ${i}.`,
  (i) => `wip: thing ${i}`,
  (i) => `add thing ${i}`,
  (i) => `fix:missing space ${i}`,
  (i) => `feat(scope) : spaced ${i}`,
  (i) => `feat: ${"very long subject ".repeat(6)}${i}`,
  (i) => `feat: ADD THING ${i}`,
  () => `fix: `,
  (i) => `Revert "feat: thing ${i}"`,
  (i) => `fixup! feat: thing ${i}`,
  (i) => `chore: v1.${i}.0`,
  (i) => `feat: trailing ${i} `,
  (i) => `Merge branch 'topic-${i}'`,
];
const BODIES = ["", "Because the spec says so.", "The reasoning, in two lines:\nfirst this, then that.", "Refs: #12"];

export const SPEC_PATH = "docs/spec.md";

export function specText(version) {
  return `# Spec\n\nVersion ${version}.\n\n## Requirements\n\n- The widget shall spin ${version + 1} times.\n`;
}

/**
 * @param {string} dir empty or missing folder
 * @param {{ commits: number, seed?: number, invalidRate?: number }} options
 * @returns {{ base: string, head: string, messages: string[] }} base = the root commit, head = the last
 */
export function generateHistory(dir, { commits, seed = 42, invalidRate = 0.2 }) {
  mkdirSync(dir, { recursive: true });
  git(dir, ["init", "--quiet", "--initial-branch=main", "."]);
  const rand = rng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chunks = [];
  const files = new Map();
  let mark = 0;
  let version = 0;
  let spec = specText(version);
  let adrs = 1;
  const messages = [];
  const time = 1767225600; // 2026-01-01
  const data = (text) => {
    const b = Buffer.from(text, "utf8");
    chunks.push(Buffer.from(`data ${b.length}\n`), b, Buffer.from("\n"));
  };
  const commit = (message, changes, i) => {
    mark++;
    chunks.push(Buffer.from(`commit refs/heads/main\nmark :${mark}\ncommitter Bench <bench@example.com> ${time + i * 60} +0000\n`));
    data(message);
    if (mark > 1) chunks.push(Buffer.from(`from :${mark - 1}\n`));
    for (const [path, content] of changes) {
      chunks.push(Buffer.from(`M 100644 inline ${path}\n`));
      data(content);
    }
    messages.push(message);
  };
  commit(
    `chore: start the project\n\nSpec-Hash: ${sha256(spec).slice(0, 12)}\nPlaybook-Step: spec-draft\n`,
    [
      [SPEC_PATH, spec],
      ["docs/adr/0001-record-decisions.md", "# 0001. Record decisions\n\n- Status: Accepted\n\n## Context\n\nWe want a trail.\n"],
      ["playbook.yml", "steps:\n  - id: spec-draft\n  - id: scaffold\n"],
    ],
    0,
  );
  for (let i = 1; i <= commits; i++) {
    const changes = [];
    let header;
    let body = pick(BODIES);
    const trailers = [];
    if (i % 100 === 0) {
      const before = sha256(spec).slice(0, 12);
      version++;
      spec = specText(version);
      const after = sha256(spec).slice(0, 12);
      adrs++;
      const num = String(adrs).padStart(4, "0");
      changes.push([SPEC_PATH, spec]);
      changes.push([
        `docs/adr/${num}-amend-${version}.md`,
        `# ${num}. Amend the spec (${version})\n\n- Status: Accepted\n- Spec-Hash-Before: ${before}\n- Spec-Hash-After: ${after}\n\n## Context\n\nStep ${i} showed the spec was short by one spin.\n`,
      ]);
      header = `spec: spin ${version + 1} times`;
      body = `Step ${i} showed the spec was short by one spin.`;
      trailers.push(`Spec-Amendment: one more spin`);
    } else {
      header = (rand() < invalidRate ? pick(INVALID) : pick(VALID))(i);
    }
    const f = `src/m${i % 200}.txt`;
    files.set(f, (files.get(f) ?? "") + `line ${i}\n`);
    changes.push([f, files.get(f)]);
    const r = rand();
    const hash = sha256(spec).slice(0, 12);
    if (r < 0.01) trailers.push(`Spec-Hash: 000000000000`);
    else if (r >= 0.02) trailers.push(`Spec-Hash: ${hash}`);
    trailers.push(`Playbook-Step: scaffold`);
    commit(`${header}\n\n${body ? body + "\n\n" : ""}${trailers.join("\n")}\n`, changes, i);
  }
  git(dir, ["fast-import", "--quiet", "--done"], Buffer.concat([...chunks, Buffer.from("done\n")]));
  git(dir, ["reset", "--quiet", "--hard", "main"]);
  const base = git(dir, ["rev-list", "--max-parents=0", "main"]).trim();
  const head = git(dir, ["rev-parse", "main"]).trim();
  return { base, head, messages };
}
