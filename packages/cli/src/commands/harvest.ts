import type { Command } from "../command.js";
import { parseOptions, repoGit, specPathsOption, specSource } from "../command.js";

/**
 * `specpipe harvest`: one training record per commit (core/harvest/).
 */
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

export const commands: Command[] = [harvestCmd];
