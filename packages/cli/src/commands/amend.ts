import type { Command } from "../command.js";
import { parseOptions, repoGit, specPathsOption, specSource } from "../command.js";

/**
 * `specpipe amend`: record a spec amendment as the next ADR with both hashes (core/adr/).
 */
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

export const commands: Command[] = [amend];
