import type { Command } from "../command.js";
import { parseOptions, repoGit } from "../command.js";

/**
 * `specpipe adr new`: the next numbered ADR from the template (core/adr/).
 */
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

export const commands: Command[] = [adrNew];
