import type { Command, CommandContext } from "../command.js";
import { parseOptions } from "../main.js";

/**
 * The spec-hash-check area: `spec hash`, `commits check`, `amend`, `adr new`, `hooks`, `harvest`.
 * Every command is a thin adapter over packages/core (spec/, commits/, adr/, hooks/, harvest/).
 */
async function repoGit(ctx: CommandContext) {
  const { Git } = await import("@specpipe/core/git/git");
  const { UserError } = await import("@specpipe/core/errors");
  const git = new Git({ cwd: ctx.cwd, env: ctx.env });
  if (!(await git.isRepository()))
    throw new UserError(`${ctx.cwd} is not inside a git work tree`, { hint: "run specpipe inside the repository", code: "cli.not-a-repo" });
  const root = await git.topLevel();
  return { git: git.at(root), root };
}

const specPathsOption = { "spec-paths": { type: "string", multiple: true } } as const;

/** The spec: playbook.yml's spec: when it has one, else --spec-paths, else docs/spec.md. */
async function specSource(root: string, values: { "spec-paths"?: string[] }, playbook?: string) {
  const { resolveSpecSource } = await import("@specpipe/core/spec/paths");
  return resolveSpecSource(root, { input: splitList(values["spec-paths"]), inputName: "--spec-paths", playbook });
}
function splitList(values: string[] | undefined): string[] | undefined {
  const items = (values ?? [])
    .flatMap((v) => v.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

function table(rows: string[][]): string {
  if (!rows.length) return "";
  const widths = rows[0].map((_, i) => Math.min(60, Math.max(...rows.map((r) => (r[i] ?? "").length))));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join("  ")).join("\n") + "\n";
}

const specHash: Command = {
  path: ["spec", "hash"],
  summary: "print the living spec's content hash",
  usage: `Usage: specpipe spec hash [--spec-paths P]... [--full] [--json]

The SHA-256 of the spec (default docs/spec.md; several paths or globs allowed) after removing a
BOM and turning CRLF into LF. Prints the 12-digit short form, or the full hash with --full.
When playbook.yml names the spec (spec:), those paths are the spec, as for every command.
A path that matches no file is an error.
`,
  async run(args, ctx) {
    const { values } = await parseOptions("spec hash", args, { ...specPathsOption, full: { type: "boolean" }, json: { type: "boolean" } });
    const { root } = await repoGit(ctx);
    const { computeSpecHash } = await import("@specpipe/core/spec/hash");
    const { missingSpecError } = await import("@specpipe/core/spec/paths");
    const source = await specSource(root, values);
    const h = await computeSpecHash({ root, paths: source.paths });
    if (h.missing.length || !h.files.length) throw missingSpecError(source, h.missing.length ? h.missing : source.paths);
    if (values.json) ctx.out(JSON.stringify(h) + "\n");
    else ctx.out(`${values.full ? h.full : h.short}\n`);
    return 0;
  },
};

const commitsCheck: Command = {
  path: ["commits", "check"],
  summary: "check the commit rules over a range (as the spec-hash-check action does)",
  usage: `Usage: specpipe commits check [--from A] [--to B] [--json] [--spec-paths P]... [--types T,...]
                              [--require-body T,...] [--adr-dir DIR] [--playbook FILE] [--adr-scope commit|range]

Checks the commits after A up to B (default: HEAD). Without --from: the commits not yet on the
upstream branch (or the default branch), else the whole history. Exit 1 when a rule is broken.
`,
  async run(args, ctx) {
    const { values } = await parseOptions("commits check", args, {
      from: { type: "string" },
      to: { type: "string" },
      json: { type: "boolean" },
      ...specPathsOption,
      types: { type: "string", multiple: true },
      "require-body": { type: "string", multiple: true },
      "adr-dir": { type: "string" },
      playbook: { type: "string" },
      "adr-scope": { type: "string" },
    });
    const { git, root } = await repoGit(ctx);
    const { resolveRange } = await import("@specpipe/core/commits/resolve");
    const { checkRange } = await import("@specpipe/core/commits/check");
    const { insideWorkspace } = await import("@specpipe/core/fs/guard");
    const playbook = values.playbook ? (await insideWorkspace(root, values.playbook, { what: "--playbook" }, ctx.cwd)).rel : undefined;
    const adrDir = values["adr-dir"] ? (await insideWorkspace(root, values["adr-dir"], { what: "--adr-dir" }, ctx.cwd)).rel : undefined;
    const source = await specSource(root, values, playbook);
    let from = values.from;
    if (!from && !values.to) {
      const up = await git.raw(["rev-parse", "--verify", "--quiet", "@{upstream}"]);
      if (up.code === 0) {
        const mb = await git.raw(["merge-base", "HEAD", up.stdout.toString().trim()]);
        const head = await git.revParse("HEAD");
        const base = mb.stdout.toString().trim();
        if (mb.code === 0 && base && base !== head) from = base;
        else if (mb.code === 0 && base === head) from = head;
      }
    }
    const range = await resolveRange(git, {
      from,
      to: values.to,
      deepen: false,
      eventName: "cli",
      names: { from: "--from", to: "--to" },
    });
    const report = await checkRange(git, range, {
      specSource: source,
      types: splitList(values.types),
      requireBody: splitList(values["require-body"]),
      adrDir,
      playbookPath: playbook,
      adrScope: values["adr-scope"] === "range" ? "range" : "commit",
    });
    if (values.json) {
      ctx.out(
        JSON.stringify({ ...report, range: { from: range.from ?? null, to: report.to, mode: range.mode, notes: range.notes } }, null, 2) +
          "\n",
      );
    } else {
      ctx.out(
        `spec ${report.specHash.short} · ${report.checked} commit(s) checked${report.skipped.length ? `, ${report.skipped.length} skipped` : ""} · ${range.from ? range.from.slice(0, 12) : "root"}..${report.to.slice(0, 12)}\n`,
      );
      if (report.violations.length) {
        ctx.out(
          table([
            ["commit", "subject", "rule", "fix"],
            ...report.violations.map((v) => [v.commit?.slice(0, 12) ?? v.file ?? "", v.subject ?? "", v.code, v.hint]),
          ]),
        );
        for (const v of report.violations) ctx.out(`  ${v.commit?.slice(0, 12) ?? v.file}: ${v.message}\n`);
      } else ctx.out("all rules hold\n");
    }
    return report.ok ? 0 : 1;
  },
};

const amend: Command = {
  path: ["amend"],
  summary: "record a spec amendment: write the next ADR with both hashes and stage it",
  usage: `Usage: specpipe amend --reason "why the spec changes" [--title T] [--spec-paths P]... [--adr-dir DIR] [--dry-run]

Compares the spec at HEAD with the work tree, writes docs/adr/NNNN-<title>.md (reason, hash
before, hash after) and stages it. Commit it with the spec change, as "spec: …" or with the
trailer "Spec-Amendment: <reason>".
`,
  async run(args, ctx) {
    const { values } = await parseOptions("amend", args, {
      reason: { type: "string" },
      title: { type: "string" },
      ...specPathsOption,
      "adr-dir": { type: "string" },
      "dry-run": { type: "boolean" },
    });
    const { UserError } = await import("@specpipe/core/errors");
    if (!values.reason?.trim())
      throw new UserError("amend needs a reason", { hint: 'pass --reason "why the spec changes"', code: "cli.usage" });
    const { git, root } = await repoGit(ctx);
    const { computeSpecHash } = await import("@specpipe/core/spec/hash");
    const { missingSpecError } = await import("@specpipe/core/spec/paths");
    const { CatFile } = await import("@specpipe/core/commits/catfile");
    const { SpecPaths, SpecReader } = await import("@specpipe/core/spec/history");
    const { insideWorkspace } = await import("@specpipe/core/fs/guard");
    const adr = await import("@specpipe/core/adr/adr");
    const { planEdit, applyPlan, planDiff } = await import("@specpipe/core/fs/plan");
    const source = await specSource(root, values);
    const after = await computeSpecHash({ root, paths: source.paths });
    if (after.missing.length) throw missingSpecError(source, after.missing);
    const cat = new CatFile(git);
    const head = await git.revParse("HEAD");
    const before = head ? await new SpecReader(cat, new SpecPaths(source.paths)).at(head) : undefined;
    cat.close();
    const beforeShort = before?.files.length ? before.hash.short : undefined;
    const afterShort = after.files.length ? after.short : undefined;
    if ((before?.hash.full ?? null) === after.full || (!before?.files.length && !after.files.length)) {
      throw new UserError(`the spec (${after.files.join(", ")}) has not changed since HEAD (${after.short})`, {
        hint: "edit the spec first; amend records a change, and stages it with its ADR",
        code: "amend.unchanged",
      });
    }
    const { promises: fs } = await import("node:fs");
    const adrDir = (await insideWorkspace(root, values["adr-dir"] ?? adr.DEFAULT_ADR_DIR, { what: "--adr-dir" }, ctx.cwd)).rel;
    const names = await fs.readdir((await insideWorkspace(root, adrDir, { what: "--adr-dir" })).abs).catch(() => [] as string[]);
    const number = adr.nextAdrNumber(names);
    const reason = values.reason.trim();
    const title = values.title?.trim() || `Amend the spec: ${reason.length > 60 ? reason.slice(0, 57) + "…" : reason}`;
    const file = `${adrDir}/${adr.formatNumber(number)}-${adr.slugify(values.title?.trim() || `spec-amendment-${reason}`)}.md`;
    const text = adr.renderAdr({
      number,
      title,
      status: "Accepted",
      context: reason,
      decision: `Amend the living spec (${after.files.join(", ")}) from ${beforeShort ?? "none"} to ${afterShort ?? "none"}.`,
      consequences: `Commits from here on name Spec-Hash: ${afterShort ?? "none"}.`,
      specHashBefore: beforeShort,
      specHashAfter: afterShort,
    });
    const edit = planEdit(root, file, null, Buffer.from(text, "utf8"), [
      `spec amendment ${beforeShort ?? "none"} → ${afterShort ?? "none"}`,
    ])!;
    if (values["dry-run"]) {
      ctx.out(await planDiff({ edits: [edit] }));
      return 0;
    }
    await applyPlan({ edits: [edit] });
    // The spec change and its ADR are one commit: stage both (deleted spec files too).
    const specFiles = [...new Set([...(before?.files.map((f) => f.path) ?? []), ...after.files])];
    await git.run(["add", "--all", "--", ...[...specFiles, file].map((p) => `:(literal)${p}`)]);
    ctx.out(
      `wrote ${file} (${beforeShort ?? "none"} → ${afterShort ?? "none"}) and staged it with the spec (${specFiles.join(", ")})\nCommit them together, e.g.:\n\n  git commit -m "spec: <what changes>" -m "<why>"\n\n(the hooks add Spec-Hash: ${afterShort ?? "none"}; without them add it as a trailer)\n`,
    );
    return 0;
  },
};

const adrNew: Command = {
  path: ["adr", "new"],
  summary: "write the next numbered ADR from the template",
  usage: `Usage: specpipe adr new "Title" [--supersedes N] [--status S] [--adr-dir DIR] [--dry-run]

Writes docs/adr/NNNN-title.md with the next number. With --supersedes N it links the two ADRs:
"Supersedes" in the new one, "Superseded by" added to ADR N (nothing else in it changes).
`,
  async run(args, ctx) {
    const { values, positionals } = await parseOptions(
      "adr new",
      args,
      { supersedes: { type: "string" }, status: { type: "string" }, "adr-dir": { type: "string" }, "dry-run": { type: "boolean" } },
      true,
    );
    const { UserError } = await import("@specpipe/core/errors");
    const title = positionals.join(" ").trim();
    if (!title) throw new UserError("adr new needs a title", { hint: 'run specpipe adr new "Use X for Y"', code: "cli.usage" });
    const { root } = await repoGit(ctx);
    const adr = await import("@specpipe/core/adr/adr");
    const { planEdit, applyPlan, planDiff } = await import("@specpipe/core/fs/plan");
    const { insideWorkspace } = await import("@specpipe/core/fs/guard");
    const { promises: fs } = await import("node:fs");
    const path = await import("node:path");
    const adrDir = (await insideWorkspace(root, values["adr-dir"] ?? adr.DEFAULT_ADR_DIR, { what: "--adr-dir" }, ctx.cwd)).rel;
    const names = await fs.readdir(path.join(root, adrDir)).catch(() => [] as string[]);
    const number = adr.nextAdrNumber(names);
    const name = `${adr.formatNumber(number)}-${adr.slugify(title)}.md`;
    const edits = [];
    let supersedes: string | undefined;
    if (values.supersedes !== undefined) {
      const n = Number(values.supersedes);
      supersedes = names.find((x) => adr.adrNumber(x) === n);
      if (!Number.isInteger(n) || !supersedes)
        throw new UserError(`there is no ADR number ${values.supersedes} in ${adrDir}`, {
          hint: "give the number of an existing ADR to --supersedes",
          code: "adr.unknown",
        });
      const { decodeText, encodeText } = await import("@specpipe/core/text/document");
      const { applySplices } = await import("@specpipe/core/text/splice");
      const oldFile = `${adrDir}/${supersedes}`;
      const bytes = await fs.readFile(path.join(root, oldFile));
      const doc = decodeText(bytes, oldFile);
      const { at, insert } = adr.supersededBySplice(doc.text, name, doc.eol);
      const after = encodeText({ ...doc, text: applySplices(doc.text, [{ start: at, end: at, text: insert }]) });
      edits.push(planEdit(root, oldFile, bytes, after, [`superseded by ${name}`])!);
    }
    const text = adr.renderAdr({ number, title, status: values.status ?? "Proposed", supersedes });
    edits.unshift(planEdit(root, `${adrDir}/${name}`, null, Buffer.from(text, "utf8"), ["new ADR"])!);
    if (values["dry-run"]) {
      ctx.out(await planDiff({ edits }));
      return 0;
    }
    await applyPlan({ edits });
    ctx.out(`wrote ${adrDir}/${name}${supersedes ? ` (supersedes ${supersedes})` : ""}\n`);
    return 0;
  },
};

async function cliEntry(): Promise<string | undefined> {
  const entry = process.argv[1];
  if (!entry) return undefined;
  const path = await import("node:path");
  const { realpathSync } = await import("node:fs");
  const real = (() => {
    try {
      return realpathSync(entry);
    } catch {
      return undefined;
    }
  })();
  if (!real) return undefined;
  const base = path.basename(real);
  if ((base === "index.js" && path.basename(path.dirname(real)) === "cli") || base === "specpipe" || base === "specpipe.js") return real;
  return undefined;
}

const hooksInstall: Command = {
  path: ["hooks", "install"],
  summary: "install the prepare-commit-msg, commit-msg and pre-push hooks (chaining to existing ones)",
  usage: `Usage: specpipe hooks install [--runner CMD]

Installs three hooks in the repository's hooks folder (core.hooksPath is respected):
  prepare-commit-msg  adds Spec-Hash (of the staged spec) and Playbook-Step (the active step) trailers
  commit-msg          rejects a message that breaks a rule, with the reason and the fix
  pre-push            checks the commits being pushed
A hook already there is kept as <name>.specpipe-previous and runs first. The hooks call
"<runner> hooks run <name>": the runner is --runner, else $SPECPIPE_HOOK_RUNNER, else
node '<absolute path of this specpipe CLI>', else "npx --no-install specpipe".
`,
  async run(args, ctx) {
    const { values } = await parseOptions("hooks install", args, { runner: { type: "string" } });
    const { git } = await repoGit(ctx);
    const hooks = await import("@specpipe/core/hooks/hooks");
    const runner = hooks.runnerFor(await cliEntry(), values.runner ?? ctx.env.SPECPIPE_HOOK_RUNNER);
    const r = await hooks.installHooks(git, { runner });
    ctx.out(`installed ${r.installed.join(", ")} in ${r.dir} (runner: ${runner})\n`);
    if (r.chained.length) ctx.out(`kept the existing ${r.chained.join(", ")} as *${hooks.PREVIOUS_SUFFIX}; they run first\n`);
    return 0;
  },
};

const hooksUninstall: Command = {
  path: ["hooks", "uninstall"],
  summary: "remove specpipe's hooks and restore the hooks they replaced",
  usage: `Usage: specpipe hooks uninstall\n`,
  async run(args, ctx) {
    await parseOptions("hooks uninstall", args, {});
    const { git } = await repoGit(ctx);
    const hooks = await import("@specpipe/core/hooks/hooks");
    const r = await hooks.uninstallHooks(git);
    ctx.out(`removed ${r.removed.join(", ") || "nothing"}${r.restored.length ? `; restored ${r.restored.join(", ")}` : ""}\n`);
    if (r.foreign.length) ctx.err(`left ${r.foreign.join(", ")} alone: not installed by specpipe\n`);
    return 0;
  },
};

const hooksRun: Command = {
  path: ["hooks", "run"],
  summary: "run one hook's check (called by the installed hooks)",
  usage: `Usage: specpipe hooks run prepare-commit-msg|commit-msg|pre-push <git's hook arguments>\n`,
  async run(args, ctx) {
    const [name, ...rest] = args;
    const { git } = await repoGit(ctx);
    const hooks = await import("@specpipe/core/hooks/hooks");
    const { UserError } = await import("@specpipe/core/errors");
    const opts = { env: ctx.env };
    // Exit 1 with one line for a user's problem (a bad playbook, a spec path that matches nothing).
    if (name === "prepare-commit-msg") {
      await hooks.prepareCommitMsg(git, rest[0], rest[1], opts);
      return 0;
    }
    if (name === "commit-msg") {
      const problems = await hooks.commitMsg(git, rest[0], opts);
      if (!problems.length) return 0;
      ctx.err(
        `specpipe: commit rejected:\n${problems.map((p) => `  - ${p.code}: ${p.message}\n    fix: ${p.hint}`).join("\n")}\n(the message is kept in .git/COMMIT_EDITMSG)\n`,
      );
      return 1;
    }
    if (name === "pre-push") {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      const bad = await hooks.prePush(git, rest[0] ?? "origin", Buffer.concat(chunks).toString("utf8"), opts);
      if (!bad.length) return 0;
      ctx.err(
        `specpipe: push rejected, ${bad.length} violation(s):\n${bad.map((v) => `  - ${v.commit?.slice(0, 12) ?? v.file} ${v.subject ?? ""}: ${v.code}: ${v.message}\n    fix: ${v.hint}`).join("\n")}\n`,
      );
      return 1;
    }
    throw new UserError(`unknown hook "${name ?? ""}"`, { hint: "use prepare-commit-msg, commit-msg or pre-push", code: "cli.usage" });
  },
};

const harvestCmd: Command = {
  path: ["harvest"],
  summary: "write one training record per commit (JSONL, or chat-style with --format chat)",
  usage: `Usage: specpipe harvest --since REF [--to REF] --out FILE [--format jsonl|chat] [--spec-paths P]... [--adr-dir DIR]
                        [--junit FILE]... [--junit-commit REV]

One JSON line per commit after REF: sha, header, reasoning body, trailers, spec hash before and
after, the spec diff when it changed, the amendment reason (from the ADR that records it, else
the Spec-Amendment trailer) and ADR, files with line counts, and the test results CI recorded for
the commit: the playbook gate's evidence (progress.json's history at --to), or the JUnit files
given with --junit (the results of --junit-commit, default --to).
--format chat writes {"messages":[system, user, assistant]} per commit. --out - writes to stdout;
a file must be inside the repository, in a folder that exists.
Streams: memory does not grow with the number of commits.
`,
  async run(args, ctx) {
    const { values } = await parseOptions("harvest", args, {
      since: { type: "string" },
      to: { type: "string" },
      out: { type: "string" },
      format: { type: "string" },
      ...specPathsOption,
      "adr-dir": { type: "string" },
      junit: { type: "string", multiple: true },
      "junit-commit": { type: "string" },
    });
    const { UserError } = await import("@specpipe/core/errors");
    const { checkRev } = await import("@specpipe/core/git/ref");
    if (!values.out)
      throw new UserError("harvest needs --out FILE", { hint: "pass --out harvest.jsonl (or --out - for stdout)", code: "cli.usage" });
    const format = values.format ?? "jsonl";
    if (format !== "jsonl" && format !== "chat")
      throw new UserError(`unknown --format ${format}`, { hint: "use --format jsonl or --format chat", code: "cli.usage" });
    const { git, root } = await repoGit(ctx);
    const since = values.since !== undefined ? checkRev(values.since, { what: "--since" }) : undefined;
    const to = checkRev(values.to ?? "HEAD", { what: "--to" });
    if (since && !(await git.revParse(since)))
      throw new UserError(`--since ${since} is not a commit`, { hint: "give a commit, branch or tag", code: "cli.usage" });
    const toSha = await git.revParse(to);
    if (!toSha) throw new UserError(`--to ${to} is not a commit`, { hint: "give a commit, branch or tag", code: "cli.usage" });
    const path = await import("node:path");
    const { createWriteStream, promises: fs } = await import("node:fs");
    const { insideWorkspace, readRegularFile } = await import("@specpipe/core/fs/guard");
    // The output: inside the repository, in a folder that exists; checked before any work.
    let target: { abs: string; rel: string } | undefined;
    if (values.out !== "-") {
      target = await insideWorkspace(root, values.out, { what: "--out", noSymlink: true }, ctx.cwd);
      const dir = await fs.stat(path.dirname(target.abs)).catch(() => undefined);
      if (!dir?.isDirectory())
        throw new UserError(`--out ${values.out}: the folder ${path.posix.dirname(target.rel)} does not exist`, {
          hint: `create it first (mkdir -p ${path.posix.dirname(target.rel)}), or write to another path`,
          code: "harvest.out-folder",
        });
    }
    let junit: { commit: string; reports: import("@specpipe/core/reports/junit").JUnitSummary[] } | undefined;
    if (values.junit?.length) {
      const { parseJUnit } = await import("@specpipe/core/reports/junit");
      const { decodeUtf8 } = await import("@specpipe/core/text/document");
      const commit = values["junit-commit"] ? await git.revParse(checkRev(values["junit-commit"], { what: "--junit-commit" })) : toSha;
      if (!commit)
        throw new UserError(`--junit-commit ${values["junit-commit"]} is not a commit`, {
          hint: "give a commit, branch or tag",
          code: "cli.usage",
        });
      const reports = [];
      for (const f of values.junit) {
        const at = await insideWorkspace(root, f, { what: "--junit", noSymlink: true }, ctx.cwd);
        const bytes = await readRegularFile(at.abs, at.rel, 256 * 1024 * 1024);
        if (!bytes)
          throw new UserError(`--junit ${f} does not exist`, {
            file: at.rel,
            hint: "give the JUnit XML file your test run wrote",
            code: "harvest.junit-missing",
          });
        reports.push(parseJUnit(decodeUtf8(bytes, at.rel), at.rel));
      }
      junit = { commit, reports };
    }
    const { harvest, toChat } = await import("@specpipe/core/harvest/harvest");
    const source = await specSource(root, values);
    const adrDir = values["adr-dir"] ? (await insideWorkspace(root, values["adr-dir"], { what: "--adr-dir" }, ctx.cwd)).rel : undefined;
    const records = harvest(git, { from: since, to: toSha }, { specPaths: source.paths, adrDir, junit });
    let n = 0;
    if (!target) {
      for await (const r of records) {
        ctx.out(JSON.stringify(format === "chat" ? toChat(r) : r) + "\n");
        n++;
      }
      return 0;
    }
    const tmp = `${target.abs}.${process.pid}.tmp`;
    const stream = createWriteStream(tmp, { flags: "wx" });
    const failed = new Promise<never>((_, rej) => stream.once("error", rej));
    failed.catch(() => {});
    try {
      for await (const r of records) {
        if (!stream.write(JSON.stringify(format === "chat" ? toChat(r) : r) + "\n"))
          await Promise.race([new Promise<void>((res) => stream.once("drain", () => res())), failed]);
        n++;
      }
      await Promise.race([new Promise<void>((res, rej) => stream.end((e?: Error | null) => (e ? rej(e) : res()))), failed]);
      await fs.rename(tmp, target.abs);
    } catch (e) {
      stream.destroy();
      await fs.rm(tmp, { force: true });
      const code = (e as NodeJS.ErrnoException).code;
      if (code && /^E[A-Z]+$/.test(code))
        throw new UserError(`--out ${values.out} cannot be written (${code})`, {
          file: target.rel,
          hint: "write to a path in a folder you may write to",
          code: "harvest.out-unwritable",
          cause: e,
        });
      throw e;
    }
    ctx.err(`harvest: ${n} record(s) → ${target.rel}\n`);
    return 0;
  },
};

export const commands: Command[] = [specHash, commitsCheck, amend, adrNew, hooksInstall, hooksUninstall, hooksRun, harvestCmd];
